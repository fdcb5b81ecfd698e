"""The registers of emergency travel documents issued and assistance given during a crisis."""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import Assistance, DocumentIssued, DocumentKind, LogKind
from micic_planner.core.errors import CrisisError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage import crisis_authority
from micic_planner.storage.mapping import from_row, to_row
from micic_planner.storage.permissions import Guarded, requires


class AidStore(Guarded):
    def __init__(self, crises):
        self.crises = crises
        self.store = crises.store
        self.db = crises.db

    def _national_name(self, national_id: int) -> str:
        row = self.db.execute("SELECT family_names || ', ' || given_names FROM nationals WHERE id = ?",
                              [national_id]).fetchone()
        if row is None:
            raise CrisisError(_("No national has the id {ids}; nothing was changed.").format(ids=national_id),
                              hint=_("Check the list and try again."))
        return row[0]

    @requires(Action.VIEW_REGISTRY)
    def next_number(self, kind: DocumentKind, on: date | None = None) -> str:
        """The next free number of this kind this year, carrying the site: "SC-2024-3F9A0C-00012".

        On a crisis cell laptop the number is the host's (asked of it, or from the range it handed this
        laptop): it is held for this laptop until a document is issued with it, so asking again gives it again.
        """
        if not crisis_authority.is_cell_copy(self.db):
            return crisis_authority.preview(self.db, kind, on)
        held = self.store.__dict__.setdefault("_held_numbers", {})
        key = (kind, (on or date.today()).year)
        if key not in held:
            held[key] = crisis_authority.cell_number(self.store, kind, on)
        return held[key]

    @requires(Action.GIVE_AID)
    def issue(self, doc: DocumentIssued) -> Changes:
        if not doc.number.strip():
            raise CrisisError(_("A travel document needs a number."))
        name = self._national_name(doc.national_id)
        taken = self.db.execute("SELECT 1 FROM documents_issued WHERE number = ?", [doc.number]).fetchone()
        if taken:
            raise CrisisError(_("Document number {number} has already been issued.").format(number=doc.number),
                              hint=_("Use the next free number."))
        doc.by_user = doc.by_user or self.crises.user
        row = to_row(doc)
        cell = crisis_authority.is_cell_copy(self.db)
        with self.db.atomic():
            if not cell:  # one of this site's numbers given to a laptop of its cell is not issued twice
                crisis_authority.claim(self.db, doc.number)
            cursor = self.db.execute(
                f"INSERT INTO documents_issued ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            doc.id = cursor.lastrowid
            self.crises._log(doc.crisis_id, LogKind.DOCUMENT, "{} {} issued to {}",
                            (doc.kind.label_en, doc.number, name), count=1, ref_id=doc.id)
        if cell:
            held = self.store.__dict__.get("_held_numbers", {})
            for key in [k for k, v in held.items() if v == doc.number]:
                del held[key]
        return changed("documents_issued", "crisis_log", count=1, ids=(doc.id,))

    @requires(Action.GIVE_AID)
    def give(self, aid: Assistance) -> Changes:
        name = self._national_name(aid.national_id)
        aid.by_user = aid.by_user or self.crises.user
        partner = ""
        if aid.partner_id is not None:
            row = self.db.execute("SELECT name FROM partners WHERE id = ?", [aid.partner_id]).fetchone()
            partner = row[0] if row else ""
        row = to_row(aid)
        with self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO assistance ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            aid.id = cursor.lastrowid
            self.crises._log(aid.crisis_id, LogKind.ASSISTANCE, "{} given to {}" + (" with {}" if partner else ""),
                            (aid.kind.label_en, name, *([partner] if partner else [])), count=1, ref_id=aid.id)
        return changed("assistance", "crisis_log", count=1, ids=(aid.id,))

    @requires(Action.VIEW_REGISTRY)
    def documents(self, crisis_id: int) -> list[tuple[DocumentIssued, str]]:
        return self._read(DocumentIssued, "documents_issued", crisis_id, "t.issued_on, t.id")

    @requires(Action.VIEW_REGISTRY)
    def assistance(self, crisis_id: int) -> list[tuple[Assistance, str]]:
        return self._read(Assistance, "assistance", crisis_id, "t.given_on, t.id")

    def _read(self, cls, table: str, crisis_id: int, order: str) -> list:
        cursor = self.db.execute(
            f"SELECT t.*, n.family_names || ', ' || n.given_names AS national_name FROM {table} t "
            f"JOIN nationals n ON n.id = t.national_id WHERE t.crisis_id = ? ORDER BY {order}", [crisis_id])
        names = [d[0] for d in cursor.description]
        out = []
        for r in cursor.fetchall():
            row = dict(zip(names, r))
            out.append((from_row(cls, row), row["national_name"]))
        return out

