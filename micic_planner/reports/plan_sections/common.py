"""What every section of the plan shares: the data, the language, styles and small builders."""

import gettext
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from micic_planner.core.i18n import Translator
from micic_planner.core.plan_data import PlanData
from micic_planner.reports.styles import stylesheet
from micic_planner.reports.tables import cell, data_table
from micic_planner.reports.text_shaping import shape

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Markings stored in English in the post file are printed in the plan's language.
MARKINGS = ("RESTRICTED", "CONFIDENTIAL", "OFFICIAL", "UNCLASSIFIED", "PUBLIC", "TRAINING")


class Heading(Paragraph):
    """A heading that goes into the contents and the PDF outline."""

    def __init__(self, text: str, style, level: int, key: str):
        super().__init__(escape(text), style)
        self.toc_text, self.toc_level, self.toc_key = text, level, key


@dataclass
class PlanContext:
    data: PlanData
    lang: str
    width: float  # of the frame, in points
    height: float = 700.0  # of the frame, in points
    t: Translator = field(init=False)
    styles: object = field(init=False)
    toc: list = field(default_factory=list)  # (level, text, key) in document order
    pages: dict = field(default_factory=dict)  # key -> page number, from the first pass
    annex_number: str = "14."  # after the sections the post writes itself (plan_sections.entered)

    def __post_init__(self):
        self.t = Translator(self.lang)
        self.styles = stylesheet()

    # -- text ---------------------------------------------------------------------------
    def p(self, text: str, style: str = "Body", translate: bool = True) -> Paragraph:
        return Paragraph(escape(self.t(text) if translate else shape(text)), self.styles[style])

    def pf(self, text: str, style: str = "Body", **values) -> Paragraph:
        """A translated paragraph with `{name}` placeholders filled after translation."""
        return Paragraph(escape(self.t(text).format(**values)), self.styles[style])

    def raw(self, markup: str, style: str = "Body") -> Paragraph:
        """A paragraph whose text is already escaped markup (bold runs and the like)."""
        return Paragraph(markup, self.styles[style])

    def cell(self, text, style: str = "Cell") -> Paragraph:
        # Cells hold names, which may be Arabic or Hebrew: shaped in `tables.cell`, once, for every table.
        return cell(text, style)

    def heading(self, text: str, level: int = 1, number: str = "", translate: bool = True) -> Heading:
        text = self.t(text) if translate else text
        label = f"{number} {text}" if number else text
        key = f"h{len(self.toc)}"
        self.toc.append((level, label, key))
        return Heading(label, self.styles["H1" if level == 1 else "H2"], level, key)

    def bullets(self, items, translate: bool = True) -> list:
        return [Paragraph(escape(self.t(i) if translate else i), self.styles["Bullet"], bulletText="•")
                for i in items]

    def number(self, value: int | float, decimals: int = 0) -> str:
        return f"{value:,.{decimals}f}"

    def date(self, value: date | None) -> str:
        if value is None:
            return self.t("not set")
        month = self.t(MONTHS[value.month - 1])
        return self.t("{day} {month} {year}").format(day=value.day, month=month, year=value.year)

    def country(self, code: str) -> str:
        import pycountry

        found = pycountry.countries.get(alpha_2=code.upper()) if code else None
        if found is None:
            return code
        if self.lang == "en":
            return found.name
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[self.lang],
                                   fallback=True).gettext(found.name)

    def marking(self) -> str:
        value = self.data.post.sensitivity.strip()
        return self.t(value.upper()) if value.upper() in MARKINGS else value

    # -- tables ---------------------------------------------------------------------------
    def table(self, header: list[str], rows: list[list], widths_mm: list[float], numeric: tuple = (),
              extra_style: list | None = None, repeat: bool = True, row_height: float | None = None,
              width: float | None = None) -> Table:
        """A table with a translated header over `width` (the frame by default); see `reports.tables`."""
        return data_table([self.t(h) for h in header], rows, list(widths_mm), width or self.width, numeric,
                          extra_style, repeat, row_height)

    def empty(self, text: str) -> Paragraph:
        return self.p(text, "Note")

    def block(self, *flowables) -> KeepTogether:
        return KeepTogether(list(flowables))

    def gap(self, height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)


def scale_widths(widths: list[float], total: float) -> list[float]:
    """Column widths scaled to fill the frame exactly, so tables never run past the margin."""
    s = sum(widths)
    return [w * total / s for w in widths]
