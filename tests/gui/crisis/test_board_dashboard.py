"""The crisis board as a dashboard: one style per status, large figures, counts that open their people."""


import pytest

from micic_planner.core.enums import AccountabilityStatus, AlertPhase, Hazard
from micic_planner.core.models import Zone
from micic_planner.gui import status_style
from micic_planner.gui.crisis import dialogs as crisis_dialogs
from micic_planner.gui.crisis.models import AFFECTED_MARK
from micic_planner.gui.views.national_card import NationalCard


@pytest.fixture
def board(window, monkeypatch):
    zones = window.context.store.records.list(Zone, order_by="name")
    monkeypatch.setattr(crisis_dialogs.OpenCrisisDialog, "ask", classmethod(lambda cls, parent, z: {
        "title": "Huracán Eta", "hazard": Hazard.HURRICANE, "zones": [zones[0].id], "phase": AlertPhase.PRECAUTION,
        "reset_statuses": True}))
    crisis = window.show_view("crisis")
    crisis.open_button.click()
    return crisis.board


def test_every_status_has_its_own_colour_icon_and_symbol():
    styles = [status_style.style(s) for s in AccountabilityStatus]
    assert len({s.colour for s in styles}) == len(styles)
    assert len({s.icon for s in styles}) == len(styles)
    assert len({s.symbol for s in styles}) == len(styles)


def test_the_person_card_shows_not_contacted_and_deceased_in_their_own_colour_not_the_green_of_safe(
        demo_store, qtbot):
    from micic_planner.gui.context import AppContext

    card = NationalCard(AppContext(demo_store))
    qtbot.addWidget(card)
    nid = demo_store.db.execute("SELECT id FROM nationals LIMIT 1").fetchone()[0]
    safe = status_style.style(AccountabilityStatus.SAFE).colour
    for status in (AccountabilityStatus.NOT_CONTACTED, AccountabilityStatus.DECEASED):
        demo_store.db.execute("UPDATE nationals SET status = ? WHERE id = ?", [status.value, nid])
        card.show_national(nid)
        text = card.label.text()
        assert status_style.style(status).colour in text and status_style.style(status).symbol in text
        assert safe not in text


def test_the_board_shows_a_large_figure_per_status_and_no_timing_figure(board):
    totals = board.view.crises.accountability.board().totals
    for value, tile in board.tiles.tiles.items():
        assert tile.count.text().replace(",", "") == str(totals.get(value, 0))
    texts = [label.text() for label in board.findChildren(type(board.summary))]
    assert not any(" ms" in t for t in texts)
    assert board.summary.font().pointSize() >= 16 or "18pt" in board.summary.styleSheet()


def test_the_zones_chosen_when_opening_the_crisis_are_marked_first_on_the_board(board):
    crisis = board.view.shown
    model = board.zones_model
    assert model.keys[0] == crisis.zones[0]
    assert model.headerData(0, 2).startswith(AFFECTED_MARK)  # 2: vertical
    assert all(not str(model.headerData(r, 2)).startswith(AFFECTED_MARK) for r in range(1, model.rowCount()))
    assert AFFECTED_MARK in board.affected.text() and board.affected.isVisibleTo(board)


def test_double_clicking_a_count_lists_the_people_behind_it_in_the_nationals_view(board, window):
    store = window.context.store
    store.db.execute("UPDATE nationals SET status = 'missing' WHERE id IN (SELECT id FROM nationals LIMIT 3)")
    board.refresh()
    model = board.zones_model
    column = [s.value for s in AccountabilityStatus].index("missing")
    row = next(r for r in range(model.rowCount() - 1) if model.index(r, column).data())
    zone = model.keys[row]
    board.zones_table.doubleClicked.emit(model.index(row, column))
    nationals = window.current_view()
    assert type(nationals).__name__ == "NationalsView"
    expected = store.db.execute("SELECT count(*) FROM nationals WHERE status = 'missing' AND zone_id IS ?",
                                [zone]).fetchone()[0]
    assert nationals.model.rowCount() == expected == int(model.index(row, column).data())


def test_a_status_tile_lists_everyone_with_that_status(board, window):
    store = window.context.store
    board.tiles.tiles["not_contacted"].clicked.emit(AccountabilityStatus.NOT_CONTACTED)
    nationals = window.current_view()
    expected = store.db.execute("SELECT count(*) FROM nationals WHERE status = 'not_contacted'").fetchone()[0]
    assert nationals.model.rowCount() == expected > 0


def test_the_people_in_no_zone_are_listed_from_the_no_zone_row(board, window):
    store = window.context.store
    store.db.execute("UPDATE nationals SET zone_id = NULL WHERE id IN (SELECT id FROM nationals LIMIT 2)")
    board.view.crises.accountability.rebuild_board()
    board.refresh()
    model = board.zones_model
    row = model.keys.index(None)
    board.zones_table.doubleClicked.emit(model.index(row, model.columnCount() - 1))
    assert window.current_view().model.rowCount() == 2


def test_the_board_never_scrolls_sideways_at_1366(board, window, qtbot):
    window.resize(1366, 768)
    window.show_view("crisis")
    qtbot.wait(20)
    for table in (board.zones_table, board.vuln_table):
        assert not table.horizontalScrollBar().isVisible()
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width() + 1
