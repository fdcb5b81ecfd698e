"""The `cards` command: household evacuation cards of a zone, or of the whole post, to a PDF file."""

from micic_planner.cli.post_file import add_post
from micic_planner.core.i18n import _, counted


def register(commands) -> None:
    p = commands.add_parser("cards", help=_("print household evacuation cards (PDF, two per sheet), each in its "
                                            "household's language"))
    add_post(p, _("post file"))
    p.add_argument("--out", required=True, help=_("PDF file to write"))
    p.add_argument("--zone", type=int, help=_("only the households of this zone (id); all zones by default"))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("paper size (default: the paper of the post's host country)"))
    p.set_defaults(run=run_cards)


def run_cards(args) -> int:
    from micic_planner.cli.disclosure import record_print
    from micic_planner.core.disclosure import CARD_FIELDS
    from micic_planner.core.errors import StorageError
    from micic_planner.reports.household_cards_pdf import HouseholdCardRenderer
    from micic_planner.storage.card_source import HouseholdCards
    from micic_planner.storage.store import PostStore

    with PostStore.open(args.db) as store:
        cards = HouseholdCards(store).for_zone(args.zone)
        post = store.post()
        if post is None:
            raise StorageError(_("This post file has no post details yet, so there is no plan to print."),
                               where=args.db, hint=_("Enter the post's details first, or create the demo post."))
        renderer = HouseholdCardRenderer(post.name, post.phone, post.host_country, args.paper)
        pages = renderer.render(cards, args.out)
        record_print(store, "household_cards", "pdf", args.out, CARD_FIELDS,
                     [i for card in cards for i in card.member_ids])
    print(counted("{count} household cards on {pages} pages written to {path}.",
                  "{count} household card on {pages} pages written to {path}.", count=len(cards), pages=pages,
                  path=args.out))
    return 0
