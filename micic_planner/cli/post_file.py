"""One way for every command to name its post: `--db FILE` or the file itself as a positional argument.

argparse fills optional positionals greedily and cannot know that `--db` already named the post, so
the positionals that follow the post (`users add --db FILE NAME`) are settled here after parsing,
from what argparse filled and what it left over.
"""

from micic_planner.core.i18n import _


def add_post(parser, help_text: str | None = None, then: tuple[str, ...] = ()) -> None:
    """Let `parser` take the post as `--db FILE` or as a positional; `then` names optional positionals after it."""
    help_text = help_text or _("post file")
    parser.add_argument("post", nargs="?", metavar=_("FILE"), help=_("{what} (or --db FILE)").format(what=help_text))
    parser.add_argument("--db", metavar=_("FILE"), help=help_text)
    parser.set_defaults(_post_parser=parser, _post_then=then)


def resolve_post(args, extras: list[str], parser) -> None:
    """Put the post in `args.db` and the positionals after it in their places; a usage error otherwise."""
    sub = getattr(args, "_post_parser", None)
    if sub is None:
        if extras:
            parser.error(_("unrecognized arguments: {args}").format(args=" ".join(extras)))
        return
    options = [e for e in extras if e.startswith("-") and e != "-"]
    if options:
        sub.error(_("unrecognized arguments: {args}").format(args=" ".join(options)))
    then = args._post_then
    given = [v for v in (args.post, *(getattr(args, name) for name in then)) if v is not None] + extras
    slots = list(then) if args.db is not None else ["post", *then]
    if len(given) > len(slots):
        if args.db is not None and args.post is not None:
            sub.error(_("the post file was given twice: give either --db FILE or FILE"))
        sub.error(_("unrecognized arguments: {args}").format(args=" ".join(given[len(slots):])))
    values = dict.fromkeys(["post", *then])
    values.update(zip(slots, given))
    for name, value in values.items():
        setattr(args, name, value)
    args.db = args.db if args.db is not None else args.post
    if args.db is None:
        sub.error(_("the post file is needed: give --db FILE or FILE"))
