"""Partial replication (issue 18): headquarters sends each post what it holds and the reference data, a national
handed over to another post goes with their history, and a viewer's copy is never sent a restricted field."""

import json
import shutil

import pytest

from micic_planner.cli import main
from micic_planner.core.cell import RESTRICTED_FIELDS
from micic_planner.core.errors import SyncError
from micic_planner.core.security import Role, field_visible
from micic_planner.core.sync.registry import TABLES, table
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync import bundle
from micic_planner.storage.sync.changes import apply_payload, payload
from micic_planner.storage.sync.sync_store import SyncStore


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Headquarters and two posts, Norte and Sur, registered with each other through the CLI (made once)."""
    folder = tmp_path_factory.mktemp("country")
    paths = {name: folder / f"{name}.db" for name in ("hq", "norte", "sur")}
    for name, path in paths.items():
        PostStore.open(path, create=True).close()
        extra = ["--headquarters"] if name == "hq" else []
        assert main(["sync", "init", str(path), "--name", name.capitalize(), *extra]) == 0
        assert main(["sync", "keys", str(path), str(folder / f"{name}.key")]) == 0
    for post in ("norte", "sur"):
        assert main(["sync", "register", str(paths["hq"]), str(folder / f"{post}.key")]) == 0
        assert main(["sync", "register", str(paths[post]), str(folder / "hq.key")]) == 0
    return folder


@pytest.fixture
def country(template, tmp_path, no_network):
    """A fresh copy of the template's three files for each test."""
    for source in template.iterdir():
        shutil.copyfile(source, tmp_path / source.name)
    return {name: tmp_path / f"{name}.db" for name in ("hq", "norte", "sur")}


def _sql(path, sql, params=()):
    with PostStore.open(path) as store:
        return store.db.execute(sql, params).fetchall()


def _register(path, uuid, family, **extra):
    columns = {"uuid": uuid, "given_names": "Ana", "family_names": family, **extra}
    _sql(path, f"INSERT INTO nationals ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
         list(columns.values()))
    _sql(path, "INSERT INTO status_events (national_id, status) SELECT id, 'safe' FROM nationals WHERE uuid = ?",
         [uuid])


def _send(paths, sender, receiver, tmp_path, name) -> str:
    """Export from `sender` to `receiver` through the CLI, import it, and return the decrypted payload."""
    out = tmp_path / f"{name}.micicsync"
    assert main(["sync", "export", str(paths[sender]), receiver.capitalize(), str(out)]) == 0
    text = _open(paths, sender, receiver, out)
    assert main(["sync", "import", str(paths[receiver]), str(out)]) == 0
    return text


def _open(paths, sender, receiver, out) -> str:
    """The raw payload of a bundle, as the receiver decrypts it."""
    with PostStore.open(paths[receiver]) as store:
        sync = SyncStore(store)
        head = bundle.header(out.read_bytes())
        site = sync._site(head["from"])
        key = site["exchange_key"] or store.db.execute("SELECT exchange_key FROM sync_state").fetchone()[0]
        return bundle.open_bundle(out.read_bytes(), signer_key=site["public_key"], exchange_key=key)


def _changed_records(text) -> set[str]:
    return {c[3] for c in json.loads(text)["changes"]}


def _both_posts_up(paths, tmp_path):
    _register(paths["norte"], "n-ana", "Norteña")
    _register(paths["sur"], "s-bea", "Sureña")
    _send(paths, "norte", "hq", tmp_path, "up-norte")
    _send(paths, "sur", "hq", tmp_path, "up-sur")


def test_headquarters_bundle_for_one_post_holds_none_of_the_other_posts_nationals(country, tmp_path):
    paths = country
    _both_posts_up(paths, tmp_path)
    to_norte = _send(paths, "hq", "norte", tmp_path, "down-norte")
    to_sur = _send(paths, "hq", "sur", tmp_path, "down-sur")
    assert "s-bea" not in to_norte and "Sureña" not in to_norte
    assert "n-ana" not in to_sur and "Norteña" not in to_sur
    assert _sql(paths["norte"], "SELECT uuid FROM nationals") == [("n-ana",)]
    assert _sql(paths["sur"], "SELECT uuid FROM nationals") == [("s-bea",)]
    assert _sql(paths["hq"], "SELECT count(*) FROM nationals") == [(2,)]


