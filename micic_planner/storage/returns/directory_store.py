"""The directory of return programmes and services at home, kept in the post file, and its proposals."""

from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.returns.directory import Programme, Service, eligible, nearest_services
from micic_planner.core.security import Action
from micic_planner.storage.mapping import from_row, to_row
from micic_planner.storage.permissions import Guarded, any_role, requires


class DirectoryStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.EDIT_PLAN)
    def save(self, entries: list[Programme | Service]) -> Changes:
        """Add or replace programmes (by name) and services (by name and municipality), in one transaction."""
        with self.db.atomic():
            for entry in entries:
                if not entry.name.strip():
                    raise ValidationError("name", _("A directory entry needs its name."))
                table = "return_programmes" if isinstance(entry, Programme) else "return_services"
                row = to_row(entry)
                self.db.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) VALUES "
                                f"({', '.join('?' * len(row))})", list(row.values()))
        return changed("return_programmes", "return_services", count=len(entries))

    # The directory names organisations, never a person: every role may read it.
    @any_role
    def programmes(self) -> list[Programme]:
        return self._read(Programme, "return_programmes")

    @any_role
    def services(self) -> list[Service]:
        return self._read(Service, "return_services")

    def _read(self, cls, table: str) -> list:
        cursor = self.db.execute(f"SELECT * FROM {table} ORDER BY name")
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, r))) for r in cursor.fetchall()]

    @requires(Action.VIEW_RETURNS)
    def proposals(self, case_id: int, day: date | None = None) -> tuple[list[Programme], list[Service]]:
        """The programmes the case is eligible for and the services nearest its municipality of return."""
        from micic_planner.storage.returns.case_store import ReturnStore

        case = ReturnStore(self.store)._case(case_id)
        return (eligible(self.programmes(), case, day or date.today()),
                nearest_services(self.services(), case.return_country, case.return_municipality))
