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


def test_the_posts_own_pfif_carries_injured_through_believed_alive(tmp_path):
    from micic_planner.interchange.pfif import PfifPerson, write_pfif

    path = tmp_path / "propio.xml"
    write_pfif(path, [PfifPerson({"person_record_id": "post/1", "given_name": "Begoña", "family_name": "Ibarra"},
                                 [{"note_record_id": "post/event.1", "status": "believed_alive", "text": "injured",
                                   "source_date": "2024-05-01T10:00:00Z"}]),
                      PfifPerson({"person_record_id": "post/2", "given_name": "Ana", "family_name": "Ibarra"},
                                 [{"note_record_id": "post/event.2", "status": "believed_alive",
                                   "text": "deceased; phone", "source_date": "2024-05-01T10:00:00Z"}])])
    got = [dict(zip(TABLE_FIELDS, values)) for _n, values in open_pfif_table(path).rows()]
    # A text that PFIF's status contradicts is not believed: Ana stays "believed alive".
    assert [(r["given_names"], r["status"]) for r in got] == [("Begoña", "injured"), ("Ana", "safe")]
