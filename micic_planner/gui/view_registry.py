"""The views of the main window and the menu actions that other parts of the program contribute.

Entries name a module and an attribute so that a view's module (and what it imports, such as
reportlab or numpy) loads only when the view is first shown, which keeps start-up fast.
"""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ViewEntry:
    key: str  # stable name, used by QSettings and by `AppContext.open_record` routing
    module: str
    cls: str  # a QWidget subclass taking (context: AppContext, parent=None)
    tables: tuple[str, ...] = ()  # tables whose records this view can show (for open_record)
    title: str = ""  # English sidebar text, translated with QCoreApplication.translate("View", title); default: key
    icon: str = ""  # a qtawesome name ("mdi6.map"), or a QStyle.StandardPixmap name ("SP_DirHomeIcon")
    tip: str = ""  # English tooltip saying what the view is for, translated like the title
    headquarters: bool = False  # shown only when the open file is headquarters' hub (sync, issue 18)


@dataclass(frozen=True)
class MenuEntry:
    menu: str  # "file", "edit", "post", "crisis", "tools", "help"
    module: str
    function: str  # function(window: MainWindow) -> None, run when the action is triggered
    text: str  # English source text; translated with QCoreApplication.translate("Menu", text)
    shortcut: str = ""
    needs_post: bool = True  # disabled while no post is open


# One line per view, in sidebar order. Other parts add their own line.
VIEWS: list[ViewEntry] = [
    ViewEntry("overview", "micic_planner.gui.views.overview_view", "OverviewView", ("post",),
              "Overview", "mdi6.view-dashboard-outline",
              QT_TRANSLATE_NOOP("View", "The post at a glance: figures and the gaps in the plan")),
    ViewEntry("nationals", "micic_planner.gui.views.nationals_view", "NationalsView", ("nationals",),
              "Nationals", "mdi6.account-group",
              QT_TRANSLATE_NOOP("View", "The registry of nationals: search, add, edit, households")),
    ViewEntry("zones", "micic_planner.gui.views.zones_view", "ZonesView", ("zones", "wardens"),
              "Zones and wardens", "mdi6.map-marker-radius",
              QT_TRANSLATE_NOOP("View", "The zones of the jurisdiction and the wardens who relay messages in each")),
    ViewEntry("places", "micic_planner.gui.views.places_view", "PlacesView", ("places",),
              "Places", "mdi6.home-map-marker",
              QT_TRANSLATE_NOOP("View", "Assembly points, shelters and safe havens")),
    ViewEntry("routes", "micic_planner.gui.views.routes_view", "RoutesView", ("routes",),
              "Routes", "mdi6.routes", QT_TRANSLATE_NOOP("View", "Evacuation routes, their length and status")),
    ViewEntry("partners", "micic_planner.gui.views.partners_view", "PartnersView", ("partners",),
              "Partners", "mdi6.handshake",
              QT_TRANSLATE_NOOP("View", "Host authorities, agencies, missions and organisations that help")),
    ViewEntry("team", "micic_planner.gui.views.team_view", "TeamView", ("team",),
              "Crisis team", "mdi6.account-tie",
              QT_TRANSLATE_NOOP("View", "Who does what in a crisis, and their alternates")),
    ViewEntry("alerts", "micic_planner.gui.views.alerts_view", "AlertsView", ("alert_actions",),
              "Alert levels", "mdi6.alarm-light",
              QT_TRANSLATE_NOOP("View", "The four alert levels: their triggers and the actions at each")),
    ViewEntry("map", "micic_planner.gui.map_view", "MapView", ("places", "routes", "zones"),
              "Map", "mdi6.map", QT_TRANSLATE_NOOP("View", "Zones, places, routes and nationals on the map")),
    ViewEntry("plan", "micic_planner.gui.views.plan_view", "PlanView", (),
              "Plan", "mdi6.file-document-outline", QT_TRANSLATE_NOOP("View", "Print the contingency plan")),
    ViewEntry("crisis", "micic_planner.gui.crisis.crisis_view", "CrisisView", ("crises",),
              QT_TRANSLATE_NOOP("View", "Crisis"), "mdi6.lifebuoy",
              QT_TRANSLATE_NOOP("View", "The crisis cell: who is safe, movements, aid and the log")),
    ViewEntry("returns", "micic_planner.gui.returns.return_view", "ReturnView", ("return_cases",),
              QT_TRANSLATE_NOOP("View", "Return"), "mdi6.home-import-outline",
              QT_TRANSLATE_NOOP("View", "Assisted voluntary return: cases, safeguards, travel and handover home")),
    ViewEntry("exercise", "micic_planner.gui.exercise.exercise_view", "ExerciseView", (), "Exercise", "mdi6.school",
              QT_TRANSLATE_NOOP("View", "A training exercise on a fictional post, with timed injects")),
    # -- messages and hotline (issue 17) --
    ViewEntry("messages", "micic_planner.gui.messages.messages_view", "MessagesView", ("message_templates",),
              QT_TRANSLATE_NOOP("View", "Messages"), "mdi6.message-text-outline",
              QT_TRANSLATE_NOOP("View", "SMS to nationals through the modem, and their replies as statuses")),
    ViewEntry("hotline", "micic_planner.gui.messages.hotline_view", "HotlineView", ("inquiries",),
              QT_TRANSLATE_NOOP("View", "Hotline"), "mdi6.phone-in-talk",
              QT_TRANSLATE_NOOP("View", "Calls from families and partners asking about someone, and call-backs")),
    # -- headquarters' hub (issue 18) --
    ViewEntry("hub", "micic_planner.gui.sync.picture_view", "PictureView", (),
              QT_TRANSLATE_NOOP("View", "Country picture"), "mdi6.earth",
              QT_TRANSLATE_NOOP("View", "Headquarters: every post's nationals, who is accounted for, gaps and "
                                        "conflicts"), headquarters=True),
]

