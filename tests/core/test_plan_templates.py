import shutil

import pytest

from micic_planner.core.enums import Hazard
from micic_planner.core.errors import TemplateError
from micic_planner.core.paths import plans_path
from micic_planner.core.plan_templates import (
    ROLES,
    SMS_LIMIT,
    SUDDEN_ONSET,
    check_plan_templates,
    load_plan_templates,
)


@pytest.fixture
def plans(tmp_path):
    """A copy of the standard templates that a test may break."""
    folder = tmp_path / "plans"
    shutil.copytree(plans_path(), folder)
    return folder


def replace_line(path, number, text):
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[number - 1] = text
    path.write_text("\n".join(lines), encoding="utf-8")


def test_standard_matrix_has_triggers_and_actions_for_every_phase_and_hazard():
    templates = load_plan_templates()
    for phase in (1, 2, 3, 4):
        general = [a for a in templates.actions if a.phase == phase and not a.hazard]
        assert {a.kind for a in general} == {"trigger", "action"}
    for hazard in Hazard:
        lines = [a for a in templates.actions if a.hazard == hazard.value and not a.step]
        assert len(lines) >= 6, hazard
        # A sudden-onset hazard has no warning phases: its lines start with the event itself, at phase 3.
        assert {a.phase for a in lines} >= ({3, 4} if hazard.value in SUDDEN_ONSET else {1, 2, 3, 4})
    assert {a.role for a in templates.actions} <= set(ROLES)
    assert all(a.text_es and a.text_en for a in templates.actions)
    assert [a.position for a in templates.actions] == list(range(len(templates.actions)))


def test_every_hazard_and_phase_has_an_sms_in_both_languages_within_160_characters():
    templates = load_plan_templates()
    for hazard in ["", *(h.value for h in Hazard)]:
        for phase in (1, 2, 3, 4):
            for lang in ("es", "en"):
                message = templates.message(phase, hazard, lang)
                assert message is not None and message.hazard == hazard and message.lang == lang
                assert 0 < len(message.text) <= SMS_LIMIT
    assert any("á" in m.text or "ó" in m.text for m in templates.messages if m.lang == "es")


def test_checklist_of_a_phase_gives_general_lines_then_the_hazard_lines():
    templates = load_plan_templates()
    items = templates.checklist(3, "volcano")
    hazards = [i.hazard for i in items]
    assert "" in hazards and "volcano" in hazards and set(hazards) == {"", "volcano"}
    assert hazards.index("volcano") > max(i for i, h in enumerate(hazards) if h == "")
    assert items[0].text("es") != items[0].text("en")


def test_for_hazards_keeps_general_lines_and_the_chosen_hazards_only():
    templates = load_plan_templates().for_hazards([Hazard.FLOOD, "volcano"])
    assert {a.hazard for a in templates.actions} == {"", "flood", "volcano"}
    assert {c.hazard for c in templates.checklists} == {"", "flood", "volcano"}
    assert {m.hazard for m in templates.messages} == {"", "flood", "volcano"}


def test_a_message_falls_back_to_the_general_text_when_a_hazard_has_none(plans):
    lines = (plans / "messages.csv").read_text(encoding="utf-8").split("\n")
    kept = [ln for ln in lines if not ln.startswith("flood,2,")]
    (plans / "messages.csv").write_text("\n".join(kept), encoding="utf-8")
    templates = load_plan_templates(plans)
    assert templates.message(2, "flood", "en").hazard == ""


@pytest.mark.parametrize("file, line, text, fragment", [
    ("alert_matrix.csv", 5, '7,,action,,Head of post,"Hola","Hello"', "phase"),
    ("alert_matrix.csv", 9, '1,,task,,Head of post,"Hola","Hello"', "trigger or action"),
    ("alert_matrix.csv", 12, '1,,action,tsunami,Head of post,"Hola","Hello"', "tsunami"),
    ("alert_matrix.csv", 3, '1,,action,,Ambassador,"Hola","Hello"', "Ambassador"),
    ("alert_matrix.csv", 4, '1,,action,,Head of post,"","Hello"', "text_es"),
    ("alert_matrix.csv", 6, "1,,action,,Head of post,Agua, comida,Water", "columns"),
    ("checklists.csv", 7, ',5,Head of post,"Hola","Hello"', "phase"),
    ("messages.csv", 10, ",2," + "a" * 161 + ",Hello", "161 characters"),
])
def test_a_broken_line_raises_an_error_naming_the_file_and_the_line(plans, file, line, text, fragment):
    replace_line(plans / file, line, text)
    with pytest.raises(TemplateError) as caught:
        load_plan_templates(plans)
    error = caught.value
    assert error.path.endswith(file) and error.line == line
    assert fragment in error.message
    assert f"{file}, line {line}" in str(error)


def test_a_text_broken_over_two_lines_is_reported_at_its_first_line(plans):
    replace_line(plans / "checklists.csv", 4, ',1,Head of post,"Uno\ndos","One"')
    errors = check_plan_templates(plans)
    assert [(e.line, "several lines" in e.message) for e in errors] == [(4, True)]


def test_a_wrong_header_is_reported_at_line_one(plans):
    replace_line(plans / "messages.csv", 1, "hazard,fase,text_es,text_en")
    with pytest.raises(TemplateError) as caught:
        load_plan_templates(plans)
    assert caught.value.line == 1 and "hazard,phase,text_es,text_en" in caught.value.message


def test_bytes_that_are_not_utf8_are_reported_at_their_line(plans):
    path = plans / "alert_matrix.csv"
    data = path.read_bytes().split(b"\n")
    data[7] = data[7].replace("é".encode(), "é".encode("latin-1"), 1)
    assert b"\xe9" in data[7]
    path.write_bytes(b"\n".join(data))
    errors = check_plan_templates(plans)
    assert len(errors) == 1 and errors[0].line == 8 and "UTF-8" in errors[0].message


def test_a_missing_file_is_named(plans):
    (plans / "checklists.csv").unlink()
    errors = check_plan_templates(plans)
    assert len(errors) == 1 and errors[0].path.endswith("checklists.csv")


def test_every_error_is_listed_not_only_the_first(plans):
    replace_line(plans / "alert_matrix.csv", 2, '0,,action,,Head of post,"a","b"')
    replace_line(plans / "messages.csv", 3, ',9,"a","b"')
    errors = check_plan_templates(plans)
    assert [(e.path.rsplit("/", 1)[-1], e.line) for e in errors] == [("alert_matrix.csv", 2), ("messages.csv", 3)]


def test_a_spreadsheet_byte_order_mark_and_windows_line_ends_are_accepted(plans):
    path = plans / "messages.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    def texts(templates):
        return [(m.phase, m.hazard, m.lang, m.text) for m in templates.messages]

    assert texts(load_plan_templates(plans)) == texts(load_plan_templates())


def test_blank_lines_are_skipped_and_later_errors_keep_their_line_number(plans):
    path = plans / "messages.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "")
    lines[6] = ",8,a,b"
    path.write_text("\n".join(lines), encoding="utf-8")
    errors = check_plan_templates(plans)
    assert [e.line for e in errors] == [7]
