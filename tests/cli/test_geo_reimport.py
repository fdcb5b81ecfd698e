"""Issue 15.5: re-importing the post's own GPX or GeoJSON changes nothing; an absent field never erases."""

import json

import pytest

from micic_planner.cli import main
from micic_planner.storage.store import PostStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("geo") / "demo.micic"
    assert main(["demo", "--db", str(path), "--nationals", "20", "--seed", "3"]) == 0
    return path


def rows(store, sql: str, params=()) -> list[dict]:
    cursor = store.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def snapshot(db) -> dict:
    with PostStore.open(db) as store:
        return {t: [{k: v for k, v in r.items() if k != "updated_at"}
                    for r in rows(store, f"SELECT * FROM {t} ORDER BY id")] for t in ("places", "zones", "routes")}


@pytest.mark.parametrize("fmt", ["geojson", "gpx"])
def test_re_importing_the_posts_own_map_file_keeps_every_places_zone(demo, tmp_path, fmt):
    db = tmp_path / "post.micic"
    db.write_bytes(demo.read_bytes())
    before = snapshot(db)
    assert sum(1 for p in before["places"] if p["zone_id"] is not None) > 10  # the demo's places have zones
    out = tmp_path / f"mapa.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(out), "--profile", "full"]) == 0
    assert main(["import-geo", "--db", str(db), str(out)]) == 0
    assert snapshot(db) == before


def test_a_geojson_place_without_capacity_or_contact_keeps_the_stored_ones(demo, tmp_path):
    db = tmp_path / "post.micic"
    db.write_bytes(demo.read_bytes())
    out = tmp_path / "mapa.geojson"
    assert main(["export", "--db", str(db), "--format", "geojson", "--out", str(out), "--profile", "full"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    place = next(f for f in data["features"] if f["properties"]["micic_type"] == "place"
                 and f["properties"]["capacity"])
    for key in ("capacity", "contact_name", "contact_phone", "notes"):
        place["properties"].pop(key)
    place["properties"]["name"] = "Albergue renombrado"
    data["features"] = [place]
    out.write_text(json.dumps(data), encoding="utf-8")
    with PostStore.open(db) as store:
        before = rows(store, "SELECT * FROM places WHERE uuid = ?", [place["id"]])[0]
    assert main(["import-geo", "--db", str(db), str(out)]) == 0
    with PostStore.open(db) as store:
        after = rows(store, "SELECT * FROM places WHERE uuid = ?", [place["id"]])[0]
    assert after["name"] == "Albergue renombrado"
    assert {k: after[k] for k in before if k not in ("name", "updated_at")} == {
        k: before[k] for k in before if k not in ("name", "updated_at")}
