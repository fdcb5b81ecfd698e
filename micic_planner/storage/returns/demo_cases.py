"""The demo post's return cases: fictional people at every stage, taken there through the rules themselves.

Among them an unaccompanied child blocked until the best-interests assessment, a survivor of trafficking
referred to UNHCR whose return waits for the referral, and a family on a return bus. They go home to
fictional receiving offices in Guatemala (the demo post is Guatemala's consulate in Tapachula).
"""

from datetime import UTC, date, datetime, timedelta

from micic_planner.core.changes import Changes, changed
from micic_planner.core.enums import Sex, Vulnerability
from micic_planner.core.returns.case import PATH, CaseState, Profile, ReturnCase
from micic_planner.core.returns.directory import Programme, Service, ServiceKind
from micic_planner.core.returns.reintegration import Dimension, PlanGoal, Referral, ReferralState
from micic_planner.core.security import Action
from micic_planner.storage.permissions import Guarded, requires
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.directory_store import DirectoryStore
from micic_planner.storage.returns.reintegration_store import ReintegrationStore

RECEPTION = "Centro de Recepción de Personas Retornadas «Los Altos» (ficticio), Quetzaltenango"
MUNICIPAL = "Oficina Municipal de Atención al Migrante Retornado (ficticia), Huehuetenango"
HOST_CHILD = "Procuraduría de Protección de NNA de Chiapas (demo)"
HOME_CHILD = "Procuraduría de la Niñez y la Adolescencia, PGN (demo)"

# (key, given, family, sex, born, passport valid, languages, flags, household)
PEOPLE = [
    ("kevin", "Kevin Ottoniel", "Chuc Ajcot", Sex.MALE, date(2010, 5, 14), True, "es,quc",
     Vulnerability.UNACCOMPANIED_CHILD, ""),
    ("ilsy", "Ilsy Marleny", "Tzoc Ramírez", Sex.FEMALE, date(1999, 9, 2), False, "es",
     Vulnerability.TRAFFICKING_VICTIM, ""),
    ("rosa", "Rosa Amalia", "Pérez Xunic", Sex.FEMALE, date(1989, 3, 30), True, "es", Vulnerability(0), "DEMO-RET-1"),
    ("mario", "Mario Ernesto", "López Ajú", Sex.MALE, date(1987, 11, 8), True, "es", Vulnerability(0), "DEMO-RET-1"),
    ("dulce", "Dulce María", "López Pérez", Sex.FEMALE, date(2017, 1, 21), True, "es", Vulnerability(0),
     "DEMO-RET-1"),
    ("anibal", "Aníbal", "Cifuentes Mazariegos", Sex.MALE, date(1950, 6, 6), True, "es",
     Vulnerability.OLDER_PERSON | Vulnerability.MEDICAL_NEED, ""),
    ("yesenia", "Yesenia", "Bámaca Ordóñez", Sex.FEMALE, date(1996, 8, 19), True, "es,en", Vulnerability.PREGNANT, ""),
    ("walter", "Walter Humberto", "Say Coyoy", Sex.MALE, date(1984, 2, 2), True, "es", Vulnerability(0), ""),
    ("gloria", "Gloria Esperanza", "Juárez Tum", Sex.FEMALE, date(1978, 12, 12), True, "es", Vulnerability(0), ""),
    ("efrain", "Efraín", "Gómez Chay", Sex.MALE, date(1992, 4, 4), True, "es", Vulnerability(0), ""),
    ("marvin", "Marvin Estuardo", "Tax Quiej", Sex.MALE, date(1990, 7, 7), True, "es", Vulnerability(0), ""),
    ("brenda", "Brenda Lisseth", "Ixcoy Sic", Sex.FEMALE, date(1994, 10, 1), True, "es", Vulnerability(0), ""),
    ("oscar", "Óscar René", "Mejía Batz", Sex.MALE, date(1981, 1, 15), True, "es", Vulnerability.DISABILITY, ""),
    ("sandra", "Sandra Noemí", "Chávez Lux", Sex.FEMALE, date(1986, 5, 5), True, "es", Vulnerability(0), ""),
]


