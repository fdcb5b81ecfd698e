"""The crisis cell on one machine: a host and 10, then 20, officers' processes saving at a call-taker's pace.

Figures: how long a save takes to be visible on the other laptops (p50, p95: the time from the save's
clock to its arrival in another copy), whether every copy holds every save at the end, and the host's
throughput when every officer saves flat out at once.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_cell.py [--officers 10 20] [--seconds 30]
"""

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "bench cell passphrase 2026!"
PASSWORD = "Bench-officer-2026!"
PEOPLE = 300


def make_post(path: Path, officers: int) -> None:
    from micic_planner.core.enums import Hazard
    from micic_planner.core.models import National
    from micic_planner.core.security import Role
    from micic_planner.storage.crisis_store import CrisisStore
    from micic_planner.storage.store import PostStore

    store = PostStore.open(path, create=True, passphrase=PASSPHRASE)
    with store:
        store.add_user("jefa", Role.ADMINISTRATOR, PASSWORD)
        for i in range(officers):
            store.add_user(f"oficial{i}", Role.OFFICER, PASSWORD)
    store = PostStore.open(path, passphrase=PASSPHRASE, user="jefa", password=PASSWORD)
    with store:
        for i in range(PEOPLE):
            store.nationals.add(National(f"Persona{i}", "Pérez", phone=f"+5025551{i:04d}"))
        CrisisStore(store).open("Eta", Hazard.HURRICANE)


def officer(copy: str, user: str, seconds: float, burst: int, go_burst, go_ms, ready, reconnect, host_events,
            results: str) -> None:
    """One laptop: saves a status every 2-6 s for `seconds`, then `burst` saves while cut off; logs what it sees.

    The visibility figure counts the saves of the paced part only. For the host's throughput every laptop
    then loses the link, saves `burst` statuses, and all reconnect at once: the host takes them all in.
    """
    import random
    import threading

    from micic_planner.cell.officer import CellLink
    from micic_planner.core.crisis import StatusSource
    from micic_planner.core.enums import AccountabilityStatus
    from micic_planner.core.sync.versions import wall_part
    from micic_planner.storage.crisis_store import CrisisStore
    from micic_planner.storage.store import PostStore

    store = PostStore.open(copy, passphrase=PASSPHRASE, user=user, password=PASSWORD)
    lags, lock = [], threading.Lock()
    me = store.db.execute("SELECT site FROM sync_state").fetchone()[0]

    def seen(state):
        now = time.time() * 1000
        for c in (state.get("result") or {}).get("changes", []):
            if c[2] == "status_events" and c[0] != me and (not go_ms.value or wall_part(c[7]) < go_ms.value):
                with lock:
                    lags.append((now - wall_part(c[7])) / 1000)

    links = [CellLink(store, on_state=seen)]
    links[0].start()
    acc = CrisisStore(store).accountability
    ids = [r[0] for r in store.db.execute("SELECT id FROM nationals")]
    statuses = list(AccountabilityStatus)
    rng = random.Random(user)

    def save():
        # Always a new status, so every save is one status event.
        with links[-1].lock:
            person = rng.choice(ids)
            now = store.db.execute("SELECT status FROM nationals WHERE id = ?", [person]).fetchone()[0]
            acc.set_status([person], rng.choice([s for s in statuses[1:] if s.value != now]), StatusSource.PHONE)
        links[-1].nudge()

    end = time.time() + seconds
    while time.time() < end:
        time.sleep(rng.uniform(2, 6))
        save()
    go_burst.wait()
    links[0].stop()  # the LAN drops
    for _ in range(burst):
        save()
    with ready.get_lock():
        ready.value += 1
    reconnect.wait()
    links.append(CellLink(store, on_state=seen))
    links[-1].start()
    link = links[-1]
    deadline = time.time() + 120
    while time.time() < deadline:  # until this copy holds every save the host holds
        time.sleep(0.5)
        with link.lock:
            mine = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
        if host_events.value and mine >= host_events.value:
            break
    link.stop()
    with lock:
        Path(results).write_text(json.dumps({"lags": lags}))
    store.close()


