"""The README cannot rot: its set-up commands and every command it shows must exist."""

import re
from pathlib import Path

from micic_planner.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def _documented_commands() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8") + (ROOT / "docs" / "formats.md").read_text("utf-8")
    return set(re.findall(r"^micic-planner (?:--lang \w+ )?([a-z][a-z-]+)", text, re.M))


def test_the_readme_opens_with_the_two_setup_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:8]
    assert any(line.startswith("make run") for line in head)
    assert any(line.startswith("make test") for line in head)


def test_the_makefile_has_the_targets_the_readme_names():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test", "dist"):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_every_command_in_the_readme_and_formats_guide_exists():
    commands = set(build_parser(window_file=False)._subparsers._group_actions[0].choices)
    documented = _documented_commands()
    assert len(documented) >= 10
    assert documented <= commands, documented - commands


def test_the_readme_has_no_unfilled_section():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"^[A-Z_]{8,}$", text, re.M)
