"""m024: crisis-team and alert-matrix roles stored by code, so a role typed in Spanish matches the matrix."""

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


@migrations()
def m024_team_role_codes(db):
    # A role matching no label stays as typed: the post's own role ("other"), shown as written.
    for table in ("team", "alert_actions"):
        changed = [(CODES[_fold(role)], row_id) for row_id, role in db.execute(f"SELECT id, role FROM {table}")
                   if _fold(role) in CODES and CODES[_fold(role)] != role]
        db.conn.executemany(f"UPDATE {table} SET role = ? WHERE id = ?", changed)
