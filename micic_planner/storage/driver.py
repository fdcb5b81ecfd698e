"""The one SQLite driver of the post file: SQLCipher, seen by sqlite-utils as `pysqlite3`.

sqlite-utils chooses its driver when it is first imported, trying `pysqlite3` before the
standard `sqlite3`. Unless `pysqlite3` points at sqlcipher3 by then, sqlite-utils catches the
standard module's exceptions and misses sqlcipher's (DESIGN.md). `storage/__init__.py` imports
this module first, so every path into the storage layer installs the alias before sqlite-utils.
"""

import math
import sys

import sqlcipher3
import sqlcipher3.dbapi2 as sqlite3

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlite3)

# The sqlcipher3 wheels are built without SQLite's math functions; SQL written against the
# standard module may use them, so each connection gets the same names from Python.
MATH_FUNCTIONS = {
    "sin": (1, math.sin), "cos": (1, math.cos), "tan": (1, math.tan), "asin": (1, math.asin),
    "acos": (1, math.acos), "atan": (1, math.atan), "atan2": (2, math.atan2), "sqrt": (1, math.sqrt),
    "radians": (1, math.radians), "degrees": (1, math.degrees), "exp": (1, math.exp), "ln": (1, math.log),
    "log10": (1, math.log10), "pow": (2, math.pow), "power": (2, math.pow), "floor": (1, math.floor),
    "ceil": (1, math.ceil), "pi": (0, lambda: math.pi),
}


def _safe(function):
    def call(*args):
        if any(a is None for a in args):
            return None
        try:
            return function(*args)
        except (ValueError, OverflowError):
            return None
    return call


def add_functions(conn) -> None:
    """Give a connection the math functions the standard SQLite build has."""
    for name, (arity, function) in MATH_FUNCTIONS.items():
        conn.create_function(name, arity, _safe(function), deterministic=True)


def driver_is_shared() -> bool:
    """True when sqlite-utils uses this driver, so it recognises its exceptions."""
    import sqlite_utils.utils

    return sqlite_utils.utils.sqlite3 is sqlcipher3
