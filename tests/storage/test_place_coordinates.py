"""Nationals with a town and no coordinates get the town's, offline; `micic-planner geocode` does it for a post."""

import pytest

from micic_planner.cli import main
from micic_planner.core.models import National, Post, Zone
from micic_planner.storage.place_coordinates import PlaceCoordinates
from micic_planner.storage.store import PostStore


def fill_post(store):
    store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula"))
    store.records.add(Zone("Centro", polygon=[[-92.4, 14.8], [-92.1, 14.8], [-92.1, 15.0], [-92.4, 15.0]]))
    ids = [store.nationals.add(National(family, given, place=place, lat=lat, lon=lon)).ids[0]
           for family, given, place, lat, lon in [
               ("Núñez", "Ana", "tapachula", None, None),
               ("Pérez", "Luis", "Querétaro", None, None),
               ("López", "Eva", "Tapachula", 15.5, -92.9),  # already placed: left alone
               ("Díaz", "Ciro", "Lugar Inventado", None, None),
               ("Ruiz", "Olga", "", None, None)]]
    return ids


def test_nationals_get_their_towns_coordinates_and_the_unknown_towns_are_listed(store, no_network):
    ids = fill_post(store)
    job = PlaceCoordinates(store)
    changes = job.fill()
    assert changes.count == 2 and set(changes.ids) == {ids[0], ids[1]}
    ana, luis, eva, ciro, olga = (store.nationals.get(i) for i in ids)
    assert ana.lat == pytest.approx(14.90, abs=0.05) and ana.lon == pytest.approx(-92.26, abs=0.05)
    assert luis.lat == pytest.approx(20.59, abs=0.05)
    assert (eva.lat, eva.lon) == (15.5, -92.9)
    assert ciro.lat is None and olga.lat is None
    assert job.unknown == {"Lugar Inventado": 1}


def test_the_geocode_command_fills_coordinates_and_then_zones(tmp_path, capsys, no_network):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as s:
        ids = fill_post(s)
    assert main(["geocode", "--db", str(path), "--zones"]) == 0
    out = capsys.readouterr().out
    assert "2 nationals got the coordinates of their town." in out and "Lugar Inventado: 1" in out
    with PostStore.open(path) as s:
        zone_id = s.db.execute("SELECT id FROM zones").fetchone()[0]
        assert s.nationals.get(ids[0]).zone_id == zone_id
        assert s.nationals.get(ids[1]).zone_id is None  # Querétaro lies outside the zone
