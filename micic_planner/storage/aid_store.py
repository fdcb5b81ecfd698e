"""The registers of emergency travel documents issued and assistance given during a crisis."""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import Assistance, DocumentIssued, DocumentKind, LogKind
from micic_planner.core.errors import CrisisError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage.mapping import from_row, to_row
from micic_planner.storage.permissions import Guarded, requires

PREFIX = {DocumentKind.SAFE_CONDUCT: "SC", DocumentKind.LAISSEZ_PASSER: "LP"}


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
        """The next free number of this kind this year, such as "SC-2024-00012"."""
        year = (on or date.today()).year
        stem = f"{PREFIX[kind]}-{year}-"
        row = self.db.execute("SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM documents_issued "
                              "WHERE number LIKE ?", [len(stem) + 1, stem + "%"]).fetchone()
        return f"{stem}{(row[0] or 0) + 1:05d}"

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
        with self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO documents_issued ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
            doc.id = cursor.lastrowid
            self.crises._log(doc.crisis_id, LogKind.DOCUMENT, "{} {} issued to {}",
                            (doc.kind.label_en, doc.number, name), count=1, ref_id=doc.id)
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

