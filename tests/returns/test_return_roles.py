"""Every role × every return operation: allowed as `core.security.PERMISSIONS` says, or refused with nothing written."""

from datetime import date

import pytest
from argon2 import PasswordHasher

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.returns.case import CaseState, ReturnCase
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.core.security import Action, Role, can
from micic_planner.storage import users
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.figures_source import ReturnFiguresSource
from micic_planner.storage.returns.handover import ReturnHandover
from micic_planner.storage.store import PostStore
from tests.returns.returns_fixture import add_people

PASSWORD = "Quetzal-ceiba-río-{}-4418"
OPS = [
    ("list cases", (Action.VIEW_RETURNS,), lambda r, ids: r.page(CaseFilter(), 0, 10)),
    ("read a case file", (Action.VIEW_RETURNS,), lambda r, ids: r.case_file(1)),
    ("open a case", (Action.MANAGE_RETURNS,), lambda r, ids: r.open_case(ReturnCase(date.today()), [ids["asilo"]])),
    ("assess a case", (Action.MANAGE_RETURNS,), lambda r, ids: r.advance(1, CaseState.ASSESSED)),
    ("receive a returnee", (Action.RECEIVE_RETURNS,), lambda r, ids: r.advance(2, CaseState.RECEIVED)),
    ("hand a case over", (Action.HANDOVER_RETURNS, Action.VIEW_RETURNS),
     lambda r, ids: ReturnHandover(r.store).outgoing([2])),
    ("count the returns", (Action.VIEW_RETURNS,), lambda r, ids: ReturnFiguresSource(r.store).figures()),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("roles") / "post.micic"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1), raising=False)
        with PostStore.open(path, create=True) as store:
            ids = add_people(store)
            returns = ReturnStore(store)
            returns.open_case(ReturnCase(date.today(), assessment="Quiere volver"), [ids["solo"]])
            gone = ReturnCase(date.today(), assessment="ok", consent_handover=True,
                              declaration_signed_on=date.today(), travel_date=date.today())
            returns.open_case(gone, [ids["madre"], ids["padre"], ids["hija"]])
            store.db.execute("UPDATE return_cases SET state = 'departed' WHERE id = ?", [gone.id])
            for role in Role:
                store.add_user(role.value, role, PASSWORD.format(role.value))
            post = store.post()
            post.is_training = True  # so the trainee may open it too
            store.save_post(post)
    return path, ids


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("op", OPS, ids=lambda o: o[0])
def test_each_role_may_do_exactly_the_return_operations_its_permissions_give(template, tmp_path, role, op):
    import shutil

    path, ids = template
    copy = tmp_path / "post.micic"
    shutil.copy(path, copy)
    _name, needs, run = op
    with PostStore.open(copy, user=role.value, password=PASSWORD.format(role.value)) as store:
        returns = ReturnStore(store)
        before = store.db.execute("SELECT count(*), group_concat(state) FROM return_cases").fetchone()
        if all(can(role, a) for a in needs):
            run(returns, ids)
            return
        with pytest.raises(PermissionDeniedError):
            run(returns, ids)
        assert store.db.execute("SELECT count(*), group_concat(state) FROM return_cases").fetchone() == before


def test_a_warden_list_viewer_and_nobody_else_is_kept_from_every_case():
    assert [r for r in Role if not can(r, Action.VIEW_RETURNS)] == [Role.VIEWER]
