"""Who may do what: the four roles, their permissions, and the check every protected call makes."""

import enum
from dataclasses import dataclass

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.i18n import _, translate
from micic_planner.core.sensitivity import Sensitivity, level


class Role(enum.Enum):
    ADMINISTRATOR = "administrator"
    OFFICER = "officer"  # consular officer
    VIEWER = "viewer"  # warden-list viewer
    TRAINEE = "trainee"
    # -- return and reintegration (issue 16) --
    RECEPTION = "reception"  # reception and reintegration officer, at the office that receives returnees

    @property
    def label_en(self) -> str:
        return _ROLE_LABELS[self]

    def label(self, lang: str | None = None) -> str:
        return translate(self.label_en, lang)


_ROLE_LABELS = {
    Role.ADMINISTRATOR: "Administrator",
    Role.OFFICER: "Consular officer",
    Role.VIEWER: "Warden-list viewer",
    Role.TRAINEE: "Trainee",
    Role.RECEPTION: "Reception and reintegration officer",
}


class Action(enum.Enum):
    VIEW_REGISTRY = "view_registry"
    VIEW_RESTRICTED = "view_restricted"  # sensitive and restricted fields of a national
    EDIT_REGISTRY = "edit_registry"
    EDIT_PLAN = "edit_plan"  # places, routes, partners, team, alert matrix, the post
    IMPORT = "import"
    EXPORT = "export"
    EXPORT_PARTNERS = "export_partners"
    PRINT_RESTRICTED = "print_restricted"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    REVIEW_EXPIRY = "review_expiry"
    PURGE = "purge"
    BACKUP = "backup"
    RESTORE = "restore"
    CHANGE_PASSPHRASE = "change_passphrase"
    RUN_CRISIS = "run_crisis"  # open, raise, lower and close a crisis; tick its checklist
    UPDATE_STATUS = "update_status"  # accountability statuses, one by one or in bulk
    MANAGE_MOVEMENTS = "manage_movements"  # movements, manifests, boarding and arrival
    GIVE_AID = "give_aid"  # emergency travel documents and assistance
    ASSIGN = "assign"  # assembly points and zones for the whole registry
    RUN_EXERCISE = "run_exercise"  # start, run and end a workshop exercise
    # -- messages and hotline (issue 17) --
    SEND_MESSAGES = "send_messages"  # queue and send SMS batches, edit the engine's settings
    TAKE_CALLS = "take_calls"  # log hotline inquiries from families and partners, and their call-backs
    # -- return and reintegration (issue 16) --
    VIEW_RETURNS = "view_returns"  # read return cases and their files (each read of a file is audited)
    MANAGE_RETURNS = "manage_returns"  # open, assess and advance a case up to departure, at the post
    RECEIVE_RETURNS = "receive_returns"  # reception, reintegration and closure, at the receiving office
    HANDOVER_RETURNS = "handover_returns"  # send cases to the receiving office, or take them in

    @property
    def label_en(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.VIEW_REGISTRY: "view the registry of nationals",
    Action.VIEW_RESTRICTED: "see sensitive and restricted fields",
    Action.EDIT_REGISTRY: "change the registry of nationals",
    Action.EDIT_PLAN: "change the contingency plan",
    Action.IMPORT: "import files",
    Action.EXPORT: "export files",
    Action.EXPORT_PARTNERS: "export lists for partners",
    Action.PRINT_RESTRICTED: "print restricted data",
    Action.MANAGE_USERS: "manage users",
    Action.VIEW_AUDIT: "view and export the audit log",
    Action.REVIEW_EXPIRY: "review expired records",
    Action.PURGE: "purge expired records",
    Action.BACKUP: "make backups",
    Action.RESTORE: "restore a backup",
    Action.CHANGE_PASSPHRASE: "change the passphrase",
    Action.RUN_CRISIS: "open, change or close a crisis",
    Action.UPDATE_STATUS: "update accountability statuses",
    Action.MANAGE_MOVEMENTS: "plan movements and their manifests",
    Action.GIVE_AID: "issue travel documents and record assistance",
    Action.ASSIGN: "assign assembly points and zones",
    Action.RUN_EXERCISE: "run exercises",
    # -- messages and hotline (issue 17) --
    Action.SEND_MESSAGES: "send message batches",
    Action.TAKE_CALLS: "log hotline inquiries",
    Action.VIEW_RETURNS: "read return cases",
    Action.MANAGE_RETURNS: "open and advance return cases",
    Action.RECEIVE_RETURNS: "receive returnees and follow their reintegration",
    Action.HANDOVER_RETURNS: "hand return cases over between offices",
}

