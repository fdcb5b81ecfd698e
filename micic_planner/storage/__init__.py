"""The post file: SQLite through sqlite-utils. Imports core only."""
