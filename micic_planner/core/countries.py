"""Countries and their first-level subdivisions by ISO code, named in the user's language (pycountry).

pycountry ships the Debian iso-codes gettext catalogues (iso3166-1, iso3166-2), so "Mexico" reads
"México" and a Spanish officer picks from names they know, while the file keeps the ISO codes.
"""

import gettext
import unicodedata
from functools import cache

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _, language


@cache
def _catalogue(domain: str, lang: str):
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def plain(text: str) -> str:
    """Accents and case dropped, to match what a person types ("mexico") with a name ("México")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def country_name(code: str, lang: str | None = None) -> str:
    """The common name of an ISO 3166-1 alpha-2 country in `lang`; the code itself when unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_2=(code or "").upper()) if code else None
    if found is None:
        return code or ""
    # The common name where one exists: "Bolivia", not "Bolivia, Plurinational State of".
    english = getattr(found, "common_name", None) or found.name
    return _catalogue("iso3166-1", lang or language()).gettext(english)


def countries(lang: str | None = None) -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as (alpha-2 code, name in `lang`), sorted by name without accents."""
    import pycountry

    named = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return sorted(named, key=lambda pair: plain(pair[1]))


def subdivision_name(code: str, lang: str | None = None) -> str:
    """The name of an ISO 3166-2 subdivision (MX-CHP: "Chiapas") in `lang`; the code when unknown."""
    import pycountry

    found = pycountry.subdivisions.get(code=(code or "").upper()) if code else None
    if found is None:
        return code or ""
    return _catalogue("iso3166-2", lang or language()).gettext(found.name)


def subdivisions(country: str, lang: str | None = None) -> list[tuple[str, str]]:
    """The top-level subdivisions (states, departments, provinces) of `country` as (code, name), by name.

    Lower levels (a French département under its région) are left out: a jurisdiction is drawn in the
    units a consular post is assigned, and listing both would offer the same ground twice.
    """
    import pycountry

    found = pycountry.subdivisions.get(country_code=(country or "").upper()) or []
    top = [s for s in found if not s.parent_code]
    named = [(s.code, _catalogue("iso3166-2", lang or language()).gettext(s.name)) for s in top or found]
    return sorted(named, key=lambda pair: plain(pair[1]))


def find_country(text: str, field: str = "country") -> str:
    """An alpha-2 code from a code (MX, MEX) or a name in English or Spanish, accents optional."""
    import pycountry

    wanted = (text or "").strip()
    if wanted:
        try:
            return pycountry.countries.lookup(wanted).alpha_2
        except LookupError:
            pass
        key = plain(wanted)
        for lang in ("es", "en"):
            for code, name in countries(lang):
                if plain(name) == key:
                    return code
    raise ValidationError(field, _("“{value}” is not a country.").format(value=wanted),
                          hint=_("Give its name (México, Guatemala) or its ISO code (MX, GT)."))


def find_subdivision(country: str, text: str, field: str = "jurisdiction") -> str:
    """The ISO 3166-2 code of a subdivision of `country` from its code (MX-CHP, CHP) or name, accents optional."""
    import pycountry

    wanted = (text or "").strip()
    code = wanted.upper()
    for candidate in (code, f"{country.upper()}-{code}"):
        found = pycountry.subdivisions.get(code=candidate)
        if found is not None and found.country_code == country.upper():
            return found.code
    key = plain(wanted)
    for lang in ("es", "en"):
        for region, name in subdivisions(country, lang):
            if plain(name) == key:
                return region
    raise ValidationError(field, _("“{value}” is not a region of {country}.").format(
        value=wanted, country=country_name(country)),
        hint=_("Give a state, department or province by its name (Chiapas) or its ISO code (MX-CHP)."))
