"""The Messages view names a language as an officer says it (issue 13.7: names, not ISO codes)."""

from micic_planner.core import i18n
from micic_planner.gui.messages.templates_tab import _language_label


def test_a_message_language_is_shown_by_its_name_with_its_code_beside_it(monkeypatch):
    monkeypatch.setattr(i18n, "language", lambda: "es")
    assert _language_label("es") == "Español (es)"
    assert _language_label("quc") == "K'iche' (quc)"
    assert _language_label("mam") == "Mam (mam)"
    assert _language_label("zz9") == "zz9"  # a code nobody knows is shown as typed, never invented
