"""The expired-records dialog counts the hotline's records past the rule, and lets them be purged alone."""

from micic_planner.core.messaging.inquiry import Inquiry
from micic_planner.core.models import Post
from micic_planner.storage.messaging.hotline_store import HotlineStore


def test_hotline_records_past_the_rule_alone_enable_the_purge_and_are_counted_in_the_singular(qtbot, store,
                                                                                                 monkeypatch):
    from micic_planner.gui.security import tables


    store.save_post(Post("Consulado", "CR", "San José"))
    old = HotlineStore(store).log(Inquiry("Rosa Vieja", "Baltazar Antiguo"))
    with store.audit.quiet():
        store.db.execute("UPDATE inquiries SET created_at = '2015-01-01T00:00:00Z' WHERE id = ?", [old])
    dialog = tables.ExpiryDialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.purge_button.isEnabled()
    assert "1 hotline record," in dialog.summary.text() and "0 messages sent" in dialog.summary.text()
    monkeypatch.setattr(tables.Confirm, "ask", classmethod(lambda cls, *a: True))
    dialog._on_purge_clicked()
    assert dialog.purged["inquiries"] == 1 and HotlineStore(store).inquiries() == []
    assert not dialog.purge_button.isEnabled()
