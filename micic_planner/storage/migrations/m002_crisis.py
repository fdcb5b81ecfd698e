"""m002: crises, alert level changes, the action checklist, movements and manifests, documents,
assistance and the crisis timeline."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
IDS = f"""id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT {NOW},
    updated_at TEXT NOT NULL DEFAULT {NOW}"""

BOARD_REBUILD = ("INSERT INTO board_counts SELECT coalesce(zone_id, 0), vulnerabilities, status, count(*) "
                 "FROM nationals GROUP BY zone_id, status, vulnerabilities")

STATEMENTS = [
    f"""CREATE TABLE crises (
    {IDS},
    title TEXT NOT NULL, hazard TEXT NOT NULL, started_at TEXT NOT NULL,
    zones TEXT NOT NULL DEFAULT '[]', phase INTEGER NOT NULL DEFAULT 1 CHECK (phase BETWEEN 1 AND 4),
    closed_at TEXT, opened_by TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')""",
    # A constant key over the open rows only: a second open crisis breaks uniqueness.
    "CREATE UNIQUE INDEX idx_crises_one_open ON crises((0)) WHERE closed_at IS NULL",
    f"""CREATE TABLE crisis_phases (
    id INTEGER PRIMARY KEY,
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4), previous INTEGER,
    at TEXT NOT NULL DEFAULT {NOW}, by_user TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_crisis_phases_crisis ON crisis_phases(crisis_id, at)",
    """CREATE TABLE crisis_actions (
    id INTEGER PRIMARY KEY,
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    alert_action_id INTEGER REFERENCES alert_actions(id) ON DELETE SET NULL,
    phase INTEGER NOT NULL, text_es TEXT NOT NULL, text_en TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0, done_at TEXT, done_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_crisis_actions_crisis ON crisis_actions(crisis_id, phase, position)",
    f"""CREATE TABLE movements (
    {IDS},
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    name TEXT NOT NULL, mode TEXT NOT NULL DEFAULT 'bus' CHECK (mode IN ('bus','flight','boat')),
    seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
    origin_id INTEGER REFERENCES places(id) ON DELETE SET NULL, destination TEXT NOT NULL DEFAULT '',
    route_id INTEGER REFERENCES routes(id) ON DELETE SET NULL, departs_at TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '', repatriation INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_movements_crisis ON movements(crisis_id)",
    """CREATE TABLE manifest_entries (
    id INTEGER PRIMARY KEY,
    movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
    national_id INTEGER NOT NULL REFERENCES nationals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, boarded_at TEXT, arrived_at TEXT,
    UNIQUE (movement_id, national_id))""",
    "CREATE INDEX idx_manifest_entries_national ON manifest_entries(national_id)",
    f"""CREATE TABLE documents_issued (
    {IDS},
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    national_id INTEGER NOT NULL REFERENCES nationals(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('safe_conduct','laissez_passer')),
    number TEXT NOT NULL UNIQUE, issued_on TEXT NOT NULL, by_user TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_documents_issued_crisis ON documents_issued(crisis_id)",
    f"""CREATE TABLE assistance (
    {IDS},
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    national_id INTEGER NOT NULL REFERENCES nationals(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('shelter','food','medical','cash','transport','psychosocial')),
    given_on TEXT NOT NULL, partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    by_user TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_assistance_crisis ON assistance(crisis_id)",
    f"""CREATE TABLE crisis_log (
    id INTEGER PRIMARY KEY,
    crisis_id INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    at TEXT NOT NULL DEFAULT {NOW}, by_user TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
    phase INTEGER NOT NULL DEFAULT 0, template TEXT NOT NULL, params TEXT NOT NULL DEFAULT '[]',
    count INTEGER NOT NULL DEFAULT 0, ref_id INTEGER)""",
    "CREATE INDEX idx_crisis_log_crisis ON crisis_log(crisis_id, at)",
    "CREATE INDEX idx_status_events_crisis ON status_events(crisis_id, at)",
    # The accountability board groups a million rows by these three columns: read from the index alone.
    "CREATE INDEX idx_nationals_board ON nationals(zone_id, status, vulnerabilities)",
    # The board itself, kept current by triggers so a refresh reads a few hundred rows, not a million.
    # zone_key 0 is "no zone" (a NULL would never match in the primary key).
    """CREATE TABLE board_counts (
    zone_key INTEGER NOT NULL, vulnerabilities INTEGER NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (zone_key, vulnerabilities, status)) WITHOUT ROWID""",
    """CREATE TRIGGER board_counts_ai AFTER INSERT ON nationals BEGIN
    INSERT INTO board_counts VALUES (coalesce(new.zone_id, 0), new.vulnerabilities, new.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1; END""",
    """CREATE TRIGGER board_counts_ad AFTER DELETE ON nationals BEGIN
    UPDATE board_counts SET n = n - 1 WHERE zone_key = coalesce(old.zone_id, 0)
    AND vulnerabilities = old.vulnerabilities AND status = old.status; END""",
    """CREATE TRIGGER board_counts_au AFTER UPDATE OF zone_id, status, vulnerabilities ON nationals
    WHEN old.zone_id IS NOT new.zone_id OR old.status != new.status OR old.vulnerabilities != new.vulnerabilities
    BEGIN
    UPDATE board_counts SET n = n - 1 WHERE zone_key = coalesce(old.zone_id, 0)
    AND vulnerabilities = old.vulnerabilities AND status = old.status;
    INSERT INTO board_counts VALUES (coalesce(new.zone_id, 0), new.vulnerabilities, new.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1; END""",
    BOARD_REBUILD,
]


@migrations()
def m002_crisis(db):
    for statement in STATEMENTS:
        db.execute(statement)
