"""The users of one post file: accounts, roles and argon2id password hashes."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import LoginFailedError, ValidationError
from micic_planner.core.i18n import _
from micic_planner.core.passphrase import check_new_password, post_words
from micic_planner.core.security import Role

# OWASP's argon2id minimum: the hashes sit inside the encrypted file, and sign-in stays quick.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
COLUMNS = ("id", "name", "full_name", "role", "active", "created_at", "last_login")


class Users:
    def __init__(self, db):
        self.db = db

    def count(self, active_only: bool = True) -> int:
        where = " WHERE active = 1" if active_only else ""
        return self.db.execute(f"SELECT count(*) FROM users{where}").fetchone()[0]

    def list(self) -> list[dict]:
        rows = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM users ORDER BY name").fetchall()
        return [dict(zip(COLUMNS, r), role=Role(r[3])) for r in rows]

    def add(self, name: str, role: Role, password: str, full_name: str = "") -> Changes:
        name = name.strip()
        if not name:
            raise ValidationError("name", _("A user needs a name to sign in with."))
        self._check_password(password, name, full_name)
        if self.db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise ValidationError("name", _("There is already a user called {name}.").format(name=name),
                                  hint=_("Choose another name."))
        with self.db.atomic():
            cursor = self.db.execute("INSERT INTO users (name, full_name, role, password_hash) VALUES (?, ?, ?, ?)",
                                     [name, full_name, role.value, _HASHER.hash(password)])
        return changed("users", count=1, ids=(cursor.lastrowid,))

    def set_password(self, name: str, password: str) -> Changes:
        row = self.db.execute("SELECT full_name FROM users WHERE name = ?", [name]).fetchone()
        self._check_password(password, name, row[0] if row else "")
        with self.db.atomic():
            self.db.execute("UPDATE users SET password_hash = ? WHERE name = ?", [_HASHER.hash(password), name])
        return changed("users", count=1)

    def set_role(self, name: str, role: Role) -> Changes:
        with self.db.atomic():
            self._keep_an_administrator(name, role, active=True)
            self.db.execute("UPDATE users SET role = ? WHERE name = ?", [role.value, name])
        return changed("users", count=1)

    def set_active(self, name: str, active: bool) -> Changes:
        with self.db.atomic():
            if not active:
                self._keep_an_administrator(name, None, active=False)
            self.db.execute("UPDATE users SET active = ? WHERE name = ?", [int(active), name])
        return changed("users", count=1)

    def verify(self, name: str, password: str) -> tuple[str, Role]:
        """The stored name and role of `name` if `password` is right; LoginFailedError (never saying which) if not."""
        row = self.db.execute("SELECT password_hash, role, active, name FROM users WHERE name = ?",
                              [name.strip()]).fetchone()
        failed = LoginFailedError(_("The user name or the password is wrong, or the account is closed."),
                                  hint=_("Try again; the post's administrator can reset a forgotten password."))
        if row is None:
            _HASHER.hash(password)  # same time whether or not the name exists
            raise failed
        try:
            _HASHER.verify(row[0], password)
        except (VerificationError, InvalidHashError):
            raise failed from None
        if not row[2]:
            raise failed
        return row[3], Role(row[1])

    def _keep_an_administrator(self, name: str, role: Role | None, active: bool) -> None:
        others = self.db.execute("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1 "
                                 "AND name != ?", [name]).fetchone()[0]
        staying = active and role is Role.ADMINISTRATOR
        if not others and not staying:
            raise ValidationError("role", _("A post must keep at least one active administrator."),
                                  hint=_("Make another user administrator first."))

    def guess_words(self, *others: str) -> "list[str]":  # `list` is a method name here
        """The post's name, city and country and `others`: the first guesses at any of its secrets."""
        row = self.db.execute("SELECT name, city, host_country FROM post ORDER BY id LIMIT 1").fetchone()
        return post_words(*(row or ("", "", "")), *others)

    def _check_password(self, password: str, name: str, full_name: str) -> None:
        check_new_password(password, self.guess_words(name, full_name))
