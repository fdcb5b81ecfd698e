"""Repeated failed sign-ins slow down: after a few failures a user name waits longer before each new try.

The count lives in the post file (m013), so quitting and restarting the program does not reset
it, and guessing through a script meets the same wait as guessing at the window. Every failure
and every refused try is in the audit log. The clock is a module attribute so tests move time
instead of sleeping.
"""

import time
from dataclasses import dataclass

from micic_planner.core.errors import LoginFailedError
from micic_planner.core.i18n import _

FREE_FAILURES = 3  # typing slips; the wait starts after these
FIRST_WAIT = 30.0  # seconds after the 4th failure, doubled after each further one
MAX_WAIT = 30 * 60.0
clock = time.time


@dataclass(frozen=True)
class Failures:
    count: int
    last_at: float

    def wait(self) -> float:
        """Seconds a try must wait after the last failure."""
        if self.count <= FREE_FAILURES:
            return 0.0
        return min(MAX_WAIT, FIRST_WAIT * 2 ** (self.count - FREE_FAILURES - 1))

    def remaining(self, now: float) -> float:
        return max(0.0, self.last_at + self.wait() - now)


class SignInThrottle:
    def __init__(self, db, audit, writable: bool = True):
        self.db = db
        self.audit = audit
        # A read-only post still makes a locked-out user wait, but cannot count or log anything new.
        self.writable = writable

    @staticmethod
    def _key(user: str) -> str:
        return (user or "").strip().lower()

    def failures(self, user: str) -> Failures:
        row = self.db.execute("SELECT failures, last_failure_at FROM sign_in_failures WHERE user_key = ?",
                              [self._key(user)]).fetchone()
        return Failures(*row) if row else Failures(0, 0.0)

    def check(self, user: str) -> None:
        """LoginFailedError (logged) if `user` must still wait after earlier failures; the password is not tried."""
        failures = self.failures(user)
        remaining = failures.remaining(clock())
        if remaining > 0 and self.writable:
            self.audit.record("login_locked", {"user": user, "failures": failures.count,
                                               "wait_seconds": round(remaining)})
        if remaining > 0:
            raise LoginFailedError(
                _("Too many failed sign-ins for {user}: wait {seconds} seconds before trying again.").format(
                    user=user, seconds=int(remaining + 0.999)),
                hint=_("Each further failure doubles the wait; the post's administrator can reset a forgotten "
                       "password."))

    def failed(self, user: str) -> Failures:
        """Count a failure and log it, with the wait that now applies, in one transaction."""
        if not self.writable:
            return self.failures(user)
        now = clock()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO sign_in_failures (user_key, failures, last_failure_at) VALUES (?, 1, ?) "
                "ON CONFLICT (user_key) DO UPDATE SET failures = failures + 1, "
                "last_failure_at = excluded.last_failure_at",
                [self._key(user), now])
            failures = self.failures(user)
            detail = {"user": user, "failures": failures.count}
            if failures.wait():
                detail["wait_seconds"] = round(failures.wait())
            self.audit.record("login_failed", detail)
        return failures

    def succeeded(self, user: str) -> None:
        if self.writable:
            self.db.execute("DELETE FROM sign_in_failures WHERE user_key = ?", [self._key(user)])
