"""Every role × every operation, through the storage API and through the CLI: allowed, or refused plainly.

The expected answer comes from `core.security.PERMISSIONS`, so the matrix follows the policy; a
scan of the storage classes fails when a public method declares no permission at all.
"""

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from argon2 import PasswordHasher

import micic_planner.storage as storage_package
from micic_planner import cli
from micic_planner.core.crisis import Assistance, AssistanceKind, DocumentIssued, DocumentKind, Movement
from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard
from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.exercise import list_scenarios
from micic_planner.core.i18n import _
from micic_planner.core.models import Place, PlaceKind, Zone
from micic_planner.core.security import Action, Role, can
from micic_planner.core.sensitivity import PARTNER_PROFILE
from micic_planner.storage import users
from micic_planner.storage.assignment_store import AssignmentStore
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.exchange_source import EXPORT_FIELDS, ExchangeSource
from micic_planner.storage.exercise_store import ExerciseStore
from micic_planner.storage.geo_import import GeoImport
from micic_planner.storage.guarded import GuardedNationals, GuardedRecords
from micic_planner.storage.import_store import ImportStore
from micic_planner.storage.overview_queries import PostReader, post_figures
from micic_planner.storage.permissions import DECLARED, Guarded
from micic_planner.storage.place_coordinates import PlaceCoordinates
from micic_planner.storage.plan_source import authorize_restricted_print, load_plan_data
from micic_planner.storage.store import PostStore
from tests.security.role_posts import (
    SECRET_NOTE,
    USERS,
    build_role_post,
    copy_post,
    data_digest,
    sign_in,
)

ROLES = list(Role)


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("role-posts")
    # Cheap password hashes: a sign-in reads the cost from the stored hash, so the 250 sign-ins stay quick.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
        return {False: build_role_post(folder / "real.micic"), True: build_role_post(folder / "training.micic", True)}


def _post_for(templates, role: Role, training: bool, tmp_path):
    """A trainee works only on training posts, so every operation of theirs runs on one."""
    return copy_post(templates[training or role is Role.TRAINEE], tmp_path / "post")


def _allowed(role: Role, needs: tuple[Action, ...]) -> bool:
    return all(can(role, action) for action in needs)


def _refusal_names(role: Role, needs: tuple[Action, ...]) -> tuple[str, str]:
    missing = next(a for a in needs if not can(role, a))
    return role.label(), _(missing.label_en)


# -- through the storage API -----------------------------------------------------
@dataclass(frozen=True)
class Op:
    name: str
    needs: tuple[Action, ...]
    run: Callable  # (store, post) -> anything
    training: bool = False

    def __str__(self) -> str:
        return self.name


def _crises(store):
    return CrisisStore(store)


def _reopen(store, post):
    crises = _crises(store)
    crises.close()
    return crises.open("Sismo", Hazard.EARTHQUAKE)


