"""Phones as people read them aloud: stored in E.164 (+529621234567), shown grouped (+52 962 123 4567)."""

from functools import lru_cache

import phonenumbers


@lru_cache(maxsize=4096)  # a table repaints its cells often; the same few thousand numbers come back
def display_phone(value: str | None) -> str:
    """A stored number grouped by phonenumbers' international format; anything it cannot read, as stored."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_possible_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def typed_phone(text: str) -> str:
    """What a phone field gives back: E.164 for a number written with its country code (as `display_phone`
    shows it), so showing a number grouped never changes what is stored; anything else as typed."""
    text = (text or "").strip()
    if not text.startswith("+"):
        return text
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
