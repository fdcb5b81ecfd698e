"""The guide shipped with the program: HTML pages per language under resources/help/, listed and searched offline."""

import re
from functools import cache
from html import unescape
from pathlib import Path

from micic_planner.core.countries import plain
from micic_planner.core.paths import resource_path

# The contents, in reading order. Every view of the window has its page "view-<key>.html".
PAGES = ("index", "first-steps", "view-overview", "view-nationals", "view-zones", "view-places", "view-routes",
         "view-partners", "view-team", "view-alerts", "view-map", "view-plan", "view-crisis", "view-returns",
         "view-exercise", "view-messages", "view-hotline", "view-hub",
         "crisis-workflow", "exercise-workshop", "glossary")
LANGUAGES = ("es", "en")


def help_folder(lang: str) -> Path:
    """The folder of the guide in `lang`, English when the language has none (it works from a frozen build too)."""
    folder = resource_path("help", lang)
    return folder if folder.is_dir() else resource_path("help", "en")


def view_page(key: str) -> str:
    """The page that explains the view `key` of gui/view_registry.py."""
    return f"view-{key}.html"


@cache
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def page_title(lang: str, name: str) -> str:
    found = re.search(r"<title>(.*?)</title>", _text(help_folder(lang) / f"{name}.html"), re.S)
    return unescape(found.group(1).strip()) if found else name


def contents(lang: str) -> list[tuple[str, str]]:
    """(file name, title) of every page of the guide in `lang`, in reading order."""
    return [(f"{name}.html", page_title(lang, name)) for name in PAGES]


def page_text(lang: str, file_name: str) -> str:
    """What a reader sees of a page: its text without tags, accents and case kept."""
    body = re.sub(r"<(script|style|head)\b.*?</\1>", " ", _text(help_folder(lang) / file_name), flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def search(lang: str, query: str) -> list[tuple[str, str]]:
    """(file name, title) of the pages holding every word of `query`, accents and case not needed."""
    words = plain(query).split()
    if not words:
        return contents(lang)
    return [(file, title) for file, title in contents(lang)
            if all(word in plain(f"{title} {page_text(lang, file)}") for word in words)]
