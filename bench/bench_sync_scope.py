"""Partial replication figures (issue 18, item 3): headquarters writing one post's payload out of two posts' logs,
and applying a post's edits of its own records now that each edit's holder is checked (transfers).

Prints the time of a full payload and of one post's scoped payload of the same log, and of applying edits.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.storage.store import PostStore  # noqa: E402
from micic_planner.storage.sync import scope  # noqa: E402
from micic_planner.storage.sync.changes import apply_payload, payload  # noqa: E402

PEOPLE = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000  # per post


def _hq_with_two_posts(people: int) -> PostStore:
    store = PostStore.memory()
    db = store.db
    db.execute("UPDATE sync_state SET role = 'hq'")
    db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
               "INSERT INTO nationals (uuid, given_names, family_names, notes) "
               "SELECT printf('p%07d', i), 'Ana', 'Persona ' || i, 'nota' FROM n", [2 * people])
    db.execute("INSERT INTO status_events (national_id, status) SELECT id, 'safe' FROM nationals")
    # As if the two posts had registered them and headquarters consolidated their bundles.
    for table in ("sync_log", "sync_record"):
        db.execute(f"UPDATE {table} SET site = CASE WHEN seq % 2 = 0 THEN 'postA' ELSE 'postB' END")
    db.execute("UPDATE sync_log SET seq = (seq + 1) / 2")
    db.execute("UPDATE sync_record SET seq = (seq + 1) / 2")
    db.execute("INSERT INTO sync_sites (site, name, role, public_key) VALUES ('postA', 'A', 'post', x''), "
               "('postB', 'B', 'post', x'')")
    return store


def _edits_of_post_a(store: PostStore) -> str:
    """A bundle payload of postA editing the phone of each person it registered."""
    rows = store.db.execute("SELECT uuid, seq FROM sync_record WHERE tbl = 'nationals' AND site = 'postA'").fetchall()
    top = store.db.execute("SELECT max(seq) FROM sync_log WHERE site = 'postA'").fetchone()[0]
    hlc = store.db.execute("SELECT max(hlc) FROM sync_log").fetchone()[0]
    changes = [["postA", top + n, "nationals", uuid, "u", {"phone": f"555{n}"}, None, hlc + n, ""]
               for n, (uuid, _seq) in enumerate(rows, 1)]
    return json.dumps({"v": 1, "from": "postA", "role": "post", "seen": {}, "changes": changes})


def main() -> None:
    store = _hq_with_two_posts(PEOPLE)
    db = store.db
    db.execute("UPDATE nationals SET phone = 'hq' || id")  # headquarters edits everyone: two posts' worth
    changes = db.execute("SELECT count(*) FROM sync_log").fetchone()[0]
    start = time.perf_counter()
    _text, n_full = payload(db, {})
    full = time.perf_counter() - start
    start = time.perf_counter()
    _text, n_scoped = payload(db, {}, peer="postA")
    scoped = time.perf_counter() - start
    print(f"log of {changes:,} changes at headquarters (two posts of {PEOPLE:,} people, each edited there)")
    print(f"full payload: {n_full:,} changes in {full:.2f} s; scoped payload for one post: {n_scoped:,} "
          f"in {scoped:.2f} s")
    edits = _edits_of_post_a(store)
    for label, check in (("with", None), ("without", lambda *a: None)):
        copy = _hq_with_two_posts(PEOPLE)
        original = scope.verdict
        if check:
            scope.verdict = check
        try:
            start = time.perf_counter()
            counts, _seen = apply_payload(copy.db, edits, {"postA": "post"})
        finally:
            scope.verdict = original
        print(f"headquarters applies {counts['applied']:,} edits of the post's own records {label} the holder "
              f"check in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
