"""Issue 15.8: Person Finder's own PFIF 1.1 to 1.4 files read with the spec's renames and partial dates kept."""

from pathlib import Path

import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.interchange.pfif import TABLE_FIELDS, open_pfif_table

REAL = Path(__file__).parent.parent / "data" / "real" / "pfif"


def _rows(path) -> list[dict]:
    return [dict(zip(TABLE_FIELDS, values)) for _n, values in open_pfif_table(path).rows()]


def test_person_finders_pfif_1_1_file_reads_first_name_and_last_name_as_the_persons_names():
    [row] = _rows(REAL / "personfinder-test-1.1.xml")
    assert (row["given_names"], row["family_names"]) == ("_test_given_name", "_test_family_name")
    assert row["uuid"] == "test.google.com/person.21009"  # the record id is kept, for later notes
    assert row["status"] == ""  # PFIF 1.1 notes carry no status; "found" is not one


def test_person_finders_pfif_1_2_file_reads_names_sex_and_its_latest_status_note():
    [row] = _rows(REAL / "personfinder-test-1.2.xml")
    assert (row["given_names"], row["family_names"], row["sex"]) == ("_test_given_name", "_test_family_name", "F")
    assert (row["status"], row["status_at"]) == ("safe", "2000-01-18T20:21:22Z")


def test_a_year_and_month_of_birth_is_kept_as_given_in_the_notes_not_made_into_a_day():
    [row] = _rows(REAL / "personfinder-test-1.2.xml")
    assert row["birth_date"] == ""
    assert "1970-01" in row["notes"] and "35-45" in row["notes"]


def test_a_year_of_birth_alone_is_kept_and_a_whole_date_is_read_as_a_date(tmp_path):
    path = tmp_path / "pfif13.xml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.3">
<pfif:person><pfif:person_record_id>cruzroja.example/p.1</pfif:person_record_id>
<pfif:full_name>Begoña Núñez</pfif:full_name><pfif:first_name>Begoña</pfif:first_name>
<pfif:last_name>Núñez</pfif:last_name><pfif:date_of_birth>1970</pfif:date_of_birth></pfif:person>
<pfif:person><pfif:person_record_id>cruzroja.example/p.2</pfif:person_record_id>
<pfif:first_name>Rosa</pfif:first_name><pfif:last_name>Núñez</pfif:last_name>
<pfif:date_of_birth>1972-03-04</pfif:date_of_birth></pfif:person></pfif:pfif>""", encoding="utf-8")
    first, second = _rows(path)
    assert (first["given_names"], first["birth_date"]) == ("Begoña", "")
    assert "1970" in first["notes"]
    assert (second["birth_date"], second["notes"]) == ("1972-03-04", "")


def test_a_pfif_version_this_program_does_not_know_is_refused_naming_the_version(tmp_path):
    path = tmp_path / "pfif15.xml"
    path.write_text('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.5"><pfif:person>'
                    "<pfif:person_record_id>a.example/1</pfif:person_record_id></pfif:person></pfif:pfif>",
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match="1.5"):
        open_pfif_table(path)
