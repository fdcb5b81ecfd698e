"""Language names for printed sheets: a warden reads "K'iche'", not "quc"."""

import gettext
from functools import lru_cache


@lru_cache(maxsize=512)
def language_name(code: str, lang: str) -> str:
    """The name of the ISO 639 language `code` in `lang` ("es", "en"); the code itself when unknown."""
    import pycountry

    code = code.strip()
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    if found is None:
        return code
    if lang == "en":
        return found.name
    return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext(found.name)


def language_names(codes: str, lang: str) -> list[str]:
    """Names for a comma-separated list of codes, in order, without repeats."""
    names = [language_name(c, lang) for c in (codes or "").replace(";", ",").split(",") if c.strip()]
    return list(dict.fromkeys(names))
