"""The same person registered at two sites: a link event (PFIF's way), the two records left as they are."""

import hashlib


def link_arrivals(db, uuids: list[str]) -> None:
    """Link each national of `uuids` (just arrived) to another site's record of its passport, or name and birth."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_arrived (uuid TEXT PRIMARY KEY)")
    db.execute("DELETE FROM temp.sync_arrived")
    db.conn.executemany("INSERT OR IGNORE INTO temp.sync_arrived VALUES (?)", ((u,) for u in uuids))
    # Two lookups, each answered by its index (passport; birth date and names), not one OR over the registry.
    rows = db.execute("""SELECT one, other, max(by_passport) FROM (
        SELECT n1.uuid AS one, n2.uuid AS other, 1 AS by_passport FROM temp.sync_arrived w
        JOIN nationals n1 ON n1.uuid = w.uuid JOIN nationals n2 ON n2.passport_no = n1.passport_no
        WHERE n1.passport_no != '' AND n2.id != n1.id
        UNION ALL
        SELECT n1.uuid, n2.uuid, 0 FROM temp.sync_arrived w
        JOIN nationals n1 ON n1.uuid = w.uuid JOIN nationals n2 ON n2.birth_date = n1.birth_date
        AND n2.family_names = n1.family_names AND n2.given_names = n1.given_names
        WHERE n1.birth_date IS NOT NULL AND n2.id != n1.id)
        JOIN sync_record r1 ON r1.tbl = 'nationals' AND r1.uuid = one
        JOIN sync_record r2 ON r2.tbl = 'nationals' AND r2.uuid = other AND r2.site != r1.site
        GROUP BY one, other""").fetchall()
    db.execute("DELETE FROM temp.sync_arrived")
    for one, other, by_passport in rows:
        a, b = sorted((one, other))
        link = hashlib.sha256(f"{a}|{b}".encode()).hexdigest()[:32]
        if db.execute("SELECT 1 FROM sync_record WHERE tbl = 'sync_links' AND uuid = ?", [link]).fetchone():
            continue
        # Logged as this site's own change, so the sites that could not see both records learn of it.
        db.execute("UPDATE sync_state SET capture = 1")
        db.execute("INSERT INTO sync_links (uuid, a_uuid, b_uuid, reason) VALUES (?, ?, ?, ?)",
                   [link, a, b, "passport" if by_passport else "name_birth"])
        db.execute("UPDATE sync_state SET capture = 0")
