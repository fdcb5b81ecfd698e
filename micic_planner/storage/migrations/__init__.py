"""The post file's schema, one step per module; a released step is never edited.

Steps register on `migrations` in import order, which is the order they apply.
"""

from sqlite_utils import Migrations

migrations = Migrations("micic_planner")

from micic_planner.storage.migrations import m001_initial  # noqa: E402,F401
