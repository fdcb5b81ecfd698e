"""One authority where the data needs one, in the crisis cell (issue 19, item 4).

A seat on a movement, a document number, raising or lowering the alert level and closing the crisis
go through the host: it alone checks a movement's seats and gives out numbers, so two laptops never
take the same. The host's side is `register` (its routes, next to the exchange's); the laptop's side is
`HostAuthority`, which the window attaches to the laptop's store (`attach`) so the store's own paths
(`AidStore.next_number`, `MovementStore.add`, `CrisisStore.set_level` and `close`) ask the host.

When the host cannot be reached the laptop keeps working: document numbers come from the range the
host handed it at join (`hand_ranges`, refilled whenever it is low and the host answers), and a seat
is taken on the laptop's copy as a provisional one; the host checks it when the changes merge, and an
over-booking is flagged in its review queue (`sync_flags`), never dropped.
"""

import http.client
import json
import ssl
from contextlib import suppress
from urllib.parse import urlsplit

from aiohttp import web

from micic_planner.cell.officer import _error, _post
from micic_planner.cell.tls import fingerprint, normal_fingerprint
from micic_planner.core.crisis import DocumentKind
from micic_planner.core.enums import AlertPhase
from micic_planner.core.errors import CellError, MicicError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action, Role, can
from micic_planner.storage import crisis_authority
from micic_planner.storage.crisis_store import CrisisStore

TIMEOUT = 3.0  # a laptop waits this long for the host before it works on its own
LOW = 10  # numbers left in a laptop's ranges below which it asks for another range
# The timeline lines a seat request may write (the laptop's two ways of adding people).
TEMPLATES = ("{} people added to the manifest of {} by hand", "{} people added to the manifest of {} (auto-fill)")


# -- the host's side -----------------------------------------------------------------------------------
def register(app: web.Application, host) -> None:
    """Add the authority's routes to the host's application."""
    for path, action, work in (("number", Action.GIVE_AID, _number), ("seat", Action.MANAGE_MOVEMENTS, _seat),
                               ("level", Action.RUN_CRISIS, _level), ("close", Action.RUN_CRISIS, _close)):
        app.router.add_post(f"/cell/authority/{path}", _route(host, action, work))


def _route(host, action: Action, work):
    async def route(request: web.Request) -> web.Response:
        return await _handle(host, request, action, work)
    return route


async def _handle(host, request: web.Request, action: Action, work) -> web.Response:
    officer = host.officers.get(host._hash(request.headers.get("Authorization", "")[len("Bearer "):]))
    if officer is None:
        return _answer(401, {"error": _("This laptop is not admitted to the cell; join it again.")})
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return _answer(400, {"error": _("The request is not one this host understands.")})
    def act(db) -> tuple[int, dict]:
        # On the host's writer thread, the one user of the post's connection (cell/exchange.py).
        row = db.execute("SELECT role, active FROM users WHERE name = ?", [officer.user]).fetchone()
        if row is None or not row[1]:
            return 401, {"error": _("Your account at the post is closed; this laptop no longer exchanges.")}
        officer.role = Role(row[0])
        if not can(officer.role, action):
            return 403, {"error": _("Your role ({role}) may not {action}.").format(
                role=officer.role.label(), action=_(action.label_en))}
        store = host.store
        # What the officer does at the host is theirs: in the timeline, the audit log and the change log.
        user = store.user_name
        store.user_name = officer.user
        store.audit.set_user(officer.user)
        try:
            return work(store, body)
        except MicicError as exc:
            return 409, {"error": exc.user_message()}
        except (KeyError, ValueError, TypeError):
            return 400, {"error": _("The request is not one this host understands.")}
        finally:
            store.user_name = user
            store.audit.set_user(user)

    status, answer = await host.write(act)
    if status == 200:
        host.wake()  # the other laptops learn of it at once
    return _answer(status, answer)


def _answer(status: int, data: dict) -> web.Response:
    return web.json_response(data, status=status)


def _number(store, body: dict) -> tuple[int, dict]:
    kind, year = DocumentKind(body["kind"]), int(body["year"])
    count = max(1, min(500, int(body.get("count", 1))))
    with store.db.atomic():
        stem, first, last = crisis_authority.reserve(store.db, kind, year, count)
        store.audit.record("cell_numbers", {"kind": kind.value, "first": f"{stem}{first:05d}",
                                            "last": f"{stem}{last:05d}"})
    return 200, {"stem": stem, "first": first, "last": last, "number": f"{stem}{first:05d}"}


