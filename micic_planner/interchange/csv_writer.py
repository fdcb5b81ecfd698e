"""Writing rows to a CSV file the way every export does: UTF-8 with a BOM (Excel opens accents right),
and every cell neutralised against formula injection."""

import csv
from collections.abc import Iterable
from pathlib import Path

from micic_planner.core.cells import csv_row


def write_csv(path: str | Path, header: list, rows: Iterable) -> int:
    """Write `header` then `rows` to `path`; returns how many rows were written."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow(csv_row(row))
            count += 1
    return count
