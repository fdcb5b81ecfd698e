"""Nationals as CSV or XLSX: the blank templates and the exports, with headers in Spanish or English."""

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput, explain_os_error, temporary_files_in
from micic_planner.core.column_mapping import FIELD_TITLES, IMPORT_FIELDS
from micic_planner.core.enums import Vulnerability
from micic_planner.core.i18n import translate
from micic_planner.core.sex_codes import letter
from micic_planner.interchange.csv_writer import write_csv

FORMATS = ("csv", "xlsx")
DATE_FIELDS = ("birth_date", "passport_expiry", "consular_id_expiry", "record_expiry")
# A template row that shows how each column is written; it imports cleanly once the sample is removed.
_EXAMPLE = {
    "family_names": "Núñez Pérez", "given_names": "María José", "sex": "F", "birth_date": "1990-05-31",
    "passport_no": "G12345678", "phone": "+52 962 123 4567", "email": "maria@example.org",
    "place": "Tapachula", "languages": "es", "vulnerabilities": "older_person, medical_need",
    "consent_share": "yes", "status": "not_contacted",
}


def headers(fields: Iterable[str], lang: str) -> list[str]:
    return [translate(FIELD_TITLES[f], lang) for f in fields]


def cell(field: str, value, lang: str = "en"):
    """A stored value as it is written in a file, in a form the importer reads back."""
    if value is None:
        return ""
    if field == "sex":
        return letter(value, lang)  # H/M on Spanish sheets, so that "M" is read as mujer again
    if field == "vulnerabilities" and not isinstance(value, str):
        return ", ".join(Vulnerability(int(value)).codes())
    if field == "consent_share" and not isinstance(value, str):
        return "yes" if value else "no"
    return value


def write_table(path: str | Path, fmt: str, fields: list[str], records: Iterable[dict], lang: str = "en") -> int:
    """Write one row per record (a dict by field name) to CSV (UTF-8 with BOM, for Excel) or XLSX."""
    titles = headers(fields, lang)
    convert = xlsx_cell if fmt == "xlsx" else cell
    rows = ([convert(f, rec.get(f), lang) for f in fields] for rec in records)
    try:
        if fmt == "xlsx":
            from micic_planner.interchange.xlsx import write_xlsx

            return write_xlsx(path, titles, rows, translate("Nationals", lang))
        return write_csv(path, titles, rows)
    except OSError as exc:
        raise explain_os_error(exc, path) from None


def xlsx_cell(field: str, value, lang: str = "en"):
    """As `cell`, but a stored date becomes a date, which a spreadsheet sorts and filters as one."""
    if field in DATE_FIELDS and isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return cell(field, value, lang)


def write_template(path: str | Path, fmt: str, lang: str = "en", example: bool = False) -> None:
    """A blank import template with every column; with `example`, one sample row to overwrite."""
    # The sex as a word: a lone "M" would leave the importer asking whether it means mujer or male.
    records = [dict(_EXAMPLE, sex=translate("Female", lang))] if example else []
    with AtomicOutput(path) as output:
        with temporary_files_in(output.folder):
            write_table(output.path, fmt, list(IMPORT_FIELDS), records, lang)
        output.commit()