STORAGE_OPS = [
    Op("read the registry", (Action.VIEW_REGISTRY,), lambda s, p: s.nationals.count()),
    Op("edit a national", (Action.EDIT_REGISTRY,), lambda s, p: s.nationals.update(s.nationals.get(3))),
    Op("edit the plan", (Action.EDIT_PLAN,), lambda s, p: s.records.add(Zone("Zona nueva"))),
    Op("import places from a map file", (Action.EDIT_PLAN,),
       lambda s, p: GeoImport(s).run([Place("Escuela", PlaceKind.SHELTER, 15.4, -88.1)], [], [])),
    Op("geocode nationals", (Action.EDIT_REGISTRY,), lambda s, p: PlaceCoordinates(s).fill("HN")),
    Op("read the crisis board", (Action.VIEW_REGISTRY,), lambda s, p: _crises(s).accountability.board()),
    Op("read the timeline", (Action.VIEW_REGISTRY,), lambda s, p: _crises(s).timeline(p.crisis_id)),
    Op("read a call list", (Action.VIEW_REGISTRY,), lambda s, p: _crises(s).accountability.call_list(p.warden_id)),
    Op("open a crisis", (Action.RUN_CRISIS,), _reopen),
    Op("raise the alert level", (Action.RUN_CRISIS,), lambda s, p: _crises(s).set_level(AlertPhase.RESTRICTION)),
    Op("tick the checklist", (Action.RUN_CRISIS,), lambda s, p: _crises(s).tick(p.action_id)),
    Op("close the crisis", (Action.RUN_CRISIS,), lambda s, p: _crises(s).close("fin")),
    Op("mark two people deceased", (Action.UPDATE_STATUS,),
       lambda s, p: _crises(s).accountability.set_status([3, 4], AccountabilityStatus.DECEASED)),
    Op("update a zone's statuses", (Action.UPDATE_STATUS,),
       lambda s, p: _crises(s).accountability.set_zone(None, AccountabilityStatus.SAFE)),
    Op("plan a movement", (Action.MANAGE_MOVEMENTS,),
       lambda s, p: _crises(s).movements.save(Movement(p.crisis_id, "Bus 2", seats=10))),
    Op("add people to a manifest", (Action.MANAGE_MOVEMENTS,),
       lambda s, p: _crises(s).movements.add(p.movement_id, [5])),
    Op("mark people boarded", (Action.MANAGE_MOVEMENTS,), lambda s, p: _crises(s).movements.mark(p.movement_id, [2])),
    Op("print a manifest", (Action.MANAGE_MOVEMENTS,), lambda s, p: _crises(s).movements.manifest(p.movement_id)),
    Op("issue a travel document", (Action.GIVE_AID,), lambda s, p: _crises(s).aid.issue(
        DocumentIssued(p.crisis_id, 3, DocumentKind.SAFE_CONDUCT, "SC-2030-00001", date.today()))),
    Op("record assistance", (Action.GIVE_AID,), lambda s, p: _crises(s).aid.give(
        Assistance(p.crisis_id, 3, AssistanceKind.FOOD, date.today()))),
    Op("assign assembly points", (Action.ASSIGN,), lambda s, p: AssignmentStore(s).assign()),
    Op("put nationals into zones", (Action.ASSIGN,), lambda s, p: AssignmentStore(s).place_in_zones()),
    Op("save an import mapping", (Action.IMPORT,), lambda s, p: ImportStore(s).save_mapping("IOM", "{}")),
    Op("export the full registry", (Action.EXPORT, Action.VIEW_RESTRICTED),
       lambda s, p: list(ExchangeSource(s, "full").nationals(EXPORT_FIELDS))),
    Op("export for a partner", (Action.EXPORT_PARTNERS,),
       lambda s, p: list(ExchangeSource(s, "partner").nationals(list(PARTNER_PROFILE)))),
    Op("export the status history", (Action.EXPORT,), lambda s, p: ExchangeSource(s, "full").status_events()),
    Op("export contacts", (Action.EXPORT_PARTNERS,), lambda s, p: ExchangeSource(s).wardens()),
    Op("export figures by zone", (Action.VIEW_REGISTRY,), lambda s, p: ExchangeSource(s).zone_figures()),
    Op("print restricted data", (Action.PRINT_RESTRICTED,), lambda s, p: authorize_restricted_print(s)),
    Op("back up", (Action.BACKUP,), lambda s, p: s.backup()),
    Op("review expired records", (Action.REVIEW_EXPIRY,), lambda s, p: s.retention.review()),
    Op("purge expired records", (Action.PURGE,), lambda s, p: s.retention.purge()),
    Op("read the audit log", (Action.VIEW_AUDIT,), lambda s, p: s.audit_entries()),
    Op("list users", (Action.MANAGE_USERS,), lambda s, p: s.user_list()),
    Op("log an exercise action", (Action.RUN_EXERCISE,), lambda s, p: ExerciseStore(s).log_action(
        ExerciseStore(s).current(), "Llamamos a los enlaces"), training=True),
    Op("end an exercise", (Action.RUN_EXERCISE,), lambda s, p: ExerciseStore(s).end(ExerciseStore(s).current()),
       training=True),
    Op("read an exercise's score", (Action.VIEW_REGISTRY,), lambda s, p: ExerciseStore(s).score(
        ExerciseStore(s).current(), list_scenarios()[0]), training=True),
]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
@pytest.mark.parametrize("op", STORAGE_OPS, ids=str)
def test_the_storage_allows_or_refuses_every_operation_for_every_role(templates, tmp_path, role, op):
    post = _post_for(templates, role, op.training, tmp_path)
    with sign_in(post, role) as store:
        before = data_digest(store)
        if _allowed(role, op.needs):
            op.run(store, post)
            return
        with pytest.raises(PermissionDeniedError) as refused:
            op.run(store, post)
        role_label, action_label = _refusal_names(role, op.needs)
        assert role_label in str(refused.value) and action_label in str(refused.value)
        assert data_digest(store) == before, "a refused call wrote to the post"