def _seat(store, body: dict) -> tuple[int, dict]:
    db = store.db
    movement = db.execute("SELECT id FROM movements WHERE uuid = ?", [str(body["movement"])]).fetchone()
    uuids = [str(u) for u in body["nationals"]]
    ids = [r[0] for r in db.execute(f"SELECT id FROM nationals WHERE uuid IN ({', '.join('?' * len(uuids))})",
                                    uuids)] if uuids else []
    if movement is None or len(ids) != len(set(uuids)):
        return 409, {"unknown": True, "error": _("The host does not hold these records yet.")}
    movements = CrisisStore(store).movements
    trip = movements.get(movement[0])
    listed = {r[0] for r in db.execute("SELECT e.national_id FROM manifest_entries e JOIN movements m "
                                       "ON m.id = e.movement_id WHERE m.crisis_id = ?", [trip.crisis_id])}
    wanted = [i for i in ids if i not in listed]
    free = trip.seats - movements.count(trip.id)
    if len(wanted) > free:
        return 409, {"error": _("{n} more people do not fit: {free} seats are free on {name}.").format(
            n=len(wanted), free=free, name=trip.name)}
    template = body.get("template") if body.get("template") in TEMPLATES else TEMPLATES[0]
    movements._append(trip, wanted, template)
    return 200, {"seated": len(wanted)}


def _level(store, body: dict) -> tuple[int, dict]:
    CrisisStore(store).set_level(AlertPhase(int(body["phase"])), str(body.get("reason", "")))
    return 200, {}


def _close(store, body: dict) -> tuple[int, dict]:
    CrisisStore(store).close(str(body.get("note", "")))
    return 200, {}


# -- the laptop's side ---------------------------------------------------------------------------------
class HostAuthority:
    """Asks the host of this copy's cell. Raises OSError when it cannot be reached, CellError when it refuses."""

    def __init__(self, store):
        self.store = store
        row = store.db.execute("SELECT url, fingerprint, token FROM cell_link").fetchone()
        if row is None:
            raise CellError(_("This file is not a copy joined to a crisis cell."), where=str(store.path or ""))
        self.url, self.pinned, self.token = row

    def _call(self, path: str, body: dict, unknown_ok: bool = False) -> dict | None:
        parts = urlsplit(self.url if "://" in self.url else f"https://{self.url}")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False  # the pinned fingerprint is the trust, as for the exchanges
        ctx.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection(parts.hostname, parts.port or 8443, timeout=TIMEOUT, context=ctx)
        try:
            conn.connect()
            if normal_fingerprint(fingerprint(conn.sock.getpeercert(binary_form=True))) != \
                    normal_fingerprint(self.pinned):
                raise CellError(_("The host's certificate is not the one pinned when this laptop joined; nothing "
                                  "was sent."), where=self.url)
            status, answer = _post(conn, path, json.dumps(body).encode(), {"Authorization": f"Bearer {self.token}"})
        except http.client.HTTPException as exc:
            raise ConnectionError(str(exc)) from exc
        finally:
            conn.close()
        if status == 200:
            return json.loads(answer)
        if unknown_ok and status == 409 and json.loads(answer).get("unknown"):
            return None
        raise _error(status, answer, self.url)

    def number(self, kind: str, year: int) -> str:
        """A document number the host gives this laptop (and a fresh range when this laptop's runs low)."""
        number = self._call("/cell/authority/number", {"kind": kind, "year": year})["number"]
        if crisis_authority.left_in_ranges(self.store.db, DocumentKind(kind), year) < LOW:
            with suppress(OSError, CellError):  # the number was given; the range waits for the next time
                self.take_range(DocumentKind(kind), year)
        return number

    def take_range(self, kind: DocumentKind, year: int, size: int = crisis_authority.RANGE_SIZE) -> None:
        got = self._call("/cell/authority/number", {"kind": kind.value, "year": year, "count": size})
        crisis_authority.keep_range(self.store.db, kind, year, got["stem"], got["first"], got["last"])

    def seat(self, movement: str, nationals: list[str], template: str) -> bool:
        """True when the host seated them; False when it does not hold these records yet (seat provisionally)."""
        return self._call("/cell/authority/seat", {"movement": movement, "nationals": nationals,
                                                   "template": template}, unknown_ok=True) is not None

    def set_level(self, phase: int, reason: str = "") -> None:
        self._call("/cell/authority/level", {"phase": phase, "reason": reason})

    def close(self, note: str = "") -> None:
        self._call("/cell/authority/close", {"note": note})


def attach(store) -> HostAuthority:
    """Make the store of a cell laptop's copy ask its host for seats, numbers and the crisis's level."""
    store.cell_authority = HostAuthority(store)
    return store.cell_authority


def hand_ranges(store, year: int | None = None) -> int:
    """At join: take a range of document numbers of each kind for when the host cannot be reached.

    Returns how many ranges were taken; none for a role that does not issue documents, or with no host.
    """
    from datetime import date

    host, taken = HostAuthority(store), 0
    for kind in DocumentKind:
        try:
            host.take_range(kind, year or date.today().year)
            taken += 1
        except (OSError, CellError):
            break
    return taken
