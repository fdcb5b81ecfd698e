"""The cell host: serves one post over HTTPS (aiohttp) to the officers who joined it.

One thread runs the event loop and is the only user of the post's connection, so every exchange
is applied in turn, as one writer. An officer joins with the join code and their own account of the
post (checked as the post's sign-in checks it, throttle included) and then exchanges with a token.
The host applies the rules on the wire (`core.cell`): it refuses a change the role may not make,
and sends each officer only what their role may see.
"""

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from micic_planner.cell.authority import register as register_authority
from micic_planner.cell.snapshot import make_copy, new_site
from micic_planner.cell.tls import Certificate, folder_for
from micic_planner.core.cell import new_join_code, normal_code, refused_change
from micic_planner.core.errors import LoginFailedError, MicicError
from micic_planner.core.i18n import _
from micic_planner.core.security import Role
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sign_in_throttle import SignInThrottle
from micic_planner.storage.sync.changes import apply_payload, payload
from micic_planner.storage.users import Users

CODE_MINUTES = 60
MAX_HOLD = 5.0  # seconds a laptop's request for news may be held open
GATHER = 0.05


class Trusted(dict):
    """Inside a cell every site may write every record: the host has already checked the officer's role."""

    def get(self, key, default=None):
        return "hq"


@dataclass
class Officer:
    user: str
    role: Role
    site: str
    last_sync: float = 0.0
    saves: int = 0
    address: str = ""
    extra: dict = field(default_factory=dict)


