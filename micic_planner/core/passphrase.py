"""How strong a passphrase is, estimated offline, with hints a person can act on."""

import math
import re
from dataclasses import dataclass

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _

MIN_LENGTH = 10
MIN_SCORE = 2
# Words people reach for first; a passphrase built on them is guessed early.
COMMON = frozenset("""password contraseña contrasena clave secreto secret admin administrador qwerty asdf
zxcv letmein welcome bienvenido consulado embajada consulate embassy mexico méxico guatemala honduras
salvador nicaragua costarica panama belice belize micic iom oim cruzroja redcross abc123 123456 12345678
123456789 iloveyou teamo dragon monkey football futbol""".split())
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (very strong)
    bits: float  # estimated guessing entropy
    hints: tuple[str, ...]

    @property
    def label(self) -> str:
        return _(LABELS[self.score])

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def _alphabet(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^a-zA-Z0-9\s]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    return max(size, 1)


def _penalised_length(text: str) -> float:
    """Length counting repeats and runs (aaaa, 1234, abcd) for little."""
    length, previous = 0.0, None
    for ch in text:
        if previous is not None and (ch == previous or abs(ord(ch) - ord(previous)) == 1):
            length += 0.25
        else:
            length += 1
        previous = ch
    return length


def strength(passphrase: str) -> Strength:
    """Estimate how hard `passphrase` is to guess; no network, no word list beyond a few common words."""
    hints = []
    if len(passphrase) < MIN_LENGTH:
        hints.append(_("Use at least {n} characters.").format(n=MIN_LENGTH))
    lowered = passphrase.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    common = [w for w in words if w in COMMON] + [w for w in COMMON if len(w) >= 5 and w in lowered]
    per_char = math.log2(_alphabet(passphrase))
    bits = _penalised_length(passphrase) * per_char
    # A common word or a year is one guess among a few thousand, not a run of random characters.
    guessable = set(common) | set(re.findall(r"(?:19|20)\d\d", passphrase))
    bits -= sum(max(0.0, len(w) * per_char - 12) for w in guessable)
    if common:
        hints.append(_("Avoid common words such as the name of the country or the post."))
    if passphrase and len(set(passphrase)) <= 3:
        bits = min(bits, 10)
        hints.append(_("Avoid repeating the same characters."))
    if len([w for w in words if len(w) >= 3]) < 3 and len(passphrase) < 16:
        hints.append(_("Several unrelated words make a strong passphrase that is easy to remember."))
    bits = max(bits, 0.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 56 else 3 if bits < 72 else 4
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
    return Strength(score, round(bits, 1), tuple(hints))


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> Strength:
    """Raise ValidationError unless `passphrase` may protect a post; return its strength."""
    result = strength(passphrase)
    if repeated is not None and repeated != passphrase:
        raise ValidationError("passphrase", _("The two passphrases are not the same."),
                              hint=_("Type the same passphrase twice."))
    if not result.acceptable:
        raise ValidationError("passphrase", _("This passphrase is too easy to guess ({label}).").format(
            label=result.label), hint=" ".join(result.hints) or None)
    return result
