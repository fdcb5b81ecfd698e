"""What an imported bundle did and what a site's log holds, in sentences whose every count reads right for
one and for many.

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


def status_counts(s: dict) -> str:
    """'12 changes in the log (3 made here), 1 waiting, 0 to review, 2 links between records.'"""
    made = counted("{count} made here", "{count} made here", count=s["own_changes"])
    parts = [counted("{count} changes in the log", "{count} change in the log", count=s["changes"]) + f" ({made})",
             counted("{count} waiting", "{count} waiting", count=s["waiting"]),
             counted("{count} to review", "{count} to review", count=s["review"]),
             counted("{count} links between records", "{count} link between records", count=s["links"])]
    return ", ".join(parts) + "."
