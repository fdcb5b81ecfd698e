"""A post's first bundle for headquarters: its whole share of the data as one encrypted, signed database file.

A change bundle carries changes one by one, and applying a million of them one by one at headquarters
takes minutes (SYNC.md: 63 s and 1.6 GB). The first time, the post sends instead what it holds: the
current rows of the records it made, their versions, and its change log, written set-based into an
SQLCipher database keyed with the post's exchange key (the key headquarters registered, not the
passphrase). Headquarters attaches it and copies it in with a few INSERT ... SELECT (`consolidate`).

On the wire: MAGIC, the header length, the JSON header (sender, whose key, size and SHA-256 of the
database), the sender's Ed25519 signature of all that, then the database. Headquarters checks the
signature, then the digest while it copies the database out to attach it.
"""

import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.sync.registry import TABLES, SyncedTable
from micic_planner.storage.encryption import attach_keyed

MAGIC = b"MICIC-FIRST\x01"
SIGNATURE = 64
CHUNK = 1 << 20
BLOCK = 64 << 20  # what the kernel copies at a time while the last block is hashed
# 3: the database's pages carry no HMAC (the signed digest covers it whole) and meta holds each table's rows.
FORMAT = 3


def key_sql(exchange_key: bytes) -> str:
    """The raw-key literal SQLCipher takes (no passphrase derivation: the key is already random)."""
    return f"\"x'{exchange_key.hex()}'\""


def _columns(t: SyncedTable, ref: str) -> str:
    """The table's synced fields, a foreign key as the uuid of the row it points at."""
    out = []
    for c in t.fields:
        parent = t.references.get(c)
        out.append(f"(SELECT uuid FROM main.[{parent}] WHERE id = {ref}.[{c}])" if parent else f"{ref}.[{c}]")
    return ", ".join(out)


def write(db, path: str | Path, *, site: str, name: str, key_site: str, exchange_key: bytes,
          signing_key: bytes, seen: dict[str, int]) -> dict:
    """Write the first bundle of this post's own records and changes; return its counts."""
    path = Path(path)
    inner = path.with_name(path.name + ".db.part")
    inner.unlink(missing_ok=True)
    attach_keyed(db, inner, "snap", key_sql(exchange_key), page_hmac=FORMAT < 3)
    db.execute("PRAGMA snap.cache_size = -131072")  # 128 MiB: written once, in order
    db.execute("PRAGMA snap.journal_mode = OFF")  # a new file nobody reads until it is whole and signed
    try:
        counts = _fill(db, site, name, seen)
    finally:
        db.execute("DETACH DATABASE snap")
    try:
        digest, size = hashlib.sha256(), inner.stat().st_size
        with inner.open("rb") as f:
            while block := f.read(CHUNK):
                digest.update(block)
        header = json.dumps({"from": site, "key": key_site, "format": FORMAT, "size": size,
                             "sha256": digest.hexdigest()}).encode()
        head = MAGIC + len(header).to_bytes(2, "big") + header
        partial = path.with_name(path.name + ".part")
        with partial.open("wb") as out, inner.open("rb") as f:
            out.write(head + Ed25519PrivateKey.from_private_bytes(signing_key).sign(head))
            while block := f.read(CHUNK):
                out.write(block)
        partial.replace(path)
    finally:
        inner.unlink(missing_ok=True)
    return {**counts, "bytes": path.stat().st_size}


