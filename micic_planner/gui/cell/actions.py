"""Crisis ▸ Serve this post to the crisis cell… and Crisis ▸ Join a crisis cell…"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

PORT = 8443  # the port the window serves on; officers type it after the address
_tr = lambda text: QCoreApplication.translate("Cell", text)  # noqa: E731


def serve(window) -> None:
    from micic_planner.cell.host import CellHost
    from micic_planner.gui.cell.host_panel import HostPanel
    from micic_planner.gui.cell.second_store import second_store

    store = window.context.store
    if store is None:
        return
    served = second_store(store)
    try:
        host = CellHost(served, "0.0.0.0", PORT)
        host.start()
    except BaseException:
        served.close()
        raise
    window.cell_panel = HostPanel(host, window.context, window)
    window.cell_panel.show()


def _confirm(window, fingerprint: str) -> bool:
    return QMessageBox.question(
        window, _tr("Compare the fingerprint"),
        _tr("The host's certificate fingerprint is:\n\n{fp}\n\nIs it the one on the host's screen?").format(
            fp=fingerprint)) == QMessageBox.StandardButton.Yes


def join(window) -> None:
    """Join a cell (a new copy), or reconnect the open copy to its cell."""
    from micic_planner.cell.authority import attach
    from micic_planner.cell.officer import CellLink
    from micic_planner.cell.officer import join as join_cell
    from micic_planner.core.errors import ValidationError
    from micic_planner.core.passphrase import check_new_passphrase
    from micic_planner.gui.cell.join_dialog import JoinDialog
    from micic_planner.gui.cell.link_banner import LinkBanner
    from micic_planner.gui.cell.second_store import second_store
    from micic_planner.storage.store import PostStore

    store = window.context.store
    if store is None or not _is_copy(store):
        answer = JoinDialog.ask(window)
        if answer is None:
            return
        if not answer["copy"]:
            raise ValidationError("copy", _tr("Choose a file for your copy."))
        check_new_passphrase(answer["passphrase"], answer["again"])
        join_cell(answer["url"], answer["code"], answer["user"], answer["password"], Path(answer["copy"]),
                  answer["passphrase"], confirm=lambda fp: _confirm(window, fp))
        store = PostStore.open(answer["copy"], passphrase=answer["passphrase"], user=answer["user"],
                               password=answer["password"])
        window.set_store(store)
    link = CellLink(second_store(store))
    attach(store)  # seats, document numbers and the crisis's level go through the host
    window.cell_banner = LinkBanner(window, link)
    link.start()


def _is_copy(store) -> bool:
    return store.db.execute("SELECT count(*) FROM cell_link").fetchone()[0] > 0
