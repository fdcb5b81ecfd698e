"""IOM's Reintegration Sustainability Survey (RSS) as data: which indicators may be asked, and whether a score may be.

The survey's content lives in `plans/reintegration_survey.json`, each value with its source; a value the
sources did not give is the word "unconfirmed". The program never fills such a value in: it asks only
the indicators whose dimension, wording, question and answers are all confirmed, and it computes no
dimension or composite score while any weight or the formula is unconfirmed. It says so instead,
naming what is missing, so a trainer knows which source to look for.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _

UNCONFIRMED = "unconfirmed"
SURVEY_FILE = "reintegration_survey.json"


@dataclass(frozen=True)
class Indicator:
    number: int
    dimension: str
    indicator: str
    question: str
    answers: tuple[str, ...] | str  # the answer scale, or UNCONFIRMED
    weight: float | str
    source: str

    @property
    def askable(self) -> bool:
        """Everything a visit needs to ask it is confirmed: dimension, wording, question, answers."""
        return UNCONFIRMED not in (self.dimension, self.indicator, self.question) and self.answers != UNCONFIRMED


@dataclass(frozen=True)
class ScoreStatus:
    computed: bool
    reason: str  # why not, in the reader's language


@dataclass(frozen=True)
class Survey:
    instrument: str
    sources: dict[str, dict[str, str]]
    facts: list[dict]
    indicators: tuple[Indicator, ...]
    formula: dict[str, str]

    def askable(self) -> list[Indicator]:
        return [i for i in self.indicators if i.askable]

    def indicator(self, number: int) -> Indicator | None:
        return next((i for i in self.indicators if i.number == number), None)

    def missing(self) -> list[str]:
        """What the sources have not confirmed yet, in the order a score would need it."""
        parts = []
        if any(UNCONFIRMED in (i.dimension, i.indicator) for i in self.indicators):
            parts.append(_("the indicators"))
        if any(i.question == UNCONFIRMED for i in self.indicators):
            parts.append(_("the questions"))
        if any(i.answers == UNCONFIRMED for i in self.indicators):
            parts.append(_("the answer scales"))
        if any(i.weight == UNCONFIRMED for i in self.indicators):
            parts.append(_("the weights"))
        if any(v == UNCONFIRMED for k, v in self.formula.items() if k != "source"):
            parts.append(_("the formula"))
        return parts

    def score(self, _answers: dict[int, str]) -> ScoreStatus:
        """The dimension and composite scores of one visit's answers, or why they are not computed.

        No formula is confirmed yet, so no code computes one: a score invented here would be read as
        IOM's. When the sources give the formula, it is implemented here with tests on the source's
        own worked examples.
        """
        missing = self.missing()
        if missing:
            return ScoreStatus(False, not_computed_reason(missing))
        return ScoreStatus(False, _("the formula is confirmed but the program does not compute it yet "
                                    "(a new version is needed)"))


def not_computed_reason(missing: list[str]) -> str:
    """“the weights are not confirmed (source needed)”, for the parts `Survey.missing` names."""
    if len(missing) == 1 and missing[0] == _("the formula"):
        return _("{what} is not confirmed (source needed)").format(what=missing[0])
    listed = missing[0] if len(missing) == 1 else _("{items} and {last}").format(
        items=", ".join(missing[:-1]), last=missing[-1])
    return _("{what} are not confirmed (source needed)").format(what=listed)


def survey_status(survey: Survey) -> str:
    """How much of the survey a visit may ask, and what the sources have not confirmed yet."""
    line = _("Indicators that may be asked: {n} of {all}.").format(n=len(survey.askable()), all=len(survey.indicators))
    missing = survey.missing()
    if missing:
        reason = not_computed_reason(missing)
        line += f" {reason[:1].upper()}{reason[1:]}."
    return line


def score_text(status: ScoreStatus) -> str:
    """One line for a visit's score, as the window and the command line show it."""
    return _("score: not computed – {reason}").format(reason=status.reason)


