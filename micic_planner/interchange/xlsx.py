"""Reading the first sheet of an XLSX workbook as rows, and writing rows to a new workbook (openpyxl)."""

import contextlib
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from micic_planner.core.errors import FileLimitError, ImportFileError, MicicError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, MB, check_file_size, field_too_long, too_large
from micic_planner.interchange.csv_reader import TableFile


class XlsxTable(TableFile):
    """The first worksheet of a workbook; row numbers are the sheet's own."""

    def rows(self) -> Iterator[tuple[int, list]]:
        workbook = _load(self.path)
        # Only the header's columns are read: a sheet that declares 16,384 columns would otherwise
        # be padded to that width on every row, which is what made crafted workbooks take minutes.
        width = max(1, len(self.headers))
        cells = 0
        try:
            sheet = workbook.worksheets[0]
            for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
                cells += width
                if number > LIMITS.rows or cells > LIMITS.cells:
                    raise too_large(_("rows"), number - 1, min(LIMITS.rows, LIMITS.cells // width), str(self.path))
                if any(v not in (None, "") for v in values):
                    yield number, [_cell(v, self.path, number) for v in values]
        except MicicError:
            raise
        except Exception as exc:  # a damaged sheet fails lazily, inside openpyxl, in many ways
            raise ImportFileError(_("The workbook is damaged: {reason}").format(reason=exc), where=str(self.path),
                                  hint=_("Open it in the spreadsheet program and save it again.")) from None
        finally:
            workbook.close()

    def estimate_rows(self) -> int:
        workbook = _load(self.path)
        try:
            return max(0, min(workbook.worksheets[0].max_row or 1, LIMITS.rows) - 1)
        finally:
            workbook.close()


def _cell(value, path: Path, row: int):
    if isinstance(value, str) and len(value) > LIMITS.field_chars:
        raise field_too_long(_("{file}, row {row}").format(file=path, row=row))
    return value


def check_workbook_zip(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than a laptop should hold, before openpyxl reads any.

    openpyxl keeps the shared strings in memory even in read-only mode, and a zip bomb declares
    gigabytes in a few kilobytes; the zip's own directory says both without unpacking anything.
    """
    check_file_size(path, LIMITS.xlsx_bytes)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: openpyxl's own error says so below
    total = 0
    for info in infos:
        total += info.file_size
        strings = info.filename.lower().endswith("sharedstrings.xml")
        bomb = info.file_size > 10 * MB and info.file_size > LIMITS.xlsx_ratio * max(1, info.compress_size)
        if bomb or (strings and info.file_size > LIMITS.xlsx_strings) or total > LIMITS.xlsx_unpacked:
            raise FileLimitError("file", _("The workbook unpacks to far more than a list of nationals needs "
                                            "({size:,} MB in {part}).").format(size=max(total, info.file_size) // MB,
                                                                              part=info.filename),
                                  where=str(path), hint=_("Open it in the spreadsheet program, keep only the list, "
                                                          "and save it as XLSX or CSV."))


def _load(path: Path):
    from openpyxl import load_workbook

    check_workbook_zip(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=str(path), hint=_("Check the path and that the file is not open elsewhere.")
                              ) from None
    except Exception:  # openpyxl raises zip, XML, key and value errors for a file that is not a workbook
        raise ImportFileError(_("This is not an Excel (XLSX) workbook, or it is damaged."), where=str(path),
                              hint=_("Open it in the spreadsheet program and save it as XLSX or CSV.")) from None
    if not workbook.worksheets:
        workbook.close()
        raise ImportFileError(_("The workbook has no sheet."), where=str(path),
                              hint=_("Put the list on the first sheet."))
    return workbook


def open_xlsx(path: str | Path) -> XlsxTable:
    """Open a workbook and read the header row of its first sheet."""
    path = Path(path)
    workbook = _load(path)
    try:
        first = next(workbook.worksheets[0].iter_rows(max_row=1, max_col=LIMITS.columns + 1, values_only=True),
                     None)
    except Exception as exc:  # see _load
        raise ImportFileError(_("The workbook is damaged: {reason}").format(reason=exc), where=str(path),
                              hint=_("Open it in the spreadsheet program and save it again.")) from None
    finally:
        workbook.close()
    headers = ["" if v is None else str(v).strip() for v in (first or ())]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > LIMITS.columns:
        raise too_large(_("columns"), len(headers), LIMITS.columns, str(path))
    if not any(headers):
        raise ImportFileError(_("The first row of the sheet has no column names."), where=str(path),
                              hint=_("The first row must name the columns."))
    return XlsxTable(path, headers, kind="xlsx")


def write_xlsx(path: str | Path, headers: list[str], rows: Iterable[Iterable], sheet_title: str = "") -> int:
    """Write a workbook with one sheet (streamed, so a million rows fit in memory); returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=(sheet_title or "Sheet1")[:31])
    from openpyxl.cell import WriteOnlyCell

    # A write-only sheet writes its view with the first row: the pane is frozen before any row is added.
    sheet.freeze_panes = "A2"
    bold = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        bold.append(cell)
    sheet.append(bold)
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from micic_planner.core.cells import formula_like

    def text_cell(value: str):
        # Control characters pasted into a record are not allowed in a worksheet; they carry no meaning.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not formula_like(value):
            return value
        cell = WriteOnlyCell(sheet, value=value)  # a string with Excel's quote prefix: shown, never run
        cell.data_type, cell.quotePrefix = "s", True
        return cell

    def date_cell(value: date):
        # A real date, shown as ISO 8601 whatever the reader's locale (31/05 or 05/31 would be ambiguous).
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    def written(v):
        if v is None:
            return ""
        if isinstance(v, str):
            return text_cell(v)
        return date_cell(v) if isinstance(v, date) and not isinstance(v, datetime) else v

    count = 0
    try:
        for row in rows:
            sheet.append([written(v) for v in row])
            count += 1
        workbook.save(path)
    except BaseException:
        # Close openpyxl's temporary sheet file now, so the caller can remove it and nothing writes to it later.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    return count
