"""The headless front: every job that needs no window. Each command is a few lines over the library."""

import argparse
import os
import sys

from micic_planner import __version__
from micic_planner.cli.post_file import resolve_post
from micic_planner.core import i18n
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import _

# Each module registers its subcommands; adding a command is adding a module here.
COMMAND_MODULES: list[str] = [
    "micic_planner.cli.exchange",
    "micic_planner.cli.partners",
    "micic_planner.cli.figures",
    "micic_planner.cli.geo",
    "micic_planner.cli.plan",
    "micic_planner.cli.plan_sections",
    "micic_planner.cli.crisis",
    "micic_planner.cli.cards",
    "micic_planner.cli.exercise",
    "micic_planner.cli.protection",
    "micic_planner.cli.demo",
    "micic_planner.cli.new_post",
    "micic_planner.cli.messages",
    "micic_planner.cli.returns",
    "micic_planner.cli.sync",
    "micic_planner.cli.cell",
]


def build_parser(window_file: bool = True) -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="micic-planner",
        description=_("Consular contingency planning and crisis response, offline (MICIC Guidelines). "
                      "With no command, opens the window."))
    parser.add_argument("--version", action="version", version=f"MICIC Planner {__version__}")
    parser.add_argument("--lang", choices=i18n.SUPPORTED, help=_("language of messages and documents"))
    parser.add_argument("--demo", action="store_true", help=_("open the window on the built-in demo post"))
    if window_file:  # with a command, its own positionals (a name, coordinates) must not be taken for the file
        parser.add_argument("file", nargs="?", help=_("post file to open in the window"))
    commands = parser.add_subparsers(dest="command", metavar=_("command"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()  # inside the try: a reader that left early (`| head`) is met here, not at exit
        return code
    except BrokenPipeError:
        # Python's documented way: point stdout at devnull so the interpreter's last flush cannot fail again,
        # and leave quietly with the status of a process ended by SIGPIPE (128 + 13), as `cat` would.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--lang" in argv:
        i18n.set_language(argv[argv.index("--lang") + 1] if argv.index("--lang") + 1 < len(argv) else "en")
    names = _command_names() if argv else set()
    if not argv or argv[0] == "--demo" or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in names):
        return _start_window(argv)
    parser = build_parser(window_file=not set(argv) & names)
    args, extras = parser.parse_known_args(argv)
    if args.command is None:
        if extras:
            parser.error(_("unrecognized arguments: {args}").format(args=" ".join(extras)))
        return _start_window(argv)
    resolve_post(args, extras, parser)
    try:
        return args.run(args) or 0
    except MicicError as exc:
        print(_("Error: {message}").format(message=exc.user_message()), file=sys.stderr)
        return 2
    except Exception as exc:
        from micic_planner.storage.faults import explain, is_fault

        if not is_fault(exc):
            raise
        # A fault of the disk or the file that escaped a storage call: the same plain message, never a traceback.
        error = explain(getattr(args, "db", None), exc)
        print(_("Error: {message}").format(message=error.user_message()), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("Interrupted; nothing more was written."), file=sys.stderr)
        return 130


def _command_names() -> set[str]:
    return set(build_parser(window_file=False)._subparsers._group_actions[0].choices)


def _start_window(argv) -> int:
    from micic_planner.app import run_app

    return run_app(argv)
