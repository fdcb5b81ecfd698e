"""An officer's side of the cell: joining once, then exchanging changes with the host about every second.

The link uses the standard library's HTTPS client and checks the host's certificate against the
fingerprint pinned at join, before anything is sent. When the host or the LAN is gone, the copy keeps
working on its own; its changes wait in its log and go at the first exchange after the link returns.
"""

import base64
import http.client
import json
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from micic_planner.cell.snapshot import install_copy
from micic_planner.cell.tls import fingerprint, normal_fingerprint
from micic_planner.core.errors import CellError, MicicError
from micic_planner.core.i18n import _
from micic_planner.storage.driver import sqlite3
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sync.changes import apply_payload, payload

INTERVAL = 1.0
STORE_EVERY = 10.0  # seconds between writes of the link's state when nothing arrives
NOTHING = {"received": 0, "applied": 0, "duplicates": 0, "waiting": 0, "refused": 0, "review": 0}
GATHER = 0.03
TIMEOUT = 10.0


class Trusted(dict):
    """Changes relayed by the host were checked there, whoever made them."""

    def get(self, key, default=None):
        return "hq"


def _connection(url: str, pinned: str | None) -> tuple[http.client.HTTPSConnection, str]:
    """An HTTPS connection to `url` whose certificate has the `pinned` fingerprint; and that fingerprint."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # No certificate authority on an embassy LAN: the fingerprint, compared by people at join, is the trust.
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    conn = http.client.HTTPSConnection(parts.hostname, parts.port or 8443, timeout=TIMEOUT, context=ctx)
    conn.connect()
    seen = fingerprint(conn.sock.getpeercert(binary_form=True))
    if pinned and normal_fingerprint(seen) != normal_fingerprint(pinned):
        conn.close()
        raise CellError(_("The host's certificate is not the one pinned when this laptop joined; nothing was "
                          "sent."), where=url, hint=_("Compare the fingerprint with the host's screen; if the "
                                                      "host was set up again, join again."))
    return conn, seen


def _post(conn, path: str, body: bytes, headers: dict | None = None) -> tuple[int, bytes]:
    conn.request("POST", path, body=body, headers={"Content-Type": "application/json", **(headers or {})})
    response = conn.getresponse()
    return response.status, response.read()


def _error(status: int, body: bytes, url: str) -> CellError:
    try:
        message = json.loads(body)["error"]
    except (ValueError, KeyError):
        message = _("The host answered {status}.").format(status=status)
    return CellError(message, where=url)


def join(url: str, code: str, user: str, password: str, copy: Path, passphrase: str,
         expect_fingerprint: str | None = None, confirm: Callable[[str], bool] | None = None) -> dict:
    """Sign in at the host, check its certificate, receive the copy encrypted under `passphrase`."""
    from micic_planner.storage.store import PostStore

    if Path(copy).exists():
        raise CellError(_("There is already a file here; the copy is never written over a file."), where=str(copy),
                        hint=_("Choose a new name for your copy."))
    try:
        conn, seen = _connection(url, expect_fingerprint)
    except OSError as exc:
        raise CellError(_("The host cannot be reached: {why}").format(why=exc), where=url,
                        hint=_("Check the address and that you are on the embassy network.")) from exc
    if confirm is not None and not confirm(seen):
        conn.close()
        raise CellError(_("Joining was cancelled: the fingerprint was not confirmed."), where=url)
    try:
        status, body = _post(conn, "/cell/join", json.dumps({"user": user, "password": password,
                                                             "code": code}).encode())
    finally:
        conn.close()
    if status != 200:
        raise _error(status, body, url)
    answer = json.loads(body)
    key = base64.b64decode(answer["key"]) if answer["key"] else None
    install_copy(base64.b64decode(answer["copy"]), key, Path(copy), passphrase)
    store = PostStore.open(copy, passphrase=passphrase, user=user, password=password)
    try:
        with store.db.atomic():
            store.db.execute("INSERT INTO cell_link (id, url, fingerprint, token, host_site, user, role) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?)", [url, seen, answer["token"], answer["host_site"],
                                                             answer["user"], answer["role"]])
            store.audit.record("cell_joined", {"url": url, "fingerprint": seen, "role": answer["role"]})
        from micic_planner.cell.authority import hand_ranges

        hand_ranges(store)  # document numbers for when the host cannot be reached
    finally:
        store.close()
    return {"fingerprint": seen, "role": answer["role"], "user": answer["user"], "site": answer["site"]}


def follow_crisis(db, crisis: dict | None) -> bool:
    """Make this copy's crisis what the host says: opened, its alert level, closed. True when it changed."""
    if not crisis:
        return False
    row = db.execute("SELECT id, phase, closed_at FROM crises WHERE uuid = ?", [crisis["uuid"]]).fetchone()
    with db.atomic():
        if row is None:
            db.execute("UPDATE crises SET closed_at = coalesce(closed_at, ?) WHERE closed_at IS NULL",
                       [crisis["started_at"]])
            db.execute("INSERT INTO crises (uuid, title, hazard, started_at, zones, phase, closed_at, opened_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [crisis[k] for k in (
                           "uuid", "title", "hazard", "started_at", "zones", "phase", "closed_at", "opened_by")])
            return True
        if (row[1], row[2]) == (crisis["phase"], crisis["closed_at"]):
            return False
        if row[1] != crisis["phase"]:
            db.execute("INSERT INTO crisis_phases (crisis_id, phase, previous, at, by_user, reason) "
                       "VALUES (?, ?, ?, ?, '', ?)", [row[0], crisis["phase"], row[1], utc_now(), "host"])
        db.execute("UPDATE crises SET phase = ?, closed_at = ?, updated_at = ? WHERE id = ?",
                   [crisis["phase"], crisis["closed_at"], utc_now(), row[0]])
    return True


