"""Counts per zone from other organisations' datasets, kept beside the post's own figures for planning."""

from micic_planner.core.changes import Changes, changed
from micic_planner.core.external_figures import ZoneFigures
from micic_planner.core.security import Action
from micic_planner.storage.mapping import utc_now
from micic_planner.storage.permissions import Guarded, requires


class ExternalFigures(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.EDIT_PLAN)
    def save(self, figures: ZoneFigures, source: str) -> Changes:
        """Keep every zone's counts, replacing the same figure from an earlier import, in one transaction."""
        now = utc_now()
        with self.db.atomic():
            for zone_id, counts in figures.by_zone.items():
                for figure, value in counts.items():
                    self.db.execute(
                        "INSERT INTO external_figures (zone_id, figure, value, source, imported_at) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (zone_id, figure) DO UPDATE SET value = excluded.value, "
                        "source = excluded.source, imported_at = excluded.imported_at",
                        [zone_id, figure, value, source, now])
        return changed("external_figures", count=sum(len(c) for c in figures.by_zone.values()))

    @requires(Action.VIEW_REGISTRY)
    def rows(self) -> list[dict]:
        """Every kept count with its zone's name, by zone then figure."""
        cursor = self.db.execute(
            "SELECT f.zone_id, z.name AS zone, f.figure, f.value, f.source, f.imported_at FROM external_figures f "
            "JOIN zones z ON z.id = f.zone_id ORDER BY z.name, f.figure")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
