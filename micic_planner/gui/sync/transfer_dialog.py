"""Sync ▸ Hand a national over to another post…: headquarters moves the selected person to a post's jurisdiction."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

from micic_planner.core.changes import changed
from micic_planner.core.errors import ValidationError
from micic_planner.gui.errors import explained
from micic_planner.gui.fitted_dialog import FittedDialog
from micic_planner.gui.worker import run_with_progress
from micic_planner.storage.sync.sync_store import SyncStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


class TransferDialog(FittedDialog):
    def __init__(self, parent, person: str, held_by: str, posts: list[dict]):
        super().__init__(parent, width=480)
        self.setWindowTitle(self.tr("Hand a national over to another post"))
        self.posts = QComboBox()
        for post in posts:
            self.posts.addItem(post["name"] or post["site"], post["site"])
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: moved to the consular district of the north"))
        explain = QLabel(self.tr("The post chosen receives this person's records with its next bundle and edits "
                                 "them from then on; {post} gets no more updates of them.").format(post=held_by))
        explain.setWordWrap(True)
        form = QFormLayout(self.body)
        form.addRow(self.tr("National"), QLabel(person))
        form.addRow(self.tr("Held by"), QLabel(held_by))
        form.addRow(self.tr("Hand over to"), self.posts)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(explain)


class Ask:
    """Shows the dialog; tests replace `run` with the answer they want."""

    @classmethod
    def run(cls, dialog: TransferDialog) -> tuple[str, str] | None:
        if dialog.exec() != TransferDialog.DialogCode.Accepted:
            return None
        return dialog.posts.currentData(), dialog.reason.text().strip()


def hand_over(window) -> None:
    store = window.context.store
    view = window.views.get("nationals")
    ids = view.selected_ids() if view is not None else []
    with explained(window, _tr("Could not hand the national over")):
        if store is None or len(ids) != 1:
            raise ValidationError("nationals", _tr("Select one national in the Nationals view."),
                                  hint=_tr("Then choose Sync ▸ Hand a national over to another post… again."))
        sync = SyncStore(store)
        person = store.nationals.get(ids[0])
        posts = [s for s in sync.status()["sites"] if s["role"] == "post"]
        held = sync.holder_of(person.uuid)
        dialog = TransferDialog(window, f"{person.given_names} {person.family_names}".strip(), held["name"], posts)
        answer = Ask.run(dialog)
        if answer is None:
            return
        # In a worker, as the Sync menu's other jobs: one short transaction, never cut short by Cancel.
        moved = run_with_progress(window, _tr("Handing the national over…"),
                                  lambda _cancelled: sync.transfer(person.uuid, answer[0], answer[1]))
        window.context.apply(changed("nationals"))
        window.statusBar().showMessage(_tr("{name} handed over to {post}.").format(name=moved["name"],
                                                                                   post=moved["to"]), 8000)
