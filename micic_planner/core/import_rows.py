"""Checking the rows of an import file: each cell to its stored form, or an issue naming row, column and fix."""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from micic_planner.core.cells import csv_row, from_csv
from micic_planner.core.column_mapping import FIELD_TITLES, REQUIRED_FIELDS, ColumnMapping, normalize_header
from micic_planner.core.enums import AccountabilityStatus, Sex, Vulnerability
from micic_planner.core.errors import ValidationError
from micic_planner.core.fast_phone import PhoneNormalizer
from micic_planner.core.i18n import _, translate
from micic_planner.core.sex_codes import HM, MF
from micic_planner.core.validation import check_email, parse_date

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_PHONES = ("phone", "phone2", "emergency_phone")
_DATES = ("birth_date", "passport_expiry", "consular_id_expiry", "record_expiry")
_UPPER = ("passport_no", "consular_id")
_TRUE = {"1", "si", "sí", "s", "yes", "y", "true", "verdadero", "x"}
_FALSE = {"0", "no", "n", "false", "falso", ""}


@dataclass(frozen=True)
class Issue:
    """One problem in one cell: file row (1 is the first data row), column header, value, what is wrong."""

    row: int
    column: str
    field: str
    value: str
    message: str
    hint: str = ""


@dataclass
class ValidationReport:
    """What a pass over the file found: rows read, rows accepted and every issue."""

    rows: int = 0
    accepted: int = 0
    issues: list[Issue] = field(default_factory=list)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues})

    def to_csv(self, lang: str | None = None) -> str:
        """The report as CSV text (headers in `lang`), to save beside the file and correct it."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([translate(t, lang) for t in ("Row", "Column", "Value", "Problem", "What to do")])
        for i in self.issues:
            writer.writerow(csv_row([i.row, i.column, i.value, i.message, i.hint]))  # the values come from the file
        return out.getvalue()


def _lookup(pairs) -> dict[str, object]:
    table = {}
    for key, value in pairs:
        table[normalize_header(key)] = value
    return table


def _sex_table(codes: str | None):
    """Words and codes for sex; "M" only when `codes` says what it means (core.sex_codes)."""
    pairs = [(m.value, m) for m in Sex if m is not Sex.MALE]
    pairs += [(m.label("en"), m) for m in Sex] + [(m.label("es"), m) for m in Sex]
    pairs += [("mujer", Sex.FEMALE), ("femenino", Sex.FEMALE), ("fem", Sex.FEMALE), ("woman", Sex.FEMALE),
              ("hombre", Sex.MALE), ("masculino", Sex.MALE), ("masc", Sex.MALE), ("man", Sex.MALE),
              ("h", Sex.MALE), ("otro", Sex.OTHER), ("desconocido", Sex.UNKNOWN), ("", Sex.UNKNOWN)]
    if codes in (HM, MF):
        pairs.append(("m", Sex.FEMALE if codes == HM else Sex.MALE))
    return _lookup(pairs)


def _status_table():
    members = list(AccountabilityStatus)
    return _lookup([(m.value, m) for m in members] + [(m.label("en"), m) for m in members]
                   + [(m.label("es"), m) for m in members])


def _vulnerability_table():
    members = Vulnerability.members()
    return _lookup([(m.name, m) for m in members] + [(m.label("en"), m) for m in members]
                   + [(m.label("es"), m) for m in members])


class RowValidator:
    """Turns the raw cells of one row into a tuple for `columns`, or issues that say what to fix."""

    def __init__(self, mapping: ColumnMapping, *, region: str | None = None, zones: dict[str, int] | None = None,
                 today: date | None = None, sex_codes: str | None = None):
        self.mapping = mapping
        self.today = today or date.today()
        self.phone = PhoneNormalizer(region)
        self.zones = {normalize_header(k): v for k, v in (zones or {}).items()}
        self.sex = _sex_table(sex_codes)
        self.status = _status_table()
        self.vulnerability = _vulnerability_table()
        self.dates: dict[str, date | None | ValidationError] = {}
        mapped = [(i, f) for i, f in enumerate(mapping.fields) if f]
        self.cells = [(i, f, mapping.headers[i] if i < len(mapping.headers) else str(i + 1)) for i, f in mapped]
        # The stored column list: the zone by id, and a uuid for every row unless the file gives one.
        self.columns = [("zone_id" if f == "zone" else f) for _i, f in mapped]
        if "uuid" not in self.columns:
            self.columns.append("uuid")
        self.missing = [f for f in REQUIRED_FIELDS if f not in mapping.fields]

    def check(self, row_no: int, values: list[str], new_uuid) -> tuple[tuple | None, list[Issue]]:
        """(the row to store, []) or (None, issues)."""
        issues: list[Issue] = []
        out: dict[str, object] = {}
        width = len(values)
        for index, name, header in self.cells:
            raw = values[index] if index < width else ""
            raw = from_csv(raw.strip()) if raw.__class__ is str else _cell_text(raw)
            try:
                out[name] = self._convert(name, raw)
            except ValidationError as e:
                issues.append(Issue(row_no, header, name, raw, e.message, e.hint or ""))
        for name in REQUIRED_FIELDS:
            if name in out and not out[name]:
                issues.append(Issue(row_no, self._header(name), name, "", _("This field is required."),
                                    _("Fill it in, or skip the row.")))
        for name in self.missing:
            issues.append(Issue(row_no, translate(FIELD_TITLES[name]), name, "",
                                _("No column of the file is mapped to this required field."),
                                _("Map a column to it in the column mapping.")))
        issues += self._cross_checks(row_no, out)
        if issues:
            return None, issues
        if "uuid" not in out or not out["uuid"]:
            out["uuid"] = new_uuid()
        if "zone" in out:
            out["zone_id"] = out.pop("zone")
        return tuple(out[c] for c in self.columns), []

    def _header(self, name: str) -> str:
        return next((h for _i, f, h in self.cells if f == name), name)

    def _cross_checks(self, row_no: int, out: dict) -> list[Issue]:
        issues = []
        birth = out.get("birth_date")
        if birth:
            born = date.fromisoformat(birth)
            if born > self.today:
                issues.append(Issue(row_no, self._header("birth_date"), "birth_date", birth,
                                    _("The date of birth is in the future."), _("Check the day and the month.")))
            elif born.year < self.today.year - 120:
                issues.append(Issue(row_no, self._header("birth_date"), "birth_date", birth,
                                    _("The date of birth is more than 120 years ago."),
                                    _("Check the year.")))
            for name in ("passport_expiry", "consular_id_expiry"):
                if out.get(name) and out[name] <= birth:
                    issues.append(Issue(row_no, self._header(name), name, out[name],
                                        _("The document expires before the holder was born."),
                                        _("Check both dates.")))
        lat, lon = out.get("lat"), out.get("lon")
        if (lat is None) != (lon is None) and ("lat" in out or "lon" in out):
            issues.append(Issue(row_no, self._header("lat"), "lat", "",
                                _("Give both latitude and longitude, or neither."), ""))
        return issues

    def _convert(self, name: str, raw: str):
        if name in _PHONES:
            return self.phone(raw, name)
        if name in _DATES:
            return self._date(raw, name)
        if name in _UPPER:
            # Kept as written ("TAP-2024-0000152"): the post's own records write them so, and a merge
            # compares them without their dashes and spaces (core.duplicates.same_document).
            return " ".join(raw.upper().split())
        if name == "sex":
            if raw.rstrip(".").upper() == "M" and "m" not in self.sex:
                raise ValidationError(name, _("“M” can mean mujer (H/M, as on CURP and INE) or male (M/F)."),
                                      hint=_("Say which this file uses: --sex-codes hm or mf, or the choice "
                                             "in the column mapping."))
            return self._choose(self.sex, raw, name, _("Write F, M, H, X or leave it empty.")).value
        if name == "status":
            if not raw:
                return AccountabilityStatus.NOT_CONTACTED.value
            return self._choose(self.status, raw, name, _("Use a status such as safe, missing or evacuated.")).value
        if name == "status_at":
            return self._moment(raw, name)
        if name == "zone":
            if not raw:
                return None
            return self._choose(self.zones, raw, name, _("Use the name or code of a zone of the post, "
                                                         "or add the zone first."), _("“{value}” is not a zone "
                                                                                      "of this post."))
        if name in ("lat", "lon"):
            return self._coordinate(raw, name)
        if name == "vulnerabilities":
            return self._vulnerabilities(raw)
        if name == "consent_share":
            key = normalize_header(raw)
            if key in _TRUE or raw.lower() in _TRUE:
                return 1
            if key in _FALSE:
                return 0
            raise ValidationError(name, _("“{value}” is not yes or no.").format(value=raw),
                                  hint=_("Write yes or no (sí / no)."))
        if name == "email":
            return check_email(raw)
        return raw

    def _date(self, raw: str, name: str) -> str | None:
        if not raw:
            return None
        known = self.dates.get(raw, False)
        if known is False:
            try:
                if _ISO.fullmatch(raw):
                    known = date.fromisoformat(raw).isoformat()
                else:
                    parsed = parse_date(raw, name)
                    known = parsed.isoformat() if parsed else None
            except ValueError:
                known = ValidationError(name, _("“{value}” is not a real date.").format(value=raw),
                                        hint=_("Check the day and the month."))
            except ValidationError as e:
                known = e
            if len(self.dates) < 200_000:
                self.dates[raw] = known
        if isinstance(known, ValidationError):
            raise ValidationError(name, known.message, hint=known.hint)
        return known

    def _moment(self, raw: str, name: str) -> str | None:
        """A date or timestamp as ISO 8601; a bare date stays a date."""
        if not raw:
            return None
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat().replace("+00:00", "Z")
        except ValueError:
            return self._date(raw, name)

    def _choose(self, table: dict, raw: str, name: str, hint: str, message: str = ""):
        value = table.get(normalize_header(raw))
        if value is None:
            text = (message or _("“{value}” is not a known value.")).format(value=raw)
            raise ValidationError(name, text, hint=hint)
        return value

    def _coordinate(self, raw: str, name: str) -> float | None:
        if not raw:
            return None
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            raise ValidationError(name, _("“{value}” is not a number.").format(value=raw),
                                  hint=_("Write decimal degrees, for example 14.6349.")) from None
        limit = 90 if name == "lat" else 180
        if not -limit <= value <= limit:
            raise ValidationError(name, _("“{value}” is out of range (±{limit}).").format(value=raw, limit=limit),
                                  hint=_("Check that latitude and longitude are not swapped."))
        return value

    def _vulnerabilities(self, raw: str) -> int:
        flags = 0
        for part in re.split(r"[,;|/]", raw):
            if not part.strip():
                continue
            flag = self.vulnerability.get(normalize_header(part))
            if flag is None:
                raise ValidationError("vulnerabilities", _("“{value}” is not a known vulnerability.").format(
                    value=part.strip()), hint=_("Use the names of the import template, separated by commas."))
            flags |= flag
        return int(flags)


def _cell_text(value) -> str:
    """A spreadsheet cell (number, date, None) as the text a person would read."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if not (value.hour or value.minute) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
