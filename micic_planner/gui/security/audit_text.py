"""The audit log as a person reads it: action names in their language, local times, changes as "field: value".

The log itself keeps codes, UTC and JSON (storage/audit.py), so an export stays exact; only the window words them.
"""

import json

from PySide6.QtCore import QCoreApplication

from micic_planner.gui.locale_support import fmt_timestamp


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditLog", text)


def action_label(code: str) -> str:
    """The name of an action code ("login_failed" → "Failed sign-in"); an unknown code is shown as it is."""
    labels = {
        "insert": _tr("Added"), "update": _tr("Changed"), "delete": _tr("Deleted"),
        "login": _tr("Signed in"), "login_failed": _tr("Sign-in refused"), "login_locked": _tr("Sign-in locked"),
        "print_restricted": _tr("Printed names (restricted)"), "purge": _tr("Expired records removed"),
        "restore": _tr("Restored from a backup"), "retention_policy": _tr("Retention rule changed"),
        "import": _tr("Nationals imported"), "change_passphrase": _tr("Passphrase changed"),
        "build_demo": _tr("Demonstration post built"), "export_audit": _tr("Audit log exported"),
    }
    return labels.get(code, code)


def _values(text: str | None) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


def _line(values: dict, keys) -> str:
    return "; ".join(f"{k}: {'' if values.get(k) is None else values.get(k)}" if k else str(values.get(k))
                     for k in keys)


def changes(before: str | None, after: str | None, limit: int = 200) -> tuple[str, str]:
    """Before and after as "field: value; …", only the fields that changed when both are there."""
    old, new = _values(before), _values(after)
    keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)] if old and new else None
    return (_line(old, keys or list(old))[:limit] if old else "", _line(new, keys or list(new))[:limit] if new else "")


def row(entry: dict) -> list:
    """One line of the audit table, in the order of `headers()`."""
    before, after = changes(entry["before"], entry["after"])
    return [fmt_timestamp(entry["at"]), entry["user"], action_label(entry["action"]), entry["table_name"],
            entry["record_id"], before, after, entry["detail"]]


def headers() -> list[str]:
    return [_tr("When"), _tr("User"), _tr("Action"), _tr("Table"), _tr("Record no."), _tr("Before"), _tr("After"),
            _tr("Detail")]
