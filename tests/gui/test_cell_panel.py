"""The host's panel says who is connected and when each laptop last exchanged."""

import re

from micic_planner.cell.host import CellHost
from micic_planner.cell.officer import CellLink, join
from micic_planner.gui.cell.host_panel import HostPanel
from tests.cell.cellfixtures import PASSWORDS, make_post, open_post


def test_the_host_panel_shows_who_is_connected_and_when_each_laptop_last_exchanged(qtbot, tmp_path):
    make_post(tmp_path / "post.db", people=5)
    store = open_post(tmp_path / "post.db", "jefa")
    host = CellHost(store, "127.0.0.1", 0)
    host.start()
    url = f"https://127.0.0.1:{host.port}"
    for user in ("ana", "ben"):
        join(url, host.code, user, PASSWORDS[user][0], tmp_path / f"{user}.db", "copia con clave 2026!",
             host.fingerprint)
    copy = open_post(tmp_path / "ana.db", "ana", "copia con clave 2026!")
    CellLink(copy).exchange()
    copy.close()
    panel = HostPanel(host, None)
    qtbot.addWidget(panel)
    panel.show()
    table = panel.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert rows["ana"][2] == "connected" and re.fullmatch(r"\d\d:\d\d:\d\d \([01] s ago\)", rows["ana"][3])
    assert rows["ben"][2] == "not connected" and rows["ben"][3] == "not yet"
    panel.close()  # stops serving and closes the host's store
    assert host._loop is None