class CellHost:
    def __init__(self, store, host: str = "0.0.0.0", port: int = 8443, code_minutes: int = CODE_MINUTES):
        self.store = store
        self.db = store.db
        self.host, self.port = host, port
        self.cert = Certificate(folder_for(Path(store.path)), (store.key_material or (None,))[0])
        self.code = new_join_code()
        self.code_expires = time.time() + code_minutes * 60
        self._tokens_path = self.cert.folder / "officers.json"
        self.officers: dict[str, Officer] = self._load_officers()
        self.applied = 0  # changes taken from officers since the start, and the seconds spent on exchanges
        self.busy = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        # Held while the host's thread writes the post; a window or a test writing it too takes it first.
        self.lock = threading.Lock()

    # -- admitted officers: only hashes of their tokens are kept on disk --------------------------------
    def _load_officers(self) -> dict[str, Officer]:
        if not self._tokens_path.exists():
            return {}
        data = json.loads(self._tokens_path.read_text(encoding="utf-8"))
        return {h: Officer(o["user"], Role(o["role"]), o["site"]) for h, o in data.items()}

    def _save_officers(self) -> None:
        data = {h: {"user": o.user, "role": o.role.value, "site": o.site} for h, o in self.officers.items()}
        self._tokens_path.write_text(json.dumps(data), encoding="utf-8")

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    # -- running ---------------------------------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        return self.cert.fingerprint

    def start(self) -> None:
        """Serve in a background thread; returns once listening (or raises why it could not)."""
        self._thread = threading.Thread(target=self._run, name="cell-host", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as exc:  # told to the thread that called start()
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()

    async def _serve(self) -> None:
        self._news = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/cell/join", self._on_join)
        app.router.add_post("/cell/sync", self._on_sync)
        register_authority(app, self)  # seats, document numbers and the crisis's level (cell/authority.py)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.cert.server_context())
        await site.start()
        if self.port == 0:
            self.port = site._server.sockets[0].getsockname()[1]

    def _wake_waiting(self) -> None:
        self._news.set()  # answers the laptops waiting for news
        self._news = asyncio.Event()

    def announce(self) -> None:
        """Tell the waiting laptops that the host itself saved something (from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake_waiting)

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        # A few turns of the loop let the transports of closed connections close their sockets.
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0.05), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._loop = None

    def connected(self) -> list[Officer]:
        """The admitted officers, the latest to exchange first."""
        return sorted(self.officers.values(), key=lambda o: -o.last_sync)

    # -- the two calls ---------------------------------------------------------------------------------
    async def _on_join(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self.lock:
            return self._join(body, request.remote or "")

    def _join(self, body: dict, remote: str) -> web.Response:
        user, password = str(body.get("user", "")), str(body.get("password", ""))
        throttle = SignInThrottle(self.db, self.store.audit)
        try:
            throttle.check(user)
            if time.time() > self.code_expires or not hmac.compare_digest(normal_code(body.get("code", "")),
                                                                           self.code):
                throttle.failed(user)
                return _refuse(403, _("The join code is wrong or has expired; ask the host for the current one."))
            try:
                name, role = Users(self.db).verify(user, password)
            except LoginFailedError:
                throttle.failed(user)
                raise
            throttle.succeeded(user)
        except MicicError as exc:
            return _refuse(403, exc.user_message())
        token, site = secrets.token_urlsafe(32), new_site()
        data, key = make_copy(Path(self.store.path), self.store.key_material, role, site)
        self.officers[self._hash(token)] = Officer(name, role, site, address=remote)
        self._save_officers()
        with self.db.atomic():
            self.store.audit.record("cell_admit", {"user": name, "role": role.value, "site": site,
                                                  "from": remote})
        host_site = self.db.execute("SELECT site FROM sync_state").fetchone()[0]
        return web.json_response({"token": token, "site": site, "role": role.value, "user": name,
                                  "host_site": host_site, "key": key and base64.b64encode(key).decode(),
                                  "copy": base64.b64encode(data).decode()})

    async def _on_sync(self, request: web.Request) -> web.Response:
        officer = self.officers.get(self._hash(request.headers.get("Authorization", "")[len("Bearer "):]))
        if officer is None:
            return _refuse(401, _("This laptop is not admitted to the cell; join it again."))
        text = await request.text()
        try:
            hold = min(MAX_HOLD, max(0.0, float(request.headers.get("X-Cell-Wait", "0"))))
        except ValueError:
            hold = 0.0
        news = self._news
        response, sent = self._timed(officer, text)
        if hold and sent == 0 and response.status == 200:
            # Held until another laptop's changes arrive (or `hold` passes): they reach this one at once.
            try:
                await asyncio.wait_for(news.wait(), hold)
                # A moment more, so the saves arriving together from several laptops go out in one answer.
                await asyncio.sleep(GATHER)
            except TimeoutError:
                pass
            response, sent = self._timed(officer, text)
        return response

    def _timed(self, officer: Officer, text: str) -> tuple[web.Response, int]:
        with self.lock:
            # CPU time of this thread: what the host's work costs, not the waits of a busy laptop.
            started = time.thread_time()
            try:
                return self._sync(officer, text)
            finally:
                self.busy += time.thread_time() - started

    def _crisis(self) -> dict | None:
        """The host's latest crisis, as the laptops mirror it."""
        row = self.db.execute(f"SELECT {', '.join(CRISIS_FIELDS)} FROM crises ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else dict(zip(CRISIS_FIELDS, row))

    def _sync(self, officer: Officer, text: str) -> tuple[web.Response, int]:
        # The account as it is now: a closed account stops exchanging, a changed role applies at once.
        row = self.db.execute("SELECT role, active FROM users WHERE name = ?", [officer.user]).fetchone()
        if row is None or not row[1]:
            return _refuse(401, _("Your account at the post is closed; this laptop no longer exchanges.")), 0
        officer.role = Role(row[0])
        data = json.loads(text)
        if data.get("from") != officer.site:
            return _refuse(403, _("The changes come from another laptop than the one admitted.")), 0
        changes = data.get("changes", [])
        refused = [why for why in (refused_change(officer.role, c) for c in changes) if why]
        if refused or any(c[0] != officer.site for c in changes):
            with self.db.atomic():
                self.store.audit.record("cell_refused", {"user": officer.user, "role": officer.role.value,
                                                         "changes": len(changes), "first": (refused or [""])[0]})
            return _refuse(403, _("Your role may not make these changes ({what}); nothing was taken.").format(
                what=", ".join(sorted(set(refused))[:3]))), 0
        if changes:
            # The audit triggers log each row the officer's changes touch under the officer's name.
            self.store.audit.set_user(officer.user)
            try:
                counts, _seen = apply_payload(self.db, text, Trusted())
            finally:
                self.store.audit.set_user(self.store.user_name)
            officer.saves += counts["applied"]
            self.applied += counts["applied"]
            if counts["applied"]:
                self._wake_waiting()
        officer.last_sync = time.time()
        # The same filter as a bundle's: what the role may not see is left out by the SQL writing the answer.
        reply, count = payload(self.db, data.get("seen", {}), reader=officer.role)
        # The crisis and its alert level have one authority, the host: every answer says where they stand.
        reply = reply[:-1] + ', "crisis": ' + json.dumps(self._crisis(), ensure_ascii=False) + "}"
        return web.Response(text=reply, content_type="application/json"), count


CRISIS_FIELDS = ("uuid", "title", "hazard", "started_at", "zones", "phase", "closed_at", "opened_by")


def _refuse(status: int, message: str) -> web.Response:
    return web.json_response({"error": message, "at": utc_now()}, status=status)
