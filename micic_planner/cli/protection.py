"""Commands that protect a post: check, backup, restore, passphrase, users, audit export, expiry review and purge."""

import getpass
import os
import sys
from pathlib import Path

from micic_planner.cli import disclosure
from micic_planner.cli.post_file import add_post
from micic_planner.core.errors import StorageError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.passphrase import check_new_passphrase
from micic_planner.core.security import Action, Role
from micic_planner.storage import backup as backups
from micic_planner.storage.encryption import encrypt_file, file_kind
from micic_planner.storage.faults import folder_error, not_a_post_file
from micic_planner.storage.store import PostStore


def credentials(path: Path, what: str):
    """Passphrase or sign-in for a post: from MICIC_PASSPHRASE / MICIC_USER / MICIC_PASSWORD, else asked at the
    terminal; None when neither is possible."""
    if what == "passphrase":
        if "MICIC_PASSPHRASE" in os.environ:
            return os.environ["MICIC_PASSPHRASE"]
        return getpass.getpass(_("Passphrase of {name}: ").format(name=path.name)) if sys.stdin.isatty() else None
    user = os.environ.get("MICIC_USER")
    if user is None and sys.stdin.isatty():
        user = input(_("User: "))
    if user is None:
        return None
    password = os.environ.get("MICIC_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(_("Password: "))
    return None if password is None else (user, password)


def _new_passphrase(words: list[str]) -> str:
    """A new passphrase, refused with advice when `words` (the post's name, city, country, user) guess it."""
    if "MICIC_NEW_PASSPHRASE" in os.environ:
        value = os.environ["MICIC_NEW_PASSPHRASE"]
        check_new_passphrase(value, user_inputs=words)
        return value
    if not sys.stdin.isatty():
        raise ValidationError("passphrase", _("A new passphrase is needed."),
                              hint=_("Run the command at a terminal, or set MICIC_NEW_PASSPHRASE."))
    first = getpass.getpass(_("New passphrase: "))
    strength = check_new_passphrase(first, getpass.getpass(_("The same passphrase again: ")), words)
    print(_("Passphrase strength: {label}").format(label=strength.label))
    return first


def register(commands) -> None:
    PostStore.credential_provider = credentials
    PostStore.notice = lambda text: print(text, file=sys.stderr)
    add = lambda name, help_text: commands.add_parser(name, help=help_text, description=help_text)

    p = add("check", _("check a post file or a backup for damage and report"))
    add_post(p, _("post file or backup"))
    p.set_defaults(run=run_check)

    p = add("backup", _("make a checked backup of a post file now"))
    add_post(p)
    p.add_argument("--folder", help=_("folder for the backup (default: the post's backup folder)"))
    p.set_defaults(run=run_backup)

    p = add("restore", _("put a backup in the place of a post file (the replaced file is kept aside)"))
    p.add_argument("backup", help=_("backup file to restore"))
    add_post(p, _("post file to replace (it must not be open)"))
    p.set_defaults(run=run_restore)

    p = add("passwd", _("change the passphrase of an encrypted post"))
    add_post(p)
    p.set_defaults(run=run_passwd)

    p = add("encrypt", _("encrypt a post file that is not yet encrypted"))
    add_post(p)
    p.set_defaults(run=run_encrypt)

    p = add("users", _("list or add the users of a post"))
    p.add_argument("action", choices=("list", "add"), help=_("what to do"))
    add_post(p, then=("name",))
    p.add_argument("name", nargs="?", help=_("user name (for add)"))
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.OFFICER.value, help=_("role (for add)"))
    p.add_argument("--full-name", default="", help=_("full name (for add)"))
    p.set_defaults(run=run_users)

    p = add("audit", _("export the audit log of a post, or read its disclosure ledger"))
    audit = p.add_subparsers(dest="audit_command", metavar=_("action"), required=True)
    q = audit.add_parser("export", help=_("export the audit log of a post to CSV"))
    add_post(q, then=("out",))
    q.add_argument("out", nargs="?", help=_("CSV file to write"))
    q.set_defaults(run=run_audit)
    disclosure.register(audit)

    p = add("expiry", _("list nationals past their record expiry date, or purge them"))
    p.add_argument("action", choices=("review", "purge"), help=_("what to do"))
    add_post(p)
    p.add_argument("--yes", action="store_true", help=_("confirm the purge: it cannot be undone"))
    p.set_defaults(run=run_expiry)


