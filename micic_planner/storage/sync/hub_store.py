"""Headquarters' hub: a post's first bundle out and its set-based consolidation in, and the country picture."""

from pathlib import Path

from micic_planner.core.errors import SyncError
from micic_planner.core.i18n import _
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, any_role, requires
from micic_planner.storage.sync import first_bundle
from micic_planner.storage.sync.changes import seen
from micic_planner.storage.sync.sync_store import SyncStore


def is_first_bundle(path: str | Path) -> bool:
    """True when `path` holds a post's first bundle rather than a change bundle."""
    with Path(path).open("rb") as f:
        return f.read(len(first_bundle.MAGIC)) == first_bundle.MAGIC


class HubStore(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db
        self.sync = SyncStore(store)

    @requires(Action.EXPORT)
    def export_first(self, peer: str, path: str | Path) -> dict:
        """Write this post's first bundle for headquarters: every record it made, set-based."""
        state, site = self.sync._keys(), self.sync._site(peer)
        if state["role"] != "post" or site["role"] != "hq":
            raise SyncError(_("A first bundle goes from a post to headquarters."),
                            hint=_("Use 'sync export' for the other exchanges."))
        result = first_bundle.write(self.db, path, site=state["site"], name=state["name"], key_site=state["site"],
                                    exchange_key=state["exchange_key"], signing_key=state["signing_key"],
                                    seen=seen(self.db))
        with self.db.atomic():
            self.db.execute("UPDATE sync_sites SET last_at = ? WHERE site = ?", [utc_now(), site["site"]])
            self.store.audit.record("sync_export_first", {"site": site["site"], "name": site["name"], **result})
        return {"site": site["site"], **result}

    @requires(Action.IMPORT)
    def consolidate(self, path: str | Path, *, progress=None, cancelled=None) -> dict:
        """Headquarters reads a post's first bundle: set-based the first time, change by change after.

        `progress(done, total)` is told step by step and `cancelled()` asked between steps; a cancel
        rolls the whole consolidation back.
        """
        from micic_planner.storage.sync.consolidate import consolidate

        state, path = self.sync._keys(), Path(path)
        if state["role"] != "hq":
            raise SyncError(_("Only headquarters consolidates a post's first bundle."), where=str(path),
                            hint=_("Import it in headquarters' file."))
        with path.open("rb") as f:
            head, _signed, _end = first_bundle.read_header(f.read(len(first_bundle.MAGIC) + 65538), str(path))
        sender = self.sync._registered_sender(head.get("from"), path)
        if sender["role"] != "post" or not sender["exchange_key"]:
            raise SyncError(_("The first bundle was sealed for another post."), where=str(path))
        roles = {r[0]: r[1] for r in self.db.execute("SELECT site, role FROM sync_sites")}
        roles[state["site"]] = state["role"]
        return consolidate(self.store, path, sender, roles, progress=progress, cancelled=cancelled)

    @requires(Action.VIEW_REGISTRY)  # counts only, but of the whole registry
    def picture(self, today=None):
        """The country picture: totals and accountability by post and zone, returns, gaps, the review queue."""
        from micic_planner.storage.sync.picture_source import country_picture

        return country_picture(self.db, today)

    @requires(Action.VIEW_REGISTRY)
    def picture_source(self):
        """What a worker thread needs to work the picture out on a reading connection of its own (the rights
        are checked here): a million nationals take seconds to group by post, and the window must not wait."""
        from micic_planner.storage.overview_queries import PostReader

        return PostReader.source(self.store) if getattr(self.store, "path", None) else None

    @any_role  # the post's own setting
    def threshold(self) -> int:
        """Below this count an unrestricted output hides a figure (the post's small-count rule)."""
        from micic_planner.core.small_counts import DEFAULT_THRESHOLD

        row = self.db.execute("SELECT small_count_threshold FROM post").fetchone()
        return int(row[0]) if row and row[0] else DEFAULT_THRESHOLD

    @requires(Action.EXPORT)
    def exported(self, kind: str, path: str | Path, rows: int = 0) -> None:
        """One audit entry for a picture printed or exported by a front (the PDF, the HXL figures)."""
        self.store.audit.record(f"hub_{kind}", {"file": Path(path).name, "rows": rows})
