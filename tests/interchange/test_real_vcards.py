"""vCards from phones and mail programs (ez-vcard's test files, tests/data/real/SOURCES.md) read card by card."""

from pathlib import Path

import pytest

from micic_planner.core.partner_import import merge_cards
from micic_planner.interchange.vcard_reader import read_vcard_file

VCARDS = Path(__file__).parent.parent / "data" / "real" / "vcard"


def read(name):
    return read_vcard_file(VCARDS / f"ez-vcard-{name}.vcf")


@pytest.mark.parametrize("path", sorted(VCARDS.glob("*.vcf")), ids=lambda p: p.stem)
def test_every_real_vcard_reads_whole_with_a_name_for_each_named_card(path):
    result = read_vcard_file(path)
    assert result.contacts and not result.refused
    assert all(c.name or c.organisation or not c.phones for c in result.contacts)


def test_an_android_2_1_export_decodes_quoted_printable_utf8_across_soft_line_breaks():
    contacts = read("john-doe-android").contacts
    assert len(contacts) == 6
    assert contacts[2].name == "Ñ Ñ Ñ Ñ Ñ" and contacts[2].phones == [("cell", "123456789")]
    # The name ran over two lines, the first ending in a quoted-printable soft break "=".
    assert contacts[3].name == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"


def test_outlooks_quoted_printable_note_keeps_its_line_breaks():
    contact = read("outlook-2003").contacts[0]
    assert contact.note.startswith("This is the note field!!\nSecond line\n\nThird line")
    assert contact.organisation == "Company, The"


def test_an_iphone_card_with_a_photo_and_mixed_line_ends_reads_without_the_photo():
    contact = read("john-doe-iphone").contacts[0]
    assert contact.organisation == "IBM" and contact.emails[0] == "john.doe@ibm.com"
    assert contact.phones[0] == ("cell,voice", "905-555-1234")
    assert any(item.startswith("PHOTO") for item in contact.ignored)


def test_lotus_notes_directory_lines_are_left_out_and_named():
    contact = read("john-doe-lotus-notes").contacts[0]
    assert contact.organisation == "IBM"
    assert any("PROFILE" in item and "directory" in item for item in contact.ignored)


def test_the_rfc_6350_example_gives_its_tel_uris_as_numbers_and_its_address_on_one_line():
    contact = read("rfc6350-example").contacts[0]
    assert contact.phones[0] == ("work,voice", "+1-418-656-9254")
    assert contact.address.startswith("Suite D2-630, 2875 Laurier, Quebec, QC")


def test_the_two_cards_of_the_rfc_2426_example_become_two_partners_with_fax_in_the_notes():
    result = merge_cards(read("rfc2426-example").contacts, [], "US")
    assert [(p.name, p.contact_person, p.phone) for p in result.added] == [
        ("Lotus Development Corporation", "Frank Dawson", "+19196769515"),
        ("Netscape Communications Corp.", "Tim Howes", "+14159373419")]
    assert "Fax: +19196769564" in result.added[0].notes


def test_cards_without_any_name_are_refused_with_the_reason():
    result = merge_cards(read("john-doe-android").contacts, [], "US")
    assert [o.action for o in result.outcomes[:2]] == ["refused", "refused"]
    assert "no name" in result.outcomes[0].skipped[0]


def test_a_broken_card_is_refused_alone_and_the_others_are_read(tmp_path):
    path = tmp_path / "mixed.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luis\r\nN:Gómez;Luis\r\nBDAY;VALUE=date:not a date\r\n"
                    "this line has no colon\r\nEND:VCARD\r\n", encoding="utf-8")
    result = read_vcard_file(path)
    assert [c.name for c in result.contacts] == ["Ana"]
    assert result.refused[0].number == 2 and result.refused[0].line == 5


def test_a_windows_1252_file_is_read_and_said_to_be(tmp_path):
    path = tmp_path / "outlook.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Inés Núñez\r\nEND:VCARD\r\n".encode("cp1252"))
    result = read_vcard_file(path)
    assert result.contacts[0].name == "Inés Núñez" and "Windows-1252" in result.notes[0]


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "libreta.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Begoña Ibarra\r\nEND:VCARD\r\n".encode("utf-16"))
    result = read_vcard_file(path)
    assert result.contacts[0].name == "Begoña Ibarra" and not result.notes
