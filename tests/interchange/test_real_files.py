"""The readers on files other programs and the formats' specifications wrote (tests/data/real/README.md)."""

from pathlib import Path

from micic_planner.interchange.cap import read_cap
from micic_planner.interchange.geo_files import read_geo
from micic_planner.interchange.pfif import read_pfif
from micic_planner.interchange.tables import open_table

REAL = Path(__file__).parent.parent / "data" / "real"


def test_the_oasis_cap_example_reads_in_both_languages_with_its_areas():
    alert = read_cap(REAL / "cap_1.2_amber_alert_oasis.xml")
    assert alert.identifier == "KAR0-0306112239-SW"
    assert [i.language for i in alert.infos] == ["en-US", "es-US"]
    assert alert.infos[1].event == "Abducción de Niño"
    assert alert.infos[0].areas[0].geocodes == [("SAME", "006037")]


def test_person_finders_pfif_1_4_example_reads_as_one_person_with_the_latest_note():
    persons = read_pfif(REAL / "pfif_1.4_personfinder_test.xml")
    assert len(persons) == 1
    assert persons[0].values["family_name"] == "_test_family_name"
    assert persons[0].notes[0]["status"] == "believed_alive"
    # The example's record expired on 2010-02-16: read as of a day before, it is kept with the sender's date
    # in its notes (issue 15c); read today, it is left out, as PFIF asks of an expired record.
    from datetime import UTC, datetime

    from micic_planner.interchange.pfif import open_pfif_table

    rows = list(open_pfif_table(REAL / "pfif_1.4_personfinder_test.xml", now=datetime(2010, 2, 15, tzinfo=UTC)).rows())
    # Then the note's date (a status from the file merges only if it is newer) and the record id.
    assert rows == [(2, ["_test_family_name", "_test_given_name", "F", "1970-01-01", "_test_home_city", "safe",
                         "The sender's record expires on 2010-02-16 (PFIF expiry_date): delete this copy then.\n"
                         "_test_text\n    line two", "2000-02-02T02:02:02Z",
                         "test.google.com/person.21009"])]
    today = open_table(REAL / "pfif_1.4_personfinder_test.xml")
    assert list(today.rows()) == []
    assert [name for _id, name, _when in today.expired] == ["_test_given_name_dot_family_name"]


def test_a_gpx_from_another_program_holds_its_free_text_typed_waypoint_for_a_kind_instead_of_refusing_the_file():
    reading = read_geo(REAL / "gpx_1.1_all_fields_gpxpy.gpx")
    assert [p.name for p in reading.pending["example type"]] == ["example name"]
    reading.choose_kinds({})
    assert reading.places == [] and any("example type" in note.what for note in reading.notes)
