"""vCard 4.0 (RFC 6350) of the post's partners and wardens, written and read with vobject."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate
from micic_planner.core.limits import LIMITS, check_file_size, too_large

# Properties we never read; a photo is the one long line a real card has.
_UNREAD = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_FOLD = re.compile(r"\r?\n[ \t]")


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


def partner_contact(p: dict, lang: str = "en") -> Contact:
    person = (p.get("contact_person") or "").strip()
    phones = [("voice,pref", p["phone_24h"])] if p.get("phone_24h") else []
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
    phones = [("cell,pref", w["phone"])] if w.get("phone") else []
    note = f"Radio {w['radio']}" if w.get("radio") else ""
    return Contact(w["name"], "", "individual", role, phones, [w["email"]] if w.get("email") else [], "",
                   [w["zone"]] if w.get("zone") else [], note, f"urn:uuid:{w['uuid']}")


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
            # Given name first, then the family names (often two in Spanish): "Ana López Pérez".
            given, _sep, family = c.name.partition(" ")
            card.add("n").value = vobject.vcard.Name(family=family, given=given)
        if c.organisation:
            card.add("org").value = [c.organisation]
        if c.role:
            card.add("role").value = c.role
        for kind, number in c.phones:
            tel = card.add("tel")
            tel.value = number
            tel.type_param = kind
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


def read_vcards(path: str | Path) -> list[Contact]:
    """Every card of a .vcf file (vCard 3.0 or 4.0)."""
    import vobject

    try:
        check_file_size(path, LIMITS.vcard_bytes)
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=str(path), hint=_("Check the path and try again.")) from None
    except UnicodeError:
        raise ImportFileError(_("The contact file is not UTF-8 text."), where=str(path),
                              hint=_("Export the contacts again as vCard (UTF-8).")) from None
    text = _bounded(text, str(path))
    try:
        cards = [c for c in vobject.readComponents(text, ignoreUnreadable=False) if c.name == "VCARD"]
        contacts = [_contact(c) for c in cards]
    except Exception as exc:  # vobject raises parse, value, attribute and index errors on a broken card
        raise ImportFileError(_("This is not a valid vCard file: {reason}").format(reason=exc), where=str(path),
                              hint=_("Export the contacts again as vCard.")) from None
    if not contacts:
        raise ImportFileError(_("The file holds no contact card."), where=str(path),
                              hint=_("A vCard file starts with BEGIN:VCARD."))
    return contacts


def _bounded(text: str, where: str) -> str:
    """`text` without photos, once its cards, lines and parameters are within what vobject reads quickly.

    vobject's time and memory grow steeply with long lines and many parameters (a 7 MB line of
    parameters took 2.5 GB), so these are counted on the raw text first.
    """
    lines = [line for line in _FOLD.sub("", text).splitlines() if not _UNREAD.match(line)]
    cards = sum(1 for line in lines if line[:12].upper().startswith("BEGIN:VCARD"))
    if cards > LIMITS.vcards:
        raise too_large(_("contact cards"), cards, LIMITS.vcards, where)
    for number, line in enumerate(lines, start=1):
        at = _("{file}, line {line}").format(file=where, line=number)
        head = line.split(":", 1)[0]
        if head.count(";") > LIMITS.vcard_params:
            raise too_large(_("parameters on one line"), head.count(";"), LIMITS.vcard_params, at,
                            _("Export the contacts again."))
        if len(line) > LIMITS.vcard_line:
            raise too_large(_("characters on one line"), len(line), LIMITS.vcard_line, at,
                            _("Export the contacts again without pictures or attachments."))
    return "\r\n".join(lines) + "\r\n"


def _contact(card) -> Contact:
    def first(name, default=""):
        items = card.contents.get(name)
        return items[0].value if items else default

    org = first("org", [])
    categories = first("categories", [])
    address = first("adr", None)
    phones = [(",".join(t.params.get("TYPE", [])).lower(), str(t.value)) for t in card.contents.get("tel", [])]
    return Contact(str(first("fn")), org[0] if isinstance(org, list) and org else str(org or ""),
                   str(first("kind", "individual")).lower(), str(first("role")), phones,
                   [str(e.value) for e in card.contents.get("email", [])],
                   str(address.street) if address is not None else "",
                   list(categories) if isinstance(categories, list) else [str(categories)],
                   str(first("note")), str(first("uid")))
