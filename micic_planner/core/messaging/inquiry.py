"""A hotline inquiry: someone at home or a partner asking about a person, and the call-back owed to them."""

from dataclasses import dataclass, field

from micic_planner.core.errors import MessagingError
from micic_planner.core.i18n import _

CHANNELS = ("call", "sms", "email", "partner", "walk_in")
CHANNEL_LABELS = {"call": "Phone call", "sms": "SMS", "email": "Email", "partner": "Partner", "walk_in": "Walk-in"}
OUTCOMES = ("", "found_safe", "found_needs_help", "not_found", "referred", "closed")
OUTCOME_LABELS = {"": "Open", "found_safe": "Found, safe", "found_needs_help": "Found, needs help",
                  "not_found": "Not found", "referred": "Referred to a partner", "closed": "Closed"}


@dataclass
class Inquiry:
    caller_name: str
    sought_name: str
    relationship: str = ""
    caller_contact: str = ""  # a phone (E.164) or an address to call back
    caller_place: str = ""  # where the caller is, e.g. "Huehuetenango, Guatemala"
    channel: str = "call"
    national_id: int | None = None  # the person sought in the registry; None: not registered (yet)
    last_known_place: str = ""
    told: str = ""  # what the caller was told
    callback_due: str = ""  # ISO 8601 UTC; '' when no call-back is owed
    callback_done_at: str = ""
    outcome: str = ""
    notes: str = ""
    id: int | None = None
    created_at: str = ""
    by_user: str = ""
    extra: dict = field(default_factory=dict)

    def check(self) -> None:
        if not self.caller_name.strip():
            raise MessagingError(_("Who is asking? The caller's name is needed."))
        if not self.sought_name.strip() and self.national_id is None:
            raise MessagingError(_("Whom are they asking about? The name of the person sought is needed."))
        if self.channel not in CHANNELS:
            raise MessagingError(_("The channel “{value}” is unknown.").format(value=self.channel),
                                 hint=", ".join(CHANNELS))
        if self.outcome not in OUTCOMES:
            raise MessagingError(_("The outcome “{value}” is unknown.").format(value=self.outcome),
                                 hint=", ".join(o for o in OUTCOMES if o))
