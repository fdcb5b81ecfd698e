"""The return directory as one CSV (optionally HXL-tagged): programmes and services, a row each, a type column."""

import csv
from datetime import date
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput
from micic_planner.core.cells import csv_safe
from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.returns.case import Profile
from micic_planner.core.returns.directory import Programme, Service, ServiceKind

COLUMNS = ("type", "name", "run_by", "kind", "pays_for", "target", "countries", "municipality", "eligibility",
           "contact", "valid_from", "valid_until")
# HXL hashtags (https://hxlstandard.org/standard/dictionary/) for the row under the header.
HXL = ("#meta+type", "#org+name", "#org+impl", "#service+type", "#service+funded", "#targeted+profile",
       "#country+code", "#adm2+name", "#meta+eligibility", "#contact", "#date+start", "#date+end")


def write_directory(path: str | Path, entries: list[Programme | Service], hxl: bool = False) -> int:
    with AtomicOutput(path) as output:
        with open(output.path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(COLUMNS)
            if hxl:
                writer.writerow(HXL)
            for e in entries:
                if isinstance(e, Programme):
                    row = ("programme", e.name, e.run_by, "", e.pays_for,
                           ",".join(p.name.lower() for p in Profile.members() if e.target & p), ",".join(e.countries),
                           "", e.eligibility, e.contact, e.valid_from or "", e.valid_until or "")
                else:
                    row = ("service", e.name, e.run_by, e.kind.value, "", "", e.country, e.municipality, "",
                           e.contact, "", "")
                writer.writerow([csv_safe(str(v)) for v in row])
        output.commit()
    return len(entries)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def read_directory(path: str | Path) -> list[Programme | Service]:
    """Entries from a directory CSV (an HXL row is skipped); a bad cell names its row and column."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeError, csv.Error) as exc:
        raise ImportFileError(_("The directory file cannot be read: {reason}").format(reason=exc),
                              where=str(path)) from None
    out: list[Programme | Service] = []
    for number, row in enumerate(rows, start=2):
        if (row.get("type", "") or "").startswith("#"):
            continue
        where = _("{path}, row {row}").format(path=path.name, row=number)
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        get = cells.get
        day = _day
        try:
            if get("type", "") == "programme":
                column = "target"
                target = Profile.from_codes(get("target", "").split(","))
                column = "valid_from"
                start = day(get("valid_from", ""))
                column = "valid_until"
                end = day(get("valid_until", ""))
                out.append(Programme(get("name", ""), get("run_by", ""), get("pays_for", ""), target,
                                     [c.strip().upper() for c in get("countries", "").split(",") if c.strip()],
                                     get("eligibility", ""), get("contact", ""), start, end))
            elif get("type", "") == "service":
                column = "kind"
                out.append(Service(get("name", ""), ServiceKind(get("kind", "")), get("countries", "").upper(),
                                   get("municipality", ""), get("run_by", ""), get("contact", "")))
            else:
                column = "type"
                raise ValueError(get("type", ""))
        except (ValueError, KeyError) as exc:
            raise ImportFileError(_("Column “{column}” has a value that is not allowed: {value}").format(
                column=column, value=exc), where=where,
                hint=_("Correct that cell and import the file again.")) from None
    return out
