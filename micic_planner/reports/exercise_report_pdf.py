"""The exercise's after-action report: what the team did against what was expected and the plan, for the plenary."""

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from micic_planner.core.exercise_scoring import (
    LATE,
    MISSED,
    NOT_DUE,
    ON_TIME,
    OUTCOME_LABELS,
    PENDING,
    ExerciseReview,
)
from micic_planner.core.i18n import Translator
from micic_planner.core.local_time import local_time, utc_offset
from micic_planner.reports.page import PageInfo, canvas_maker
from micic_planner.reports.styles import MARGIN, stylesheet, table_style
from micic_planner.reports.text_shaping import shape

# Colour is a second cue only: the outcome is always written out, for black-and-white printers.
OUTCOME_COLOURS = {ON_TIME: "#d9ead3", LATE: "#fff2cc", MISSED: "#f4cccc", PENDING: "#ffffff", NOT_DUE: "#eeeeee"}


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(shape(str(text))), style)


def _minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _clock(moment, zone: str, with_offset: bool = True) -> str:
    """A UTC moment on the post's clock: "2026-12-03 08:30 UTC−06:00" (the offset says which clock)."""
    local = local_time(moment, zone)
    return local.strftime("%Y-%m-%d\u00a0%H:%M") + (f" {utc_offset(local)}" if with_offset else "")


