"""vCard 4.0 (RFC 6350) of the post's partners and wardens, written with vobject (read in `vcard_reader`)."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.i18n import translate
from micic_planner.core.name_parts import NameParts, name_parts

_E164 = re.compile(r"\+[1-9]\d{6,14}")


@dataclass
class Contact:
    """One card: a person or an organisation, with what a caller needs."""

    name: str
    organisation: str = ""
    kind: str = "individual"  # or "org"
    role: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (type, number), the first one preferred
    emails: list[str] = field(default_factory=list)
    address: str = ""
    categories: list[str] = field(default_factory=list)
    note: str = ""
    uid: str = ""
    ignored: list[str] = field(default_factory=list)  # what a card read from a file had that is not kept, and why
    parts: NameParts | None = None  # the name in parts; inferred from `name` when None
    preferred: bool = True  # whether the first phone is the one to call first (PREF=1)


def partner_contact(p: dict, lang: str = "en") -> Contact:
    person = (p.get("contact_person") or "").strip()
    phones = [("voice", p["phone_24h"])] if p.get("phone_24h") else []
    if p.get("phone") and p.get("phone") != p.get("phone_24h"):
        phones.append(("work", p["phone"]))
    note = "; ".join(x for x in (p.get("services"), p.get("radio") and f"Radio {p['radio']}") if x)
    from micic_planner.core.enums import PartnerKind

    kind = p.get("kind") or "other"
    label = PartnerKind(kind).label(lang) if kind in {k.value for k in PartnerKind} else kind
    return Contact(person or p["name"], p["name"], "individual" if person else "org", "", phones,
                   [p["email"]] if p.get("email") else [], p.get("address") or "", [label], note,
                   f"urn:uuid:{p['uuid']}")


def warden_contact(w: dict, lang: str = "en") -> Contact:
    role = translate("Alternate warden" if w.get("is_alternate") else "Warden", lang)
    phones = [("cell,voice", w["phone"])] if w.get("phone") else []
    note = f"Radio {w['radio']}" if w.get("radio") else ""
    # A warden who is a national of the registry has the name in parts there (given_names, family_names).
    parts = name_parts(w["name"], w.get("given_names") or "", w.get("family_names") or "")
    return Contact(w["name"], "", "individual", role, phones, [w["email"]] if w.get("email") else [], "",
                   [w["zone"]] if w.get("zone") else [], note, f"urn:uuid:{w['uuid']}", parts=parts)


def write_vcards(path: str | Path, contacts: list[Contact]) -> int:
    import vobject

    text = []
    for c in contacts:
        card = vobject.vCard()
        card.add("version").value = "4.0"
        if c.uid:
            card.add("uid").value = c.uid
        card.add("kind").value = c.kind
        card.add("fn").value = c.name
        if c.kind == "org":
            card.add("n").value = vobject.vcard.Name(family=c.name)
        else:
            parts = c.parts or name_parts(c.name)
            card.add("n").value = vobject.vcard.Name(family=parts.family, given=parts.given, prefix=parts.prefix)
        if c.organisation:
            card.add("org").value = [c.organisation]
        if c.role:
            card.add("role").value = c.role
        for index, (kind, number) in enumerate(c.phones):
            _add_tel(card, kind, number, preferred=c.preferred and index == 0)
        for email in c.emails:
            card.add("email").value = email
        if c.address:
            card.add("adr").value = vobject.vcard.Address(street=c.address)
        if c.categories:
            card.add("categories").value = c.categories
        if c.note:
            card.add("note").value = c.note
        text.append(card.serialize())
    try:
        Path(path).write_text("".join(text), encoding="utf-8", newline="")
    except OSError as exc:
        raise explain_os_error(exc, path) from None
    return len(contacts)


def _add_tel(card, kind: str, number: str, preferred: bool) -> None:
    """A TEL as RFC 6350 writes it: a tel: URI when the number is E.164, TYPE values as a list, PREF=1 apart.

    vCard 3.0's "pref" inside TYPE is not a type in 4.0 (RFC 6350, 5.3 and 6.4.1).
    """
    tel = card.add("tel")
    if _E164.fullmatch(number):
        tel.value = f"tel:{number}"
        tel.params["VALUE"] = ["uri"]
    else:
        tel.value = number
    types = [t for t in kind.split(",") if t and t != "pref"]
    if types:
        tel.params["TYPE"] = types
    if preferred:
        tel.params["PREF"] = ["1"]
