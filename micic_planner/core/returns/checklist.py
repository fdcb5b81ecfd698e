"""The checklist for a safe and dignified return, per case and as the office's self-assessment (issue 16.7).

The items come from `plans/return_checklist.json`, each with the document and section it rests on. The
UN Network on Migration's own Checklist could not be read (its items are marked unconfirmed there), so
the items are built along its three stages from the texts that could: GCM paragraph 37 and others. A
case marks each item done, not applicable, or a gap; the office rates its practice on each item as in
place, partly, or not yet, and the printed self-assessment lists the gaps (partly, not yet) first.
"""

import enum
import json
from dataclasses import dataclass
from functools import cache

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _, translate
from micic_planner.core.paths import plans_path

FILE = "return_checklist.json"


class Stage(enum.Enum):
    PRE_RETURN = "Pre-Return"
    RETURN = "Return"
    POST_RETURN = "Post-return and Reintegration"

    def label(self, lang: str | None = None) -> str:
        return translate(self.value, lang)


class CaseMark(enum.Enum):
    """How an item stands in one case."""
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    GAP = "gap"

    def label(self, lang: str | None = None) -> str:
        return translate(_CASE_MARKS[self], lang)


class PracticeMark(enum.Enum):
    """How the office's practice stands on an item."""
    IN_PLACE = "in_place"
    PARTLY = "partly"
    NOT_YET = "not_yet"

    def label(self, lang: str | None = None) -> str:
        return translate(_PRACTICE_MARKS[self], lang)


_CASE_MARKS = {CaseMark.DONE: "Done", CaseMark.NOT_APPLICABLE: "Not applicable", CaseMark.GAP: "Gap"}
_PRACTICE_MARKS = {PracticeMark.IN_PLACE: "In place", PracticeMark.PARTLY: "Partly", PracticeMark.NOT_YET: "Not yet"}
# The printed self-assessment: gaps first, the widest first; then what is not rated; then what is in place.
GAPS = (PracticeMark.NOT_YET, PracticeMark.PARTLY)


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    section: str


@dataclass(frozen=True)
class Item:
    key: str
    stage: Stage
    text: str  # English; shown through the catalogue
    source: Source
    section: str  # where in the source

    def label(self, lang: str | None = None) -> str:
        return translate(self.text, lang)

    def citation(self) -> str:
        """The document, the place in it and its address, as printed under a gap."""
        return f"{self.source.title}, {self.section}. {self.source.url}"


@dataclass
class Mark:
    """An item's mark in a case or in the office's practice, with who set it and when (UTC)."""
    item: Item
    mark: CaseMark | PracticeMark | None = None
    note: str = ""
    by_user: str = ""
    at: str = ""


def parse(data: dict, where: str = FILE) -> tuple[Item, ...]:
    """The items of the checklist file, every one with a known stage and a source that names its address."""
    sources = {}
    for key, s in data.get("sources", {}).items():
        if not str(s.get("url", "")).startswith("https://") or not str(s.get("section", "")).strip():
            raise ValidationError("sources", _("The source {key} has no address or no section.").format(key=key),
                                  where=where, hint=_("Give each source its https address and section."))
        sources[key] = Source(s.get("title") or key, s["url"], s["section"])
    rows = data.get("items")
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValidationError("items", _("The checklist file lists no items."), where=where,
                              hint=_("Give 'items' as a list, each item with its key, stage, text, source and "
                                     "section."))
    items, seen = [], set()
    for row in rows:
        key = str(row.get("key", "")).strip()
        if not key or key in seen:
            raise ValidationError("key", _("An item has no key, or a key used twice: {key}.").format(key=key or "?"),
                                  where=where, hint=_("Give every item its own key."))
        seen.add(key)
        try:
            stage = Stage(row.get("stage"))
        except ValueError:
            raise ValidationError("stage", _("The item {key} has an unknown stage.").format(key=key), where=where,
                                  hint=_("Use one of: {stages}.").format(stages=", ".join(s.value for s in Stage))
                                  ) from None
        if row.get("source") not in sources or not str(row.get("section", "")).strip() \
                or not str(row.get("text", "")).strip():
            raise ValidationError("source", _("The item {key} has no text, no source or no section.").format(key=key),
                                  where=where, hint=_("Name a key of 'sources' and the section the item rests on."))
        items.append(Item(key, stage, row["text"], sources[row["source"]], row["section"]))
    return tuple(items)


@cache
def items() -> tuple[Item, ...]:
    """The checklist's items in the order of the file (stage by stage)."""
    return parse(json.loads(plans_path(FILE).read_text(encoding="utf-8")))


def item(key: str) -> Item:
    found = next((i for i in items() if i.key == key), None)
    if found is None:
        raise ValidationError("item", _("No checklist item has the key {key}.").format(key=key),
                              hint=_("The keys are: {keys}.").format(keys=", ".join(i.key for i in items())))
    return found


def case_mark(text: str) -> CaseMark:
    try:
        return CaseMark(text.strip().lower().replace("-", "_"))
    except ValueError:
        raise ValidationError("mark", _("Unknown mark: {mark}.").format(mark=text), hint=_(
            "Use one of: {marks}.").format(marks=", ".join(m.value for m in CaseMark))) from None


def practice_mark(text: str) -> PracticeMark:
    try:
        return PracticeMark(text.strip().lower().replace("-", "_"))
    except ValueError:
        raise ValidationError("mark", _("Unknown mark: {mark}.").format(mark=text), hint=_(
            "Use one of: {marks}.").format(marks=", ".join(m.value for m in PracticeMark))) from None


def check_case_mark(mark: CaseMark | None, note: str) -> None:
    """A gap says what is missing, so whoever comes next knows what to do."""
    if mark is CaseMark.GAP and not note.strip():
        raise ValidationError("note", _("A gap needs a note saying what is missing."),
                              hint=_("Write what is missing and who will see to it."))


def gaps_first(marks: list[Mark]) -> tuple[list[Mark], list[Mark], list[Mark]]:
    """The self-assessment as printed: the gaps (not yet, then partly), the items not rated, those in place."""
    gaps = [m for g in GAPS for m in marks if m.mark is g]
    return gaps, [m for m in marks if m.mark is None], [m for m in marks if m.mark is PracticeMark.IN_PLACE]
