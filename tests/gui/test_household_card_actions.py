"""Household cards from the window: a zone's from the Zones view, the selected nationals' from the registry."""

from pypdf import PdfReader

from micic_planner.gui.crisis.prompts import SaveAs


def _save_to(monkeypatch, path):
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, name, filters: str(path)))


def _ledger(store):
    return store.db.execute("SELECT document, count FROM disclosures ORDER BY id DESC LIMIT 1").fetchone()


def test_the_zones_view_prints_the_cards_of_the_selected_zone_and_records_the_print(window, monkeypatch, tmp_path,
                                                                                     dialogs):
    view = window.show_view("zones")
    store = window.context.store
    assert not view.cards_button.isEnabled()  # no zone chosen yet
    zone_id, households = store.db.execute(
        "SELECT zone_id, count(DISTINCT household) FROM nationals WHERE zone_id IS NOT NULL GROUP BY zone_id "
        "ORDER BY 2 DESC LIMIT 1").fetchone()
    assert view.zones.select_id(zone_id)
    assert view.cards_button.isEnabled()
    _save_to(monkeypatch, tmp_path / "zona")
    view.cards_button.click()
    out = tmp_path / "zona.pdf"
    assert len(PdfReader(out).pages) == (households + 1) // 2
    assert _ledger(store) == ("household_cards", store.db.execute(
        "SELECT count(*) FROM nationals WHERE zone_id = ?", [zone_id]).fetchone()[0])
    assert dialogs == []


def test_the_nationals_view_prints_the_whole_households_of_the_selected_people(window, monkeypatch, tmp_path,
                                                                                dialogs):
    view = window.show_view("nationals")
    store = window.context.store
    assert not view.cards_button.isEnabled()
    view.table.selectRow(0)
    chosen = view.selected_ids()
    household = store.db.execute("SELECT household FROM nationals WHERE id = ?", chosen).fetchone()[0]
    members = store.db.execute("SELECT count(*) FROM nationals WHERE household = ?", [household]).fetchone()[0]
    _save_to(monkeypatch, tmp_path / "hogar.pdf")
    view.cards_button.click()
    text = PdfReader(tmp_path / "hogar.pdf").pages[0].extract_text()
    assert household in text
    assert _ledger(store) == ("household_cards", members)
    assert dialogs == []


def test_a_cancelled_save_dialog_prints_nothing(window, monkeypatch, tmp_path):
    view = window.show_view("nationals")
    view.table.selectRow(0)
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, name, filters: None))
    view.cards_button.click()
    assert list(tmp_path.glob("*.pdf")) == []
