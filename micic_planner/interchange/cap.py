"""CAP 1.2 (Common Alerting Protocol): read a host-country alert, write the post's own alert messages."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.enums import AlertPhase
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate
from micic_planner.core.limits import LIMITS
from micic_planner.interchange.xml_files import read_root

NS = "urn:oasis:names:tc:emergency:cap:1.2"
_Q = f"{{{NS}}}"
# Alert phase -> (urgency, severity, certainty) of the post's own messages.
PHASE_CAP = {1: ("Future", "Minor", "Possible"), 2: ("Expected", "Moderate", "Likely"),
             3: ("Expected", "Severe", "Likely"), 4: ("Immediate", "Extreme", "Observed")}
_SEVERITY_PHASE = {"Extreme": 4, "Severe": 3, "Moderate": 2, "Minor": 1, "Unknown": 1}
_LANG = {"es": "es-MX", "en": "en-US"}


@dataclass
class CapArea:
    description: str
    polygons: list[str] = field(default_factory=list)
    circles: list[str] = field(default_factory=list)
    geocodes: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CapInfo:
    language: str = "en-US"
    event: str = ""
    urgency: str = ""
    severity: str = ""
    certainty: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""
    sender_name: str = ""
    areas: list[CapArea] = field(default_factory=list)


@dataclass
class CapAlert:
    identifier: str
    sender: str
    sent: str
    status: str = "Actual"
    msg_type: str = "Alert"
    scope: str = "Public"
    infos: list[CapInfo] = field(default_factory=list)

    def proposed_phase(self) -> AlertPhase | None:
        """The MICIC phase the worst info block suggests: Extreme 4, Severe 3 (4 if immediate), Moderate 2."""
        if self.msg_type == "Cancel" or not self.infos:
            return None
        phase = 1
        for info in self.infos:
            value = _SEVERITY_PHASE.get(info.severity, 1)
            if info.severity == "Severe" and info.urgency == "Immediate" and info.certainty == "Observed":
                value = 4
            phase = max(phase, value)
        return AlertPhase(phase)

    def summary_lines(self, lang: str = "en") -> list[str]:
        t = lambda s: translate(s, lang)  # noqa: E731
        info = next((i for i in self.infos if i.language.startswith(lang)), self.infos[0] if self.infos else None)
        lines = [f"{t('Alert')}: {self.identifier} ({self.sender}, {self.sent})",
                 f"{t('Status')}: {self.status} / {self.msg_type}"]
        if info:
            lines += [f"{t('Event')}: {info.event}", f"{t('Severity')}: {info.severity} — {t('Urgency')}: "
                      f"{info.urgency} — {t('Certainty')}: {info.certainty}"]
            if info.headline:
                lines.append(info.headline)
            for area in info.areas:
                codes = ", ".join(f"{k} {v}" for k, v in area.geocodes)
                lines.append(f"{t('Area')}: {area.description}" + (f" ({codes})" if codes else "")
                             + (f" — {len(area.polygons)} {t('polygons')}" if area.polygons else ""))
        phase = self.proposed_phase()
        if phase:
            lines.append(t("Proposed alert level: {phase} ({label})").format(phase=phase.value,
                                                                            label=phase.label(lang)))
        return lines


def post_alert(post: dict, phase: int, templates: list[dict], sent: datetime | None = None,
               identifier: str = "") -> CapAlert:
    """The post's alert for `phase`: one info block per message template (language), area the jurisdiction."""
    import json

    urgency, severity, certainty = PHASE_CAP[phase]
    sent = (sent or datetime.now(UTC)).replace(microsecond=0)
    region_codes = json.loads(post.get("jurisdiction") or "[]") if isinstance(post.get("jurisdiction"), str) \
        else post.get("jurisdiction") or []
    area = CapArea(", ".join(x for x in (post.get("city"), post.get("host_country")) if x) or post.get("name", ""),
                   geocodes=[("ISO3166-2", code) for code in region_codes])
    infos = []
    for tpl in templates:
        lang = tpl["lang"]
        label = AlertPhase(phase).label(lang)
        infos.append(CapInfo(_LANG.get(lang, lang), label, urgency, severity, certainty,
                             f"{translate('Alert level', lang)} {phase}: {label}", tpl["text"], "",
                             post.get("name", ""), [area]))
    return CapAlert(identifier or f"{post.get('uuid', 'post')}-{phase}-{sent:%Y%m%dT%H%M%S}",
                    post.get("email") or post.get("name") or "micic-planner", sent.isoformat(), infos=infos)


def write_cap(path: str | Path, alert: CapAlert) -> int:
    ET.register_namespace("", NS)
    root = ET.Element(f"{_Q}alert")
    for tag, value in (("identifier", alert.identifier), ("sender", alert.sender), ("sent", alert.sent),
                       ("status", alert.status), ("msgType", alert.msg_type), ("scope", alert.scope)):
        ET.SubElement(root, f"{_Q}{tag}").text = value
    for info in alert.infos:
        el = ET.SubElement(root, f"{_Q}info")
        for tag, value in (("language", info.language), ("category", "Safety"), ("event", info.event),
                           ("urgency", info.urgency), ("severity", info.severity), ("certainty", info.certainty),
                           ("senderName", info.sender_name), ("headline", info.headline),
                           ("description", info.description), ("instruction", info.instruction)):
            if value:
                ET.SubElement(el, f"{_Q}{tag}").text = value
        for area in info.areas:
            a = ET.SubElement(el, f"{_Q}area")
            ET.SubElement(a, f"{_Q}areaDesc").text = area.description
            for tag, items in (("polygon", area.polygons), ("circle", area.circles)):
                for item in items:
                    ET.SubElement(a, f"{_Q}{tag}").text = item
            for name, value in area.geocodes:
                g = ET.SubElement(a, f"{_Q}geocode")
                ET.SubElement(g, f"{_Q}valueName").text = name
                ET.SubElement(g, f"{_Q}value").text = value
    ET.indent(root)
    try:
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    except OSError as exc:
        raise explain_os_error(exc, path) from None
    return len(alert.infos)


def read_cap(path: str | Path) -> CapAlert:
    """A CAP 1.2 (or 1.1) alert; ImportFileError if the file is not one."""
    root, q = read_root(path, "alert", "urn:oasis:names:tc:emergency:cap:", _("This XML file is not a CAP alert."),
                        _("Host-country alerts must be CAP 1.1 or 1.2 files."), LIMITS.alert_bytes)

    def text(el, tag):
        found = el.find(f"{q}{tag}")
        return (found.text or "").strip() if found is not None else ""

    alert = CapAlert(text(root, "identifier"), text(root, "sender"), text(root, "sent"), text(root, "status"),
                     text(root, "msgType"), text(root, "scope"))
    if not alert.identifier or not alert.sent:
        raise ImportFileError(_("The CAP alert has no identifier or no time sent."), where=str(path),
                              hint=_("Ask the sender for the complete alert."))
    for el in root.findall(f"{q}info"):
        areas = [CapArea(text(a, "areaDesc"), [(p.text or "").strip() for p in a.findall(f"{q}polygon")],
                         [(c.text or "").strip() for c in a.findall(f"{q}circle")],
                         [(text(g, "valueName"), text(g, "value")) for g in a.findall(f"{q}geocode")])
                 for a in el.findall(f"{q}area")]
        alert.infos.append(CapInfo(text(el, "language") or "en-US", text(el, "event"), text(el, "urgency"),
                                   text(el, "severity"), text(el, "certainty"), text(el, "headline"),
                                   text(el, "description"), text(el, "instruction"), text(el, "senderName"), areas))
    return alert
