"""Finding the same person twice: same document, same phone, or a similar name with the same date of birth."""

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

_COMBINING = re.compile(r"[\u0300-\u036f]")
_NOT_WORD = re.compile(r"[\W_]+")
NAME_THRESHOLD = 88.0  # token_sort_ratio; 88 joins "Nunez Perez, Maria Jose" and "Núñez, María José"


def _fold_table() -> dict[int, str]:
    """Latin letters with accents to their base letter: str.translate is several times faster than NFKD."""
    table = {}
    for code in range(0xC0, 0x250):
        base = _COMBINING.sub("", unicodedata.normalize("NFKD", chr(code)))
        if base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()


def _part_key(text: str) -> str:
    """One name field without accents, case or punctuation; other scripts kept as they are."""
    text = text.translate(_FOLD)
    if not text.isascii():  # accents outside Latin-1 and Latin Extended-A, or combining marks typed apart
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def name_key(family: str, given: str) -> str:
    """Family and given names without accents, case or punctuation; other scripts kept as they are."""
    # Every step works character by character, so the fields can be folded apart (and cached) and joined.
    return " ".join(k for k in (_part_key(f"{family}"), _part_key(f"{given}")) if k)


@dataclass(frozen=True)
class Candidate:
    """A row of the file that may be someone already known: in the registry (`existing_id`) or an earlier row."""

    row: int
    reason: str  # "record" (same record id), "document", "phone" or "name"
    existing_id: int | None = None
    other_row: int | None = None
    score: float = 100.0
    # A shared phone with a different name or date of birth: families share one phone, so this is
    # shown for review but never skips or merges the row by default.
    weak: bool = False


class RegistryLookup(Protocol):
    """What the duplicate finder asks of the stored registry, a batch of keys at a time."""

    def by_uuids(self, uuids: list[str]) -> dict[str, list[int]]: ...

    def by_documents(self, docs: list[str]) -> dict[str, list[int]]: ...

    def by_phones(self, phones: list[str]) -> dict[str, list[tuple[int, str, str, str]]]:
        """Phone -> (id, family names, given names, date of birth or "") of those who have it."""
        ...

    def by_birth_dates(self, dates: list[str]) -> dict[str, list[tuple[int, str, str]]]: ...


