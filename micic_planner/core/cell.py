"""The crisis cell's rules on the wire: what each role may send and receive, and the join code.

The host serves the post to officers' laptops; it is the one place these rules are applied, so a
laptop that was tampered with still cannot write what its role may not, nor read what it may not see.
"""

import secrets
import string

from micic_planner.core.security import PERMISSIONS, Action, Role

# A warden-list viewer calls wardens: these never reach its laptop (issue 19, part 3). The values a
# viewer's copy holds instead are the columns' empty defaults.
RESTRICTED_FIELDS: dict[str, dict[str, object]] = {
    "nationals": {"vulnerabilities": 0, "migration_status": "", "notes": ""},
    "status_events": {"note": ""},
    # Crises (m035): the free-text notes of a crisis and of a movement may name people.
    "crises": {"notes": "", "lessons": ""},
    "movements": {"notes": ""},
}
# Whole tables a viewer's copy is given empty: they hold notes, assistance, cases, calls or the audit
# log's before and after images of people's records.
RESTRICTED_TABLES = (
    "audit_log", "assistance", "documents_issued", "inquiries", "inbox", "outbox", "message_batches",
    "return_cases", "return_members", "return_steps", "referrals", "reintegration_goals", "follow_ups",
    "survey_answers", "return_checklist",
    "disclosures", "disclosure_people", "board_counts", "sign_in_failures", "sessions", "status_notes",
)

# Which permission a change to a synced table needs.
NEEDS: dict[str, Action] = {
    "nationals": Action.EDIT_REGISTRY,
    "status_events": Action.UPDATE_STATUS,
    "zones": Action.EDIT_PLAN,
    "places": Action.EDIT_PLAN,
    "partners": Action.EDIT_PLAN,
    "sync_links": Action.EDIT_REGISTRY,
    # Crises (m035). The crisis itself and its levels are changed at the host (`cell/authority.py`).
    "crises": Action.RUN_CRISIS,
    "crisis_phases": Action.RUN_CRISIS,
    "crisis_log": Action.UPDATE_STATUS,
    "movements": Action.MANAGE_MOVEMENTS,
    "manifest_entries": Action.MANAGE_MOVEMENTS,
    "documents_issued": Action.GIVE_AID,
    "assistance": Action.GIVE_AID,
}

# No 0/O, 1/I/L: read aloud across a crisis room and typed on another laptop.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")
CODE_LENGTH = 8


def new_join_code() -> str:
    """A join code from the OS's cryptographic random source: 8 of 31 symbols, about 40 bits.

    Guessing is also bounded by the sign-in throttle, and a join needs the officer's own password too.
    """
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(code: str) -> str:
    return "".join(c for c in (code or "").upper() if c.isalnum())


def sees_restricted(role: Role) -> bool:
    return Action.VIEW_RESTRICTED in PERMISSIONS.get(role, frozenset())


def refused_change(role: Role, change: list) -> str | None:
    """Why `role` may not make `change` ([site, seq, table, uuid, op, fields, ...]); None when it may."""
    table, op, fields = change[2], change[4], change[5]
    need = NEEDS.get(table)
    allowed = PERMISSIONS.get(role, frozenset())
    if need is None or need not in allowed:
        return f"{table}/{op}"
    if not sees_restricted(role) and set(fields or {}) & set(RESTRICTED_FIELDS.get(table, {})):
        return f"{table}/{op}"
    return None


def hidden_fields(role: Role | None) -> dict[str, tuple[str, ...]]:
    """Per table, the fields `role` never receives, on the wire of the cell and in bundles alike."""
    if role is None or sees_restricted(role):
        return {}
    return {table: tuple(fields) for table, fields in RESTRICTED_FIELDS.items()}


def hidden_tables(role: Role | None) -> tuple[str, ...]:
    """The tables none of whose records `role` receives."""
    return () if role is None or sees_restricted(role) else RESTRICTED_TABLES