def test_a_viewer_reads_the_board_and_call_lists_without_vulnerabilities(templates, tmp_path):
    post = copy_post(templates[False], tmp_path)
    with sign_in(post, Role.VIEWER) as store:
        crises = CrisisStore(store)
        assert not crises.accountability.board().by_vulnerability
        assert all(p["vulnerabilities"] == 0 for p in crises.movements.passengers(post.movement_id))
    with sign_in(post, Role.OFFICER) as store:
        assert CrisisStore(store).accountability.board().by_vulnerability


def test_a_viewers_overview_and_plan_readers_count_no_vulnerabilities(templates, tmp_path):
    post = copy_post(templates[False], tmp_path)
    for role, counted in ((Role.VIEWER, False), (Role.OFFICER, True)):
        with sign_in(post, role) as store:
            _post, figures = post_figures(store.db, store.session)
            assert bool(figures.vulnerable_total) is counted
            reader = PostReader(*PostReader.source(store))
            try:
                assert bool(load_plan_data(reader).figures.vulnerable_total) is counted
            finally:
                reader.close()


def test_a_trainee_is_turned_away_from_a_real_post(templates, tmp_path):
    post = copy_post(templates[False], tmp_path)
    with pytest.raises(PermissionDeniedError, match="trainee"):
        sign_in(post, Role.TRAINEE)


# -- through the CLI ---------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    name: str
    needs: tuple[Action, ...]
    steps: Callable  # (post, folder) -> list of argv lists, run in order
    out: str = ""  # a file the command writes, which a refusal must not leave behind
    training: bool = False

    def __str__(self) -> str:
        return self.name


def _status_csv(folder):
    path = folder / "estados.csv"
    path.write_text("id,status\n3,deceased\n4,deceased\n", encoding="utf-8")
    return str(path)


def _import_csv(folder):
    path = folder / "nuevos.csv"
    path.write_text("family_names,given_names,passport_no\nReyes,Marta,G99001\n", encoding="utf-8")
    return str(path)


def _geojson(folder):
    path = folder / "lugares.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
                    '"coordinates": [-88.1, 15.4]}, "properties": {"name": "Escuela", "kind": "shelter"}}]}',
                    encoding="utf-8")
    return str(path)


def _vcard(folder):
    path = folder / "contactos.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana López\r\nORG:Albergue Belén\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    return str(path)


def _hxl(folder):
    path = folder / "poblacion.csv"
    path.write_text("Zona,Población\n#adm1+name,#population\nNorte,1200\n", encoding="utf-8")
    return str(path)


def _export(fmt: str, profile: str = "partner"):
    # In clear, so a refused export can be checked for a file at exactly this name.
    return lambda p, f: [["export", "--db", str(p.path), "--format", fmt, "--profile", profile, "--no-encrypt",
                          "--out", str(f / f"out.{fmt}")]]


