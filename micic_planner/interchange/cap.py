"""CAP 1.2 (Common Alerting Protocol): read a host-country alert, write the post's own alert messages."""

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from micic_planner.core.alert_proposal import PostArea, Proposal, propose
from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.enums import AlertPhase
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate
from micic_planner.core.limits import LIMITS
from micic_planner.interchange.xml_files import read_root

NS = "urn:oasis:names:tc:emergency:cap:1.2"
_CAP_1_0 = "http://www.incident.com/cap/1.0"
_Q = f"{{{NS}}}"
# Alert phase -> (urgency, severity, certainty) of the post's own messages.
PHASE_CAP = {1: ("Future", "Minor", "Possible"), 2: ("Expected", "Moderate", "Likely"),
             3: ("Expected", "Severe", "Likely"), 4: ("Immediate", "Extreme", "Observed")}
# CAP 1.2's required elements and closed lists, to warn about an alert that is not valid CAP.
_REQUIRED = ("identifier", "sender", "sent", "status", "msgType", "scope")
_INFO_REQUIRED = ("category", "event", "urgency", "severity", "certainty")
_ALLOWED = {
    "status": ("Actual", "Exercise", "System", "Test", "Draft"),
    "msgType": ("Alert", "Update", "Cancel", "Ack", "Error"), "scope": ("Public", "Restricted", "Private"),
    "category": ("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra",
                 "CBRNE", "Other"),
    "urgency": ("Immediate", "Expected", "Future", "Past", "Unknown"),
    "severity": ("Extreme", "Severe", "Moderate", "Minor", "Unknown"),
    "certainty": ("Observed", "Likely", "Possible", "Unlikely", "Unknown", "Very Likely"),  # 1.0's Very Likely
}
_LANG = {"es": "es-MX", "en": "en-US"}
# The post re-issues its alert at least daily while a crisis is open, so each message expires a day after it was
# sent: CAP consumers then drop a stale level instead of showing it forever (CAP 1.2 leaves <expires> optional).
ALERT_LIFETIME = timedelta(hours=24)
# CAP 1.2 §3.2.1: sender and identifier "MUST NOT include spaces, commas or restricted characters (< and &)".
_NOT_IN_IDS = re.compile(r"[\s,<&]")


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
    category: str = ""
    effective: str = ""
    onset: str = ""
    expires: str = ""
    event_codes: list[tuple[str, str]] = field(default_factory=list)
    parameters: list[tuple[str, str]] = field(default_factory=list)
    web: str = ""


@dataclass
class CapAlert:
    identifier: str
    sender: str
    sent: str
    status: str = "Actual"
    msg_type: str = "Alert"
    scope: str = "Public"
    infos: list[CapInfo] = field(default_factory=list)

    warnings: list[str] = field(default_factory=list)  # where the file is not valid CAP

    def proposal(self, post: PostArea | None = None, now: datetime | None = None) -> Proposal:
        """The MICIC level this alert suggests for a post, or why none (core.alert_proposal)."""
        return propose(self, post, now)

    def proposed_phase(self, post: PostArea | None = None, now: datetime | None = None) -> AlertPhase | None:
        phase = self.proposal(post, now).phase
        return AlertPhase(phase) if phase else None

    def summary_lines(self, lang: str = "en", post: PostArea | None = None, now: datetime | None = None) -> list[str]:
        t = lambda s: translate(s, lang)  # noqa: E731
        info = next((i for i in self.infos if i.language.startswith(lang)), self.infos[0] if self.infos else None)
        lines = [f"{t('Alert')}: {self.identifier} ({self.sender}, {self.sent})",
                 f"{t('Status')}: {self.status} / {self.msg_type}"]
        lines += [t("Not valid CAP: {problem}").format(problem=w) for w in self.warnings]
        proposal = self.proposal(post, now)
        if info:
            lines += [f"{t('Event')}: {info.event}", f"{t('Severity')}: {info.severity} — {t('Urgency')}: "
                      f"{info.urgency} — {t('Certainty')}: {info.certainty}"]
            if info.headline:
                lines.append(info.headline)
            for area in info.areas:
                codes = ", ".join(f"{k} {v}" for k, v in area.geocodes)
                lines.append(f"{t('Area')}: {area.description}" + (f" ({codes})" if codes else "")
                             + (f" — {len(area.polygons)} {t('polygons')}" if area.polygons else ""))
        if proposal.effective:
            lines.append(t("In effect from: {time}").format(time=proposal.effective))
        if proposal.expires:
            lines.append(t("Expires: {time}").format(time=proposal.expires)
                         + (" — " + t("expired") if proposal.expired else ""))
        if proposal.touches is not None:
            lines.append(t("The area touches the post's jurisdiction.") if proposal.touches
                         else t("The area does not touch the post's jurisdiction."))
        if proposal.phase:
            phase = AlertPhase(proposal.phase)
            lines.append(t("Proposed alert level: {phase} ({label})").format(phase=phase.value,
                                                                            label=phase.label(lang)))
        else:
            lines.append(t("No alert level proposed.") + " " + " ".join(proposal.reasons))
        return lines


