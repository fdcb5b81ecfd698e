from pathlib import Path

import pytest

from micic_planner.cli import main
from micic_planner.core.models import Partner, Post
from micic_planner.storage.store import PostStore

REAL = Path(__file__).parent.parent / "data" / "real" / "vcard"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "US", "Nueva York"))
        store.records.add(Partner("IBM", contact_person="Mr. John Richter James Doe Sr."))
    return path


def partners(db):
    with PostStore.open(db) as store:
        return store.records.list(Partner, order_by="id")


def test_import_vcard_updates_the_known_partner_and_adds_the_others_with_a_report(db, capsys):
    assert main(["partners", "import-vcard", str(REAL / "ez-vcard-john-doe-ms-outlook.vcf"), "--db", str(db)]) == 0
    assert main(["partners", "import-vcard", str(db), str(REAL / "ez-vcard-rfc2426-example.vcf")]) == 0
    out = capsys.readouterr().out
    assert "Card 1: IBM: updated (phone, email, address, notes)" in out
    assert "PHOTO: pictures, sounds and keys are not kept" in out
    assert "2 partners added, 0 updated" in out
    rows = partners(db)
    assert [p.name for p in rows] == ["IBM", "Lotus Development Corporation", "Netscape Communications Corp."]
    assert rows[0].phone == "+19055551234" and rows[0].email == "john.doe@ibm.cm"


def test_importing_the_same_file_twice_doubles_nothing(db, capsys):
    path = str(REAL / "ez-vcard-gmail-list.vcf")
    assert main(["partners", "import-vcard", path, "--db", str(db)]) == 0
    assert main(["partners", "import-vcard", path, "--db", str(db)]) == 0
    assert "0 partners added, 0 updated, 3 already up to date" in capsys.readouterr().out
    assert len(partners(db)) == 4


def test_a_dry_run_reports_and_changes_nothing(db, capsys):
    assert main(["partners", "import-vcard", str(REAL / "ez-vcard-gmail-list.vcf"), "--db", str(db),
                 "--dry-run"]) == 0
    assert "3 partners added" in capsys.readouterr().out
    assert len(partners(db)) == 1


def test_a_file_that_is_no_vcard_is_refused_with_exit_status_2(db, tmp_path, capsys):
    path = tmp_path / "x.vcf"
    path.write_text("hello\n", encoding="utf-8")
    assert main(["partners", "import-vcard", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no contact card" in err and "Traceback" not in err


def test_our_own_vcard_export_imported_again_updates_nothing_and_leaves_the_wardens_out(db, tmp_path, capsys):
    from micic_planner.core.models import Warden, Zone

    with PostStore.open(db) as store:
        zone = Zone("Centro")
        store.records.add(zone)
        store.records.add(Warden("Luis Gómez", zone_id=zone.id, phone="+12125550100"))
        store.records.add(Partner("Cruz Roja", contact_person="Ana López", phone_24h="+12125550111",
                                  phone="+12125550122", email="ana@example.org"))
    path = tmp_path / "contactos.vcf"
    assert main(["export", "--db", str(db), "--format", "vcard", "--out", str(path)]) == 0
    capsys.readouterr()
    assert main(["partners", "import-vcard", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "0 partners added, 0 updated, 2 already up to date, 1 cards refused." in out
    assert "one of this post's wardens" in out
    assert [p.name for p in partners(db)] == ["IBM", "Cruz Roja"]
