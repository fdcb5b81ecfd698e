"""Printing household evacuation cards from the window: read on the GUI thread, drawn in a worker."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from micic_planner.gui.errors import explained
from micic_planner.gui.worker import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardPrinting", text)


def print_cards(owner, context, zone_id: int | None = None, national_ids=None) -> str | None:
    """Ask where to save the cards of a zone (or of the households of `national_ids`), draw them behind a
    progress dialog with Cancel, and record the print in the disclosure ledger; the path, or None."""
    from micic_planner.core.disclosure import CARD_FIELDS
    from micic_planner.gui.crisis.prompts import SaveAs
    from micic_planner.reports.household_cards_pdf import HouseholdCardRenderer
    from micic_planner.storage.card_source import HouseholdCards
    from micic_planner.storage.disclosures import DisclosureLedger

    store = context.store
    path = SaveAs.ask(owner, _tr("Print household evacuation cards"), _tr("household-cards.pdf"), "PDF (*.pdf)")
    if not path:
        return None
    if Path(path).suffix.lower() != ".pdf":
        path += ".pdf"
    with explained(owner, _tr("Could not print the cards")) as failed:
        source = HouseholdCards(store)
        # The post file is read here: its connection belongs to this thread; the worker only draws.
        cards = source.for_nationals(national_ids) if national_ids is not None else source.for_zone(zone_id)
        post = store.post()
        renderer = HouseholdCardRenderer(post.name if post else "", post.phone if post else "",
                                         post.host_country if post else "")
        done = run_with_progress(owner, _tr("Drawing the household cards…"),
                                 lambda cancelled: renderer.render(cards, path, cancelled=cancelled))
        if done is None:
            return None  # cancelled: the renderer wrote nothing
        DisclosureLedger(store).record_list("household_cards", "pdf", path, CARD_FIELDS,
                                            [i for card in cards for i in card.member_ids])
    return None if failed else path
