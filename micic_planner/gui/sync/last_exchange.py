"""The Overview's line saying when the post last exchanged with headquarters (hidden when it has none)."""

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication as Q

from micic_planner.storage.sync.sync_store import SyncStore


def last_exchange_text(store, now: datetime | None = None) -> str:
    """'' when no headquarters is registered; else when the last bundle went or came, and how long ago."""
    status = SyncStore(store).status()
    hqs = [s for s in status["sites"] if s["role"] == "hq"]
    if status["role"] == "hq" or not hqs:
        return ""
    at = max((s["last_at"] for s in hqs if s["last_at"]), default=None)
    if at is None:
        return Q.translate("Sync", "No exchange with headquarters yet: Sync ▸ Export for headquarters…")
    when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    days = ((now or datetime.now(UTC)) - when).days
    local = when.astimezone().strftime("%Y-%m-%d %H:%M")
    if days < 1:
        return Q.translate("Sync", "Last exchange with headquarters: {at}, today.").format(at=local)
    return Q.translate("Sync", "Last exchange with headquarters: {at}, {n} days ago.").format(at=local, n=days)


def show_last_exchange(label, store) -> None:
    text = last_exchange_text(store) if store is not None else ""
    label.setText(text)
    label.setVisible(bool(text))
