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
    StorageError,
    WrongPassphraseError,
)
from micic_planner.core.i18n import _
from micic_planner.core.models import Post
from micic_planner.core.security import Action, Session, check_may_open, setup_session
from micic_planner.storage.audit import AuditLog
from micic_planner.storage.backup import make_backup, read_policy
from micic_planner.storage.connection import connect, migrate
from micic_planner.storage.encryption import derive_key, file_kind, new_salt, read_salt, rekey
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

    def __init__(self, db, path: Path | None = None, session: Session | None = None,
                 key: tuple[bytes, bytes] | None = None):
        self.db = db
        self.path = path
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

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, passphrase: str | None = None,
             user: str | None = None, password: str | None = None) -> "PostStore":
        """Open a post file, bringing its schema up to date; `create` allows a new file.

        A new file is encrypted when `passphrase` is given, plain otherwise (demo and training).
        """
        path = Path(path)
        kind = file_kind(path)
        if kind == "missing" and not create:
            raise StorageError(_("There is no post file here."), where=str(path),
                               hint=_("Check the path, or create a new post."))
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
        db = connect(path, *(key or (None, None)))
        try:
            migrate(db)
            store = cls(db, path, key=key)
            store._sign_in(user, password)
        except BaseException:
            db.close()
            raise
        return store

    @classmethod
    def memory(cls) -> "PostStore":
        db = connect(":memory:")
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
        throttle = SignInThrottle(self.db, self.audit)
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
    def protection_notice(self) -> str:
        """'' for an encrypted post; otherwise the warning shown in titles, bars and prints."""
        if self.encrypted or self.path is None:
            return ""
        if self.is_training:
            return _("NOT ENCRYPTED: training or demo post, fictional data only")
        return _("NOT ENCRYPTED: encrypt this post before entering real data")

    @requires(Action.CHANGE_PASSPHRASE)
    def change_passphrase(self, new_passphrase: str) -> Changes:
        """Re-key the encrypted file under a new passphrase (the file is rewritten page by page)."""
        from micic_planner.core.passphrase import check_new_passphrase

        self.session.require(Action.CHANGE_PASSPHRASE)
        if not self.encrypted:
            raise StorageError(_("This post is not encrypted, so it has no passphrase to change."),
                               hint=_("Encrypt it first (micic-planner encrypt)."))
        check_new_passphrase(new_passphrase, user_inputs=self.guess_words())
        rekey(self.db.conn, self.path, new_passphrase)
        salt = self._key[1]
        self._key = (derive_key(new_passphrase, salt), salt)
        self.audit.record("change_passphrase")
        return changed("audit_log")

    @any_role  # the post's own name and place: nothing personal, and every user may choose a password
    def guess_words(self) -> list[str]:
        """What an attacker tries first for this post's secrets: its name, city, country, the signed-in user."""
        return self._users.guess_words(self.user_name)

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
        self.session.require(Action.MANAGE_USERS)
        return self._users.list()

    @requires(Action.MANAGE_USERS)
    def set_user_role(self, name: str, role) -> Changes:
        self.session.require(Action.MANAGE_USERS)
        return self._users.set_role(name, role)

    @requires(Action.MANAGE_USERS)
    def set_user_active(self, name: str, active: bool) -> Changes:
        self.session.require(Action.MANAGE_USERS)
        return self._users.set_active(name, active)

    @checks_inside(Action.MANAGE_USERS)
    def reset_password(self, name: str, password: str) -> Changes:
        """An administrator resets anyone's password; every user may change their own."""
        if name.lower() != self.user_name.lower():
            self.session.require(Action.MANAGE_USERS)
        return self._users.set_password(name, password)

    @requires(Action.VIEW_AUDIT)
    def audit_entries(self, offset: int = 0, limit: int = 200, action: str = "", user: str = "") -> list[dict]:
        self.session.require(Action.VIEW_AUDIT)
        return self.audit.entries(offset, limit, action, user)

    @requires(Action.VIEW_AUDIT)
    def audit_export(self, path) -> int:
        self.session.require(Action.VIEW_AUDIT)
        return self.audit.export_csv(path)

    @requires(Action.BACKUP)
    def backup_job(self) -> Callable[[], Path]:
        """A backup to run on any thread (it opens its own connection); the role is checked now."""
        self.session.require(Action.BACKUP)
        if self.path is None:
            raise StorageError(_("A post kept only in memory cannot be backed up."))
        policy = read_policy(self.db)
        path, key = self.path, self._key
        folder = Path(policy.folder) if policy.folder else None
        return lambda: make_backup(path, key, folder, policy.keep)

    @requires(Action.BACKUP)
    def backup(self) -> Path:
        return self.backup_job()()

    @any_role
    def close(self) -> None:
        try:
            if self.session.user_name:
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
        self.session.require(Action.EDIT_PLAN)
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
