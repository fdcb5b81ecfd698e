"""The one translation helper for text outside Qt: reports, CLI messages and domain errors.

Source strings are English; every `resources/i18n/<lang>/*.json` (one file per area of the
program) maps them to the translation, and the Qt catalogue is generated from the same files.
A missing entry falls back to English rather than failing, so a new string never breaks a print.
"""

import json
import locale
import os
from functools import cache

from micic_planner.core.paths import resource_path

SUPPORTED = ("en", "es")
_current = {"lang": None}


@cache
def _catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    merged: dict[str, str] = {}
    for path in sorted(resource_path("i18n", lang).glob("*.json")):
        with open(path, encoding="utf-8") as f:
            merged.update(json.load(f))
    return merged


def detect_language() -> str:
    """The user's language from the environment, if we support it; English otherwise."""
    for var in ("MICIC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2].lower() in SUPPORTED:
            return value[:2].lower()
    loc = (locale.getlocale()[0] or "")[:2].lower()
    return loc if loc in SUPPORTED else "en"


def set_language(lang: str) -> None:
    _current["lang"] = lang if lang in SUPPORTED else "en"


def language() -> str:
    if _current["lang"] is None:
        _current["lang"] = detect_language()
    return _current["lang"]


def translate(text: str, lang: str | None = None) -> str:
    found = _catalog(lang or language()).get(text, text)
    # A plural entry ([singular, plural]) asked for without a count reads as the plural.
    return found[-1] if isinstance(found, list) else found


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """The form of a counted message for `n` ("1 connacional ubicado", "3 connacionales ubicados").

    The catalogue keys the message by its English plural; its Spanish is [singular, plural] (Spanish, like
    English, uses the singular for exactly one), the same entries the Qt catalogue's plural messages use.
    """
    found = _catalog(lang or language()).get(plural)
    if found is None:
        return singular if n == 1 else plural
    if isinstance(found, list):
        return found[0] if n == 1 else found[-1]
    return found


def counted(plural: str, singular: str, **values) -> str:
    """`plural` or `singular` by `values["count"]`, translated and filled in: the CLI used to print "1 filas"."""
    return ngettext(singular, plural, values["count"]).format(**values)


def _(text: str) -> str:
    """Translate into the current language (CLI and error messages)."""
    return translate(text)


class Translator:
    """Translates into one fixed language, for a document printed in that language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in SUPPORTED else "en"

    def __call__(self, text: str) -> str:
        return translate(text, self.lang)
