"""The referral letter and the referral directory print from the window, in Spanish, the dialog still fitting."""

from datetime import date

from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.listing import CaseFilter
from micic_planner.core.returns.reintegration import Dimension, Referral
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.reintegration_store import ReintegrationStore
from tests.gui.test_walkthrough import FRAME_ALLOWANCE, SCREEN_HEIGHT, settle


def _save_to(monkeypatch, path):
    from micic_planner.gui.crisis.prompts import SaveAs

    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, parent, title, n, f: str(path)))


def test_the_letter_of_the_chosen_referral_prints_from_the_reintegration_dialog(spanish, window, qtbot, monkeypatch,
                                                                               tmp_path):
    from micic_planner.gui.returns.reintegration_dialog import ReintegrationDialog

    store = window.context.store
    arrived = ReturnStore(store).page(CaseFilter(state=CaseState.RECEIVED), 0, 1)[0]
    ReintegrationStore(store).refer(Referral(arrived.id, "Oficina de empleo (demo)", Dimension.ECONOMIC,
                                             date.today(), True, "name"))
    dialog = ReintegrationDialog(window.context, arrived.id, arrived.number, window)
    dialog.show()
    settle(qtbot)
    assert dialog.height() + FRAME_ALLOWANCE.height() <= SCREEN_HEIGHT
    assert dialog.rect().contains(dialog.letter_button.mapTo(dialog, dialog.letter_button.rect().center()))
    dialog.referrals.selectRow(len(dialog.referral_rows) - 1)
    _save_to(monkeypatch, tmp_path / "carta.pdf")
    dialog.letter_button.click()
    assert (tmp_path / "carta.pdf").read_bytes().startswith(b"%PDF")
    assert store.audit.count("referral_letter") == 1
    dialog.close()


def test_the_directory_prints_from_the_return_view(spanish, window, qtbot, monkeypatch, tmp_path):
    window.resize(1366, SCREEN_HEIGHT)
    view = window.show_view("returns")
    settle(qtbot)
    button = view.directory_button
    assert button.isVisible() and button.width() >= button.minimumSizeHint().width()
    _save_to(monkeypatch, tmp_path / "directorio.pdf")
    view.directory_button.click()
    assert (tmp_path / "directorio.pdf").read_bytes().startswith(b"%PDF")
