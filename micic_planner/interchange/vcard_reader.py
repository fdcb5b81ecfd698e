"""Contact cards from a .vcf file of any phone or mail program (vCard 2.1, 3.0 and 4.0), card by card, with vobject.

A card vobject cannot read is refused alone, with its number and line, and the others are read.
"""

from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, check_file_size, too_large
from micic_planner.core.name_parts import NameParts
from micic_planner.interchange.vcard import Contact
from micic_planner.interchange.vcard_lines import RawCard, split_cards

# Properties a partner has no field for; named in the report, never silently lost.
_KEPT = {"version", "fn", "n", "org", "tel", "email", "adr", "note", "title", "role", "kind", "uid", "categories",
         "label", "prodid", "rev", "x-abadr", "x-ablabel"}
_MEDIA = {"PHOTO", "LOGO", "SOUND", "KEY"}


@dataclass
class RefusedCard:
    number: int
    line: int
    reason: str


@dataclass
class VcardFile:
    contacts: list[Contact] = field(default_factory=list)
    refused: list[RefusedCard] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the whole file (its character set)


def read_vcards(path: str | Path) -> list[Contact]:
    """Every readable card of a .vcf file; refused whole only when no card at all can be read."""
    return read_vcard_file(path).contacts


def read_vcard_file(path: str | Path) -> VcardFile:
    """The file's cards as contacts, and the cards refused with the reason and line of each."""
    where = str(path)
    try:
        check_file_size(path, LIMITS.vcard_bytes)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=where, hint=_("Check the path and try again.")) from None
    result = VcardFile()
    try:
        # Windows address books save "Unicode" vCards as UTF-16 with a byte-order mark.
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeError:
        # Outlook and older phones write the Windows code page of the machine; for Spanish, Windows-1252.
        text = data.decode("cp1252", "replace")
        result.notes.append(_("The file is not UTF-8; it was read as Windows-1252 (Western European)."))
    cards, _stray = split_cards(text)
    if len(cards) > LIMITS.vcards:
        raise too_large(_("contact cards"), len(cards), LIMITS.vcards, where)
    for raw in cards:
        _check_bounds(raw, where)
        try:
            result.contacts.append(_read_card(raw))
        except Exception as exc:  # vobject raises parse, value, attribute and index errors on a broken card
            result.refused.append(RefusedCard(raw.number, raw.line, str(exc) or type(exc).__name__))
    if not result.contacts:
        if result.refused:
            first = result.refused[0]
            raise ImportFileError(_("This is not a valid vCard file: {reason}").format(reason=first.reason),
                                  where=_("{file}, line {line}").format(file=where, line=first.line),
                                  hint=_("Export the contacts again as vCard."))
        raise ImportFileError(_("The file holds no contact card."), where=where,
                              hint=_("A vCard file starts with BEGIN:VCARD."))
    return result


def _check_bounds(raw: RawCard, where: str) -> None:
    """Refuse lines vobject would take minutes or gigabytes over (a 7 MB line of parameters took 2.5 GB)."""
    for offset, line in enumerate(raw.lines):
        at = _("{file}, line {line}").format(file=where, line=raw.line + offset)
        head = line.split(":", 1)[0]
        if head.count(";") > LIMITS.vcard_params:
            raise too_large(_("parameters on one line"), head.count(";"), LIMITS.vcard_params, at,
                            _("Export the contacts again."))
        if len(line) > LIMITS.vcard_line:
            raise too_large(_("characters on one line"), len(line), LIMITS.vcard_line, at,
                            _("Export the contacts again without pictures or attachments."))


def _read_card(raw: RawCard) -> Contact:
    import vobject

    card = vobject.readOne(raw.text(), ignoreUnreadable=False)
    if card.name != "VCARD":
        raise ValueError(_("not a contact card"))
    contact = _contact(card)
    media = [p for p in dict.fromkeys(raw.ignored) if p in _MEDIA]
    directory = [p for p in dict.fromkeys(raw.ignored) if p not in _MEDIA]
    ignored = []
    if media:
        ignored.append(_("{properties}: pictures, sounds and keys are not kept").format(properties=", ".join(media)))
    if directory:
        ignored.append(_("{properties}: directory lines, not about the contact").format(
            properties=", ".join(directory)))
    others = sorted({name.upper() for name in card.contents if name not in _KEPT and not name.startswith("x-")})
    if others:
        ignored.append(_("{properties}: the partners list has no field for them").format(properties=", ".join(others)))
    contact.ignored = ignored
    return contact


def _contact(card) -> Contact:
    def first(name, default=""):
        items = card.contents.get(name)
        return items[0].value if items else default

    org = first("org", [])
    categories = first("categories", [])
    name = first("n", None)
    parts = None
    if name is not None and not isinstance(name, str):
        parts = NameParts(_joined(name.given, name.additional), _joined(name.family), _joined(name.prefix))
    full = str(first("fn")) or (" ".join(x for x in (parts.given, parts.family) if x) if parts else "")
    # vobject splits a 2.1 ORG at unescaped commas ("Company, The"): the first unit is the organisation.
    unit = (org[0] if org else "") if isinstance(org, list) else str(org or "")
    organisation = ", ".join(x.strip() for x in unit) if isinstance(unit, list) else unit
    return Contact(full.strip(), organisation.strip(), str(first("kind", "individual")).lower(),
                   str(first("role")) or str(first("title")), _phones(card),
                   [str(e.value).strip() for e in card.contents.get("email", []) if str(e.value).strip()],
                   _address(first("adr", None)),
                   list(categories) if isinstance(categories, list) else [str(categories)],
                   str(first("note")).strip(), str(first("uid")), parts=parts)


def _joined(*values) -> str:
    words = [w for v in values for w in (v if isinstance(v, list) else [v])]
    return " ".join(str(w).strip() for w in words if w and str(w).strip())


def _phones(card) -> list[tuple[str, str]]:
    """(types, number) pairs, the preferred one first (4.0's PREF=1, or 3.0's and 2.1's "pref" type)."""
    phones = []
    for tel in card.contents.get("tel", []):
        types = [t.lower() for value in tel.params.get("TYPE", []) for t in value.split(",")]
        types += [t.lower() for t in tel.singletonparams]
        preferred = "pref" in types or tel.params.get("PREF", ["100"])[0] == "1"
        number = str(tel.value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";", 1)[0]  # RFC 3966: "tel:+1-418-656-9254;ext=102"
        if number:
            phones.append((preferred, ",".join(t for t in types if t != "pref"), number))
    phones.sort(key=lambda p: not p[0])
    return [(types, number) for _preferred, types, number in phones]


def _address(adr) -> str:
    """An ADR's parts as one line: street, locality, region, postal code, country."""
    if adr is None or isinstance(adr, str):
        return str(adr or "").strip()
    parts = [adr.box, adr.extended, adr.street, adr.city, adr.region, adr.code, adr.country]
    return ", ".join(_joined(p).replace("\n", ", ") for p in parts if _joined(p))
