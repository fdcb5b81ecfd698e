"""Applying an import to the registry in one transaction, merging duplicates, and saved column mappings."""

from collections.abc import Callable, Iterable
from pathlib import Path

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.import_job import ImportOutcome, ImportPipeline
from micic_planner.core.messaging.inquiry_notes import InquiryNote, pfif_domain
from micic_planner.core.security import Action
from micic_planner.core.status_notes import StatusNote
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.messaging.inquiry_notes_store import attach_inquiry_notes
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.records import _IntegrityErrors
from micic_planner.storage.retention_store import expiry_of
from micic_planner.storage.status_notes_store import apply_status_notes

_CHUNK = 500


class RegistryLookup:
    """The stored side of duplicate detection: indexed look-ups of a batch of keys."""

    def __init__(self, db):
        self.db = db
        # Rows the import itself inserts are visible on this connection; only what was there before counts.
        self.max_id = db.execute("SELECT coalesce(max(id), 0) FROM nationals").fetchone()[0]

    @property
    def empty(self) -> bool:
        return self.max_id == 0

    def _many(self, sql: str, keys: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        if self.empty:
            return rows
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            rows += self.db.execute(sql.format(marks=", ".join("?" * len(chunk))) + " AND id <= ?",
                                    [*chunk, self.max_id]).fetchall()
        return rows

    def by_uuids(self, uuids: list[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for row_id, uuid in self._many("SELECT id, uuid FROM nationals WHERE uuid IN ({marks})", uuids):
            found.setdefault(uuid, []).append(row_id)
        return found

    def by_documents(self, docs: list[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        # Each column is read from its own index alone (covering, no table page), once for each match.
        for column in ("passport_no", "consular_id"):
            for row_id, doc in self._many(f"SELECT id, {column} FROM nationals WHERE {column} IN ({{marks}})", docs):
                found.setdefault(doc, []).append(row_id)
        for ids in found.values():
            ids.sort()
        return found

    def by_phones(self, phones: list[str]) -> dict[str, list[tuple[int, str, str, str]]]:
        found: dict[str, list[tuple[int, str, str, str]]] = {}
        wanted = set(phones)
        # With the name and date of birth: a family shares one phone, so a phone alone is a weak match.
        for row_id, phone, phone2, family, given, birth in self._many(
                "SELECT id, phone, phone2, family_names, given_names, coalesce(birth_date, '') FROM nationals "
                "WHERE phone IN ({marks})", phones):
            for p in (phone, phone2):
                if p in wanted:
                    found.setdefault(p, []).append((row_id, family, given, birth))
        return found

    def by_birth_dates(self, dates: list[str]) -> dict[str, list[tuple[int, str, str]]]:
        found: dict[str, list[tuple[int, str, str]]] = {}
        # Read from the covering index idx_nationals_birth_name (m007): no table page is touched.
        for row_id, birth, family, given in self._many(
                "SELECT id, birth_date, family_names, given_names FROM nationals WHERE birth_date IN ({marks})",
                dates):
            found.setdefault(birth, []).append((row_id, family, given))
        return found


class ImportStore(Guarded):
    """Saved mappings per source, and `apply`: an import pass written whole or not at all."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.IMPORT)
    def lookup(self) -> RegistryLookup:
        return RegistryLookup(self.db)

    @requires(Action.IMPORT)
    def zones(self) -> dict[str, int]:
        """Zone names and codes to their ids, for reading the zone column of a file."""
        table: dict[str, int] = {}
        for zone_id, name, code in self.db.execute("SELECT id, name, code FROM zones ORDER BY id"):
            table.setdefault(name, zone_id)
            if code:
                table.setdefault(code, zone_id)
        return table

    @requires(Action.IMPORT)
    def saved_mapping(self, source: str) -> tuple[str, str] | None:
        """(mapping JSON, region) last used for `source`, or None."""
        row = self.db.execute("SELECT mapping, region FROM import_mappings WHERE source = ?", [source]).fetchone()
        return (row[0], row[1]) if row else None

    @requires(Action.IMPORT)
    def sources(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT source FROM import_mappings ORDER BY source")]

    @requires(Action.IMPORT)
    def save_mapping(self, source: str, mapping_json: str, region: str = "") -> Changes:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO import_mappings (source, mapping, region, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping, region = excluded.region, "
                "updated_at = excluded.updated_at", [source, mapping_json, region, utc_now()])
        return changed("import_mappings", count=1)

    @requires(Action.IMPORT)
    def apply(self, pipeline: ImportPipeline, rows: Iterable[tuple[int, list]], *, file_name: str | Path = "",
              source: str = "", expected: int = 0, progress: Callable[[int], None] | None = None,
              notes: list[StatusNote] | None = None,
              person_notes: list[StatusNote] | None = None,
              inquiry_notes: list[InquiryNote] | None = None) -> tuple[ImportOutcome, Changes]:
        """Insert the accepted rows, merge the duplicates and apply `notes` (about people named by
        record id) in one transaction. `person_notes` (the status notes of the file's own persons) change
        only nationals stored under the same record id, such as rows skipped as duplicates;
        `inquiry_notes` (every note of a PFIF file) go to the hotline inquiries about the same person.

        Any exception, including the pipeline's refusal of a file with errors, rolls everything back.
        """
        nationals = self.store.nationals
        registry = pipeline.finder.registry if pipeline.finder is not None else None
        if registry is not None and not getattr(registry, "empty", True):
            expected = 0  # keep the indexes while loading: the duplicate look-ups use them
        with _IntegrityErrors(), self.db.atomic():
            inserted = nationals.bulk_insert(pipeline.columns, pipeline.run(rows), progress=progress,
                                             expected=expected)
            merged_ids = tuple(self._merge(target, values, row, file_name, pipeline.outcome)
                               for target, values, row in pipeline.merges)
            outcome = pipeline.outcome
            if inquiry_notes:
                post = self.store.post()
                attached = attach_inquiry_notes(self.db, pfif_domain(post.uuid if post else None), inquiry_notes,
                                                file_name)
                outcome.inquiry_notes, outcome.inquiries_noted = attached.added, len(attached.inquiries)
            if notes:
                outcome.notes = apply_status_notes(self.db, self.store.user_name, notes, file_name)
                if (not outcome.report.rows and len(outcome.notes.unmatched) == outcome.notes.total
                        and not outcome.inquiries_noted):
                    raise ImportFileError(
                        _("None of the {count} notes of this file names a national of this post; nothing was "
                          "imported.").format(count=len(notes)), where=str(file_name) or None,
                        hint=_("Notes find people by their record id (person_record_id): import the persons "
                               "first, or ask the sender for a file with them."))
            if inquiry_notes and not notes and not outcome.report.rows and not outcome.inquiries_noted:
                raise ImportFileError(
                    _("None of the {count} notes of this file is about a national of this post or a person its "
                      "hotline seeks; nothing was imported.").format(count=len(inquiry_notes)),
                    where=str(file_name) or None,
                    hint=_("Notes on a person sought find the inquiry by the record id `inquiry pfif` wrote, "
                           "or by the name of a person in the same file."))
            self.db.execute(
                "INSERT INTO import_log (at, by_user, file_name, source, rows, inserted, merged, skipped) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [utc_now(), self.store.user_name, Path(str(file_name)).name, source, outcome.report.rows,
                 outcome.inserted, outcome.merged, outcome.skipped])
            if person_notes:
                outcome.statuses_from_notes = len(apply_status_notes(self.db, self.store.user_name, person_notes,
                                                                     file_name).applied)
        noted = len(outcome.notes.applied) + len(outcome.notes.texts) if outcome.notes else 0
        noted += outcome.statuses_from_notes
        changes = inserted | changed("nationals", count=len(merged_ids) + noted, ids=merged_ids)
        if outcome.inquiries_noted:
            changes = changes | changed("inquiries", count=outcome.inquiries_noted)
        return outcome, changes | changed("import_log")

    def _merge(self, target: tuple[str, object], values: dict, row: int, file_name, outcome: ImportOutcome) -> int:
        from micic_planner.core.accountability import should_apply
        from micic_planner.core.duplicates import merge_values

        key, ident = target
        cursor = self.db.execute(f"SELECT * FROM nationals WHERE {'id' if key == 'id' else 'uuid'} = ?", [ident])
        found = cursor.fetchone()
        names = [d[0] for d in cursor.description]
        existing = dict(zip(names, found))
        incoming_at = values.pop("status_at", None)
        changes = merge_values(existing, values)
        now = utc_now()
        if changes:
            changes["updated_at"] = now
            changes["record_expiry"] = expiry_of(self.db, now)  # the retention rule, not the file's date
            self.db.execute(f"UPDATE nationals SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                            [*changes.values(), existing["id"]])
        status = values.get("status") or ""
        current_at = self.db.execute("SELECT max(at) FROM status_events WHERE national_id = ?",
                                     [existing["id"]]).fetchone()[0]
        if should_apply(existing["status"], current_at, status, incoming_at):
            # The history says where the new status came from; an unchanged status writes nothing.
            note = f"{Path(str(file_name)).name}, row {row}" if file_name else f"row {row}"
            self.db.execute(
                "INSERT INTO status_events (national_id, status, previous, at, by_user, source, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [existing["id"], status, existing["status"], now, self.store.user_name, "import", note])
            self.db.execute("UPDATE nationals SET status = ? WHERE id = ?", [status, existing["id"]])
        elif status not in ("", "not_contacted", existing["status"]):
            outcome.statuses_kept += 1
        return existing["id"]
