"""The glossary of the printed plan: the acronyms of `plans/glossary.csv` that the plan actually uses."""

import csv
import re
from functools import cache

from micic_planner.core.errors import TemplateError
from micic_planner.core.i18n import _
from micic_planner.core.paths import plans_path


@cache
def load_glossary(path: str = "") -> dict[str, dict[str, str]]:
    """{lang: {acronym: meaning}} from the CSV a trainer may edit (acronym, lang, meaning)."""
    source = path or str(plans_path("glossary.csv"))
    found: dict[str, dict[str, str]] = {}
    with open(source, encoding="utf-8-sig", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), 2):
            acronym, lang, meaning = (row.get(k, "") or "" for k in ("acronym", "lang", "meaning"))
            if not acronym.strip() or not meaning.strip() or lang not in ("es", "en"):
                raise TemplateError(source, line, _("Each line needs an acronym, a language (es or en) and a meaning."))
            found.setdefault(lang, {})[acronym.strip()] = meaning.strip()
    return found


def used_acronyms(texts, lang: str, glossary: dict[str, dict[str, str]] | None = None) -> list[tuple[str, str]]:
    """(acronym, meaning) for each acronym of `lang` written in `texts` as a whole word, alphabetically."""
    entries = (glossary if glossary is not None else load_glossary()).get(lang, {})
    words = set()
    for text in texts:
        words.update(re.findall(r"[A-ZÁÉÍÓÚÑ]{2,}", text))
    return sorted((a, m) for a, m in entries.items() if a in words)
