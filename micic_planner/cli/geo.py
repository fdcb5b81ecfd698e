"""Geography from the command line: assembly point assignment, zones, the gazetteer, map file import."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _, counted

GAPS_SHOWN = 20
ITEMS_SHOWN = 200  # records listed after a map import; the counts above them are always complete


def register(commands) -> None:
    p = commands.add_parser("assign", help=_("give every national the nearest assembly point with room"))
    add_post(p, _("post file"))
    p.add_argument("--radius", type=float, help=_("distance in km beyond which a national is listed as a gap "
                                                  "(default: the post's setting)"))
    p.add_argument("--zones", action="store_true", help=_("first put nationals into zones by their coordinates"))
    p.set_defaults(run=run_assign)

    p = commands.add_parser("zone", help=_("put nationals into zones by their coordinates or place names"))
    add_post(p, _("post file"))
    p.set_defaults(run=run_zone)

    p = commands.add_parser("gazetteer", help=_("find a place by name, offline (GeoNames)"))
    p.add_argument("name", help=_("the name or its beginning, accents optional"))
    p.add_argument("--country", default="", help=_("ISO code of a country whose places come first"))
    p.add_argument("--limit", type=int, default=10, help=_("how many places to show"))
    p.set_defaults(run=run_gazetteer)

    p = commands.add_parser("nearest", help=_("the nearest known place to a point, offline (GeoNames)"))
    p.add_argument("lat", type=float, help=_("latitude in decimal degrees"))
    p.add_argument("lon", type=float, help=_("longitude in decimal degrees"))
    p.set_defaults(run=run_nearest)

    p = commands.add_parser("geocode", help=_("give nationals who have a town but no coordinates those of "
                                              "the town, offline (GeoNames)"))
    add_post(p, _("post file"))
    p.add_argument("--country", help=_("ISO code of the country whose places count (default: the host country)"))
    p.add_argument("--zones", action="store_true", help=_("then put nationals into zones by their coordinates"))
    p.set_defaults(run=run_geocode)

    p = commands.add_parser("import-geo", help=_("import places, zones and routes from a GeoJSON, GPX or KML file"))
    add_post(p, _("post file"))
    p.add_argument("file", help=_("a .geojson, .gpx or .kml file"))
    p.add_argument("--kind", action="append", default=[], metavar=_("TYPE=KIND"),
                   help=_("the kind of place for the file's points of a type that is not a kind "
                          "(TYPE empty for points with no type); without it they are listed and skipped"))
    p.set_defaults(run=run_import_geo)


def _open(path):
    from micic_planner.storage.store import PostStore

    return PostStore.open(path)


def run_assign(args) -> int:
    from micic_planner.storage.assignment_store import AssignmentStore

    with _open(args.db) as store:
        job = AssignmentStore(store)
        if args.zones:
            zoned = job.place_in_zones()
            print(counted("{count} nationals moved into a zone.",
                          "{count} national moved into a zone.", count=zoned.count))
        report = job.assign(args.radius)
    s = report.summary
    print(_("{assigned} of {total} nationals have an assembly point ({households} households, none split).").format(
        assigned=s.assigned, total=s.nationals, households=s.households))
    if s.no_coordinates:
        print(counted("{count} nationals have no coordinates and no assembly point.",
                      "{count} national has no coordinates and no assembly point.", count=s.no_coordinates))
    if s.no_room:
        print(counted("{count} nationals found no assembly point with room.",
                      "{count} national found no assembly point with room.", count=s.no_room))
    print(counted("{count} nationals live farther than {km} km from every assembly point.",
                  "{count} national lives farther than {km} km from every assembly point.",
                  count=s.beyond_radius, km=f"{s.radius_km:g}"))
    if s.assigned_beyond_radius > s.beyond_radius:
        print(counted("{count} nationals were placed farther than {km} km away because nearer points are full.",
                      "{count} national was placed farther than {km} km away because nearer points are full.",
                      count=s.assigned_beyond_radius - s.beyond_radius, km=f"{s.radius_km:g}"))
    print()
    print(_("Assembly point loads:"))
    for load in report.loads:
        capacity = _("capacity unknown") if load.capacity is None else str(load.capacity)
        print(f"  {load.name}: {load.load} / {capacity}")
    if report.unknown_capacity:
        print(counted("{count} assembly points have no known capacity and took nobody; give them a capacity, then "
                      "assign again.",
                      "{count} assembly point has no known capacity and took nobody; give it a capacity, then "
                      "assign again.", count=len(report.unknown_capacity)))
    if report.gaps:
        print()
        print(_("Farthest from any assembly point:"))
        for gap in report.gaps[:GAPS_SHOWN]:
            print(f"  {gap.name} (#{gap.id}): {gap.nearest_km:.1f} km")
    return 0


def run_zone(args) -> int:
    from micic_planner.storage.assignment_store import AssignmentStore

    with _open(args.db) as store:
        changes = AssignmentStore(store).place_in_zones()
    print(counted("{count} nationals moved into a zone.",
                  "{count} national moved into a zone.", count=changes.count))
    return 0


def run_gazetteer(args) -> int:
    from micic_planner.storage.gazetteer import Gazetteer

    found = Gazetteer.shared().search(args.name, limit=args.limit, country=args.country)
    if not found:
        print(_("No place found."))
        return 1
    for place in found:
        print(f"{place.name}\t{place.region}\t{place.country}\t{place.lat:.5f}\t{place.lon:.5f}")
    return 0


def run_nearest(args) -> int:
    from micic_planner.storage.gazetteer import Gazetteer

    place, km = Gazetteer.shared().nearest(args.lat, args.lon)
    print(f"{place.name}\t{place.region}\t{place.country}\t{place.lat:.5f}\t{place.lon:.5f}\t{km:.1f} km")
    return 0


def run_geocode(args) -> int:
    from micic_planner.storage.assignment_store import AssignmentStore
    from micic_planner.storage.place_coordinates import PlaceCoordinates

    with _open(args.db) as store:
        job = PlaceCoordinates(store)
        changes = job.fill(args.country)
        print(counted("{count} nationals got the coordinates of their town.",
                      "{count} national got the coordinates of their town.", count=changes.count))
        if job.unknown:
            print(_("Towns not found (give these nationals coordinates by hand):"))
            for place, count in sorted(job.unknown.items(), key=lambda item: -item[1])[:GAPS_SHOWN]:
                print(f"  {place}: {count}")
        if args.zones:
            zoned = AssignmentStore(store).place_in_zones()
            print(counted("{count} nationals moved into a zone.",
                          "{count} national moved into a zone.", count=zoned.count))
    return 0


def _kinds(pairs: list[str]) -> dict:
    from micic_planner.core.enums import PlaceKind
    from micic_planner.core.errors import MicicError

    kinds = {}
    for pair in pairs:
        file_type, _sep, kind = pair.rpartition("=")
        try:
            kinds[file_type.strip()] = PlaceKind(kind.strip())
        except ValueError:
            raise MicicError(_("“{value}” is not a kind of place.").format(value=kind), where="--kind",
                             hint=_("Use one of: {kinds}.").format(kinds=", ".join(k.value for k in PlaceKind))
                             ) from None
    return kinds


def run_import_geo(args) -> int:
    from micic_planner.interchange.geo_files import read_geo
    from micic_planner.storage.geo_import import GeoImport

    reading = read_geo(args.file)
    reading.choose_kinds(_kinds(args.kind))
    places, zones, links = reading
    with _open(args.db) as store:
        job = GeoImport(store)
        job.run(places, zones, links, where=args.file)
    print(_("{added} records added and {updated} updated ({places} places, {zones} zones, {routes} routes).").format(
        added=job.added, updated=job.updated, places=len(places), zones=len(zones), routes=len(links)))
    for table, name, new in job.items[:ITEMS_SHOWN]:
        print("  " + (_("added: {table} “{name}”") if new else _("updated: {table} “{name}”")).format(
            table=_(table), name=name))
    if len(job.items) > ITEMS_SHOWN:
        print("  " + _("… and {count} more.").format(count=len(job.items) - ITEMS_SHOWN))
    if reading.notes:
        print(_("Left out or changed on the way in ({count}):").format(count=len(reading.notes)))
        for note in reading.notes:
            print(f"  {note.where}: {note.what}")
    return 0
