"""The return documents: the declaration in the person's language, the restricted case file, and aggregate
figures that equal counts taken from SQL, with small cells hidden."""

import csv
import io
from datetime import date

from pypdf import PdfReader

from micic_planner.core.returns.case import CaseState, Profile, ReturnCase
from micic_planner.core.returns.declaration import declaration_language
from micic_planner.core.returns.figures import ReturnFigures
from micic_planner.core.small_counts import SUPPRESSED
from micic_planner.interchange.return_figures_hxl import write_return_hxl
from micic_planner.reports.returns.aggregate_pdf import AggregateRenderer, AggregateSheet
from micic_planner.reports.returns.case_file_pdf import CaseFileRenderer, CaseFileSheet
from micic_planner.reports.returns.declaration_pdf import DeclarationRenderer, DeclarationSheet
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.figures_source import ReturnFiguresSource
from tests.returns.returns_fixture import add_people


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _case(store):
    ids = add_people(store)
    case = ReturnCase(date(2026, 11, 2), assessment="Quiere volver", programme="OIM AVRR", return_country="HN",
                      return_municipality="Choloma")
    ReturnStore(store).open_case(case, [ids["solo"]])
    return case


def test_the_declaration_is_printed_in_spanish_or_english_and_never_in_an_invented_language(store):
    case = _case(store)
    case_, members, _steps = ReturnStore(store).case_file(case.id)
    spanish = _text(DeclarationRenderer("es").render(DeclarationSheet(case_, members, "Consulado")))
    assert "Declaración de retorno voluntario" in spanish and "cambiar de opinión" in spanish
    english = _text(DeclarationRenderer("en").render(DeclarationSheet(case_, members, "Consulate")))
    assert "I may change my mind" in english
    assert declaration_language("en,es") == ("es", True)
    assert declaration_language("en") == ("en", True)
    assert declaration_language("fr,ht") == ("es", False)  # read by an interpreter, never machine-made
    unread = _text(DeclarationRenderer("es").render(DeclarationSheet(case_, members, "Consulado", False)))
    assert "intérprete" in unread


def test_the_case_file_is_restricted_watermarked_and_its_print_is_audited(store):
    case = _case(store)
    returns = ReturnStore(store)
    before = store.audit.count("print_restricted")
    stored, members, steps, grant = returns.case_file_print(case.id)
    data = CaseFileRenderer("en").render(CaseFileSheet(stored, members, steps, "Consulate", "olga", grant.copy))
    text = _text(data)
    assert "RESTRICTED" in text and case.number in text and "Gómez, Pedro" in text and "olga" in text
    assert store.audit.count("print_restricted") == before + 1


def _returned(store, n_people: dict, profile=Profile(0), municipality="Choloma"):
    from micic_planner.core.models import National

    ids = []
    for i in range(n_people["count"]):
        person = National(f"P{i}", "Ficticia", sex=n_people["sex"], birth_date=date(1990, 1, 1),
                          passport_expiry=date(2031, 1, 1))
        store.nationals.add(person)
        ids.append(person.id)
    returns = ReturnStore(store)
    for nid in ids:
        case = ReturnCase(date(2026, 10, 1), assessment="ok", programme="OIM AVRR", return_country="HN",
                          return_municipality=municipality, profile=profile, declaration_signed_on=date(2026, 10, 2),
                          travel_date=date(2026, 11, 1))
        returns.open_case(case, [nid])
        for state in (CaseState.ASSESSED, CaseState.APPROVED, CaseState.DOCUMENTS_READY,
                      CaseState.TRAVEL_ARRANGED, CaseState.DEPARTED):
            returns.advance(case.id, state, day=date(2026, 11, 1))


