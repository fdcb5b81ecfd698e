"""A post file, open: its records, its registry, its settings, and who is signed in.

A post is either encrypted (SQLCipher, argon2id key from a passphrase) or, for demo and
training posts only, plain. A file with users asks for a sign-in; a file without users is
being set up, and whoever holds it acts as administrator.
"""

from collections.abc import Callable
from pathlib import Path

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import (
    DamagedFileError,
    LoginFailedError,
    MicicError,
    PermissionDeniedError,
    PostBusyError,
    ReadOnlyError,
    StorageError,
    WrongPassphraseError,
)
from micic_planner.core.i18n import _
from micic_planner.core.models import Post
from micic_planner.core.security import Action, Session, check_may_open, setup_session
from micic_planner.storage import holders
from micic_planner.storage import sync as sync_capture
from micic_planner.storage.audit import AuditLog
from micic_planner.storage.backup import make_backup, read_policy
from micic_planner.storage.connection import connect, migrate, writable
from micic_planner.storage.encryption import derive_key, file_kind, new_salt, read_salt, rekey
from micic_planner.storage.faults import folder_error, not_a_post_file
from micic_planner.storage.guarded import GuardedNationals, GuardedRecords
from micic_planner.storage.mapping import from_row, to_row, utc_now
from micic_planner.storage.permissions import any_role, checks_inside, requires
from micic_planner.storage.retention_store import RetentionStore
from micic_planner.storage.sign_in_throttle import SignInThrottle
from micic_planner.storage.users import Users

# Asked when a passphrase or a sign-in is needed and was not given: (path, "passphrase") -> str | None,
# (path, "login") -> (user, password) | None. The CLI and the window each install their own.
CredentialProvider = Callable[[Path, str], object]


