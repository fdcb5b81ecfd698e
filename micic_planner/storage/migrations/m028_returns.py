"""m028: return cases, the people in them and their timeline; the reception officer's role (issue 16)."""

from micic_planner.storage.migrations import migrations

NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

STATES = "('requested','assessed','approved','declined','documents_ready','travel_arranged','departed'," \
         "'received','in_reintegration','closed','withdrawn')"

STATEMENTS = [
    f"""CREATE TABLE return_cases (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT {NOW}, updated_at TEXT NOT NULL DEFAULT {NOW},
    number TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'requested' CHECK (state IN {STATES}),
    requested_on TEXT NOT NULL, requested_by TEXT NOT NULL DEFAULT '', household TEXT NOT NULL DEFAULT '',
    profile INTEGER NOT NULL DEFAULT 0, assessment TEXT NOT NULL DEFAULT '', programme TEXT NOT NULL DEFAULT '',
    receiving_office TEXT NOT NULL DEFAULT '', return_country TEXT NOT NULL DEFAULT '',
    return_municipality TEXT NOT NULL DEFAULT '',
    movement_id INTEGER REFERENCES movements(id) ON DELETE SET NULL,
    travel_mode TEXT NOT NULL DEFAULT '', travel_date TEXT, needs_on_arrival TEXT NOT NULL DEFAULT '',
    decline_reason TEXT NOT NULL DEFAULT '',
    protection_referral_to TEXT NOT NULL DEFAULT '', protection_referral_on TEXT,
    protection_referral_closed_on TEXT, protection_referral_outcome TEXT NOT NULL DEFAULT '',
    best_interests_on TEXT, best_interests_by TEXT NOT NULL DEFAULT '',
    child_authority_host TEXT NOT NULL DEFAULT '', child_authority_home TEXT NOT NULL DEFAULT '',
    family_traced_on TEXT, split_decision TEXT NOT NULL DEFAULT '',
    declaration_signed_on TEXT, declaration_lang TEXT NOT NULL DEFAULT '',
    consent_handover INTEGER NOT NULL DEFAULT 0, consent_on TEXT, origin TEXT NOT NULL DEFAULT '',
    crisis_id INTEGER REFERENCES crises(id) ON DELETE SET NULL,
    -- When the case reached its state and when it left (departed): the list and the report read these
    -- columns rather than the timeline.
    state_at TEXT NOT NULL DEFAULT {NOW}, departed_on TEXT)""",
    "CREATE INDEX idx_return_cases_state ON return_cases(state, requested_on)",
    "CREATE INDEX idx_return_cases_programme ON return_cases(programme)",
    "CREATE INDEX idx_return_cases_requested ON return_cases(requested_on)",
    """CREATE TABLE return_members (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
    national_id INTEGER NOT NULL REFERENCES nationals(id) ON DELETE CASCADE,
    principal INTEGER NOT NULL DEFAULT 0, etd_number TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, national_id))""",
    "CREATE INDEX idx_return_members_national ON return_members(national_id)",
    f"""CREATE TABLE return_steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN {STATES}), at TEXT NOT NULL DEFAULT {NOW},
    by_user TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_return_steps_case ON return_steps(case_id, at)",
    # Reintegration at home: the plan's goals, referrals to services, follow-up visits.
    """CREATE TABLE reintegration_goals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
    dimension TEXT NOT NULL CHECK (dimension IN ('economic','social','psychosocial')),
    goal TEXT NOT NULL, agreed_on TEXT NOT NULL)""",
    "CREATE INDEX idx_reintegration_goals_case ON reintegration_goals(case_id)",
    """CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
    service TEXT NOT NULL, dimension TEXT NOT NULL CHECK (dimension IN ('economic','social','psychosocial')),
    sent_on TEXT NOT NULL, consent INTEGER NOT NULL CHECK (consent = 1), shared TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent','accepted','delivered','declined')),
    outcome TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_referrals_case ON referrals(case_id)",
    """CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES return_cases(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL, done_on TEXT, notes TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX idx_follow_ups_case ON follow_ups(case_id, due_on)",
    # The directory of programmes that pay for return and of services at home (issue 16.4).
    """CREATE TABLE return_programmes (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, run_by TEXT NOT NULL DEFAULT '',
    pays_for TEXT NOT NULL DEFAULT '', target INTEGER NOT NULL DEFAULT 0, countries TEXT NOT NULL DEFAULT '[]',
    eligibility TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '', valid_from TEXT, valid_until TEXT)""",
    """CREATE TABLE return_services (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    municipality TEXT NOT NULL DEFAULT '', run_by TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',
    UNIQUE (name, municipality))""",
]


@migrations()
def m028_returns(db):
    for statement in STATEMENTS:
        db.execute(statement)
    # The users table's role check predates the reception officer: rebuilt from its own definition (so any
    # column added since is kept) with the new role allowed, and the same rows.
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").fetchone()[0]
    sql = sql.replace("CREATE TABLE users", "CREATE TABLE users_m028", 1)
    sql = sql.replace("'trainee')", "'trainee','reception')")
    db.execute(sql)
    listed = ", ".join(r[1] for r in db.execute("PRAGMA table_info(users)").fetchall())
    db.execute(f"INSERT INTO users_m028 ({listed}) SELECT {listed} FROM users")
    db.execute("DROP TABLE users")
    db.execute("ALTER TABLE users_m028 RENAME TO users")