COMMANDS = [
    Command("crisis open", (Action.RUN_CRISIS,), lambda p, f: [
        ["crisis", "close", "--db", str(p.path)],
        ["crisis", "open", "--db", str(p.path), "--title", "Sismo", "--hazard", "earthquake"]]),
    Command("crisis level", (Action.RUN_CRISIS,), lambda p, f: [["crisis", "level", "--db", str(p.path), "3"]]),
    Command("crisis close", (Action.RUN_CRISIS,), lambda p, f: [["crisis", "close", "--db", str(p.path)]]),
    Command("crisis list", (Action.VIEW_REGISTRY,), lambda p, f: [["crisis", "list", "--db", str(p.path)]]),
    Command("status", (Action.UPDATE_STATUS,), lambda p, f: [
        ["status", "--db", str(p.path), "--csv", _status_csv(f)]]),
    Command("manifest", (Action.MANAGE_MOVEMENTS,), lambda p, f: [
        ["manifest", "--db", str(p.path), "--movement", str(p.movement_id), "--out", str(f / "out.csv")]], "out.csv"),
    Command("calllist", (Action.VIEW_REGISTRY,), lambda p, f: [
        ["calllist", "--db", str(p.path), "--warden", str(p.warden_id), "--out", str(f / "out.csv")]]),
    Command("assign", (Action.ASSIGN,), lambda p, f: [["assign", "--db", str(p.path)]]),
    Command("zone", (Action.ASSIGN,), lambda p, f: [["zone", "--db", str(p.path)]]),
    Command("geocode", (Action.EDIT_REGISTRY,), lambda p, f: [["geocode", "--db", str(p.path)]]),
    Command("import-geo", (Action.EDIT_PLAN,), lambda p, f: [["import-geo", "--db", str(p.path), _geojson(f)]]),
    Command("partners import-vcard", (Action.EDIT_PLAN,), lambda p, f: [
        ["partners", "import-vcard", "--db", str(p.path), _vcard(f)]]),
    Command("figures import-hxl", (Action.EDIT_PLAN,), lambda p, f: [
        ["figures", "import-hxl", "--db", str(p.path), _hxl(f)]]),
    Command("import", (Action.IMPORT,), lambda p, f: [
        ["import", "--db", str(p.path), "--no-geocode", _import_csv(f)]]),
    Command("export csv full", (Action.EXPORT, Action.VIEW_RESTRICTED), _export("csv", "full"), "out.csv"),
    Command("export xlsx full", (Action.EXPORT, Action.VIEW_RESTRICTED), _export("xlsx", "full"), "out.xlsx"),
    Command("export pfif full", (Action.EXPORT,), _export("pfif", "full"), "out.pfif"),
    Command("export csv partner", (Action.EXPORT_PARTNERS,), _export("csv"), "out.csv"),
    Command("export vcard", (Action.EXPORT_PARTNERS,), _export("vcard"), "out.vcard"),
    Command("export hxl", (Action.VIEW_REGISTRY,), _export("hxl")),
    Command("backup", (Action.BACKUP,), lambda p, f: [["backup", str(p.path), "--folder", str(f / "copias")]]),
    Command("expiry review", (Action.REVIEW_EXPIRY,), lambda p, f: [["expiry", "review", str(p.path)]]),
    Command("expiry purge", (Action.PURGE,), lambda p, f: [["expiry", "purge", str(p.path), "--yes"]]),
    Command("audit export", (Action.VIEW_AUDIT,), lambda p, f: [["audit", "export", str(p.path), str(f / "a.csv")]],
            "a.csv"),
    Command("users list", (Action.MANAGE_USERS,), lambda p, f: [["users", "list", str(p.path)]]),
    Command("encrypt", (Action.CHANGE_PASSPHRASE,), lambda p, f: [["encrypt", str(p.path)]]),
    Command("exercise log", (Action.RUN_EXERCISE,), lambda p, f: [
        ["exercise", "log", "--db", str(p.path), "--text", "Llamamos a los enlaces"]], training=True),
    Command("exercise status", (Action.RUN_EXERCISE,), lambda p, f: [
        ["exercise", "status", "--db", str(p.path)]], training=True),
    Command("exercise end", (Action.RUN_EXERCISE,), lambda p, f: [["exercise", "end", "--db", str(p.path)]],
            training=True),
]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
@pytest.mark.parametrize("command", COMMANDS, ids=str)
def test_the_cli_allows_or_refuses_every_command_for_every_role(templates, tmp_path, monkeypatch, capsys, role,
                                                                 command):
    post = _post_for(templates, role, command.training, tmp_path)
    folder = tmp_path / "work"
    folder.mkdir()
    name, password = USERS[role]
    monkeypatch.setenv("MICIC_USER", name)
    monkeypatch.setenv("MICIC_PASSWORD", password)
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "marimba volcán lluvia 47")
    allowed = _allowed(role, command.needs)
    codes = []
    for argv in command.steps(post, folder):
        codes.append(cli.main(argv))
        if codes[-1]:
            break
    err = capsys.readouterr().err
    if allowed:
        assert set(codes) == {0}, err
        return
    assert codes[-1] == 2, err
    role_label, action_label = _refusal_names(role, command.needs)
    assert role_label in err and action_label in err and "Traceback" not in err
    if command.out:
        assert not (folder / command.out).exists(), "a refused export left a file"
    template = templates[command.training or role is Role.TRAINEE]
    assert data_digest(post.path) == data_digest(template.path), "a refused command wrote to the post"


