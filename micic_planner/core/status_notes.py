"""Status notes that name a person by record id (PFIF notes sent on their own), and what became of each."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StatusNote:
    """One note: whom it names, the status it asserts (ours, or "" for news without a status), and when."""

    note_id: str  # the sender's id of the note, to name it in the report
    person_id: str  # the person's record id as the file writes it
    key: str  # the national's record id (uuid) that id stands for in this program
    status: str = ""
    at: str = ""  # when the news was true (ISO 8601); "" when the file does not say
    text: str = ""


@dataclass
class NotesOutcome:
    """Which notes changed a status, which added only their text, and which were not used, with why."""

    applied: list[StatusNote] = field(default_factory=list)
    texts: list[StatusNote] = field(default_factory=list)  # news without a status, added to the person's notes
    same: list[StatusNote] = field(default_factory=list)  # asserts the status the registry already has
    kept: list[StatusNote] = field(default_factory=list)  # the registry's status is newer or more specific
    superseded: list[StatusNote] = field(default_factory=list)  # a later note of the same file won
    unmatched: list[StatusNote] = field(default_factory=list)  # names nobody in the registry

    @property
    def total(self) -> int:
        return sum(len(x) for x in (self.applied, self.texts, self.same, self.kept, self.superseded,
                                               self.unmatched))

    @property
    def used(self) -> int:
        return len(self.applied) + len(self.texts) + len(self.same)


def latest_per_person(notes: list[StatusNote]) -> dict[str, tuple[StatusNote | None, list[StatusNote]]]:
    """Per national key: the latest note with a status (it alone may change the status) and the rest.

    Notes are ordered by their date; an undated note counts as the oldest, since nothing says it is
    newer than a dated one.
    """
    grouped: dict[str, list[StatusNote]] = {}
    for note in notes:
        grouped.setdefault(note.key, []).append(note)
    result = {}
    for key, items in grouped.items():
        with_status = sorted((n for n in items if n.status), key=lambda n: n.at)
        latest = with_status[-1] if with_status else None
        result[key] = (latest, [n for n in items if n is not latest])
    return result
