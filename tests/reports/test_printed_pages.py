"""The printed pages read back as a reader sees them: nothing overlaps, leaves the page, breaks or shrinks."""

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER, landscape

from micic_planner.core.crisis import Movement, MovementMode
from micic_planner.core.enums import Hazard
from micic_planner.reports import tables
from micic_planner.reports.calllist_pdf import CallListRenderer, CallSheet
from micic_planner.reports.manifest_pdf import ManifestRenderer, ManifestSheet
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.crisis_store import CrisisStore
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.plan_source import load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports.pdf_checks import read, split_values

# Map pages: the jurisdiction, the post's city and each zone (their labels are checked like every other text).
MAP_TITLES = ("Mapa de ", "Map of ")
# Pages that may stand short: the maps, the checklists' own page, the blank forms (their rows hold no text).
STANDALONE = (*MAP_TITLES, "Anexo B.", "Annex B.", "Anexo C. Formatos", "Annex C. Forms",
              "Registro de llamadas del enlace", "Call log of a warden")
CODE_QUERIES = ("SELECT phone FROM team", "SELECT email FROM team", "SELECT alternate_phone FROM team",
                "SELECT contact_phone FROM places", "SELECT phone FROM partners", "SELECT phone_24h FROM partners",
                "SELECT email FROM partners", "SELECT phone FROM wardens", "SELECT passport_no FROM nationals",
                "SELECT consular_id FROM nationals", "SELECT phone FROM nationals", "SELECT phone2 FROM nationals")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small demo post with an open crisis, a bus of 60 seats filled with the longest names, and its warden."""
    path = tmp_path_factory.mktemp("demo") / "post.db"
    with PostStore.open(path, create=True) as store:
        write_demo(store, nationals=400)
        crises = CrisisStore(store)
        crisis = crises.open("Huracán Eta", Hazard.HURRICANE)
        point = store.db.execute("SELECT id FROM places WHERE kind = 'assembly_point' LIMIT 1").fetchone()[0]
        movement = Movement(crisis.id, "Autobús 1", MovementMode.BUS, 200, point, "Tapachula",
                            departs_at="2026-12-03T08:30", carrier="Transportes Cristóbal Colón")
        crises.movements.save(movement)
        ids = [r[0] for r in store.db.execute(
            "SELECT id FROM nationals ORDER BY length(family_names || given_names) DESC LIMIT 30")]
        crises.movements.add(movement.id, ids)
        warden = store.db.execute("SELECT id FROM wardens WHERE NOT is_alternate LIMIT 1").fetchone()[0]
        codes = {r[0] for q in CODE_QUERIES for r in store.db.execute(q) if r[0]}
        yield {"path": path, "movement": movement, "crisis": crisis, "warden": warden, "codes": codes,
               "passengers": crises.movements.passengers(movement.id),
               "people": crises.accountability.call_list(warden)}


@pytest.fixture(scope="module")
def plans(demo):
    """The demo plan in both languages and on both papers, read back; and the column headings it asked for."""
    headings: dict[str, list[str]] = {"es": [], "en": []}
    real = tables.data_table
    lang_now = []

    def spy(header, *args, **kw):
        headings[lang_now[-1]].extend(header)
        return real(header, *args, **kw)

    read_back = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("micic_planner.reports.plan_sections.common.data_table", spy)
        with PostStore.open(demo["path"]) as store:
            data = load_plan_data(store)
            for lang in ("es", "en"):
                lang_now.append(lang)
                for paper in ("a4", "letter"):
                    pdf = PlanRenderer(data, lang=lang, paper=paper).render_bytes()
                    read_back[lang, paper] = read(pdf, sparse_ok=STANDALONE)
    return read_back, headings


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_text_of_the_plan_overlaps_leaves_its_frame_breaks_a_number_or_shrinks_below_8_pt(demo, plans, lang,
                                                                                             paper):
    faults = plans[0][lang, paper]
    maps = {page for page, text in faults.lines if text.startswith(MAP_TITLES)}
    assert len(maps) >= 3  # the jurisdiction, the post's city and at least one zone, all checked below
    assert faults.overlaps == []
    assert faults.outside == []
    assert faults.small == []
    assert split_values(faults, demo["codes"]) == []
    assert not [line for line in faults.line_texts() if "…" in line]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_of_the_plan_ends_a_page_or_leaves_one_nearly_empty(plans, lang, paper):
    assert plans[0][lang, paper].orphans == []
    assert plans[0][lang, paper].sparse == []


def test_no_column_heading_of_the_plan_is_broken_inside_a_word(plans):
    read_back, headings = plans
    assert "Probabilidad" in headings["es"] and "Capacidad" in headings["es"] and "Likelihood" in headings["en"]
    for (lang, _paper), faults in read_back.items():
        words = {w for line in faults.line_texts() for w in line.split(" ")}
        assert {w for h in headings[lang] for w in h.split() if w not in words} == set()


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_manifest_prints_every_name_and_document_whole_at_8_pt_or_more(demo, lang, paper):
    sheet = ManifestSheet(demo["movement"], "Consulado de Guatemala en Tapachula", "Estadio", "Huracán Eta",
                          datetime(2026, 12, 3, 7, 0))
    faults = read(ManifestRenderer(lang, paper).render(sheet, demo["passengers"]))
    assert (faults.overlaps, faults.outside, faults.small) == ([], [], [])
    assert split_values(faults, demo["codes"]) == []
    lines = faults.line_texts()
    assert not [line for line in lines if "…" in line]
    words = {w for line in lines for w in line.split(" ")}
    for p in demo["passengers"]:
        for part in f"{p['family_names']} {p['given_names']}".split():
            assert part in words, part


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_call_list_prints_every_name_phone_and_address_whole_at_8_pt_or_more(demo, lang, paper):
    sheet = CallSheet("Consulado de Guatemala en Tapachula", "Rosa Elvira Tzul Pérez", "Tapachula urbana",
                      "+529625550121", printed_at=datetime(2026, 12, 3, 7, 0))
    faults = read(CallListRenderer(lang, paper).render(sheet, demo["people"]))
    assert (faults.overlaps, faults.outside, faults.small) == ([], [], [])
    assert split_values(faults, demo["codes"]) == []
    lines = faults.line_texts()
    assert not [line for line in lines if "…" in line]
    words = {w.strip(",") for line in lines for w in line.split(" ")}
    for p in demo["people"]:
        for part in f"{p['family_names']} {p['given_names']} {p['address']}".replace(",", " ").split():
            assert part in words, part


def test_a_call_list_has_one_block_per_household_with_language_names_and_the_phoneless_apart(demo):
    sheet = CallSheet("Consulado", "Rosa Elvira Tzul Pérez", "Tapachula urbana", country="MX")
    people = demo["people"]
    lines = read(CallListRenderer("es").render(sheet, people)).line_texts()
    text = "\n".join(lines)
    households = {p["household"] or p["id"] for p in people}
    phoneless = {p["household"] or p["id"] for p in people} - {p["household"] or p["id"] for p in people
                                                              if p["phone"] or p["phone2"]}
    assert f"{len(households) - len(phoneless)} hogares" in text
    if phoneless:
        assert "Por visitar: sin teléfono" in text
    assert "Español" in text and " es," not in text and "Mam" in text
    assert "1 = A salvo" in text and "S = A salvo" not in text


def test_a_mexican_post_prints_on_letter_and_a_spanish_post_on_a4_unless_told(demo):
    with PostStore.open(demo["path"]) as store:
        data = load_plan_data(store)
        assert data.post.host_country == "MX"
        assert PlanRenderer(data).pagesize == LETTER
        assert PlanRenderer(data, paper="a4").pagesize == A4
        data.post.host_country = "ES"
        assert PlanRenderer(data).pagesize == A4
    letter = PdfReader(io.BytesIO(ManifestRenderer("es").render(
        ManifestSheet(demo["movement"], "Consulado", country="MX"), demo["passengers"][:3])))
    assert [round(float(x)) for x in letter.pages[0].mediabox[2:]] == [round(x) for x in LETTER]
    calls = PdfReader(io.BytesIO(CallListRenderer("es").render(
        CallSheet("Consulado", "Rosa", "Costa", country="ES"), demo["people"][:3])))
    assert [round(float(x)) for x in calls.pages[0].mediabox[2:]] == [round(x) for x in landscape(A4)]


@pytest.fixture
def sensitive_post(store):
    """70 nationals of whom 10 are victims of trafficking, and a zone of three people."""
    from micic_planner.core.models import National, Zone
    from tests.reports.plan_fixture import make_post

    make_post(store, nationals=70)
    islands = Zone("Islas")
    store.records.add(islands)
    for i in range(3):
        store.nationals.add(National(f"Ana {i}", "Chávez", zone_id=islands.id))
    return store


@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_unrestricted_plan_lets_a_restricted_category_or_a_small_group_be_worked_out(sensitive_post, lang):
    from micic_planner.core.enums import SENSITIVE_VULNERABILITIES, Vulnerability

    data = load_plan_data(sensitive_post)
    assert data.figures.vulnerable_total == 40 and data.figures.open_vulnerable_total == 30
    lines = read(PlanRenderer(data, lang=lang).render_bytes()).line_texts()
    text = "\n".join(lines)
    at_least_one = {"es": "{n} connacionales tienen al menos una", "en": "{n} nationals have at least one"}[lang]
    assert at_least_one.format(n=30) in " ".join(text.split())
    assert at_least_one.format(n=40) not in " ".join(text.split())
    for flag in Vulnerability.members():
        if flag & SENSITIVE_VULNERABILITIES:
            assert not any(line.startswith(flag.label(lang)) for line in lines), flag
    zone_rows = [line for line in lines if line.split(" ")[0] in ("Islas", "Norte", "Sur")]
    assert any(line.startswith("Islas *") for line in zone_rows)
    # The zone total is printed: a second zone is hidden with Islas, or Islas = total − the others.
    assert sum(" * " in f"{line} " for line in zone_rows) >= 2


def test_hxl_figures_hide_a_small_zone_and_never_name_a_restricted_category(sensitive_post, tmp_path):
    from micic_planner.interchange.exports import export_post
    from micic_planner.interchange.hxl import read_hxl
    from micic_planner.storage.exchange_source import ExchangeSource

    path = tmp_path / "figures.csv"
    export_post(ExchangeSource(sensitive_post), "hxl", path)
    rows = {r["#loc+name"]: r for r in read_hxl(path)}
    assert rows["Islas"]["#affected+total"] == "*"
    assert sum(r["#affected+total"] == "*" for r in rows.values()) >= 2
    assert "Total" not in rows  # HXL tools would count a total row as one more zone
    text = path.read_text(encoding="utf-8").lower()
    assert "traffick" not in text and "detain" not in text and "document" not in text


def test_a_manifest_across_a_border_flags_whoever_has_no_passport_valid_on_the_day(demo):
    people = [dict(p) for p in demo["passengers"][:3]]
    people[0].update(passport_no="G1", passport_expiry="2030-01-01")
    people[1].update(passport_no="G2", passport_expiry="2020-01-01")
    people[2].update(passport_no="", consular_id="TAP-1", passport_expiry=None)
    sheet = ManifestSheet(demo["movement"], "Consulado", crosses_border=True)
    lines = read(ManifestRenderer("es").render(sheet, people)).line_texts()
    assert sum("⚠ Sin pasaporte vigente" in line for line in lines) == 2
    assert any("cruza una frontera" in line for line in lines)
    inland = read(ManifestRenderer("es").render(ManifestSheet(demo["movement"], "Consulado"), people)).line_texts()
    assert not any("⚠" in line for line in inland)


def test_the_restricted_annex_prints_every_name_document_and_phone_whole_at_8_pt(demo):
    from datetime import UTC

    from micic_planner.storage.plan_source import RestrictedPrint

    with PostStore.open(demo["path"]) as store:
        data = load_plan_data(store, restricted=True, printed=RestrictedPrint("olga", datetime.now(UTC)))
        pdf = PlanRenderer(data, lang="es", paper="letter").render_bytes()
        names = [f"{r.family_names}, {r.given_names}" for r in data.annex_rows()]
    faults = read(pdf)
    assert (faults.overlaps, faults.outside, faults.small) == ([], [], [])
    assert split_values(faults, demo["codes"]) == []
    lines = faults.line_texts()
    assert not [line for line in lines if "…" in line]
    words = {w for line in lines for w in line.split(" ")}
    assert all(part in words for name in names for part in name.split())
