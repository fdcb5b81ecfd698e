"""The front of the plan: cover, document control with how to use the plan, and the contents."""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from micic_planner.core.retention import rule_text
from micic_planner.reports.plan_sections.common import PlanContext, scale_widths
from micic_planner.reports.styles import ACCENT, FONT, FONT_BOLD, INK, RESTRICTED, RULE

HOW_TO_USE = (
    "Read sections 1 to 4 before a crisis: they say who decides, what can happen and whom the post protects.",
    "When an alert is raised, open the alert-level matrix (section 5): find the phase, check its triggers and "
    "carry out its actions in order; each action names the role that does it.",
    "Use the communication plan (section 6) to reach nationals through the wardens of each zone, with the "
    "message templates ready to send by SMS.",
    "Sections 7 to 9 give the assembly points, routes and partners to move and assist people; the annexes "
    "hold the contact sheet, checklists per hazard and phase, and blank forms to print.",
    "Section 13 lists the gaps this plan still has: close them before the next review.",
    "Review the plan at least every six months and after every exercise or real activation; drill it every year.",
)


def cover(ctx: PlanContext) -> list:
    post, t, st = ctx.data.post, ctx.t, ctx.styles
    band = Table([[Paragraph(t("CONSULAR PROTECTION · MICIC GUIDELINES"), st["CoverKicker"])]],
                 colWidths=[ctx.width], rowHeights=[18 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    place = ", ".join(x for x in (post.city, ctx.country(post.host_country)) if x)
    story = [Spacer(1, 20 * mm), band, Spacer(1, 22 * mm),
             Paragraph(t("Contingency plan"), st["CoverTitle"]),
             ctx.p("Protection of nationals abroad in situations of crisis", "Subtitle"),
             Spacer(1, 10 * mm), ctx.p(post.name, "CoverPost", translate=False),
             ctx.p(place, "Subtitle", translate=False)]
    if post.is_training:
        story.append(ctx.p("EXERCISE: fictitious post and data, for training only", "Exercise"))
    if ctx.data.restricted:
        story += [Spacer(1, 6 * mm), restricted_box(ctx)]
    rows = [(t("Version"), post.plan_version), (t("Date"), ctx.date(post.plan_date or ctx.data.today)),
            (t("Next review"), ctx.date(post.next_review)), (t("Sensitivity"), ctx.marking()),
            (t("Nationals registered"), ctx.number(ctx.data.figures.total))]
    if ctx.data.restricted:
        rows.append((t("Annex of names"), t("included: restricted")))
    meta = Table([[ctx.cell(a, "CellBold"), ctx.cell(b)] for a, b in rows],
                 colWidths=scale_widths([45, 80], ctx.width * 0.65), hAlign="LEFT")
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
                              ("LINEBELOW", (0, -1), (-1, -1), 1, ACCENT),
                              ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    if ctx.data.restricted:
        note = ("This plan follows the Guidelines to Protect Migrants in Countries Experiencing Conflict or Natural "
                "Disaster (MICIC Initiative, 2016). This copy holds the restricted annex with the names, documents, "
                "telephones and addresses of the nationals: keep it locked away, do not copy it, and return it to "
                "be shredded when the crisis ends.")
    else:
        note = ("This plan follows the Guidelines to Protect Migrants in Countries Experiencing Conflict or "
                "Natural Disaster (MICIC Initiative, 2016). It contains personal data only in aggregate; "
                "names appear only in the restricted annex, when it is printed.")
    story += [Spacer(1, (10 if ctx.data.restricted else 16) * mm), meta,
              Spacer(1, (12 if ctx.data.restricted else 24) * mm), ctx.p(note, "Note"), PageBreak()]
    return story


def copy_line(ctx: PlanContext) -> str:
    """"Copy No. 7 — printed by olga": the same words on the cover and in every footer."""
    return ctx.t("Copy No. {copy} — printed by {user}").format(copy=ctx.data.copy, user=ctx.data.printed_by)


def restricted_box(ctx: PlanContext) -> Table:
    """A red box on the cover of a restricted print: what it is and which numbered copy."""
    st = ctx.styles
    box = Table([[Paragraph(ctx.t("RESTRICTED: CONTAINS PERSONAL DATA OF NATIONALS"), st["CoverRestricted"])],
                 [Paragraph(copy_line(ctx), st["CoverRestricted"])]], colWidths=[ctx.width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, RESTRICTED), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return box


def document_control(ctx: PlanContext) -> list:
    post, t, data = ctx.data.post, ctx.t, ctx.data
    story = [ctx.heading("Document control", number="1.")]
    rows = [
        ["Post", post.name], ["Host country", ctx.country(post.host_country)], ["City", post.city],
        ["Address", post.address], ["Telephone", post.phone], ["Email", post.email],
        ["Plan version", post.plan_version], ["Date of this version", ctx.date(post.plan_date)],
        ["Next review", ctx.date(post.next_review)], ["Sensitivity marking", ctx.marking()],
        ["Printed on", ctx.date(data.today)],
        ["Retention of personal data", rule_text(post.retention_months, t)],
    ]
    story.append(ctx.table(["Item", "Value"], [[t(a), b or "—"] for a, b in rows], [55, 115], repeat=False))
    story += [ctx.gap(), ctx.heading("Distribution list", level=2)]
    recipients = [line.strip() for line in post.distribution.replace(";", "\n").splitlines() if line.strip()]
    if recipients:
        story.append(ctx.table(["No.", "Recipient", "Copy received (signature and date)"],
                               [[str(i), r, ""] for i, r in enumerate(recipients, 1)], [14, 93, 63]))
    else:
        story.append(ctx.empty("No distribution list is recorded for this plan."))
    story += [ctx.gap(), ctx.heading("How to use this plan", level=2)]
    story += ctx.bullets(HOW_TO_USE)
    story += [ctx.gap(2), ctx.p("Handle this document according to its marking. Do not copy it, send it by "
                                "email or leave it unattended outside the post.", "Note"), PageBreak()]
    return story


def contents(ctx: PlanContext, entries: list) -> list:
    """The table of contents; page numbers come from the first layout pass."""
    st = ctx.styles
    rows = []
    for level, text, key in entries:
        page = ctx.pages.get(key, "")
        style = st["TOC1"] if level == 1 else st["TOC2"]
        rows.append([Paragraph(text, style), Paragraph(str(page), style)])
    story = [Paragraph(ctx.t("Contents"), st["H1"])]
    table = Table(rows, colWidths=[ctx.width - 18 * mm, 18 * mm], hAlign="LEFT")
    style = [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for i, (level, _text, _key) in enumerate(entries):
        if level == 1:
            style += [("LINEABOVE", (0, i), (-1, i), 0.25, RULE), ("TOPPADDING", (0, i), (-1, i), 5),
                      ("FONTNAME", (0, i), (-1, i), FONT_BOLD)]
    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.white))
    table.setStyle(TableStyle(style))
    story += [table, PageBreak()]
    return story