# -- reading the file ------------------------------------------------------------
def load_survey(path: Path) -> Survey:
    """Read and check the survey file; a malformed value is named with where it is and what to do."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError("file", _("The survey file cannot be read: {error}.").format(error=exc.strerror or exc),
                              where=where, hint=_("Put the program's plans/ folder back, or reinstall it.")) from None
    except json.JSONDecodeError as exc:
        raise ValidationError("file", _("The survey file is not valid JSON: {error}.").format(error=exc.msg),
                              where=_("{path}, line {line}").format(path=where, line=exc.lineno),
                              hint=_("Correct that line in the file and try again.")) from None
    return parse_survey(data, where)


def parse_survey(data: dict, where: str = SURVEY_FILE) -> Survey:
    def bad(key: str, message: str) -> ValidationError:
        return ValidationError(key, message, where=f"{where}: {key}",
                               hint=_("Correct the value from its source, or write \"unconfirmed\"."))

    if not isinstance(data, dict):
        raise bad("(top)", _("The survey file must hold one JSON object."))
    sources = data.get("sources")
    if not isinstance(sources, dict) or not sources:
        raise bad("sources", _("The survey file names no sources."))
    for key, source in sources.items():
        if not isinstance(source, dict) or not str(source.get("url", "")).startswith("https://") \
                or not str(source.get("section", "")).strip():
            raise bad(f"sources.{key}", _("A source needs its address (https://…) and the section it is in."))
    facts = data.get("facts", [])
    dimensions = next((f.get("value") for f in facts if isinstance(f, dict) and f.get("what") == "dimensions"), [])
    for k, fact in enumerate(facts):
        if not isinstance(fact, dict) or fact.get("source") not in sources:
            raise bad(f"facts[{k}]", _("A fact must name one of the file's sources."))
    rows = data.get("indicators")
    if not isinstance(rows, list) or not rows:
        raise bad("indicators", _("The survey file lists no indicators."))
    indicators = []
    for k, row in enumerate(rows):
        key = f"indicators[{k}]"
        if not isinstance(row, dict):
            raise bad(key, _("An indicator must be a JSON object."))
        if row.get("number") != k + 1:
            raise bad(f"{key}.number", _("Indicators are numbered 1, 2, 3… in order; this one should be {n}.")
                      .format(n=k + 1))
        if row.get("source") not in sources:
            raise bad(f"{key}.source", _("An indicator must name one of the file's sources."))
        for name in ("dimension", "indicator", "question"):
            if not isinstance(row.get(name), str) or not row[name].strip():
                raise bad(f"{key}.{name}", _("This value is empty."))
        if row["dimension"] not in (*dimensions, UNCONFIRMED):
            raise bad(f"{key}.dimension", _("The dimension must be one of: {names}.")
                      .format(names=", ".join([*dimensions, UNCONFIRMED])))
        answers = row.get("answers")
        if answers != UNCONFIRMED and not (isinstance(answers, list) and len(answers) >= 2
                                           and all(isinstance(a, str) and a.strip() for a in answers)
                                           and len(set(answers)) == len(answers)):
            raise bad(f"{key}.answers", _("The answers must be a list of two or more different texts."))
        weight = row.get("weight")
        if weight != UNCONFIRMED and (isinstance(weight, bool) or not isinstance(weight, (int, float))):
            raise bad(f"{key}.weight", _("A weight must be a number."))
        indicators.append(Indicator(row["number"], row["dimension"], row["indicator"], row["question"],
                                    tuple(answers) if isinstance(answers, list) else answers, weight, row["source"]))
    formula = data.get("formula")
    if not isinstance(formula, dict) or formula.get("source") not in sources:
        raise bad("formula", _("The formula must name one of the file's sources."))
    return Survey(str(data.get("instrument", "")), sources, facts, tuple(indicators), formula)


def check_answers(survey: Survey, answers: dict[int, str]) -> None:
    """Each answer is to an indicator a visit may ask, and is one of its confirmed answers."""
    if not survey.askable():
        raise ValidationError("indicator", _("No indicator of the survey is confirmed yet: nothing can be recorded."),
                              hint=_("A trainer completes plans/reintegration_survey.json from the Reintegration "
                                     "Handbook, Annex 4, each value with its source."))
    if not answers:
        raise ValidationError("answers", _("No answer was given."), hint=_("Give at least one indicator's answer."))
    for number, answer in answers.items():
        indicator = survey.indicator(number)
        if indicator is None or not indicator.askable:
            raise ValidationError("indicator", _("Indicator {n} cannot be asked: it is not in the survey or not "
                                                 "confirmed.").format(n=number),
                                  hint=_("Ask only: {numbers}.").format(
                                      numbers=", ".join(str(i.number) for i in survey.askable())))
        if answer not in indicator.answers:
            raise ValidationError("answer", _("“{answer}” is not an answer to indicator {n}.").format(
                answer=answer, n=number), hint=_("Answer one of: {answers}.").format(
                answers="; ".join(indicator.answers)))


def program_survey() -> Survey:
    """The survey as the program ships it, in its plans/ folder."""
    from micic_planner.core.paths import plans_path

    return load_survey(plans_path(SURVEY_FILE))
