"""The Reintegration Sustainability Survey at follow-up visits: answers per visit, each visit's score, the spread.

Answers are recorded only for indicators whose content `plans/reintegration_survey.json` confirms from a
source; scores are never stored but worked out from the answers when shown (`Survey.score`), so a visit
whose score cannot be computed says why instead of showing a number.
"""

from dataclasses import dataclass
from datetime import date

from micic_planner.core.changes import Changes, changed
from micic_planner.core.errors import NotFoundError
from micic_planner.core.i18n import _
from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.sustainability import ScoreStatus, Survey, check_answers
from micic_planner.core.security import Action
from micic_planner.core.sync.keys import keyed_uuid
from micic_planner.storage.permissions import Guarded, requires

# Cases whose returnee is home: the only ones with follow-up visits to score.
HOME = (CaseState.RECEIVED.value, CaseState.IN_REINTEGRATION.value, CaseState.CLOSED.value)


@dataclass(frozen=True)
class VisitScore:
    follow_up_id: int
    due_on: date
    done_on: date | None
    answers: dict[int, str]
    score: ScoreStatus


@dataclass(frozen=True)
class SpreadRow:
    """One programme and municipality of return: how many returnees, visits, surveys and scores."""
    programme: str
    municipality: str
    cases: int
    visits_done: int
    surveys: int  # visits with at least one answer


class SurveyStore(Guarded):
    def __init__(self, store, survey: Survey):
        self.store = store
        self.db = store.db
        self.survey = survey

    @requires(Action.RECEIVE_RETURNS)
    def record(self, follow_up_id: int, answers: dict[int, str]) -> Changes:
        """Record a visit's answers (a new answer to an indicator replaces the earlier one), all or none."""
        row = self.db.execute("SELECT f.done_on, c.number, c.state, f.uuid FROM follow_ups f "
                              "JOIN return_cases c ON c.id = f.case_id WHERE f.id = ?", [follow_up_id]).fetchone()
        if row is None:
            raise NotFoundError(_("No follow-up has the id {id}.").format(id=follow_up_id),
                                hint=_("Use the number in brackets that `return show` lists."))
        check_answers(self.survey, answers)
        with self.db.atomic():
            self.db.conn.executemany(
                # The uuid is the same wherever the visit's answer is recorded (m043): two sites' answers merge.
                "INSERT INTO survey_answers (uuid, follow_up_id, indicator, answer, recorded_by) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (follow_up_id, indicator) DO UPDATE SET answer = excluded.answer, "
                "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
                [(keyed_uuid(row[3], n), follow_up_id, n, a, self.store.user_name)
                 for n, a in sorted(answers.items())])
        return changed("survey_answers", count=len(answers), ids=(follow_up_id,))

    @requires(Action.VIEW_RETURNS)
    def visits(self, case_id: int) -> list[VisitScore]:
        """The case's follow-up visits in order, each with its answers and its score or why there is none."""
        visits = self.db.execute("SELECT id, due_on, done_on FROM follow_ups WHERE case_id = ? ORDER BY due_on, id",
                                 [case_id]).fetchall()
        answers: dict[int, dict[int, str]] = {}
        for visit, number, answer in self.db.execute(
                "SELECT a.follow_up_id, a.indicator, a.answer FROM survey_answers a "
                "JOIN follow_ups f ON f.id = a.follow_up_id WHERE f.case_id = ? ORDER BY a.indicator", [case_id]):
            answers.setdefault(visit, {})[number] = answer
        return [VisitScore(i, date.fromisoformat(due), date.fromisoformat(done) if done else None,
                           answers.get(i, {}), self.survey.score(answers.get(i, {})))
                for i, due, done in visits]

    @requires(Action.VIEW_RETURNS)
    def spread(self) -> list[SpreadRow]:
        """Per programme and municipality of return (cases at home): returnees, visits done, surveys, scores.

        Counts only: no person is named. No score is spread yet: while `Survey.missing` names anything,
        no visit has a score, and the reason is the same for every row.
        """
        rows = self.db.execute(
            f"""SELECT c.programme, c.return_municipality, COUNT(DISTINCT c.id),
                       COUNT(DISTINCT CASE WHEN f.done_on IS NOT NULL THEN f.id END),
                       COUNT(DISTINCT a.follow_up_id)
                FROM return_cases c
                LEFT JOIN follow_ups f ON f.case_id = c.id
                LEFT JOIN survey_answers a ON a.follow_up_id = f.id
                WHERE c.state IN ({', '.join('?' * len(HOME))})
                GROUP BY c.programme, c.return_municipality
                ORDER BY c.programme, c.return_municipality""", list(HOME)).fetchall()
        return [SpreadRow(*row) for row in rows]
