"""The aggregate return figures as HXL-tagged CSV: one row per table and category, counts made safe to publish."""

import csv
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput
from micic_planner.core.cells import csv_safe
from micic_planner.core.i18n import translate
from micic_planner.core.returns.figures import TABLES, ReturnFigures

# The HXL attribute each table's category carries (https://hxlstandard.org/standard/dictionary/).
TAGS = {"sex": "#category+sex", "age": "#category+age", "profile": "#category+profile",
        "programme": "#org+programme", "country": "#country+code", "municipality": "#adm2+name",
        "state": "#status+case", "referrals_made": "#indicator+referrals+made",
        "referrals_delivered": "#indicator+referrals+delivered"}


def write_return_hxl(path: str | Path, figures: ReturnFigures, threshold: int, lang: str = "en",
                     label=lambda table, key, lang: key) -> int:
    """Title row, HXL hashtag row, then (table, category, count) rows; returns the rows written."""
    count = 0
    with AtomicOutput(path) as output:
        with open(output.path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([translate("Table", lang), translate("Category", lang), translate("Code", lang),
                             translate("Count", lang)])
            writer.writerow(["#meta+table", "#category+name", "#category+code", "#affected+returned"])
            for table in TABLES:
                tag = TAGS[table]
                for key, value in sorted(figures.published(table, threshold).items()):
                    writer.writerow([tag, csv_safe(label(table, key, lang)), csv_safe(key), value])
                    count += 1
        output.commit()
    return count
