"""The vCard 4.0 export, read back with vobject the way another program would read it (RFC 6350)."""

import vobject

from micic_planner.interchange.vcard import partner_contact, warden_contact, write_vcards


def _cards(path):
    return {c.fn.value: c for c in vobject.readComponents(path.read_text(encoding="utf-8"))}


def _partner(**values):
    return {"name": "Cruz Roja", "kind": "red_cross", "uuid": "p-1", **values}


def test_the_preferred_phone_is_a_pref_parameter_not_a_quoted_type(tmp_path):
    path = tmp_path / "c.vcf"
    write_vcards(path, [partner_contact(_partner(contact_person="Ana López", phone_24h="+50222223333",
                                                 phone="+50222224444"))])
    text = path.read_text(encoding="utf-8")
    assert '"' not in text and "pref," not in text.lower() and ",pref" not in text.lower()
    first, second = _cards(path)["Ana López"].contents["tel"]
    assert first.params["PREF"] == ["1"] and first.params["TYPE"] == ["voice"]
    assert first.value == "tel:+50222223333" and first.params["VALUE"] == ["uri"]
    assert "PREF" not in second.params and second.params["TYPE"] == ["work"]


def test_a_wardens_mobile_is_typed_cell_and_voice_as_a_list(tmp_path):
    path = tmp_path / "c.vcf"
    write_vcards(path, [warden_contact({"name": "Luis Gómez", "uuid": "w-1", "phone": "+50255550000"})])
    tel = _cards(path)["Luis Gómez"].tel
    assert tel.params["TYPE"] == ["cell", "voice"] and tel.params["PREF"] == ["1"]
    assert "TEL;PREF=1;TYPE=cell,voice;VALUE=uri:tel:+50255550000" in path.read_text(encoding="utf-8")


def test_an_honorific_is_the_name_prefix_and_two_family_names_stay_together(tmp_path):
    path = tmp_path / "c.vcf"
    write_vcards(path, [partner_contact(_partner(contact_person="Lic. María José García López"))])
    name = _cards(path)["Lic. María José García López"].n.value
    assert (name.prefix, name.given, name.family) == ("Lic.", "María José", "García López")


def test_a_warden_who_is_a_national_keeps_the_registrys_name_parts(tmp_path):
    path = tmp_path / "c.vcf"
    # The registry says "García" is the only family name; inference alone would take "José García".
    warden = {"name": "María José García", "uuid": "w-2", "given_names": "María José", "family_names": "García"}
    inferred = {"name": "Pedro Pablo Ruiz Soto", "uuid": "w-3"}
    write_vcards(path, [warden_contact(warden), warden_contact(inferred)])
    cards = _cards(path)
    assert (cards["María José García"].n.value.given, cards["María José García"].n.value.family) == (
        "María José", "García")
    assert (cards["Pedro Pablo Ruiz Soto"].n.value.given, cards["Pedro Pablo Ruiz Soto"].n.value.family) == (
        "Pedro Pablo", "Ruiz Soto")


def test_the_export_takes_a_wardens_name_parts_from_the_national_it_is(store, tmp_path):
    from micic_planner.core.models import National, Warden, Zone
    from micic_planner.interchange.exports import export_post
    from micic_planner.storage.exchange_source import ExchangeSource

    zone = Zone("Costa")
    store.records.add(zone)
    national = National("María José", "García")
    store.nationals.add(national)
    store.records.add(Warden("María José García", zone_id=zone.id, national_id=national.id, phone="+50255550000"))
    store.records.add(Warden("Sra. Ana Lucía Ruiz Soto", zone_id=zone.id))
    path = tmp_path / "contactos.vcf"
    export_post(ExchangeSource(store), "vcard", path)
    cards = _cards(path)
    assert (cards["María José García"].n.value.given, cards["María José García"].n.value.family) == (
        "María José", "García")
    ruiz = cards["Sra. Ana Lucía Ruiz Soto"].n.value
    assert (ruiz.prefix, ruiz.given, ruiz.family) == ("Sra.", "Ana Lucía", "Ruiz Soto")
