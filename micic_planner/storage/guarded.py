"""The records and the registry as the signed-in user may use them: each call checks the role first.

The check lives here, under every front, so a call the role may not make raises whatever a
window shows; fields the role may not see come back blank.
"""

import dataclasses
from collections.abc import Callable

from micic_planner.core.changes import Changes
from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.i18n import _
from micic_planner.core.models import National
from micic_planner.core.security import Action, Session
from micic_planner.storage.audit import AuditLog
from micic_planner.storage.nationals import LIST_COLUMNS, Nationals
from micic_planner.storage.permissions import any_role, checks_inside, requires
from micic_planner.storage.records import Records
from micic_planner.storage.retention_store import EXPIRY_SQL


class GuardedRecords(Records):
    def __init__(self, db, session: Callable[[], Session]):
        super().__init__(db)
        self.session = session

    # The plan's records (places, routes, partners, team) are what every role works from.
    @any_role
    def table(self, cls) -> str:
        return super().table(cls)

    @requires(Action.VIEW_REGISTRY)
    def get(self, cls, record_id: int):
        return super().get(cls, record_id)

    @requires(Action.VIEW_REGISTRY)
    def list(self, cls, where: str = "", params=(), order_by: str = "id"):
        return super().list(cls, where, params, order_by)

    @requires(Action.EDIT_PLAN)
    def add(self, obj) -> Changes:
        return super().add(obj)

    @requires(Action.EDIT_PLAN)
    def add_many(self, objects) -> Changes:
        return super().add_many(objects)

    @requires(Action.EDIT_PLAN)
    def update(self, obj) -> Changes:
        return super().update(obj)

    @requires(Action.EDIT_PLAN)
    def delete(self, cls, record_id: int) -> Changes:
        return super().delete(cls, record_id)


def _blank(field: dataclasses.Field):
    if field.default is not dataclasses.MISSING:
        return field.default
    return field.default_factory()  # type: ignore[misc]


class GuardedNationals(Nationals):
    def __init__(self, db, user: Callable[[], str], session: Callable[[], Session], audit: AuditLog):
        super().__init__(db, user=user)
        self.session = session
        self.audit = audit

    # -- reading -------------------------------------------------------------
    def _reading(self, flt=None) -> Session:
        session = self.session()
        session.require(Action.VIEW_REGISTRY)
        # Filtering on a hidden field would reveal it one count at a time.
        if flt is not None and flt.vulnerability and not session.visible("vulnerabilities"):
            raise PermissionDeniedError(_("Your role may not filter on vulnerabilities."),
                                        hint=_("Ask a consular officer for this list."))
        return session

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def redact(self, national: National) -> National:
        """`national` with the fields the signed-in role may not see blanked."""
        session = self.session()
        hidden = {f.name: _blank(f) for f in dataclasses.fields(National) if not session.visible(f.name)}
        return dataclasses.replace(national, **hidden) if hidden else national

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def get(self, national_id: int) -> National:
        self._reading()
        return self.redact(super().get(national_id))

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def count(self, flt=None) -> int:
        self._reading(flt)
        return super().count() if flt is None else super().count(flt)

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def page(self, flt, offset: int, limit: int, order: str = "family_names", descending: bool = False,
             total: int | None = None, columns=LIST_COLUMNS) -> list[tuple]:
        session = self._reading(flt)
        rows = super().page(flt, offset, limit, order, descending, total, columns)
        hidden = [i for i, name in enumerate(columns) if not session.visible(name)]
        if not hidden:
            return rows
        return [tuple(None if i in hidden else v for i, v in enumerate(row)) for row in rows]

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def ids(self, flt) -> list[int]:
        self._reading(flt)
        return super().ids(flt)

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def household_members(self, household: str) -> list[National]:
        self._reading()
        return [self.redact(n) for n in super().household_members(household)]

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def status_history(self, national_id: int) -> list[dict]:
        self._reading()
        return super().status_history(national_id)

    @checks_inside(Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED)
    def profile_rows(self):
        self._reading()
        session = self.session()
        if session.visible("vulnerabilities"):
            return super().profile_rows()
        return ((z, 0, h, lat, lon, ap, st) for z, _v, h, lat, lon, ap, st in super().profile_rows())

    # -- writing -------------------------------------------------------------
    @requires(Action.EDIT_REGISTRY)
    def add(self, national: National) -> Changes:
        return super().add(national)  # which stamps the expiry from the retention rule

    @requires(Action.EDIT_REGISTRY)
    def update(self, national: National, source: str = "", note: str = "") -> Changes:
        return super().update(national, source, note)

    @requires(Action.EDIT_REGISTRY)
    def delete(self, national_id: int) -> Changes:
        return super().delete(national_id)

    @requires(Action.IMPORT)
    def bulk_insert(self, columns, rows, progress=None, expected: int = 0) -> Changes:
        """An import: logged as one entry with its count, not row by row."""
        # One transaction: the import and its log entry land together or not at all.
        with self.audit.bulk("nationals", "assignments"), self.db.atomic():
            last = self.db.execute("SELECT coalesce(max(id), 0) FROM nationals").fetchone()[0]
            result = super().bulk_insert(columns, rows, progress, expected)
            # The retention rule, whatever expiry the file carried: counted from this import.
            self.db.execute(f"UPDATE nationals SET record_expiry = {EXPIRY_SQL} WHERE id > ?", [last])
            self.audit.record("import", {"table": "nationals", "rows": result.count})
        return result