_ALL = frozenset(Action)
_WORK = frozenset({Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED, Action.EDIT_REGISTRY, Action.EDIT_PLAN,
                   Action.IMPORT, Action.EXPORT, Action.EXPORT_PARTNERS, Action.PRINT_RESTRICTED,
                   Action.RUN_CRISIS, Action.UPDATE_STATUS, Action.MANAGE_MOVEMENTS, Action.GIVE_AID,
                   Action.ASSIGN, Action.RUN_EXERCISE})
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.OFFICER: _WORK | {Action.REVIEW_EXPIRY, Action.BACKUP},
    # Calls wardens: sees names, phones and the board, never vulnerabilities, migration status or notes,
    # and changes nothing: no status, no movement, no export of people.
    Role.VIEWER: frozenset({Action.VIEW_REGISTRY}),
    # Works on fictional posts only (see `check_may_open`), so the whole of them is open to practice.
    Role.TRAINEE: _WORK | {Action.REVIEW_EXPIRY, Action.BACKUP},
}

# -- messages and hotline (issue 17) --
# A warden-list viewer answers the hotline and logs what families ask; sending a batch to thousands of
# phones is the work of an officer (a trainee practises it on fictional posts).
for _role in (Role.OFFICER, Role.TRAINEE):
    PERMISSIONS[_role] = PERMISSIONS[_role] | {Action.SEND_MESSAGES, Action.TAKE_CALLS}
PERMISSIONS[Role.VIEWER] = PERMISSIONS[Role.VIEWER] | {Action.TAKE_CALLS}
del _role

# -- return and reintegration (issue 16) --
# The warden-list viewer sees no case at all. The post's officer takes a case to departure; the receiving
# office's officer reads the registry it holds (the returnees handed over to it) and continues the case.
_RETURNS = frozenset({Action.VIEW_RETURNS, Action.MANAGE_RETURNS, Action.RECEIVE_RETURNS, Action.HANDOVER_RETURNS})
PERMISSIONS[Role.OFFICER] = PERMISSIONS[Role.OFFICER] | {Action.VIEW_RETURNS, Action.MANAGE_RETURNS,
                                                         Action.HANDOVER_RETURNS}
PERMISSIONS[Role.TRAINEE] = PERMISSIONS[Role.TRAINEE] | _RETURNS
PERMISSIONS[Role.RECEPTION] = frozenset({Action.VIEW_REGISTRY, Action.VIEW_RESTRICTED, Action.PRINT_RESTRICTED,
                                         Action.VIEW_RETURNS, Action.RECEIVE_RETURNS, Action.HANDOVER_RETURNS})

# Field levels a role without VIEW_RESTRICTED may not see.
HIDDEN_LEVELS = frozenset({Sensitivity.SENSITIVE, Sensitivity.RESTRICTED})


def can(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    """Raise PermissionDeniedError unless `role` may do `action`."""
    if not can(role, action):
        raise PermissionDeniedError(
            _("Your role ({role}) may not {action}.").format(role=role.label(), action=_(action.label_en)),
            hint=_("Ask the post's administrator to do it, or to change your role."))


def check_may_open(role: Role, is_training: bool) -> None:
    """A trainee never opens a real post, whatever the window offers."""
    if role is Role.TRAINEE and not is_training:
        raise PermissionDeniedError(_("A trainee may open only training and demo posts."),
                                    hint=_("Open a training post, or sign in with another account."))


# Columns of the nationals table whose export name differs, or that carry no personal data.
_COLUMN_FIELDS = {"zone_id": "zone", "assembly_point_id": "zone", "id": "uuid", "created_at": "uuid",
                  "updated_at": "uuid"}


def field_visible(role: Role, field: str) -> bool:
    """Whether a national's field (export name or column) is shown to `role`."""
    return can(role, Action.VIEW_RESTRICTED) or level(_COLUMN_FIELDS.get(field, field)) not in HIDDEN_LEVELS


@dataclass(frozen=True)
class Session:
    """The signed-in user of an open post; `user_name` is empty on a file that has no users yet."""

    user_name: str
    role: Role
    is_training: bool = False
    encrypted: bool = False

    def can(self, action: Action) -> bool:
        return can(self.role, action)

    def require(self, action: Action) -> None:
        require(self.role, action)

    def visible(self, field: str) -> bool:
        return field_visible(self.role, field)


def setup_session(is_training: bool = False, encrypted: bool = False) -> Session:
    """The session of a file with no users yet: whoever holds it sets it up, as administrator."""
    return Session("", Role.ADMINISTRATOR, is_training, encrypted)
