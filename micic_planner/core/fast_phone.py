"""Phone numbers to E.164 at import speed: a precompiled check for the common cases, phonenumbers for the rest.

phonenumbers takes about 35 µs a number, which alone would triple the time of a million-row import.
Most numbers in a registry are either international (+52…) or national in the post's country with
no national prefix, so one regular expression per country code decides them; anything else
(national prefixes, shared country codes such as +1, invalid numbers) goes through
`validation.normalize_phone`, which also writes the error message.
"""

import re
from functools import cache

from micic_planner.core.validation import normalize_phone

_SEPARATORS = str.maketrans("", "", " -().\u00a0/\t")
_DIGITS = re.compile(r"\d{4,17}")
_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip",
          "pager", "uan", "voicemail")


@cache
def _pattern(country_code: int):
    """A regex matching the valid national numbers of a country code served by one region, else None."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) != 1 or regions[0] == "001":
        return None
    md = PhoneMetadata.metadata_for_region(regions[0])
    if md is None or md.general_desc is None or md.general_desc.national_number_pattern is None:
        return None
    alternatives = []
    for name in _TYPES:
        desc = getattr(md, name)
        if desc is None or desc.national_number_pattern is None:
            continue
        lengths = desc.possible_length or md.general_desc.possible_length
        if any(n < 0 for n in lengths):
            continue
        # Lookaheads keep the length rule of each type, as is_valid_number does.
        length = "|".join(str(n) for n in lengths)
        alternatives.append(f"(?=\\d{{{length}}}$)(?:{desc.national_number_pattern})")
    if not alternatives:
        return None
    return re.compile(f"(?=(?:{md.general_desc.national_number_pattern})$)(?:{'|'.join(alternatives)})$")


@cache
def _region_code(region: str) -> tuple[int, bool]:
    """The country code of a region and whether national numbers there may be read as written."""
    from phonenumbers import PhoneMetadata

    md = PhoneMetadata.metadata_for_region(region)
    if md is None:
        return 0, False
    return md.country_code, not md.national_prefix_for_parsing and not md.national_prefix


class PhoneNormalizer:
    """Callable like `normalize_phone(value, field)` for one region, much faster on ordinary numbers."""

    def __init__(self, region: str | None = None):
        self.region = (region or "").upper() or None
        self.home_code, self.plain_national = _region_code(self.region) if self.region else (0, False)

    def __call__(self, value: str, field: str) -> str:
        text = value.strip() if value else ""
        if not text:
            return ""
        digits = text.translate(_SEPARATORS)
        if digits.startswith("+"):
            fast = self._international(digits[1:])
        elif self.plain_national and _DIGITS.fullmatch(digits):
            pattern = _pattern(self.home_code)
            fast = f"+{self.home_code}{digits}" if pattern is not None and pattern.match(digits) else None
        else:
            fast = None
        return fast or normalize_phone(text, field, self.region)

    @staticmethod
    def _international(digits: str) -> str | None:
        if not _DIGITS.fullmatch(digits) or digits[0] == "0":
            return None
        for size in (1, 2, 3):
            pattern = _pattern(int(digits[:size]))
            if pattern is not None:
                return "+" + digits if pattern.match(digits[size:]) else None
        return None
