"""Crisis-team roles: stored by code (the English name in plan_templates.ROLES), shown in the user's language.

A role that is none of them (a post's own, "Chofer") is kept as typed: the role "other", with its text.
"""

import unicodedata

from micic_planner.core.i18n import SUPPORTED, translate
from micic_planner.core.plan_templates import ROLES


def fold(text: str) -> str:
    """Case, accents and spacing left out: "Oficial  de Protección" and "oficial de proteccion" are one role."""
    decomposed = unicodedata.normalize("NFKD", " ".join((text or "").split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def role_code(text: str) -> str:
    """The code of the role `text` names in any language the program speaks; anything else as typed."""
    text = " ".join((text or "").split())
    key = fold(text)
    for code in ROLES:
        if key in {fold(translate(code, lang)) for lang in SUPPORTED}:
            return code
    return text


def role_label(code: str, lang: str | None = None) -> str:
    """A role as the user reads it: a code translated, a role of the post's own as it was typed."""
    return translate(code, lang) if code in ROLES else (code or "")


def role_choices(lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) of every standard role, in the template's order (head of post first)."""
    return [(code, role_label(code, lang)) for code in ROLES]