def run_check(args) -> int:
    path = Path(args.db)
    kind = file_kind(path)
    if kind in ("missing", "empty", "truncated"):
        print(_("{file}: missing, empty or cut short.").format(file=path))
        return 1
    if kind == "folder":
        raise folder_error(path)
    if kind == "other":
        raise not_a_post_file(path)
    passphrase = credentials(path, "passphrase") if kind == "encrypted" else None
    key = backups.key_for(path, passphrase)
    problems = backups.integrity_problems(path, key)
    state = _("encrypted") if kind == "encrypted" else _("NOT encrypted")
    if problems:
        print(_("{file} ({state}): {n} problems found:").format(file=path, state=state, n=len(problems)))
        for line in problems[:20]:
            print("  " + line)
        print(_("Restore the latest backup: micic-planner restore BACKUP {file}").format(file=path))
        return 1
    backups.check_is_post(path, key)
    print(_("{file} ({state}): integrity check passed.").format(file=path, state=state))
    return 0


def run_backup(args) -> int:
    with PostStore.open(args.db) as store:
        job = store.backup_job()
        made = backups.make_backup(store.path, store.key_material, Path(args.folder)) if args.folder else job()
    print(_("Backup written and checked: {path}").format(path=made))
    return 0


def run_restore(args) -> int:
    path, post = Path(args.backup), Path(args.db)
    passphrase = credentials(path, "passphrase") if file_kind(path) == "encrypted" else None
    if file_kind(post) == "missing":
        # No post to sign in to: the backup's own users say who may put it back.
        with PostStore.open(path, passphrase=passphrase, read_only=True) as source:
            source.session.require(Action.RESTORE)
            user = source.user_name
        aside = backups.restore(path, post, passphrase, user=user)
    else:
        store = PostStore.open(post)
        try:
            aside = store.restore_backup(path, passphrase)
        finally:
            store.close()
    print(_("Restored {backup} to {file}.").format(backup=path, file=args.db))
    if aside:
        print(_("The file it replaced is kept as {path}").format(path=aside))
    return 0


def run_passwd(args) -> int:
    with PostStore.open(args.db) as store:
        store.change_passphrase(_new_passphrase(store.guess_words()))
    print(_("The passphrase was changed. Backups made before keep the old passphrase."))
    return 0


def run_encrypt(args) -> int:
    path = Path(args.db)
    if file_kind(path) == "encrypted":
        raise StorageError(_("This post is already encrypted."), where=str(path),
                           hint=_("To change its passphrase use micic-planner passwd."))
    with PostStore.open(path) as store:  # signs in when the post has users: only an administrator may lock it
        store.session.require(Action.CHANGE_PASSPHRASE)
        store.refuse_while_open_elsewhere(_("The post cannot be encrypted while it is open elsewhere."))
        words = store.guess_words()
    encrypt_file(path, _new_passphrase(words))
    print(_("The post is now encrypted. Older backups of it are not: delete them once you have a new backup."))
    return 0


def run_users(args) -> int:
    with PostStore.open(args.db) as store:
        if args.action == "add":
            if not args.name:
                raise ValidationError("name", _("Give the new user's name."))
            password = os.environ.get("MICIC_NEW_PASSWORD")
            if password is None and not sys.stdin.isatty():
                raise ValidationError("password", _("A password for the new user is needed."),
                                      hint=_("Run the command at a terminal, or set MICIC_NEW_PASSWORD."))
            password = password or getpass.getpass(_("Password for the new user: "))
            store.add_user(args.name, Role(args.role), password, args.full_name)
            print(_("User {name} added.").format(name=args.name))
        for user in store.user_list():
            state = "" if user["active"] else _(" (closed)")
            print(f"{user['name']}\t{user['role'].label()}\t{user['full_name']}{state}")
    return 0


def run_audit(args) -> int:
    if not args.out:
        raise ValidationError("out", _("Give the CSV file to write."), hint=_("micic-planner audit export FILE OUT"))
    with PostStore.open(args.db) as store:
        count = store.audit_export(args.out)
    print(_("{n} audit entries written to {path}").format(n=count, path=args.out))
    return 0


def run_expiry(args) -> int:
    with PostStore.open(args.db) as store:
        if args.action == "review":
            rows = store.retention.review()
            for row in rows:
                print(f"{row['record_expiry']}\t{row['family_names']}, {row['given_names']}")
            print(_("{n} records are past their expiry date.").format(n=len(rows)))
            return 0
        if not args.yes:
            print(_("{n} records would be deleted for good. Run again with --yes to purge them.").format(
                n=store.retention.expired_count()))
            hotline = store.retention.expired_messages()
            if any(hotline.values()):
                print(_("With them: {inquiries} hotline inquiries and {messages} messages sent or received, past "
                        "the same rule.").format(inquiries=hotline["inquiries"],
                                                 messages=hotline["outbox"] + hotline["inbox"]))
            return 1
        counts = store.retention.purge()
    print(_("Purged {nationals} records, {status_history} status changes and {audit_entries} audit entries.")
          .format(**counts))
    if counts["inquiries"] or counts["messages"]:
        print(_("Purged {inquiries} hotline inquiries and {messages} messages sent or received.").format(**counts))
    return 0
