"""A small post in crisis with one user of each role, real or training, for the role tests."""

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from micic_planner.core.crisis import Movement
from micic_planner.core.enums import Hazard, Vulnerability
from micic_planner.core.exercise import list_scenarios
from micic_planner.core.security import Role
from micic_planner.storage.connection import raw_connect
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.exercise_store import ExerciseStore
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post

# Long, varied passwords, so that a stricter password rule does not turn the fixture away.
USERS = {Role.ADMINISTRATOR: ("ana", "Ana-volcán-marimba-7731"), Role.OFFICER: ("olga", "Olga-lluvia-ceiba-4418"),
         Role.VIEWER: ("vera", "Vera-quetzal-río-9054"), Role.TRAINEE: ("tomas", "Tomás-jaguar-lago-2287"),
         Role.RECEPTION: ("rita", "Rita-quetzal-ceiba-4418")}
SECRET_NOTE = "sobreviviente de trata, no compartir"


@dataclass(frozen=True)
class RolePost:
    """Ids of what the operations act on, the same in every copy of the post."""

    path: Path
    crisis_id: int
    movement_id: int
    warden_id: int
    point_id: int
    action_id: int
    partner_id: int


def build_role_post(path: Path, training: bool = False) -> RolePost:
    with PostStore.open(path, create=True) as store:
        data = build_post(store, nationals=12)
        first = store.nationals.get(1)
        first.notes, first.migration_status = SECRET_NOTE, "irregular"
        first.vulnerabilities = Vulnerability.TRAFFICKING_VICTIM
        store.nationals.update(first)
        if training:
            post = store.post()
            post.is_training = True
            store.save_post(post)
            ExerciseStore(store).start(list_scenarios()[0])
        crises = CrisisStore(store)
        crisis = crises.open("Huracán Eta", Hazard.HURRICANE)
        bus = Movement(crisis.id, "Bus 1", seats=20, origin_id=data["point"].id, departs_at=date.today().isoformat())
        crises.movements.save(bus)
        crises.movements.add(bus.id, [2])
        action_id = crises.checklist(crisis.id)[0].id
        for role, (name, password) in USERS.items():
            store.add_user(name, role, password)
    return RolePost(path, crisis.id, bus.id, data["warden"].id, data["point"].id, action_id, data["partner"].id)


def copy_post(template: RolePost, folder: Path) -> RolePost:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.path.name
    shutil.copy(template.path, target)
    return RolePost(target, template.crisis_id, template.movement_id, template.warden_id, template.point_id,
                    template.action_id, template.partner_id)


def sign_in(post: RolePost, role: Role) -> PostStore:
    name, password = USERS[role]
    return PostStore.open(post.path, user=name, password=password)


def data_digest(source) -> dict[str, list]:
    """Every row of every table but the sign-in records (sessions, users, audit), to prove nothing changed.

    `source` is an open store, or the path of a plain post, read without signing in.
    """
    if isinstance(source, Path):
        conn = raw_connect(source)
        try:
            return _digest(conn.execute)
        finally:
            conn.close()
    return _digest(source.db.execute)


def _digest(execute) -> dict[str, list]:
    skip = {"audit_log", "sessions", "users", "sqlite_sequence"}
    tables = [r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
              if r[0] not in skip and not r[0].startswith(("sqlite_", "nationals_fts"))]
    return {t: sorted(execute(f"SELECT * FROM \"{t}\"").fetchall(), key=repr) for t in tables}
