"""More real CAP and PFIF files (tests/data/real/SOURCES.md, issue 15 cardexchange): read right or refused plainly."""

from pathlib import Path

import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.interchange.cap import read_cap
from micic_planner.interchange.pfif import read_pfif_file
from micic_planner.interchange.tables import open_table

REAL = Path(__file__).parent.parent / "data" / "real"


def test_the_oasis_homeland_security_example_reads_and_proposes_a_level():
    alert = read_cap(REAL / "cap" / "oasis-cap-1.2-appendix-a1-homeland-security.xml")
    assert alert.identifier == "43b080713727" and alert.sender == "hsas@dhs.gov" and not alert.warnings
    assert alert.infos[0].event == "Homeland Security Advisory System Update"
    assert alert.proposed_phase() is not None


def test_the_oasis_earthquake_update_reads_and_proposes_nothing_for_a_minor_past_event():
    alert = read_cap(REAL / "cap" / "oasis-cap-1.2-appendix-a3-earthquake.xml")
    assert alert.msg_type == "Update" and alert.infos[0].event == "Earthquake"
    assert (alert.infos[0].severity, alert.infos[0].urgency) == ("Minor", "Past")
    assert alert.proposed_phase() is None


def test_a_cap_1_0_alert_is_refused_saying_it_is_cap_1_0_and_what_is_read():
    with pytest.raises(ImportFileError) as caught:
        read_cap(REAL / "cap" / "oasis-cap-1.0-appendix-a1-homeland-security.xml")
    message = caught.value.user_message()
    assert "CAP 1.0" in message and "CAP 1.1 or 1.2" in message
    assert "oasis-cap-1.0-appendix-a1-homeland-security.xml" in message


def test_person_finders_file_with_a_record_of_another_domain_reads_both_persons_with_their_ids():
    rows = [values for _n, values in open_table(REAL / "pfif" / "personfinder-test-1.2-badrecord.xml").rows()]
    assert [r[-1] for r in rows] == ["test.google.com/person.21009", "foo.google.com/person.666"]
    assert rows[0][5] == "safe" and rows[1][5] == ""


def test_a_pfif_source_file_keeps_the_partial_birth_date_and_age_in_the_notes():
    [row] = [values for _n, values in open_table(REAL / "pfif" / "personfinder-test-1.2-source.xml").rows()]
    assert row[0:3] == ["_test_last_name", "_test_first_name", "F"] and row[3] == ""
    assert "1970-01" in row[6] and "35-45" in row[6]


def test_a_pfif_notification_is_one_note_about_a_person_not_in_the_file():
    read = read_pfif_file(REAL / "pfif" / "personfinder-test-1.2-notification.xml")
    assert read.persons == [] and read.version == "1.2"
    assert [(n["person_record_id"], n["status"]) for n in read.notes] == [
        ("test.google.com/person.21009", "believed_missing")]
