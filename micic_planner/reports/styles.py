"""Fonts, colours and paragraph styles of every printed document, apart from their content."""

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from micic_planner.core.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm

# Dark enough to read in black and white on a tired printer; colour only as a second cue.
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
RESTRICTED = colors.HexColor("#9c1c1c")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e8edf3")
GREY = colors.HexColor("#595959")
LIGHT = colors.HexColor("#f3f5f8")


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans, which covers accented and most non-Latin scripts, once per process."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@cache
def stylesheet() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)
    sheet.add(base)
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=8, leading=9.6, spaceAfter=0))
    sheet.add(ParagraphStyle("CellBold", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.6, spaceAfter=0))
    sheet.add(ParagraphStyle("Title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27,
                             textColor=ACCENT, spaceAfter=10))
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontSize=13, leading=17, spaceAfter=6))
    sheet.add(ParagraphStyle("H1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=8, keepWithNext=1))
    sheet.add(ParagraphStyle("H2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1))
    sheet.add(ParagraphStyle("Marking", parent=base, fontName=FONT_BOLD, fontSize=10, textColor=RESTRICTED,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("Gap", parent=base, leftIndent=12, bulletIndent=0))
    sheet.add(ParagraphStyle("Bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2))
    sheet.add(ParagraphStyle("H3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1))
    sheet.add(ParagraphStyle("Note", parent=base, fontName=FONT_ITALIC, fontSize=8, leading=10.5,
                             textColor=colors.HexColor("#404040")))
    sheet.add(ParagraphStyle("CoverKicker", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             textColor=colors.white))
    sheet.add(ParagraphStyle("CoverTitle", parent=base, fontName=FONT_BOLD, fontSize=26, leading=32,
                             textColor=ACCENT, spaceAfter=8))
    sheet.add(ParagraphStyle("CoverPost", parent=base, fontSize=15, leading=20, spaceAfter=4))
    sheet.add(ParagraphStyle("CoverRestricted", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15,
                             textColor=RESTRICTED))
    sheet.add(ParagraphStyle("Exercise", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             textColor=RESTRICTED, alignment=TA_CENTER, borderColor=RESTRICTED, borderWidth=1.2,
                             borderPadding=6, spaceBefore=8, spaceAfter=12))
    sheet.add(ParagraphStyle("TOC1", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceAfter=0))
    sheet.add(ParagraphStyle("TOC2", parent=base, fontSize=9, leading=12, leftIndent=14, spaceAfter=0))
    sheet.add(ParagraphStyle("CellRight", parent=base, fontSize=8, leading=9.6, spaceAfter=0, alignment=TA_RIGHT))
    # The heading of a column of numbers stands over them, at the right (left, it sat over the column before).
    sheet.add(ParagraphStyle("CellBoldRight", parent=sheet["CellBold"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Figure", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT,
                             alignment=TA_CENTER, spaceAfter=0))
    sheet.add(ParagraphStyle("FigureLabel", parent=base, fontSize=8, leading=10, alignment=TA_CENTER,
                             spaceAfter=0))
    return sheet


def table_style(header_rows: int = 1, zebra: bool = True) -> list:
    """The grid every table shares: a shaded header, thin rules, optional banding."""
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 9.6),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        style += [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]))
    return style
