"""The workshop exercise on a group return that includes children (issue 16.12) loads and can be run."""

from micic_planner.cli import main
from micic_planner.core.exercise import find_scenario


def test_the_group_return_exercise_tests_the_childrens_and_protection_safeguards():
    scenario = find_scenario("return-group-children")
    assert {"unaccompanied_child", "arrivals", "road_closed", "partner_down"} <= {i.kind for i in scenario.injects}
    keys = {e.key for e in scenario.expected}
    assert {"best-interests", "protection-referral", "declarations", "advance-notice"} <= keys
    assert all(e.text.es and e.text.en and e.good.es and e.good.en for e in scenario.expected)


def test_the_group_return_exercise_starts_on_a_sandbox(tmp_path, capsys):
    sandbox = tmp_path / "retorno.micic"
    assert main(["exercise", "start", "return-group-children", "--db", str(sandbox)]) == 0
    assert main(["exercise", "status", "--db", str(sandbox)]) == 0
    assert "[1]" in capsys.readouterr().out
