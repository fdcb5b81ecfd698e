"""Every command a person can type has help: checked over the live parser, so new commands are covered too."""

import argparse

import pytest

from micic_planner.cli import build_parser, main


def command_paths(parser, prefix=()):
    """(path, help text, parser) for every subcommand at every depth."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*prefix, name), helps.get(name), sub
                yield from command_paths(sub, (*prefix, name))


def all_commands():
    return list(command_paths(build_parser(window_file=False)))


def test_the_parser_has_the_demo_and_templates_commands():
    paths = {path for path, _help, _parser in all_commands()}
    assert {("demo",), ("templates",), ("templates", "check")} <= paths


@pytest.mark.parametrize("path, help_text, parser", all_commands(), ids=lambda v: " ".join(v) if
                         isinstance(v, tuple) else "")
def test_every_command_has_a_help_text(path, help_text, parser):
    assert help_text and help_text.strip(), f"`micic-planner {' '.join(path)}` has no help text"
    assert parser.format_help().strip()


def test_help_of_every_command_prints_and_exits_cleanly(capsys):
    for path, _help, _parser in all_commands():
        with pytest.raises(SystemExit) as exit_:
            main([*path, "--help"])
        assert exit_.value.code == 0
        assert "usage:" in capsys.readouterr().out
