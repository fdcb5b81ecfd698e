"""The `plan-sections` commands: see and fill the sections of the plan that the post writes itself."""

import json

from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _, counted

STATES = {"blank": "blank", "partial": "partly filled", "filled": "filled"}


def register(commands) -> None:
    ps = commands.add_parser("plan-sections", help=_("see and fill the sections of the plan the post writes"))
    sub = ps.add_subparsers(dest="sections_command", metavar=_("command"), required=True)

    p = sub.add_parser("list", help=_("list the sections with whether each is filled"))
    add_post(p, _("post file"))
    p.set_defaults(run=run_list)

    p = sub.add_parser("show", help=_("show what a section holds, as JSON"))
    add_post(p, _("post file"))
    p.add_argument("--section", required=True, help=_("section key, as `plan-sections list` shows it"))
    p.set_defaults(run=run_show)

    p = sub.add_parser("set", help=_("set fields of a section and add rows to its tables"))
    add_post(p, _("post file"))
    p.add_argument("--section", required=True, help=_("section key, as `plan-sections list` shows it"))
    p.add_argument("--set", dest="assign", action="append", default=[], metavar="FIELD=VALUE",
                   help=_("a field and its value; repeat for several"))
    p.add_argument("--row", action="append", default=[], metavar="TABLE:COL=VALUE;COL=VALUE",
                   help=_("a row to add to one of the section's tables; repeat for several"))
    p.add_argument("--clear", action="store_true", help=_("start from an empty section instead of what it holds"))
    p.set_defaults(run=run_set)

    p = sub.add_parser("import", help=_("fill sections from a JSON file {\"section\": {…}}, all or none"))
    add_post(p, _("post file"))
    p.add_argument("--file", required=True, help=_("JSON file to read"))
    p.set_defaults(run=run_import)


def _store(args):
    from micic_planner.storage.store import PostStore

    return PostStore.open(args.db)


def run_list(args) -> int:
    from micic_planner.core.i18n import translate
    from micic_planner.storage.plan_section_store import PlanSectionStore

    with _store(args) as store:
        for st in PlanSectionStore(store).states():
            print(f"{st.section.key}\t{translate(st.section.title)}\t{_(STATES[st.state])}")
    return 0


def run_show(args) -> int:
    from micic_planner.storage.plan_section_store import PlanSectionStore

    with _store(args) as store:
        state = PlanSectionStore(store).get(args.section)
    print(json.dumps(state.values, ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def _pairs(text: str, sep: str) -> dict:
    from micic_planner.core.errors import ValidationError

    out = {}
    for part in (p for p in text.split(sep) if p.strip()):
        key, eq, value = part.partition("=")
        if not eq:
            raise ValidationError(part, _("“{text}” is not FIELD=VALUE.").format(text=part),
                                  hint=_("Write each value as FIELD=VALUE."))
        out[key.strip()] = value.strip()
    return out


def run_set(args) -> int:
    from micic_planner.storage.plan_section_store import PlanSectionStore

    with _store(args) as store:
        sections = PlanSectionStore(store)
        values = {} if args.clear else dict(sections.get(args.section).values)
        for assignment in args.assign:
            values.update(_pairs(assignment, "\n"))
        for row in args.row:
            table, _colon, cells = row.partition(":")
            values[table.strip()] = [*(values.get(table.strip()) or []), _pairs(cells, ";")]
        sections.save(args.section, values)
        state = sections.get(args.section)
    print(_("Section {key} saved: {state}.").format(key=args.section, state=_(STATES[state.state])))
    return 0


def run_import(args) -> int:
    from micic_planner.storage.plan_section_store import PlanSectionStore

    with _store(args) as store:
        changes = PlanSectionStore(store).import_file(args.file)
    print(counted("{count} sections imported from {path}.",
                  "{count} section imported from {path}.", count=changes.count, path=args.file))
    return 0
