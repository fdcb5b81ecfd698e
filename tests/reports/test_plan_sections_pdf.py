"""The plan's own sections in print: the summary first and on one page, blanks to complete, values where filled."""

import pytest

from micic_planner.core.i18n import translate
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.plan_section_store import PlanSectionStore
from micic_planner.storage.plan_source import load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports.pdf_checks import read
from tests.reports.plan_fixture import make_post

MAP_TITLES = ("Mapa de la circunscripción", "Map of the jurisdiction")
FORM_PAGES = (*MAP_TITLES, "Anexo C. Formatos", "Annex C. Forms", "Registro de llamadas del enlace",
              "Call log of a warden")


@pytest.fixture(scope="module")
def demo_plans(tmp_path_factory):
    path = tmp_path_factory.mktemp("sections") / "demo.db"
    with PostStore.open(path, create=True) as store:
        write_demo(store, nationals=300)
        data = load_plan_data(store)
    return {(lang, paper): read(PlanRenderer(data, lang=lang, paper=paper).render_bytes(), skip_pages=MAP_TITLES,
                                                  sparse_ok=FORM_PAGES)
            for lang in ("es", "en") for paper in ("a4", "letter")}, data


def _pages(faults) -> dict[int, list[str]]:
    pages: dict[int, list[str]] = {}
    for page, text in faults.lines:
        pages.setdefault(page, []).append(text)
    return pages


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_summary_follows_the_contents_and_fits_one_page_with_its_five_numbers(demo_plans, lang, paper):
    pages = _pages(demo_plans[0][lang, paper])
    t = lambda s: translate(s, lang)  # noqa: E731
    start = next(p for p, lines in pages.items() if t("Summary for the head of mission") in lines)
    # Only the contents (which may run to two pages) stand between the cover and the summary.
    assert t("Contents") in pages[2] and start <= 4
    assert all(t("Contents") in pages[2] or p == 2 for p in range(2, start))
    control = next(p for p, lines in pages.items() if any(line.endswith(t("Document control")) for line in lines)
                   and p > 4)
    assert control == start + 1
    page = pages[start]
    for title in ("The most vulnerable", "The top five gaps", "The five numbers to call"):
        assert t(title) in page
    assert t("Document control") not in " ".join(page)  # the next section starts on its own page
    assert sum("+52962555010" in line for line in page) == 5


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_new_pages_pass_the_reader_checks(demo_plans, lang, paper):
    faults = demo_plans[0][lang, paper]
    assert (faults.overlaps, faults.outside, faults.small, faults.orphans) == ([], [], [], [])
    assert faults.sparse == []


def test_the_summary_never_counts_a_restricted_category(demo_plans):
    pages = _pages(demo_plans[0]["en", "a4"])
    page = next(lines for lines in pages.values() if "Summary for the head of mission" in lines)
    for restricted in ("Victim of trafficking", "Detained", "No documents"):
        assert not any(line.startswith(restricted) for line in page)


def test_a_blank_section_prints_a_form_to_complete_and_the_gap_list_names_it(demo_plans):
    text = "\n".join(demo_plans[0]["en", "a4"].line_texts())
    assert "Deaths and missing persons" in text
    after = text.split("Deaths and missing persons")[-1]
    assert "To complete: this section has not been filled in." in after
    assert "To complete: ____________________" in after
    assert "Deaths and missing persons” has not been filled in. — Plan sections" in " ".join(text.split())
    gaps = [g.text("en") for g in demo_plans[1].figures.gaps]
    assert "The plan section “Deaths and missing persons” has not been filled in." in gaps
    assert "The plan section “Border crossings” has not been filled in." not in gaps


def test_a_filled_section_prints_its_values(demo_plans):
    text = "\n".join(demo_plans[0]["es", "a4"].line_texts())
    assert "Plan de comunicaciones (PACE)" in text
    assert "Radio Comunitaria Ficticia 98.5 FM" in text
    assert "+52 962 555 0100" in text  # the duty number, whole on one line
    assert "Procuraduría de Protección de Niñas, Niños y" in text


def test_the_logistics_and_summary_use_the_estimate_when_it_exceeds_the_registry(store):
    make_post(store)
    before = load_plan_data(store)
    assert before.population.planning == 7
    PlanSectionStore(store).save("population", {"unregistered": 300, "seasonal_peak": 200, "source": "Censo",
                                                "as_of": "2026-01-01"})
    data = load_plan_data(store)
    assert data.population.planning == 507
    text = "\n".join(read(PlanRenderer(data, lang="en").render_bytes()).line_texts())
    assert "Nationals to move 507" in text
    assert "Planning figure (with the seasonal peak) 507" in text
    gap = next(g for g in data.figures.gaps if g.code == "capacity_below_estimate")
    assert gap.affected == 507 - 103


def test_the_glossary_lists_the_acronyms_the_plan_uses_and_only_those(demo_plans):
    text = "\n".join(demo_plans[0]["es", "a4"].line_texts())
    glossary = text.split("Glosario de siglas")[-1]
    assert "PACE" in glossary and "MICIC" in glossary
    assert "ACNUR" not in text.split("Glosario de siglas")[0] or "ACNUR" in glossary
    assert "UNHCR" not in glossary  # the English acronym is not listed in the Spanish plan


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_summary_stays_on_one_page_with_long_names_in_every_table(store, paper):
    from micic_planner.core.models import TeamMember, Zone

    make_post(store, nationals=7)
    long = "Municipios de la Sierra Madre de Chiapas, Motozintla de Mendoza y Ciudad Cuauhtémoc (zona fronteriza)"
    store.records.add_many([Zone(f"{long} {i}") for i in range(6)])
    for i in range(5):
        store.records.add(TeamMember(f"Coordinación de protección consular y de atención a connacionales {i}",
                                     f"Persona {i}", phone=f"+502 2420 34{i:02d}", position=10 + i))
    PlanSectionStore(store).save("call_numbers", {"numbers": [
        {"who": f"{long} {i}", "phone": f"+502 5555 01{i:02d}"} for i in range(5)]})
    pages = _pages(read(PlanRenderer(load_plan_data(store), lang="es", paper=paper).render_bytes()))
    start = next(p for p, lines in pages.items() if "Resumen para la jefatura de misión" in lines)
    page = " ".join(pages[start])
    assert "Los cinco números a los que llamar" in page and "+502 5555 0104" in page
    assert any(line.endswith("Control del documento") for line in pages[start + 1])


def test_a_blank_table_starts_its_rows_with_what_the_plan_knows_and_dates_print_in_words(store):
    make_post(store)
    PlanSectionStore(store).save("amendments", {"changes": [{"number": 1, "date": "2026-06-01", "by": "Cónsul"}]})
    text = "\n".join(read(PlanRenderer(load_plan_data(store), lang="es").render_bytes()).line_texts())
    chapter = text.split("14.1 Estimación de la población")[-1]  # the chapter, not its line in the contents
    assert "Tecún Umán" in chapter.split("14.8 Pasos fronterizos")[1]  # the border crossing among the places
    assert "Jefe de misión" in chapter.split("14.4 Célula de crisis")[1]  # a job card per team role
    assert "Erupción volcánica" in chapter.split("14.2 Escenarios")[1]  # a scenario per hazard of the post
    assert "1 de junio de 2026" in chapter.split("14.13 Registro de modificaciones")[1]
