"""`new`: create a post file from the command line, as the window's New post dialog does."""

import getpass
import os
import sys
from pathlib import Path

from micic_planner.cli.post_file import add_post
from micic_planner.core.countries import country_name, find_country, find_subdivision
from micic_planner.core.errors import StorageError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.models import Post
from micic_planner.core.paper import PAPERS, paper_for


def register(commands) -> None:
    p = commands.add_parser("new", help=_("create a post: name, host country, city and jurisdiction, by name or "
                                          "ISO code"))
    add_post(p, _("post file to create"))
    p.add_argument("--name", required=True, help=_("name of the post, e.g. \"Consulate in Tapachula\""))
    p.add_argument("--country", required=True, help=_("host country, by name (México) or ISO code (MX)"))
    p.add_argument("--city", required=True, help=_("city of the post"))
    p.add_argument("--region", action="append", default=[], metavar=_("REGION"),
                   help=_("a state, department or province of the jurisdiction, by name or ISO code; repeat it, "
                          "or separate them with commas"))
    p.add_argument("--nationals-of", default="", metavar=_("COUNTRY"),
                   help=_("country of the post's nationals, by name or ISO code"))
    p.add_argument("--paper", choices=PAPERS, help=_("paper size (default: the paper of the post's host country)"))
    p.add_argument("--training", action="store_true",
                   help=_("a training post: fictional people only, not encrypted, no sign-in"))
    p.add_argument("--admin", metavar=_("USER"), help=_("first administrator of a real post (its password is "
                                                        "asked, or read from MICIC_NEW_PASSWORD)"))
    p.add_argument("--full-name", default="", help=_("full name of the first administrator"))
    p.set_defaults(run=run_new)


def post_from(args) -> Post:
    """The post the options describe, every country and region checked against ISO 3166."""
    host = find_country(args.country, "country")
    regions = [find_subdivision(host, text, "region")
               for given in args.region for text in given.split(",") if text.strip()]
    nationals = find_country(args.nationals_of, "nationals-of") if args.nationals_of.strip() else ""
    paper = "" if args.paper in (None, paper_for(host)) else args.paper
    return Post(args.name.strip(), host, args.city.strip(), sending_country=nationals,
                jurisdiction=list(dict.fromkeys(regions)), paper=paper, is_training=args.training)


def _admin(args, post: Post) -> tuple[str, str, str] | None:
    if post.is_training:
        return None
    if not args.admin:
        raise ValidationError("admin", _("A real post needs its first administrator."),
                              hint=_("Give --admin USER, or --training for a post with fictional people only."))
    password = os.environ.get("MICIC_NEW_PASSWORD")
    if password is None and not sys.stdin.isatty():
        raise ValidationError("password", _("A password for the new user is needed."),
                              hint=_("Run the command at a terminal, or set MICIC_NEW_PASSWORD."))
    return args.admin, password or getpass.getpass(_("Password for the new user: ")), args.full_name


def run_new(args) -> int:
    from micic_planner.cli.protection import _new_passphrase
    from micic_planner.core.passphrase import post_words
    from micic_planner.storage.new_post import create_post

    path = Path(args.db)
    if path.exists():
        raise StorageError(_("This file already exists; a new post never replaces one."), where=str(path),
                           hint=_("Choose another file name."))
    post = post_from(args)
    admin = _admin(args, post)
    passphrase = None if post.is_training else _new_passphrase(post_words(post.name, post.city, post.host_country))
    create_post(path, post, passphrase, admin).close()
    print(_("Post {name} ({country}) created in {path}.").format(
        name=post.name, country=country_name(post.host_country), path=path))
    return 0
