"""The crisis cell on one machine: a host and 10, then 20, officers' processes saving at a call-taker's pace.

Three parts, for 10 and then 20 officers, every process on this machine:
1. paced: every officer saves a status every 2-6 s. Figure: how long a save takes to be visible on the
   other laptops (p50, p95, max: from the save's clock to its arrival in another copy).
2. sustained: every officer saves as fast as its laptop can for a few seconds, linked. Figure: the saves
   per second the host takes in while every laptop also receives everyone's saves.
3. reconnect: every laptop loses the link, saves a burst on its own, and all come back at once. Figure:
   the saves per second the host takes in (the others' catching up included).
At the end every copy is compared with the host's (every national's status and every status event) and
the host's events are counted against the saves every laptop made: copies identical, no save lost.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_cell.py [--officers 10 20] [--seconds 30]
"""

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "bench cell passphrase 2026!"
PASSWORD = "Bench-officer-2026!"
PEOPLE = 300
JOINING = 4  # laptops joining at the same time
SETTLE = 3.0  # seconds after the last paced save for it to reach every laptop
FLAT_RATE = 25  # at most this many saves per second per laptop in the sustained part (a fast typist is 1)


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


def picture(db) -> tuple:
    """What must be the same in every copy: every national's status, every status event."""
    return (db.execute("SELECT uuid, status FROM nationals ORDER BY uuid").fetchall(),
            db.execute("SELECT uuid, status, source FROM status_events ORDER BY uuid").fetchall())


def officer(copy: str, user: str, seconds: float, flat: float, burst: int, s: dict, results: str) -> None:
    """One laptop: the paced part, the sustained part, then a burst while cut off; logs what it sees."""
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
            # Only the paced part's saves count for visibility.
            if c[2] == "status_events" and c[0] != me and (not s["cutoff"].value or wall_part(c[7]) <
                                                           s["cutoff"].value):
                with lock:
                    lags.append((now - wall_part(c[7])) / 1000)

    links = [CellLink(store, on_state=seen)]
    links[0].start()
    acc = CrisisStore(store).accountability
    ids = [r[0] for r in store.db.execute("SELECT id FROM nationals")]
    statuses = list(AccountabilityStatus)
    rng = random.Random(user)
    made = 0

    def save():
        nonlocal made
        # Always a new status, so every save is one status event.
        with links[-1].lock:
            person = rng.choice(ids)
            now = store.db.execute("SELECT status FROM nationals WHERE id = ?", [person]).fetchone()[0]
            acc.set_status([person], rng.choice([st for st in statuses[1:] if st.value != now]), StatusSource.PHONE)
        made += 1
        links[-1].nudge()

    def count(name):
        with s[name].get_lock():
            s[name].value += 1

    count("opened")
    s["begin"].wait()  # every laptop is open and linked: the paced part starts for all at once
    end = time.time() + seconds
    while time.time() < end:
        time.sleep(rng.uniform(2, 6))
        save()
    count("paced")
    s["flat"].wait()
    end, flat_made = time.time() + flat, made
    while time.time() < end:
        started = time.time()
        save()
        time.sleep(max(0.0, 1 / FLAT_RATE - (time.time() - started)))
    with s["flat_saves"].get_lock():
        s["flat_saves"].value += made - flat_made
    count("flat_done")
    s["burst"].wait()
    links[0].stop()  # the LAN drops
    for _ in range(burst):
        save()
    count("ready")
    s["reconnect"].wait()
    links.append(CellLink(store, on_state=seen))
    links[-1].start()
    link = links[-1]
    deadline = time.time() + 120
    while time.time() < deadline:  # until this copy holds every save the host holds
        time.sleep(0.5)
        with link.lock:
            mine = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
        if s["host_events"].value and mine >= s["host_events"].value:
            break
    link.stop()
    with lock:
        Path(results).write_text(json.dumps({"lags": lags, "made": made}))
    store.close()


def _wait_for(value, n: int, limit: float = 300) -> None:
    end = time.time() + limit
    while value.value < n and time.time() < end:
        time.sleep(0.05)


def _applied_until(host, target: int, limit: float = 120) -> tuple[int, float]:
    """Wait until the host has taken `target` changes from officers (or `limit` s); what it took, and when."""
    end = time.perf_counter() + limit
    while True:
        with host.lock:
            done = host.applied
        if done >= target or time.perf_counter() > end:
            return done, time.perf_counter()
        time.sleep(0.01)


