"""The lines of a .vcf file as vobject reads them, whatever phone or mail program wrote it (vCard 2.1, 3.0, 4.0).

vobject reads 3.0 and 4.0 but not what phones still write as 2.1: QUOTED-PRINTABLE values with
soft line breaks ("=" at the end of a line, the next line not indented), CHARSET= parameters,
bare types (TEL;CELL;PREF). Nor does it take RFC 2425's PROFILE line (Lotus Notes) or the
"\r\r\n" line ends some iPhone exports have. This module rewrites such lines as 3.0 text, so
vobject still does the parsing; photos and sounds are dropped before anything else is read.
"""

import quopri
import re
from dataclasses import dataclass, field

_UNREAD = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_DROPPED = re.compile(r"^(?:PROFILE|NAME|SOURCE)[;:]", re.IGNORECASE)  # RFC 2425 directory lines
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass
class RawCard:
    """One BEGIN:VCARD … END:VCARD, its lines unfolded and decoded; `ignored` names the properties dropped."""

    number: int  # 1 for the file's first card
    line: int  # the line of the file where it begins
    lines: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(line number, unfolded line) pairs, joining folded lines and quoted-printable soft breaks."""
    out: list[tuple[int, str]] = []
    physical = re.split(r"\r*\n|\r", text)
    for number, line in enumerate(physical, start=1):
        if out and line[:1] in (" ", "\t"):
            at, previous = out[-1]
            out[-1] = (at, previous + line[1:])
        elif out and _soft_break(out[-1][1]):
            at, previous = out[-1]
            out[-1] = (at, previous[:-1] + line)
        elif line.strip():
            out.append((number, line))
    return out


def _soft_break(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return line.endswith("=") and "QUOTED-PRINTABLE" in head


def split_cards(text: str) -> tuple[list[RawCard], int]:
    """The file's cards, each ready for vobject, and the number of lines found outside any card."""
    cards: list[RawCard] = []
    current: RawCard | None = None
    stray = depth = 0
    for number, line in logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                current = RawCard(len(cards) + 1, number)
                cards.append(current)
                current.lines.append("BEGIN:VCARD")
                continue
        if current is None:
            stray += 1
            continue
        if upper == "END:VCARD":
            depth -= 1
            if depth == 0:
                current.lines.append("END:VCARD")
                current = None
            continue
        if depth > 1:  # a card inside a card (AGENT): not a contact of its own
            continue
        if _UNREAD.match(line) or _DROPPED.match(line):
            current.ignored.append(_name(line))
            continue
        current.lines.append(plain_line(line))
    return cards, stray


def _name(line: str) -> str:
    return re.split(r"[;:]", line, maxsplit=1)[0].rpartition(".")[2].upper()


def plain_line(line: str) -> str:
    """A 2.1 line as 3.0 writes it: value decoded from quoted-printable and its charset, bare types as TYPE=."""
    head, sep, value = line.partition(":")
    if not sep:
        return line
    name, *params = head.split(";")
    charset = "utf-8"
    quoted = False
    kept = []
    for param in params:
        key, eq, val = param.partition("=")
        if not eq:
            if key.upper() == "QUOTED-PRINTABLE":
                quoted = True
            elif key.upper() not in _ENCODINGS and key:
                kept.append(f"TYPE={key}")
            continue
        if key.upper() == "CHARSET":
            charset = val.strip('"') or charset
        elif key.upper() == "ENCODING" and val.upper() == "QUOTED-PRINTABLE":
            quoted = True
        else:
            kept.append(param)
    if quoted:
        value = _unquote(value, charset)
    return ";".join([name, *kept]) + ":" + value


def _unquote(value: str, charset: str) -> str:
    try:
        decoded = quopri.decodestring(value.encode("utf-8")).decode(charset, "replace")
    except LookupError:  # a charset Python does not know: read it as UTF-8 and show what is not
        decoded = quopri.decodestring(value.encode("utf-8")).decode("utf-8", "replace")
    # A decoded line break would end the line: 3.0 writes it as \n.
    return decoded.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
