"""The sync demo: a fictional headquarters and two fictional posts, keys exchanged, bundles ready in one folder.

Both posts have sent their first bundle and headquarters has consolidated them; then a crisis opens at
both, statuses come in, and one person's vulnerabilities are changed at headquarters and at her post
without either seeing the other's edit, so the next bundle from that post puts a conflict in
headquarters' review queue. Training files: fictional people only, not encrypted.
"""

import dataclasses
import random
from pathlib import Path

from micic_planner.core.crisis import StatusSource
from micic_planner.core.enums import AccountabilityStatus, Hazard, Vulnerability
from micic_planner.core.models import Post
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore
from micic_planner.storage.sync.hub_store import HubStore
from micic_planner.storage.sync.sync_store import SyncStore

HQ_NAME = "Cancillería – Unidad de crisis (demo)"
POST_A = "Consulado de Guatemala en Tapachula (demo)"
POST_B = "Consulado de Guatemala en Ciudad de México (demo)"
FILES = {"hq": "sede-central.micic", "a": "tapachula.micic", "b": "ciudad-de-mexico.micic"}
BUNDLES = {"a": "tapachula-para-sede.micicsync", "b": "ciudad-de-mexico-para-sede.micicsync"}
# The person whose vulnerabilities both ends change: the first woman registered at Tapachula with none.
CONFLICT_NATIONAL = ("SELECT uuid, vulnerabilities FROM nationals WHERE sex = 'F' AND vulnerabilities = 0 "
                     "ORDER BY id LIMIT 1")


def _post_a(path: Path, nationals: int) -> PostStore:
    from micic_planner.storage.demo_writer import write_demo

    store = PostStore.open(path, create=True)
    write_demo(store, nationals=nationals, seed=1)
    post = store.post()
    store.save_post(dataclasses.replace(post, name=POST_A, is_training=True))
    return store


def _post_b(path: Path, nationals: int) -> PostStore:
    from micic_planner.core.paths import plans_path
    from micic_planner.core.scenario_posts import load_scenario_post
    from micic_planner.storage.scenario_writer import write_scenario_post

    spec = load_scenario_post(plans_path("exercises", "earthquake-mexico-city", "post.toml"))
    spec.post = dataclasses.replace(spec.post, name=POST_B, sending_country="GT", is_training=True)
    spec.count = nationals
    store = PostStore.open(path, create=True)
    write_scenario_post(store, spec, "earthquake", seed=7)
    return store


def _crisis(store: PostStore, hazard: Hazard, share: float, seed: int) -> None:
    crises = CrisisStore(store)
    crises.open("Demo", hazard)
    rnd = random.Random(seed)
    choices = [AccountabilityStatus.SAFE] * 6 + [AccountabilityStatus.NEEDS_HELP, AccountabilityStatus.INJURED,
                                                 AccountabilityStatus.MISSING]
    ids = [r[0] for r in store.db.execute("SELECT id FROM nationals ORDER BY id")]
    rows = [(i, rnd.choice(choices), "") for i in ids[1:] if rnd.random() < share]
    crises.accountability.set_rows(rows, StatusSource.WARDEN)


def write_sync_demo(folder: str | Path, nationals: int = 600) -> dict[str, Path]:
    """Write headquarters, two posts, their key files and the bundles ready to exchange into `folder`."""
    folder = Path(folder)
    (folder / "claves").mkdir(parents=True, exist_ok=True)
    paths = {k: folder / v for k, v in FILES.items()}
    for path in paths.values():
        path.unlink(missing_ok=True)
    hq = PostStore.open(paths["hq"], create=True)
    hq.save_post(Post(HQ_NAME, "GT", "Ciudad de Guatemala", 14.6349, -90.5069, sending_country="GT", is_training=True))
    posts = {"a": _post_a(paths["a"], nationals), "b": _post_b(paths["b"], nationals // 2)}
    try:
        SyncStore(hq).init(HQ_NAME, headquarters=True)
        SyncStore(hq).export_keys(folder / "claves" / "sede-central.key")
        for k, store in posts.items():
            sync = SyncStore(store)
            sync.init(store.post().name)
            sync.export_keys(folder / "claves" / f"{FILES[k][:-6]}.key")
            SyncStore(hq).register(folder / "claves" / f"{FILES[k][:-6]}.key")
            sync.register(folder / "claves" / "sede-central.key")
            first = folder / f"{FILES[k][:-6]}-primer-envio.micicsync"
            HubStore(store).export_first(HQ_NAME, first)
            SyncStore(hq).import_bundle(first)
            answer = folder / f"sede-para-{FILES[k][:-6]}.micicsync"
            SyncStore(hq).export(store.post().name, answer)
            sync.import_bundle(answer)
            first.unlink()
            answer.unlink()
        _crisis(posts["a"], Hazard.HURRICANE, 0.7, 3)
        _crisis(posts["b"], Hazard.EARTHQUAKE, 0.4, 4)
        uuid, flags = posts["a"].db.execute(CONFLICT_NATIONAL).fetchone()
        # Headquarters learns of a medical need; the post, the same day, that she is an older person.
        hq.db.execute("UPDATE nationals SET vulnerabilities = ? WHERE uuid = ?",
                      [flags | Vulnerability.MEDICAL_NEED.value, uuid])
        posts["a"].db.execute("UPDATE nationals SET vulnerabilities = ? WHERE uuid = ?",
                              [flags | Vulnerability.OLDER_PERSON.value, uuid])
        for k, store in posts.items():
            SyncStore(store).export(HQ_NAME, folder / BUNDLES[k])
    finally:
        for store in (hq, *posts.values()):
            store.close()
    return {**paths, **{f"bundle_{k}": folder / v for k, v in BUNDLES.items()}}
