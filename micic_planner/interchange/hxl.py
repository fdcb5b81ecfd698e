"""HXL-tagged CSV of aggregate figures per zone: counts only, never a person (Humanitarian Exchange Language)."""

import csv
from pathlib import Path

from micic_planner.core.atomic_output import explain_os_error
from micic_planner.core.cells import csv_safe
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _, translate
from micic_planner.core.limits import LIMITS, check_file_size, field_too_long

# (figure key, HXL hashtag with attributes, English column title)
COLUMNS: list[tuple[str, str, str]] = [
    ("zone", "#loc+name", "Zone"),
    ("total", "#affected+total", "Nationals"),
    ("sex:F", "#affected+f", "Women and girls"),
    ("sex:M", "#affected+m", "Men and boys"),
    ("vuln:unaccompanied_child", "#affected+children+unaccompanied", "Unaccompanied children"),
    ("vuln:separated_child", "#affected+children+separated", "Separated children"),
    ("vuln:older_person", "#affected+elderly", "Older persons"),
    ("vuln:disability", "#affected+disabled", "Persons with disabilities"),
    # Trafficking, detention and missing documents never appear, not even as a count.
    ("vuln:medical_need", "#affected+medical", "Medical needs"),
    ("vuln:pregnant", "#affected+f+pregnant", "Pregnant women"),
] + [(f"status:{s.value}", f"#affected+{s.value}", s.label_en) for s in AccountabilityStatus]


def write_hxl(path: str | Path, figures: list[dict], lang: str = "en") -> int:
    """A title row, the HXL hashtag row and one row per zone; returns the zone rows written.

    No total row: HXL has no way to mark a row as a total, so every HXL tool (libhxl's count and
    sum filters, the HXL Proxy, a spreadsheet's SUM) would take it for one more zone and count the
    post's nationals twice. A row with `is_total` in `figures` is left out.
    """
    rows = [r for r in figures if not r.get("is_total")]
    try:
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([translate(title, lang) for _k, _t, title in COLUMNS])
            writer.writerow([tag for _k, tag, _t in COLUMNS])
            for row in rows:
                writer.writerow([csv_safe(row.get("zone") or translate("No zone", lang))]
                                + [row.get(key, 0) for key, _t, _h in COLUMNS[1:]])
    except OSError as exc:
        raise explain_os_error(exc, path) from None
    return len(rows)


def read_hxl(path: str | Path) -> list[dict[str, str]]:
    """Rows keyed by hashtag (with attributes), from the first row whose cells are all hashtags."""
    try:
        check_file_size(path, LIMITS.status_bytes)
        csv.field_size_limit(LIMITS.field_chars)
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=str(path), hint=_("Check the path and try again.")) from None
    except (UnicodeError, csv.Error) as exc:
        if "field limit" in str(exc):
            raise field_too_long(str(path)) from None
        raise ImportFileError(_("This is not a valid HXL CSV file: {reason}").format(reason=exc), where=str(path),
                              hint=_("Ask the sender for the file again.")) from None
    for index, row in enumerate(rows[:25]):
        cells = [c.strip() for c in row if c.strip()]
        if cells and all(c.startswith("#") for c in cells):
            tags = [c.strip() for c in row]
            return [{t: v for t, v in zip(tags, data) if t} for data in rows[index + 1:] if any(data)]
    raise ImportFileError(_("The file has no HXL hashtag row."), where=str(path),
                          hint=_("An HXL file has a row of hashtags such as #loc+name under its titles."))