class CellLink:
    """Keeps an open copy in step with its host; `exchange()` once, or `start()` a thread that repeats it."""

    def __init__(self, store, on_state: Callable[[dict], None] | None = None):
        self.store = store
        self.db = store.db
        row = self.db.execute("SELECT url, fingerprint, token, host_seen, last_sync_at FROM cell_link").fetchone()
        if row is None:
            raise CellError(_("This file is not a copy joined to a crisis cell."), where=str(store.path or ""))
        self.url, self.pinned, self.token, seen, last_sync = row
        self.host_seen = json.loads(seen)
        self.site = self.db.execute("SELECT site FROM sync_state").fetchone()[0]
        self.on_state = on_state
        self.online = False
        self.last_sync: str | None = last_sync  # the last exchange, of this session or an earlier one
        self.error = ""
        self._conns: dict[str, http.client.HTTPSConnection] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self.lock = threading.Lock()  # held while the link writes the copy; a window holding the store takes it too
        self._stored_online, self._stored_at = False, 0.0  # what cell_link on disk says, and since when

    def exchange(self, send: bool = True, hold: float = 0.0, channel: str = "push") -> dict:
        """Send this laptop's changes the host lacks (with `send`), apply what it sends back; the counts.

        With `hold`, the host keeps the request open until other laptops' changes arrive, up to that many seconds.
        """
        with self.lock:
            # Sending nothing still tells the host what this copy has seen: a site name no change carries.
            text, sent = payload(self.db, self.host_seen, only_site=self.site if send else "")
        conn = self._conns.get(channel)
        if conn is None:
            conn = self._conns[channel] = _connection(self.url, self.pinned)[0]
        headers = {"Authorization": f"Bearer {self.token}", "X-Cell-Wait": str(hold)}
        try:
            status, body = _post(conn, "/cell/sync", text.encode(), headers)
        except (OSError, http.client.HTTPException):
            self._drop(channel)
            raise
        if status != 200:
            raise _error(status, body, self.url)
        with self.lock:
            data = json.loads(body)
            self.last_sync = utc_now()
            now = time.monotonic()
            if data["changes"] or not self._stored_online or now - self._stored_at > STORE_EVERY:
                # What arrived, the crisis and where the link stands: one transaction, so one disk flush.
                with self.db.atomic():
                    counts, host_seen = (apply_payload(self.db, body, Trusted()) if data["changes"]
                                         else (dict(NOTHING), data.get("seen", {})))
                    counts["crisis"] = follow_crisis(self.db, data.get("crisis"))
                    self._step(host_seen)
                    self.db.execute("UPDATE cell_link SET host_seen = ?, last_sync_at = ?, online = 1",
                                    [json.dumps(self.host_seen), self.last_sync])
                self._stored_online, self._stored_at = True, now
            else:
                # Nothing new: nothing is written. What the host has seen is kept on disk at the next write;
                # a laptop restarted meanwhile sends a few changes again, and the host skips them.
                counts = {**NOTHING, "crisis": follow_crisis(self.db, data.get("crisis"))}
                self._step(data.get("seen", {}))
        return {"sent": sent, "changes": data["changes"], **counts}

    def _step(self, host_seen: dict) -> None:
        for site, n in host_seen.items():  # the two channels' answers may cross: never step back
            self.host_seen[site] = max(self.host_seen.get(site, 0), int(n))

    def _unsent(self) -> bool:
        with self.lock:
            seq = self.db.execute("SELECT seq FROM sync_state").fetchone()[0]
        return seq > self.host_seen.get(self.site, 0)

    def _drop(self, channel: str | None = None) -> None:
        for name in [channel] if channel else list(self._conns):
            conn = self._conns.pop(name, None)
            if conn is not None:
                conn.close()

    def start(self, interval: float = INTERVAL) -> None:
        """Two threads: one sends each save at once (and retries every `interval`), one waits for news."""
        self._threads = [threading.Thread(target=self._run, args=(interval, push), daemon=True,
                                          name=f"cell-link-{'push' if push else 'pull'}") for push in (True, False)]
        for thread in self._threads:
            thread.start()

    def _run(self, interval: float, push: bool) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            if not push or self._unsent():
                try:
                    result = self.exchange(send=push, hold=0.0 if push else interval,
                                           channel="push" if push else "pull")
                    self._state(True, "", result)
                except MicicError as exc:  # refused, or a change this copy cannot apply: said, and tried again
                    self._state(False, exc.user_message(), None)
                except (OSError, http.client.HTTPException) as exc:
                    self._state(False, _("The host cannot be reached ({why}); working on this copy alone.").format(
                        why=exc.__class__.__name__), None)
            if push:
                if self._wake.wait(interval):
                    self._stop.wait(GATHER)  # saves made one after another go together
                self._wake.clear()
            else:
                self._stop.wait(max(0.05, interval - (time.monotonic() - started)) if not self.online else 0.0)

    def nudge(self) -> None:
        """Send now rather than at the next tick: a save made here reaches the others at once."""
        self._wake.set()

    def _state(self, online: bool, error: str, result: dict | None) -> None:
        was, self.online, self.error = self.online, online, error
        if not online and was:
            with self.lock:
                self.db.execute("UPDATE cell_link SET online = 0, host_seen = ?, last_sync_at = coalesce(?, "
                                "last_sync_at)", [json.dumps(self.host_seen), self.last_sync])
                self._stored_online = False
        if self.on_state is not None:
            self.on_state({"online": online, "error": error, "last_sync": self.last_sync, "result": result})

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(TIMEOUT + 2)
        self._drop()
        with self.lock:
            try:  # where the host stands, kept for the next start
                self.db.execute("UPDATE cell_link SET host_seen = ?, last_sync_at = coalesce(?, last_sync_at)",
                                [json.dumps(self.host_seen), self.last_sync])
            except sqlite3.ProgrammingError:  # the copy was closed first: it is sent again next time
                pass
