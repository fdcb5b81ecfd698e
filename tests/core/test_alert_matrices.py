"""The two alert matrices: the generic MICIC one a new post adapts, and the demo's own about Chiapas."""

import re
import shutil

import pytest

from micic_planner.core.demo_places import POST as DEMO
from micic_planner.core.errors import TemplateError
from micic_planner.core.models import Post
from micic_planner.core.paths import plans_path
from micic_planner.core.plan_templates import (
    SUDDEN_ONSET,
    check_plan_templates,
    load_plan_templates,
    templates_for,
    uses_demo_matrix,
)

# Names that belong to the demo post in Chiapas and mean nothing to a post anywhere else.
DEMO_NAMES = ("Chiapas", "Tapachula", "Tacaná", "Talismán", "Suchiate", "Coatán", "Tecún", "Ciudad Hidalgo", "INM",
              "COMAR", "SIAT", "Honduras", "El Salvador", "Unión Juárez", "Cacahoatán", "Malacatán",
              "Quetzaltenango", "[Gg]uatemal", "[Mm]aya", "DN-III", "Plan Marina", "Stan\\b", "2017")


def _quetzaltenango():
    return Post("Consulado de México en Quetzaltenango", "GT", "Quetzaltenango", jurisdiction=["GT-QZ"])


def _words(templates):
    lines = [*templates.actions, *templates.checklists]
    return " ".join([f"{a.text_es} {a.text_en}" for a in lines] + [m.text for m in templates.messages])


@pytest.mark.parametrize("demo", [False, True])
def test_no_trigger_text_appears_at_two_phases(demo):
    phases: dict[str, set] = {}
    for a in load_plan_templates(demo=demo).actions:
        if a.kind == "trigger":
            phases.setdefault(" ".join(a.text_es.casefold().split()), set()).add(a.phase)
            phases.setdefault(" ".join(a.text_en.casefold().split()), set()).add(a.phase)
    assert phases and all(len(p) == 1 for p in phases.values())


def test_a_trigger_copied_to_a_second_phase_is_an_error_naming_both_lines(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(plans_path(), folder)
    path = folder / "alert_matrix.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[1].startswith("1,,trigger,,")
    lines.append("3" + lines[1][1:])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = check_plan_templates(folder)
    assert [(e.line, "phase 1 (line 2)" in e.message) for e in errors] == [(len(lines), True)]
    with pytest.raises(TemplateError):
        load_plan_templates(folder)


@pytest.mark.parametrize("demo", [False, True])
def test_sudden_onset_hazards_start_at_phase_3_or_4(demo):
    actions = load_plan_templates(demo=demo).actions
    for hazard in SUDDEN_ONSET:
        triggers = [a.phase for a in actions if a.hazard == hazard and a.kind == "trigger" and not a.step]
        assert triggers and min(triggers) in (3, 4), hazard


@pytest.mark.parametrize("demo", [False, True])
def test_each_matrix_has_a_standfast_and_a_stand_down_step_with_triggers_and_actions(demo):
    actions = load_plan_templates(demo=demo).actions
    for step in ("standfast", "stand_down"):
        general = [a for a in actions if a.step == step and not a.hazard]
        assert {a.kind for a in general} == {"trigger", "action"}, step


def test_a_new_post_outside_the_demo_gets_no_demo_place_name_in_its_matrix_checklists_or_messages():
    post = _quetzaltenango()
    assert not uses_demo_matrix(post)
    text = _words(templates_for(post))
    assert [name for name in DEMO_NAMES if re.search(rf"\b{name}", text)] == []
    assert "[ADAPTAR:" in text and "[ADAPT:" in text


def test_every_adapt_mark_is_in_both_languages_of_its_line():
    for a in load_plan_templates().actions:
        assert a.text_es.count("[ADAPTAR:") == a.text_en.count("[ADAPT:"), a.text_en


def test_the_demo_and_its_chiapas_exercise_keep_the_chiapas_matrix_and_other_exercises_do_not():
    demo = Post(DEMO["name"], DEMO["host_country"], DEMO["city"], jurisdiction=list(DEMO["jurisdiction"]))
    assert uses_demo_matrix(demo) and "Tacaná" in _words(templates_for(demo))
    training = Post("Consulado (ejercicio)", "MX", "Tapachula", jurisdiction=["MX-CHP"], is_training=True)
    assert uses_demo_matrix(training)
    beirut = Post("Embajada (ejercicio)", "LB", "Beirut", jurisdiction=["LB-BA"], is_training=True)
    assert not uses_demo_matrix(beirut)


def test_a_broken_line_in_a_demo_file_is_reported_with_that_files_name(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(plans_path(), folder)
    path = folder / "checklists_demo.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[2] = ',9,Head of post,"Hola","Hello"'
    path.write_text("\n".join(lines), encoding="utf-8")
    errors = check_plan_templates(folder)
    assert [(e.path.rsplit("/", 1)[-1], e.line) for e in errors] == [("checklists_demo.csv", 3)]
    load_plan_templates(folder)  # the generic files are whole
    with pytest.raises(TemplateError):
        load_plan_templates(folder, demo=True)
