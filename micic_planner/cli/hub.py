"""`micic-planner sync picture` and `sync first`: headquarters' country picture, and a post's first bundle."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _, language


def register(sub) -> None:
    """Add the hub's actions to the `sync` command's sub-parsers."""
    text = _("headquarters' country picture: nationals and accountability by post and zone, returns, gaps")
    q = sub.add_parser("picture", help=text, description=text)
    add_post(q)
    q.add_argument("--pdf", metavar=_("FILE"), help=_("also print the summary for the ministry to this PDF"))
    q.add_argument("--hxl", metavar=_("FILE"), help=_("also export the figures by post and zone as HXL CSV"))
    q.add_argument("--returns-hxl", metavar=_("FILE"),
                   help=_("also export the return cases by post (open, returned, in reintegration) as HXL CSV"))
    q.add_argument("--lang", dest="report_lang", choices=("es", "en"), help=_("language of the PDF and HXL files"))
    q.set_defaults(run=run_picture)

    text = _("write a post's first bundle for headquarters: all its records at once, consolidated set-based")
    q = sub.add_parser("first", help=text, description=text)
    add_post(q, then=("site", "out"))
    q.add_argument("site", nargs="?", help=_("headquarters' name or id, as registered"))
    q.add_argument("out", nargs="?", help=_("bundle file to write"))
    q.set_defaults(run=run_first)

    text = _("build the sync demo: a fictional headquarters and two fictional posts, with bundles ready to exchange")
    q = sub.add_parser("demo", help=text, description=text)
    q.add_argument("folder", metavar=_("FOLDER"), help=_("folder to write the three post files and the bundles into"))
    q.add_argument("--nationals", type=int, default=600, metavar="N",
                   help=_("fictional nationals at the first post (the second gets half; default 600)"))
    q.set_defaults(run=run_demo)


def _open(path):
    from micic_planner.storage.store import PostStore
    from micic_planner.storage.sync.hub_store import HubStore

    store = PostStore.open(path)
    return store, HubStore(store)


def run_first(args) -> int:
    for name in ("site", "out"):
        if not getattr(args, name):
            raise ValidationError(name, _("Give the {what}.").format(what=name),
                                  hint="micic-planner sync first FILE SITE OUT")
    store, hub = _open(args.db)
    with store:
        r = hub.export_first(args.site, args.out)
    print(_("First bundle written to {path}: {nationals} nationals, {changes} changes ({size} bytes).").format(
        path=args.out, nationals=r["nationals"], changes=r["changes"], size=r["bytes"]))
    return 0


def picture_lines(picture) -> list[str]:
    """The picture as a text table, one line per post and per zone."""
    from micic_planner.core.sync.picture import days_since, returns_line, state_label

    head = f"{_('Post'):<48} {_('Zone'):<20} {_('Nationals'):>14} {_('Accounted for'):>14} {_('Last exchange'):>20}"
    lines = [_("Country picture at {hq}: {total} nationals, {accounted} accounted for; conflicts to review: {review}."
               ).format(hq=picture.name, total=f"{picture.total:,}", accounted=f"{picture.accounted:,}",
                        review=picture.review), "", head, "-" * len(head)]
    for p in picture.posts:
        days = days_since(p.last_at, picture.today)
        when = _("headquarters") if p.role == "hq" else _("never") if days is None else \
            _("{n} days ago").format(n=days) if days else _("today")
        lines.append(f"{p.name[:48]:<48} {'':<20} {p.total:>14,} {p.accounted:>14,} {when:>20}")
        for z in p.zones:
            lines.append(f"{'':<48} {(z.name or _('No zone'))[:20]:<20} {z.total:>14,} {z.accounted:>14,}")
    lines += ["", _("Returns") + ":"]
    if not picture.returns_synced:
        lines.append("  " + _("Return cases do not travel between posts and headquarters yet: the counts "
                              "below are headquarters' own cases only."))
    for p in picture.posts:
        if p.returns:
            lines.append("  " + returns_line(p, language()))
    lines += [f"  {state_label(state, language())}: {n:,}" for state, n in sorted(picture.returns.items())] \
        or ["  " + _("No return cases.")]
    lines += ["", _("Gaps by post") + ":"]
    lines += [f"  {name}: {gap.text(language())}" for name, gap in picture.gaps] or ["  " + _("No gaps found.")]
    return lines


def run_picture(args) -> int:
    store, hub = _open(args.db)
    with store:
        picture = hub.picture()
        lang = args.report_lang or language()
        if args.pdf:
            from micic_planner.reports.hub_picture_pdf import PictureRenderer

            PictureRenderer(lang).render(picture, hub.threshold(), args.pdf)
            hub.exported("picture_pdf", args.pdf)
        if args.hxl:
            from micic_planner.interchange.hub_hxl import write_picture_hxl

            rows = write_picture_hxl(args.hxl, picture, lang, hub.threshold())
            hub.exported("picture_hxl", args.hxl, rows)
        if args.returns_hxl:
            from micic_planner.interchange.hub_hxl import write_returns_hxl

            rows = write_returns_hxl(args.returns_hxl, picture, lang, hub.threshold())
            hub.exported("returns_hxl", args.returns_hxl, rows)
    print("\n".join(picture_lines(picture)))
    for path in (args.pdf, args.hxl, args.returns_hxl):
        if path:
            print(_("Written: {path}").format(path=path))
    return 0


def run_demo(args) -> int:
    from micic_planner.storage.sync.demo_hub import write_sync_demo

    paths = write_sync_demo(args.folder, max(args.nationals, 10))
    print(_("Sync demo written to {folder}: training files, fictional people only, not encrypted.").format(
        folder=args.folder))
    print(_("  headquarters: {hq}\n  posts: {a}, {b}\n  bundles ready for headquarters: {ba}, {bb}").format(
        hq=paths["hq"].name, a=paths["a"].name, b=paths["b"].name, ba=paths["bundle_a"].name,
        bb=paths["bundle_b"].name))
    print(_("Open headquarters' file, Sync > Import a bundle… for each post's bundle, then see the country "
            "picture and Sync > Review conflicts…; README.md walks it through."))
    return 0
