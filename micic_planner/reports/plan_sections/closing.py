"""The end of the plan: the crisis forms to print blank, and the glossary of the acronyms the plan uses."""

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table

from micic_planner.core.glossary import used_acronyms
from micic_planner.reports.plan_sections.common import Heading

ROW = 8 * mm
# (title, line of header fields, columns with their weights, rows): blank, to fill by hand in the crisis cell.
FORMS = (
    ("Situation report", "Post: ______________   Report No. ____   Date and time: ______________   Phase: ____",
     (("Item", 1), ("Since the last report", 3)),
     ("Situation in the jurisdiction", "Nationals safe", "Nationals missing", "Nationals injured",
      "Nationals deceased", "Nationals moved or evacuated", "Actions taken", "Needs and requests",
      "Routes and crossings", "Next report")),
    ("Incident log", "Post: ______________   Sheet ____ of ____",
     (("Time", 1), ("Incident", 4), ("Reported by", 2), ("Action and who", 3), ("Closed", 1)), 20),
    ("Travel-document register", "Post: ______________   Series: ______________",
     (("No.", 1), ("Document number", 2), ("Family names, given names", 4), ("Date", 1.5), ("Issued by", 2),
      ("Signature", 1.5)), 20),
    ("Needs assessment", "Place: ______________   Date: ____________   Assessed by: ______________",
     (("Need", 2), ("People", 1), ("Of whom vulnerable", 1.5), ("Urgency", 1), ("Partner who can help", 2.5),
      ("Follow-up", 2)), ("Water", "Food", "Shelter", "Health care", "Medicines", "Documents", "Transport",
                          "Cash", "Communication with family", "Psychosocial support", "Other")),
    ("Manifest", "Vehicle or flight: ______________   From: ______________   To: ______________   "
     "Departure: ____________",
     (("Seat", 1), ("Family names, given names", 4), ("Document", 2), ("Household", 1.5), ("Needs", 2),
      ("Boarded", 1)), 20),
)


def crisis_forms(ctx) -> list:
    """Each form on a page of its own, its rows ruled and its header line to fill in."""
    story = [_annex_heading(ctx, "Crisis forms")]
    for title, header_line, columns, rows in FORMS:
        header = [c for c, _w in columns]
        weights = [w for _c, w in columns]
        if isinstance(rows, int):
            body = [[""] * len(header) for _ in range(rows)]
        else:
            body = [[ctx.t(label)] + [""] * (len(header) - 1) for label in rows]
        story += [ctx.raw(f"<b>{ctx.t(title)}</b>", "H3"), ctx.p(header_line),
                  ctx.table(header, body, weights, row_height=ROW * (1.6 if not isinstance(rows, int) else 1)),
                  ctx.gap(3), ctx.p("Prepared by: ______________   Signature: ______________   Time: ________"),
                  PageBreak()]
    return story


def _annex_heading(ctx, text: str) -> Heading:
    """An annex listed under "Annexes" in the contents, set as large as a chapter: it opens a page of its own,
    so the short page of blank rows before it reads as the end of a form, not a page left half empty."""
    label = ctx.t(text)
    key = f"h{len(ctx.toc)}"
    ctx.toc.append((2, label, key))
    return Heading(label, ctx.styles["H1"], 2, key)


def flowable_texts(flowables) -> list[str]:
    """The words every flowable of the story will print (paragraphs, table cells), for the glossary."""
    texts = []
    for f in flowables:
        if isinstance(f, Paragraph):
            texts.append(f.text)
        elif isinstance(f, Table):
            texts += flowable_texts(c for row in f._cellvalues for c in row)
        elif isinstance(f, str):
            texts.append(f)
        elif hasattr(f, "_content"):
            texts += flowable_texts(f._content)
    return texts


def glossary(ctx, body: list) -> list:
    """The acronyms of plans/glossary.csv that appear in `body`, in the plan's language."""
    found = used_acronyms(flowable_texts(body), ctx.lang)
    story = [_annex_heading(ctx, "Glossary of acronyms")]
    if found:
        story.append(ctx.table(["Acronym", "Meaning"], [[a, m] for a, m in found], [25, 145]))
    else:
        story.append(ctx.empty("The plan uses no acronym of the glossary."))
    return story + [PageBreak()]
