"""Passphrases and passwords rated by zxcvbn, knowing the post: the weak ones the audit found are refused."""

import pytest

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import set_language
from micic_planner.core.passphrase import (
    check_new_passphrase,
    check_new_password,
    password_strength,
    post_words,
    strength,
)

TAPACHULA = post_words("Consulado de México en Tapachula", "Tapachula", "MX", "admin")
# Weak passphrases of the audit (issue 12.6) and of the same families.
WEAK = ["Tapachula2024", "P@ssw0rd!2024", "1qaz2wsx3edc", "Consulado2024!", "Contraseña2024!", "mexico123",
        "embajada", "qwertyuiop12", "Tapachula.2024", "administrador1", "aaaaaaaaaaaa"]
STRONG = ["marimba volcán lluvia 47", "tres tigres comen trigo", "gato-nube-42-Rio-verde"]


@pytest.mark.parametrize("passphrase", WEAK)
def test_the_weak_passphrases_the_audit_found_are_refused_with_advice(passphrase):
    with pytest.raises(ValidationError) as caught:
        check_new_passphrase(passphrase, user_inputs=TAPACHULA)
    assert caught.value.field == "passphrase" and caught.value.hint


@pytest.mark.parametrize("passphrase", STRONG)
def test_several_unrelated_words_are_accepted(passphrase):
    assert check_new_passphrase(passphrase, user_inputs=TAPACHULA).score >= 3


def test_the_posts_city_is_an_easy_guess_once_the_rating_knows_it():
    assert strength("Tapachula1", TAPACHULA).score < strength("Tapachula1").score
    assert not strength("ConsuladodeMéxicoenTapachula", TAPACHULA).acceptable


def test_the_advice_is_given_in_the_users_language():
    set_language("es")
    try:
        hints = strength("P@ssw0rd!2024").hints
    finally:
        set_language("en")
    assert "Es parecida a una contraseña muy usada." in hints
    assert any("«@»" in h for h in hints)


def test_user_passwords_need_ten_characters_and_must_not_be_guessable():
    for weak in ("Tapachula1", "ana12345", "password2024", "anamora2024"):
        with pytest.raises(ValidationError):
            check_new_password(weak, TAPACHULA + ["ana", "Ana Mora"])
    assert check_new_password("ana-clave-2024", ["ana"]).acceptable
    assert password_strength("corto-1").score <= 1
