"""Progress and cancel of the long sync jobs: a cancelled import or consolidation leaves the file exactly as it was
(one transaction), and the same bundle imported later applies whole; a cancelled export leaves no file."""

import pytest

from micic_planner.core.errors import Cancelled
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync import apply, consolidate
from micic_planner.storage.sync.hub_store import HubStore
from micic_planner.storage.sync.sync_store import SyncStore


def _site(path, name, hq=False):
    store = PostStore.open(path, create=True)
    SyncStore(store).init(name, headquarters=hq)
    return store


@pytest.fixture
def pair(tmp_path):
    post = _site(tmp_path / "post.db", "Tegucigalpa")
    hq = _site(tmp_path / "hq.db", "Headquarters", hq=True)
    SyncStore(post).export_keys(tmp_path / "post.key")
    SyncStore(hq).export_keys(tmp_path / "hq.key")
    SyncStore(hq).register(tmp_path / "post.key")
    SyncStore(post).register(tmp_path / "hq.key")
    db = post.db
    db.execute("INSERT INTO zones (uuid, name) VALUES ('z1', 'Centro'), ('z2', 'Norte')")
    db.execute("INSERT INTO nationals (uuid, given_names, family_names, zone_id, passport_no, vulnerabilities) "
               "SELECT 'n' || value, 'Ana' || value, 'López', 1 + value % 2, 'P' || value, value % 3 "
               "FROM (WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM c WHERE value < 30) "
               "SELECT value FROM c)")
    db.execute("INSERT INTO status_events (national_id, status) SELECT id, 'safe' FROM nationals WHERE id <= 10")
    yield post, hq
    post.close()
    hq.close()


def _snapshot(db) -> dict:
    """Every row of every table of the file, and its schema (indexes and triggers a job drops and puts back)."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")]
    out = {t: sorted(repr(r) for r in db.execute(f"SELECT * FROM [{t}]")) for t in tables}
    out["schema"] = sorted(db.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall())
    return out


class CancelAfterFirstReport:
    """A `cancelled` that turns true once progress was told once; notes what the file held when it did."""

    def __init__(self, db):
        self.db, self.reports, self.log_when_cancelled = db, [], None

    def progress(self, done, total):
        self.reports.append((done, total))

    def cancelled(self):
        if self.reports and self.log_when_cancelled is None:
            self.log_when_cancelled = self.db.execute("SELECT count(*) FROM sync_log").fetchone()[0]
        return bool(self.reports)


def _conflicting_bundle(post, hq, tmp_path):
    """A second bundle from the post that brings new people, events and a conflict on a protected field."""
    first = SyncStore(post).export("Headquarters", tmp_path / "first.micicsync")
    SyncStore(hq).import_bundle(tmp_path / "first.micicsync")
    hq.db.execute("UPDATE nationals SET vulnerabilities = 4 WHERE uuid = 'n3'")
    post.db.execute("UPDATE nationals SET vulnerabilities = 8 WHERE uuid = 'n3'")
    post.db.execute("INSERT INTO nationals (uuid, given_names, family_names) VALUES ('m1', 'Luis', 'Paz')")
    post.db.execute("INSERT INTO status_events (national_id, status) SELECT id, 'needs_help' FROM nationals "
                    "WHERE id BETWEEN 11 AND 20")
    # Headquarters has not acknowledged the first bundle: the second carries it again, found already here.
    return first["changes"], SyncStore(post).export("Headquarters", tmp_path / "second.micicsync")


def test_a_cancelled_import_leaves_the_file_as_it_was_and_the_bundle_applies_whole_later(pair, tmp_path,
                                                                                          monkeypatch):
    post, hq = pair
    known, sent = _conflicting_bundle(post, hq, tmp_path)
    monkeypatch.setattr(apply, "CHUNK", 4)  # several chunks in a small bundle: the cancel lands midway
    before = _snapshot(hq.db)
    log_before = hq.db.execute("SELECT count(*) FROM sync_log").fetchone()[0]
    stop = CancelAfterFirstReport(hq.db)
    with pytest.raises(Cancelled, match="nothing was changed"):
        SyncStore(hq).import_bundle(tmp_path / "second.micicsync", progress=stop.progress, cancelled=stop.cancelled)
    assert stop.log_when_cancelled > log_before  # it was midway: the bundle's changes were being written
    assert not hq.db.conn.in_transaction
    assert _snapshot(hq.db) == before  # same log, same rows, no review item, no audit entry

    reports = []
    got = SyncStore(hq).import_bundle(tmp_path / "second.micicsync", progress=lambda d, t: reports.append((d, t)))
    # Nothing of it was left from the first try: all its new changes apply now.
    assert got["received"] == sent["changes"] and got["duplicates"] == known
    assert hq.db.execute("SELECT count(*) FROM sync_log").fetchone()[0] == log_before + sent["changes"] - known
    assert hq.db.execute("SELECT count(*) FROM nationals WHERE status = 'needs_help'").fetchone()[0] == 10
    assert got["review"] == 1 and hq.db.execute("SELECT count(*) FROM sync_review").fetchone()[0] == 1
    assert hq.db.execute("SELECT count(*) FROM nationals WHERE uuid = 'm1'").fetchone()[0] == 1
    assert {t for _d, t in reports} == {sent["changes"]}  # the total told is the bundle's number of changes
    assert reports[-1] == (sent["changes"], sent["changes"]) and len(reports) > 2
    assert [d for d, _t in reports] == sorted(d for d, _t in reports)


def test_a_cancelled_first_consolidation_leaves_headquarters_as_it_was_and_runs_whole_later(pair, tmp_path,
                                                                                            monkeypatch):
    monkeypatch.setattr(consolidate, "REBUILD_FROM", 1)  # indexes dropped and rebuilt, as for a large post
    post, hq = pair
    HubStore(post).export_first("Headquarters", tmp_path / "first.bundle")
    before = _snapshot(hq.db)
    stop = CancelAfterFirstReport(hq.db)
    with pytest.raises(Cancelled):
        SyncStore(hq).import_bundle(tmp_path / "first.bundle", progress=stop.progress, cancelled=stop.cancelled)
    assert stop.reports == [(1, consolidate.STEPS)]
    assert _snapshot(hq.db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "attach" in p.name) == []  # the copied-out bundle is gone

    reports = []
    got = SyncStore(hq).import_bundle(tmp_path / "first.bundle", progress=lambda d, t: reports.append((d, t)))
    assert got["records"] > 30 and got["one_by_one"] == 0
    assert hq.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 30
    assert hq.db.execute("SELECT count(*) FROM nationals_fts WHERE nationals_fts MATCH 'Ana7'").fetchone()[0] == 1
    assert reports == [(n, consolidate.STEPS) for n in range(1, consolidate.STEPS + 1)]


def test_a_cancelled_export_leaves_no_file_and_no_trace(pair, tmp_path):
    post, _hq = pair
    target = tmp_path / "out.micicsync"
    before = _snapshot(post.db)
    stop = CancelAfterFirstReport(post.db)
    with pytest.raises(Cancelled, match="no bundle was written"):
        SyncStore(post).export("Headquarters", target, progress=stop.progress, cancelled=stop.cancelled)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []
    assert _snapshot(post.db) == before  # no audit entry, no exchange date

    reports = []
    sent = SyncStore(post).export("Headquarters", target, progress=lambda d, t: reports.append((d, t)))
    assert target.exists() and sent["changes"] > 30 and reports[-1][0] == reports[-1][1]
