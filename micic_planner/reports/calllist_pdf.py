"""A warden's call list: the nationals still to reach, households together, the most vulnerable first."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Spacer

from micic_planner.core.i18n import Translator
from micic_planner.core.paper import paper_for
from micic_planner.reports.crisis_common import (
    SignatureLines,
    TextLines,
    build,
    frame_height,
    frame_width,
    needs_text,
    sheet_pages,
)
from micic_planner.reports.page import PageInfo
from micic_planner.reports.sheet_grid import SheetColumns
from micic_planner.reports.styles import PAPER

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
    country: str = ""  # the post's host country: it chooses the paper unless the renderer is told


class CallListRenderer:
    def __init__(self, lang: str = "en", paper: str | None = None):
        self.tr = Translator(lang)
        self.paper = paper

    def pagesize(self, sheet: CallSheet | None = None):
        return landscape(PAPER[paper_for(sheet.country if sheet else "", self.paper)])

    def render(self, sheet: CallSheet, people: list[dict], out: str | Path | None = None) -> bytes:
        """`people` are dicts as `AccountabilityStore.call_list` returns them, in calling order."""
        tr = self.tr
        pagesize = self.pagesize(sheet)
        header = [tr("No."), tr("Name"), tr("Phone"), tr("Other phone"), tr("Place / address"), tr("Group"),
                  tr("Needs"), tr("Result"), tr("Note")]
        boxes = "  ".join(f"☐{code}" for code, _label in RESULTS)
        groups: dict[str, int] = {}
        rows = []
        for k, p in enumerate(people, 1):
            group = str(groups.setdefault(p["household"], len(groups) + 1)) if p["household"] else ""
            place = ", ".join(x for x in (p["place"], p["address"]) if x)
            rows.append([str(k), f"{p['family_names']}, {p['given_names']}", p["phone"] or "", p["phone2"] or "",
                         place, group, needs_text(p["vulnerabilities"] or 0, tr), boxes, ""])
        width = frame_width(pagesize)
        columns = SheetColumns(header, [4, 26, 13, 13, 30, 5, 12, 16, 14], codes=(0, 2, 3, 5, 7), width=width,
                               fixed={8: 60})
        widths = columns.widths(rows)
        legend = "   ".join(f"{code} = {tr(label)}" for code, label in RESULTS)
        heading = TextLines([
            (f"{tr('Call list')}: {sheet.warden_name} — {tr('Zone')} {sheet.zone_name}", 11, True),
            (f"{tr('Not yet contacted')}: {len(people)}   {tr('Warden phone')}: {sheet.warden_phone or '—'}   "
             f"{tr('Crisis')}: {sheet.crisis_title or '—'}", 8, False),
            (f"{tr('Result')}: {legend}", 8, False),
        ], width)
        signatures = SignatureLines([tr("Warden (name, signature)"), tr("Date and time returned"),
                                     tr("Received by (crisis cell)")], width, SIGNATURES)
        room = frame_height(pagesize) - heading.height - signatures.height - 6 - 2
        story = sheet_pages(header, rows, widths, room, before=lambda page: [heading],
                            after=lambda page: [Spacer(1, 6), signatures])
        info = PageInfo(sheet.post_name, f"{tr('Call list')} — {sheet.warden_name}",
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}",
                        tr(sheet.marking) if sheet.marking else "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=pagesize, title=f"{tr('Call list')} {sheet.warden_name}")
