"""Issue 15.1: a PFIF person's status is its latest status note, with the date that note was true."""

from pathlib import Path

from micic_planner.core.accountability import should_apply
from micic_planner.interchange.pfif import TABLE_FIELDS, open_pfif_table

REAL = Path(__file__).parent.parent / "data" / "real" / "pfif"


def test_person_finders_file_gives_the_latest_status_note_by_its_source_date():
    table = open_pfif_table(REAL / "personfinder-test-1.4.xml")
    row = dict(zip(TABLE_FIELDS, next(iter(table.rows()))[1]))
    # "is_note_author" (the person wrote it: alive) at 20:21 wins over the backdated "believed_missing"
    # of 20:00, entered later, and over the note without a status.
    assert (row["status"], row["status_at"]) == ("safe", "2000-01-18T20:21:22Z")
    assert "backdated change" in row["notes"]


def test_that_note_from_2000_does_not_replace_an_injured_status_recorded_since():
    table = open_pfif_table(REAL / "personfinder-test-1.4.xml")
    row = dict(zip(TABLE_FIELDS, next(iter(table.rows()))[1]))
    assert not should_apply("injured", "2024-05-01T10:00:00Z", row["status"], row["status_at"])
    assert not should_apply("missing", "2024-05-01T10:00:00Z", row["status"], row["status_at"])
    assert should_apply("missing", "1999-12-31T23:00:00Z", row["status"], row["status_at"])
