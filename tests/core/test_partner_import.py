from dataclasses import dataclass, field

from micic_planner.core.enums import PartnerKind
from micic_planner.core.models import Partner
from micic_planner.core.partner_import import describe, merge_cards


@dataclass
class Card:
    name: str
    organisation: str = ""
    phones: list = field(default_factory=list)
    emails: list = field(default_factory=list)
    address: str = ""
    note: str = ""
    role: str = ""
    categories: list = field(default_factory=list)
    ignored: list = field(default_factory=list)


def test_a_partner_known_by_name_is_updated_not_doubled():
    known = Partner("OIM Guatemala", contact_person="Inés Ávila", id=1)
    result = merge_cards([Card("Ines Avila", "oim guatemala", [("work", "2222 3333")], ["ines@iom.int"])], [known],
                         "GT")
    assert not result.added
    assert [(p.id, p.phone, p.email) for p in result.updated] == [(1, "+50222223333", "ines@iom.int")]
    # "Ines Avila" is Inés Ávila written without accents: her name as stored is kept.
    assert result.updated[0].contact_person == "Inés Ávila"
    assert result.outcomes[0].action == "updated" and result.outcomes[0].fields == ["phone", "email"]


def test_a_partner_known_by_phone_is_updated_under_its_own_name():
    known = Partner("Cruz Roja", phone_24h="+50222223333", id=4)
    result = merge_cards([Card("Ana López", phones=[("cell", "+502 2222 3333")])], [known], "GT")
    assert not result.added and result.updated[0].name == "Cruz Roja"
    assert result.updated[0].phone == ""  # already its 24/7 phone: not written twice
    assert result.updated[0].contact_person == "Ana López"


def test_the_same_card_twice_in_a_file_adds_one_partner():
    cards = [Card("Ana López", "Albergue San José", [("cell", "+50255550000")]),
             Card("Ana López", "Albergue San José", emails=["ana@example.org"])]
    result = merge_cards(cards, [], "GT")
    assert len(result.added) == 1 and result.added[0].email == "ana@example.org"
    assert [o.action for o in result.outcomes] == ["added", "updated"]


def test_a_persons_own_card_finds_the_partner_whose_contact_person_they_are():
    known = Partner("OIM", contact_person="Inés Ávila", id=3)
    result = merge_cards([Card("Inés Ávila", emails=["ines@iom.int"])], [known], "GT")
    assert not result.added and result.updated[0].email == "ines@iom.int"


def test_a_card_already_up_to_date_changes_nothing():
    known = Partner("OIM", phone="+50222223333", id=2)
    result = merge_cards([Card("OIM", phones=[("work", "+50222223333")])], [known], "GT")
    assert not result.updated and result.outcomes[0].action == "unchanged"


def test_what_a_partner_has_no_field_for_goes_to_the_notes_and_the_report_says_so():
    card = Card("Luis Gómez", "Transportes del Sur", [("cell", "+50255550000"), ("work", "+50222220000"),
                                                       ("work,fax", "+50222220001"), ("home", "12")],
                ["a@x.org", "b@x.org"], note="Buses de 40 plazas", role="Despacho",
                categories=["Empresa de transporte"], ignored=["PHOTO: pictures, sounds and keys are not kept"])
    partner = merge_cards([card], [], "GT").added[0]
    assert partner.kind == PartnerKind.TRANSPORT and partner.contact_person == "Luis Gómez"
    assert partner.notes.splitlines() == ["Buses de 40 plazas", "Fax: +50222220001", "Phone as written: 12",
                                          "Other phone: +50222220000", "Other e-mails: b@x.org", "Role: Despacho"]
    report = "\n".join(describe(merge_cards([card], [], "GT")))
    assert "“12” is not a valid number" in report and "PHOTO" in report and "1 more e-mail" in report


def test_reimporting_our_own_card_of_a_partner_with_two_phones_changes_nothing():
    known = Partner("Cruz Roja", contact_person="Ana López", phone_24h="+50222223333", phone="+50222224444",
                    email="ana@example.org", id=5)
    card = Card("Ana López", "Cruz Roja", [("voice", "+50222223333"), ("work", "+50222224444")], ["ana@example.org"])
    result = merge_cards([card], [known], "GT")
    assert result.outcomes[0].action == "unchanged" and not result.updated


def test_an_email_that_is_no_address_goes_to_the_notes_so_the_partner_can_still_be_saved():
    result = merge_cards([Card("OIM", emails=["_test_author_email", "oim@iom.int"])], [], "GT")
    partner = result.added[0]
    assert partner.email == "oim@iom.int" and "E-mail as written: _test_author_email" in partner.notes
    assert "is not an address" in result.outcomes[0].skipped[0]
