"""vCard 3.0 text for a partner's contact, built by hand so the core needs no library (RFC 6350 escaping)."""

from micic_planner.core.models import Partner
from micic_planner.core.name_parts import name_parts


def escape(value: str) -> str:
    """Escape a text value: backslash, comma, semicolon and newlines (RFC 6350, 3.4)."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def partner_vcard(partner: Partner) -> str:
    """A vCard 3.0 for a partner organisation and its contact person, CRLF line ends."""
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    person = partner.contact_person.strip()
    if person:
        parts = name_parts(person)
        lines.append(f"N:{escape(parts.family)};{escape(parts.given)};;{escape(parts.prefix)};")
        lines.append(f"FN:{escape(person)}")
    else:
        lines.append(f"N:{escape(partner.name)};;;;")
        lines.append(f"FN:{escape(partner.name)}")
    lines.append(f"ORG:{escape(partner.name)}")
    if partner.phone_24h:
        lines.append(f"TEL;TYPE=VOICE,PREF:{escape(partner.phone_24h)}")
    if partner.phone and partner.phone != partner.phone_24h:
        lines.append(f"TEL;TYPE=WORK:{escape(partner.phone)}")
    if partner.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(partner.email)}")
    if partner.address:
        lines.append(f"ADR;TYPE=WORK:;;{escape(partner.address)};;;;")
    note = "; ".join(x for x in (partner.services, partner.radio and f"Radio {partner.radio}") if x)
    if note:
        lines.append(f"NOTE:{escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
