"""From the command line: weak new passphrases refused with advice, guessing at a sign-in slowed down."""

from micic_planner.cli import main
from micic_planner.core.i18n import set_language
from micic_planner.core.models import Post
from micic_planner.core.security import Role
from micic_planner.storage import sign_in_throttle
from micic_planner.storage.store import PostStore

PASS = "marimba volcán lluvia 47"


def _post(path):
    with PostStore.open(path, create=True, passphrase=PASS) as store:
        store.save_post(Post("Consulado de México en Tapachula", "MX", "Tapachula"))
        store.add_user("admin", Role.ADMINISTRATOR, "admin-clave-de-sede")


def test_passwd_refuses_the_posts_city_with_advice_in_spanish_and_exits_2(tmp_path, monkeypatch, capsys):
    _post(tmp_path / "p.micic")
    for name, value in (("MICIC_PASSPHRASE", PASS), ("MICIC_USER", "admin"), ("MICIC_PASSWORD", "admin-clave-de-sede"),
                        ("MICIC_NEW_PASSPHRASE", "Tapachula2024")):
        monkeypatch.setenv(name, value)
    set_language("es")
    try:
        assert main(["passwd", str(tmp_path / "p.micic")]) == 2
    finally:
        set_language("en")
    err = capsys.readouterr().err
    assert "demasiado fácil de adivinar" in err and "Añada una o dos palabras más" in err
    assert "Traceback" not in err


def test_guessing_a_password_from_the_command_line_meets_the_growing_wait(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sign_in_throttle, "clock", lambda: 5_000_000.0)
    _post(tmp_path / "p.micic")
    monkeypatch.setenv("MICIC_PASSPHRASE", PASS)
    monkeypatch.setenv("MICIC_USER", "admin")
    monkeypatch.setenv("MICIC_PASSWORD", "guess")
    for _ in range(4):
        assert main(["users", "list", str(tmp_path / "p.micic")]) == 2
    monkeypatch.setenv("MICIC_PASSWORD", "admin-clave-de-sede")
    assert main(["users", "list", str(tmp_path / "p.micic")]) == 2
    assert "wait 30 seconds" in capsys.readouterr().err
