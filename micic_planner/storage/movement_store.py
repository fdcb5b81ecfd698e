"""Movements and their manifests: auto-fill from an assembly point, hand edits, boarding and arrival."""

from __future__ import annotations

from micic_planner.core.changes import Changes, changed
from micic_planner.core.crisis import LogKind, ManifestEntry, Movement, StatusSource
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import CrisisError, NotFoundError
from micic_planner.core.i18n import _
from micic_planner.core.manifest_allocation import Allocation, Candidate, allocate
from micic_planner.core.security import Action
from micic_planner.storage import crisis_authority
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.permissions import Guarded, any_role, requires

# Nobody in these states is waiting at an assembly point for a seat.
NOT_WAITING = ("deceased", "evacuated", "repatriated", "not_in_area")
# An automatic fill seats nobody whose whereabouts or life is in doubt; it reports them instead.
HELD_BACK = ("missing", "deceased")
PASSENGER_COLUMNS = ("e.position", "n.id", "n.family_names", "n.given_names", "n.sex", "n.birth_date",
                     "n.passport_no", "n.consular_id", "n.household", "n.vulnerabilities", "n.phone",
                     "e.boarded_at", "e.arrived_at", "n.passport_expiry")


class MovementStore(Guarded):
    def __init__(self, crises):
        self.crises = crises
        self.store = crises.store
        self.db = crises.db

    # -- movements -----------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def get(self, movement_id: int) -> Movement:
        cursor = self.db.execute("SELECT * FROM movements WHERE id = ?", [movement_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFoundError(_("There is no movement {id} in this post file.").format(id=movement_id),
                                hint=_("Check the movement's number in the crisis view."))
        return from_row(Movement, dict(zip([d[0] for d in cursor.description], row)))

    @requires(Action.VIEW_REGISTRY)
    def list(self, crisis_id: int) -> list[Movement]:
        ids = [r[0] for r in self.db.execute("SELECT id FROM movements WHERE crisis_id = ? ORDER BY departs_at, id",
                                             [crisis_id])]
        return [self.get(i) for i in ids]

    @requires(Action.MANAGE_MOVEMENTS)
    def save(self, movement: Movement) -> Changes:
        if not movement.name.strip():
            raise CrisisError(_("A movement needs a name, such as 'Bus 1'."))
        if movement.seats < 0:
            raise CrisisError(_("Seats cannot be negative."))
        row = to_row(movement)
        with self.db.atomic():
            if movement.id is None:
                cursor = self.db.execute(f"INSERT INTO movements ({', '.join(row)}) "
                                         f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
                movement.id = cursor.lastrowid
                self.crises._log(movement.crisis_id, LogKind.MOVEMENT, "Movement {} planned: {} seats to {}",
                                (movement.name, movement.seats, movement.destination), ref_id=movement.id)
            else:
                if self.count(movement.id) > movement.seats:
                    raise CrisisError(_("The manifest already lists more people than {seats} seats.").format(
                        seats=movement.seats), hint=_("Remove people from the manifest first."))
                row.pop("uuid")
                row["updated_at"] = utc_now()
                self.db.execute(f"UPDATE movements SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                                [*row.values(), movement.id])
        return changed("movements", "crisis_log", count=1, ids=(movement.id,))

    @requires(Action.MANAGE_MOVEMENTS)
    def delete(self, movement_id: int) -> Changes:
        movement = self.get(movement_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM movements WHERE id = ?", [movement_id])
            self.crises._log(movement.crisis_id, LogKind.MOVEMENT, "Movement {} cancelled", (movement.name,))
        return changed("movements", "manifest_entries", "crisis_log", count=1, ids=(movement_id,))

    # -- the manifest --------------------------------------------------------
    @requires(Action.VIEW_REGISTRY)
    def count(self, movement_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM manifest_entries WHERE movement_id = ?",
                               [movement_id]).fetchone()[0]

    @requires(Action.VIEW_REGISTRY)
    def entries(self, movement_id: int) -> list[ManifestEntry]:
        cursor = self.db.execute("SELECT * FROM manifest_entries WHERE movement_id = ? ORDER BY position, id",
                                 [movement_id])
        names = [d[0] for d in cursor.description]
        return [from_row(ManifestEntry, dict(zip(names, r))) for r in cursor.fetchall()]

    @requires(Action.VIEW_REGISTRY)
    def passengers(self, movement_id: int) -> list[dict]:
        """The manifest as the crisis view shows it, in boarding order; needs blank for a role that may not see them."""
        rows = self._passengers(movement_id)
        if self.session.visible("vulnerabilities"):
            return rows
        return [{**row, "vulnerabilities": 0} for row in rows]

    @requires(Action.MANAGE_MOVEMENTS)
    def manifest(self, movement_id: int) -> list[dict]:
        """The manifest as the printout and the carrier's file show it: whole, for those who run movements."""
        return self._passengers(movement_id)

    def _passengers(self, movement_id: int) -> list[dict]:
        cursor = self.db.execute(
            f"SELECT {', '.join(PASSENGER_COLUMNS)} FROM manifest_entries e JOIN nationals n ON n.id = e.national_id "
            "WHERE e.movement_id = ? ORDER BY e.position, e.id", [movement_id])
        keys = [c.split(".")[1] for c in PASSENGER_COLUMNS]
        return [dict(zip(keys, r)) for r in cursor.fetchall()]

    @any_role  # where a trip goes, nothing about the people on it
    def crosses_border(self, movement: Movement) -> bool:
        """A return home, or a route ending at a border crossing: each passenger then needs a travel document."""
        if movement.repatriation:
            return True
        row = self.db.execute(
            "SELECT p.kind FROM routes r JOIN places p ON p.id = r.destination_id WHERE r.id = ?",
            [movement.route_id]).fetchone() if movement.route_id is not None else None
        return row is not None and row[0] == "border_crossing"

    def _candidates(self, movement: Movement, where: str, params, excluded=NOT_WAITING,
                    only: tuple[str, ...] = ()) -> list[Candidate]:
        status = (f"n.status IN ({', '.join('?' * len(only))})" if only
                  else f"n.status NOT IN ({', '.join('?' * len(excluded))})")
        rows = self.db.execute(
            "SELECT n.id, n.household, n.vulnerabilities, n.family_names || ' ' || n.given_names FROM nationals n "
            f"WHERE {where} AND {status} AND n.id NOT IN ("
            "SELECT e.national_id FROM manifest_entries e JOIN movements m ON m.id = e.movement_id "
            "WHERE m.crisis_id = ?)", [*params, *(only or excluded), movement.crisis_id]).fetchall()
        return [Candidate(*r) for r in rows]

    @requires(Action.MANAGE_MOVEMENTS)
    def autofill(self, movement_id: int) -> Allocation:
        """Fill the free seats from the assembly point's nationals who are on no manifest of this crisis."""
        movement = self.get(movement_id)
        if movement.origin_id is None:
            raise CrisisError(_("The movement has no assembly point to load at."),
                              where=movement.name, hint=_("Choose the assembly point of the movement first."))
        free = movement.seats - self.count(movement_id)
        at_point = "n.id IN (SELECT national_id FROM assignments WHERE assembly_point_id = ?)"
        plan = allocate(self._candidates(movement, at_point, [movement.origin_id],
                                         excluded=tuple(dict.fromkeys(NOT_WAITING + HELD_BACK))), free)
        plan.held = self._candidates(movement, at_point, [movement.origin_id], only=HELD_BACK)
        self._append(movement, [c.id for c in plan.seated], "{} people added to the manifest of {} (auto-fill)")
        return plan

    @requires(Action.MANAGE_MOVEMENTS)
    def add(self, movement_id: int, national_ids) -> Changes:
        """Add people by hand; each brings the members of their household who are not on a manifest yet."""
        movement = self.get(movement_id)
        ids = [int(i) for i in national_ids]
        households = [r[0] for r in self.db.execute(
            f"SELECT DISTINCT household FROM nationals WHERE id IN ({', '.join('?' * len(ids))}) AND household != ''",
            ids)] if ids else []
        members = self._candidates(movement, f"n.household IN ({', '.join('?' * len(households))})",
                                   households) if households else []
        listed = {r[0] for r in self.db.execute(
            "SELECT e.national_id FROM manifest_entries e JOIN movements m ON m.id = e.movement_id "
            "WHERE m.crisis_id = ?", [movement.crisis_id])}
        wanted = [i for i in ids if i not in listed] + [c.id for c in members if c.id not in ids]
        if self.count(movement_id) + len(wanted) > movement.seats:
            raise CrisisError(_("{n} more people do not fit: {free} seats are free on {name}.").format(
                n=len(wanted), free=movement.seats - self.count(movement_id), name=movement.name),
                hint=_("Households travel together; choose another movement or add seats."))
        return self._append(movement, wanted, "{} people added to the manifest of {} by hand")

    def _append(self, movement: Movement, ids: list[int], template: str) -> Changes:
        if not ids:
            return Changes()
        if self._seated_by_host(movement, ids, template):
            return changed("manifest_entries", "crisis_log", count=len(ids), ids=(movement.id,))
        with self.db.atomic(), self.crises._quiet():
            start = self.db.execute("SELECT coalesce(max(position), 0) FROM manifest_entries WHERE movement_id = ?",
                                    [movement.id]).fetchone()[0]
            self.db.conn.executemany(
                "INSERT INTO manifest_entries (movement_id, national_id, position) VALUES (?, ?, ?)",
                [(movement.id, nid, start + k + 1) for k, nid in enumerate(ids)])
            self.crises._log(movement.crisis_id, LogKind.MANIFEST, template, (len(ids), movement.name),
                            count=len(ids), ref_id=movement.id)
            self.crises._audit("manifest_add", {"movement_id": movement.id, "national_ids": ids})
        return changed("manifest_entries", "crisis_log", count=len(ids), ids=(movement.id,))

    def _seated_by_host(self, movement: Movement, ids: list[int], template: str) -> bool:
        """On a cell laptop, the seats are taken by the host, which checks the movement's seats (issue 19).

        False when the laptop seats them itself: not a cell copy, or the host cannot be reached or does
        not hold these records yet. The seats are then provisional: the host checks them when the
        changes merge, and flags an over-booking (`sync_flags`) instead of dropping anyone.
        """
        host = crisis_authority.remote(self.store) if crisis_authority.is_cell_copy(self.db) else None
        if host is None:
            return False
        marks = ", ".join("?" * len(ids))
        uuids = [r[0] for r in self.db.execute(f"SELECT uuid FROM nationals WHERE id IN ({marks}) ORDER BY id", ids)]
        try:
            return bool(host.seat(movement.uuid, uuids, template))
        except OSError:
            return False

    @requires(Action.MANAGE_MOVEMENTS)
    def remove(self, movement_id: int, national_ids) -> Changes:
        movement = self.get(movement_id)
        ids = [int(i) for i in national_ids]
        with self.db.atomic():
            cursor = self.db.execute(
                f"DELETE FROM manifest_entries WHERE movement_id = ? AND national_id IN ({', '.join('?' * len(ids))})",
                [movement_id, *ids])
            self.crises._log(movement.crisis_id, LogKind.MANIFEST, "{} people removed from the manifest of {}",
                            (cursor.rowcount, movement.name), ref_id=movement_id)
        return changed("manifest_entries", "crisis_log", count=cursor.rowcount, ids=(movement_id,))

    # -- boarding and arrival ------------------------------------------------
    @requires(Action.MANAGE_MOVEMENTS)
    def mark(self, movement_id: int, national_ids, arrived: bool = False) -> Changes:
        """Mark people boarded (or arrived); their accountability status follows in the same transaction."""
        movement = self.get(movement_id)
        column = "arrived_at" if arrived else "boarded_at"
        ids = [int(i) for i in national_ids]
        now = utc_now()
        with self.db.atomic():
            placeholders = ", ".join("?" * len(ids))
            targets = [r[0] for r in self.db.execute(
                f"SELECT national_id FROM manifest_entries WHERE movement_id = ? AND national_id IN ({placeholders}) "
                f"AND {column} IS NULL", [movement_id, *ids])]
            if len(set(ids)) != len(targets) + self._already(movement_id, ids, column):
                raise CrisisError(_("Some of these people are not on the manifest of {name}.").format(
                    name=movement.name), hint=_("Add them to the manifest first."))
            if not targets:
                return Changes()
            marks = ", ".join("?" * len(targets))
            extra = ", boarded_at = coalesce(boarded_at, ?)" if arrived else ""
            self.db.execute(f"UPDATE manifest_entries SET {column} = ?{extra} WHERE movement_id = ? "
                            f"AND national_id IN ({marks})", [now, *([now] if arrived else []), movement_id, *targets])
            status = (AccountabilityStatus.REPATRIATED if arrived and movement.repatriation
                      else AccountabilityStatus.EVACUATED)
            self.crises.accountability.set_status(targets, status, StatusSource.MANIFEST, movement.name)
            self.crises._log(movement.crisis_id, LogKind.ARRIVED if arrived else LogKind.BOARDED,
                            "{} people arrived with {}" if arrived else "{} people boarded {}",
                            (len(targets), movement.name), count=len(targets), ref_id=movement_id, at=now)
        return changed("manifest_entries", "nationals", "status_events", "crisis_log", count=len(targets),
                       ids=tuple(targets))

    def _already(self, movement_id: int, ids: list[int], column: str) -> int:
        return self.db.execute(
            f"SELECT count(*) FROM manifest_entries WHERE movement_id = ? AND national_id IN "
            f"({', '.join('?' * len(ids))}) AND {column} IS NOT NULL", [movement_id, *ids]).fetchone()[0]
