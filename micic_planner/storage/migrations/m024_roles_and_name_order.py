"""m024: crisis-team and alert-matrix roles stored by code, so a role typed in Spanish matches the matrix;
and an index that keeps the registry in Spanish name order ("Ángel" with the A's, "Ñandú" after "Nora")."""

import unicodedata

from micic_planner.storage.migrations import migrations

# The codes and the labels they had in English and Spanish when this step was written (frozen here: a later
# change of wording in the catalogues must not change what this step did).
LABELS = {
    "Head of post": ("Titular de la representación",),
    "Crisis coordinator": ("Coordinación de crisis",),
    "Consular officer": ("Funcionario consular",),
    "Protection officer": ("Oficial de protección",),
    "Communications officer": ("Oficial de comunicación",),
    "Warden network": ("Red de enlaces",),
    "Logistics officer": ("Oficial de logística",),
    "Liaison officer": ("Oficial de enlace",),
    "Administration officer": ("Oficial administrativo",),
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join((text or "").split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


CODES = {_fold(label): code for code, labels in LABELS.items() for label in (code, *labels)}

# Accented letters folded and "ñ" put after every "n", in C (no Python call per row, any connection can
# write): the same folding as plan_source's restricted annex. storage.nationals sorts by these very
# expressions, which is how SQLite knows to walk this index rather than sort a million rows.
_FOLD = (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ü", "u"), ("Á", "A"), ("É", "E"),
         ("Í", "I"), ("Ó", "O"), ("Ú", "U"), ("Ü", "U"), ("ñ", "n{"), ("Ñ", "N{"))


def name_key_sql(column: str) -> str:
    expr = column
    for accented, plain in _FOLD:
        expr = f"replace({expr}, '{accented}', '{plain}')"
    return f"upper({expr})"


NAME_ORDER = (name_key_sql("family_names"), name_key_sql("given_names"), "id")


@migrations()
def m024_roles_and_name_order(db):
    # A role matching no label stays as typed: the post's own role ("other"), shown as written.
    for table in ("team", "alert_actions"):
        changed = [(CODES[_fold(role)], row_id) for row_id, role in db.execute(f"SELECT id, role FROM {table}")
                   if _fold(role) in CODES and CODES[_fold(role)] != role]
        db.conn.executemany(f"UPDATE {table} SET role = ? WHERE id = ?", changed)
    db.execute(f"CREATE INDEX idx_nationals_spanish_name ON nationals({', '.join(NAME_ORDER)})")
    # The byte-order name index served only the name order this one replaces: one index less to build
    # after a bulk load of a million rows.
    db.execute("DROP INDEX IF EXISTS idx_nationals_name")
