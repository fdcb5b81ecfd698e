"""The post file: SQLite through sqlite-utils. Imports core only."""

# Installs SQLCipher as sqlite-utils' driver before anything imports sqlite-utils (DESIGN.md).
from micic_planner.storage import driver  # noqa: E402,F401