def directory(today: date) -> list:
    """Fictional programmes shaped like the real ones (seed 000) and services in the demo's municipalities."""
    year_end = date(today.year + 1, 12, 31)
    return [
        Programme("Fondo de Reserva de la CRM", "Conferencia Regional sobre Migración, con la OIM (demo)",
                  "Pasaje, alimentación en el viaje y acompañamiento de personas en situación de alta "
                  "vulnerabilidad", Profile.UNACCOMPANIED_CHILD | Profile.SEPARATED_CHILD | Profile.TRAFFICKING
                  | Profile.HEALTH | Profile.DISABILITY | Profile.OLDER_PERSON | Profile.PREGNANT,
                  ["GT", "HN", "SV", "NI", "CR", "PA", "BZ", "DO"], "Migrantes en situación de alta vulnerabilidad "
                  "de los países miembros (demo)", "fondo.crm@example.org", None, year_end),
        Programme("OIM - Retorno voluntario asistido (demo)", "OIM México (demo)",
                  "Pasaje, documentos y un apoyo de reintegración", Profile(0), ["GT", "HN", "SV"],
                  "Toda persona que pide volver y no tiene medios (demo)", "avr.mexico@example.org", None, year_end),
        Programme("Programa «Volver a casa» (ficticio)", "Ministerio de Relaciones Exteriores (ficticio)",
                  "Capital semilla y certificación de oficios", Profile(0), ["GT"],
                  "Personas retornadas registradas en el centro de recepción (demo)", "volver@example.org",
                  None, year_end),
        Service("Centro de Salud de Quetzaltenango (demo)", ServiceKind.HEALTH, "GT", "Quetzaltenango"),
        Service("Oficina Municipal de Empleo de Huehuetenango (demo)", ServiceKind.EMPLOYMENT, "GT", "Huehuetenango"),
        Service("Escuela Oficial Rural Mixta de Totonicapán (demo)", ServiceKind.EDUCATION, "GT", "Totonicapán"),
        Service("Registro Nacional de las Personas, sede Huehuetenango (demo)", ServiceKind.LEGAL_IDENTITY, "GT",
                "Huehuetenango"),
        Service("Clínica de salud mental «Nuevo Amanecer» (ficticia)", ServiceKind.MENTAL_HEALTH, "GT",
                "Quetzaltenango"),
        Service("Bufete popular universitario (demo)", ServiceKind.LEGAL_AID, "GT", "Quetzaltenango"),
        Service("Cooperativa de ahorro y crédito «La Esperanza» (ficticia)", ServiceKind.SEED_CAPITAL, "GT",
                "San Marcos"),
    ]