class ExerciseReportRenderer:
    def __init__(self, lang: str = "en", pagesize=A4):
        self.lang = lang
        self.tr = Translator(lang)
        self.pagesize = pagesize

    def render(self, report: ExerciseReview, out: str | Path | None = None) -> bytes:
        """The PDF as bytes; also written to `out` when given."""
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN + 6, bottomMargin=MARGIN + 4,
                                title=self.tr("Exercise after-action report"), author="MICIC Planner")
        tr = self.tr
        info = PageInfo(shape(report.post_name), tr("Exercise after-action report"),
                        f"{tr('Printed')} {_clock(report.printed_at, report.zone)}", tr("TRAINING — NOT REAL DATA"),
                        tr("Page {page} of {pages}"))
        doc.build(self._story(report, doc.width), canvasmaker=canvas_maker(info))
        data = buffer.getvalue()
        if out is not None:
            Path(out).write_bytes(data)
        return data

    def _story(self, r: ExerciseReview, width: float) -> list:
        tr, lang, sheet = self.tr, self.lang, stylesheet()
        run = r.run
        story = [_p(tr("Exercise after-action report"), sheet["Title"]),
                 _p(r.scenario.title(lang), sheet["Subtitle"]),
                 _p(f"{tr('Post')}: {r.post_name}", sheet["Body"]),
                 _p(f"{tr('Started')}: {_clock(run.started_at, r.zone)}   {tr('Ended')}: "
                    f"{_clock(run.ended_at, r.zone)}" if run.ended_at else
                    f"{tr('Started')}: {_clock(run.started_at, r.zone)}   {tr('Still running')}",
                    sheet["Body"]),
                 _p(tr("Local time of the post: {zone} ({offset})").format(
                     zone=r.zone, offset=utc_offset(local_time(run.started_at, r.zone))), sheet["Small"]),
                 _p(f"{tr('Facilitator')}: {run.facilitator or '—'}   {tr('Team')}: {run.team or '—'}   "
                    f"{tr('Time scale')}: {run.time_scale:g}×", sheet["Body"]),
                 _p(r.scenario.briefing(lang), sheet["Small"]), Spacer(1, 6)]
        story += self._summary(r, width, sheet)
        story += self._actions(r, width, sheet)
        story += self._good(r, width, sheet)
        story += self._injects(r, width, sheet)
        if r.checklist:
            story += self._plan(r, width, sheet)
        story += self._timeline(r, width, sheet)
        return story

    def _table(self, rows, widths, extra=()):
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(table_style() + list(extra)))
        return table

    def _summary(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, s = self.tr, r.score
        cell = sheet["Cell"]
        rows = [[_p(tr("Figure"), sheet["CellBold"]), _p(tr("Value"), sheet["CellBold"])],
                [_p(tr("Expected actions done on time"), cell), _p(f"{s.count(ON_TIME)} / {len(s.results)}", cell)],
                [_p(tr("Done late"), cell), _p(str(s.count(LATE)), cell)],
                [_p(tr("Not done"), cell), _p(str(s.count(MISSED)), cell)],
                [_p(tr("Still in progress or not released"), cell), _p(str(s.count(PENDING) + s.count(NOT_DUE)), cell)],
                [_p(tr("Share on time (of those due)"), cell), _p(f"{s.percent_on_time()} %", cell)],
                [_p(tr("Nationals accounted for"), cell), _p(f"{s.accounted} / {s.total_nationals}", cell)]]
        for share, minutes in s.account_minutes.items():
            rows.append([_p(tr("Exercise minutes to account for {share} % of nationals").format(
                share=round(share * 100)), cell), _p(_minutes(minutes), cell)])
        return [_p(tr("Summary"), sheet["H1"]), self._table(rows, [width * 0.7, width * 0.3]), Spacer(1, 8)]

    def _actions(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, lang, cell, bold = self.tr, self.lang, sheet["Cell"], sheet["CellBold"]
        rows = [[_p(h, bold) for h in (tr("Expected action"), tr("Role"), tr("Deadline (min)"),
                                       tr("Done (min)"), tr("Outcome"), tr("What the team did"))]]
        style = []
        for n, res in enumerate(r.score.results, start=1):
            deadline = res.due_minute
            done = r.run.minute_at(res.done_at) if res.done_at else None
            rows.append([_p(res.expected.text(lang), cell), _p(tr(res.expected.role), cell),
                         _p(_minutes(deadline), cell),
                         _p(_minutes(done), cell), _p(tr(OUTCOME_LABELS[res.outcome]), cell),
                         _p(res.evidence or "—", cell)])
            style.append(("BACKGROUND", (4, n), (4, n), colors.HexColor(OUTCOME_COLOURS[res.outcome])))
        widths = [w * width for w in (0.29, 0.14, 0.11, 0.09, 0.12, 0.25)]
        return [_p(tr("Expected actions and what the team did"), sheet["H1"]), self._table(rows, widths, style),
                Spacer(1, 8)]

    def _good(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, lang = self.tr, self.lang
        out = [_p(tr("What a good response looks like"), sheet["H1"])]
        for res in r.score.results:
            inject = next((i for i in r.scenario.injects if i.key == res.expected.after), None)
            after = (tr("after inject {number}").format(number=inject.number) if inject else tr("from the start"))
            out.append(KeepTogether([
                _p(f"{res.expected.text(lang)} ({after}, {tr('within {n} min').format(n=res.expected.within_minutes)})",
                   sheet["H2"]),
                _p(res.expected.good(lang), sheet["Body"])]))
        return out

    def _injects(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, lang, cell, bold = self.tr, self.lang, sheet["Cell"], sheet["CellBold"]
        released = {n: (minute, by, effects) for n, _t, minute, by, effects in r.releases}
        rows = [[_p(h, bold) for h in (tr("No."), tr("Planned (min)"), tr("Released (min)"), tr("By"),
                                       tr("Inject"), tr("Effect on the sandbox"))]]
        for inject in r.scenario.injects:
            minute, by, effects = released.get(inject.number, (None, "", ""))
            rows.append([_p(str(inject.number), cell), _p(str(inject.minute), cell), _p(_minutes(minute), cell),
                         _p(tr({"schedule": "Clock", "facilitator": "Facilitator"}.get(by, "—")), cell),
                         _p(inject.text(lang), cell), _p(effects or "—", cell)])
        widths = [w * width for w in (0.06, 0.1, 0.1, 0.12, 0.44, 0.18)]
        return [_p(tr("Injects"), sheet["H1"]), self._table(rows, widths), Spacer(1, 8)]

    def _plan(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, cell, bold = self.tr, sheet["Cell"], sheet["CellBold"]
        rows = [[_p(h, bold) for h in (tr("Phase"), tr("Planned action"), tr("Role"), tr("Done (min)"))]]
        for phase, text_es, text_en, role, minute in r.checklist:
            # The plan stores roles by their English names (core.plan_templates.ROLES): print them translated.
            rows.append([_p(str(phase), cell), _p(text_es if self.lang == "es" else text_en, cell), _p(tr(role), cell),
                         _p(_minutes(minute), cell)])
        done = sum(1 for c in r.checklist if c[4] is not None)
        return [_p(tr("The plan's checklist in crisis mode"), sheet["H1"]),
                _p(tr("{done} of {total} planned actions were marked done.").format(done=done, total=len(r.checklist)),
                   sheet["Body"]),
                self._table(rows, [w * width for w in (0.08, 0.6, 0.2, 0.12)]), Spacer(1, 8)]

    def _timeline(self, r: ExerciseReview, width: float, sheet) -> list:
        tr, cell, bold = self.tr, sheet["Cell"], sheet["CellBold"]
        kinds = {"action": tr("Team log"), "status": tr("Status"), "record": tr("Record edited"),
                 "crisis": tr("Crisis timeline"), "inject": tr("Inject")}
        rows = [[_p(h, bold) for h in (tr("Minute"), tr("Local time"), tr("Kind"), tr("What happened"))]]
        # The text is rebuilt in the report's language: the sandbox may have been run in another.
        rows += [[_p(_minutes(minute), cell), _p(_clock(at, r.zone, False)[-5:], cell), _p(kinds.get(kind, kind), cell),
                  _p(text, cell)] for minute, kind, text, at in r.timeline_in(self.lang)]
        if len(rows) == 1:
            rows.append([_p("—", cell), _p("", cell), _p("", cell), _p(tr("The team recorded nothing."), cell)])
        return [_p(tr("Timeline of the exercise"), sheet["H1"]),
                self._table(rows, [w * width for w in (0.1, 0.1, 0.14, 0.66)])]
