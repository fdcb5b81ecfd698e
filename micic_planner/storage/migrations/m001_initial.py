"""m001: the registry, places, routes, partners, team, alert matrix, templates, status history."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
# Every record has an integer key for joins and a stable text id for exchange.
IDS = f"""id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT {NOW},
    updated_at TEXT NOT NULL DEFAULT {NOW}"""

STATEMENTS = [
    f"""CREATE TABLE post (
    {IDS},
    name TEXT NOT NULL, host_country TEXT NOT NULL, city TEXT NOT NULL DEFAULT '',
    lat REAL, lon REAL, sending_country TEXT NOT NULL DEFAULT '',
    jurisdiction TEXT NOT NULL DEFAULT '[]', address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    plan_version TEXT NOT NULL DEFAULT '1.0', plan_date TEXT, next_review TEXT,
    distribution TEXT NOT NULL DEFAULT '', sensitivity TEXT NOT NULL DEFAULT 'RESTRICTED',
    is_training INTEGER NOT NULL DEFAULT 0, retention_months INTEGER NOT NULL DEFAULT 60,
    assembly_radius_km REAL NOT NULL DEFAULT 25)""",
    f"""CREATE TABLE zones (
    {IDS},
    name TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
    polygon TEXT NOT NULL DEFAULT '[]', places TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE places (
    {IDS},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('assembly_point','shelter','safe_haven','border_crossing','airport','port')),
    lat REAL NOT NULL, lon REAL NOT NULL, capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    address TEXT NOT NULL DEFAULT '', facilities TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '',
    zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE nationals (
    {IDS},
    given_names TEXT NOT NULL, family_names TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F','M','X','U')),
    birth_date TEXT, passport_no TEXT NOT NULL DEFAULT '', passport_expiry TEXT,
    consular_id TEXT NOT NULL DEFAULT '', consular_id_expiry TEXT,
    phone TEXT NOT NULL DEFAULT '', phone2 TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
    zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    household TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '', emergency_phone TEXT NOT NULL DEFAULT '',
    vulnerabilities INTEGER NOT NULL DEFAULT 0, migration_status TEXT NOT NULL DEFAULT '',
    consent_share INTEGER NOT NULL DEFAULT 0, record_expiry TEXT,
    status TEXT NOT NULL DEFAULT 'not_contacted' CHECK (status IN ('not_contacted','safe','needs_help',
        'injured','missing','deceased','evacuated','repatriated','not_in_area')),
    assembly_point_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_nationals_zone ON nationals(zone_id)",
    "CREATE INDEX idx_nationals_household ON nationals(household)",
    "CREATE INDEX idx_nationals_status ON nationals(status)",
    "CREATE INDEX idx_nationals_passport ON nationals(passport_no)",
    "CREATE INDEX idx_nationals_consular_id ON nationals(consular_id)",
    "CREATE INDEX idx_nationals_assembly_point ON nationals(assembly_point_id)",
    "CREATE INDEX idx_nationals_name ON nationals(family_names, given_names, id)",
    # remove_diacritics 2 folds "Núñez" to "nunez"; the prefix index answers search-as-you-type.
    """CREATE VIRTUAL TABLE nationals_fts USING fts5(
    family_names, given_names, passport_no, content='nationals', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE TRIGGER nationals_fts_ai AFTER INSERT ON nationals BEGIN
    INSERT INTO nationals_fts(rowid, family_names, given_names, passport_no)
    VALUES (new.id, new.family_names, new.given_names, new.passport_no); END""",
    """CREATE TRIGGER nationals_fts_ad AFTER DELETE ON nationals BEGIN
    INSERT INTO nationals_fts(nationals_fts, rowid, family_names, given_names, passport_no)
    VALUES ('delete', old.id, old.family_names, old.given_names, old.passport_no); END""",
    """CREATE TRIGGER nationals_fts_au AFTER UPDATE OF family_names, given_names, passport_no ON nationals
    BEGIN
    INSERT INTO nationals_fts(nationals_fts, rowid, family_names, given_names, passport_no)
    VALUES ('delete', old.id, old.family_names, old.given_names, old.passport_no);
    INSERT INTO nationals_fts(rowid, family_names, given_names, passport_no)
    VALUES (new.id, new.family_names, new.given_names, new.passport_no); END""",
    f"""CREATE TABLE status_events (
    id INTEGER PRIMARY KEY,
    national_id INTEGER NOT NULL REFERENCES nationals(id) ON DELETE CASCADE,
    status TEXT NOT NULL, previous TEXT, at TEXT NOT NULL DEFAULT {NOW},
    by_user TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    crisis_id INTEGER)""",
    "CREATE INDEX idx_status_events_national ON status_events(national_id, at)",
    f"""CREATE TABLE wardens (
    {IDS},
    name TEXT NOT NULL, zone_id INTEGER REFERENCES zones(id) ON DELETE SET NULL,
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', radio TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '', is_alternate INTEGER NOT NULL DEFAULT 0,
    national_id INTEGER REFERENCES nationals(id) ON DELETE SET NULL)""",
    "CREATE INDEX idx_wardens_zone ON wardens(zone_id)",
    f"""CREATE TABLE routes (
    {IDS},
    name TEXT NOT NULL,
    origin_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    destination_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    mode TEXT NOT NULL DEFAULT 'road' CHECK (mode IN ('road','air','sea')),
    waypoints TEXT NOT NULL DEFAULT '[]', speed_kmh REAL NOT NULL DEFAULT 50 CHECK (speed_kmh > 0),
    capacity_per_trip INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed','unknown')),
    alternate_of INTEGER REFERENCES routes(id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE partners (
    {IDS},
    name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'other', contact_person TEXT NOT NULL DEFAULT '',
    phone_24h TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    radio TEXT NOT NULL DEFAULT '', services TEXT NOT NULL DEFAULT '', agreement TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE team (
    {IDS},
    role TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    alternate_name TEXT NOT NULL DEFAULT '', alternate_phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE hazards (
    {IDS},
    hazard TEXT NOT NULL, likelihood TEXT NOT NULL DEFAULT 'medium', impact TEXT NOT NULL DEFAULT 'medium',
    season TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE alert_actions (
    {IDS},
    phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
    kind TEXT NOT NULL CHECK (kind IN ('trigger','action')),
    text_es TEXT NOT NULL, text_en TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
    hazard TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE message_templates (
    {IDS},
    phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4), hazard TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL, text TEXT NOT NULL)""",
]


@migrations()
def m001_initial(db):
    for statement in STATEMENTS:
        db.execute(statement)
