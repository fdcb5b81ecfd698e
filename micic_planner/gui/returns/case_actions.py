"""What the Return view does with the chosen case besides its steps: print it, hand it over, take one in.

Each function takes the view, asks what it needs through the dialogs' `ask`, and reports failures in a dialog.
"""

from micic_planner.gui.crisis.prompts import SaveAs
from micic_planner.gui.errors import explained
from micic_planner.gui.returns.dialogs import HandoverFile, HandoverPassphrase


def declaration(view) -> None:
    """The declaration in the person's language where one is printed (ES, EN), else Spanish, read to them."""
    from micic_planner.core.returns.declaration import declaration_language
    from micic_planner.reports.returns.declaration_pdf import DeclarationRenderer, DeclarationSheet

    path = SaveAs.ask(view, view.tr("Print declaration"), f"declaracion-{view.case.number}.pdf", "PDF (*.pdf)")
    if not path:
        return
    with explained(view, view.tr("Could not print")):
        case, members, _steps = view.returns.case_file(view.case_id)
        lang, own = declaration_language(view.returns.languages(view.case_id))
        post = view.context.store.post()
        DeclarationRenderer(lang).render(DeclarationSheet(case, members, post.name if post else "", own), path)


def case_file(view) -> None:
    from micic_planner.core.i18n import language
    from micic_planner.reports.returns.case_file_pdf import CaseFileRenderer, CaseFileSheet

    path = SaveAs.ask(view, view.tr("Print case file"), f"expediente-{view.case.number}.pdf", "PDF (*.pdf)")
    if not path:
        return
    with explained(view, view.tr("Could not print")):
        case, members, steps, grant = view.returns.case_file_print(view.case_id)
        post = view.context.store.post()
        CaseFileRenderer(language()).render(
            CaseFileSheet(case, members, steps, post.name if post else "", grant.user, grant.copy), path)


def handover(view) -> None:
    from micic_planner.core.passphrase import check_new_passphrase
    from micic_planner.interchange.return_handover import write_handover
    from micic_planner.storage.returns.handover import ReturnHandover

    path = SaveAs.ask(view, view.tr("Hand over"), f"traspaso-{view.case.number}.zip", "ZIP (*.zip)")
    if not path:
        return
    with explained(view, view.tr("Could not hand the case over")):
        passphrase = HandoverPassphrase.ask(view, confirm=True)
        if passphrase is None:
            return
        check_new_passphrase(passphrase)
        write_handover(ReturnHandover(view.context.store).outgoing([view.case_id]), path, passphrase)


def take_in(view) -> None:
    from micic_planner.interchange.return_handover import read_handover
    from micic_planner.storage.returns.handover import ReturnHandover

    path = HandoverFile.ask(view, view.tr("Take in a handover"))
    if not path:
        return
    with explained(view, view.tr("Could not take the handover in")):
        passphrase = HandoverPassphrase.ask(view, confirm=False)
        if passphrase is None:
            return
        view.context.apply(ReturnHandover(view.context.store).incoming(read_handover(path, passphrase)))


def directory(view) -> None:
    """The referral directory as the receiving office hands it out: services by municipality, then programmes."""
    from micic_planner.core.i18n import language
    from micic_planner.reports.returns.directory_pdf import DirectoryRenderer, DirectorySheet
    from micic_planner.storage.returns.directory_store import DirectoryStore

    path = SaveAs.ask(view, view.tr("Print directory"), "directorio-de-referencia.pdf", "PDF (*.pdf)")
    if not path:
        return
    with explained(view, view.tr("Could not print")):
        store = DirectoryStore(view.context.store)
        post = view.context.store.post()
        DirectoryRenderer(language()).render(
            DirectorySheet(store.programmes(), store.services(), post.name if post else ""), path)
