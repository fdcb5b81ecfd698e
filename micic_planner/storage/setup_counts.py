"""How many records a post has in each table a new post fills first (for the Overview's next steps)."""

from micic_planner.core.next_steps import COUNTED_TABLES


def table_counts(db) -> dict[str, int]:
    """Records per table of `COUNTED_TABLES`; the names are fixed here, never taken from input."""
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}
