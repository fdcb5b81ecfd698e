"""Placeholders in a message template, filled per recipient, and the SMS count of the longest filled text.

Only the fields below may be written into a message: plan data and the household's own key, never a
name, a vulnerability or a migration status, which a phone shared or seized would give away.
"""

import re
from typing import NamedTuple

from micic_planner.core.errors import MessagingError
from micic_planner.core.i18n import _
from micic_planner.core.sms_length import sms_segments

PLACEHOLDERS = {
    "assembly_point": "Assembly point",
    "warden": "Warden",
    "warden_phone": "Warden's phone",
    "hotline": "Post's 24/7 number",
    "household": "Household key",
}
_MARK = re.compile(r"\{([^{}]*)\}")


class FillValues(NamedTuple):
    """What one recipient's message may say about them and their plan."""

    assembly_point: str = ""
    warden: str = ""
    warden_phone: str = ""
    hotline: str = ""
    household: str = ""


def check_template(text: str) -> list[str]:
    """The placeholders `text` uses, in order; MessagingError for an unknown one or an empty text."""
    if not text.strip():
        raise MessagingError(_("The message is empty."), hint=_("Write the text of the message."))
    names = _MARK.findall(text)
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        raise MessagingError(_("The placeholder {{{name}}} is unknown.").format(name=unknown[0]),
                             hint=_("Use one of: {names}.").format(names=", ".join(f"{{{n}}}" for n in PLACEHOLDERS)))
    return names


def fill(text: str, values: FillValues) -> str:
    """`text` with each placeholder replaced by the recipient's value (empty when they have none)."""
    return _MARK.sub(lambda m: getattr(values, m.group(1), m.group(0)) or "", text)


def longest_segments(text: str, values) -> tuple[int, str]:
    """(SMS count, filled text) of the longest filled text among `values` (the template alone when none)."""
    longest = text if not values else max((fill(text, v) for v in values), key=lambda t: sms_segments(t)[0] * 1000
                                          + len(t))
    return sms_segments(longest)[0], longest


def missing_values(text: str, values) -> dict[str, int]:
    """For each placeholder `text` uses, how many of `values` have nothing to put there ("Vaya a ." otherwise)."""
    names = [n for n in dict.fromkeys(_MARK.findall(text)) if n in PLACEHOLDERS]
    counts = {n: sum(1 for v in values if not getattr(v, n)) for n in names}
    return {n: c for n, c in counts.items() if c}
