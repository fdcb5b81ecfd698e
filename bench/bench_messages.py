"""Messages at scale: a list of 100,000 recipients by zone and status (target <= 1 s), queueing it (<= 2 s),
reading and matching 10,000 replies (<= 2 s), and 10,000 messages through Gammu's dummy driver."""

import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from micic_planner.core.messaging.recipients import Criteria  # noqa: E402
from micic_planner.core.messaging.sending import send_batch  # noqa: E402
from micic_planner.core.models import Post, Warden, Zone  # noqa: E402
from micic_planner.gateway.gammu_engine import GammuEngine  # noqa: E402
from micic_planner.storage.messaging.inbox_store import InboxStore  # noqa: E402
from micic_planner.storage.messaging.outbox_store import OutboxStore  # noqa: E402
from micic_planner.storage.nationals import fast_uuid  # noqa: E402
from micic_planner.storage.store import PostStore  # noqa: E402

N = 240_000  # half of them in the zone measured, most of those not yet contacted: about 100,000 phones
REPLIES = 10_000
SENDS = 10_000


@dataclass(frozen=True)
class Reply:
    phone: str
    text: str
    received_at: str

    @property
    def key(self) -> str:
        return f"{self.phone}|{self.received_at}|{self.text}"


def registry(store: PostStore) -> Zone:
    store.save_post(Post("Consulado de Guatemala en Tapachula", "MX", "Tapachula", phone="+529621234567"))
    zones = [Zone("Costa"), Zone("Sierra")]
    store.records.add_many(zones)
    store.records.add(Warden("Rosa Martínez", zones[0].id, phone="+529629990000"))
    rnd = random.Random(7)
    # Households of two: each member with a phone of their own, one in ten with none.
    rows = ((fast_uuid(), f"Nombre{i}", rnd.choice(["Pérez", "Núñez", "López"]), zones[(i // 2) % 2].id,
             f"H{i // 2}", "" if i % 10 == 9 else f"+5025{i:07d}", rnd.choice(["es", "es,mam", "mam,es", "es,quc"]))
            for i in range(N))
    store.nationals.bulk_insert(["uuid", "given_names", "family_names", "zone_id", "household", "phone",
                                 "languages"], rows, expected=N)
    store.db.execute("UPDATE nationals SET status = 'safe' WHERE id % 12 = 0")
    return zones[0]


def timed(what: str, target: float, function):
    start, cpu = time.perf_counter(), time.process_time()
    result = function()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{what}: {wall:.2f} s wall, {cpu:.2f} s CPU" + (f" (target <= {target:g} s)" if target else ""))
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = PostStore.open(Path(tmp) / "bench.micic", create=True)
        zone = registry(store)
        outbox = OutboxStore(store)
        criteria = Criteria(zone_ids=(zone.id,), statuses=("not_contacted",))
        found = timed("recipient list by zone and status", 1, lambda: outbox.recipients(criteria))
        print(f"  {found.count:,} phones for {found.people:,} nationals; {len(found.no_phone):,} to visit")
        texts = {"es": "Consulado: vaya a {assembly_point}. Enlace {warden} {warden_phone}. Clave {household}",
                 "mam": "Mam: {household} {hotline}"}
        batch = timed(f"queueing {found.count:,} messages", 2, lambda: outbox.queue(criteria, texts, recipients=found))
        phones = [r[0] for r in store.db.execute("SELECT phone FROM nationals WHERE phone != '' LIMIT ?", [REPLIES])]
        rnd = random.Random(3)
        words = ["BIEN 4", "ayuda", "Estamos bien", "A SALVO 2", "help", "estoy en el albergue", "BAJA"]
        replies = [Reply(p, rnd.choice(words), f"2026-12-03T10:{i // 600 % 60:02d}:{i % 60:02d}Z")
                   for i, p in enumerate(phones)]
        timed(f"reading and matching {REPLIES:,} replies", 2, lambda: InboxStore(store).receive(replies))
        proposed = len(InboxStore(store).messages("proposed", limit=REPLIES))
        print(f"  {proposed:,} proposed as status updates")
        store.db.execute("UPDATE outbox SET state = 'cancelled' WHERE batch_id = ? AND id > "
                         "(SELECT min(id) + ? FROM outbox WHERE batch_id = ?)", [batch, SENDS - 1, batch])
        engine = GammuEngine.dummy(Path(tmp) / "modem")
        report = timed(f"{SENDS:,} messages through the dummy driver", 0, lambda: send_batch(outbox, engine, batch))
        print(f"  {report.sent:,} sent, each committed before and after the engine call")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        store.close()


if __name__ == "__main__":
    main()