def run(officers: int, seconds: float, burst: int) -> dict:
    from micic_planner.cell.host import CellHost
    from micic_planner.cell.officer import join
    from micic_planner.storage.store import PostStore

    folder = Path(tempfile.mkdtemp(prefix="micic-bench-cell-"))
    make_post(folder / "post.db", officers)
    store = PostStore.open(folder / "post.db", passphrase=PASSPHRASE, user="jefa", password=PASSWORD)
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    url = f"https://127.0.0.1:{host.port}"
    started = time.perf_counter()
    for i in range(officers):
        join(url, host.code, f"oficial{i}", PASSWORD, folder / f"o{i}.db", PASSPHRASE, host.fingerprint)
    joined = time.perf_counter() - started
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    host_events, go_ms = ctx.Value("i", 0), ctx.Value("d", 0.0)
    ready, reconnect = ctx.Value("i", 0), ctx.Event()
    procs = [ctx.Process(target=officer, args=(str(folder / f"o{i}.db"), f"oficial{i}", seconds, burst, go, go_ms,
                                               ready, reconnect, host_events, str(folder / f"o{i}.json")))
             for i in range(officers)]
    for p in procs:
        p.start()
    time.sleep(seconds + 7)  # the slowest process has opened its copy and finished its paced saves
    go_ms.value = time.time() * 1000  # saves made from here on are the burst's, not the paced part's
    go.set()
    while ready.value < officers:
        time.sleep(0.05)
    with host.lock:
        before, busy_before = host.applied, host.busy
    reconnect.set()  # the LAN returns: every laptop sends what it saved meanwhile
    t0 = time.perf_counter()
    target = before + officers * burst
    while True:
        with host.lock:
            done = host.applied
        if done >= target or time.perf_counter() - t0 > 120:
            break
        time.sleep(0.01)
    burst_seconds = time.perf_counter() - t0
    with host.lock:
        host_events.value = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    with host.lock:
        busy = host.busy - busy_before
    for p in procs:
        p.join()
    lags = [x for i in range(officers) for x in json.loads((folder / f"o{i}.json").read_text())["lags"]]
    host.stop()
    with store:
        host_events = {r[0] for r in store.db.execute("SELECT uuid FROM status_events")}
    identical = True
    for i in range(officers):
        copy = PostStore.open(folder / f"o{i}.db", passphrase=PASSPHRASE, user=f"oficial{i}", password=PASSWORD)
        with copy:
            events = {r[0] for r in copy.db.execute("SELECT uuid FROM status_events")}
        identical &= events == host_events
    lags.sort()
    return {"officers": officers, "joins_s": round(joined, 1), "visible": len(lags),
            "p50_s": round(statistics.median(lags), 2), "p95_s": round(lags[int(0.95 * (len(lags) - 1))], 2),
            "host_saves_per_s": round((done - before) / burst_seconds),  # wall clock, all laptops at once
            "host_capacity": round((done - before) / busy), "burst_saves": done - before,
            "all_copies_identical": identical and done >= target}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--officers", type=int, nargs="+", default=[10, 20])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--burst", type=int, default=40)
    args = parser.parse_args()
    for n in args.officers:
        result = run(n, args.seconds, args.burst)
        print(f"{n} officers: save visible elsewhere p50 {result['p50_s']} s, p95 {result['p95_s']} s "
              f"({result['visible']} arrivals); host {result['host_saves_per_s']} saves/s "
              f"({result['burst_saves']} saves sent at once on reconnecting; {result['host_capacity']} per CPU second "
              f"of the host's thread); "
              f"all copies identical: {result['all_copies_identical']}; "
              f"{n} joins took {result['joins_s']} s", flush=True)


if __name__ == "__main__":
    main()
