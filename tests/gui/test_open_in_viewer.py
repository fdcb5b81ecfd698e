"""Opening the plan in the PDF viewer says so when no viewer exists, instead of failing silently."""

from PySide6.QtGui import QDesktopServices


def test_open_in_the_pdf_viewer_tells_the_user_when_no_viewer_exists(window, tmp_path, monkeypatch, dialogs):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    view = window.show_view("plan")
    view.result = {"path": pdf, "pages": 1}
    view.open_pdf()
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert "No PDF viewer" in title and str(pdf) in text


def test_open_in_the_pdf_viewer_shows_nothing_more_when_a_viewer_opens_it(window, tmp_path, monkeypatch, dialogs):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    view = window.show_view("plan")
    view.result = {"path": pdf, "pages": 1}
    view.open_pdf()
    assert dialogs == [] and opened[0].toLocalFile() == str(pdf)
