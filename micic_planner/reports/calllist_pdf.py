"""A warden's call list: the nationals still to reach, households together, the most vulnerable first."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Spacer

from micic_planner.core.i18n import Translator
from micic_planner.reports.crisis_common import (
    ROW_HEIGHT,
    SignatureLines,
    TextLines,
    build,
    fit,
    frame_height,
    frame_width,
    needs_text,
    paged_tables,
)
from micic_planner.reports.page import PageInfo

PAGE = landscape(A4)
WIDTHS = [24, 150, 84, 84, 140, 32, 76, 96, 53]  # points; sums to the landscape A4 frame width
HEADING = 46
SIGNATURES = 36
# Letters a warden ticks by hand, with their legend at the top of every page.
RESULTS = (("S", "Safe"), ("H", "Needs help"), ("I", "Injured"), ("A", "Not in the area"), ("N", "No answer"))


@dataclass
class CallSheet:
    post_name: str
    warden_name: str
    zone_name: str
    warden_phone: str = ""
    crisis_title: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    marking: str = "RESTRICTED"


class CallListRenderer:
    def __init__(self, lang: str = "en"):
        self.tr = Translator(lang)

    def per_page(self) -> int:
        return int((frame_height(PAGE) - HEADING - SIGNATURES - 8) // ROW_HEIGHT) - 1

    def render(self, sheet: CallSheet, people: list[dict], out: str | Path | None = None) -> bytes:
        """`people` are dicts as `AccountabilityStore.call_list` returns them, in calling order."""
        tr = self.tr
        header = [tr("No."), tr("Name"), tr("Phone"), tr("Other phone"), tr("Place / address"), tr("Group"),
                  tr("Needs"), tr("Result"), tr("Note")]
        boxes = "  ".join(f"☐{code}" for code, _label in RESULTS)
        groups: dict[str, int] = {}
        rows = []
        for k, p in enumerate(people, 1):
            group = str(groups.setdefault(p["household"], len(groups) + 1)) if p["household"] else ""
            place = ", ".join(x for x in (p["place"], p["address"]) if x)
            rows.append([str(k), fit(f"{p['family_names']}, {p['given_names']}", WIDTHS[1]), p["phone"] or "",
                         p["phone2"] or "", fit(place, WIDTHS[4]), group,
                         fit(needs_text(p["vulnerabilities"] or 0, tr), WIDTHS[6], 6.5), boxes, ""])
        legend = "   ".join(f"{code} = {tr(label)}" for code, label in RESULTS)
        width = frame_width(PAGE)
        heading = TextLines([
            (f"{tr('Call list')}: {sheet.warden_name} — {tr('Zone')} {sheet.zone_name}", 11, True),
            (f"{tr('Not yet contacted')}: {len(people)}   {tr('Warden phone')}: {sheet.warden_phone or '—'}   "
             f"{tr('Crisis')}: {sheet.crisis_title or '—'}", 8, False),
            (f"{tr('Result')}: {legend}", 8, False),
        ], width)
        signatures = SignatureLines([tr("Warden (name, signature)"), tr("Date and time returned"),
                                     tr("Received by (crisis cell)")], width, SIGNATURES)
        story = paged_tables(header, rows, WIDTHS, self.per_page(), before=lambda page: [heading],
                             after=lambda page: [Spacer(1, 6), signatures], small_columns={6: 6.5, 7: 7})
        info = PageInfo(sheet.post_name, f"{tr('Call list')} — {sheet.warden_name}",
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}",
                        tr(sheet.marking) if sheet.marking else "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=PAGE, title=f"{tr('Call list')} {sheet.warden_name}")