def run(officers: int, seconds: float, flat: float, burst: int) -> dict:
    from micic_planner.cell.host import CellHost
    from micic_planner.cell.officer import join
    from micic_planner.storage.store import PostStore

    folder = Path(tempfile.mkdtemp(prefix="micic-bench-cell-"))
    make_post(folder / "post.db", officers)
    store = PostStore.open(folder / "post.db", passphrase=PASSPHRASE, user="jefa", password=PASSWORD)
    events_at_start = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    url = f"https://127.0.0.1:{host.port}"
    started = time.perf_counter()
    with ThreadPoolExecutor(JOINING) as pool:  # several laptops join at once, as in a crisis room
        list(pool.map(lambda i: join(url, host.code, f"oficial{i}", PASSWORD, folder / f"o{i}.db", PASSPHRASE,
                                     host.fingerprint), range(officers)))
    joined = time.perf_counter() - started
    ctx = multiprocessing.get_context("spawn")
    s = {name: ctx.Value("i", 0) for name in ("opened", "paced", "flat_done", "flat_saves", "ready", "host_events")}
    s["cutoff"] = ctx.Value("d", 0.0)
    s.update({name: ctx.Event() for name in ("begin", "flat", "burst", "reconnect")})
    procs = [ctx.Process(target=officer, args=(str(folder / f"o{i}.db"), f"oficial{i}", seconds, flat, burst, s,
                                               str(folder / f"o{i}.json"))) for i in range(officers)]
    for p in procs:
        p.start()
    _wait_for(s["opened"], officers)  # on a busy machine, opening 20 copies takes a while
    s["begin"].set()
    _wait_for(s["paced"], officers)
    time.sleep(SETTLE)  # the last paced saves reach every laptop
    s["cutoff"].value = time.time() * 1000  # saves made from here on are not the paced part's

    with host.lock:
        before = host.applied
    t0, cpu0, busy0 = time.perf_counter(), time.process_time(), host.busy
    s["flat"].set()
    _wait_for(s["flat_done"], officers)
    flat_done, t1 = _applied_until(host, before + s["flat_saves"].value)
    flat_saves = flat_done - before
    sustained = flat_saves / (t1 - t0)
    # The host's process (event loop, TLS, writer): how much of one core it used; the writer's share.
    host_cpu, writer_cpu = (time.process_time() - cpu0) / (t1 - t0), (host.busy - busy0) / (t1 - t0)

    with host.lock:
        before, busy_before = host.applied, host.busy
    s["burst"].set()
    _wait_for(s["ready"], officers)
    t0 = time.perf_counter()
    s["reconnect"].set()  # the LAN returns: every laptop sends what it saved meanwhile
    done, t1 = _applied_until(host, before + officers * burst)
    with host.lock:
        s["host_events"].value = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
        busy = host.busy - busy_before
    for p in procs:
        p.join()
    out = [json.loads((folder / f"o{i}.json").read_text()) for i in range(officers)]
    lags = sorted(x for o in out for x in o["lags"])
    host.stop()
    with store:
        want = picture(store.db)
    identical = True
    for i in range(officers):
        copy = PostStore.open(folder / f"o{i}.db", passphrase=PASSPHRASE, user=f"oficial{i}", password=PASSWORD)
        with copy:
            identical &= picture(copy.db) == want
    made = sum(o["made"] for o in out)
    return {"officers": officers, "joins_s": round(joined, 1), "visible": len(lags),
            "p50_s": round(statistics.median(lags), 2), "p95_s": round(lags[int(0.95 * (len(lags) - 1))], 2),
            "max_s": round(lags[-1], 2), "sustained": round(sustained), "flat_saves": flat_saves,
            "host_cpu": round(host_cpu * 100), "writer_cpu": round(writer_cpu * 100),
            "burst_per_s": round((done - before) / (t1 - t0)), "burst_saves": done - before,
            "host_capacity": round((done - before) / busy) if busy else 0,
            "made": made, "kept": len(want[1]) - events_at_start, "identical": identical}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--officers", type=int, nargs="+", default=[10, 20])
    parser.add_argument("--seconds", type=float, default=15, help="length of the paced part")
    parser.add_argument("--flat", type=float, default=6, help="length of the sustained part")
    parser.add_argument("--burst", type=int, default=100, help="saves each laptop makes while cut off")
    args = parser.parse_args()
    for n in args.officers:
        r = run(n, args.seconds, args.flat, args.burst)
        print(f"{n} officers: save visible elsewhere p50 {r['p50_s']} s, p95 {r['p95_s']} s, max {r['max_s']} s "
              f"({r['visible']} arrivals, paced part)", flush=True)
        print(f"  host intake on reconnecting: {r['burst_per_s']} saves/s ({r['burst_saves']} saves sent at once; "
              f"{r['host_capacity']} per CPU second of the host's writer)", flush=True)
        print(f"  every laptop saving flat out, linked: {r['sustained']} saves/s ({r['flat_saves']} saves; the host "
              f"process used {r['host_cpu']}% of a core, its writer {r['writer_cpu']}%)", flush=True)
        print(f"  copies identical: {'yes' if r['identical'] else 'no'}; saves made {r['made']}, at the host "
              f"{r['kept']} ({'none lost' if r['kept'] == r['made'] else 'LOST ' + str(r['made'] - r['kept'])}); "
              f"{n} joins took {r['joins_s']} s", flush=True)


if __name__ == "__main__":
    main()
