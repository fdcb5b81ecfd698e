"""The `return` commands of the receiving office: the reintegration plan, referrals, follow-ups, the directory."""

import micic_planner.cli.returns as cases  # the shared helpers; a cycle Python resolves at call time
from micic_planner.core.i18n import _, counted


def print_plan(store, case_id: int) -> None:
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    goals, referrals, visits = ReintegrationStore(store).plan(case_id)
    if goals:
        print(_("Reintegration plan:"))
        for g in goals:
            print(f"  {g.dimension.label()}\t{g.goal}")
    if referrals:
        print(_("Referrals:"))
        for r in referrals:
            print(f"  [{r.id}] {r.service}\t{r.dimension.label()}\t{r.state.label()}\t{r.outcome}")
    if visits:
        print(_("Follow-ups:"))
        for v in visits:
            print(f"  [{v.id}] {v.due_on}\t" + (_("done on {day}").format(day=v.done_on) if v.done_on else "—")
                  + (f"\t{v.notes}" if v.notes else ""))

def print_proposals(store, case_id: int) -> None:
    from micic_planner.storage.returns.directory_store import DirectoryStore

    programmes, services = DirectoryStore(store).proposals(case_id)
    if programmes:
        print(_("Programmes it is eligible for:"))
        for p in programmes:
            print(f"  {p.name}\t{p.run_by}\t{p.pays_for}")
    if services:
        print(_("Services nearest the municipality of return:"))
        for s in services[:10]:
            print(f"  {s.kind.label()}\t{s.name}\t{s.municipality}\t{s.contact}")


def run_goal(args) -> int:
    from datetime import date

    from micic_planner.core.returns.reintegration import Dimension, PlanGoal
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    with cases.open_post(args.db) as store:
        goal = PlanGoal(cases.find_case(store, args.case), Dimension(args.dimension), args.text, date.today())
        ReintegrationStore(store).add_goal(goal)
        print(_("The goal is in the plan."))
    return 0

def run_refer(args) -> int:
    from datetime import date

    from micic_planner.core.returns.reintegration import Dimension, Referral
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    with cases.open_post(args.db) as store:
        referral = Referral(cases.find_case(store, args.case), args.service, Dimension(args.dimension), date.today(),
                            args.consent, args.share)
        ReintegrationStore(store).refer(referral)
        print(_("Referral {id} sent to {service}.").format(id=referral.id, service=referral.service))
    return 0

def run_referral(args) -> int:
    from micic_planner.core.errors import ValidationError
    from micic_planner.core.returns.reintegration import ReferralState
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    try:
        state = ReferralState((args.state or "").strip().lower())
    except ValueError:
        raise ValidationError("state", _("Unknown state: {state}.").format(state=args.state), hint=_(
            "Use one of: {states}.").format(states=", ".join(s.value for s in ReferralState))) from None
    with cases.open_post(args.db) as store:
        ReintegrationStore(store).set_referral_state(cases.number(args.referral), state, args.outcome)
        print(_("The referral is now: {state}.").format(state=state.label()))
    return 0

def run_follow_up(args) -> int:
    from datetime import date

    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    with cases.open_post(args.db) as store:
        ReintegrationStore(store).record_follow_up(cases.number(args.visit), date.today(), args.notes)
        print(_("The follow-up is recorded."))
    return 0

def run_directory_export(args) -> int:
    from micic_planner.interchange.return_directory import write_directory
    from micic_planner.storage.returns.directory_store import DirectoryStore

    with cases.open_post(args.db) as store:
        directory = DirectoryStore(store)
        count = write_directory(args.out, [*directory.programmes(), *directory.services()], args.hxl)
        print(counted("{count} entries written to {path}.",
                      "{count} entry written to {path}.", count=count, path=args.out))
    return 0

def run_directory_import(args) -> int:
    from micic_planner.interchange.return_directory import read_directory
    from micic_planner.storage.returns.directory_store import DirectoryStore

    entries = read_directory(args.file)
    with cases.open_post(args.db) as store:
        DirectoryStore(store).save(entries)
        print(counted("{count} entries added or updated.",
                      "{count} entry added or updated.", count=len(entries)))
    return 0

def run_directory_print(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.reports.returns.directory_pdf import DirectoryRenderer, DirectorySheet
    from micic_planner.storage.returns.directory_store import DirectoryStore

    with cases.open_post(args.db) as store:
        directory, post = DirectoryStore(store), store.post()
        DirectoryRenderer(args.report_lang or language()).render(
            DirectorySheet(directory.programmes(), directory.services(), post.name if post else ""), args.out)
        print(_("Written: {path}").format(path=args.out))
    return 0

def run_referral_letter(args) -> int:
    from micic_planner.core.i18n import language
    from micic_planner.reports.returns.referral_letter_pdf import ReferralLetterRenderer
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    with cases.open_post(args.db) as store:
        letter = ReintegrationStore(store).referral_letter(cases.number(args.referral))
        ReferralLetterRenderer(args.report_lang or language()).render(letter, args.out)
        print(_("Written: {path}").format(path=args.out))
    return 0
