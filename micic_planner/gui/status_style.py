"""One colour, icon and symbol per accountability status, for every place the window shows a status.

Colour alone fails the colour-blind and black-and-white printing, so each status also has an icon
and a text symbol; the label is always written out beside them.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor

from micic_planner.core.enums import AccountabilityStatus as S


@dataclass(frozen=True)
class StatusStyle:
    colour: str  # dark enough for white text on it, and for coloured text on white
    icon: str  # a qtawesome name
    symbol: str  # for rich text and printing, where an icon cannot go


STYLES: dict[S, StatusStyle] = {
    S.NOT_CONTACTED: StatusStyle("#5f6368", "mdi6.phone-off", "○"),
    S.SAFE: StatusStyle("#2e7d32", "mdi6.check-circle", "✔"),
    S.NEEDS_HELP: StatusStyle("#b45309", "mdi6.hand-back-right", "!"),
    S.INJURED: StatusStyle("#c62828", "mdi6.medical-bag", "✚"),
    S.MISSING: StatusStyle("#6a1b9a", "mdi6.account-question", "?"),
    S.DECEASED: StatusStyle("#212121", "mdi6.cross", "†"),
    S.EVACUATED: StatusStyle("#1565c0", "mdi6.bus", "➜"),
    S.REPATRIATED: StatusStyle("#00695c", "mdi6.airplane-landing", "⌂"),
    S.NOT_IN_AREA: StatusStyle("#6d4c41", "mdi6.map-marker-off", "–"),
}


def style(status) -> StatusStyle:
    return STYLES[S(status)]


def colour(status) -> QColor:
    return QColor(style(status).colour)


def icon(status, colour_name: str | None = None):
    import qtawesome

    return qtawesome.icon(style(status).icon, color=colour_name or style(status).colour)


def rich_label(status) -> str:
    """The status as coloured rich text with its symbol, for labels and the person card."""
    import html

    s = style(status)
    return f"<b style='color:{s.colour}'>{s.symbol} {html.escape(S(status).label())}</b>"
