"""PFIF notes that answer a hotline inquiry: found by the record id `inquiry pfif` wrote, else by the name sought."""

import re
import unicodedata
from dataclasses import dataclass

# The record id `inquiry pfif` gives the person an inquiry seeks: "micic.<post>/inquiry-<id>".
_INQUIRY_ID = re.compile(r"micic\.[^/]+/inquiry-(\d+)")


def pfif_domain(post_uuid: str | None) -> str:
    """The PFIF domain of this post's records, as every export writes it."""
    return f"micic.{post_uuid or 'post'}"


def inquiry_record_id(domain: str, inquiry_id: int) -> str:
    return f"{domain}/inquiry-{inquiry_id}"


def is_inquiry_record(person_record_id: str) -> bool:
    """Whether a PFIF person is a hotline's person sought (any post's), not a registry record."""
    return bool(_INQUIRY_ID.fullmatch(person_record_id or ""))


def inquiry_of(person_record_id: str, domain: str) -> int | None:
    """The id of this post's inquiry a PFIF record id stands for, or None (another post's, or a person's)."""
    match = _INQUIRY_ID.fullmatch(person_record_id or "")
    if match and person_record_id == inquiry_record_id(domain, int(match.group(1))):
        return int(match.group(1))
    return None


def name_key(name: str) -> tuple[str, ...]:
    """A name with case, accents, punctuation and word order left out: "PÉREZ, José" is "José Perez"."""
    decomposed = unicodedata.normalize("NFKD", (name or "").casefold())
    plain = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return tuple(sorted(plain.split()))


@dataclass(frozen=True)
class InquiryNote:
    """A note of a PFIF file with whom it is about: the person's record id and, when the file has it, name."""

    note_id: str
    person_id: str
    person_name: str = ""
    status: str = ""  # PFIF's own status ("believed_alive"), shown as the sender wrote it
    at: str = ""
    author: str = ""
    text: str = ""

    @property
    def key(self) -> str:
        """The note's identity across files: the sender's id, else what it says and when."""
        return self.note_id or f"{self.person_id}|{self.at}|{self.text}"
