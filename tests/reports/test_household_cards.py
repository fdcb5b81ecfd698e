"""Household evacuation cards read back as a household reads them: whole, in its language, nothing restricted."""

import pytest
from pypdf import PdfReader

from micic_planner.cli import main
from micic_planner.core.enums import AccountabilityStatus, Vulnerability
from micic_planner.core.household_cards import card_language
from micic_planner.reports.household_cards_pdf import HouseholdCardRenderer
from micic_planner.storage.card_source import HouseholdCards
from micic_planner.storage.demo_writer import write_demo
from micic_planner.storage.store import PostStore
from tests.reports.pdf_checks import read, split_values


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo post whose first household speaks English and whose second speaks only K'iche'."""
    path = tmp_path_factory.mktemp("cards") / "post.db"
    with PostStore.open(path, create=True) as store:
        write_demo(store, nationals=300)
        first, second = [r[0] for r in store.db.execute(
            "SELECT DISTINCT household FROM nationals WHERE zone_id = (SELECT min(zone_id) FROM nationals) "
            "ORDER BY household LIMIT 2")]
        store.db.execute("UPDATE nationals SET languages = 'en' WHERE household = ?", [first])
        store.db.execute("UPDATE nationals SET languages = 'quc' WHERE household = ?", [second])
        store.db.execute("UPDATE nationals SET status = ?, migration_status = 'irregular'",
                         [AccountabilityStatus.NEEDS_HELP.value])
    return path, first, second


@pytest.fixture(scope="module")
def printed(demo, tmp_path_factory):
    """The cards of the first zone, rendered with every QR value recorded."""
    import micic_planner.reports.household_cards_pdf as module

    path = demo[0]
    values = []

    class Spy(module.QrCodeWidget):
        def __init__(self, value, **kw):
            values.append(value)
            super().__init__(value, **kw)

    out = tmp_path_factory.mktemp("out") / "cards.pdf"
    with PostStore.open(path) as store, pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "QrCodeWidget", Spy)
        zone = store.db.execute("SELECT zone_id FROM nationals WHERE household = ?", [demo[1]]).fetchone()[0]
        cards = HouseholdCards(store).for_zone(zone)
        post = store.post()
        pages = HouseholdCardRenderer(post.name, post.phone, post.host_country).render(cards, out)
        secrets = {r[0] for q in ("passport_no", "consular_id", "phone", "phone2", "email", "emergency_phone")
                   for r in store.db.execute(f"SELECT {q} FROM nationals WHERE zone_id = ?", [zone]) if r[0]}
        phones = {r[0] for r in store.db.execute("SELECT phone FROM wardens") if r[0]} | {post.phone}
    return cards, pages, out.read_bytes(), values, secrets, phones


def test_cards_are_two_to_a_sheet_with_nothing_overlapping_cut_shrunk_or_a_phone_broken(printed):
    cards, pages, pdf, _values, _secrets, phones = printed
    assert pages == (len(cards) + 1) // 2 and len(PdfReader(__import__("io").BytesIO(pdf)).pages) == pages
    faults = read(pdf)
    assert (faults.overlaps, faults.outside, faults.small) == ([], [], [])
    from micic_planner.core.phone_display import display_phone

    assert split_values(faults, {display_phone(p) for p in phones}) == []
    lines = faults.line_texts()
    assert "+52 962 555 0100" in lines  # the post's 24/7 number, grouped, on a line of its own


def test_each_card_carries_its_household_key_in_its_qr_code(printed):
    cards, _pages, _pdf, values, _secrets, _phones = printed
    assert values == [card.key for card in cards]


def test_a_card_prints_names_but_no_document_phone_status_need_or_migration_status(printed):
    cards, _pages, pdf, _values, secrets, _phones = printed
    lines = read(pdf).line_texts()
    words = {w for line in lines for w in line.split(" ")}
    missing = [part for card in cards for name in card.members for part in name.replace(",", "").split()
               if part not in words and f"{part}," not in words]
    assert missing == []
    text = "\n".join(lines)
    assert not [s for s in secrets if s in text]
    for lang in ("es", "en"):
        assert AccountabilityStatus.NEEDS_HELP.label(lang) not in text
        assert not [f for f in Vulnerability.members() if f.label(lang) in text]
    assert "irregular" not in text.lower()


def test_a_household_reads_its_card_in_english_or_spanish_and_a_kiche_one_in_spanish(printed, demo):
    cards, _pages, pdf, _values, _secrets, _phones = printed
    by_key = {card.key: card for card in cards}
    assert by_key[demo[1]].lang == "en" and by_key[demo[2]].lang == "es"
    text = read(pdf).line_texts()
    assert "Household evacuation card" in text and "Tarjeta de evacuación del hogar" in text
    assert card_language(["quc", "mam"]) == "es" and card_language(["mam", "en", "es"]) == "en"


def test_cards_for_chosen_nationals_hold_their_whole_households(demo):
    with PostStore.open(demo[0]) as store:
        one = store.db.execute("SELECT id FROM nationals WHERE household = ? LIMIT 1", [demo[1]]).fetchone()[0]
        size = store.db.execute("SELECT count(*) FROM nationals WHERE household = ?", [demo[1]]).fetchone()[0]
        cards = HouseholdCards(store).for_nationals([one])
    assert [c.key for c in cards] == [demo[1]] and len(cards[0].members) == size


def test_the_cards_command_prints_a_zone_on_the_posts_paper_and_records_the_print(demo, tmp_path, capsys):
    out = tmp_path / "tarjetas.pdf"
    assert main(["cards", "--db", str(demo[0]), "--out", str(out), "--zone", "1"]) == 0
    reader = PdfReader(out)
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]  # a Mexican post: Letter
    assert "household cards on" in capsys.readouterr().out
    assert not list(tmp_path.glob(".micic-*"))  # written beside and renamed: no temporary left
    with PostStore.open(demo[0]) as store:
        row = store.db.execute("SELECT document, count FROM disclosures ORDER BY id DESC LIMIT 1").fetchone()
    assert row[0] == "household_cards" and row[1] > 0
    assert main(["cards", str(demo[0]), "--out", str(tmp_path / "a4.pdf"), "--paper", "a4"]) == 0
    assert [round(float(x)) for x in PdfReader(tmp_path / "a4.pdf").pages[0].mediabox[2:]] == [595, 842]


def _card(members: int, lang="es"):
    from micic_planner.core.household_cards import HouseholdCard

    names = [f"Tzul Xicará de los Santos, María Fernanda Guadalupe {i}" for i in range(members)]
    return HouseholdCard(f"GT-BIG-{members:03d}", names, lang, "Tapachula urbana", warden="Rosa Elvira Tzul Pérez",
                         warden_phone="+529625550121")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_household_of_thirty_gets_a_whole_sheet_with_every_name_whole_and_nothing_cut(tmp_path, paper):
    out = tmp_path / "big.pdf"
    HouseholdCardRenderer("Consulado de Guatemala en Tapachula", "+529625550100", "MX", paper).render(
        [_card(30), _card(3, "en")], out)
    faults = read(out.read_bytes())
    assert (faults.overlaps, faults.outside, faults.small) == ([], [], [])
    words = {w for line in faults.line_texts() for w in line.split(" ")}
    assert all(f"{i}" in words for i in range(30))
    # Too large for half a sheet, the card of thirty has a sheet of its own; the next card starts a new one.
    pages = PdfReader(out).pages
    assert len(pages) == 2 and "GT-BIG-003" not in pages[0].extract_text() and "GT-BIG-003" in pages[1].extract_text()


def test_a_cancelled_print_writes_no_file(tmp_path):
    from micic_planner.core.errors import Cancelled

    out = tmp_path / "cards.pdf"
    with pytest.raises(Cancelled):
        HouseholdCardRenderer("Consulado", country="MX").render([_card(2)] * 10, out, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_cards_of_a_zone_that_does_not_exist_are_refused_with_a_hint(demo, tmp_path, capsys):
    assert main(["cards", "--db", str(demo[0]), "--out", str(tmp_path / "x.pdf"), "--zone", "999"]) == 2
    err = capsys.readouterr().err
    assert "999" in err and "Zones" in err
    assert not (tmp_path / "x.pdf").exists()
