"""`plan-sections`: fill and read the post's own sections without the window."""

import json

from micic_planner.cli import main
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import make_post


def _post(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        make_post(store)
    return path


def test_set_then_show_a_section_and_list_says_it_is_filled(tmp_path, capsys):
    path = _post(tmp_path)
    assert main(["plan-sections", "set", "--db", str(path), "--section", "communications",
                 "--set", "primary=SMS", "--set", "alternate=Radio VHF", "--set", "duty_phone=+502 2420 3400",
                 "--row", "radio:channel=Canal 5;call_sign=BASE"]) == 0
    capsys.readouterr()
    assert main(["plan-sections", "show", str(path), "--section", "communications"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["duty_phone"] == "+502 2420 3400" and shown["radio"][0]["call_sign"] == "BASE"
    assert main(["plan-sections", "list", str(path)]) == 0
    assert "communications\tCommunications plan (PACE)\tfilled" in capsys.readouterr().out


def test_a_bad_number_is_refused_with_the_section_and_field_and_exit_code_2(tmp_path, capsys):
    path = _post(tmp_path)
    assert main(["plan-sections", "set", "--db", str(path), "--section", "resources", "--set", "vehicles=tres"]) == 2
    err = capsys.readouterr().err
    assert "Section “Resources”, field “Vehicles available”" in err and "“tres” is not a number." in err


def test_import_fills_several_sections_from_json(tmp_path, capsys):
    path = _post(tmp_path)
    source = tmp_path / "sections.json"
    source.write_text(json.dumps({"population": {"unregistered": 50, "source": "Censo", "as_of": "2026-01-31"},
                                  "borders": {"crossings": [{"crossing": "Talismán", "hours": "24 h"}]}}),
                      encoding="utf-8")
    assert main(["plan-sections", "import", str(path), "--file", str(source)]) == 0
    assert "2 sections imported" in capsys.readouterr().out
