"""Issue 15.1: merging a partner's file never washes a specific status out, nor adds empty history."""

from datetime import date

import pytest

from micic_planner.cli import main
from micic_planner.core.enums import AccountabilityStatus, Sex
from micic_planner.core.models import National, Post
from micic_planner.storage.store import PostStore

STATUSES = {"Begoña": "injured", "Rosa": "needs_help", "Juan": "evacuated", "Ana": "safe"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.micic"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado en Tapachula", "MX", "Tapachula", jurisdiction=["MX-CHP"]))
        for i, (given, status) in enumerate(STATUSES.items()):
            n = National(given, "Núñez Pérez", sex=Sex.FEMALE, birth_date=date(1990, 1, 1 + i), consent_share=True)
            store.nationals.add(n)
            n.status = AccountabilityStatus(status)
            store.nationals.update(n, source="phone", note="llamada")
    return path


def state(db) -> tuple[dict, int]:
    with PostStore.open(db) as store:
        statuses = dict(store.db.execute("SELECT given_names, status FROM nationals"))
        events = store.db.execute("SELECT count(*) FROM status_events").fetchone()[0]
    return statuses, events


def test_re_importing_the_posts_own_pfif_keeps_injured_needs_help_and_evacuated(db, tmp_path, capsys):
    out = tmp_path / "personas.xml"
    assert main(["export", "--db", str(db), "--format", "pfif", "--out", str(out), "--profile", "full",
                 "--no-encrypt"]) == 0
    before = state(db)
    assert main(["import", "--db", str(db), str(out), "--duplicates", "merge", "--no-geocode"]) == 0
    assert state(db) == before  # same statuses, and not one history line more
    assert "kept the registry's status" not in capsys.readouterr().out  # the notes carried the exact statuses


def test_a_partners_newer_believed_alive_does_not_wash_out_needs_help(db, tmp_path, capsys):
    pfif = tmp_path / "cruz_roja.xml"
    pfif.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
<pfif:person_record_id>cruzroja.example/p.3</pfif:person_record_id>
<pfif:given_name>Rosa</pfif:given_name><pfif:family_name>Núñez Pérez</pfif:family_name>
<pfif:date_of_birth>1990-01-02</pfif:date_of_birth>
<pfif:note><pfif:note_record_id>cruzroja.example/n.3</pfif:note_record_id>
<pfif:source_date>{date.today().year + 1}-01-01T00:00:00Z</pfif:source_date><pfif:status>believed_alive</pfif:status>
<pfif:text>Vista en el albergue</pfif:text></pfif:note></pfif:person></pfif:pfif>""", encoding="utf-8")
    before = state(db)
    assert main(["import", "--db", str(db), str(pfif), "--duplicates", "merge", "--no-geocode"]) == 0
    assert state(db) == before
    assert "1 merged row kept the registry's status" in capsys.readouterr().out


def test_a_newer_pfif_believed_dead_note_replaces_an_older_injured(db, tmp_path):
    pfif = tmp_path / "cruz_roja.xml"
    pfif.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
<pfif:person_record_id>cruzroja.example/p.1</pfif:person_record_id>
<pfif:given_name>Begoña</pfif:given_name><pfif:family_name>Núñez Pérez</pfif:family_name>
<pfif:date_of_birth>1990-01-01</pfif:date_of_birth>
<pfif:note><pfif:note_record_id>cruzroja.example/n.1</pfif:note_record_id>
<pfif:source_date>{date.today().year + 1}-01-01T00:00:00Z</pfif:source_date><pfif:status>believed_dead</pfif:status>
</pfif:note></pfif:person></pfif:pfif>""", encoding="utf-8")
    assert main(["import", "--db", str(db), str(pfif), "--duplicates", "merge", "--no-geocode"]) == 0
    statuses, events = state(db)
    assert statuses["Begoña"] == "deceased" and events == len(STATUSES) + 1


def test_a_pfif_note_older_than_the_registrys_status_is_not_applied(db, tmp_path):
    pfif = tmp_path / "viejo.xml"
    pfif.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
<pfif:person_record_id>cruzroja.example/p.2</pfif:person_record_id>
<pfif:given_name>Ana</pfif:given_name><pfif:family_name>Núñez Pérez</pfif:family_name>
<pfif:date_of_birth>1990-01-04</pfif:date_of_birth>
<pfif:note><pfif:note_record_id>cruzroja.example/n.2</pfif:note_record_id>
<pfif:source_date>2010-01-16T16:17:18Z</pfif:source_date><pfif:status>believed_missing</pfif:status>
</pfif:note></pfif:person></pfif:pfif>""", encoding="utf-8")
    before = state(db)
    assert main(["import", "--db", str(db), str(pfif), "--duplicates", "merge", "--no-geocode"]) == 0
    assert state(db) == before


def test_a_csv_merge_follows_the_same_rule(db, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Apellidos,Nombres,Fecha de nacimiento,Estado\n"
                    "Núñez Pérez,Begoña,1990-01-01,safe\nNúñez Pérez,Ana,1990-01-04,injured\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(path), "--duplicates", "merge", "--no-geocode"]) == 0
    statuses, events = state(db)
    assert statuses["Begoña"] == "injured" and statuses["Ana"] == "injured"
    assert events == len(STATUSES) + 1  # only Ana's change


def test_a_status_file_does_not_turn_an_injured_person_safe_and_says_so(db, tmp_path, capsys):
    with PostStore.open(db) as store:
        ids = dict(store.db.execute("SELECT given_names, id FROM nationals"))
    feed = tmp_path / "llamadas.csv"
    feed.write_text(f"id,status\n{ids['Begoña']},safe\n{ids['Ana']},injured\n{ids['Rosa']},needs_help\n",
                    encoding="utf-8")
    assert main(["status", "--db", str(db), "--csv", str(feed)]) == 0
    out = capsys.readouterr().out
    assert "1 of 3 nationals changed status." in out and "1 kept a newer or more specific status" in out
    statuses, events = state(db)
    assert statuses["Begoña"] == "injured" and statuses["Ana"] == "injured" and events == len(STATUSES) + 1
