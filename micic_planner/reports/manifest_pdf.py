"""The passenger manifest of a movement: boarding order, documents, dates of birth, signatures."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Spacer

from micic_planner.core.crisis import Movement
from micic_planner.core.i18n import Translator
from micic_planner.core.sex_codes import letter
from micic_planner.reports.crisis_common import (
    ROW_HEIGHT,
    SignatureLines,
    TextLines,
    build,
    fit,
    frame_height,
    frame_width,
    iso_date,
    needs_text,
    paged_tables,
)
from micic_planner.reports.page import PageInfo

WIDTHS = [26, 74, 70, 24, 50, 80, 30, 56, 34, 49]  # points; sums to the A4 frame width
HEADING = 44
SIGNATURES = 40


@dataclass
class ManifestSheet:
    """What a manifest prints besides its passengers."""

    movement: Movement
    post_name: str
    origin_name: str = ""
    crisis_title: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    marking: str = "RESTRICTED"


class ManifestRenderer:
    def __init__(self, lang: str = "en"):
        self.tr = Translator(lang)
        self.lang = lang

    def per_page(self) -> int:
        return int((frame_height() - HEADING - SIGNATURES - 8) // ROW_HEIGHT) - 1

    def render(self, sheet: ManifestSheet, passengers: list[dict], out: str | Path | None = None) -> bytes:
        """`passengers` are dicts as `MovementStore.passengers` returns them, in boarding order."""
        tr = self.tr
        m = sheet.movement
        header = [tr("No."), tr("Family names"), tr("Given names"), tr("Sex"), tr("Born"),
                  tr("Document no."), tr("Group"), tr("Needs"), tr("Boarded"), tr("Signature")]
        groups: dict[str, int] = {}
        rows = []
        for k, p in enumerate(passengers, 1):
            group = ""
            if p["household"]:
                group = str(groups.setdefault(p["household"], len(groups) + 1))
            rows.append([str(k), fit(p["family_names"], WIDTHS[1]), fit(p["given_names"], WIDTHS[2]),
                         letter(p["sex"], self.lang),
                         iso_date(p["birth_date"]), p["passport_no"] or p["consular_id"] or "", group,
                         fit(needs_text(p["vulnerabilities"] or 0, tr), WIDTHS[7], 6.5),
                         "☒" if p.get("boarded_at") else "☐", ""])
        width = frame_width()
        heading = TextLines([
            (f"{tr('Passenger manifest')}: {m.name} ({m.mode.label(self.lang)})", 11, True),
            (f"{tr('From')}: {sheet.origin_name or '—'}   {tr('To')}: {m.destination or '—'}   "
             f"{tr('Departure')}: {m.departs_at.replace('T', ' ') or '—'}", 8, False),
            (f"{tr('Seats')}: {m.seats}   {tr('Passengers')}: {len(passengers)}   {tr('Carrier')}: "
             f"{m.carrier or '—'}   {tr('Crisis')}: {sheet.crisis_title}", 8, False),
        ], width)
        signatures = SignatureLines([tr("Consular officer (name, signature)"), tr("Carrier / driver (name, signature)"),
                                     tr("Date and time of departure")], width, SIGNATURES)
        story = paged_tables(header, rows, WIDTHS, self.per_page(), before=lambda page: [heading],
                             after=lambda page: [Spacer(1, 6), signatures],
                             small_columns={7: 6.5})
        info = PageInfo(sheet.post_name, f"{tr('Manifest')} {m.name}",
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}",
                        tr(sheet.marking) if sheet.marking else "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, title=f"{tr('Manifest')} {m.name}")
