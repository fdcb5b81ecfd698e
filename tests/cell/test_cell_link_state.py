"""An officer's link keeps its state cheaply: an exchange with nothing new writes nothing, and the last exchange
is remembered for the offline banner of the next session."""

import pytest

from micic_planner.cell.host import CellHost
from micic_planner.cell.officer import CellLink, join
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post

COPY_PASSPHRASE = "copia de ana con clave 2026!"


@pytest.fixture
def ana(tmp_path):
    make_post(tmp_path / "post.db", people=5)
    store = open_post(tmp_path / "post.db", "jefa")
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    url = f"https://127.0.0.1:{host.port}"
    join(url, host.code, "ana", PASSWORDS["ana"][0], tmp_path / "ana.db", COPY_PASSPHRASE, host.fingerprint)
    copy = open_post(tmp_path / "ana.db", "ana", COPY_PASSPHRASE)
    yield copy, tmp_path
    copy.close()
    host.stop()
    store.close()


def test_an_exchange_that_brings_nothing_new_writes_nothing_to_the_officers_copy(ana):
    copy, _tmp = ana
    link = CellLink(copy)
    link.exchange()  # the first one records the link's state
    before = copy.db.conn.total_changes
    for _ in range(3):
        result = link.exchange()
    assert result["applied"] == 0 and copy.db.conn.total_changes == before
    link.stop()


def test_a_laptop_opened_again_remembers_when_it_last_exchanged_for_the_offline_banner(ana):
    copy, tmp_path = ana
    link = CellLink(copy)
    link.exchange()
    link.exchange()
    at = link.last_sync
    link.stop()
    copy.close()
    again = open_post(tmp_path / "ana.db", "ana", COPY_PASSPHRASE)
    try:
        assert at and CellLink(again).last_sync == at
    finally:
        again.close()
