"""Retention: how long a national's record is kept, from the post's policy, and which records are past it."""

import calendar
from datetime import date

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _

MIN_MONTHS = 1
MAX_MONTHS = 240


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months, the day clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def expiry_for(registered: date, retention_months: int) -> date:
    """The date past which a record registered on `registered` must be reviewed and purged."""
    check_policy(retention_months)
    return add_months(registered, retention_months)


def check_policy(retention_months: int) -> None:
    if not MIN_MONTHS <= retention_months <= MAX_MONTHS:
        raise ValidationError("retention_months", _("Records must be kept between {low} and {high} months.").format(
            low=MIN_MONTHS, high=MAX_MONTHS), hint=_("Set the post's retention policy in months."))


def is_expired(record_expiry: date | None, today: date) -> bool:
    return record_expiry is not None and record_expiry < today
