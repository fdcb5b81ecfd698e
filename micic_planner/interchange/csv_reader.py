"""Reading a CSV file of any usual shape: delimiter and encoding found by looking, rows streamed."""

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, check_file_size, field_too_long, too_large

DELIMITERS = ",;\t|"
_SAMPLE = 64 * 1024
csv.field_size_limit(LIMITS.field_chars)


@dataclass
class TableFile:
    """A file of rows with a header line: its headers, and its data rows numbered as a spreadsheet shows them.

    The header is row 1, so the first data row is row 2, as the person sees it in Excel or LibreOffice.
    """

    path: Path
    headers: list[str]
    encoding: str = "utf-8"
    delimiter: str = ","
    kind: str = "csv"

    def rows(self) -> Iterator[tuple[int, list]]:
        return _csv_rows(self)

    def preview(self, count: int = 50) -> list[list]:
        out = []
        for _n, values in self.rows():
            out.append(values)
            if len(out) >= count:
                break
        return out

    def estimate_rows(self) -> int:
        """About how many data rows, from the size of the file (for progress bars)."""
        size = self.path.stat().st_size
        with open(self.path, "rb") as f:
            sample = f.read(_SAMPLE)
        lines = sample.count(b"\n") or 1
        return max(1, int(size / (len(sample) / lines)) - 1) if sample else 0


def detect_encoding(path: Path) -> str:
    """utf-8-sig with a BOM, utf-8 if every byte decodes, else Windows-1252 (or Latin-1 where 1252 has holes)."""
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        holes = set(b"\x81\x8d\x8f\x90\x9d")
        while chunk := f.read(1 << 20):
            if holes.intersection(chunk):
                return "latin-1"
    return "cp1252"


def detect_delimiter(sample: str) -> str:
    """The delimiter of the header line: csv.Sniffer first, then the most frequent candidate."""
    first = sample.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample[:8192], delimiters=DELIMITERS).delimiter
        if found in first:
            return found
    except csv.Error:
        pass
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def open_csv(path: str | Path) -> TableFile:
    """Open a CSV file and read its header line; raise ImportFileError when it cannot be read as a table."""
    path = Path(path)
    try:
        check_file_size(path, LIMITS.table_bytes)
        encoding = detect_encoding(path)
        with open(path, encoding=encoding, newline="") as f:
            sample = f.read(_SAMPLE)
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=str(path), hint=_("Check the path and that the file is not open elsewhere.")
                              ) from None
    except UnicodeError:
        raise ImportFileError(_("The file's text encoding cannot be read."), where=str(path),
                              hint=_("Save it as CSV UTF-8 from the spreadsheet program.")) from None
    if "\x00" in sample:
        raise ImportFileError(_("This is not a text (CSV) file."), where=str(path),
                              hint=_("Save the spreadsheet as CSV or XLSX and import that file.")) from None
    if not sample.strip():
        raise ImportFileError(_("The file is empty."), where=str(path),
                              hint=_("Use the import template and fill in one row per national."))
    delimiter = detect_delimiter(sample)
    try:
        headers = next(csv.reader([sample.splitlines()[0]], delimiter=delimiter))
    except (csv.Error, StopIteration):
        raise ImportFileError(_("The first line of the file is not a header line."), where=str(path),
                              hint=_("The first line must name the columns.")) from None
    headers = [h.strip() for h in headers]
    if len(headers) > LIMITS.columns:
        raise too_large(_("columns"), len(headers), LIMITS.columns, str(path))
    if not any(headers):
        raise ImportFileError(_("The first line of the file has no column names."), where=str(path),
                              hint=_("The first line must name the columns."))
    return TableFile(path, headers, encoding, delimiter)


def row_where(path, row: int) -> str:
    return _("{file}, row {row}").format(file=path, row=row)


def _csv_rows(table: TableFile) -> Iterator[tuple[int, list]]:
    number = 1
    try:
        with open(table.path, encoding=table.encoding, newline="") as f:
            reader = csv.reader(f, delimiter=table.delimiter)
            next(reader, None)
            for values in reader:
                number += 1
                if number > LIMITS.rows:
                    raise too_large(_("rows"), number - 1, LIMITS.rows, str(table.path))
                if len(values) > LIMITS.columns:
                    raise too_large(_("columns"), len(values), LIMITS.columns, row_where(table.path, number))
                if values and any(values):
                    yield number, values
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise field_too_long(row_where(table.path, number + 1)) from None
        raise ImportFileError(_("The file is not valid CSV near row {row}: {reason}").format(
            row=number + 1, reason=exc), where=str(table.path),
            hint=_("Check the quotes in that row, or save the file again as CSV.")) from None
    except UnicodeDecodeError:
        raise ImportFileError(_("The file's text encoding changes near row {row}.").format(row=number + 1),
                              where=str(table.path), hint=_("Save it as CSV UTF-8 from the spreadsheet program.")
                              ) from None
