"""The counts behind headquarters' country picture, read in a few grouped queries (no names, no records)."""

from collections import Counter
from datetime import date

from micic_planner.core.name_order import natural_key
from micic_planner.core.sync.picture import CountryPicture, PostFigures, ZoneFigures, post_gaps
from micic_planner.core.sync.registry import BY_NAME


def country_picture(db, today: date | None = None) -> CountryPicture:
    today = today or date.today()
    me = db.execute("SELECT site, name, role FROM sync_state").fetchone()
    posts: dict[str, PostFigures] = {me[0]: PostFigures(me[0], me[1] or me[0], me[2])}
    for site, name, role, last_at in sorted(db.execute("SELECT site, name, role, last_at FROM sync_sites "
                                                       "WHERE role = 'post'"), key=lambda r: natural_key(r[1] or r[0])):
        posts[site] = PostFigures(site, name or site, role, last_at)
    zones = {zid: name for zid, name in db.execute("SELECT id, name FROM zones")}
    by_zone: dict[tuple[str, int | None], ZoneFigures] = {}
    # Each national counts at the post that registered it; the zone is the one it lives in.
    for site, zone_id, status, n in db.execute(
            "SELECT coalesce(r.site, ''), n.zone_id, n.status, count(*) FROM nationals n "
            "LEFT JOIN sync_record r ON r.tbl = 'nationals' AND r.uuid = n.uuid GROUP BY 1, 2, 3"):
        post = posts.get(site) or posts[me[0]]
        key = (post.site, zone_id)
        if key not in by_zone:
            by_zone[key] = ZoneFigures(zones.get(zone_id, ""))
            post.zones.append(by_zone[key])
        by_zone[key].statuses[status] += n
    for site, n in db.execute("SELECT r.site, count(*) FROM sync_review q JOIN sync_record r "
                              "ON r.tbl = q.tbl AND r.uuid = q.uuid GROUP BY r.site"):
        if site in posts:
            posts[site].conflicts = n
    for site, n in db.execute("SELECT site, count(*) FROM sync_pending GROUP BY site"):
        if site in posts:
            posts[site].waiting = n
    # Each warden counts at the post that made it, in its zone (alternates only in the post's total); one
    # headquarters made counts at the post whose zone it watches, where it is sent.
    for site, zone_id, main, n in db.execute(
            "SELECT coalesce(CASE WHEN r.site IN (SELECT site FROM sync_sites WHERE role = 'post') THEN r.site END, "
            "zr.site, r.site, ''), w.zone_id, NOT w.is_alternate, count(*) FROM wardens w "
            "LEFT JOIN sync_record r ON r.tbl = 'wardens' AND r.uuid = w.uuid LEFT JOIN zones z ON z.id = w.zone_id "
            "LEFT JOIN sync_record zr ON zr.tbl = 'zones' AND zr.uuid = z.uuid GROUP BY 1, 2, 3"):
        post = posts.get(site) or posts[me[0]]
        post.wardens += n
        if main and (post.site, zone_id) in by_zone:
            by_zone[(post.site, zone_id)].wardens += n
    crisis_open = db.execute("SELECT 1 FROM nationals WHERE status != 'not_contacted' LIMIT 1").fetchone() is not None
    for post in posts.values():
        post.zones.sort(key=lambda z: (not z.name, natural_key(z.name)))
        post.gaps = post_gaps(post, today, crisis_open)
    # Each case counts at the post that opened it (headquarters holds every post's since m040).
    returns = Counter()
    for site, state, n in db.execute(
            "SELECT coalesce(r.site, ''), c.state, count(*) FROM return_cases c LEFT JOIN sync_record r "
            "ON r.tbl = 'return_cases' AND r.uuid = c.uuid GROUP BY 1, 2"):
        (posts.get(site) or posts[me[0]]).returns[state] += n
        returns[state] += n
    review = db.execute("SELECT count(*) FROM sync_review").fetchone()[0]
    shown = [p for p in posts.values() if p.role == "post" or p.total or p.returns]  # its own cases too
    return CountryPicture(me[1] or me[0], shown, review, returns, "return_cases" in BY_NAME, today)


def zone_posts(db) -> dict[int, str]:
    """At headquarters, which holds every post's zones, the name of the post each zone belongs to (the post
    that made it): two posts may each have a "Centro". Empty at a post, whose zones are its own."""
    role = db.execute("SELECT role FROM sync_state").fetchone()
    if role is None or role[0] != "hq":
        return {}
    return dict(db.execute(
        "SELECT z.id, coalesce(nullif(s.name, ''), s.site) FROM zones z JOIN sync_record r ON r.tbl = 'zones' "
        "AND r.uuid = z.uuid JOIN sync_sites s ON s.site = r.site AND s.role = 'post'").fetchall())