def test_reference_data_headquarters_made_reaches_both_posts_but_a_posts_own_partner_stays_home(country, tmp_path):
    paths = country
    _sql(paths["hq"], "INSERT INTO partners (uuid, name) VALUES ('p-cruz', 'Cruz Roja nacional')")
    _sql(paths["hq"], "INSERT INTO zones (uuid, name) VALUES ('z-pais', 'Todo el país')")
    _sql(paths["sur"], "INSERT INTO partners (uuid, name) VALUES ('p-local', 'Hospital del Sur')")
    _send(paths, "sur", "hq", tmp_path, "up-sur")
    for post in ("norte", "sur"):
        _send(paths, "hq", post, tmp_path, f"down-{post}")
        assert ("Todo el país",) in _sql(paths[post], "SELECT name FROM zones")
    assert _sql(paths["norte"], "SELECT name FROM partners") == [("Cruz Roja nacional",)]
    assert sorted(_sql(paths["sur"], "SELECT name FROM partners")) == [("Cruz Roja nacional",), ("Hospital del Sur",)]


def test_a_post_that_reported_back_is_not_sent_again_what_was_left_out(country, tmp_path):
    paths = country
    _both_posts_up(paths, tmp_path)
    _send(paths, "hq", "norte", tmp_path, "down-1")
    _send(paths, "norte", "hq", tmp_path, "up-2")  # tells headquarters how far it has considered each site
    again = _send(paths, "hq", "norte", tmp_path, "down-2")
    assert json.loads(again)["changes"] == []


def test_a_transfer_moves_a_person_with_their_history_and_later_edits_reach_the_new_post_only(country, tmp_path,
                                                                                                capsys):
    paths = country
    _both_posts_up(paths, tmp_path)
    for post in ("norte", "sur"):
        _send(paths, "hq", post, tmp_path, f"down-{post}")
        _send(paths, post, "hq", tmp_path, f"ack-{post}")
    assert main(["sync", "transfer", str(paths["hq"]), "--national", "s-bea", "--to", "Norte",
                 "--reason", "moved to the north"]) == 0
    assert "Sureña" in capsys.readouterr().out
    to_norte = _send(paths, "hq", "norte", tmp_path, "moved-norte")
    assert "s-bea" in to_norte
    moved = _sql(paths["norte"], "SELECT family_names, status FROM nationals WHERE uuid = 's-bea'")
    assert moved == [("Sureña", "safe")]
    to_sur = _send(paths, "hq", "sur", tmp_path, "moved-sur")  # the post they left learns of the move
    assert _sql(paths["sur"], "SELECT to_site FROM sync_transfers") == _sql(paths["hq"], "SELECT to_site FROM "
                                                                                      "sync_transfers")
    assert "Sureña" not in to_sur
    # The new post edits the person; headquarters takes it, and sends later edits to it, not to the old post.
    _sql(paths["norte"], "UPDATE nationals SET passport_no = 'N123' WHERE uuid = 's-bea'")
    _send(paths, "norte", "hq", tmp_path, "edit-norte")
    assert _sql(paths["hq"], "SELECT passport_no FROM nationals WHERE uuid = 's-bea'") == [("N123",)]
    _sql(paths["hq"], "UPDATE nationals SET phone = '+504 5550 0001' WHERE uuid = 's-bea'")
    assert "5550 0001" in _send(paths, "hq", "norte", tmp_path, "edit-hq-norte")
    to_sur = json.loads(_send(paths, "hq", "sur", tmp_path, "edit-hq-sur"))["changes"]
    assert [c[2] for c in to_sur if "s-bea" in json.dumps(c)] in ([], ["sync_transfers"])  # the move, sent again
    assert _sql(paths["sur"], "SELECT phone, passport_no FROM nationals WHERE uuid = 's-bea'") == [("", "")]
    assert _sql(paths["norte"], "SELECT phone FROM nationals WHERE uuid = 's-bea'") == [("+504 5550 0001",)]


