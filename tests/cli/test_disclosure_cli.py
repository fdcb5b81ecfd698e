"""Exports and prints from the command line: encrypted by default for full lists, warned in clear, recorded."""

import csv
import io
import tempfile

import pytest
import pyzipper

from micic_planner.cli import main
from micic_planner.core.models import National, Partner, Post
from micic_planner.storage.disclosures import DisclosureLedger
from micic_planner.storage.store import PostStore

PASSPHRASE = "caballo batería grapa correcta"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "GT", "Guatemala"))
        store.nationals.add(National("Ana", "Núñez", consent_share=True, passport_no="G111",
                                     migration_status="Irregular"))
        store.nationals.add(National("Luis", "Pérez", consent_share=False, passport_no="G999"))
        store.records.add(Partner("OIM Guatemala"))
    return path


@pytest.fixture
def passphrase_file(tmp_path):
    path = tmp_path / "clave.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def ledger(db):
    with PostStore.open(db) as store:
        return DisclosureLedger(store).entries()


def test_a_full_export_is_encrypted_by_default_and_opens_only_with_the_passphrase(db, tmp_path, passphrase_file,
                                                                                 capsys):
    out = tmp_path / "registro.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--profile", "full", "--out", str(out),
                 "--passphrase-file", str(passphrase_file)]) == 0
    assert not out.exists()
    archive = tmp_path / "registro.csv.zip"
    assert "registro.csv.zip" in capsys.readouterr().out
    raw = archive.read_bytes()
    assert b"N\xc3\xba\xc3\xb1ez" not in raw and b"Irregular" not in raw and b"G999" not in raw
    with pyzipper.AESZipFile(archive) as zf:
        assert zf.namelist() == ["registro.csv"]
        with pytest.raises(RuntimeError, match="password"):
            zf.read("registro.csv")
        zf.setpassword(b"otra clave cualquiera")
        with pytest.raises(RuntimeError, match="[Bb]ad password"):
            zf.read("registro.csv")
        zf.setpassword(PASSPHRASE.encode())
        text = zf.read("registro.csv").decode("utf-8-sig")
    assert {r["Family names"] for r in csv.DictReader(io.StringIO(text))} == {"Núñez", "Pérez"}
    assert "Irregular" in text
    [entry] = ledger(db)
    assert entry["encrypted"] and entry["file_name"] == "registro.csv.zip" and entry["count"] == 2


def test_a_full_export_without_a_passphrase_is_refused_and_writes_nothing(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "xlsx", "--profile", "full",
                 "--out", str(tmp_path / "r.xlsx")]) == 2
    assert "needs a passphrase" in capsys.readouterr().err
    assert not list(tmp_path.glob("r.xlsx*")) and not list(tmp_path.glob(".micic-*"))
    assert ledger(db) == []


def test_a_weak_export_passphrase_is_refused(db, tmp_path, capsys):
    weak = tmp_path / "debil.txt"
    weak.write_text("12345", encoding="utf-8")
    assert main(["export", "--db", str(db), "--format", "pfif", "--profile", "full", "--out",
                 str(tmp_path / "p.xml"), "--passphrase-file", str(weak)]) == 2
    assert "too easy to guess" in capsys.readouterr().err
    assert not list(tmp_path.glob("p.xml*"))


def test_a_personal_export_in_clear_warns_on_stderr_and_names_the_partner_in_the_ledger(db, tmp_path, capsys):
    out = tmp_path / "oim.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(out), "--partner", "oim guatemala"]) == 0
    err = capsys.readouterr().err
    assert "personal data of 2 people in clear" in err and "--partner" not in err
    [entry] = ledger(db)
    assert entry["partner_name"] == "OIM Guatemala" and entry["profile"] == "partner" and not entry["encrypted"]


def test_an_export_for_an_unknown_partner_is_refused_before_writing(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "x.csv"),
                 "--partner", "Nadie"]) == 2
    assert "OIM Guatemala" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_a_full_export_in_clear_needs_no_encrypt_and_warns(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "xlsx", "--profile", "full", "--no-encrypt",
                 "--out", str(tmp_path / "r.xlsx")]) == 0
    assert "in clear" in capsys.readouterr().err
    assert (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"


def test_figures_are_not_warned_about(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--format", "hxl", "--out", str(tmp_path / "c.csv")]) == 0
    assert "in clear" not in capsys.readouterr().err


def test_an_xlsx_export_writes_no_temporary_file_in_the_shared_temporary_folder(db, tmp_path, monkeypatch):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    seen = []
    import openpyxl.worksheet._writer as writer

    real = writer.create_temporary_file

    def spy(suffix=""):
        name = real(suffix)
        seen.append(name)
        return name

    monkeypatch.setattr(writer, "create_temporary_file", spy)
    assert main(["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "out" / "r.xlsx")]) == 2
    (tmp_path / "out").mkdir()
    assert main(["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "out" / "r.xlsx")]) == 0
    assert seen and all(str(tmp_path / "out") in name for name in seen)
    assert list(shared.iterdir()) == []
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["r.xlsx"]


def test_the_audit_disclosures_command_answers_who_was_given_to_a_partner_and_which_fields(db, tmp_path, capsys):
    main(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "oim.csv"), "--partner", "1",
          "--fields", "family_names,phone,zone"])
    main(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "otro.csv"),
          "--fields", "passport_no"])
    capsys.readouterr()
    assert main(["audit", "disclosures", "--db", str(db), "--partner", "OIM Guatemala"]) == 0
    out = capsys.readouterr().out
    assert "oim.csv" in out and "otro.csv" not in out and "2 people." in out
    lines = {line.split("\t")[2]: line.split("\t")[-1] for line in out.splitlines() if "\t" in line
             and line.split("\t")[0].isdigit()}
    assert lines == {"Núñez, Ana": "family_names, phone, zone", "Pérez, Luis": "zone"}
    assert main(["audit", "disclosures", "--db", str(db), "--national", "G999"]) == 0
    out = capsys.readouterr().out
    assert "oim.csv" in out and "otro.csv" in out and "2 lists left the post." in out


def test_the_audit_export_command_still_writes_the_log(db, tmp_path, capsys):
    assert main(["audit", "export", str(db), str(tmp_path / "log.csv")]) == 0
    assert (tmp_path / "log.csv").exists()


def test_an_encrypted_export_to_a_name_without_zip_keeps_the_name_inside(db, tmp_path):
    from micic_planner.interchange.exports import export_post
    from micic_planner.storage.exchange_source import ExchangeSource

    with PostStore.open(db) as store:
        assert export_post(ExchangeSource(store), "pfif", tmp_path / "personas.xml", profile="full",
                           passphrase=PASSPHRASE) == 2
    with pyzipper.AESZipFile(tmp_path / "personas.xml") as zf:
        zf.setpassword(PASSPHRASE.encode())
        assert "Pérez" in zf.read("personas.xml").decode("utf-8")
