"""The directory of programmes and services: what it proposes for a case, and its CSV and HXL round trip."""

from datetime import date

import pytest

from micic_planner.core.errors import ImportFileError
from micic_planner.core.returns.case import Profile, ReturnCase
from micic_planner.core.returns.directory import Programme, Service, ServiceKind, eligible, nearest_services
from micic_planner.interchange.return_directory import read_directory, write_directory
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.directory_store import DirectoryStore

DAY = date(2026, 12, 1)


def test_a_case_is_offered_the_programmes_for_its_country_profile_and_day():
    child = ReturnCase(DAY, profile=Profile.UNACCOMPANIED_CHILD, return_country="GT")
    reserve = Programme("Fondo CRM", target=Profile.UNACCOMPANIED_CHILD | Profile.TRAFFICKING, countries=["GT", "HN"])
    open_ = Programme("AVR", countries=["GT"])
    expired = Programme("Viejo", countries=["GT"], valid_until=date(2025, 12, 31))
    elsewhere = Programme("Solo HN", countries=["HN"])
    adults = Programme("Adultos mayores", target=Profile.OLDER_PERSON)
    assert [p.name for p in eligible([open_, expired, elsewhere, adults, reserve], child, DAY)] == ["Fondo CRM", "AVR"]


def test_services_in_the_municipality_of_return_come_first_whatever_its_accents():
    services = [Service("Salud Xela", ServiceKind.HEALTH, "GT", "Quetzaltenango"),
                Service("Empleo Totonicapán", ServiceKind.EMPLOYMENT, "GT", "Totonicapán"),
                Service("Salud San Salvador", ServiceKind.HEALTH, "SV", "San Salvador")]
    assert [s.name for s in nearest_services(services, "GT", "totonicapan")] == ["Empleo Totonicapán", "Salud Xela"]


def test_the_demo_directory_proposes_programmes_and_services_for_a_demo_case(store):
    write_demo(store, nationals=100, seed=2)
    returns = ReturnStore(store)
    child_case = next(r for r in returns.page(returns.filter_all(), 0, 100) if r.profile & Profile.UNACCOMPANIED_CHILD)
    programmes, services = DirectoryStore(store).proposals(child_case.id)
    assert programmes[0].name == "Fondo de Reserva de la CRM"
    assert services[0].municipality == "Totonicapán"


def test_the_directory_round_trips_through_csv_with_the_hxl_row(store, tmp_path):
    write_demo(store, nationals=50, seed=2)
    directory = DirectoryStore(store)
    entries = [*directory.programmes(), *directory.services()]
    path = tmp_path / "directorio.csv"
    write_directory(path, entries, hxl=True)
    assert path.read_text(encoding="utf-8").splitlines()[1].startswith("#meta+type,#org+name")
    back = read_directory(path)
    assert [e.name for e in back] == [e.name for e in entries]
    assert back[0].target == entries[0].target and back[0].countries == entries[0].countries


def test_a_bad_cell_in_a_directory_file_names_its_row_and_column(tmp_path):
    path = tmp_path / "directorio.csv"
    path.write_text("type,name,kind,countries\nservice,Clínica,hospital,GT\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_directory(path)
    assert "row 2" in str(error.value) and "kind" in str(error.value)
