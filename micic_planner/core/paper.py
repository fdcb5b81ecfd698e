"""Which paper a post prints on: the one its host country sells, unless the user says otherwise."""

# ISO 3166-1 countries where Letter (8.5 × 11 in) is the ordinary office paper: the United States and
# its territories, Canada, Mexico, Central America and the other American countries that follow it,
# and the Philippines. Everywhere else prints on A4.
LETTER_COUNTRIES = frozenset({
    "US", "PR", "GU", "VI", "AS", "MP", "UM", "CA", "MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA",
    "CU", "DO", "CO", "VE", "CL", "PH",
})
PAPERS = ("a4", "letter")


def paper_for(country: str, choice: str | None = None) -> str:
    """`choice` when given ("a4" or "letter"), else the paper of `country` (ISO 3166-1 alpha-2)."""
    if choice:
        return choice
    return "letter" if (country or "").upper() in LETTER_COUNTRIES else "a4"