def test_the_post_a_person_left_may_not_edit_them_and_its_bundle_still_goes_through(country, tmp_path):
    paths = country
    _both_posts_up(paths, tmp_path)
    with PostStore.open(paths["hq"]) as store:
        SyncStore(store).transfer("s-bea", "Norte")
    _send(paths, "hq", "sur", tmp_path, "moved-sur")
    _send(paths, "hq", "norte", tmp_path, "moved-norte")
    _sql(paths["sur"], "UPDATE nationals SET family_names = 'Cambiada', phone = '1' WHERE uuid = 's-bea'")
    _register(paths["sur"], "s-carla", "Nueva")
    _send(paths, "sur", "hq", tmp_path, "late-sur")
    assert _sql(paths["hq"], "SELECT family_names, phone FROM nationals WHERE uuid = 's-bea'") == [("Sureña", "")]
    assert _sql(paths["hq"], "SELECT count(*) FROM nationals WHERE uuid = 's-carla'") == [(1,)]
    detail = _sql(paths["hq"], "SELECT detail FROM audit_log WHERE action = 'sync_import' ORDER BY id DESC")[0][0]
    assert '"refused": 1' in detail
    # Relayed to the new post, the same edit is kept out there too.
    _send(paths, "hq", "norte", tmp_path, "relay-norte")
    assert _sql(paths["norte"], "SELECT family_names FROM nationals WHERE uuid = 's-bea'") == [("Sureña",)]


def test_a_post_may_not_hand_a_person_over(country, tmp_path):
    paths = country
    _register(paths["sur"], "s-bea", "Sureña")
    with PostStore.open(paths["sur"]) as store, pytest.raises(SyncError, match="Only headquarters"):
        SyncStore(store).transfer("s-bea", "Hq")
    # A forged transfer in a post's bundle is refused, and nothing of that bundle is taken.
    _sql(paths["sur"], "INSERT INTO sync_transfers (uuid, national_uuid, from_site, to_site) "
                       "VALUES ('t1', 's-bea', 'x', 'y')")
    out = tmp_path / "forged.micicsync"
    main(["sync", "export", str(paths["sur"]), "Hq", str(out)])
    assert main(["sync", "import", str(paths["hq"]), str(out)]) == 2
    assert _sql(paths["hq"], "SELECT count(*) FROM nationals") == [(0,)]


def test_a_viewers_copy_is_sent_no_restricted_field(country, tmp_path):
    paths = country
    assert main(["sync", "register", str(paths["hq"]), str(tmp_path / "norte.key"), "--reader-role", "viewer"]) == 0
    _register(paths["hq"], "h-dan", "Secreta", migration_status="Irregular-XQ", notes="nota-XQ", vulnerabilities=5)
    _sql(paths["hq"], "INSERT INTO status_events (national_id, status, note) SELECT id, 'needs_help', 'insulina-XQ' "
                      "FROM nationals WHERE uuid = 'h-dan'")
    _sql(paths["hq"], "UPDATE nationals SET notes = 'otra-XQ', vulnerabilities = 7, phone = '555' WHERE uuid = 'h-dan'")
    with PostStore.open(paths["hq"]) as store:
        SyncStore(store).transfer("h-dan", "Norte")
    text = _send(paths, "hq", "norte", tmp_path, "viewer")
    assert "h-dan" in text and "555" in text
    for word in ("XQ", "vulnerabilities", "migration_status", "notes", '"note"'):
        assert word not in text
    assert _sql(paths["norte"], "SELECT vulnerabilities, migration_status, notes, phone FROM nationals") == [
        (0, "", "", "555")]
    # The full copy of the other post receives them.
    _sql(paths["hq"], "UPDATE nationals SET notes = 'full-XQ' WHERE uuid = 'h-dan'")
    with PostStore.open(paths["hq"]) as store:
        SyncStore(store).transfer("h-dan", "Sur")
    assert "full-XQ" in _send(paths, "hq", "sur", tmp_path, "full")


