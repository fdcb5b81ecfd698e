"""`micic-planner serve` and `micic-planner join`: the crisis cell on the embassy LAN (issue 19)."""

import os
import sys
import time
from pathlib import Path

from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import CellError, ValidationError
from micic_planner.core.i18n import _

DEFAULT_PORT = 8443


def register(commands) -> None:
    text = _("serve this post to the officers of the crisis cell over the LAN (TLS)")
    p = commands.add_parser("serve", help=text, description=text)
    add_post(p)
    p.add_argument("--listen", default=f"0.0.0.0:{DEFAULT_PORT}", metavar=_("ADDRESS:PORT"),
                   help=_("address and port to listen on (default 0.0.0.0:{port})").format(port=DEFAULT_PORT))
    p.add_argument("--code-minutes", type=int, default=60, metavar=_("N"),
                   help=_("minutes the join code stays valid (default 60)"))
    p.set_defaults(run=run_serve)

    text = _("join a crisis cell: receive an encrypted copy of the post, then keep it in step with the host")
    p = commands.add_parser("join", help=text, description=text)
    add_post(p, _("your copy: a new file to create, or the copy you joined with before"), then=("url",))
    p.add_argument("url", nargs="?", help=_("the host's address, as shown on its screen (https://ADDRESS:PORT)"))
    p.add_argument("--code", help=_("the join code shown on the host's screen"))
    p.add_argument("--fingerprint", help=_("the host's certificate fingerprint, if you have it to compare"))
    p.add_argument("--once", action="store_true", help=_("exchange once and stop, instead of every second"))
    p.set_defaults(run=run_join)


def _listen(text: str) -> tuple[str, int]:
    host, _sep, port = text.rpartition(":")
    if not port.isdigit() or not host:
        raise ValidationError("listen", _("Give the address as ADDRESS:PORT, for example 0.0.0.0:8443."))
    return host.strip("[]"), int(port)


def run_serve(args) -> int:
    from micic_planner.cell.host import CellHost
    from micic_planner.storage.store import PostStore

    host_name, port = _listen(args.listen)
    store = PostStore.open(args.db)
    with store:
        host = CellHost(store, host_name, port, code_minutes=args.code_minutes)
        host.start()
        print(_("Serving {post} to the crisis cell at https://{address}:{port}").format(
            post=Path(args.db).name, address=host_name, port=host.port))
        print(_("Certificate fingerprint (SHA-256): {fp}").format(fp=host.fingerprint))
        print(_("Join code: {code} (valid {minutes} minutes)").format(code=host.code, minutes=args.code_minutes))
        print(_("Press Ctrl+C to stop serving."), flush=True)
        seen: dict[str, float] = {}
        try:
            while True:
                time.sleep(1)
                for officer in host.connected():
                    if officer.last_sync and officer.last_sync - seen.get(officer.site, 0) > 30:
                        print(_("{user} ({role}) is exchanging").format(user=officer.user,
                                                                      role=officer.role.label()), flush=True)
                        seen[officer.site] = officer.last_sync
        except KeyboardInterrupt:
            pass
        finally:
            host.stop()
    return 0


def _copy_passphrase() -> str:
    import getpass

    from micic_planner.core.passphrase import check_new_passphrase

    if "MICIC_NEW_PASSPHRASE" in os.environ:
        value = os.environ["MICIC_NEW_PASSPHRASE"]
        check_new_passphrase(value)
        return value
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", _("Your copy needs a passphrase of its own."),
                              hint=_("Run the command at a terminal, or set MICIC_NEW_PASSPHRASE."))
    first = getpass.getpass(_("Passphrase for your copy: "))
    check_new_passphrase(first, getpass.getpass(_("The same passphrase again: ")))
    return first


def _confirm(fingerprint: str) -> bool:
    print(_("The host's certificate fingerprint is {fp}").format(fp=fingerprint))
    if not sys.stdin.isatty():
        return False
    return input(_("Is it the one on the host's screen? [y/N] ")).strip().lower() in ("y", "s", "yes", "si", "sí")


def run_join(args) -> int:
    from micic_planner.cell.officer import CellLink, join
    from micic_planner.cli.protection import credentials
    from micic_planner.core.security import Role
    from micic_planner.storage.store import PostStore

    copy = Path(args.db)
    if not args.url:
        raise ValidationError("url", _("Give the host's address, as shown on its screen."),
                              hint="micic-planner join URL --code CODE --db COPY")
    opening = {}
    if not copy.exists():
        if not args.code:
            raise ValidationError("code", _("Give the join code shown on the host's screen."),
                                  hint="micic-planner join URL --code CODE --db COPY")
        login = credentials(copy, "login")
        if login is None:
            raise CellError(_("Joining needs your user name and password of the post."),
                            hint=_("Run the command at a terminal, or set MICIC_USER and MICIC_PASSWORD."))
        passphrase = _copy_passphrase()
        answer = join(args.url, args.code, login[0], login[1], copy, passphrase,
                      expect_fingerprint=args.fingerprint, confirm=None if args.fingerprint else _confirm)
        print(_("Joined as {user} ({role}); your copy is {path}, encrypted with your passphrase.").format(
            user=answer["user"], role=Role(answer["role"]).label(), path=copy))
        opening = {"passphrase": passphrase, "user": login[0], "password": login[1]}
    store = PostStore.open(copy, **opening)
    with store:
        link = CellLink(store)
        if args.once:
            try:
                result = link.exchange()
            finally:
                link.stop()
            print(_("Exchanged: {sent} sent, {applied} received.").format(sent=result["sent"],
                                                                          applied=result["applied"]))
            return 0
        return _follow(link)


def _follow(link) -> int:
    state = {"online": None}

    def told(s: dict) -> None:
        if s["online"] != state["online"]:
            print(_("Connected to the cell.") if s["online"] else s["error"], flush=True)
            state["online"] = s["online"]

    link.on_state = told
    link.start()
    print(_("Exchanging every second; press Ctrl+C to stop. Your copy keeps working when the host is gone."),
          flush=True)
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        link.stop()
    return 0
