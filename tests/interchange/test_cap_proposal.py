"""Issue 15.4: a host-country alert proposes a level only when it is Actual, current, near and a threat."""

from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.alert_proposal import PostArea
from micic_planner.interchange.cap import read_cap

REAL = Path(__file__).parent.parent / "data" / "real"
TAPACHULA = PostArea("MX", ["MX-CHP"], 14.9, -92.26)
THUNDERSTORM = REAL / "cap" / "oasis-cap-1.2-appendix-a2-severe-thunderstorm.xml"
DURING_THE_STORM = datetime(2003, 6, 17, 22, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def smn_alert(tmp_path, severity: str, parameters: str, event: str = "Huracán", geocode: str = "MX-CHP",
              status: str = "Actual", extra: str = "") -> Path:
    """An alert shaped like those of Mexico's SMN: severity Unknown, the warning colour in a parameter."""
    path = tmp_path / "smn.xml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>smn-1</identifier><sender>smn@conagua.gob.mx</sender>
<sent>2026-05-31T10:00:00-06:00</sent><status>{status}</status><msgType>Alert</msgType><scope>Public</scope>
<info><language>es-MX</language><category>Met</category><event>{event}</event><urgency>Expected</urgency>
<severity>{severity}</severity><certainty>Likely</certainty><expires>2026-06-02T10:00:00-06:00</expires>{extra}
{parameters}<area><areaDesc>Costa de Chiapas</areaDesc><geocode><valueName>ISO3166-2</valueName>
<value>{geocode}</value></geocode></area></info></alert>""", encoding="utf-8")
    return path


def test_the_amber_child_abduction_alert_proposes_no_level_and_says_why():
    proposal = read_cap(REAL / "cap_1.2_amber_alert_oasis.xml").proposal(now=NOW)
    assert proposal.phase is None
    assert "Child Abduction" in " ".join(proposal.reasons)


def test_a_severe_thunderstorm_warning_proposes_restriction_not_mandatory_evacuation():
    assert read_cap(THUNDERSTORM).proposal(now=DURING_THE_STORM).phase == 2


def test_the_alaska_tsunami_message_proposes_nothing_for_a_post_in_chiapas_whose_area_it_does_not_touch():
    alert = read_cap(REAL / "cap" / "ntwc-PAAQ-4-mg5a94-tsunami-cancellation.xml")
    proposal = alert.proposal(TAPACHULA, now=datetime(2013, 1, 5, 10, 0, tzinfo=UTC))
    assert (proposal.phase, proposal.touches) == (None, False)
    assert "does not touch the post's jurisdiction" in " ".join(proposal.reasons)


def test_an_expired_alert_proposes_nothing_and_its_summary_shows_when_it_was_in_effect():
    alert = read_cap(REAL / "cap" / "nws-blizzard-warning-cap-1.1.xml")
    assert alert.proposal(now=NOW).phase is None
    text = "\n".join(alert.summary_lines("en", now=NOW))
    assert "2021-12-27T10:08:00-06:00" in text and "2021-12-27T18:00:00-06:00" in text and "expired" in text


def test_a_test_alert_gets_no_level(tmp_path):
    path = tmp_path / "test.xml"
    path.write_text(THUNDERSTORM.read_text(encoding="utf-8").replace("<status>Actual", "<status>Test"),
                    encoding="utf-8")
    proposal = read_cap(path).proposal(now=DURING_THE_STORM)
    assert proposal.phase is None and "Test" in proposal.reasons[0]


def test_an_smn_alert_of_unknown_severity_reads_its_red_semaforo_as_mandatory_evacuation(tmp_path):
    path = smn_alert(tmp_path, "Unknown", "<parameter><valueName>Semáforo SIAT-CT</valueName>"
                                          "<value>Rojo</value></parameter>")
    proposal = read_cap(path).proposal(TAPACHULA, now=NOW)
    assert (proposal.phase, proposal.touches) == (4, True)


def test_an_alert_of_unknown_severity_without_a_known_colour_proposes_nothing(tmp_path):
    proposal = read_cap(smn_alert(tmp_path, "Unknown", "")).proposal(TAPACHULA, now=NOW)
    assert proposal.phase is None and "Unknown" in proposal.reasons[0]


def test_cenapreds_yellow_phase_3_volcanic_semaforo_proposes_voluntary_departure(tmp_path):
    path = smn_alert(tmp_path, "Unknown", "<parameter><valueName>Semáforo de alerta volcánica</valueName>"
                                          "<value>Amarillo Fase 3</value></parameter>", event="Volcán Tacaná")
    assert read_cap(path).proposal(TAPACHULA, now=NOW).phase == 3


def test_an_alert_for_another_state_of_the_host_country_does_not_touch_the_jurisdiction(tmp_path):
    path = smn_alert(tmp_path, "Extreme", "", geocode="MX-BCN")
    proposal = read_cap(path).proposal(TAPACHULA, now=NOW)
    assert (proposal.phase, proposal.touches) == (None, False)


def test_a_hurricane_watch_proposes_at_most_restriction_by_its_vtec(tmp_path):
    vtec = "<parameter><valueName>VTEC</valueName><value>/O.NEW.KNHC.HU.A.1001.260601T0000Z-000000T0000Z/</value>" \
           "</parameter>"
    assert read_cap(smn_alert(tmp_path, "Extreme", vtec)).proposal(TAPACHULA, now=NOW).phase == 2


def test_canadas_layer_marks_an_advisory_as_precaution(tmp_path):
    layer = "<parameter><valueName>layer:EC-MSC-SMC:1.0:Alert_Type</valueName><value>advisory</value></parameter>"
    assert read_cap(smn_alert(tmp_path, "Severe", layer, event="flood")).proposal(now=NOW).phase == 1


def test_an_alert_that_is_not_valid_cap_is_read_with_a_warning_naming_what_is_wrong(tmp_path):
    path = smn_alert(tmp_path, "Grave", "")
    alert = read_cap(path)
    assert any("Grave" in w for w in alert.warnings)
    assert any("Not valid CAP" in line for line in alert.summary_lines("en", now=NOW))
