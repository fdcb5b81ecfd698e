"""A read-only post opens read-only and says so; what only reads works, what writes is refused plainly.

On a tmpfs remounted read-only where this machine permits it (a real read-only disk, where SQLite
cannot even make its shared-memory file), and everywhere with the post opened read-only as it is
when the file cannot be written (SQLite's mode=ro): root may write any file, so chmod proves nothing.
"""

import shutil

import pytest

from micic_planner.core.errors import ReadOnlyError
from micic_planner.storage import store as store_module
from micic_planner.storage.store import PostStore
from tests.faults.conftest import PASS, digest, make_post


@pytest.fixture(params=["read-only disk, plain", "read-only disk, encrypted", "simulated, encrypted"])
def any_read_only_post(request, tmp_path, monkeypatch):
    if request.param.startswith("simulated"):
        path = make_post(tmp_path / "post.micic", PASS)
        monkeypatch.setattr(store_module, "writable", lambda _path: False)
        return path
    disk = request.getfixturevalue("small_disk")
    path = make_post(disk.folder / "post.micic", PASS if request.param.endswith("encrypted") else None)
    disk.read_only()
    return path


def test_a_read_only_post_is_exported_printed_and_checked(any_read_only_post, tmp_path, cli):
    before = digest(any_read_only_post)
    code, out, err = cli("export", "--db", any_read_only_post, "--format", "hxl", "--out", tmp_path / "zonas.csv")
    assert code == 0 and (tmp_path / "zonas.csv").exists()
    assert "read-only" in err and "damaged" not in err
    assert cli("plan", "--db", any_read_only_post, "--out", tmp_path / "plan.pdf")[0] == 0
    assert cli("crisis", "list", "--db", any_read_only_post)[0] == 0
    assert cli("check", any_read_only_post)[0] == 0
    assert digest(any_read_only_post) == before


def test_a_list_of_people_from_a_read_only_post_is_refused_because_it_could_not_be_recorded(any_read_only_post,
                                                                                            tmp_path, cli):
    before = digest(any_read_only_post)
    code, out, err = cli("export", "--db", any_read_only_post, "--format", "csv", "--out", tmp_path / "out.csv")
    assert code == 2 and "disclosure ledger" in err and "read-only" in err and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists() and list(tmp_path.glob("*.csv")) == []
    assert digest(any_read_only_post) == before


def test_a_change_to_a_read_only_post_is_refused_plainly_in_spanish(any_read_only_post, cli):
    before = digest(any_read_only_post)
    code, out, err = cli("crisis", "open", "--db", any_read_only_post, "--title", "Eta", "--hazard", "hurricane",
                         lang="es")
    assert code == 2
    assert "solo lectura" in err and "dañado" not in err
    assert digest(any_read_only_post) == before


def test_the_passphrase_of_a_read_only_post_is_not_changed(any_read_only_post, cli, monkeypatch):
    monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "otra frase de paso muy larga 93")
    before = digest(any_read_only_post)
    code, out, err = cli("passwd", any_read_only_post)
    assert code == 2 and "read-only" in err
    assert digest(any_read_only_post) == before


def test_the_storage_api_opens_a_read_only_post_for_reading_only(any_read_only_post):
    with PostStore.open(any_read_only_post, passphrase=PASS) as store:
        assert store.read_only and "read-only" in store.protection_notice()
        assert store.db.execute("SELECT count(*) FROM nationals").fetchone()[0] == 12
        national = store.nationals.get(1)
        national.phone = "+50499000000"
        with pytest.raises(ReadOnlyError):
            store.nationals.update(national)


def test_a_read_only_backup_folder_gets_a_plain_message(post, small_disk, cli):
    small_disk.read_only()
    before = digest(post)
    code, out, err = cli("backup", post, "--folder", small_disk.folder, lang="es")
    assert code == 2 and "solo lectura" in err
    assert digest(post) == before


def test_a_backup_folder_that_refuses_writing_gets_a_plain_message(post, tmp_path, cli, monkeypatch):
    import errno

    from micic_planner.storage import backup

    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(target))
    monkeypatch.setattr(backup.shutil, "copyfile", refuse)
    before = digest(post)
    code, out, err = cli("backup", post, "--folder", tmp_path / "backups")
    assert code == 2 and "read-only" in err
    assert digest(post) == before
    assert not [p for p in (tmp_path / "backups").iterdir()]
    shutil.rmtree(tmp_path / "backups")


def test_a_read_only_post_is_backed_up_to_a_folder_that_can_be_written(any_read_only_post, tmp_path, cli):
    code, out, err = cli("backup", any_read_only_post, "--folder", tmp_path / "backups")
    assert code == 0, err
    assert len(list((tmp_path / "backups").glob("post-*.micic"))) == 1
