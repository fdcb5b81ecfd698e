"""The passenger manifest of a movement: boarding order, whole names and documents, tick boxes, signatures."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Spacer

from micic_planner.core.crisis import Movement
from micic_planner.core.i18n import Translator
from micic_planner.core.paper import paper_for
from micic_planner.core.sex_codes import letter
from micic_planner.reports.crisis_common import (
    SignatureLines,
    TextLines,
    build,
    frame_height,
    frame_width,
    iso_date,
    needs_text,
    sheet_pages,
)
from micic_planner.reports.page import PageInfo
from micic_planner.reports.sheet_grid import SheetColumns
from micic_planner.reports.styles import PAPER

SIGNATURES = 40
# Spanish sheets write sex as H (hombre) and M (mujer); English ones as M and F.
BLANK = "________________"


@dataclass
class ManifestSheet:
    """What a manifest prints besides its passengers."""

    movement: Movement
    post_name: str
    origin_name: str = ""
    crisis_title: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    marking: str = "RESTRICTED"
    country: str = ""  # the post's host country: it chooses the paper unless the renderer is told
    crosses_border: bool = False  # then a passenger without a passport valid on the day of departure is flagged


class ManifestRenderer:
    def __init__(self, lang: str = "en", paper: str | None = None):
        self.tr = Translator(lang)
        self.lang = lang
        self.paper = paper

    def pagesize(self, sheet: ManifestSheet | None = None):
        return PAPER[paper_for(sheet.country if sheet else "", self.paper)]

    def render(self, sheet: ManifestSheet, passengers: list[dict], out: str | Path | None = None) -> bytes:
        """`passengers` are dicts as `MovementStore.passengers` returns them, in boarding order."""
        tr = self.tr
        m = sheet.movement
        pagesize = self.pagesize(sheet)
        day = (m.departs_at or sheet.printed_at.isoformat())[:10]
        header = [tr("No."), tr("Family names"), tr("Given names"), tr("Sex"), tr("Born"), tr("Document no."),
                  tr("Group"), tr("Needs"), tr("Boarded"), tr("Arrived")]
        groups: dict[str, int] = {}
        rows = []
        for k, p in enumerate(passengers, 1):
            group = str(groups.setdefault(p["household"], len(groups) + 1)) if p["household"] else ""
            document = "\n".join(x for x in (p["passport_no"], p["consular_id"]) if x)
            if sheet.crosses_border and not self._travels(p, day):
                document = f"{document}\n⚠ {tr('No valid passport')}".strip()
            rows.append([str(k), p["family_names"] or "", p["given_names"] or "", letter(p["sex"], self.lang),
                         iso_date(p["birth_date"]), document, group, needs_text(p["vulnerabilities"] or 0, tr),
                         "☒" if p.get("boarded_at") else "☐", "☒" if p.get("arrived_at") else "☐"])
        width = frame_width(pagesize)
        # No signature per passenger: eleven columns do not fit a portrait page at 8 pt; the officer and
        # the driver sign at the foot of every page.
        columns = SheetColumns(header, [5, 24, 22, 5, 12, 16, 6, 16, 8, 8], codes=(0, 3, 4, 5, 6), width=width)
        widths = columns.widths(rows)
        sex_key = tr("Sex: H = man, M = woman") if self.lang == "es" else tr("Sex: M = male, F = female")
        heading = TextLines([
            (f"{tr('Passenger manifest')}: {m.name} ({m.mode.label(self.lang)})", 11, True),
            (f"{tr('From')}: {sheet.origin_name or '—'}   {tr('To')}: {m.destination or '—'}   "
             f"{tr('Departure')}: {m.departs_at.replace('T', ' ') or BLANK}   {tr('Crisis')}: "
             f"{sheet.crisis_title or '—'}", 8, False),
            (f"{tr('Seats')}: {m.seats}   {tr('Passengers')}: {len(passengers)}   {tr('Carrier')}: "
             f"{m.carrier or BLANK}   {tr('Vehicle plate')}: {BLANK}", 8, False),
            (f"{tr('Driver')}: {BLANK}{BLANK}   {tr('Driver phone')}: {BLANK}   {sex_key}", 8, False),
        ], width)
        if sheet.crosses_border:
            heading = TextLines([*((t, size, bold) for t, size, bold in heading.lines),
                                 (tr("This movement crosses a border: a passenger marked ⚠ needs an emergency travel "
                                     "document before boarding."), 8, True)], width)
        signatures = SignatureLines([tr("Consular officer (name, signature)"), tr("Carrier / driver (name, signature)"),
                                     tr("Date and time of departure")], width, SIGNATURES)
        room = frame_height(pagesize) - heading.height - signatures.height - 6 - 2
        story = sheet_pages(header, rows, widths, room, before=lambda page: [heading],
                            after=lambda page: [Spacer(1, 6), signatures])
        info = PageInfo(sheet.post_name, f"{tr('Manifest')} {m.name}",
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}",
                        tr(sheet.marking) if sheet.marking else "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=pagesize, title=f"{tr('Manifest')} {m.name}")

    @staticmethod
    def _travels(passenger: dict, day: str) -> bool:
        """Whether the passenger holds a passport valid on `day` (ISO date); a consular ID is no travel document."""
        expiry = passenger.get("passport_expiry")
        expiry = expiry.isoformat() if hasattr(expiry, "isoformat") else str(expiry or "")
        return bool(passenger.get("passport_no")) and (not expiry or expiry[:10] >= day)
