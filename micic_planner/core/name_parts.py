"""A person's name in parts (prefix, given, family) for a contact card: stored parts first, inferred only otherwise."""

from dataclasses import dataclass

# Honorifics and titles written before a name in Spanish and English; compared without the full stop.
HONORIFICS = frozenset({
    "lic", "licda", "licdo", "ing", "inga", "dr", "dra", "sr", "sra", "srta", "don", "doña", "mtro", "mtra",
    "prof", "profa", "arq", "abg", "abog", "mr", "mrs", "ms", "miss", "sir",
})
# Words that belong to the family name that follows them: "de la Cruz", "del Valle", "van der Berg".
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "das", "van", "von", "der"})


@dataclass(frozen=True)
class NameParts:
    given: str = ""
    family: str = ""
    prefix: str = ""


def name_parts(full: str, given: str = "", family: str = "") -> NameParts:
    """The parts of `full`: the stored `given` and `family` when there are any, else inferred from `full`.

    Inferred the Spanish way: honorifics in front are the prefix; with three or more words left the
    last two are the family names ("María José García López", "Ana López Pérez"), with two the last
    one. A stored split is never second-guessed: "María José García" stored as given "María José"
    and family "García" stays so.
    """
    words = full.split()
    prefix = []
    while len(words) > 1 and words[0].rstrip(".").casefold() in HONORIFICS:
        prefix.append(words.pop(0))
    if given.strip() or family.strip():
        return NameParts(given.strip(), family.strip(), " ".join(prefix))
    groups = _grouped(words)
    if len(groups) <= 1:
        return NameParts(" ".join(groups), "", " ".join(prefix))
    cut = len(groups) - (2 if len(groups) >= 3 else 1)
    return NameParts(" ".join(groups[:cut]), " ".join(groups[cut:]), " ".join(prefix))


def _grouped(words: list[str]) -> list[str]:
    """Words with each run of particles joined to the word after it; a name's first word is never a particle."""
    groups: list[str] = []
    pending: list[str] = []
    for index, word in enumerate(words):
        if index and word.casefold() in _PARTICLES and index < len(words) - 1:
            pending.append(word)
            continue
        groups.append(" ".join([*pending, word]))
        pending = []
    return groups