# One line per menu action contributed by a part of the program other than the main window.
MENU_ACTIONS: list[MenuEntry] = [
    MenuEntry("sync", "micic_planner.gui.sync.actions", "export_for_headquarters",
              QT_TRANSLATE_NOOP("Menu", "Export for headquarters…")),
    MenuEntry("sync", "micic_planner.gui.sync.actions", "import_bundle", QT_TRANSLATE_NOOP("Menu", "Import a bundle…")),
    MenuEntry("sync", "micic_planner.gui.sync.actions", "review_conflicts",
              QT_TRANSLATE_NOOP("Menu", "Review conflicts…")),
    MenuEntry("sync", "micic_planner.gui.sync.actions", "export_for_post",
              QT_TRANSLATE_NOOP("Menu", "Export for a post…")),
    MenuEntry("sync", "micic_planner.gui.sync.transfer_dialog", "hand_over",
              QT_TRANSLATE_NOOP("Menu", "Hand a national over to another post…")),
    MenuEntry("post", "micic_planner.gui.assign_action", "assign_assembly_points",
              QT_TRANSLATE_NOOP("Menu", "Assign assembly points")),
    MenuEntry("crisis", "micic_planner.gui.crisis.menu_actions", "open_crisis",
              QT_TRANSLATE_NOOP("Menu", "Open a crisis…")),
    MenuEntry("crisis", "micic_planner.gui.crisis.menu_actions", "update_statuses",
              QT_TRANSLATE_NOOP("Menu", "Update statuses…"), "Ctrl+U"),
    MenuEntry("crisis", "micic_planner.gui.crisis.menu_actions", "print_call_list",
              QT_TRANSLATE_NOOP("Menu", "Print a warden call list…")),
    # -- the crisis cell (issue 19) --
    MenuEntry("crisis", "micic_planner.gui.cell.actions", "serve",
              QT_TRANSLATE_NOOP("Menu", "Serve this post to the crisis cell…")),
    MenuEntry("crisis", "micic_planner.gui.cell.actions", "join",
              QT_TRANSLATE_NOOP("Menu", "Join a crisis cell…"), needs_post=False),
    MenuEntry("crisis", "micic_planner.gui.returns.menu_actions", "cases_from_selection",
              QT_TRANSLATE_NOOP("Menu", "Return cases for the selected nationals")),
    MenuEntry("post", "micic_planner.gui.security.actions", "review_expiry",
              QT_TRANSLATE_NOOP("Menu", "Review expired records…")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "backup_now", QT_TRANSLATE_NOOP("Menu", "Back up now")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "restore_backup",
              QT_TRANSLATE_NOOP("Menu", "Restore a backup…")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "change_passphrase",
              QT_TRANSLATE_NOOP("Menu", "Change the passphrase…")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "encrypt_post",
              QT_TRANSLATE_NOOP("Menu", "Encrypt this post…")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "manage_users", QT_TRANSLATE_NOOP("Menu", "Users…")),
    MenuEntry("tools", "micic_planner.gui.security.actions", "show_audit_log",
              QT_TRANSLATE_NOOP("Menu", "Audit log…")),
    MenuEntry("help", "micic_planner.gui.help_window", "show_guide", QT_TRANSLATE_NOOP("Menu", "Guide"), "F1",
              needs_post=False),
    MenuEntry("help", "micic_planner.gui.about", "show_about", QT_TRANSLATE_NOOP("Menu", "About MICIC Planner"),
              needs_post=False),
    MenuEntry("file", "micic_planner.gui.import_wizard", "run_import_wizard",
              QT_TRANSLATE_NOOP("Menu", "Import nationals…"), "Ctrl+I"),
    MenuEntry("file", "micic_planner.gui.geo_import_dialog", "run_geo_import",
              QT_TRANSLATE_NOOP("Menu", "Import a map file (GPX, KML, GeoJSON)…")),
    MenuEntry("file", "micic_planner.gui.export_dialog", "run_export_dialog",
              QT_TRANSLATE_NOOP("Menu", "Export for a partner…"), "Ctrl+E"),
    MenuEntry("file", "micic_planner.gui.export_dialog", "run_template_dialog",
              QT_TRANSLATE_NOOP("Menu", "Save an import template…"), needs_post=False),
    MenuEntry("crisis", "micic_planner.gui.export_dialog", "show_cap_alert",
              QT_TRANSLATE_NOOP("Menu", "Read a host-country alert (CAP)…"), needs_post=False),
]