def test_a_viewers_refused_full_export_says_so_plainly_and_writes_nothing(templates, tmp_path, monkeypatch, capsys):
    post = copy_post(templates[False], tmp_path)
    monkeypatch.setenv("MICIC_USER", USERS[Role.VIEWER][0])
    monkeypatch.setenv("MICIC_PASSWORD", USERS[Role.VIEWER][1])
    out = tmp_path / "registro.csv"
    code = cli.main(["export", "--db", str(post.path), "--format", "csv", "--profile", "full", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err.startswith("Error: Your role (Warden-list viewer) may not export files.")
    assert SECRET_NOTE not in err


def test_a_refusal_is_told_in_spanish_to_a_spanish_user(templates, tmp_path, monkeypatch, capsys):
    post = copy_post(templates[False], tmp_path)
    monkeypatch.setenv("MICIC_USER", USERS[Role.VIEWER][0])
    monkeypatch.setenv("MICIC_PASSWORD", USERS[Role.VIEWER][1])
    code = cli.main(["--lang", "es", "crisis", "level", "--db", str(post.path), "4"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Su rol (Consulta de listas de enlaces) no permite abrir, cambiar o cerrar una crisis." in err


# -- every store method declares what it needs ------------------------------------------
def _store_classes() -> list[type]:
    """PostStore, the guarded records and registry, and every storage class built over a store or a crisis store."""
    found = {PostStore, GuardedRecords, GuardedNationals}
    for module_info in pkgutil.iter_modules(storage_package.__path__):
        module = importlib.import_module(f"micic_planner.storage.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            params = inspect.signature(cls.__init__).parameters if "__init__" in cls.__dict__ else {}
            if issubclass(cls, Guarded) or {"store", "crises"} & set(params):
                found.add(cls)
    return sorted(found, key=lambda c: c.__name__)


def test_every_class_built_over_a_store_is_guarded():
    classes = _store_classes()
    assert {c.__name__ for c in classes} >= {"CrisisStore", "AccountabilityStore", "MovementStore", "AidStore",
                                             "AssignmentStore", "ImportStore", "ExerciseStore", "RetentionStore",
                                             "ExchangeSource", "GeoImport", "PlaceCoordinates"}
    unguarded = [c.__name__ for c in classes if c not in (PostStore, GuardedRecords, GuardedNationals)
                 and not issubclass(c, Guarded)]
    assert unguarded == []


def test_every_public_store_method_declares_the_permission_it_needs():
    missing = []
    for cls in _store_classes():
        for name, attr in inspect.getmembers(cls):
            if name.startswith("_"):
                continue
            raw = inspect.getattr_static(cls, name)
            # Properties read the session's own state; `open` and `memory` are the sign-in itself.
            if isinstance(raw, property | classmethod | staticmethod) or not callable(attr):
                continue
            if not attr.__module__.startswith("micic_planner.storage"):
                continue  # a hook a front installs, such as the CLI's credential provider
            if not hasattr(attr, DECLARED):
                missing.append(f"{cls.__name__}.{name}")
    assert missing == [], "store methods with no @requires, @checks_inside or @any_role: " + ", ".join(missing)