def test_the_cell_host_answers_a_viewer_with_no_restricted_field(tmp_path):
    from micic_planner.cell.exchange import Exchange, Writer
    from micic_planner.cell.host import CellHost, Officer
    from micic_planner.storage.sync.changes import PAYLOAD_VERSION

    def answer(host, officer):
        data = {"v": PAYLOAD_VERSION, "from": officer.site}
        x = Exchange(officer, data, json.dumps(data), apply=False)
        Writer(host, lambda item: None)._work([x])
        assert x.status == 200, x.error
        return x.body, x.sent

    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.add_user("jefa", Role.ADMINISTRATOR, "Jefa-de-cell-2026!")
        store.add_user("vic", Role.VIEWER, "Vic-guardianes-2026!")
        store.add_user("ana", Role.OFFICER, "Ana-llamadas-2026!")
    with PostStore.open(path, user="jefa", password="Jefa-de-cell-2026!") as store:
        store.db.execute("INSERT INTO nationals (uuid, given_names, family_names, migration_status, notes, "
                         "vulnerabilities) VALUES ('c1', 'Eva', 'Celda', 'Irregular-XQ', 'nota-XQ', 3)")
        store.db.execute("INSERT INTO status_events (national_id, status, note) VALUES (1, 'safe', 'insulina-XQ')")
    store = PostStore.open(path, user="jefa", password="Jefa-de-cell-2026!")
    with store:
        host = CellHost(store, port=0)
        text, count = answer(host, Officer("vic", Role.VIEWER, "laptop1"))
        assert count >= 2 and "Celda" in text
        for word in ("XQ", "vulnerabilities", "migration_status", "notes", '"note"'):
            assert word not in text
        text, _count = answer(host, Officer("ana", Role.OFFICER, "laptop2"))
        assert "nota-XQ" in text


def test_the_fields_kept_from_a_viewer_are_those_security_hides_from_it():
    hidden = {f for f in table("nationals").fields if not field_visible(Role.VIEWER, f)}
    assert hidden == set(RESTRICTED_FIELDS["nationals"])


def test_a_reference_to_a_record_the_post_does_not_receive_is_left_out_so_nothing_waits_for_it(country, tmp_path):
    paths = country
    _sql(paths["sur"], "INSERT INTO zones (uuid, name) VALUES ('z-sur', 'Zona Sur')")
    _register(paths["sur"], "s-bea", "Sureña", zone_id=1)
    _send(paths, "sur", "hq", tmp_path, "up-sur")
    with PostStore.open(paths["hq"]) as store:
        SyncStore(store).transfer("s-bea", "Norte")
    text = _send(paths, "hq", "norte", tmp_path, "down-norte")
    assert "z-sur" not in text
    assert _sql(paths["norte"], "SELECT family_names, zone_id FROM nationals") == [("Sureña", None)]
    assert _sql(paths["norte"], "SELECT count(*) FROM sync_pending") == [(0,)]


def test_an_unscoped_payload_still_carries_everything(country):
    """The cell and the merge proof exchange whole logs: scope applies only where a post is named."""
    paths = country
    _register(paths["hq"], "h1", "Central")
    with PostStore.open(paths["hq"]) as store:
        assert "h1" in payload(store.db, {})[0]
        roles = dict(store.db.execute("SELECT site, role FROM sync_state").fetchall())
        text = payload(store.db, {})[0]
    with PostStore.open(paths["norte"]) as store:
        apply_payload(store.db, text, roles)
        assert store.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 1


def test_the_registry_lists_every_table_after_the_tables_it_refers_to_and_hangs_on():
    """A first consolidation inserts in this order, and a transfer follows what hangs on a person in one pass."""
    from micic_planner.storage.sync.scope import _anchor

    place = {t.name: i for i, t in enumerate(TABLES)}
    late = [(t.name, parent) for t in TABLES for parent in {*t.references.values(), *(_anchor(t, c).name
                                                                                        for c in t.scope_via)}
            if place[parent] >= place[t.name]]
    assert late == []
