"""The fast paths of the registry and of backups give the same answers as the plain ones."""

import threading

from micic_planner.core.filters import NationalFilter
from micic_planner.core.models import National
from micic_planner.storage import backup
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.nationals import LIST_COLUMNS, order_by, select_list
from micic_planner.storage.store import PostStore


def table_count(store, text):
    """The count through the table, as SQLite plans it without the search-index shortcut."""
    from micic_planner.core.filters import fts_query

    sql = "SELECT count(*) FROM nationals WHERE id IN (SELECT rowid FROM nationals_fts WHERE nationals_fts MATCH ?)"
    return store.db.execute(sql, [fts_query(text)]).fetchone()[0]


def test_a_search_count_from_the_index_follows_adds_renames_and_deletes(store):
    first = store.nationals.add(National("Ana", "Pérez")).ids[0]
    store.nationals.add(National("Pedro", "Peralta"))
    store.nationals.add(National("Luis", "Gómez"))
    assert store.nationals.count(NationalFilter(text="pe")) == table_count(store, "pe") == 2
    renamed = store.nationals.get(first)
    renamed.family_names = "Gómez"
    store.nationals.update(renamed)
    assert store.nationals.count(NationalFilter(text="pe")) == table_count(store, "pe") == 1
    assert store.nationals.count(NationalFilter(text="gomez")) == 2
    store.nationals.delete(first)
    assert store.nationals.count(NationalFilter(text="gomez")) == table_count(store, "gomez") == 1


def test_a_broad_search_pages_through_the_name_index_in_the_same_order_as_sqlite(store):
    write_demo(store, nationals=400, seed=3)
    for n in range(250):
        store.nationals.add(National(f"Nombre {n % 7}", "Pérez" if n % 2 else "Peña", birth_date=None))
    flt = NationalFilter(text="pe")
    total = store.nationals.count(flt)
    assert store.nationals._walk_name_index(flt, "family_names", total, 100)
    assert not store.nationals._walk_name_index(NationalFilter(text="a", zone_id=1), "family_names", total, 100)
    assert not store.nationals._walk_name_index(flt, "birth_date", total, 100)
    for descending in (False, True):
        expected = store.db.execute(
            f"SELECT {select_list(LIST_COLUMNS)} FROM nationals WHERE id IN (SELECT rowid FROM nationals_fts "
            f"WHERE nationals_fts MATCH '\"pe\"*') ORDER BY {order_by('family_names', descending)}").fetchall()
        assert len(expected) == total > 200
        pages = [store.nationals.page(flt, offset, 100, descending=descending, total=total)
                 for offset in range(0, total, 100)]
        assert [row for page in pages for row in page] == expected


def test_a_narrow_search_keeps_sqlites_own_plan(store):
    write_demo(store, nationals=400, seed=3)
    store.nationals.add(National("Zacarías", "Xolotl"))
    flt = NationalFilter(text="xolotl")
    assert not store.nationals._walk_name_index(flt, "family_names", store.nationals.count(flt), 100)
    assert [r[1] for r in store.nationals.page(flt, 0, 100, total=1)] == ["Xolotl"]


def test_a_backup_holds_commits_still_in_the_wal_and_is_one_file(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True, passphrase="marimba volcán lluvia 47")
    store.nationals.add(National("Itzel", "Coj"))
    assert path.with_name("post.db-wal").stat().st_size > 0  # the commit is in the WAL, not yet in the file
    made = store.backup()
    store.close()
    assert [p.name for p in made.parent.iterdir()] == [made.name]
    with PostStore.open(made, passphrase="marimba volcán lluvia 47") as copy:
        assert copy.nationals.get(1).family_names == "Coj"


def test_a_backup_taken_while_nationals_are_added_holds_a_whole_prefix_of_them(tmp_path):
    path = tmp_path / "post.db"
    store = PostStore.open(path, create=True)
    writer = PostStore.open(path)
    stop = threading.Event()

    def add_until_stopped():
        n = 0
        while not stop.is_set():
            writer.nationals.add(National(f"N{n}", "Escritura"))
            n += 1

    thread = threading.Thread(target=add_until_stopped)
    thread.start()
    try:
        made = [backup.make_backup(path, None, tmp_path / "copies", keep=5) for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    added = writer.nationals.count()
    writer.close()
    store.close()
    for copy_path in made:
        assert backup.integrity_problems(copy_path, None) == []
        with PostStore.open(copy_path) as copy:
            names = [r[0] for r in copy.db.execute("SELECT given_names FROM nationals ORDER BY id")]
        assert names == [f"N{i}" for i in range(len(names))] and len(names) <= added


def test_an_assignment_is_logged_as_one_summary_entry_not_a_copy_of_each_person(store):
    from micic_planner.storage.assignment_store import AssignmentStore

    write_demo(store, nationals=300, seed=2)
    store.db.execute("DELETE FROM assignments")
    before = store.audit.count()
    report = AssignmentStore(store).assign()
    assert report.changes.count > 0
    stored = store.db.execute("SELECT count(*) FROM assignments").fetchone()[0]
    assert stored == report.summary.assigned
    assert store.audit.count() == before + 1
    entry = store.audit.entries(limit=1)[0]
    assert entry["action"] == "assign_assembly_points" and f'"moved": {report.changes.count}' in entry["detail"]
