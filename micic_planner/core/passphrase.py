"""How hard a passphrase or password is to guess, rated offline by zxcvbn, with advice a person can act on.

zxcvbn (Dropbox's estimator) knows English words, names, keyboard walks ("1qaz2wsx"), dates,
years and l33t substitutions. It does not know Spanish, so the words people here reach for
first are added to what it is told about the person: the post's name, city and country and
the user's name ("Tapachula2024" is one guess away once it knows the post is in Tapachula).
"""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: fewer than 10^10 guesses is 2, "somewhat guessable"; the post file meets offline attacks
PASSWORD_MIN_LENGTH = 10
# A user's password only opens a session inside a file already opened with the passphrase, and
# sign-ins are slowed after failures (storage/sign_in_throttle.py): 10^8 guesses is enough there.
PASSWORD_MIN_SCORE = 2
_RATED = 72  # zxcvbn refuses longer input; the first 72 characters of a long passphrase already rate 4
# Words people reach for first that zxcvbn's English lists do not hold.
COMMON = frozenset("""password contraseña contrasena clave secreto secret admin administrador qwerty asdf
zxcv letmein welcome bienvenido consulado embajada consulate embassy mexico méxico guatemala honduras
salvador nicaragua costarica panama panamá belice belize micic iom oim cruzroja redcross abc123 123456 12345678
123456789 iloveyou teamo dragon monkey football futbol cancilleria cancillería sre consul cónsul
emergencia crisis evacuacion evacuación""".split())
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (very strong), zxcvbn's scale
    guesses_log10: float  # zxcvbn's estimate of the guesses needed, as a power of ten
    hints: tuple[str, ...]  # advice in the user's language
    min_score: int = MIN_SCORE

    @property
    def label(self) -> str:
        return _(LABELS[self.score])

    @property
    def acceptable(self) -> bool:
        return self.score >= self.min_score


def post_words(name: str = "", city: str = "", host_country: str = "", *others: str) -> list[str]:
    """What an attacker knows about a post: its name, city, host country (code and names) and `others`."""
    words = [name, city, host_country, *others]
    if host_country:
        import pycountry

        found = pycountry.countries.get(alpha_2=host_country.upper())
        if found is not None:
            words += [found.name, getattr(found, "common_name", "")]
    return [w for w in words if w]


def _inputs(user_inputs: Iterable[str]) -> list[str]:
    """The words zxcvbn should treat as known: each given text and its words, then the common ones."""
    words = []
    for given in user_inputs:
        given = (given or "").strip().lower()
        # People type "Perez" for "Pérez" in a password: both forms are known guesses.
        plain = "".join(c for c in unicodedata.normalize("NFKD", given) if not unicodedata.combining(c))
        for text in dict.fromkeys((given, plain)):
            if text:
                parts = [w for w in text.replace(",", " ").replace("-", " ").replace(".", " ").split() if len(w) >= 3]
                words += [text, "".join(text.split()), *parts]
    return list(dict.fromkeys(words)) + sorted(COMMON)


def strength(passphrase: str, user_inputs: Iterable[str] = (), *, min_length: int = MIN_LENGTH,
             min_score: int = MIN_SCORE) -> Strength:
    """Rate `passphrase`, knowing `user_inputs` (post name, city, country, user name) are easy guesses."""
    from zxcvbn import zxcvbn

    if not passphrase:
        return Strength(0, 0.0, (_("Use at least {n} characters.").format(n=min_length),), min_score)
    result = zxcvbn(passphrase[:_RATED], user_inputs=_inputs(user_inputs))
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    # zxcvbn's advice is English; the catalogue (resources/i18n/es/readers.json) holds its sentences.
    hints = [_(feedback["warning"])] if feedback.get("warning") else []
    hints += [_(s) for s in feedback.get("suggestions") or []]
    if len(passphrase) < min_length:
        score = min(score, 1)
        hints.insert(0, _("Use at least {n} characters.").format(n=min_length))
    if score < min_score and not hints:
        hints.append(_("Several unrelated words make a strong passphrase that is easy to remember."))
    return Strength(score, round(float(result["guesses_log10"]), 1), tuple(dict.fromkeys(hints)), min_score)


def password_strength(password: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Rate a user's sign-in password (a lower bar than the post's passphrase; see PASSWORD_MIN_SCORE)."""
    return strength(password, user_inputs, min_length=PASSWORD_MIN_LENGTH, min_score=PASSWORD_MIN_SCORE)


def check_new_passphrase(passphrase: str, repeated: str | None = None, user_inputs: Iterable[str] = ()) -> Strength:
    """Raise ValidationError unless `passphrase` may protect a post; return its strength."""
    if repeated is not None and repeated != passphrase:
        raise ValidationError("passphrase", _("The two passphrases are not the same."),
                              hint=_("Type the same passphrase twice."))
    result = strength(passphrase, user_inputs)
    if not result.acceptable:
        raise ValidationError("passphrase", _("This passphrase is too easy to guess ({label}).").format(
            label=result.label), hint=" ".join(result.hints) or None)
    return result


def check_new_password(password: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Raise ValidationError unless `password` may protect a user's account; return its strength."""
    result = password_strength(password, user_inputs)
    if not result.acceptable:
        raise ValidationError("password", _("This password is too easy to guess ({label}).").format(
            label=result.label), hint=" ".join(result.hints) or None)
    return result