def post_alert(post: dict, phase: int, templates: list[dict], sent: datetime | None = None,
               identifier: str = "") -> CapAlert:
    """The post's alert for `phase`: one info block per message template (language), area the jurisdiction."""
    import json

    urgency, severity, certainty = PHASE_CAP[phase]
    sent = (sent or datetime.now(UTC)).replace(microsecond=0)
    expires = (sent + ALERT_LIFETIME).isoformat()
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
                             post.get("name", ""), [area], expires=expires, web=post.get("web") or ""))
    return CapAlert(identifier or f"{post.get('uuid', 'post')}-{phase}-{sent:%Y%m%dT%H%M%S}",
                    cap_sender(post), sent.isoformat(), infos=infos)


def cap_sender(post: dict) -> str:
    """The post's e-mail if it is a usable CAP sender, else an address-like id from its name and uuid.

    The made-up address ends in `.invalid` (RFC 2606) so nobody mistakes it for a mailbox.
    """
    email = (post.get("email") or "").strip()
    if "@" in email and not _NOT_IN_IDS.search(email):
        return email
    ascii_name = unicodedata.normalize("NFKD", post.get("name") or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "post"
    return f"{slug}.{(post.get('uuid') or 'local')[:8]}@micic-planner.invalid"


def write_cap(path: str | Path, alert: CapAlert) -> int:
    ET.register_namespace("", NS)
    root = ET.Element(f"{_Q}alert")
    for tag, value in (("identifier", alert.identifier), ("sender", alert.sender), ("sent", alert.sent),
                       ("status", alert.status), ("msgType", alert.msg_type), ("scope", alert.scope)):
        ET.SubElement(root, f"{_Q}{tag}").text = value
    for info in alert.infos:
        el = ET.SubElement(root, f"{_Q}info")
        # In the order of CAP 1.2's xs:sequence, which validating readers enforce.
        for tag, value in (("language", info.language), ("category", info.category or "Safety"),
                           ("event", info.event), ("urgency", info.urgency), ("severity", info.severity),
                           ("certainty", info.certainty), ("effective", info.effective), ("onset", info.onset),
                           ("expires", info.expires), ("senderName", info.sender_name), ("headline", info.headline),
                           ("description", info.description), ("instruction", info.instruction),
                           ("web", info.web)):
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
                        _("Host-country alerts must be CAP 1.1 or 1.2 files."), LIMITS.alert_bytes,
                        {_CAP_1_0: _("This is a CAP 1.0 alert (2004), whose fields CAP 1.1 changed; it is not "
                                     "read.")})

    def text(el, tag):
        found = el.find(f"{q}{tag}")
        return (found.text or "").strip() if found is not None else ""

    alert = CapAlert(text(root, "identifier"), text(root, "sender"), text(root, "sent"), text(root, "status"),
                     text(root, "msgType"), text(root, "scope"))
    if not alert.identifier or not alert.sent:
        raise ImportFileError(_("The CAP alert has no identifier or no time sent."), where=str(path),
                              hint=_("Ask the sender for the complete alert."))
    alert.warnings = [_("the element {name} is missing").format(name=n) for n in _REQUIRED if not text(root, n)]
    alert.warnings += _closed_list_warnings(root, q, ("status", "msgType", "scope"))
    for el in root.findall(f"{q}info"):
        areas = [CapArea(text(a, "areaDesc"), [(p.text or "").strip() for p in a.findall(f"{q}polygon")],
                         [(c.text or "").strip() for c in a.findall(f"{q}circle")],
                         [(text(g, "valueName"), text(g, "value")) for g in a.findall(f"{q}geocode")])
                 for a in el.findall(f"{q}area")]
        info = CapInfo(text(el, "language") or "en-US", text(el, "event"), text(el, "urgency"),
                       text(el, "severity"), text(el, "certainty"), text(el, "headline"),
                       text(el, "description"), text(el, "instruction"), text(el, "senderName"), areas,
                       text(el, "category"), text(el, "effective"), text(el, "onset"), text(el, "expires"),
                       _pairs(el, q, "eventCode"), _pairs(el, q, "parameter"), text(el, "web"))
        alert.infos.append(info)
        alert.warnings += [_("the element {name} of an info block is missing").format(name=n)
                           for n in _INFO_REQUIRED if not text(el, n)]
        alert.warnings += _closed_list_warnings(el, q, ("category", "urgency", "severity", "certainty"))
    alert.warnings = list(dict.fromkeys(alert.warnings))
    return alert


def _pairs(element, q: str, tag: str) -> list[tuple[str, str]]:
    """CAP's valueName/value pairs; NWS's 1.1 feeds put several pairs in one element."""
    pairs = []
    for found in element.findall(f"{q}{tag}"):
        names = [(n.text or "").strip() for n in found.findall(f"{q}valueName")]
        values = [(v.text or "").strip() for v in found.findall(f"{q}value")]
        pairs += list(zip(names, values))
    return pairs


def _closed_list_warnings(element, q: str, names) -> list[str]:
    warnings = []
    for name in names:
        for found in element.findall(f"{q}{name}"):
            value = (found.text or "").strip()
            if value and value not in _ALLOWED[name]:
                warnings.append(_("{name} is “{value}”, which CAP does not allow").format(name=name, value=value))
    return warnings
