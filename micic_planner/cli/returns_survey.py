"""`return survey` and `return scores`: the Reintegration Sustainability Survey at follow-up visits, headless."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _, counted


def register(sub) -> None:
    p = sub.add_parser("survey", help=_("show a returnee's sustainability survey at each follow-up visit, or record "
                                        "a visit's answers (receiving office)"))
    add_post(p, then=("case",))
    p.add_argument("case", nargs="?", help=_("case number or id"))
    p.add_argument("--visit", help=_("follow-up id, as `return show` lists it, whose answers to record"))
    p.add_argument("--answer", action="append", default=[], metavar=_("NUMBER=ANSWER"),
                   help=_("an indicator's number and the answer given, as the survey file words it; repeat "
                          "for each indicator"))
    p.add_argument("--survey", help=_("survey file to use (default: the program's plans/reintegration_survey.json)"))
    p.set_defaults(run=run_survey)

    p = sub.add_parser("scores", help=_("returnees, follow-up visits, surveys and scores per programme and "
                                        "municipality of return"))
    add_post(p)
    p.add_argument("--survey", help=_("survey file to use (default: the program's plans/reintegration_survey.json)"))
    p.set_defaults(run=run_scores)


def _survey(path: str | None):
    from pathlib import Path

    from micic_planner.core.returns.sustainability import load_survey, program_survey

    return load_survey(Path(path)) if path else program_survey()


def _answers(texts: list[str]) -> dict[int, str]:
    from micic_planner.core.errors import ValidationError

    answers = {}
    for text in texts:
        number, sep, answer = text.partition("=")
        if not sep or not number.strip().isdigit() or not answer.strip():
            raise ValidationError("answer", _("Not an indicator's answer: {text}.").format(text=text),
                                  hint=_("Write the indicator's number, “=” and the answer, for example --answer "
                                         "3=\"answer text\"."))
        answers[int(number)] = answer.strip()
    return answers


def run_survey(args) -> int:
    import micic_planner.cli.returns as cases
    from micic_planner.core.errors import ValidationError
    from micic_planner.core.returns.sustainability import score_text, survey_status
    from micic_planner.storage.returns.survey_store import SurveyStore

    survey = _survey(args.survey)
    answers = _answers(args.answer)
    if answers and not args.visit:
        raise ValidationError("visit", _("Answers need the follow-up visit they were given at."),
                              hint=_("Add --visit with the follow-up id that `return show` lists."))
    with cases.open_post(args.db) as store:
        case_id = cases.find_case(store, args.case)
        surveys = SurveyStore(store, survey)
        if args.visit:
            visit = cases.number(args.visit)
            if visit not in {v.follow_up_id for v in surveys.visits(case_id)}:
                raise ValidationError("visit", _("Follow-up {id} is not a visit of this case.").format(id=visit),
                                      hint=_("Use the number in brackets that `return show` lists."))
            if answers:
                surveys.record(visit, answers)
                print(counted("{count} answers recorded.", "{count} answer recorded.", count=len(answers)))
        print(survey.instrument)
        print(survey_status(survey))
        for v in surveys.visits(case_id):
            done = _("done on {day}").format(day=v.done_on) if v.done_on else "—"
            print(f"  [{v.follow_up_id}] {v.due_on}\t{done}\t" + _("answers: {n}").format(n=len(v.answers))
                  + f"\t{score_text(v.score)}")
            for number, answer in v.answers.items():
                indicator = survey.indicator(number)
                print(f"      {number}. {indicator.indicator if indicator else '?'}: {answer}")
    return 0


def run_scores(args) -> int:
    import micic_planner.cli.returns as cases
    from micic_planner.core.returns.sustainability import score_text
    from micic_planner.storage.returns.survey_store import SurveyStore

    survey = _survey(args.survey)
    with cases.open_post(args.db) as store:
        rows = SurveyStore(store, survey).spread()
    print("\t".join((_("Programme"), _("Municipality"), _("Returned cases"), _("Visits done"),
                     _("Visits with survey"))))
    for r in rows:
        print("\t".join((r.programme or "—", r.municipality or "—", str(r.cases), str(r.visits_done),
                         str(r.surveys))))
    print(counted("{count} returned cases.", "{count} returned case.", count=sum(r.cases for r in rows)))
    line = score_text(survey.score({}))
    print(line[:1].upper() + line[1:])
    return 0
