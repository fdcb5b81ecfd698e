"""Faults during an export: a full disk, a refused folder, a ledger that cannot be written. Each ends in a plain
message and exit status 2, with no half output and no temporary file anywhere, and the ledger unchanged."""

import csv
import errno
import os
import tempfile

import pytest

from micic_planner.cli import main
from micic_planner.core.models import National, Post
from micic_planner.interchange import csv_writer
from micic_planner.storage.store import PostStore


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "post" / "post.db"
    path.parent.mkdir()
    with PostStore.open(path, create=True) as store:
        store.save_post(Post("Consulado", "GT", "Guatemala"))
        for i in range(300):
            store.nationals.add(National(f"Nombre{i}", f"Apellido{i}", consent_share=True))
    return path


@pytest.fixture
def shared_tmp(tmp_path, monkeypatch):
    """Python's shared temporary folder (/tmp) for the test: nothing may be left in it."""
    folder = tmp_path / "shared-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def counts(db) -> tuple[int, int]:
    with PostStore.open(db) as store:
        return (store.db.execute("SELECT count(*) FROM disclosures").fetchone()[0],
                store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0])


def export(db, out, fmt, *extra) -> int:
    return main(["export", "--db", str(db), "--format", fmt, "--out", str(out), *extra])


def assert_nothing_left(out_folder, shared_tmp, before=()):
    assert sorted(p.name for p in out_folder.iterdir()) == sorted(before)
    assert list(shared_tmp.iterdir()) == []


def full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_during_a_csv_export_leaves_no_half_file_and_says_so(db, tmp_path, shared_tmp, monkeypatch,
                                                                          capsys):
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    real_writer = csv.writer

    class FillingWriter:
        """Writes 100 rows, then the disk is full."""

        def __init__(self, f):
            self.inner, self.rows = real_writer(f), 0

        def writerow(self, row):
            self.rows += 1
            if self.rows > 100:
                full_disk()
            return self.inner.writerow(row)

    monkeypatch.setattr(csv_writer.csv, "writer", FillingWriter)
    assert export(db, out_folder / "lista.csv", "csv") == 2
    assert_nothing_left(out_folder, shared_tmp)  # no half file of 100 rows
    err = capsys.readouterr().err
    assert "The disk is full; nothing was written and nothing was changed." in err
    assert "lista.csv" in err and ".micic-" not in err and "Traceback" not in err
    assert counts(db) == (0, 0)  # the ledger and the audit log hold no entry for it


def test_a_full_disk_during_an_xlsx_export_leaves_nothing_in_tmp_or_beside_the_target(db, tmp_path, shared_tmp,
                                                                                      monkeypatch, capsys):
    from openpyxl.workbook.workbook import Workbook

    out_folder = tmp_path / "out"
    out_folder.mkdir()
    monkeypatch.setattr(Workbook, "save", full_disk)  # the rows are already in openpyxl's temporary sheet
    assert export(db, out_folder / "lista.xlsx", "xlsx") == 2
    assert_nothing_left(out_folder, shared_tmp)  # openpyxl's plaintext sheet neither in /tmp nor beside
    err = capsys.readouterr().err
    assert "The disk is full" in err and "Traceback" not in err
    assert counts(db) == (0, 0)  # the ledger and the audit log hold no entry for it


def test_a_failed_export_keeps_the_previous_file_of_that_name_whole(db, tmp_path, shared_tmp, monkeypatch):
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    (out_folder / "lista.csv").write_text("la lista de ayer\n", encoding="utf-8")
    monkeypatch.setattr(csv_writer.csv, "writer", full_disk)
    assert export(db, out_folder / "lista.csv", "csv") == 2
    assert (out_folder / "lista.csv").read_text(encoding="utf-8") == "la lista de ayer\n"
    assert_nothing_left(out_folder, shared_tmp, ["lista.csv"])


def test_a_full_disk_while_encrypting_leaves_neither_the_plain_nor_the_encrypted_file(db, tmp_path, shared_tmp,
                                                                                       monkeypatch, capsys):
    import pyzipper

    out_folder = tmp_path / "out"
    out_folder.mkdir()
    secret = tmp_path / "clave.txt"
    secret.write_text("caballo batería grapa correcta", encoding="utf-8")
    monkeypatch.setattr(pyzipper.AESZipFile, "write", full_disk)
    assert export(db, out_folder / "r.csv", "csv", "--profile", "full", "--passphrase-file", str(secret)) == 2
    assert "The disk is full" in capsys.readouterr().err
    assert_nothing_left(out_folder, shared_tmp)
    assert counts(db) == (0, 0)


def test_a_refused_rename_is_a_plain_message(db, tmp_path, shared_tmp, monkeypatch, capsys):
    out_folder = tmp_path / "out"
    out_folder.mkdir()

    def refused(*_args):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refused)
    assert export(db, out_folder / "lista.pfif.xml", "pfif") == 2
    err = capsys.readouterr().err
    assert "This folder may not be written to; nothing was written." in err and "Traceback" not in err
    assert_nothing_left(out_folder, shared_tmp)
    assert counts(db) == (0, 0)


def test_an_export_whose_ledger_entry_fails_is_withdrawn(db, tmp_path, shared_tmp, monkeypatch, capsys):
    from micic_planner.core.errors import StorageError
    from micic_planner.storage.audit import AuditLog

    out_folder = tmp_path / "out"
    out_folder.mkdir()

    def broken(*_args, **_kwargs):
        raise StorageError("The disk is full; nothing was written.")

    monkeypatch.setattr(AuditLog, "record", broken)
    assert export(db, out_folder / "lista.csv", "csv") == 2
    assert "The disk is full" in capsys.readouterr().err
    assert_nothing_left(out_folder, shared_tmp)
    monkeypatch.undo()
    assert counts(db) == (0, 0)


def test_an_export_to_a_missing_folder_or_a_folder_is_explained(db, tmp_path, capsys):
    assert export(db, tmp_path / "no-such-folder" / "lista.csv", "csv") == 2
    assert "This folder does not exist" in capsys.readouterr().err
    assert export(db, tmp_path, "csv") == 2
    assert "This is a folder, not a file name." in capsys.readouterr().err


def test_the_folder_left_by_a_killed_export_is_removed_by_the_next_export_of_that_name(db, tmp_path):
    out_folder = tmp_path / "out"
    left = out_folder / ".micic-lista.csv.0badc0de.part"
    left.mkdir(parents=True)
    (left / "lista.csv").write_text("Apellido1,Nombre1\n", encoding="utf-8")
    os.utime(left, (0, 0))
    assert export(db, out_folder / "lista.csv", "csv") == 0
    assert [p.name for p in out_folder.iterdir()] == ["lista.csv"]
