"""Crisis CSV files: status updates in, the carrier's manifest and warden call lists out."""

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from micic_planner.core.atomic_output import write_atomically
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate
from micic_planner.core.limits import LIMITS, check_file_size, field_too_long, sqlite_int, too_large
from micic_planner.interchange.csv_writer import write_csv

csv.field_size_limit(LIMITS.field_chars)

MANIFEST_COLUMNS = ("seq", "family_names", "given_names", "sex", "birth_date", "document_no", "group", "boarded",
                    "arrived")
# A call list read back with `micic-planner status` once the warden has filled in status and note.
CALL_COLUMNS = ("id", "family_names", "given_names", "phone", "phone2", "place", "address", "group",
                "languages", "status", "note")
ID_COLUMNS = ("id", "national_id")
DOCUMENT_COLUMNS = ("document", "document_no", "passport_no", "consular_id")


@dataclass(frozen=True)
class StatusRow:
    line: int
    national_id: int | None
    document: str
    status: AccountabilityStatus
    note: str = ""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace(" ", "_").replace("-", "_")


def _status_names() -> dict[str, AccountabilityStatus]:
    names = {}
    for s in AccountabilityStatus:
        for name in (s.value, s.label_en, translate(s.label_en, "es")):
            names[_fold(name)] = s
    return names


def read_status_csv(path: str | Path) -> list[StatusRow]:
    """Rows of (id or document number, status, note); every row is checked before anything is applied."""
    path = Path(path)
    try:
        check_file_size(path, LIMITS.status_bytes)
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(_("The file cannot be read as UTF-8 text: {error}").format(error=exc), where=str(path),
                              hint=_("Save it as CSV UTF-8 and try again.")) from exc
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        fields = {_fold(f): f for f in reader.fieldnames or []}
    except csv.Error as exc:
        raise _csv_error(exc, path, 1) from None
    id_col = next((fields[c] for c in ID_COLUMNS if c in fields), None)
    doc_col = next((fields[c] for c in DOCUMENT_COLUMNS if c in fields), None)
    if "status" not in fields or (id_col is None and doc_col is None):
        raise ImportFileError(_("The file needs a 'status' column and an 'id' or 'document' column."),
                              where=str(path),
                              hint=_("The first line must name the columns, e.g. document,status,note."))
    names = _status_names()
    rows, errors = [], []
    line = 1
    try:
        for line, raw in enumerate(reader, start=2):
            if line > LIMITS.rows:
                raise too_large(_("rows"), line - 1, LIMITS.rows, str(path))
            _read_row(line, raw, fields, id_col, doc_col, names, rows, errors, path)
    except csv.Error as exc:
        raise _csv_error(exc, path, line + 1) from None
    if errors:
        raise ImportFileError("; ".join(errors[:10]) + (" …" if len(errors) > 10 else ""), where=str(path),
                              hint=_("Correct these lines; nothing was changed. Statuses: {names}").format(
                                  names=", ".join(s.value for s in AccountabilityStatus)))
    return rows


def _csv_error(exc: csv.Error, path: Path, line: int):
    where = _("{file}, line {line}").format(file=path, line=line)
    if "field limit" in str(exc):
        return field_too_long(where)
    return ImportFileError(_("The file is not valid CSV: {reason}").format(reason=exc), where=where,
                           hint=_("Check the quotes in that line, or save the file again as CSV."))


def _read_row(line, raw, fields, id_col, doc_col, names, rows, errors, path) -> None:
    """Check one line; a good one goes to `rows`, a wrong one to `errors`."""
    key_id = (raw.get(id_col) or "").strip() if id_col else ""
    doc = (raw.get(doc_col) or "").strip() if doc_col else ""
    value = (raw.get(fields["status"]) or "").strip()
    if not value:
        return  # a call list line not yet called
    status = names.get(_fold(value))
    if status is None:
        errors.append(_("line {line}, column status: unknown status '{value}'").format(
            line=line, value=raw.get(fields["status"]) or ""))
        return
    if key_id and not (key_id.isascii() and key_id.isdigit()):
        errors.append(_("line {line}, column id: '{value}' is not a number").format(line=line, value=key_id))
        return
    if key_id:
        key_id = sqlite_int(key_id, _("{file}, line {line}").format(file=path, line=line), "id")
    if not key_id and not doc:
        errors.append(_("line {line}: no id and no document number").format(line=line))
        return
    note = (raw.get(fields["note"]) or "").strip() if "note" in fields else ""
    rows.append(StatusRow(line, key_id or None, doc, status, note))


def _write(path: str | Path, header, rows) -> int:
    return write_atomically(path, lambda part: write_csv(part, header, rows))


def _groups():
    seen: dict[str, int] = {}
    return lambda household: str(seen.setdefault(household, len(seen) + 1)) if household else ""


def write_manifest_csv(path: str | Path, passengers: list[dict]) -> int:
    """The carrier's passenger list, in boarding order; the column names stay English for their systems."""
    group = _groups()
    return _write(path, MANIFEST_COLUMNS, (
        (k, p["family_names"], p["given_names"], p["sex"], p["birth_date"] or "", p["passport_no"] or p["consular_id"],
         group(p["household"]), "yes" if p["boarded_at"] else "", "yes" if p["arrived_at"] else "")
        for k, p in enumerate(passengers, 1)))


def write_calllist_csv(path: str | Path, people: list[dict]) -> int:
    """A warden's call list, with empty result and note columns to fill and read back with `status`."""
    group = _groups()
    return _write(path, CALL_COLUMNS, (
        (p["id"], p["family_names"], p["given_names"], p["phone"], p["phone2"], p["place"], p["address"],
         group(p["household"]), p["languages"], "", "") for p in people))
