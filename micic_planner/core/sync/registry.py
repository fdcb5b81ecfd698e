"""The one registry of synced tables: the capture triggers, bundles and merge rules are all generated from it.

Fields not listed stay local: ids, timestamps, derived data (`nationals.status` is the latest status
event, `record_expiry` follows the post's retention), and references to records that do not travel
(a movement's route, a timeline line's `ref_id`, a crisis's list of zone ids).

Crises travel since m035, with one authority each (`storage/sync/authority.py`): the site that opened a
crisis alone raises, lowers and closes it (headquarters may too), document numbers carry the site that
issued them, and a movement over-booked by a merge is flagged.

Return cases travel since m040 (issue 18: "who is returning"): a case goes where the person who asked
goes (its `national_id`), and what hangs on the case goes with it. Case numbers made since carry the
site (RET-2026-3F9A0C-00012); an older number taken at two sites is renumbered alike everywhere and
flagged (authority.py). Not yet travelling: the office's practice assessment (the office's own) and
the directory of programmes and services (referrals name a service by text, not by id).

Wardens travel since m044: a post's wardens reach headquarters (its picture names the zones with
people and no warden) and come back to that post only; a warden headquarters adds goes where its zone goes.

A case's checklist marks and its visits' survey answers travel since m043. Each is UNIQUE per case and
item (per visit and indicator), so its uuid is worked out from that (`core/sync/keys.py`): the same
item marked at two sites is one record, and its fields merge, later wins (`same_uuid_merges`).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncedTable:
    name: str
    fields: tuple[str, ...]
    # Foreign keys travel as the uuid of the row they point at: column -> table pointed at.
    references: dict[str, str] = field(default_factory=dict)
    # Identity and protection fields: a concurrent edit of one goes to the review queue.
    protected: frozenset[str] = frozenset()
    # Fields any post may change on a record another post registered (contact details of a person who moved).
    shared: frozenset[str] = frozenset()
    # Append-only events merge as a union by uuid; they are never updated, and go only with their parent.
    append_only: bool = False
    # The table lacked a uuid before sync (m030 adds it; the capture trigger fills it on insert).
    uuid_added: bool = False
    # -- partial replication: which records headquarters sends to which post (storage/sync/scope.py) --
    # Reference data: the records headquarters made reach every post (a partner, a zone or a place it
    # decided for all); a post's own records of the table stay between it and headquarters.
    reference: bool = False
    # The record goes wherever the record named in one of these fields goes (a foreign key, or a column
    # holding a national's uuid): a status event goes where its person goes.
    scope_via: tuple[str, ...] = ()
    # The record also goes to the sites named in these fields (a transfer reaches the post it leaves).
    scope_sites: tuple[str, ...] = ()
    # Only what headquarters made follows `scope_via`; a post's own records stay between it and headquarters
    # (a warden headquarters adds in a post's zone reaches that post; another post's never does).
    via_only_from_hq: bool = False
    # The schema step that made the table travel: m030 logs its own tables' records, later steps theirs.
    since: int = 30
    # Columns UNIQUE in the file whose value another site may have used too (a case number made before
    # numbers carried the site): such a record never goes set-based; the merge renumbers it (authority.py).
    unique: tuple[str, ...] = ()
    # The uuid is worked out from what makes the row unique (`core/sync/keys.py`), so two sites may make the
    # same record: an insert of a record already here is applied as an edit of all its fields, each
    # later-wins by version, and any site holding the parent may change or clear it.
    same_uuid_merges: bool = False


NATIONAL_FIELDS = (
    "given_names", "family_names", "sex", "birth_date", "passport_no", "passport_expiry", "consular_id",
    "consular_id_expiry", "phone", "phone2", "email", "address", "place", "lat", "lon", "zone_id", "household",
    "languages", "emergency_contact", "emergency_phone", "vulnerabilities", "migration_status", "consent_share",
    "notes")

RETURN_CASE_FIELDS = (
    "national_id", "number", "state", "state_at", "requested_on", "requested_by", "household", "profile", "assessment",
    "programme", "receiving_office", "return_country", "return_municipality", "movement_id", "travel_mode",
    "travel_date", "needs_on_arrival", "decline_reason", "protection_referral_to", "protection_referral_on",
    "protection_referral_closed_on", "protection_referral_outcome", "best_interests_on", "best_interests_by",
    "child_authority_host", "child_authority_home", "family_traced_on", "split_decision", "declaration_signed_on",
    "declaration_lang", "consent_handover", "consent_on", "origin", "crisis_id", "departed_on")

# Which records a post receives from headquarters (partial replication by place, as CouchDB/CHT do):
# - its own: the records it made, and the nationals headquarters handed over to it (`sync_transfers`);
# - reference data: zones, places and partners headquarters made (a post's zones, places and local
#   partners are its own geography and contacts, of no use at another post, so they stay home);
# - what hangs on those: a person's status events and links, and the transfers that moved them;
# - crises: a crisis headquarters opened reaches every post, a post's own stays between it and headquarters;
#   phases and timeline lines go with their crisis, seats with their movement, documents and assistance
#   with their person;
# - return cases: a case goes where the person who asked goes; its people, timeline, goals, referrals,
#   visits and checklist marks go with the case, a visit's survey answers with the visit.
# - wardens: a post's own stay between it and headquarters; one headquarters adds goes where its zone goes.
# Everything else (another post's nationals, their events, its zones and partners) never reaches it.
# Parents before children: a first consolidation and a replay insert in this order.
TABLES: tuple[SyncedTable, ...] = (
    SyncedTable("zones", ("name", "code", "description", "polygon", "places"), reference=True),
    SyncedTable("places", ("name", "kind", "lat", "lon", "capacity", "address", "facilities", "contact_name",
                           "contact_phone", "zone_id", "notes"), references={"zone_id": "zones"}, reference=True),
    SyncedTable("partners", ("name", "kind", "contact_person", "phone_24h", "phone", "email", "radio", "services",
                             "agreement", "address", "notes"), reference=True),
    SyncedTable("nationals", NATIONAL_FIELDS, references={"zone_id": "zones"},
                protected=frozenset({"given_names", "family_names", "birth_date", "passport_no", "passport_expiry",
                                     "consular_id", "consular_id_expiry", "vulnerabilities", "migration_status",
                                     "consent_share", "household"}),
                shared=frozenset({"phone", "phone2", "email", "address", "place", "lat", "lon", "notes"})),
    SyncedTable("status_events", ("national_id", "status", "previous", "at", "by_user", "source", "note"),
                references={"national_id": "nationals"}, append_only=True, uuid_added=True,
                scope_via=("national_id",)),
    # The same person registered at two posts: linked, never merged (PFIF's way).
    SyncedTable("sync_links", ("a_uuid", "b_uuid", "reason"), append_only=True, scope_via=("a_uuid", "b_uuid")),
    # Headquarters hands a national over to another post (m037): from then on that post holds the record.
    SyncedTable("sync_transfers", ("national_uuid", "from_site", "to_site", "reason"), append_only=True,
                scope_via=("national_uuid",), scope_sites=("from_site", "to_site")),
    # -- crises (m035): one authority per crisis, the site that opened it --
    SyncedTable("crises", ("title", "hazard", "started_at", "phase", "closed_at", "opened_by", "notes", "lessons"),
                reference=True, since=35),
    SyncedTable("crisis_phases", ("crisis_id", "phase", "previous", "at", "by_user", "reason"),
                references={"crisis_id": "crises"}, append_only=True, uuid_added=True, scope_via=("crisis_id",),
                since=35),
    SyncedTable("crisis_log", ("crisis_id", "at", "by_user", "kind", "phase", "template", "params", "count"),
                references={"crisis_id": "crises"}, append_only=True, uuid_added=True, scope_via=("crisis_id",),
                since=35),
    SyncedTable("movements", ("crisis_id", "name", "mode", "seats", "origin_id", "destination", "departs_at",
                              "carrier", "repatriation", "notes"),
                references={"crisis_id": "crises", "origin_id": "places"}, since=35),
    # A seat: made once, then only its boarding and arrival change (any site may mark them, later wins).
    SyncedTable("manifest_entries", ("movement_id", "national_id", "position", "boarded_at", "arrived_at"),
                references={"movement_id": "movements", "national_id": "nationals"},
                shared=frozenset({"boarded_at", "arrived_at"}), uuid_added=True, scope_via=("movement_id",), since=35),
    SyncedTable("documents_issued", ("crisis_id", "national_id", "kind", "number", "issued_on", "by_user", "notes"),
                references={"crisis_id": "crises", "national_id": "nationals"}, append_only=True,
                scope_via=("national_id",), since=35),
    SyncedTable("assistance", ("crisis_id", "national_id", "kind", "given_on", "partner_id", "by_user", "notes"),
                references={"crisis_id": "crises", "national_id": "nationals", "partner_id": "partners"},
                append_only=True, scope_via=("national_id",), since=35),
    # -- return cases (m040): a case goes where the person who asked goes, the rest with the case --
    # Ordinary fields (the case is edited as it moves on; its state too: later wins, the step it came
    # from is in `return_steps`); identity and protection fields as for nationals go to review.
    SyncedTable("return_cases", RETURN_CASE_FIELDS,
                references={"national_id": "nationals", "movement_id": "movements", "crisis_id": "crises"},
                protected=frozenset({"household", "profile", "consent_handover", "consent_on", "protection_referral_to",
                                     "protection_referral_on", "protection_referral_closed_on",
                                     "protection_referral_outcome", "best_interests_on", "best_interests_by",
                                     "child_authority_host", "child_authority_home", "split_decision",
                                     "declaration_signed_on"}),
                scope_via=("national_id",), unique=("number",), since=40),
    # A person of the case: the travel document is noted later (ordinary, protected as a document is).
    SyncedTable("return_members", ("case_id", "national_id", "principal", "etd_number"),
                references={"case_id": "return_cases", "national_id": "nationals"},
                protected=frozenset({"etd_number"}), uuid_added=True, scope_via=("case_id",), since=40),
    # The timeline and the plan's goals are written once, never edited or deleted: events, a union by uuid.
    SyncedTable("return_steps", ("case_id", "state", "at", "by_user", "note"), references={"case_id": "return_cases"},
                append_only=True, uuid_added=True, scope_via=("case_id",), since=40),
    SyncedTable("reintegration_goals", ("case_id", "dimension", "goal", "agreed_on"),
                references={"case_id": "return_cases"}, append_only=True, uuid_added=True, scope_via=("case_id",),
                since=40),
    # A referral's state and outcome, a visit's date done and notes are edited after: ordinary fields.
    SyncedTable("referrals", ("case_id", "service", "dimension", "sent_on", "consent", "shared", "state", "outcome"),
                references={"case_id": "return_cases"}, protected=frozenset({"consent", "shared"}), uuid_added=True,
                scope_via=("case_id",), since=40),
    SyncedTable("follow_ups", ("case_id", "due_on", "done_on", "notes"), references={"case_id": "return_cases"},
                uuid_added=True, scope_via=("case_id",), since=40),
    # -- a case's checklist marks and its visits' survey answers (m043): the uuid comes from the case
    # (visit) and the item (indicator), so the same item marked at two sites merges, later wins; a row another
    # program wrote without one gets a random uuid from the capture (it travels, it merges with nothing) --
    SyncedTable("return_checklist", ("case_id", "item_key", "state", "note", "by_user", "at"),
                references={"case_id": "return_cases"}, uuid_added=True, scope_via=("case_id",), same_uuid_merges=True,
                since=43),
    SyncedTable("survey_answers", ("follow_up_id", "indicator", "answer", "recorded_at", "recorded_by"),
                references={"follow_up_id": "follow_ups"}, uuid_added=True, scope_via=("follow_up_id",),
                same_uuid_merges=True, since=43),
    # -- wardens (m044): a post's own, between it and headquarters only (like its movements); one headquarters
    # adds goes where its zone goes, and the post may edit it; the country picture names each post's zones
    # with people and no warden --
    SyncedTable("wardens", ("name", "zone_id", "phone", "email", "radio", "languages", "is_alternate", "national_id"),
                references={"zone_id": "zones", "national_id": "nationals"}, scope_via=("zone_id",),
                via_only_from_hq=True, since=44),
)

BY_NAME = {t.name: t for t in TABLES}


def table(name: str) -> SyncedTable:
    return BY_NAME[name]


# Raised whenever the generated trigger text changes, so files made before get the new triggers at open.
# 2: an undone delete re-inserts the record under its own uuid (the window's undo), so the insert trigger
# revives the record's row instead of failing on it.
TRIGGERS_VERSION = 2


def fingerprint() -> str:
    """Changes whenever the registry does, so the triggers are regenerated at the next open."""
    import hashlib

    text = repr([TRIGGERS_VERSION] + [(t.name, t.fields, sorted(t.references.items()), sorted(t.protected),
                                       t.append_only, t.uuid_added, t.same_uuid_merges) for t in TABLES])
    return hashlib.sha256(text.encode()).hexdigest()[:16]
