"""Replies to a message, read as keywords: BIEN, A SALVO, SAFE, AYUDA, HELP, BAJA, STOP, with a number of people.

A reply is read only when it holds nothing but keywords, a number and a few filler words, so that
"bien pero sin agua" is left for an officer to read instead of being taken for "safe".
"""

import enum
import re
import unicodedata
from dataclasses import dataclass

MAX_PEOPLE = 99  # a larger figure is a street number or a phone, not a household


class ReplyKind(enum.Enum):
    SAFE = "safe"
    HELP = "help"
    STOP = "stop"  # no more messages to this phone
    UNKNOWN = ""  # for an officer to read


_KEYWORDS = {
    ReplyKind.SAFE: ("BIEN", "A SALVO", "SAFE", "ESTOY BIEN", "ESTAMOS BIEN", "OK SAFE"),
    ReplyKind.HELP: ("AYUDA", "HELP", "SOS", "AUXILIO"),
    ReplyKind.STOP: ("BAJA", "STOP"),
}
# Words that say nothing by themselves around a keyword.
_FILLER = frozenset("ESTOY ESTAMOS TODOS TODAS SOMOS PERSONAS PERSONA WE ARE ALL I AM PEOPLE Y AND EN CASA "
                    "NECESITO NECESITAMOS NEED WE'RE IM".split())
_WORD = re.compile(r"[A-Z']+|\d+")


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    people: int | None = None


def fold(text: str) -> str:
    """Upper case without accents: "Está bien" -> "ESTA BIEN"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def parse_reply(text: str) -> Reply:
    """What a reply says, or UNKNOWN when it says more or other than a keyword and a number."""
    words = _WORD.findall(fold(text))
    found: set[ReplyKind] = set()
    rest = " ".join(w for w in words if not w.isdigit())
    for kind, keys in _KEYWORDS.items():
        for key in sorted(keys, key=len, reverse=True):  # "ESTOY BIEN" before "BIEN"
            pattern = rf"\b{key}\b"
            if re.search(pattern, rest):
                found.add(kind)
                rest = re.sub(pattern, " ", rest)
    numbers = [int(w) for w in words if w.isdigit()]
    leftover = [w for w in rest.split() if w not in _FILLER]
    if len(found) != 1 or leftover or len(numbers) > 1 or (numbers and not 0 < numbers[0] <= MAX_PEOPLE):
        return Reply(ReplyKind.UNKNOWN)
    kind = found.pop()
    return Reply(kind, numbers[0] if numbers and kind is not ReplyKind.STOP else None)
