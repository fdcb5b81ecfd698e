"""What the window offers the signed-in role: menu entries it may use, and the test views ask before editing."""

from micic_planner.core.security import Action

# Window menu entries (keys of `MainWindow.menu_actions`) and the permission each needs; the store refuses
# the call anyway, the window only stops offering what would be refused.
WINDOW_PERMISSIONS: dict[str, tuple[Action, ...]] = {
    "details": (Action.EDIT_PLAN,),
    "add": (Action.EDIT_PLAN, Action.EDIT_REGISTRY),
    "edit": (Action.EDIT_PLAN, Action.EDIT_REGISTRY),
    "delete": (Action.EDIT_PLAN, Action.EDIT_REGISTRY),
    "micic_planner.gui.assign_action.assign_assembly_points": (Action.ASSIGN,),
    "micic_planner.gui.crisis.menu_actions.open_crisis": (Action.RUN_CRISIS,),
    "micic_planner.gui.crisis.menu_actions.update_statuses": (Action.UPDATE_STATUS,),
    "micic_planner.gui.import_wizard.run_import_wizard": (Action.IMPORT,),
    "micic_planner.gui.geo_import_dialog.run_geo_import": (Action.EDIT_PLAN,),
    "micic_planner.gui.export_dialog.run_export_dialog": (Action.EXPORT_PARTNERS,),
    "micic_planner.gui.security.actions.review_expiry": (Action.REVIEW_EXPIRY,),
    "micic_planner.gui.security.actions.backup_now": (Action.BACKUP,),
    "micic_planner.gui.security.actions.restore_backup": (Action.RESTORE,),
    "micic_planner.gui.security.actions.change_passphrase": (Action.CHANGE_PASSPHRASE,),
    "micic_planner.gui.security.actions.encrypt_post": (Action.CHANGE_PASSPHRASE,),
    "micic_planner.gui.security.actions.manage_users": (Action.MANAGE_USERS,),
    "micic_planner.gui.security.actions.show_audit_log": (Action.VIEW_AUDIT,),
    "micic_planner.gui.returns.menu_actions.cases_from_selection": (Action.MANAGE_RETURNS,),
}


def may(context, action: Action) -> bool:
    """Whether the post open in `context` lets its signed-in user do `action` (True with no post open)."""
    store = getattr(context, "store", None)
    session = getattr(store, "session", None)
    return session is None or session.can(action)


def offer(widget, context, action: Action, available: bool = True) -> None:
    """Enable `widget` only when it is `available` now and the signed-in role may do `action`.

    Every button of a view that writes goes through here, so what a role is offered is decided in one place.
    """
    widget.setEnabled(available and may(context, action))


def apply_role(window) -> None:
    """Enable only the menu entries the signed-in role can use; with no post open, leave them to the window."""
    store = window.context.store
    if store is None:
        return
    for key, actions in WINDOW_PERMISSIONS.items():
        entry = window.menu_actions.get(key)
        if entry is not None:
            entry.setEnabled(any(store.session.can(a) for a in actions))


def role_text(store) -> str:
    """'' for a post with no accounts; otherwise who is signed in and in which role, for the status bar."""
    from PySide6.QtCore import QCoreApplication

    if store is None or not store.session.user_name:
        return ""
    return QCoreApplication.translate("Protection", "Signed in as {user} ({role})").format(
        user=store.session.user_name, role=store.session.role.label())
