"""The audit log: every edit with its before and after, every login, export and restricted print.

Edits are caught by TEMP triggers that each connection of the program installs at open, on every
table present then (so tables added by later schema steps are covered too), carrying the
signed-in user from a TEMP table. Rows are kept by the file's own triggers (m004): UPDATE and
DELETE raise, except a retention purge removing the history of the records it purges.
"""

import csv
import json
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from micic_planner.core.cells import csv_row
from micic_planner.core.changes import Changes, changed
from micic_planner.storage.mapping import utc_now

# Tables whose changes are not edits a person makes, or that hold history already.
NOT_AUDITED = {"audit_log", "audit_purge_permit", "sessions", "status_events", "disclosures"}
SECRET_COLUMNS = {"users": {"password_hash"}}
COLUMNS = ("id", "at", "user", "action", "table_name", "record_id", "before", "after", "detail")


def audited_tables(db) -> list[str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [name for name, sql in rows
            if not name.startswith(("sqlite_", "_")) and name not in NOT_AUDITED and name not in virtual
            and not any(name.startswith(v + "_") for v in virtual) and "WITHOUT ROWID" not in (sql or "").upper()]


def _json(db, table: str, ref: str) -> str:
    cols = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()
            if r[1] not in SECRET_COLUMNS.get(table, ())]
    # JSON cannot hold a BLOB: keep its hex so the log never fails an edit.
    parts = [f"'{c}', CASE WHEN typeof({ref}.[{c}]) = 'blob' THEN hex({ref}.[{c}]) ELSE {ref}.[{c}] END"
             for c in cols]
    return f"json_object({', '.join(parts)})"


class AuditLog:
    def __init__(self, db, user: Callable[[], str] = lambda: ""):
        self.db = db
        self.user = user

    def install(self) -> None:
        """Create this connection's TEMP triggers that log every insert, update and delete."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS audit_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                   "user TEXT NOT NULL DEFAULT '', quiet INTEGER NOT NULL DEFAULT 0)")
        db.execute("INSERT OR IGNORE INTO temp.audit_state (id) VALUES (1)")
        self.set_user(self.user())
        for table in audited_tables(db):
            self._install(table)

    def _install(self, table: str) -> None:
        db = self.db
        live = "(SELECT quiet FROM temp.audit_state) = 0 AND NOT EXISTS (SELECT 1 FROM main.audit_purge_permit)"
        head = "INSERT INTO main.audit_log (at, user, action, table_name, record_id, before, after) VALUES " \
               "(strftime('%Y-%m-%dT%H:%M:%fZ','now'), (SELECT user FROM temp.audit_state)"
        old, new = _json(db, table, "old"), _json(db, table, "new")
        self._uninstall(table)
        db.execute(f"CREATE TEMP TRIGGER audit_{table}_ai AFTER INSERT ON main.[{table}] WHEN {live} BEGIN "
                   f"{head}, 'insert', '{table}', new.rowid, NULL, {new}); END")
        db.execute(f"CREATE TEMP TRIGGER audit_{table}_au AFTER UPDATE ON main.[{table}] "
                   f"WHEN {live} AND {old} IS NOT {new} BEGIN "
                   f"{head}, 'update', '{table}', new.rowid, {old}, {new}); END")
        db.execute(f"CREATE TEMP TRIGGER audit_{table}_ad AFTER DELETE ON main.[{table}] WHEN {live} BEGIN "
                   f"{head}, 'delete', '{table}', old.rowid, {old}, NULL); END")

    def _uninstall(self, table: str) -> None:
        for kind in ("ai", "au", "ad"):
            self.db.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_{kind}")

    def _installed(self, table: str) -> bool:
        return self.db.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name = ?",
                               [f"audit_{table}_ai"]).fetchone()[0] > 0

    def set_user(self, name: str) -> None:
        self.db.execute("UPDATE temp.audit_state SET user = ? WHERE id = 1", [name or ""])

    @contextmanager
    def quiet(self):
        """Within the block, rows are not logged one by one; the caller logs one summary entry."""
        self.db.execute("UPDATE temp.audit_state SET quiet = quiet + 1 WHERE id = 1")
        try:
            yield
        finally:
            self.db.execute("UPDATE temp.audit_state SET quiet = quiet - 1 WHERE id = 1")

    @contextmanager
    def bulk(self, *tables: str):
        """Like `quiet`, and the triggers of `tables` are lifted meanwhile: a million-row job is not
        slowed by a million checks of the quiet flag (about 2 s per million inserts and deletes)."""
        lifted = [t for t in tables if self._installed(t)]
        with self.quiet():
            for table in lifted:
                self._uninstall(table)
            try:
                yield
            finally:
                for table in lifted:
                    self._install(table)

    def record(self, action: str, detail: str | dict = "", table_name: str = "", record_id: int | None = None,
               before: dict | None = None, after: dict | None = None) -> Changes:
        """Append one entry (a login, an export, a print, a purge summary) for the signed-in user."""
        if isinstance(detail, dict):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        dump = lambda d: None if d is None else json.dumps(d, ensure_ascii=False, default=str)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO audit_log (at, user, action, table_name, record_id, before, after, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [utc_now(), self.user() or "", action, table_name, record_id, dump(before), dump(after), detail])
        return changed("audit_log", count=1)

    def count(self, action: str = "", user: str = "") -> int:
        where, params = self._where(action, user)
        return self.db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]

    def entries(self, offset: int = 0, limit: int = 200, action: str = "", user: str = "") -> list[dict]:
        """Newest first."""
        where, params = self._where(action, user)
        rows = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log{where} ORDER BY id DESC "
                               "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [dict(zip(COLUMNS, r)) for r in rows]

    def actions(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]

    def export_csv(self, path: str | Path) -> int:
        """Write the whole log to a CSV file (UTF-8 with BOM for spreadsheets); the export is itself logged."""
        path = Path(path)
        temp = path.with_name(path.name + ".part")
        count = 0
        with open(temp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(COLUMNS)
            for row in self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id"):
                writer.writerow(csv_row(row))
                count += 1
        temp.replace(path)
        self.record("export_audit", {"file": path.name, "rows": count})
        return count

    @staticmethod
    def _where(action: str, user: str) -> tuple[str, list]:
        parts, params = [], []
        if action:
            parts.append("action = ?")
            params.append(action)
        if user:
            parts.append("user = ?")
            params.append(user)
        return (" WHERE " + " AND ".join(parts) if parts else ""), params
