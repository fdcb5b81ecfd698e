"""One pass over an import file: check each row, find duplicates, and say what to insert and what to merge."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from micic_planner.core.duplicates import Candidate, DuplicateFinder
from micic_planner.core.errors import ImportRejectedError
from micic_planner.core.i18n import _, counted
from micic_planner.core.import_rows import RowValidator, ValidationReport
from micic_planner.core.status_notes import NotesOutcome

BATCH = 5_000
DUPLICATE_CHOICES = ("skip", "keep", "merge")


@dataclass
class ImportDecisions:
    """What the person decided: rows to skip, cells corrected, and what to do with each duplicate."""

    skip: set[int] = field(default_factory=set)
    fixes: dict[int, dict[int, str]] = field(default_factory=dict)  # row -> column index -> corrected text
    skip_invalid: bool = False  # skip every row with an error instead of refusing the whole file
    duplicates: str = "skip"  # for a duplicate with no choice of its own: skip, keep (both) or merge
    choices: dict[int, str] = field(default_factory=dict)  # row -> skip | keep | merge
    check_duplicates: bool = True


@dataclass
class ImportOutcome:
    report: ValidationReport
    candidates: list[Candidate] = field(default_factory=list)
    inserted: int = 0
    merged: int = 0
    skipped: int = 0
    statuses_kept: int = 0  # merged rows whose status lost to a newer or more specific one in the registry
    notes: NotesOutcome | None = None  # what became of the notes about people the file does not hold
    statuses_from_notes: int = 0  # nationals already stored under a row's record id whose status its notes changed
    inquiry_notes: int = 0  # PFIF notes newly attached to the hotline inquiries about the same person
    inquiries_noted: int = 0  # the inquiries those notes (new or already known) are about


class ImportPipeline:
    """Yields rows to insert (tuples for `validator.columns`) and collects merges in `merges`.

    After the rows run out, it raises ImportRejectedError if a row has an error the person
    neither fixed nor skipped, so that the caller's transaction rolls back: all or nothing.
    """

    def __init__(self, validator: RowValidator, decisions: ImportDecisions, new_uuid: Callable[[], str],
                 finder: DuplicateFinder | None = None, where: str = ""):
        self.validator = validator
        self.decisions = decisions
        self.new_uuid = new_uuid
        self.finder = finder if decisions.check_duplicates else None
        self.where = where
        self.outcome = ImportOutcome(ValidationReport())
        self.merges: list[tuple[tuple[str, object], dict, int]] = []  # (("id"|"uuid", key), values, row)
        self._targets: dict[int, tuple[str, object]] = {}
        self._track = decisions.duplicates == "merge" or "merge" in decisions.choices.values()
        self._uuid_at = self.validator.columns.index("uuid")
        # The stored columns: a file's status date only decides merges (`accountability.should_apply`).
        self._drop = validator.columns.index("status_at") if "status_at" in validator.columns else None
        self.columns = [c for c in validator.columns if c != "status_at"]

    @property
    def report(self) -> ValidationReport:
        return self.outcome.report

    def run(self, rows: Iterable[tuple[int, list]]) -> Iterator[tuple]:
        batch: list[tuple[int, tuple]] = []
        for row_no, values in rows:
            accepted = self._check(row_no, values)
            if accepted is not None:
                batch.append((row_no, accepted))
                if len(batch) >= BATCH:
                    yield from self._decide(batch)
                    batch = []
        if batch:
            yield from self._decide(batch)
        self._finish()

    def consume(self, rows: Iterable[tuple[int, list]]) -> ImportOutcome:
        """Run the whole pass without writing (a dry run, or the wizard's preview)."""
        for _row in self.run(rows):
            pass
        return self.outcome

    def _check(self, row_no: int, values: list) -> tuple | None:
        report = self.report
        report.rows += 1
        if row_no in self.decisions.skip:
            self.outcome.skipped += 1
            return None
        fixes = self.decisions.fixes.get(row_no)
        if fixes:
            values = list(values) + [""] * (max(fixes) + 1 - len(values))
            for index, text in fixes.items():
                values[index] = text
        record, issues = self.validator.check(row_no, values, self.new_uuid)
        if issues:
            report.issues.extend(issues)
            if self.decisions.skip_invalid:
                self.outcome.skipped += 1
            return None
        report.accepted += 1
        return record

    def _decide(self, batch: list[tuple[int, tuple]]) -> Iterator[tuple]:
        found: dict[int, list[Candidate]] = {}
        if self.finder is not None:
            columns = self.validator.columns
            for cand in self.finder.check_batch([(r, dict(zip(columns, rec))) for r, rec in batch]):
                found.setdefault(cand.row, []).append(cand)
            self.outcome.candidates.extend(c for cands in found.values() for c in cands)
        for row_no, record in batch:
            cands = found.get(row_no)
            choice = default_choice(cands, self.decisions.duplicates, self.decisions.choices.get(row_no))
            strong = [c for c in cands if not c.weak] if cands else []
            target = self._target(strong or cands) if choice == "merge" else None
            if choice == "skip":
                self.outcome.skipped += 1
            elif target is not None:
                values = dict(zip(self.validator.columns, record))
                self.merges.append((target, values, row_no))
                self._targets[row_no] = target
                self.outcome.merged += 1
            else:
                if cands and any(c.reason == "record" for c in cands):
                    # Both kept: the newcomer needs a record id of its own.
                    record = record[:self._uuid_at] + (self.new_uuid(),) + record[self._uuid_at + 1:]
                if self._track:
                    self._targets[row_no] = ("uuid", record[self._uuid_at])
                self.outcome.inserted += 1
                yield record if self._drop is None else record[:self._drop] + record[self._drop + 1:]

    def _target(self, cands: list[Candidate]) -> tuple[str, object] | None:
        """The record to merge into: a registry match first, else the earlier row (wherever it went)."""
        for cand in cands:
            if cand.existing_id is not None:
                return ("id", cand.existing_id)
        for cand in cands:
            if cand.other_row in self._targets:
                return self._targets[cand.other_row]
        return None

    def _finish(self) -> None:
        report = self.report
        if report.issues and not self.decisions.skip_invalid:
            rows = report.bad_rows
            raise ImportRejectedError(
                counted("{count} rows have errors (first: row {row}); nothing was imported.",
                        "{count} row has errors (row {row}); nothing was imported.",
                        count=len(rows), row=rows[0]), report, where=self.where or None,
                hint=_("Correct those rows or skip them, then import again; the validation report lists "
                       "every problem."))


def default_choice(cands: list[Candidate] | None, duplicates: str, chosen: str | None = None) -> str:
    """What happens to a row: the person's own choice, else keep it when its only matches are weak
    (a shared phone with another name or date of birth), else the choice for every duplicate."""
    if chosen:
        return chosen
    if not cands or all(c.weak for c in cands):
        return "keep"
    return duplicates


def report_csv(outcome: ImportOutcome, lang: str | None = None) -> str:
    """The validation report, then one line per possible duplicate, as CSV text."""
    import csv
    import io

    from micic_planner.core.i18n import translate

    text = outcome.report.to_csv(lang)
    if not outcome.candidates:
        return text
    out = io.StringIO()
    writer = csv.writer(out)
    reasons = {"record": "Same record ID", "document": "Same document number", "phone": "Same phone",
               "name": "Similar name and same date of birth",
               "weak": "Same phone only, another name or date of birth: kept"}
    for c in outcome.candidates:
        what = (translate("National #{id} in the registry", lang).format(id=c.existing_id)
                if c.existing_id is not None else translate("Row {row} of this file", lang).format(row=c.other_row))
        writer.writerow([c.row, translate("Possible duplicate", lang), what,
                         translate(reasons["weak" if c.weak else c.reason], lang), f"{c.score:.0f}"])
    return text + out.getvalue()
