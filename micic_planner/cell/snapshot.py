"""The copy an officer receives once when joining: the post as it is, for their role, under a one-time key.

The host takes a consistent backup of the post, re-keys it under a random one-time key, takes out what
the officer's role may not see (with SQLite's secure delete and a VACUUM, so no freed page keeps it),
gives the copy its own site id, and sends it with that key over TLS. The officer's laptop writes it
(still encrypted) and re-keys it at once under the passphrase the officer chose for their copy.
"""

import os
import tempfile
import uuid
from pathlib import Path

from micic_planner.core.cell import RESTRICTED_FIELDS, RESTRICTED_TABLES, sees_restricted
from micic_planner.core.security import Role
from micic_planner.storage.backup import make_backup
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.encryption import export_encrypted, read_salt, rekey, rekey_raw


def new_site() -> str:
    return uuid.uuid4().hex[:12]


def make_copy(post: Path, key: tuple[bytes, bytes] | None, role: Role, site: str) -> tuple[bytes, bytes | None]:
    """The bytes of the officer's copy and the one-time key they are encrypted with (None for a plain post)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = make_backup(post, key, folder=Path(tmp), keep=1)
        transfer = os.urandom(32) if key else None
        conn = raw_connect(path, *(key or (None, None)))
        try:
            if key:
                rekey_raw(conn, transfer, read_salt(path))
            _prepare(conn, role, site)
        finally:
            conn.close()
        return path.read_bytes(), transfer


def _prepare(conn, role: Role, site: str) -> None:
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN")
    # Taking fields out is not a change to send anywhere: the capture triggers must not log it.
    conn.execute("UPDATE sync_state SET capture = 0")
    if not sees_restricted(role):
        for table, fields in RESTRICTED_FIELDS.items():
            conn.execute(f"UPDATE [{table}] SET " + ", ".join(f"[{f}] = ?" for f in fields), list(fields.values()))
            paths = ", ".join(f"'$.{f}'" for f in fields)
            conn.execute(f"UPDATE sync_log SET fields = json_remove(fields, {paths}) WHERE tbl = ?", [table])
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")  # in this copy only: its log is not given
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in RESTRICTED_TABLES:
            if table in present:
                conn.execute(f"DELETE FROM [{table}]")
                conn.execute("UPDATE sync_log SET fields = '{}', base = NULL WHERE tbl = ?", [table])
    conn.execute("UPDATE sync_state SET site = ?, name = '', seq = 0, user = '', signing_key = NULL, "
                 "exchange_key = NULL, capture = 1", [site])
    conn.execute("DELETE FROM sync_sites")
    conn.execute("COMMIT")
    conn.execute("VACUUM")


def install_copy(data: bytes, transfer: bytes | None, target: Path, passphrase: str) -> None:
    """Write the received copy to `target`, encrypted under the officer's `passphrase` before it is named."""
    target = Path(target)
    part = target.with_name(f".{target.name}.joining")
    for leftover in (part, target.with_name(f".{target.name}.plain")):
        leftover.unlink(missing_ok=True)
    if transfer is None:  # a plain training post: encrypted on the way in
        plain = target.with_name(f".{target.name}.plain")
        plain.write_bytes(data)
        conn = raw_connect(plain)
        try:
            export_encrypted(conn, part, passphrase)
        finally:
            conn.close()
            plain.unlink(missing_ok=True)
    else:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        conn = raw_connect(part, transfer, read_salt(part))
        try:
            rekey(conn, part, passphrase)
        finally:
            conn.close()
    os.replace(part, target)