def test_the_aggregate_figures_equal_counts_taken_from_sql(store):
    from micic_planner.core.enums import Sex

    _returned(store, {"count": 7, "sex": Sex.FEMALE}, Profile.PREGNANT)
    _returned(store, {"count": 2, "sex": Sex.MALE}, Profile.TRAFFICKING, municipality="Tela")
    _case(store)  # requested only: not a return yet
    figures = ReturnFiguresSource(store).figures()
    sql = lambda q: store.db.execute(q).fetchone()[0]
    returned = ("FROM return_members m JOIN return_cases c ON c.id = m.case_id "
                "JOIN nationals n ON n.id = m.national_id "
                "WHERE c.state IN ('departed','received','in_reintegration','closed')")
    assert figures.people == sql(f"SELECT count(*) {returned}") == 9
    assert figures.tables["sex"]["F"] == sql(f"SELECT count(*) {returned} AND n.sex = 'F'")
    tela = sql(f"SELECT count(*) {returned} AND c.return_municipality = 'Tela'")
    assert figures.tables["municipality"]["Tela"] == tela == 2
    assert figures.tables["age"]["30-59"] == sql(f"SELECT count(*) {returned}")  # all born 1990, left 2026
    assert figures.tables["profile"]["pregnant"] == sql("SELECT count(*) FROM return_cases WHERE profile & 128 "
                                                        "AND state = 'departed'")
    assert "trafficking" not in figures.tables["profile"]
    assert figures.tables["state"]["requested"] == sql("SELECT count(*) FROM return_cases WHERE state = 'requested'")
    assert figures.median_days == 31


def test_small_cells_are_hidden_with_the_next_smallest_so_no_count_is_recovered():
    figures = ReturnFigures(tables={"municipality": {"Choloma": 7, "Tela": 2, "Ceiba": 9}})
    cells = figures.published("municipality", 5)
    assert cells == {"Choloma": SUPPRESSED, "Tela": SUPPRESSED, "Ceiba": "9"}


def test_the_report_prints_in_both_languages_and_as_hxl(store, tmp_path):
    from micic_planner.core.enums import Sex

    _returned(store, {"count": 6, "sex": Sex.FEMALE})
    figures = ReturnFiguresSource(store).figures()
    es = _text(AggregateRenderer("es").render(AggregateSheet(figures, "Consulado")))
    en = _text(AggregateRenderer("en").render(AggregateSheet(figures, "Consulate")))
    assert "Personas retornadas por sexo" in es and "Returnees by sex" in en
    path = tmp_path / "retornos.csv"
    write_return_hxl(path, figures, 5)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[1][0] == "#meta+table" and ["#category+sex", "F", "F", "6"] in rows


def test_a_small_total_is_hidden_too_so_its_only_cell_cannot_be_read_from_it(store):
    from micic_planner.core.enums import Sex

    _returned(store, {"count": 3, "sex": Sex.FEMALE})
    text = _text(AggregateRenderer("en").render(AggregateSheet(ReturnFiguresSource(store).figures(), "Consulate")))
    assert "People returned: * in * cases." in text


def test_the_referrals_made_and_delivered_are_counted_by_dimension(store):
    from micic_planner.storage.demo_writer import write_demo

    write_demo(store, nationals=100, seed=2)
    figures = ReturnFiguresSource(store).figures()
    sql = lambda q: store.db.execute(q).fetchone()[0]
    assert sum(figures.tables["referrals_made"].values()) == sql("SELECT count(*) FROM referrals") == 2
    assert figures.tables["referrals_delivered"] == {"social": 1}
    text = _text(AggregateRenderer("es").render(AggregateSheet(figures, "Consulado", threshold=1)))
    assert "Remisiones atendidas, por dimensión" in text


def test_the_advance_notice_lists_who_arrives_with_what_they_need_and_is_audited(store):
    from micic_planner.reports.returns.arrivals_pdf import ArrivalsRenderer, ArrivalsSheet
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.returns.demo_cases import MUNICIPAL

    write_demo(store, nationals=100, seed=2)
    before = store.audit.count("print_restricted")
    cases, grant = ReturnStore(store).arrivals(MUNICIPAL)
    assert [len(members) for _case, members in cases] == [3]  # the family on its way to Huehuetenango
    text = " ".join(_text(ArrivalsRenderer("es").render(
        ArrivalsSheet(cases, "Consulado", MUNICIPAL, grant.user, grant.copy))).split())  # cells wrap
    assert "Aviso anticipado de llegadas" in text and "inscripción escolar" in text
    assert "Protección de la niñez a la llegada" in text and "López Pérez, Dulce María" in text
    assert store.audit.count("print_restricted") == before + 1
