"""m042: the registry's Spanish name order kept in one key, the two names joined, instead of one key each.

m024's index folded each name with 14 nested `replace` calls: 28 per row, most of the time of building
it (4.9 s of the 1,000,000-national first consolidation at headquarters; joined, 2.6 s), and paid again
by every registration. The names are joined with char(1), which sorts below every character a name
holds, so "PEREZ" + "ANA" still comes before "PEREZA" + "ANA": the same order as the two keys.
"""

from micic_planner.storage.migrations import migrations
from micic_planner.storage.migrations.m024_roles_and_name_order import name_key_sql


def name_order(table: str = "") -> tuple[str, str]:
    """The SQL keys of the Spanish name order; storage sorts by these very expressions, so SQLite walks
    the index instead of sorting (with `table` as the prefix of a query that names it, as "n.")."""
    return (name_key_sql(f"{table}family_names || char(1) || {table}given_names"), f"{table}id")


@migrations()
def m042_name_key(db):
    db.execute("DROP INDEX IF EXISTS idx_nationals_spanish_name")
    db.execute(f"CREATE INDEX idx_nationals_spanish_name ON nationals({', '.join(name_order())})")
