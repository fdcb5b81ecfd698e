"""Counts per area from another organisation's HXL dataset (#adm1 … #population, #affected), read with libhxl.

Only the people-count hashtags of the HXL core schema are read; the area is the first of #adm2,
#adm1 and #loc the dataset has (or the one asked for). Each row's counts are numbers; a cell that
is not one is reported with its row and column, never guessed.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import LIMITS, check_file_size
from micic_planner.interchange.xlsx import check_workbook_zip

_GROUPED = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*")
AREA_TAGS = ("#adm2", "#adm1", "#loc")
# HXL core hashtags whose values count people (HXL standard 1.1, "People and households").
COUNT_TAGS = ("#population", "#affected", "#inneed", "#targeted", "#reached")


@dataclass
class AreaRow:
    row: int  # the data row, 1 for the first under the hashtag row
    area: str
    counts: dict[str, float] = field(default_factory=dict)  # by hashtag with attributes, "#affected+f"


@dataclass
class AreaFigures:
    area_tag: str
    rows: list[AreaRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # cells not read, and why
    unread_columns: list[str] = field(default_factory=list)


def read_area_figures(path: str | Path, area: str = "") -> AreaFigures:
    """The dataset's people counts by area; refused when it has no hashtag row, no area or no count column."""
    import hxl

    where = str(path)
    try:
        check_file_size(path, LIMITS.status_bytes)
        if Path(path).suffix.lower() == ".xlsx":
            check_workbook_zip(Path(path))  # a workbook that unpacks to gigabytes is refused before libhxl opens it
        # Opened here, not by libhxl, which leaves the file open when it refuses it.
        with open(path, "rb") as stream:
            source = hxl.data(stream, hxl.InputOptions(encoding=_encoding(path)))
            columns = list(source.columns)
            rows = [(r.row_number + 1, list(r.values)) for r in source]
    except hxl.HXLException as exc:
        reason = getattr(exc, "message", "") or str(exc)
        raise ImportFileError(_("This is not an HXL dataset: {reason}").format(reason=reason), where=where,
                              hint=_("An HXL file has a row of hashtags such as #adm1 and #population under its "
                                     "titles.")) from None
    except Exception as exc:  # libhxl lets csv, zip and spreadsheet readers' own errors through on a broken file
        raise ImportFileError(_("This file cannot be read as an HXL dataset: {reason}").format(
            reason=str(exc) or type(exc).__name__), where=where,
            hint=_("Save it again as CSV (UTF-8) or XLSX, with the hashtag row under the titles.")) from None
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=where, hint=_("Check the path and try again.")) from None
    tags = [c.display_tag or "" for c in columns]
    wanted = [area] if area else list(AREA_TAGS)
    area_at = next((i for w in wanted for i, c in enumerate(columns) if c.tag == w or c.display_tag == w), None)
    if area_at is None:
        raise ImportFileError(_("The dataset has no area column ({tags}).").format(tags=", ".join(wanted)),
                              where=where, hint=_("Name the area column with --area, for example --area #adm2."))
    counts = [i for i, c in enumerate(columns) if c.tag in COUNT_TAGS]
    if not counts:
        raise ImportFileError(_("The dataset has no column of people counts ({tags}).").format(
            tags=", ".join(COUNT_TAGS)), where=where, hint=_("Only counts of people per area are read."))
    result = AreaFigures(tags[area_at], unread_columns=[t for i, t in enumerate(tags)
                                                        if t and i != area_at and i not in counts])
    for number, values in rows:
        # A workbook gives numbers as numbers: every cell is read as the text it shows.
        cells = [_text(v) for v in values] + [""] * (len(columns) - len(values))
        row = AreaRow(number, cells[area_at].strip())
        for i in counts:
            text = cells[i].strip().replace(" ", "").replace("\u00a0", "")
            if not text:
                continue
            # Counts of people are whole: "12,500" and "12.500" both group thousands.
            if _GROUPED.fullmatch(text):
                text = text.replace(",", "").replace(".", "")
            try:
                row.counts[tags[i]] = float(text)
            except ValueError:
                result.problems.append(_("row {row}, {column}: “{value}” is not a number").format(
                    row=number, column=tags[i], value=cells[i]))
        result.rows.append(row)
    return result


def _encoding(path) -> str | None:
    """UTF-8 for a text file that is UTF-8, else Windows-1252 (what Excel writes in Spanish); None for a workbook."""
    if Path(path).suffix.lower() in (".xlsx", ".xls"):
        return None
    try:
        Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeError:
        return "cp1252"
    return "utf-8-sig"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
