from pathlib import Path

from PySide6.QtCore import Qt

from micic_planner.core.models import Partner
from micic_planner.gui.partner_cards_dialog import VcardFileChooser, VcardReport

REAL = Path(__file__).parent.parent / "data" / "real" / "vcard"


def answer(monkeypatch, path, yes=True):
    shown = []
    monkeypatch.setattr(VcardFileChooser, "ask", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(VcardReport, "ask", classmethod(
        lambda cls, parent, summary, lines, can_import: shown.append((summary, lines)) or (yes and can_import)))
    return shown


def test_import_vcard_in_the_partners_view_shows_the_report_then_adds_the_partners(window, monkeypatch, dialogs):
    view = window.show_view("partners")
    store = window.context.store
    before = len(store.records.list(Partner))
    shown = answer(monkeypatch, REAL / "ez-vcard-rfc2426-example.vcf")
    assert view.import_button.isVisible()
    view.import_button.click()
    summary, lines = shown[0]
    assert summary.startswith("2 partners to add")
    assert "Card 1: Lotus Development Corporation: added" in lines
    names = {p.name for p in store.records.list(Partner)}
    assert len(names) == before + 2 and "Netscape Communications Corp." in names
    assert view.panel.model.rowCount() == before + 2  # the view was told of the change
    assert dialogs == []


def test_cancelling_the_report_imports_nothing(window, monkeypatch):
    view = window.show_view("partners")
    before = len(window.context.store.records.list(Partner))
    answer(monkeypatch, REAL / "ez-vcard-gmail-list.vcf", yes=False)
    assert view.import_vcard() is False
    assert len(window.context.store.records.list(Partner)) == before


def test_a_file_that_is_no_vcard_is_explained_in_a_dialog(window, monkeypatch, dialogs, tmp_path):
    path = tmp_path / "notas.vcf"
    path.write_text("nada\n", encoding="utf-8")
    answer(monkeypatch, path)
    assert window.show_view("partners").import_vcard() is False
    assert "no contact card" in dialogs[0][1]


def test_the_report_fits_a_1366_by_768_screen_however_long(window, qtbot):
    dialog = VcardReport(window, "x", [f"Card {n}: Partner {n}: added" for n in range(500)], True)
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    dialog.reject()


def test_import_hxl_figures_in_the_zones_view_reports_then_shows_the_counts_on_the_zone(window, monkeypatch, tmp_path,
                                                                                        dialogs):
    from micic_planner.core.models import Zone
    from micic_planner.gui.partner_cards_dialog import FiguresFileChooser, FiguresReport

    zone = window.context.store.records.list(Zone, order_by="name")[0]
    path = tmp_path / "poblacion.csv"
    path.write_text(f"Zona,Población\n#adm1+name,#population\n{zone.name},12500\nAtlántida,300\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(FiguresFileChooser, "ask", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(FiguresReport, "ask", classmethod(
        lambda cls, parent, summary, lines, can_import: shown.append((summary, lines)) or can_import))
    view = window.show_view("zones")
    assert view.figures_button.isVisible()
    view.figures_button.click()
    summary, lines = shown[0]
    assert summary.startswith("Counts for 1 zone.")  # one count, in the singular (issue 14)
    assert "Not used: row 2: “Atlántida” is no zone of the post (by name, code or place)" in lines
    model = view.zones.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Counts from other organisations")
    row = model.row_of(zone.id)
    assert model.index(row, column).data() == "#population 12500"
    assert dialogs == []
