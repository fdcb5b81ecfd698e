"""Which MICIC alert level a host-country alert (CAP) suggests for a post, or why it suggests none.

The alert is read duck-typed (interchange.cap's CapAlert): status, msg_type and infos, each with
event, category, urgency, severity, certainty, effective, onset, expires, event_codes, parameters
and areas (polygons, circles, geocodes). The rules, in order: only Actual alerts and messages that
announce something (Alert, Update); not expired, not past, not unlikely; not an event that is no
threat of the kind MICIC handles (child abduction, tests); inside or near the post's jurisdiction;
then the level from the authority's own scale (colour, VTEC, Canada's layer) or CAP's severity,
capped by what the event calls for (a thunderstorm is sheltered from, not fled) and by the
message's significance (a watch is not a warning).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from micic_planner.core.geo import haversine_km, point_in_polygon
from micic_planner.core.i18n import _

_SEVERITY = {"Extreme": 4, "Severe": 3, "Moderate": 2, "Minor": 1}
# Colour scales: SMN/SIAT-CT (tropical cyclones), CENAPRED's volcanic semáforo, MeteoAlarm's awareness levels.
_COLOURS = {"rojo": 4, "red": 4, "naranja": 3, "anaranjado": 3, "orange": 3, "amarillo": 2, "yellow": 2,
            "verde": 1, "green": 1, "azul": 1, "blue": 1}
_COLOUR_PARAMETERS = ("semaforo", "siat", "alerta", "color", "colour", "awareness_level", "nivel")
# Events that are no reason to move nationals: child abduction (AMBER), missing or wanted persons,
# tests and administrative messages (SAME codes CAE, BLU, ADR, RWT, RMT, DMO, NPT, NMN).
_NOT_A_THREAT = ("child abduction", "amber", "abduccion", "sustraccion de menor", "secuestro de menor",
                 "blue alert", "alerta alba", "missing person", "persona desaparecida", "test", "prueba",
                 "simulacro", "administrative", "demo")
_NOT_A_THREAT_CODES = {"CAE", "BLU", "ADR", "RWT", "RMT", "DMO", "NPT", "NMN", "NAT", "NST"}
# Events sheltered from in place: they restrict movement (level 2 at most), they do not call for departure.
_SHELTER = ("thunderstorm", "tornado", "blizzard", "winter", "snow", "ice storm", "heat", "cold", "frost", "freeze",
            "fog", "wind", "dust", "hail", "tormenta electrica", "granizo", "calor", "frio", "helada", "niebla",
            "viento", "nieve", "lluvia", "torbellino", "tolvanera")
_SHELTER_CODES = {"SVR", "SVS", "SVA", "TOR", "TOA", "BZW", "WSW", "WSA", "HWW", "HWA", "EWW", "SPS", "SQW", "DSW"}
_VTEC_SHELTER = {"SV", "TO", "BZ", "WS", "WW", "HW", "EW", "FG", "HT", "EH", "EC", "FZ", "FR", "WC", "WI", "SQ",
                 "DU", "DS", "IS", "LE", "SN", "ZR", "HZ", "SM", "LW", "BW", "SC", "GL", "SE", "SR", "UP"}
# Cyclones are storms that do call for departure; checked before the words above ("tormenta tropical").
_CYCLONE = ("hurricane", "huracan", "tropical storm", "tormenta tropical", "ciclon", "depresion tropical",
            "typhoon", "tifon")
_VTEC = re.compile(r"/([OTEX])\.([A-Z]{3})\.([A-Z]{4})\.([A-Z]{2})\.([WAYSFON])\.")
# What a watch, advisory or statement may propose at most (VTEC significance, Canada's Alert_Type).
_SIGNIFICANCE = {"W": 4, "A": 2, "Y": 1, "S": 1, "warning": 4, "watch": 2, "advisory": 1, "statement": 1}
NEAR_KM = 250.0  # an alert area this close to the post counts as touching its jurisdiction


@dataclass
class PostArea:
    """Where the post acts: its host country, jurisdiction (ISO 3166-2 codes) and coordinates."""

    host_country: str = ""
    jurisdiction: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None


@dataclass
class Proposal:
    """The level proposed (None: none), why, whether the area touches the jurisdiction, and the times."""

    phase: int | None
    reasons: list[str] = field(default_factory=list)
    touches: bool | None = None  # None: cannot tell
    effective: str = ""
    expires: str = ""
    expired: bool = False


def propose(alert, post: PostArea | None = None, now: datetime | None = None) -> Proposal:
    """The proposal for `alert` at `now` for a post at `post` (no post: the area is not checked)."""
    now = now or datetime.now(UTC)
    infos = list(alert.infos)
    effective = next((i.effective or i.onset for i in infos if i.effective or i.onset), "")
    expires = max((i.expires for i in infos if i.expires), key=lambda t: _time(t) or now, default="")
    result = Proposal(None, effective=effective, expires=expires)
    moment = _time(expires)
    result.expired = moment is not None and moment < now
    result.touches = touches(infos, post) if post else None
    if alert.status != "Actual":
        result.reasons.append(_("Its status is {status}, not Actual: exercises, tests and drafts propose no "
                                "level.").format(status=alert.status or "?"))
    elif alert.msg_type not in ("Alert", "Update"):
        result.reasons.append(_("It is a {kind} message, which ends or corrects an alert.").format(
            kind=alert.msg_type or "?"))
    elif not infos:
        result.reasons.append(_("It has no information block."))
    elif result.expired:
        result.reasons.append(_("It expired at {time}.").format(time=expires))
    elif result.touches is False:
        result.reasons.append(_("Its area does not touch the post's jurisdiction."))
    if result.reasons:
        return result
    levels = [(_info_level(info)) for info in infos]
    phases = [p for p, _why in levels if p]
    if phases:
        result.phase = max(phases)
    else:
        result.reasons += list(dict.fromkeys(why for _p, why in levels if why))
    return result


def _info_level(info) -> tuple[int | None, str]:
    """(level, "") or (None, why none) for one information block."""
    words = _plain(" ".join([info.event, info.headline]))
    codes = {v.upper() for _k, v in info.event_codes}
    params = {_plain(k): v for k, v in info.parameters}
    vtec = [m for value in params.get("vtec", "").split() for m in _VTEC.finditer(value)] \
        if "vtec" in params else []
    if info.urgency == "Past" or info.certainty == "Unlikely" or any(m.group(2) in ("CAN", "EXP") for m in vtec):
        return None, _("The event is over or unlikely (a cancellation, past or unlikely).")
    if codes & _NOT_A_THREAT_CODES or any(_word(w, words) for w in _NOT_A_THREAT):
        return None, _("“{event}” is not a threat of the kind the alert levels answer (it does not call for "
                       "moving nationals).").format(event=info.event)
    level = _scale_level(params)
    if level is None:
        level = _SEVERITY.get(info.severity)
        if info.severity == "Severe" and info.urgency == "Immediate" and info.certainty == "Observed":
            level = 4
    if level is None:
        return None, _("Its severity is {severity} and it has no known warning colour; read the alert and choose "
                       "the level.").format(severity=info.severity or "?")
    cyclone = any(_word(w, words) for w in _CYCLONE) or any(m.group(4) in ("HU", "TR", "TY") for m in vtec)
    shelter = not cyclone and (codes & _SHELTER_CODES or any(m.group(4) in _VTEC_SHELTER for m in vtec)
                               or any(_word(w, words) for w in _SHELTER))
    if shelter:
        level = min(level, 2)
    for m in vtec:
        level = min(level, _SIGNIFICANCE[m.group(5)] if m.group(5) in "WAYS" else level)
    kind = next((v.strip().lower() for k, v in params.items() if k.endswith("alert_type")), "")
    if kind in _SIGNIFICANCE:
        level = min(level, _SIGNIFICANCE[kind])
    return level, ""


def _scale_level(params: dict[str, str]) -> int | None:
    """The level from an authority's colour (SMN, CENAPRED, MeteoAlarm): "Rojo", "Amarillo Fase 3", "3; orange"."""
    best = None
    for name, value in params.items():
        if not any(p in name for p in _COLOUR_PARAMETERS):
            continue
        text = _plain(value)
        for colour, level in _COLOURS.items():
            if _word(colour, text):
                # CENAPRED's yellow has three phases: phase 3 is the last step before red.
                if colour == "amarillo" and re.search(r"fase\s*3", text):
                    level = 3
                best = max(best or 0, level)
    return best