class PostStore:
    credential_provider: CredentialProvider | None = None
    # Told, in the user's language, when a post opens read-only; the CLI prints it, the window shows it.
    notice: Callable[[str], None] | None = None

    def __init__(self, db, path: Path | None = None, session: Session | None = None,
                 key: tuple[bytes, bytes] | None = None, read_only: bool = False):
        self.db = db
        self.path = path
        self.read_only = read_only
        self._marker = None
        self._closed = False
        self.session = session or setup_session()
        self.user_name = self.session.user_name
        self._key = key  # (key, salt) while open, for backups and checks on other connections
        self.audit = AuditLog(db, user=lambda: self.user_name)
        self.records = GuardedRecords(db, lambda: self.session)
        self.nationals = GuardedNationals(db, user=lambda: self.user_name, session=lambda: self.session,
                                          audit=self.audit)
        self._users = Users(db)
        self.retention = RetentionStore(self)
        self.audit.install()
        if not read_only:
            sync_capture.install(db)
            sync_capture.set_user(db, self.user_name)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, passphrase: str | None = None,
             user: str | None = None, password: str | None = None, read_only: bool = False) -> "PostStore":
        """Open a post file, bringing its schema up to date; `create` allows a new file.

        A new file is encrypted when `passphrase` is given, plain otherwise (demo and training). A file
        that cannot be written (a read-only disk, share or file) opens read-only, as does any with `read_only`.
        """
        path = Path(path)
        kind = file_kind(path)
        if kind == "folder":
            raise folder_error(path)
        if kind == "missing" and not create:
            raise StorageError(_("There is no post file here."), where=str(path),
                               hint=_("Check the path, or create a new post."))
        if kind == "empty" and not create:
            # Never turned into a new post silently: it may be a post whose copy failed, and a new one is plain.
            raise DamagedFileError(_("The post file is empty (0 bytes): it holds no post."), where=str(path),
                                   hint=_("Restore the latest backup of this post, or create a new post."))
        if kind == "other":
            raise not_a_post_file(path)
        if kind == "truncated":
            raise DamagedFileError(_("The post file is cut short: it was not copied or saved completely."),
                                   where=str(path), hint=_("Restore the latest backup of this post."))
        key = None
        if kind == "encrypted":
            passphrase = passphrase if passphrase is not None else cls._ask(path, "passphrase")
            if passphrase is None:
                raise WrongPassphraseError(_("This post file is encrypted; its passphrase is needed."),
                                           where=str(path), hint=_("Enter the post's passphrase."))
            salt = read_salt(path)
            key = (derive_key(passphrase, salt), salt)
        elif kind in ("missing", "empty") and passphrase:
            salt = new_salt()
            key = (derive_key(passphrase, salt), salt)
        read_only = read_only or (kind not in ("missing", "empty") and not writable(path))
        db = connect(path, *(key or (None, None)), read_only=read_only, create=create and kind in ("missing", "empty"))
        try:
            if read_only:
                _check_current(db, path)
            else:
                migrate(db)
            store = cls(db, path, key=key, read_only=read_only)
            store._sign_in(user, password)
        except BaseException:
            db.close()
            raise
        if read_only and cls.notice is not None:
            cls.notice(store.read_only_notice())
        elif not read_only:
            store._marker = holders.hold(path, store.user_name)
        return store

    @classmethod
    def memory(cls) -> "PostStore":
        db = connect(":memory:", create=True)
        migrate(db)
        return cls(db)

    @classmethod
    def _ask(cls, path: Path, what: str):
        return cls.credential_provider(path, what) if cls.credential_provider else None

    def _sign_in(self, user: str | None, password: str | None) -> None:
        is_training = self.is_training
        if not self._users.count():
            self.session = setup_session(is_training, self.encrypted)
            return
        if user is None:
            answer = self._ask(self.path, "login")
            if answer is None:
                raise PermissionDeniedError(_("This post asks you to sign in."), where=str(self.path),
                                            hint=_("Give your user name and password."))
            user, password = answer
        throttle = SignInThrottle(self.db, self.audit, writable=not self.read_only)
        throttle.check(user)
        try:
            name, role = self._users.verify(user, password or "")
        except LoginFailedError:
            throttle.failed(user)
            raise
        throttle.succeeded(user)
        check_may_open(role, is_training)
        self.session = Session(name, role, is_training, self.encrypted)
        self.user_name = self.session.user_name
        self.audit.set_user(self.user_name)
        if self.read_only:  # nothing can be recorded in a file that cannot be written
            return
        sync_capture.set_user(self.db, self.user_name)
        with self.db.atomic():
            self.db.execute("INSERT INTO sessions (user_name, role) VALUES (?, ?)", [self.user_name, role.value])
            with self.audit.quiet():  # the login entry below says it; not an edit of the account
                self.db.execute("UPDATE users SET last_login = ? WHERE name = ?", [utc_now(), name])
            self.audit.record("login", {"role": role.value})

    # -- protection ------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def is_training(self) -> bool:
        row = self.db.execute("SELECT is_training FROM post ORDER BY id LIMIT 1").fetchone()
        return bool(row and row[0])

    @property
    def key_material(self) -> tuple[bytes, bytes] | None:
        return self._key

    @any_role
    def read_only_notice(self) -> str:
        return _("The post file is read-only: it was opened for reading only (plan, lists, exports, check). "
                 "Nothing can be changed in it.") if self.read_only else ""

    @any_role
    def protection_notice(self) -> str:
        """'' for an encrypted post; otherwise the warning shown in titles, bars and prints."""
        if self.read_only:
            return self.read_only_notice()
        if self.encrypted or self.path is None:
            return ""
        if self.is_training:
            return _("NOT ENCRYPTED: training or demo post, fictional data only")
        return _("NOT ENCRYPTED: encrypt this post before entering real data")

    @requires(Action.CHANGE_PASSPHRASE)
    def change_passphrase(self, new_passphrase: str) -> Changes:
        """Re-key the encrypted file under a new passphrase (the file is rewritten page by page)."""
        from micic_planner.core.passphrase import check_new_passphrase

        if not self.encrypted:
            raise StorageError(_("This post is not encrypted, so it has no passphrase to change."),
                               hint=_("Encrypt it first (micic-planner encrypt)."))
        check_new_passphrase(new_passphrase, user_inputs=self.guess_words())
        self.refuse_while_open_elsewhere(_("The passphrase cannot be changed while the post is open elsewhere."))
        with self.db.atomic():
            self.audit.record("change_passphrase")
            # SQLCipher's rekey commits the open transaction with the re-encrypted pages: the entry and the
            # new passphrase reach the file in one commit, or neither does.
            rekey(self.db.conn, self.path, new_passphrase)
        salt = self._key[1]
        self._key = (derive_key(new_passphrase, salt), salt)
        return changed("audit_log")

    @any_role  # the post's own name and place: nothing personal, and every user may choose a password
    def guess_words(self) -> list[str]:
        """What an attacker tries first for this post's secrets: its name, city, country, the signed-in user."""
        return self._users.guess_words(self.user_name)

    @any_role
    def refuse_while_open_elsewhere(self, message: str) -> None:
        """Raise PostBusyError, naming who, when another program or window has this post open."""
        if self.read_only:
            raise ReadOnlyError(_("The post file is read-only: nothing can be changed in it."), where=str(self.path))
        others = holders.holders(self.path) if self.path is not None else []
        if others:
            raise PostBusyError(message + " " + _("It is open by: {holders}.").format(
                holders=holders.describe(others)), where=str(self.path),
                hint=_("Close the post there first. If that program is no longer running, delete {marker}.").format(
                    marker=others[0].marker))

    @requires(Action.RESTORE)
    def restore_backup(self, backup: str | Path, passphrase: str | None = None) -> Path | None:
        """Put `backup` in the place of this post: an administrator only, never while the post is open elsewhere.

        The restore is recorded in the file replaced (kept aside) and in the file restored; this store is
        closed by it. Returns where the replaced file went.
        """
        from micic_planner.storage.backup import check_backup, restore

        if self.path is None:
            raise StorageError(_("A post kept only in memory cannot be restored."))
        self.refuse_while_open_elsewhere(_("A backup cannot be restored while the post is open elsewhere."))
        backup = Path(backup)
        check_backup(backup, passphrase)
        self.audit.record("restore", {"backup": backup.name, "replaced_by_restore": True})
        self.close()
        return restore(backup, self.path, passphrase, user=self.user_name)

    # -- users (the guarded front of `self._users`) -----------------------------
    @checks_inside(Action.MANAGE_USERS)
    def add_user(self, name: str, role, password: str, full_name: str = "") -> Changes:
        """Add an account; on a file with no users yet, its first account must be an administrator."""
        from micic_planner.core.security import Role

        if self._users.count(active_only=False):
            self.session.require(Action.MANAGE_USERS)
        elif role is not Role.ADMINISTRATOR:
            raise PermissionDeniedError(_("The first user of a post must be its administrator."))
        return self._users.add(name, role, password, full_name)

    @requires(Action.MANAGE_USERS)
    def user_list(self) -> list[dict]:
        return self._users.list()

    @requires(Action.MANAGE_USERS)
    def set_user_role(self, name: str, role) -> Changes:
        return self._users.set_role(name, role)

    @requires(Action.MANAGE_USERS)
    def set_user_active(self, name: str, active: bool) -> Changes:
        return self._users.set_active(name, active)

    @checks_inside(Action.MANAGE_USERS)
    def reset_password(self, name: str, password: str) -> Changes:
        """An administrator resets anyone's password; every user may change their own."""
        if name.lower() != self.user_name.lower():
            self.session.require(Action.MANAGE_USERS)
        return self._users.set_password(name, password)

    @requires(Action.VIEW_AUDIT)
    def audit_entries(self, offset: int = 0, limit: int = 200, action: str = "", user: str = "") -> list[dict]:
        return self.audit.entries(offset, limit, action, user)

    @requires(Action.VIEW_AUDIT)
    def audit_export(self, path) -> int:
        return self.audit.export_csv(path)

    @requires(Action.BACKUP)
    def backup_job(self) -> Callable[[], Path]:
        """A backup to run on any thread (it opens its own connection); the role is checked now."""
        if self.path is None:
            raise StorageError(_("A post kept only in memory cannot be backed up."))
        policy = read_policy(self.db)
        path, key = self.path, self._key
        folder = Path(policy.folder) if policy.folder else None
        return lambda: make_backup(path, key, folder, policy.keep)

    @requires(Action.BACKUP)
    def backup(self) -> Path:
        return self.backup_job()()

    @property
    def closed(self) -> bool:
        return self._closed

    @any_role
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        holders.release(self._marker)
        try:
            if self.session.user_name and not self.read_only:
                self.db.execute("UPDATE sessions SET ended_at = ? WHERE id = (SELECT max(id) FROM sessions "
                                "WHERE user_name = ? AND ended_at IS NULL)", [utc_now(), self.session.user_name])
        except MicicError:
            pass
        finally:
            self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- the post itself -------------------------------------------------------
    @any_role
    def post(self) -> Post | None:
        cursor = self.db.execute("SELECT * FROM post ORDER BY id LIMIT 1")
        row = cursor.fetchone()
        if row is None:
            return None
        return from_row(Post, dict(zip([d[0] for d in cursor.description], row)))

    @requires(Action.EDIT_PLAN)
    def save_post(self, post: Post) -> Changes:
        row = to_row(post)
        with self.db.atomic():
            months = self.retention.months()
            if post.id is None:
                if self.db.execute("SELECT count(*) FROM post").fetchone()[0]:
                    raise StorageError(_("This file already holds a post."))
                cursor = self.db.execute(
                    f"INSERT INTO post ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
                post.id = cursor.lastrowid
            else:
                before = self.db.execute("SELECT is_training FROM post WHERE id = ?", [post.id]).fetchone()
                if before is not None and bool(before[0]) != bool(row["is_training"]):
                    # A trainee may open any training post: only an administrator may turn a post into one.
                    self.session.require(Action.MANAGE_USERS)
                row.pop("uuid")
                row["updated_at"] = utc_now()
                self.db.execute(f"UPDATE post SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                                [*row.values(), post.id])
            if self.retention.months() != months:
                self.retention.reapply()  # every stored expiry follows the post's new retention
        return changed("post", "nationals", count=1, ids=(post.id,))


def _check_current(db, path) -> None:
    """A read-only post must already have today's schema: bringing it up to date would write to it."""
    from micic_planner.storage.migrations import migrations

    if migrations.pending(db):
        raise ReadOnlyError(_("This post was made by an older version of the program and must be updated, "
                              "which needs write access; the file is read-only."), where=str(path),
                            hint=_("Copy the post to a folder you may write to and open the copy."))