def _fill(db, site: str, name: str, seen: dict[str, int]) -> dict:
    with db.atomic():
        db.execute("CREATE TABLE snap.meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
        db.conn.executemany("INSERT INTO snap.meta VALUES (?, ?)",
                            [("format", str(FORMAT)), ("site", site), ("name", name), ("seen", json.dumps(seen)),
                             ("hlc", str(db.execute("SELECT hlc FROM main.sync_state").fetchone()[0]))])
        db.execute("""CREATE TABLE snap.record (tbl TEXT NOT NULL, uuid TEXT NOT NULL, site TEXT NOT NULL,
            hlc INTEGER NOT NULL, seq INTEGER NOT NULL, deleted INTEGER NOT NULL, PRIMARY KEY (tbl, uuid))
            WITHOUT ROWID""")
        db.execute("INSERT INTO snap.record SELECT tbl, uuid, site, hlc, seq, deleted FROM main.sync_record "
                   "WHERE site = ?", [site])
        db.execute("CREATE TABLE snap.field (tbl TEXT, uuid TEXT, field TEXT, hlc INTEGER, site TEXT)")
        db.execute("INSERT INTO snap.field SELECT f.tbl, f.uuid, f.field, f.hlc, f.site FROM main.sync_field f "
                   "JOIN main.sync_record r ON r.tbl = f.tbl AND r.uuid = f.uuid WHERE r.site = ?", [site])
        # `log`: the changes about records this post made (headquarters copies those set-based);
        # `others`: its changes to other sites' records (shared fields), applied one by one there.
        for name in ("log", "others"):
            db.execute(f"""CREATE TABLE snap.{name} (site TEXT, seq INTEGER, tbl TEXT, uuid TEXT, op TEXT,
                fields TEXT, base TEXT, hlc INTEGER, by_user TEXT)""")
        own = "EXISTS (SELECT 1 FROM main.sync_record r WHERE r.tbl = l.tbl AND r.uuid = l.uuid AND r.site = l.site)"
        changes = 0
        for name, where in (("log", own), ("others", f"NOT {own}")):
            changes += db.execute(f"""INSERT INTO snap.{name} SELECT l.site, l.seq, l.tbl, l.uuid, l.op, l.fields,
                l.base, l.hlc, l.by_user FROM main.sync_log l WHERE l.site = ? AND {where} ORDER BY l.seq""",
                                  [site]).rowcount
        counts = {"changes": changes}
        for t in TABLES:
            extra = ", status TEXT" if t.name == "nationals" else ""
            db.execute(f"CREATE TABLE snap.[{t.name}] (uuid TEXT, {', '.join(f'[{c}]' for c in t.fields)}{extra})")
            # A national's status is its latest status event, as headquarters would work it out change by change.
            status = (""", coalesce((SELECT e.status FROM main.status_events e CROSS JOIN main.sync_record v
                ON v.tbl = 'status_events' AND v.uuid = e.uuid WHERE e.national_id = r.id
                ORDER BY v.hlc DESC, v.site DESC LIMIT 1), 'not_contacted')""" if t.name == "nationals" else "")
            # In uuid order, so headquarters' unique uuid indexes grow at their end; an event in the order of
            # the person it is about, so headquarters finds each person next to the one before.
            order = ", ".join(f"(SELECT uuid FROM main.[{p}] WHERE id = r.[{c}])" for c, p in t.references.items()
                              if t.append_only) or "r.uuid"
            counts[t.name] = db.execute(
                f"""INSERT INTO snap.[{t.name}] SELECT r.uuid, {_columns(t, 'r')}{status} FROM main.[{t.name}] r
                JOIN main.sync_record s ON s.tbl = '{t.name}' AND s.uuid = r.uuid WHERE s.site = ? ORDER BY {order}""",
                [site]).rowcount
        # So headquarters need not count a million rows through the cipher.
        db.execute("INSERT INTO snap.meta VALUES ('rows', ?)", [json.dumps({t.name: counts[t.name] for t in TABLES})])
    return counts


def attach(db, inner: Path, head: dict, exchange_key: bytes) -> None:
    """Attach the database copied out of a first bundle as `snap`, as its format was written."""
    attach_keyed(db, inner, "snap", key_sql(exchange_key), page_hmac=int(head.get("format", 2)) < 3)


def read_header(blob_head: bytes, where: str) -> tuple[dict, bytes, int]:
    """(header, the signed bytes, where the database starts) from the first bytes of a first bundle."""
    if not blob_head.startswith(MAGIC):
        raise SyncError(_("This file is not a post's first bundle."), where=where,
                        hint=_("Choose the file written by 'sync first' at the post."))
    size = int.from_bytes(blob_head[len(MAGIC):len(MAGIC) + 2], "big")
    end = len(MAGIC) + 2 + size
    try:
        return json.loads(blob_head[len(MAGIC) + 2:end]), blob_head[:end], end
    except ValueError as exc:
        raise SyncError(_("The first bundle is damaged."), where=where,
                        hint=_("Ask the post for a new one.")) from exc


def _copy_out(f, start: int, target: Path) -> str:
    """Copy what follows `start` in `f` into `target`; return the SHA-256 of what `target` then holds.

    The kernel copies block by block (copy_file_range, no trip through Python) while a second thread
    hashes each block that has landed: about a second for a million nationals instead of two or three.
    What is hashed is what will be attached, read back from `target`. What the kernel cannot copy (not
    Linux, another file system) is copied by hand.
    """
    digest = hashlib.sha256()
    with target.open("w+b") as out:
        done = _kernel_copy(f, out, start, digest)
        f.seek(start + done)
        out.seek(done)
        while block := f.read(CHUNK):
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def _kernel_copy(f, out, start: int, digest) -> int:
    """Copy by the kernel from `start` until the end or its first refusal, hashing each block into `digest`
    on one worker thread (in order); return how many bytes were copied and hashed."""
    done, hashed = 0, []
    with ThreadPoolExecutor(1) as hasher:  # leaving waits for every block's hash
        with suppress(AttributeError, OSError):
            while copied := os.copy_file_range(f.fileno(), out.fileno(), BLOCK, start + done, done):
                hashed.append(hasher.submit(_hash_range, digest, out.fileno(), done, copied))
                done += copied
    for block in hashed:
        block.result()  # a read that failed while hashing is an error, not a reason to copy by hand
    return done


def _hash_range(digest, fd: int, offset: int, size: int) -> None:
    while size:
        block = os.pread(fd, min(size, CHUNK * 8), offset)
        if not block:
            raise OSError("the copied bundle is shorter than what was copied")
        digest.update(block)
        offset, size = offset + len(block), size - len(block)


def unpack(path: Path, target: Path, public_key: bytes) -> dict:
    """Check the signature, copy the database out to `target` and check its digest; return the header."""
    with path.open("rb") as f:
        start = f.read(len(MAGIC) + 2 + 65536)
        head, signed, end = read_header(start, str(path))
        f.seek(end)
        signature = f.read(SIGNATURE)
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signed)
        except InvalidSignature as exc:
            raise SyncError(_("The first bundle is not signed by the post it names; it was not imported."),
                            where=str(path), hint=_("The file was changed on the way or forged: ask for a new one.")
                            ) from exc
        digest = _copy_out(f, end + SIGNATURE, target)
    if digest != head.get("sha256") or target.stat().st_size != head.get("size"):
        target.unlink(missing_ok=True)
        raise SyncError(_("The first bundle is incomplete or damaged."), where=str(path),
                        hint=_("Copy it again from the post, or ask for a new one."))
    return head
