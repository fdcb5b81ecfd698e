"""The window's language and locale: Qt catalogues, and dates and numbers written the user's way."""

import re
from datetime import date, datetime
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator

from micic_planner.core import i18n
from micic_planner.core.paths import resource_path

LANGUAGES = (("es", "Español"), ("en", "English"))
_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Falls back to the Spanish catalogues by source text alone, whatever the context.

    The compiled .qm answers first; this catches strings whose runtime context differs from the
    one lupdate recorded (a helper's `tr` called on behalf of another class, registry titles).
    """

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # Plural forms [n == 1, any other n] picked by the count; Qt puts the number in for %n.
        text = i18n.ngettext(source_text, source_text, n, self.lang) if source_text else source_text
        return text if text != source_text else None

    def isEmpty(self) -> bool:
        return False


class EnglishPlurals(QTranslator):
    """English plurals from the source text itself, so English never shows "1 record(s)":
    "record(s)" reads "record" or "records", "match(es)" "match" or "matches", "person(s)" "person" or "people"."""

    IRREGULAR = {"person(s)": ("person", "people")}
    MARK = re.compile(r"(\w+)\((e?s)\)")

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if n < 0 or not source_text or "(" not in source_text:
            return None

        def form(match):
            singular, plural = self.IRREGULAR.get(match.group(0), (match.group(1), match.group(1) + match.group(2)))
            return singular if n == 1 else plural
        text = self.MARK.sub(form, source_text)
        return text if text != source_text else None

    def isEmpty(self) -> bool:
        return False


def install_language(app, lang: str) -> None:
    """Load our catalogue and Qt's own for `lang`; English needs none. Also sets the core's language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    locale = QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English,
                     QLocale.Country.Mexico if lang == "es" else QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    if lang == "en":
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        _installed.append(plurals)
        return
    fallback = CatalogTranslator(lang, app)
    app.installTranslator(fallback)
    _installed.append(fallback)
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"micic_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{lang}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        _installed.append(qt)


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_es.qm: "Ver en:", "Cancelar") may be.

    Qt's configured folder first; then the one inside the PySide6 package, which a frozen build
    (PyInstaller) keeps even when Qt's configured prefix points elsewhere.
    """
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def date_pattern() -> str:
    """The window's one date pattern (dd/MM/yyyy in Spanish): for labels, tables and date editors alike."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    # Four-digit years: a birth year of "19" could be 1919 or 2019.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def fmt_date(value: date | None) -> str:
    """A date in the user's short form (31/03/2024 in Spanish), or an empty string."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def fmt_timestamp(stamp: str | None, seconds: bool = True) -> str:
    """A stored time ("2024-03-31T18:05:09.12Z" in UTC, or a local "2024-03-31T10:00") as the user's local
    date and time, to the second or to the minute."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    local = moment.astimezone() if moment.tzinfo else moment
    time = QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss" if seconds else "HH:mm")
    return f"{fmt_date(local.date())} {time}"


def fmt_int(value: int) -> str:
    """A whole number with the locale's thousands separator (1,204 or 1 204)."""
    return QLocale().toString(int(value))


def fmt_float(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def collation_key(text: str):
    """A sort key that orders names as the user's language does: "Ángel" with the A's, "Ñandú" after "Nora".

    Python's own order (even casefolded) puts every accented capital after "Z".
    """
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return cmp_to_key(collator.compare)(text or "")


def by_name(items, name=lambda item: item.name) -> list:
    """`items` in the user's alphabetical order of their names (SQLite's ORDER BY name puts "Ángeles" after "Zona")."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    compare = cmp_to_key(collator.compare)
    return sorted(items, key=lambda item: compare(name(item) or ""))
