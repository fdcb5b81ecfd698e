"""Figures from other organisations: an HXL dataset's people counts per area, kept on the post's zones."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import MicicError
from micic_planner.core.i18n import _


def register(commands) -> None:
    p = commands.add_parser("figures", help=_("read other organisations' counts per area (HXL) onto the post's "
                                              "zones"))
    sub = p.add_subparsers(dest="figures_command", metavar=_("action"), required=True)
    q = sub.add_parser("import-hxl", help=_("keep an HXL dataset's people counts (#population, #affected, …) per "
                                            "zone; rows that name no zone are reported"))
    add_post(q, then=("file",))
    q.add_argument("file", nargs="?", help=_("the HXL .csv or .xlsx file"))
    q.add_argument("--area", default="", help=_("the hashtag of the area column (default: the first of #adm2, "
                                                "#adm1 and #loc)"))
    q.add_argument("--dry-run", action="store_true", help=_("report what would change, without changing anything"))
    q.set_defaults(run=run_import_hxl)
    q = sub.add_parser("list", help=_("show the counts kept per zone, with their source"))
    add_post(q)
    q.set_defaults(run=run_list_figures)


def run_import_hxl(args) -> int:
    from pathlib import Path

    from micic_planner.core.external_figures import map_to_zones, report_lines
    from micic_planner.core.models import Zone
    from micic_planner.interchange.hxl_figures import read_area_figures
    from micic_planner.storage.external_figures import ExternalFigures
    from micic_planner.storage.store import PostStore

    if not args.file:
        raise MicicError(_("Name the HXL file to import."), hint=_("micic-planner figures import-hxl FILE --db POST"))
    read = read_area_figures(args.file, args.area)
    with PostStore.open(args.db) as store:
        zones = store.records.list(Zone, order_by="name")
        mapped = map_to_zones(read.rows, zones)
        if not args.dry_run:
            ExternalFigures(store).save(mapped, Path(args.file).name)
    for line in report_lines(mapped, {z.id: z.name for z in zones}, read.area_tag, read.problems,
                             read.unread_columns):
        print(line)
    if args.dry_run:
        print(_("Dry run: nothing was changed."))
    return 0


def run_list_figures(args) -> int:
    from micic_planner.storage.external_figures import ExternalFigures
    from micic_planner.storage.store import PostStore

    with PostStore.open(args.db) as store:
        rows = ExternalFigures(store).rows()
    if not rows:
        print(_("No counts from other organisations are kept."))
    for row in rows:
        print(f"{row['zone']}\t{row['figure']}\t{row['value']:g}\t{row['source']}\t{row['imported_at'][:10]}")
    return 0
