"""The printed plan: its gap list ranked with the nationals each gap affects, and the standfast and stand-down steps."""

import io

import pytest
from pypdf import PdfReader

from micic_planner.core.models import AlertAction
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.plan_source import load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import make_post


def _text(store, lang):
    data = load_plan_data(store)
    reader = PdfReader(io.BytesIO(PlanRenderer(data, lang=lang).render_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), data


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_plan_prints_its_gaps_biggest_first_and_names_a_missing_standfast(tmp_path, lang):
    with PostStore.open(tmp_path / "post.db", create=True) as store:
        make_post(store)
        text, data = _text(store, lang)
    gaps = data.figures.gaps
    assert gaps[0].affected == max(g.affected for g in gaps)
    section = text[text.rindex("Calidad del plan" if lang == "es" else "Plan quality"):]
    places = [section.index(g.text(lang)) for g in gaps]
    assert places == sorted(places)
    assert {"no_standfast", "no_stand_down"} <= {g.code for g in gaps}


def test_the_plan_prints_the_standfast_and_stand_down_steps_apart_from_the_phases(tmp_path):
    with PostStore.open(tmp_path / "post.db", create=True) as store:
        make_post(store)
        store.records.add(AlertAction(2, "trigger", "Toque de queda en toda la ciudad.", "A city-wide curfew.",
                                      step="standfast"))
        store.records.add(AlertAction(1, "trigger", "Se levanta el estado de emergencia.",
                                      "The state of emergency is lifted.", step="stand_down"))
        text, data = _text(store, "es")
    standfast = text.rindex("Permanecer en el lugar (resguardo)")  # after its line in the contents
    stand_down = text.rindex("Descenso de fase")
    assert standfast < text.index("Toque de queda en toda la ciudad.") < stand_down
    assert stand_down < text.index("Se levanta el estado de emergencia.")
    assert not {"no_standfast", "no_stand_down"} & {g.code for g in data.figures.gaps}
