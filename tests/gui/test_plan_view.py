from pypdf import PdfReader

from micic_planner.gui.views.plan_view import PlanFileDialog


def test_the_plan_is_generated_from_the_window(window, tmp_path, monkeypatch, qtbot, dialogs):
    target = tmp_path / "plan-es.pdf"
    monkeypatch.setattr(PlanFileDialog, "ask", classmethod(lambda cls, parent, start: str(target)))
    window.menu_actions["plan"].trigger()
    view = window.views["plan"]
    assert window.stack.currentWidget() is view
    view.choose_output()
    view.language.setCurrentIndex(view.language.findData("es"))
    view.generate()
    qtbot.waitUntil(lambda: view.result is not None or "could not" in view.status.text().lower(), timeout=120_000)
    assert dialogs == []
    assert view.result["path"] == target
    assert view.open_button.isEnabled() and view.print_button.isEnabled()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert text.strip()
    assert len(PdfReader(str(target)).pages) == view.result["pages"]


def test_cancelling_the_plan_leaves_no_file(window, tmp_path, qtbot, dialogs):
    view = window.show_view("plan")
    target = tmp_path / "cancelled.pdf"
    view.output.setText(str(target))
    view.generate()
    view.cancel()
    qtbot.waitUntil(lambda: not view.worker.isRunning(), timeout=120_000)
    view.wait()
    assert not target.exists() or view.result is not None
    assert view.generate_button.isEnabled()


def test_a_restricted_plan_from_the_window_is_a_numbered_copy_recorded_in_the_ledger(window, tmp_path, qtbot,
                                                                                     dialogs):
    from micic_planner.storage.disclosures import DisclosureLedger

    view = window.show_view("plan")
    view.restricted.setChecked(True)
    view.language.setCurrentIndex(view.language.findData("en"))
    copies = []
    for n in (1, 2):
        target = tmp_path / f"restricted-{n}.pdf"
        view.output.setText(str(target))
        view.generate()
        qtbot.waitUntil(lambda: not view.worker.isRunning(), timeout=120_000)
        view.wait()
        assert dialogs == []
        cover = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
        copies.append(next(int(w) for w in cover.split("Copy No. ")[1].split()[:1]))
        assert f"Restricted copy No. {copies[-1]}." in view.status.text()
    assert copies[1] == copies[0] + 1
    ledger = DisclosureLedger(window.context.store).entries()
    assert [e["copy_no"] for e in ledger[:2]] == [copies[1], copies[0]]
