"""The restricted plan is marked restricted on its cover, numbered copy by copy, and its annex lists each zone
from a new page with the nationals' addresses (issue 13.8)."""

import json

import pytest

from micic_planner.cli import main
from micic_planner.core.security import Role
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.plan_source import load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports import pdf_checks
from tests.reports.plan_fixture import make_post

PASSWORDS = {"admin": "admin-clave-1", "olga": "olga-clave-1"}
ADDRESS = "14 Calle 3-51, Colonia Las Victorias del Valle"


@pytest.fixture
def post_file(tmp_path):
    path = tmp_path / "post.db"
    with PostStore.open(path, create=True) as store:
        made = make_post(store)
        store.add_user("admin", Role.ADMINISTRATOR, PASSWORDS["admin"])
        store.add_user("olga", Role.OFFICER, PASSWORDS["olga"])
        first = made["nationals"][1]  # zone Norte
        store.db.execute("UPDATE nationals SET address = ?, place = 'Quetzaltenango' WHERE id = ?",
                         [ADDRESS, first.id])
    return path


def signed_in(path, name):
    return PostStore.open(path, user=name, password=PASSWORDS[name])


def restricted_pdf(path, lang="es") -> tuple[bytes, object]:
    with signed_in(path, "olga") as store:
        data = load_plan_data(store, restricted=True)
        return PlanRenderer(data, lang=lang).render_bytes(), data


def page_texts(pdf: bytes) -> dict[int, str]:
    faults = pdf_checks.read(pdf)
    pages: dict[int, str] = {}
    for number, text in faults.lines:
        pages[number] = pages.get(number, "") + text + "\n"
    return pages


def test_the_cover_of_a_restricted_plan_says_restricted_and_its_copy_number_not_aggregate_only(post_file):
    pdf, data = restricted_pdf(post_file)
    cover = page_texts(pdf)[1]
    assert "RESTRINGIDO: CONTIENE DATOS PERSONALES DE CONNACIONALES" in cover
    assert f"Copia N.º {data.copy} — impresa por olga" in cover
    assert "solo de forma agregada" not in cover and "only in aggregate" not in cover


def test_every_page_of_a_restricted_plan_has_its_copy_number_and_printer_in_the_footer(post_file):
    pdf, data = restricted_pdf(post_file, lang="en")
    pages = page_texts(pdf)
    assert len(pages) > 5
    for number, text in pages.items():
        assert f"Copy No. {data.copy} — printed by olga" in text, number


def test_two_restricted_prints_get_copies_1_and_2_and_the_audit_log_and_ledger_record_both(
        post_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MICIC_USER", "olga")
    monkeypatch.setenv("MICIC_PASSWORD", PASSWORDS["olga"])
    for n in (1, 2):
        out = tmp_path / f"copy{n}.pdf"
        assert main(["plan", "--db", str(post_file), "--out", str(out), "--restricted", "--lang", "es"]) == 0
        cover = page_texts(out.read_bytes())[1]
        assert f"Copia N.º {n} — impresa por olga" in cover
    with signed_in(post_file, "admin") as store:
        audit = [json.loads(e["detail"]) for e in store.audit_entries(action="print_restricted")]
        from micic_planner.storage.disclosures import DisclosureLedger

        ledger = DisclosureLedger(store).entries()
    assert sorted((a["copy"], a["printed_by"]) for a in audit) == [(1, "olga"), (2, "olga")]
    assert sorted((e["copy_no"], e["user"], e["file_name"]) for e in ledger) == [
        (1, "olga", "copy1.pdf"), (2, "olga", "copy2.pdf")]
    monkeypatch.setenv("MICIC_USER", "admin")
    monkeypatch.setenv("MICIC_PASSWORD", PASSWORDS["admin"])
    capsys.readouterr()
    from micic_planner.core import i18n

    i18n.set_language("es")
    assert main(["audit", "disclosures", "--db", str(post_file)]) == 0
    listed = capsys.readouterr().out
    assert "copia 1" in listed and "copia 2" in listed
    assert all("address" in e["fields"] for e in ledger)  # the annex now prints where each national lives


def test_copy_numbers_keep_rising_across_sessions_and_are_never_reused(post_file):
    with signed_in(post_file, "olga") as store:
        numbers = [load_plan_data(store, restricted=True).copy for _ in range(3)]
    with signed_in(post_file, "olga") as store:
        numbers.append(load_plan_data(store, restricted=True).copy)
    assert numbers == [1, 2, 3, 4]


def test_the_annex_has_an_address_column_and_starts_each_zone_on_a_new_page(post_file):
    pdf, _data = restricted_pdf(post_file)
    pages = page_texts(pdf)
    annex = {n: t for n, t in pages.items() if "Zona: " in t and "Apellidos, nombres" in t}
    assert annex, "no page of names"
    assert all("Dirección" in t for t in annex.values())
    assert any(ADDRESS.split(",")[0] in t and "Quetzaltenango" in t for t in annex.values())
    zones = [next(line for line in t.splitlines() if line.startswith("Zona: ")) for t in annex.values()]
    assert zones == ["Zona: Norte", "Zona: Sur", "Zona: Sin zona"]
    faults = pdf_checks.read(pdf)
    on_annex = lambda found: [f for f in found if f[0] in annex]  # the map page is another helper's part
    assert on_annex(faults.overlaps) == [] and on_annex(faults.outside) == [] and on_annex(faults.small) == []
