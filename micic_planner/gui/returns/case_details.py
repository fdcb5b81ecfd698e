"""What the Return view says about the chosen case: its profile, programme and office, the plan at home, and
the programmes and services the directory proposes for it."""

from PySide6.QtCore import QCoreApplication

from micic_planner.core.returns.case import ReturnCase
from micic_planner.gui.returns.cases_model import profile_text
from micic_planner.storage.returns.directory_store import DirectoryStore


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnView", text)


def detail_lines(store, case: ReturnCase) -> list[str]:
    lines = [tr("Profile: {profile}").format(profile=profile_text(case.profile) or "—"),
             tr("Programme: {programme}").format(programme=case.programme or "—"),
             tr("Receiving office: {office}").format(office=case.receiving_office or "—"),
             tr("Assessment: {text}").format(text=case.assessment or "—")]
    lines += reintegration_lines(store, case.id)
    programmes, services = DirectoryStore(store).proposals(case.id)
    if programmes:
        lines.append(tr("Eligible programmes: {names}").format(names="; ".join(p.name for p in programmes)))
    if services and case.return_municipality:
        lines.append(tr("Services nearest {place}: {names}").format(
            place=case.return_municipality, names="; ".join(s.name for s in services[:3])))
    return lines


def reintegration_lines(store, case_id: int) -> list[str]:
    """The plan at home in a few lines: goals by dimension, referrals and their state, the next visit."""
    from micic_planner.gui.returns.sustainability_dialog import survey_line
    from micic_planner.storage.returns.reintegration_store import ReintegrationStore

    goals, referrals, visits = ReintegrationStore(store).plan(case_id)
    lines = [tr("Plan ({dimension}): {goal}").format(dimension=g.dimension.label(), goal=g.goal) for g in goals]
    lines += [tr("Referral to {service}: {state}").format(service=r.service, state=r.state.label())
              for r in referrals]
    due = next((v.due_on for v in visits if v.done_on is None), None)
    if visits:
        lines.append(tr("Follow-ups done: {done} of {all}; next on {due}").format(
            done=sum(1 for v in visits if v.done_on), all=len(visits), due=due or "—"))
        lines.append(survey_line(store, case_id))
    return lines
