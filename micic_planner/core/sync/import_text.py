"""What an imported bundle did, in one sentence whose every count reads right for one and for many.

One message holding five counts ("{applied} changes applied, … {review} new conflicts") cannot agree
with each of them in Spanish: it printed "1 conflictos nuevos". Each count is its own counted message.
"""

from micic_planner.core.i18n import _, counted


def import_summary(r: dict) -> str:
    """'From Tegucigalpa: 3 changes read, 3 applied, none already here, …' for the CLI and the window alike."""
    parts = [counted("{count} changes read", "{count} change read", count=r["received"]),
             counted("{count} applied", "{count} applied", count=r["applied"]),
             counted("{count} already here", "{count} already here", count=r["duplicates"]),
             counted("{count} waiting for a record", "{count} waiting for a record", count=r["waiting"]),
             counted("{count} new conflicts to review", "{count} new conflict to review", count=r["review"])]
    return _("From {name}: {counts}.").format(name=r["name"], counts=", ".join(parts))
