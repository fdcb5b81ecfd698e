import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from micic_planner.core.errors import Cancelled
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.plan_source import load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import NATIONAL_NAMES, make_post

HEADINGS = {
    "es": ["Índice", "Control del documento", "Lista de distribución", "Cómo usar este plan", "Amenazas",
           "Perfil de los connacionales", "Equipo de crisis", "Matriz de niveles de alerta",
           "Plan de comunicación y árbol de enlaces", "Puntos de reunión y albergues", "Rutas de evacuación",
           "Socios y contrapartes", "Logística", "Asistencia y retorno", "Protección de datos",
           "Calidad del plan", "Anexos", "Anexo B. Listas de verificación", "Anexo C. Formatos"],
    "en": ["Contents", "Document control", "Distribution list", "How to use this plan", "Hazards",
           "Profile of nationals", "Crisis team", "Alert-level matrix", "Communication plan and warden tree",
           "Assembly points and shelters", "Evacuation routes", "Partners", "Logistics", "Relief and return",
           "Data protection", "Plan quality", "Annexes", "Annex B. Checklists", "Annex C. Forms"],
}


@pytest.fixture(scope="module")
def post_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "post.db"
    with PostStore.open(path, create=True) as store:
        make_post(store)
    return path


def render(post_file, lang="es", paper="a4", restricted=False, **kw):
    with PostStore.open(post_file) as store:
        data = load_plan_data(store, restricted=restricted)
        pdf = PlanRenderer(data, lang=lang, paper=paper, **kw).render_bytes()
    return PdfReader(io.BytesIO(pdf)), data


def text_of(reader) -> list[str]:
    """Each page's text with runs of white space (line ends inside table cells) made single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture(scope="module")
def plans(post_file):
    return {lang: render(post_file, lang) for lang in ("es", "en")}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_section_heading_is_printed_in_the_plan_language(plans, lang):
    text = "\n".join(text_of(plans[lang][0]))
    for heading in HEADINGS[lang]:
        assert heading in text, heading


def test_spanish_plan_has_no_english_heading_left(plans):
    text = "\n".join(text_of(plans["es"][0]))
    for heading in ("Contents", "Evacuation routes", "Data protection", "Plan quality", "Page 1 of"):
        assert heading not in text


def test_the_printed_totals_are_those_of_the_registry(post_file):
    with PostStore.open(post_file) as store:
        data = load_plan_data(store)
        data.post.small_count_threshold = 1  # print every count, however small (core/small_counts.py)
        reader = PdfReader(io.BytesIO(PlanRenderer(data, lang="en").render_bytes()))
    pages = text_of(reader)
    profile = next(p for p in pages if "nationals registered" in p)
    assert f"{data.figures.total} 6 3 3 nationals registered households" in profile
    # By-zone table: Norte 4, Sur 1, no zone 2, as counted in SQL by the storage tests.
    assert "Norte 4 57.1 %" in profile and "Sur 1 14.3 %" in profile and "No zone 2 28.6 %" in profile
    assert "Total 7 100.0 %" in profile


def test_a_post_of_seven_marks_its_small_counts_as_suppressed(plans):
    profile = next(p for p in text_of(plans["en"][0]) if "nationals registered" in p)
    assert "7 6 * * nationals registered households" in profile and "Norte * —" in profile


def test_every_gap_the_core_found_is_listed_in_the_plan_quality_section(plans):
    for lang in ("es", "en"):
        reader, data = plans[lang]
        text = " ".join(text_of(reader))
        assert data.figures.gaps
        for gap in data.figures.gaps:
            assert gap.text(lang) in text


def test_no_name_of_a_national_appears_without_the_restricted_annex(plans):
    for lang in ("es", "en"):
        text = "\n".join(text_of(plans[lang][0]))
        for _given, family in NATIONAL_NAMES:
            assert family not in text
        assert "Annex D" not in text and "Anexo D" not in text


def test_the_restricted_annex_lists_every_national_and_is_marked_on_each_of_its_pages(post_file):
    reader, data = render(post_file, "es", restricted=True)
    pages = text_of(reader)
    annex = [p for p in pages if "RESTRINGIDO · ANEXO DE NOMBRES" in p]
    # The page with the counts by zone, then one page of names per zone (Norte, Sur, no zone).
    assert len(annex) == 4
    joined = "\n".join(annex)
    for given, family in NATIONAL_NAMES:
        assert f"{family}, {given}" in joined, family
    assert "Anexo D. Connacionales por zona (restringido)" in joined
    # Restricted edition: the sensitive vulnerabilities are counted in the profile too.
    assert "Víctima de trata" in "\n".join(pages)


def test_every_page_carries_the_marking_and_page_x_of_y(plans):
    reader, _data = plans["es"]
    total = len(reader.pages)
    for number, text in enumerate(text_of(reader), 1):
        assert "RESTRINGIDO" in text
        if number > 1:
            assert f"Página {number} de {total}" in text
            assert "Consulado General de México en Guatemala" in text


@pytest.mark.parametrize("paper, size", [("a4", A4), ("letter", LETTER)])
def test_paper_size_is_a4_or_letter(post_file, paper, size):
    reader, _data = render(post_file, "en", paper=paper)
    box = reader.pages[3].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


def test_progress_reaches_the_last_page_and_cancel_stops_the_print(post_file, tmp_path):
    seen = []
    reader, _data = render(post_file, "en", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(reader.pages), len(reader.pages))
    with PostStore.open(post_file) as store:
        renderer = PlanRenderer(load_plan_data(store), cancelled=lambda: True)
        with pytest.raises(Cancelled):
            renderer.render(tmp_path / "plan.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_plan_has_an_outline_and_a_qr_code_per_partner(plans):
    reader, data = plans["en"]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "1. Document control" in titles and "13. Plan quality" in titles
    pages = text_of(reader)
    partners_page = reader.pages[next(i for i, p in enumerate(pages) if "Scan a partner's code" in p)]
    team_page = reader.pages[next(i for i, p in enumerate(pages) if "has an alternate who takes it over" in p)]
    # Each QR code is drawn as hundreds of small filled squares.
    squares = partners_page.get_contents().get_data().count(b" re")
    assert squares > 200 * len(data.partners) > 0
    assert team_page.get_contents().get_data().count(b" re") < 100


def test_rendering_opens_no_network_socket(post_file, no_network, tmp_path):
    with PostStore.open(post_file) as store:
        PlanRenderer(load_plan_data(store, restricted=True), lang="es").render(tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").stat().st_size > 10_000
    assert no_network == []
