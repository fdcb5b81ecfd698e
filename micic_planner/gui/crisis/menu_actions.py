"""The Crisis menu: each action shows the crisis view and starts the same job as its button."""


def _view(window):
    return window.show_view("crisis")


def open_crisis(window) -> None:
    view = _view(window)
    if view is not None and view.open_button.isEnabled():
        view._on_open_clicked()


def update_statuses(window) -> None:
    view = _view(window)
    if view is not None and view.board.update_button.isEnabled():
        view.tabs.setCurrentWidget(view.board)
        view.board._on_update_clicked()


def print_call_list(window) -> None:
    view = _view(window)
    if view is not None and view.crises is not None:
        view.tabs.setCurrentWidget(view.board)
        view.board._on_calllist_clicked()
