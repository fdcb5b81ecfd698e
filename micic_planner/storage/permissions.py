"""One check under every store: each public method says what the signed-in role needs, and is refused before it runs.

A store method is marked with one of three decorators, and `tests/security/test_role_matrix.py` fails
for any public method of a store that has none, so a new method cannot forget its check:

- `@requires(Action.X, ...)`: the session must hold every action, checked before the body runs;
- `@checks_inside(Action.X, ...)`: what is needed depends on the arguments, and the body checks it
  (say which actions it may ask for, so the declaration stays readable);
- `@any_role`: reads nothing personal (the post's name, an id, the open crisis's number).
"""

import functools

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action, Session

# The attribute that holds a method's declaration; the role matrix test reads it.
DECLARED = "required_actions"


def session_of(obj) -> Session:
    """The session a store acts for: its own `session`, a callable giving it, or its post store's."""
    session = getattr(obj, "session", None)
    if callable(session) and not isinstance(session, Session):
        session = session()
    if not isinstance(session, Session):
        # A store over an object with no signed-in user is refused rather than trusted.
        raise PermissionDeniedError(_("This operation needs a signed-in user."),
                                    hint=_("Open the post with your user name, then try again."))
    return session


def requires(*actions: Action):
    """Refuse the call unless the signed-in role may do every one of `actions`."""
    def mark(method):
        @functools.wraps(method)
        def checked(self, *args, **kwargs):
            session = session_of(self)
            for action in actions:
                session.require(action)
            return method(self, *args, **kwargs)

        setattr(checked, DECLARED, actions)
        return checked

    return mark


def checks_inside(*actions: Action):
    """Declare a method that checks `actions` itself, because which applies depends on its arguments."""
    def mark(method):
        setattr(method, DECLARED, actions)
        return method

    return mark


def any_role(method):
    """Declare a read that shows nothing personal, open to every role."""
    setattr(method, DECLARED, ())
    return method


class Guarded:
    """A store over a `PostStore`: `session` is whoever is signed in on it now."""

    store: object

    @property
    def session(self) -> Session:
        return session_of(self.store)