class DuplicateFinder:
    """Checks rows in batches against the registry and against the rows of the same file seen before."""

    def __init__(self, registry: RegistryLookup | None = None, threshold: float = NAME_THRESHOLD):
        from rapidfuzz import fuzz, process

        self._extract = process.extract
        self._scorer = fuzz.token_sort_ratio
        self.registry = registry
        self.threshold = threshold
        self.uuids: dict[str, int] = {}
        self.docs: dict[str, int] = {}
        self.phones: dict[str, int] = {}
        self.people: dict[int, tuple[str, str]] = {}  # row with a phone -> (name key, date of birth)
        self.births: dict[str, list[tuple[int, str]]] = {}
        self._parts: dict[str, str] = {}  # name field -> folded; a registry repeats a few thousand names

    def _key(self, family, given) -> str:
        """`name_key`, folding each distinct name field once."""
        parts = self._parts
        f = parts.get(family)
        if f is None:
            f = parts[family] = _part_key(f"{family}")
        g = parts.get(given)
        if g is None:
            g = parts[given] = _part_key(f"{given}")
        return f"{f} {g}" if f and g else f or g

    def _phone_match(self, key: str, birth: str, other_key: str, other_birth: str) -> tuple[float, bool]:
        """(name similarity, weak): a shared phone is the same person only with a similar name and no other date."""
        score = float(self._scorer(key, other_key)) if key and other_key else 0.0
        return score, score < self.threshold or bool(birth and other_birth and birth != other_birth)

    def check_batch(self, rows: list[tuple[int, dict]]) -> list[Candidate]:
        """`rows` are (row number, record with the stored field names); returns one candidate per match."""
        uuids = sorted({rec["uuid"] for _r, rec in rows if rec.get("uuid")})
        docs = sorted({d for _r, rec in rows for d in _documents(rec)})
        phones = sorted({p for _r, rec in rows for p in _phones(rec)})
        births = sorted({rec["birth_date"] for _r, rec in rows if rec.get("birth_date")})
        known_uuids = self.registry.by_uuids(uuids) if self.registry and uuids else {}
        known_docs = self.registry.by_documents(docs) if self.registry and docs else {}
        known_phones = self.registry.by_phones(phones) if self.registry and phones else {}
        known_births = self.registry.by_birth_dates(births) if self.registry and births else {}
        key = self._key
        # Per date of birth: the registry ids and their name keys, in the same order.
        keyed = {d: ([i for i, _f, _g in people], [key(f, g) for _i, f, g in people])
                 for d, people in known_births.items()}
        found: list[Candidate] = []
        for row, rec in rows:
            found += self._check_one(row, rec, known_uuids, known_docs, known_phones, keyed)
        return found

    def _check_one(self, row, rec, known_uuids, known_docs, known_phones, known_births) -> list[Candidate]:
        found: list[Candidate] = []
        seen_ids: set[int] = set()
        seen_rows: set[int] = set()

        def add(reason, existing=None, other=None, score=100.0, weak=False):
            if existing is not None and existing not in seen_ids:
                seen_ids.add(existing)
                found.append(Candidate(row, reason, existing_id=existing, score=score, weak=weak))
            elif other is not None and other not in seen_rows:
                seen_rows.add(other)
                found.append(Candidate(row, reason, other_row=other, score=score, weak=weak))

        uuid = rec.get("uuid")
        if uuid:
            for existing in known_uuids.get(uuid, ()):
                add("record", existing)
            if uuid in self.uuids:
                add("record", other=self.uuids[uuid])
            self.uuids.setdefault(uuid, row)
        for doc in _documents(rec):
            for existing in known_docs.get(doc, ()):
                add("document", existing)
            if doc in self.docs:
                add("document", other=self.docs[doc])
        birth = rec.get("birth_date") or ""
        phones = _phones(rec)
        if phones:
            key = self._key(rec.get("family_names", ""), rec.get("given_names", ""))
            for phone in phones:
                for existing, family, given, other_birth in known_phones.get(phone, ()):
                    score, weak = self._phone_match(key, birth, self._key(family, given), other_birth)
                    add("phone", existing, score=score, weak=weak)
                if phone in self.phones:
                    other = self.phones[phone]
                    score, weak = self._phone_match(key, birth, *self.people[other])
                    add("phone", other=other, score=score, weak=weak)
            self.people[row] = (key, birth)
        if birth:
            key = self._key(rec.get("family_names", ""), rec.get("given_names", ""))
            ids, keys = known_births.get(birth, ((), ()))
            if keys:
                for _choice, score, index in self._extract(key, keys, scorer=self._scorer,
                                                          score_cutoff=self.threshold, limit=5):
                    add("name", ids[index], score=score)
            earlier = self.births.get(birth, ())
            if earlier:
                for _choice, score, index in self._extract(key, [k for _r, k in earlier], scorer=self._scorer,
                                                          score_cutoff=self.threshold, limit=5):
                    add("name", other=earlier[index][0], score=score)
            self.births.setdefault(birth, []).append((row, key))
        for doc in _documents(rec):
            self.docs.setdefault(doc, row)
        for phone in _phones(rec):
            self.phones.setdefault(phone, row)
        return found


def _documents(rec: dict) -> list[str]:
    return [d for d in (rec.get("passport_no"), rec.get("consular_id")) if d]


def _phones(rec: dict) -> list[str]:
    return [p for p in (rec.get("phone"), rec.get("phone2")) if p]


def same_document(a, b) -> bool:
    """Whether two document numbers are one, written with or without dashes and spaces (TAP-2024-01, TAP202401)."""
    def key(value) -> str:
        return "".join(c for c in str(value or "").upper() if c.isalnum())
    return key(a) == key(b)


def merge_values(existing: dict, incoming: dict) -> dict:
    """The changes that merge `incoming` into `existing`: every empty field filled, nothing non-empty lost.

    A different non-empty phone goes to the free second phone; any other differing value is
    kept in the notes, so the person reviewing sees both.
    """
    changes: dict = {}
    kept: list[str] = []
    for name, value in incoming.items():
        # Consent stays as the person gave it at the post; status changes only through its history.
        if name in ("uuid", "id", "status", "notes", "consent_share") or value is None or value == "":
            continue
        current = existing.get(name)
        if name == "vulnerabilities":
            combined = int(current or 0) | int(value)
            if combined != int(current or 0):
                changes[name] = combined
        elif current is None or current == "":
            changes[name] = value
        elif str(current) != str(value):
            if name in ("passport_no", "consular_id") and same_document(current, value):
                continue
            if name == "phone" and not existing.get("phone2") and "phone2" not in changes:
                changes["phone2"] = value
            elif value != existing.get("phone2"):
                kept.append(f"{name}: {value}")
    notes = [n for n in (existing.get("notes") or "", incoming.get("notes") or "") if n]
    if kept:
        notes.append("; ".join(kept))
    merged_notes = "\n".join(dict.fromkeys(notes))
    if merged_notes != (existing.get("notes") or ""):
        changes["notes"] = merged_notes
    return changes
