"""A warden's call list: the nationals still to reach, households together, the most vulnerable first."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import PageBreak, Spacer

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
from micic_planner.reports.languages import language_names
from micic_planner.reports.page import PageInfo
from micic_planner.reports.sheet_grid import SheetColumns
from micic_planner.reports.styles import PAPER

SIGNATURES = 36
# Results are numbers, the same in every language: letters clashed ("S = A salvo" beside "A = Fuera de la zona").
RESULTS = (("1", "Safe"), ("2", "Needs help"), ("3", "Injured"), ("4", "Not in the area"), ("5", "No answer"))
BOXES = " ".join(f"☐{code}" for code, _label in RESULTS)


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
        self.lang = lang
        self.paper = paper

    def pagesize(self, sheet: CallSheet | None = None):
        return landscape(PAPER[paper_for(sheet.country if sheet else "", self.paper)])

    def render(self, sheet: CallSheet, people: list[dict], out: str | Path | None = None, script: str = "") -> bytes:
        """`people` are dicts as `AccountabilityStore.call_list` returns them, in calling order; `script`, a
        message for the warden to read to each household (a call script), heads every page.

        One block per household, with every member, every phone, the address, the languages and the
        emergency contact; households without any phone come last, apart, as the ones to visit.
        """
        tr = self.tr
        pagesize = self.pagesize(sheet)
        header = [tr("No."), tr("Members and result"), tr("Phones"), tr("Place / address"), tr("Languages"),
                  tr("Emergency contact"), tr("Note")]
        households: dict[str, list[dict]] = {}
        for k, p in enumerate(people):
            households.setdefault(p["household"] or f"\0{k}", []).append(p)
        blocks = [self._block(members) for members in households.values()]
        to_call = [b for b in blocks if b[2]]
        to_visit = [b for b in blocks if not b[2]]
        for number, block in enumerate(to_call + to_visit, 1):
            block[0] = str(number)
        width = frame_width(pagesize)
        columns = SheetColumns(header, [4, 34, 13, 22, 11, 18, 12], codes=(0, 2), width=width, fixed={6: 50})
        widths = columns.widths(to_call + to_visit)
        legend = "   ".join(f"{code} = {tr(label)}" for code, label in RESULTS)

        def heading(title: str, rows: list[list[str]]) -> TextLines:
            count, persons = len(rows), sum(row[1].count(BOXES) for row in rows)
            return TextLines([
                (f"{tr('Call list')}: {sheet.warden_name} — {tr('Zone')} {sheet.zone_name}", 11, True),
                *([(f"{tr('Read to each household')}: {script}", 9, True)] if script else []),
                (f"{title}: {tr('{n} households, {m} people').format(n=count, m=persons)}   "
                 f"{tr('Warden phone')}: {sheet.warden_phone or '—'}   {tr('Crisis')}: {sheet.crisis_title or '—'}",
                 8, False),
                (f"{tr('Tick one result per person')}: {legend}", 8, False),
            ], width)

        signatures = SignatureLines([tr("Warden (name, signature)"), tr("Date and time returned"),
                                     tr("Received by (crisis cell)")], width, SIGNATURES)
        story = []
        for title, rows in ((tr("To call"), to_call), (tr("To visit: no telephone"), to_visit)):
            if not rows and story:
                continue
            head = heading(title, rows)
            room = frame_height(pagesize) - head.height - signatures.height - 6 - 2
            if story:
                story.append(PageBreak())
            story += sheet_pages(header, rows, widths, room, before=lambda page, h=head: [h],
                                 after=lambda page: [Spacer(1, 6), signatures])
        info = PageInfo(sheet.post_name, f"{tr('Call list')} — {sheet.warden_name}",
                        f"{tr('Printed')} {sheet.printed_at:%Y-%m-%d %H:%M}",
                        tr(sheet.marking) if sheet.marking else "",
                        tr("Page {page} of {pages}"))
        return build(story, info, out, pagesize=pagesize, title=f"{tr('Call list')} {sheet.warden_name}")

    def _block(self, members: list[dict]) -> list[str]:
        """The cells of one household: [number, members with their result boxes, phones, address, languages,
        emergency contact, note]."""
        tr = self.tr
        lines, phones, places, languages, contacts = [], [], [], [], []
        for p in members:
            needs = needs_text(p["vulnerabilities"] or 0, tr)
            lines.append(f"{BOXES}  {p['family_names']}, {p['given_names']}" + (f" ({needs})" if needs else ""))
            phones += [x for x in (p["phone"], p["phone2"]) if x]
            places.append(", ".join(x for x in (p["place"], p["address"]) if x))
            languages += language_names(p.get("languages") or "", self.lang)
            contact = " ".join(x for x in (p.get("emergency_contact"), p.get("emergency_phone")) if x)
            if contact:
                contacts.append(contact)
        unique = lambda items: list(dict.fromkeys(x for x in items if x))  # noqa: E731
        return ["", "\n".join(lines), "\n".join(unique(phones)), "\n".join(unique(places)),
                ", ".join(unique(languages)), "\n".join(unique(contacts)), ""]
