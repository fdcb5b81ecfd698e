"""Phones as people read them aloud: stored in E.164 (+529621234567), shown grouped (+52 962 123 4567)."""

from functools import lru_cache

import phonenumbers


def _possible(text: str):
    """The number `text` holds with its country code, or None when phonenumbers cannot read it as one."""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


@lru_cache(maxsize=4096)  # a table repaints its cells often; the same few thousand numbers come back
def display_phone(value: str | None) -> str:
    """A stored number grouped by phonenumbers' international format; anything it cannot read, as stored."""
    if not value:
        return ""
    number = _possible(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL) if number else value


def typed_phone(text: str) -> str:
    """What a phone field gives back: E.164 for a number written with its country code (as `display_phone`
    shows it), so showing a number grouped never changes what is stored; anything else as typed."""
    text = (text or "").strip()
    number = _possible(text) if text.startswith("+") else None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else text
