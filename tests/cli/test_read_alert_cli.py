"""Issue 15.4: a host-country alert read against the post, kept in the crisis log, its level applied in one step."""

from datetime import UTC, datetime, timedelta

import pytest

from micic_planner.cli import main
from micic_planner.core.crisis import LogKind
from micic_planner.core.models import Post
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.store import PostStore


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", lat=14.9, lon=-92.26,
                             jurisdiction=["MX-CHP"]))
    return path


def red_alert(tmp_path, geocode: str = "MX-CHP"):
    expires = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    path = tmp_path / "smn.xml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>smn-7</identifier><sender>smn@conagua.gob.mx</sender>
<sent>2026-05-31T10:00:00-06:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
<info><language>es-MX</language><category>Met</category><event>Huracán Agatha</event><urgency>Expected</urgency>
<severity>Unknown</severity><certainty>Likely</certainty><expires>{expires}</expires>
<parameter><valueName>Semáforo SIAT-CT</valueName><value>Rojo</value></parameter>
<area><areaDesc>Chiapas</areaDesc><geocode><valueName>ISO3166-2</valueName><value>{geocode}</value></geocode>
</area></info></alert>""", encoding="utf-8")
    return path


def test_read_alert_apply_sets_the_open_crisis_to_the_proposed_level_and_logs_the_alert(db, tmp_path, capsys):
    assert main(["crisis", "open", "--db", str(db), "--title", "Agatha", "--hazard", "hurricane"]) == 0
    assert main(["read-alert", str(red_alert(tmp_path)), "--db", str(db), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "The area touches the post's jurisdiction." in out
    with PostStore.open(db) as store:
        crises = CrisisStore(store)
        crisis = crises.current()
        kinds = [line.kind for line in crises.timeline(crisis.id)]
    assert crisis.phase.value == 4
    assert LogKind.ALERT in kinds and LogKind.LEVEL in kinds


def test_an_alert_for_another_state_is_logged_without_changing_the_level(db, tmp_path, capsys):
    assert main(["crisis", "open", "--db", str(db), "--title", "Agatha", "--hazard", "hurricane"]) == 0
    assert main(["read-alert", str(red_alert(tmp_path, "MX-BCN")), "--db", str(db), "--apply"]) == 0
    assert "does not touch the post's jurisdiction" in capsys.readouterr().out
    with PostStore.open(db) as store:
        crises = CrisisStore(store)
        crisis = crises.current()
        assert crisis.phase.value == 1
        assert [line.kind for line in crises.timeline(crisis.id)].count(LogKind.ALERT) == 1
