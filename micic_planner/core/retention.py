"""Retention: how long a national's record is kept, from the post's policy, and which records are past it.

The one rule: a record is kept `retention_months` after its last update (registration, an edit,
a status change, an import that merged into it), then reviewed and purged. Storage stamps the
expiry from this rule on every write; the printed plan states it with `rule_text`.
"""

import calendar
from datetime import date, datetime

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _

MIN_MONTHS = 1
MAX_MONTHS = 240


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months, the day clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def expiry_for(last_update: date, retention_months: int) -> date:
    """The date past which a record last updated on `last_update` must be reviewed and purged."""
    check_policy(retention_months)
    return add_months(last_update, retention_months)


def expiry_after(updated_at: str, retention_months: int) -> date:
    """The expiry of a record whose `updated_at` stamp (ISO 8601, UTC, as stored) is given."""
    return expiry_for(datetime.fromisoformat(updated_at.replace("Z", "+00:00")).date(), retention_months)


# The plan's sentence, kept beside the rule it states; `rule_text` fills in the post's months.
RULE = "{months} months after the record's last update (registration, edit or change of status)"


def rule_text(retention_months: int, translate=None) -> str:
    """The retention rule as the plan prints it, in the language of `translate` (the user's by default)."""
    return (translate or _)(RULE).format(months=retention_months)


def check_policy(retention_months: int) -> None:
    if not MIN_MONTHS <= retention_months <= MAX_MONTHS:
        raise ValidationError("retention_months", _("Records must be kept between {low} and {high} months.").format(
            low=MIN_MONTHS, high=MAX_MONTHS), hint=_("Set the post's retention policy in months."))


def is_expired(record_expiry: date | None, today: date) -> bool:
    return record_expiry is not None and record_expiry < today
