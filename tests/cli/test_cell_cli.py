"""`micic-planner serve` and `join` at the command line: a copy joined, then exchanged with `--once`."""

from micic_planner.cell.host import CellHost
from micic_planner.cli import main
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post


def test_an_officer_joins_at_the_command_line_and_exchanges_once(tmp_path, monkeypatch, capsys):
    make_post(tmp_path / "post.db", people=3)
    store = open_post(tmp_path / "post.db", "jefa")
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    try:
        monkeypatch.setenv("MICIC_USER", "ben")
        monkeypatch.setenv("MICIC_PASSWORD", PASSWORDS["ben"][0])
        monkeypatch.setenv("MICIC_NEW_PASSPHRASE", "la copia de Ben 2026!")
        copy = tmp_path / "ben.micic"
        assert main(["join", f"https://127.0.0.1:{host.port}", "--code", host.code, "--db", str(copy),
                     "--fingerprint", host.fingerprint, "--once"]) == 0
        out = capsys.readouterr().out
        assert "Joined as ben (Consular officer)" in out and "Exchanged:" in out
    finally:
        host.stop()
        store.close()


def test_joining_without_the_hosts_address_says_how_to_give_it(tmp_path, capsys):
    assert main(["join", "--db", str(tmp_path / "c.micic"), "--code", "ABCDEFGH"]) != 0
    assert "host's address" in capsys.readouterr().err


def test_serve_refuses_a_listen_address_without_a_port(tmp_path, capsys):
    assert main(["serve", str(tmp_path / "post.db"), "--listen", "localhost"]) != 0
    assert "ADDRESS:PORT" in capsys.readouterr().err
