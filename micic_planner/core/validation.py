"""Checks on values people type or files hold, with messages that say what is wrong and how to fix it."""

import re
from datetime import date, datetime

from micic_planner.core.errors import ValidationError, ValidationErrors
from micic_planner.core.i18n import _

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_date(value, field: str) -> date | None:
    """Read ISO 8601 (2024-03-31) or day-first (31/03/2024) dates; empty gives None."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", text):
        raise ValidationError(field, _("“{value}” is not a real date.").format(value=text),
                              hint=_("Check the day and the month."))
    raise ValidationError(field, _("“{value}” is not a date.").format(value=text),
                          hint=_("Write it as 2024-03-31 or 31/03/2024."))


def normalize_phone(value: str, field: str, region: str | None = None) -> str:
    """Return the phone in E.164 (+50212345678); a number without + is read in `region`."""
    text = (value or "").strip()
    if not text:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, _("“{value}” is not a phone number.").format(value=text),
                              hint=_("Write it with the country code, for example +52 962 123 4567.")) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, _("“{value}” is not a valid phone number for its country.").format(value=text),
                              hint=_("Check the country code and the number of digits."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def country_code(value: str, field: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a name ("MX", "MEX", "Mexico")."""
    text = (value or "").strip()
    import pycountry

    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        raise ValidationError(field, _("“{value}” is not a country code.").format(value=text),
                              hint=_("Use the two-letter ISO code, for example MX or GT.")) from None
    return country.alpha_2


def region_code(value: str, field: str) -> str:
    """An ISO 3166-2 subdivision code, such as MX-CHP."""
    text = (value or "").strip().upper()
    import pycountry

    if pycountry.subdivisions.get(code=text) is None:
        raise ValidationError(field, _("“{value}” is not an ISO 3166-2 region code.").format(value=text),
                              hint=_("Use a code such as MX-CHP (Chiapas)."))
    return text


def check_email(value: str, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not _EMAIL.match(text):
        raise ValidationError(field, _("“{value}” is not an e-mail address.").format(value=text))
    return text


def check_coordinates(lat, lon) -> None:
    errors = []
    if lat is not None and not -90 <= lat <= 90:
        errors.append(ValidationError("lat", _("Latitude must lie between -90 and 90.")))
    if lon is not None and not -180 <= lon <= 180:
        errors.append(ValidationError("lon", _("Longitude must lie between -180 and 180.")))
    if (lat is None) != (lon is None):
        errors.append(ValidationError("lat", _("Give both latitude and longitude, or neither.")))
    if errors:
        raise ValidationErrors(errors)


def validate_national(n, today: date | None = None, region: str | None = None) -> None:
    """Check a national's record; raise ValidationErrors naming every field at fault.

    Phones are normalised to E.164 in place; `region` reads numbers written without +.
    """
    today = today or date.today()
    errors: list[ValidationError] = []
    if not n.family_names.strip():
        errors.append(ValidationError("family_names", _("The family name is required.")))
    if not n.given_names.strip():
        errors.append(ValidationError("given_names", _("The given name is required.")))
    if n.birth_date and n.birth_date > today:
        errors.append(ValidationError("birth_date", _("The date of birth is in the future.")))
    if n.birth_date and n.birth_date.year < today.year - 120:
        errors.append(ValidationError("birth_date", _("The date of birth is more than 120 years ago.")))
    for doc, expiry in (("passport_expiry", n.passport_expiry), ("consular_id_expiry", n.consular_id_expiry)):
        if expiry and n.birth_date and expiry <= n.birth_date:
            errors.append(ValidationError(doc, _("The document expires before the holder was born.")))
    for field in ("phone", "phone2", "emergency_phone"):
        try:
            setattr(n, field, normalize_phone(getattr(n, field), field, region))
        except ValidationError as e:
            errors.append(e)
    try:
        check_email(n.email)
    except ValidationError as e:
        errors.append(e)
    try:
        check_coordinates(n.lat, n.lon)
    except ValidationErrors as e:
        errors.extend(e.errors)
    if errors:
        raise ValidationErrors(errors)


def document_expired(expiry: date | None, today: date | None = None) -> bool:
    return expiry is not None and expiry < (today or date.today())


def validate_contact(record, phone_fields: tuple[str, ...], region: str | None = None) -> None:
    """Check a contact record (partner, team member, warden): its phones to E.164 in place, its e-mail.

    Raises ValidationErrors naming every field at fault.
    """
    errors: list[ValidationError] = []
    for field in phone_fields:
        try:
            setattr(record, field, normalize_phone(getattr(record, field), field, region))
        except ValidationError as e:
            errors.append(e)
    try:
        check_email(getattr(record, "email", ""))
    except ValidationError as e:
        errors.append(e)
    if errors:
        raise ValidationErrors(errors)
