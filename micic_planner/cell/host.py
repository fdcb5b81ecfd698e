"""The cell host: serves one post over HTTPS (aiohttp) to the officers who joined it.

One thread runs the event loop: it reads requests and writes answers, and never waits on SQLite. One
other thread, the writer (`cell.exchange`), is the only user of the post's connection: it applies the
exchanges that arrive together in one transaction, each laptop's in a savepoint, and builds the answers.
A join's copy is made on a worker thread from a read snapshot of its own, so joining never stops the
others' exchanges. An officer joins with the join code and their own account of the post (checked as
the post's sign-in checks it, throttle included) and then exchanges with a token. The host applies the
rules on the wire (`core.cell`): it refuses a change the role may not make, and sends each officer only
what their role may see.

Routes are added in `CellHost.routes(app)`; a handler that must read or write the post awaits
`self.write(fn)`, which runs `fn(db)` on the writer's thread, under `self.lock`, and returns its result.
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
from micic_planner.cell.exchange import Call, Exchange, Writer
from micic_planner.cell.snapshot import make_copy, new_site
from micic_planner.cell.tls import Certificate, folder_for
from micic_planner.core.cell import new_join_code, normal_code
from micic_planner.core.errors import LoginFailedError, MicicError
from micic_planner.core.i18n import _
from micic_planner.core.security import Role
from micic_planner.storage.connection import connect
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.sign_in_throttle import SignInThrottle
from micic_planner.storage.users import Users

CODE_MINUTES = 60
MAX_HOLD = 5.0  # seconds a laptop's request for news may be held open
GATHER = 0.05


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
        self._writer: Writer | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        # Held while the writer's thread uses the post; a window or a test writing it too takes it first.
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
        self._writer = Writer(self, self._done)
        self._writer.start()
        self._thread = threading.Thread(target=self._run, name="cell-host", daemon=True)
        self._thread.start()
        self._ready.wait(30)
        if self._error is not None:
            self._writer.stop()
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

    def routes(self, app: web.Application) -> None:
        """The host's calls. Another module's calls are registered here too, one `add_post` line each."""
        app.router.add_post("/cell/join", self._on_join)
        app.router.add_post("/cell/sync", self._on_sync)
        register_authority(app, self)  # seats, document numbers and the crisis's level (cell/authority.py)

    async def _serve(self) -> None:
        self._news = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.cert.server_context())
        await site.start()
        if self.port == 0:
            self.port = site._server.sockets[0].getsockname()[1]

    def _wake_waiting(self) -> None:
        self._news.set()  # answers the laptops waiting for news
        self._news = asyncio.Event()

    def wake(self) -> None:
        """Tell the waiting laptops that the post has news (from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake_waiting)

    announce = wake  # the window: the host itself saved something

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
        self._writer.stop()

    def connected(self) -> list[Officer]:
        """The admitted officers, the latest to exchange first."""
        return sorted(self.officers.values(), key=lambda o: -o.last_sync)

    # -- handing work to the writer --------------------------------------------------------------------
    def _done(self, item) -> None:
        """From the writer's thread: the item is finished; its waiter on the event loop is woken."""
        future, loop = item.future, self._loop
        if loop is None or loop.is_closed():
            return  # stopped: nobody waits any more
        try:
            loop.call_soon_threadsafe(lambda: future.done() or future.set_result(item))
        except RuntimeError:  # the loop closed meanwhile
            pass

    async def _submit(self, item):
        item.future = self._loop.create_future()
        self._writer.submit(item)
        return await item.future

    async def write(self, fn):
        """Run `fn(db)` on the writer's thread (the one user of the post's connection); its result or error."""
        call = await self._submit(Call(fn))
        if call.error is not None:
            raise call.error
        return call.result

    # -- the two calls ---------------------------------------------------------------------------------
    async def _on_join(self, request: web.Request) -> web.Response:
        body = await request.json()
        user, password = str(body.get("user", "")), str(body.get("password", ""))
        remote = request.remote or ""
        refusal = await self.write(lambda db: self._join_allowed(db, user, body.get("code", "")))
        if refusal is not None:
            return _refuse(403, refusal)
        # The password's hash and the copy are the slow part: on a worker thread, with connections of their own.
        try:
            name, role = await asyncio.to_thread(self._verify, user, password)
        except LoginFailedError as exc:
            failure = exc
        else:
            failure = None
        if failure is not None:
            return _refuse(403, await self.write(lambda db: self._join_failed(db, user, failure)))
        await self.write(lambda db: SignInThrottle(db, self.store.audit).succeeded(user))
        token, site = secrets.token_urlsafe(32), new_site()
        data, key = await asyncio.to_thread(make_copy, Path(self.store.path), self.store.key_material, role, site)
        self.officers[self._hash(token)] = Officer(name, role, site, address=remote)
        self._save_officers()

        def admitted(db):
            with db.atomic():
                self.store.audit.record("cell_admit", {"user": name, "role": role.value, "site": site,
                                                      "from": remote})

        await self.write(admitted)
        return web.json_response({"token": token, "site": site, "role": role.value, "user": name,
                                  "host_site": self._writer.host_site,
                                  "key": key and base64.b64encode(key).decode(),
                                  "copy": base64.b64encode(data).decode()})

    def _join_allowed(self, db, user: str, code) -> str | None:
        """None when `user` may try their password now; else why not (a wrong code counts as a failure)."""
        throttle = SignInThrottle(db, self.store.audit)
        try:
            throttle.check(user)
            if time.time() > self.code_expires or not hmac.compare_digest(normal_code(code or ""), self.code):
                throttle.failed(user)
                return _("The join code is wrong or has expired; ask the host for the current one.")
        except MicicError as exc:
            return exc.user_message()
        return None

    def _join_failed(self, db, user: str, exc: MicicError) -> str:
        try:
            SignInThrottle(db, self.store.audit).failed(user)
        except MicicError as worse:
            return worse.user_message()
        return exc.user_message()

    def _verify(self, user: str, password: str) -> tuple[str, Role]:
        reader = connect(self.store.path, *(self.store.key_material or (None, None)), read_only=True)
        try:
            return Users(reader).verify(user, password)
        finally:
            reader.conn.close()

    async def _on_sync(self, request: web.Request) -> web.Response:
        officer = self.officers.get(self._hash(request.headers.get("Authorization", "")[len("Bearer "):]))
        if officer is None:
            return _refuse(401, _("This laptop is not admitted to the cell; join it again."))
        text = await request.text()
        try:
            hold = min(MAX_HOLD, max(0.0, float(request.headers.get("X-Cell-Wait", "0"))))
        except ValueError:
            hold = 0.0
        try:
            data = json.loads(text)
        except ValueError:
            return _refuse(400, _("The host could not read what this laptop sent."))
        if not isinstance(data, dict):
            return _refuse(400, _("The host could not read what this laptop sent."))
        news = self._news
        x = await self._submit(Exchange(officer, data, text))
        if hold and x.sent == 0 and x.status == 200:
            # Held until another laptop's changes arrive (or `hold` passes): they reach this one at once.
            try:
                await asyncio.wait_for(news.wait(), hold)
                # A moment more, so the saves arriving together from several laptops go out in one answer.
                await asyncio.sleep(GATHER)
            except TimeoutError:
                pass
            x = await self._submit(Exchange(officer, data, text, apply=False))
        if x.status != 200:
            return _refuse(x.status, x.error)
        return web.Response(text=x.body, content_type="application/json")


def _refuse(status: int, message: str) -> web.Response:
    return web.json_response({"error": message, "at": utc_now()}, status=status)
