"""The guide's pages: one per view in both languages, every link leading to a page and anchor that exist."""

import re
import sys

import pytest

from micic_planner.core import help_pages
from micic_planner.core.help_pages import LANGUAGES, PAGES, contents, help_folder, search, view_page


def anchors(lang: str, file: str) -> set[str]:
    return set(re.findall(r'<a name="([^"]+)"', (help_folder(lang) / file).read_text(encoding="utf-8")))


def links(lang: str, file: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', (help_folder(lang) / file).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_registered_view_has_its_page_with_a_title_in_both_languages(lang):
    from micic_planner.gui.view_registry import VIEWS

    for entry in VIEWS:
        page = help_folder(lang) / view_page(entry.key)
        assert page.is_file(), page
        assert f"{page.stem}.html" in dict(contents(lang))
        assert re.search(r"<title>\S.*</title>", page.read_text(encoding="utf-8")), page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_leads_to_a_page_and_an_anchor_of_the_guide_never_to_the_network(lang):
    for name in PAGES:
        for link in links(lang, f"{name}.html"):
            file, _hash, anchor = link.partition("#")
            assert "://" not in link and not link.startswith("mailto:"), (name, link)
            assert (help_folder(lang) / file).is_file(), (name, link)
            if anchor:
                assert anchor in anchors(lang, file), (name, link)


def test_both_languages_have_the_same_pages_and_anchors():
    for name in PAGES:
        assert anchors("es", f"{name}.html") == anchors("en", f"{name}.html"), name


def test_the_help_topics_of_dialogs_exist_in_both_languages():
    from micic_planner.gui.help_window import DIALOG_TOPICS

    for topic in DIALOG_TOPICS.values():
        file, _hash, anchor = topic.partition("#")
        for lang in LANGUAGES:
            assert (help_folder(lang) / file).is_file() and (not anchor or anchor in anchors(lang, file)), topic


def test_the_spanish_guide_speaks_spanish_and_the_english_one_english():
    assert dict(contents("es"))["glossary.html"] == "Glosario"
    assert dict(contents("en"))["view-zones.html"] == "Zones and wardens"


def test_search_finds_pages_without_accents_and_with_every_word():
    found = dict(search("es", "localizacion enlace"))
    assert "glossary.html" in found and "crisis-workflow.html" in found
    assert "view-map.html" not in found
    assert search("en", "") == contents("en")
    assert search("en", "zzzz-nothing") == []


def test_the_guide_is_found_in_a_frozen_build_and_falls_back_to_english(tmp_path, monkeypatch):
    (tmp_path / "resources" / "help" / "en").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert help_pages.help_folder("en") == tmp_path / "resources" / "help" / "en"
    assert help_pages.help_folder("es") == tmp_path / "resources" / "help" / "en"  # no Spanish folder shipped


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_view_page_gives_the_shortcut_the_menu_gives_that_view(lang):
    from micic_planner.core.help_pages import page_text
    from micic_planner.gui.view_registry import VIEWS

    for number, entry in enumerate(VIEWS, start=1):
        if number <= 9:  # the Post menu numbers the first nine views Ctrl+1 … Ctrl+9 (gui/menus.py)
            assert f"Ctrl+{number} " in page_text(lang, view_page(entry.key)), (lang, entry.key)
