"""The message and hotline stores declare their permissions, and a warden-list viewer takes calls but sends nothing."""

import importlib
import inspect
import pkgutil

import micic_planner.storage.messaging as messaging_package
from micic_planner.core.security import Action, Role, can
from micic_planner.storage.permissions import DECLARED, Guarded


def _classes():
    for info in pkgutil.iter_modules(messaging_package.__path__):
        module = importlib.import_module(f"micic_planner.storage.messaging.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and "__init__" in cls.__dict__ and \
                    "store" in inspect.signature(cls.__init__).parameters:
                yield cls


def test_every_message_store_is_guarded_and_every_public_method_declares_its_permission():
    classes = list(_classes())
    assert {c.__name__ for c in classes} == {"OutboxStore", "InboxStore", "HotlineStore"}
    missing = [f"{c.__name__}.{n}" for c in classes for n, attr in inspect.getmembers(c)
               if not n.startswith("_") and callable(attr) and not isinstance(inspect.getattr_static(c, n), property)
               and not hasattr(attr, DECLARED)]
    assert all(issubclass(c, Guarded) for c in classes) and missing == []


def test_a_warden_list_viewer_may_take_calls_but_not_send_batches():
    assert can(Role.VIEWER, Action.TAKE_CALLS) and not can(Role.VIEWER, Action.SEND_MESSAGES)
    assert all(can(r, Action.SEND_MESSAGES) for r in (Role.ADMINISTRATOR, Role.OFFICER, Role.TRAINEE))
