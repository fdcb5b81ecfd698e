"""Headquarters' country picture as HXL-tagged CSV: one row per post and zone, counts only, small counts hidden.

The columns follow the post's own HXL export (interchange/hxl.py): #affected+total and one
#affected+<status> per accountability status, plus #reached for those accounted for. The post is
#org+name (the consular post), the zone #adm1+name. No total rows: HXL tools would count them twice.
"""

import csv
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput
from micic_planner.core.cells import csv_safe
from micic_planner.core.enums import AccountabilityStatus
from micic_planner.core.i18n import translate
from micic_planner.core.small_counts import SUPPRESSED
from micic_planner.core.sync.picture import RETURN_GROUPS, CountryPicture, picture_rows, return_rows

COLUMNS = ([("post", "#org+name", "Post"), ("zone", "#adm1+name", "Zone"), ("total", "#affected+total", "Nationals"),
            ("accounted", "#reached+accounted", "Accounted for")]
           + [(s.value, f"#affected+{s.value}", s.label_en) for s in AccountabilityStatus])


def write_picture_hxl(path: str | Path, picture: CountryPicture, lang: str, threshold: int) -> int:
    """A title row, the HXL hashtag row, then one row per post and zone; returns the rows written."""
    return _write(path, COLUMNS, picture_rows(picture, threshold, lang), lang, ("post", "zone"))


def _write(path: str | Path, columns, rows: list[dict], lang: str, names: tuple[str, ...]) -> int:
    """A title row, the HXL hashtag row, then `rows`: names made safe for a spreadsheet, hidden counts as *."""
    with AtomicOutput(path) as output:
        with open(output.path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([translate(title, lang) for _k, _t, title in columns])
            writer.writerow([tag for _k, tag, _t in columns])
            for row in rows:
                writer.writerow([csv_safe(row[k]) if k in names else SUPPRESSED if row[k] is None else row[k]
                                 for k, _t, _h in columns])
        output.commit()
    return len(rows)


RETURN_COLUMNS = [("post", "#org+name", "Post"), ("open", "#affected+returning+open", "Open cases"),
                  ("returned", "#affected+returned", "Returned"),
                  ("in_reintegration", "#affected+returned+reintegration", "In reintegration")]
assert [k for k, _t, _h in RETURN_COLUMNS[1:]] == list(RETURN_GROUPS)


def write_returns_hxl(path: str | Path, picture: CountryPicture, lang: str, threshold: int) -> int:
    """Return cases by post (every post's, since they travel): open, returned, in reintegration; small counts
    hidden as in the picture. A title row, the HXL hashtag row, one row per post; returns the rows written."""
    return _write(path, RETURN_COLUMNS, return_rows(picture, threshold), lang, ("post",))