def touches(infos, post: PostArea) -> bool | None:
    """Whether any area of the alert touches the post's jurisdiction: True, False, or None (cannot tell)."""
    verdicts = [_area_touches(area, post) for info in infos for area in info.areas]
    if any(v is True for v in verdicts):
        return True
    if any(v is False for v in verdicts):
        return False
    return None


def _area_touches(area, post: PostArea) -> bool | None:
    shapes: list[bool] = []
    if post.lat is not None and post.lon is not None:
        for text in area.polygons:
            ring = _points(text)
            if len(ring) >= 3:
                inside = point_in_polygon(post.lon, post.lat, [[lon, lat] for lat, lon in ring])
                near = min(haversine_km(post.lat, post.lon, lat, lon) for lat, lon in ring) <= NEAR_KM
                shapes.append(inside or near)
        for text in area.circles:
            centre, _sep, radius = text.strip().partition(" ")
            points = _points(centre)
            if points:
                lat, lon = points[0]
                km = float(radius) if _number(radius) else 0.0
                shapes.append(haversine_km(post.lat, post.lon, lat, lon) <= km + NEAR_KM)
    if any(shapes):
        return True
    codes = _geocode_verdict(area.geocodes, post)
    if codes is not None:
        return codes
    return False if shapes else None


def _geocode_verdict(geocodes, post: PostArea) -> bool | None:
    country = post.host_country.upper()
    mine = {c.upper() for c in post.jurisdiction}
    verdict = None
    for name, value in geocodes:
        name = name.upper()
        if name in ("ISO3166-2", "ISO 3166-2"):
            code = value.strip().upper()
            if code in mine or (not mine and code.startswith(country + "-")):
                return True
            verdict = False
        elif name in ("SAME", "FIPS6", "UGC", "NWSUGC") or name.startswith("PROFILE:CAP-CP:LOCATION"):
            # US county and zone codes, Canada's CAP-CP locations: another country than the post's.
            place = "CA" if name.startswith("PROFILE:CAP-CP") or value[:2] in _CANADA else "US"
            if country and place != country:
                verdict = False
    return verdict


_CANADA = {"BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL", "YT", "NT", "NU"}


def _points(text: str) -> list[tuple[float, float]]:
    """CAP's "lat,lon lat,lon ..." as (lat, lon) pairs; malformed pairs are left out."""
    points = []
    for pair in text.split():
        lat, _sep, lon = pair.partition(",")
        if _number(lat) and _number(lon):
            points.append((float(lat), float(lon)))
    return points


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _plain(text: str) -> str:
    """Lower case without accents, so "Semáforo" and "semaforo", "Abducción" and "abduccion" match."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def _word(needle: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(needle)}\b", text) is not None
