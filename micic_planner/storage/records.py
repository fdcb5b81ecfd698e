"""Create, read, update and delete for every entity table but the nationals registry."""

from sqlite_utils import Database

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import NotFoundError, StorageError
from micic_planner.core.i18n import _
from micic_planner.core.models import ENTITY_TABLES
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.mapping import from_row, to_row, utc_now


class Records:
    def __init__(self, db: Database):
        self.db = db

    def table(self, cls) -> str:
        return ENTITY_TABLES[cls]

    def get(self, cls, record_id: int):
        row = self.db.execute(f"SELECT * FROM {self.table(cls)} WHERE id = ?", [record_id]).fetchone()
        if row is None:
            raise NotFoundError(_("The record no longer exists; it may have been deleted."))
        return self._build(cls, row)

    def list(self, cls, where: str = "", params=(), order_by: str = "id"):
        sql = f"SELECT * FROM {self.table(cls)}"
        if where:
            sql += f" WHERE {where}"
        cursor = self.db.execute(f"{sql} ORDER BY {order_by}", list(params))
        return [self._build(cls, row, cursor) for row in cursor.fetchall()]

    def _build(self, cls, row, cursor=None):
        cursor = cursor or self.db.execute(f"SELECT * FROM {self.table(cls)} LIMIT 0")
        names = [d[0] for d in cursor.description]
        return from_row(cls, dict(zip(names, row)))

    def add(self, obj) -> Changes:
        table = self.table(type(obj))
        row = to_row(obj)
        with self._errors(), self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            obj.id = cursor.lastrowid
        return changed(table, count=1, ids=(obj.id,))

    def add_many(self, objects) -> Changes:
        """Insert many records of one type in one transaction."""
        objects = list(objects)
        if not objects:
            return Changes()
        table = self.table(type(objects[0]))
        ids = []
        with self._errors(), self.db.atomic():
            for obj in objects:
                row = to_row(obj)
                cursor = self.db.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()))
                obj.id = cursor.lastrowid
                ids.append(obj.id)
        return changed(table, count=len(ids), ids=tuple(ids))

    def update(self, obj) -> Changes:
        table = self.table(type(obj))
        row = to_row(obj)
        row.pop("uuid", None)
        row["updated_at"] = utc_now()
        with self._errors(), self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?", [*row.values(), obj.id])
            if cursor.rowcount == 0:
                raise NotFoundError(_("The record no longer exists; it may have been deleted."))
        return changed(table, count=1, ids=(obj.id,))

    def delete(self, cls, record_id: int) -> Changes:
        table = self.table(cls)
        with self._errors(), self.db.atomic():
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        return changed(table, "nationals" if table in ("zones", "places") else table, count=1, ids=(record_id,))

    def _errors(self):
        return _IntegrityErrors()


class _IntegrityErrors:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, sqlite3.IntegrityError):
            raise StorageError(_("The record breaks a rule of the post file: {detail}").format(detail=exc),
                               hint=_("Check the required fields and links to other records.")) from exc
        return False
