"""The families' hotline: inquiries about a person, matched to the registry, and the call-backs they are owed."""

import dataclasses

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import MessagingError
from micic_planner.core.filters import NationalFilter
from micic_planner.core.i18n import _
from micic_planner.core.messaging.inquiry import Inquiry
from micic_planner.core.models import National
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.messaging.inquiry_notes_store import note_counts, notes_of
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.registry_search import has_search_text, search_ids

FIELDS = [f.name for f in dataclasses.fields(Inquiry) if f.name not in ("id", "created_at", "by_user", "extra")]
COLUMNS = ("id", "created_at", "by_user", *FIELDS)


class HotlineStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.TAKE_CALLS)
    def log(self, inquiry: Inquiry) -> int:
        """Record an inquiry as taken; returns its id."""
        inquiry.check()
        values = [getattr(inquiry, f) for f in FIELDS]
        with self.db.atomic():
            inquiry.id = self.db.execute(
                f"INSERT INTO inquiries (created_at, by_user, {', '.join(FIELDS)}) VALUES (?, ?, "
                f"{', '.join('?' * len(FIELDS))})", [utc_now(), self.store.user_name, *values]).lastrowid
        return inquiry.id

    @requires(Action.TAKE_CALLS)
    def get(self, inquiry_id: int) -> Inquiry:
        row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM inquiries WHERE id = ?", [inquiry_id]).fetchone()
        if row is None:
            raise MessagingError(_("There is no inquiry {id}.").format(id=inquiry_id))
        return Inquiry(**dict(zip(COLUMNS, row)))

    @requires(Action.TAKE_CALLS)
    def inquiries(self, open_only: bool = False, limit: int = 500) -> list[Inquiry]:
        sql = f"SELECT {', '.join(COLUMNS)} FROM inquiries"
        if open_only:
            sql += " WHERE outcome = ''"
        rows = self.db.execute(sql + " ORDER BY id DESC LIMIT ?", [limit]).fetchall()
        return [Inquiry(**dict(zip(COLUMNS, r))) for r in rows]

    @requires(Action.TAKE_CALLS)
    def notes(self, inquiry_id: int) -> list[dict]:
        """What Person Finder's notes said about the person sought (at, status, author, text, file), latest first."""
        return notes_of(self.db, inquiry_id)

    @requires(Action.TAKE_CALLS)
    def note_counts(self, inquiry_ids: list[int]) -> dict[int, int]:
        return note_counts(self.db, list(inquiry_ids))

    @requires(Action.TAKE_CALLS)
    def due(self, at: str | None = None) -> list[Inquiry]:
        """Call-backs not yet made whose time has come (by `at`, default now), the most overdue first.

        Compared to the second: a due time typed as 10:00:00Z and a stamp with fractions must order as times.
        """
        rows = self.db.execute(
            f"SELECT {', '.join(COLUMNS)} FROM inquiries WHERE callback_done_at = '' AND callback_due != '' "
            "AND substr(callback_due, 1, 19) <= substr(?, 1, 19) ORDER BY callback_due", [at or utc_now()]).fetchall()
        return [Inquiry(**dict(zip(COLUMNS, r))) for r in rows]

    @requires(Action.TAKE_CALLS)
    def called_back(self, inquiry_id: int, outcome: str, told: str = "") -> Changes:
        """The call-back was made: what the caller was told and how the inquiry ends."""
        inquiry = self.get(inquiry_id)
        inquiry.outcome, inquiry.callback_done_at = outcome, utc_now()
        inquiry.told = "\n".join(t for t in (inquiry.told, told) if t)
        inquiry.check()
        with self.db.atomic():
            self.db.execute("UPDATE inquiries SET outcome = ?, callback_done_at = ?, told = ? WHERE id = ?",
                            [inquiry.outcome, inquiry.callback_done_at, inquiry.told, inquiry_id])
        return changed("inquiries", count=1, ids=(inquiry_id,))

    @requires(Action.TAKE_CALLS)
    def link(self, inquiry_id: int, national_id: int | None) -> Changes:
        with self.db.atomic():
            self.db.execute("UPDATE inquiries SET national_id = ? WHERE id = ?", [national_id, inquiry_id])
        return changed("inquiries", count=1, ids=(inquiry_id,))

    @requires(Action.VIEW_REGISTRY)
    def find_sought(self, name: str, limit: int = 10) -> list[tuple]:
        """(id, family names, given names, place, status) of the nationals the name may be, accents not needed."""
        flt = NationalFilter(text=name)
        if not has_search_text(flt):
            return []
        ids, _more = search_ids(self.store, flt, cap=limit)
        if not ids:
            return []
        rows = {r[0]: tuple(r) for r in self.db.execute(
            "SELECT id, family_names, given_names, place, status FROM nationals "
            f"WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        return [rows[i] for i in ids if i in rows]

    @requires(Action.TAKE_CALLS, Action.EDIT_REGISTRY)
    def register_sought(self, inquiry_id: int, given_names: str, family_names: str) -> int:
        """Add the person sought to the registry (from what the caller knew) and link the inquiry to them."""
        inquiry = self.get(inquiry_id)
        if not given_names.strip() or not family_names.strip():
            raise MessagingError(_("Both the given and the family names are needed to add someone to the registry."))
        national = National(given_names.strip(), family_names.strip(), place=inquiry.last_known_place,
                            notes=_("Added from hotline inquiry {id} ({caller}, {relationship}).").format(
                                id=inquiry_id, caller=inquiry.caller_name, relationship=inquiry.relationship))
        with self.db.atomic():
            self.store.nationals.add(national)
            self.db.execute("UPDATE inquiries SET national_id = ? WHERE id = ?", [national.id, inquiry_id])
        return national.id

    @requires(Action.TAKE_CALLS, Action.EXPORT_PARTNERS)
    def for_person_finder(self) -> list[Inquiry]:
        """The open inquiries about people not in the registry, for Person Finder; the export is audited."""
        found = [i for i in self.inquiries(open_only=True, limit=1_000_000) if i.national_id is None]
        self.store.audit.record("inquiries_exported_pfif", {"inquiries": [i.id for i in found]})
        return found