class DemoReturns(Guarded):
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @requires(Action.MANAGE_RETURNS, Action.RECEIVE_RETURNS, Action.EDIT_REGISTRY, Action.EDIT_PLAN)
    def write(self, today: date | None = None) -> Changes:
        """Add the fictional returnees and their cases to a demo post."""
        today = today or date.today()
        # The last generated nationals become the returnees, so the demo keeps exactly the people it was asked for.
        rows = [r[0] for r in self.db.execute("SELECT id FROM nationals ORDER BY id DESC LIMIT ?", [len(PEOPLE)])]
        if len(rows) < len(PEOPLE):
            return changed()
        ids = {}
        for national_id, (key, given, family, sex, born, valid, langs, flags, household) in zip(rows[::-1], PEOPLE):
            self.db.execute(
                "UPDATE nationals SET given_names = ?, family_names = ?, sex = ?, birth_date = ?, passport_expiry = ?, "
                "languages = ?, vulnerabilities = ?, household = ?, notes = ? WHERE id = ?",
                [given, family, sex.value, born.isoformat(),
                 (today + timedelta(days=700 if valid else -200)).isoformat(), langs, int(flags), household,
                 "Persona ficticia del caso demo de retorno", national_id])
            ids[key] = national_id
        returns = ReturnStore(self.store)
        base = dict(programme="Fondo de Reserva de la CRM", receiving_office=RECEPTION, return_country="GT",
                    consent_handover=True, consent_on=today - timedelta(days=20))
        made = [
            self._case(returns, [ids["kevin"]], CaseState.ASSESSED, today, dict(
                base, requested_by="Albergue Belén (demo)", return_municipality="Totonicapán",
                assessment="Adolescente de 16 años no acompañado; pide volver con su abuela. Falta la evaluación "
                           "del interés superior.", child_authority_host=HOST_CHILD)),
            self._case(returns, [ids["ilsy"]], CaseState.ASSESSED, today, dict(
                base, programme="OIM - Retorno voluntario asistido (demo)", requested_by="Ilsy Marleny Tzoc",
                return_municipality="San Marcos", profile=Profile.PROTECTION,
                assessment="Sobreviviente de trata; teme a la red que la trajo. Remitida al ACNUR.",
                protection_referral_to="ACNUR Tapachula (demo)", protection_referral_on=today - timedelta(days=9))),
            self._case(returns, [ids["rosa"], ids["mario"], ids["dulce"]], CaseState.TRAVEL_ARRANGED, today, dict(
                base, requested_by="Rosa Amalia Pérez", return_municipality="Huehuetenango",
                receiving_office=MUNICIPAL, assessment="Familia de tres; la niña de 9 años vuelve con sus padres.",
                best_interests_on=today - timedelta(days=12), best_interests_by=HOST_CHILD,
                child_authority_host=HOST_CHILD, child_authority_home=HOME_CHILD,
                declaration_signed_on=today - timedelta(days=6), declaration_lang="es",
                travel_date=today + timedelta(days=3), travel_mode="bus",
                needs_on_arrival="Transporte a Huehuetenango; inscripción escolar de la niña")),
            self._case(returns, [ids["anibal"]], CaseState.IN_REINTEGRATION, today, dict(
                base, requested_by="Hijo, por teléfono", return_municipality="Quetzaltenango",
                assessment="Adulto mayor con diabetes; su hija lo recibe.", declaration_signed_on=today - timedelta(
                    days=40), travel_date=today - timedelta(days=30), needs_on_arrival="Atención médica a la llegada")),
            self._case(returns, [ids["yesenia"]], CaseState.APPROVED, today, dict(
                base, requested_by="Yesenia Bámaca", return_municipality="Coatepeque",
                assessment="Embarazada de 5 meses; quiere dar a luz cerca de su madre.")),
            self._case(returns, [ids["walter"]], CaseState.DECLINED, today, dict(
                base, requested_by="Walter Say", return_municipality="Mazatenango", assessment="Pide solo el pasaje.",
                decline_reason="Tiene recursos propios y no cumple los criterios del fondo; se le orientó.")),
            self._case(returns, [ids["gloria"]], CaseState.CLOSED, today, dict(
                base, requested_by="Gloria Juárez", return_municipality="Sololá", assessment="Retorno sin novedad.",
                declaration_signed_on=today - timedelta(days=120), travel_date=today - timedelta(days=110))),
            self._case(returns, [ids["efrain"]], CaseState.REQUESTED, today, dict(
                base, requested_by="Efraín Gómez, en la ventanilla", return_municipality="Retalhuleu")),
            self._case(returns, [ids["marvin"]], CaseState.DOCUMENTS_READY, today, dict(
                base, requested_by="Marvin Tax", return_municipality="Chimaltenango", assessment="Sin novedad.")),
            self._case(returns, [ids["brenda"]], CaseState.DEPARTED, today, dict(
                base, requested_by="Brenda Ixcoy", return_municipality="Quiché", assessment="Sin novedad.",
                declaration_signed_on=today - timedelta(days=5), travel_date=today - timedelta(days=1))),
            self._case(returns, [ids["oscar"]], CaseState.RECEIVED, today, dict(
                base, requested_by="Óscar Mejía", return_municipality="Quetzaltenango", receiving_office=RECEPTION,
                assessment="Usa silla de ruedas; necesita transporte adaptado.",
                declaration_signed_on=today - timedelta(days=15), travel_date=today - timedelta(days=8),
                needs_on_arrival="Transporte adaptado")),
            self._case(returns, [ids["sandra"]], CaseState.WITHDRAWN, today, dict(
                base, requested_by="Sandra Chávez", return_municipality="Escuintla",
                assessment="Consiguió empleo formal y decidió quedarse.")),
        ]
        self._plan(made[3], today)
        DirectoryStore(self.store).save(directory(today))
        return changed("nationals", "return_cases", "return_members", "return_steps", "reintegration_goals",
                       "referrals", "follow_ups", count=len(made), ids=tuple(made))

    def _plan(self, case_id: int, today: date) -> None:
        """The older man back home a month: his plan, two referrals, a first visit done."""
        plan = ReintegrationStore(self.store)
        agreed = today - timedelta(days=25)
        plan.add_goal(PlanGoal(case_id, Dimension.SOCIAL, "Control de diabetes en el centro de salud de su zona",
                               agreed))
        plan.add_goal(PlanGoal(case_id, Dimension.ECONOMIC, "Apoyo para reabrir la tienda familiar", agreed))
        plan.add_goal(PlanGoal(case_id, Dimension.PSYCHOSOCIAL, "Grupo de adultos mayores de la parroquia", agreed))
        health = Referral(case_id, "Centro de Salud de Quetzaltenango (demo)", Dimension.SOCIAL, agreed, True,
                          "name,phone,needs")
        plan.refer(health)
        plan.set_referral_state(health.id, ReferralState.ACCEPTED)
        plan.set_referral_state(health.id, ReferralState.DELIVERED, "Inscrito en el programa de enfermedades crónicas")
        plan.refer(Referral(case_id, "Programa municipal de capital semilla (demo)", Dimension.ECONOMIC, agreed, True,
                            "name,municipality"))

    def _case(self, returns: ReturnStore, people: list[int], goal: CaseState, today: date, fields: dict) -> int:
        case = ReturnCase(today - timedelta(days=60), **fields)
        returns.open_case(case, people)
        path = [s for s in PATH if PATH.index(s) <= PATH.index(goal)] if goal in PATH else \
            [CaseState.REQUESTED, CaseState.ASSESSED, goal]
        for state in path[1:]:
            returns.advance(case.id, state, day=case.travel_date or today)
        # The steps spread over the last weeks, as a real case's would, rather than all at this second.
        steps = [r[0] for r in self.db.execute("SELECT id FROM return_steps WHERE case_id = ? ORDER BY id",
                                               [case.id])]
        start = datetime.combine(today - timedelta(days=60), datetime.min.time(), UTC) + timedelta(hours=15)
        for k, step_id in enumerate(steps):
            at = start + timedelta(days=k * 60 // max(1, len(steps)))
            self.db.execute("UPDATE return_steps SET at = ?, by_user = 'demo' WHERE id = ?",
                            [at.strftime("%Y-%m-%dT%H:%M:%S.00Z"), step_id])
        return case.id
