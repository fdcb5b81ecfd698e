from micic_planner.core.duplicates import DuplicateFinder, merge_values, name_key


class FakeRegistry:
    def __init__(self, people):
        self.people = people  # id -> record

    def by_uuids(self, uuids):
        return {u: [i for i, p in self.people.items() if p.get("uuid") == u] for u in uuids}

    def by_documents(self, docs):
        return {d: [i for i, p in self.people.items() if d in (p.get("passport_no"), p.get("consular_id"))]
                for d in docs}

    def by_phones(self, phones):
        return {x: [(i, p["family_names"], p["given_names"], p.get("birth_date", "")) for i, p in self.people.items()
                    if p.get("phone") == x] for x in phones}

    def by_birth_dates(self, dates):
        return {d: [(i, p["family_names"], p["given_names"]) for i, p in self.people.items()
                    if p.get("birth_date") == d] for d in dates}


def test_name_key_strips_accents_and_case_but_keeps_other_scripts():
    assert name_key("Núñez Pérez", "María José") == "nunez perez maria jose"
    assert name_key("王", "小明") == "王 小明"


def test_similar_name_with_the_same_birth_date_is_a_candidate_and_another_date_is_not():
    registry = FakeRegistry({7: {"family_names": "Núñez Pérez", "given_names": "María José",
                                 "birth_date": "1990-05-31"}})
    finder = DuplicateFinder(registry)
    found = finder.check_batch([
        (2, {"family_names": "Nunez Perez", "given_names": "Maria Jose", "birth_date": "1990-05-31"}),
        (3, {"family_names": "Nunez Perez", "given_names": "Maria Jose", "birth_date": "1991-05-31"}),
        (4, {"family_names": "Gómez", "given_names": "Luis", "birth_date": "1990-05-31"}),
    ])
    assert [(c.row, c.reason, c.existing_id) for c in found] == [(2, "name", 7)]


def test_same_document_or_phone_matches_the_registry_and_earlier_rows_of_the_file():
    registry = FakeRegistry({1: {"passport_no": "G123", "family_names": "A", "given_names": "B"},
                             2: {"phone": "+50212345678", "family_names": "C", "given_names": "D"}})
    finder = DuplicateFinder(registry)
    found = finder.check_batch([
        (2, {"passport_no": "G123", "family_names": "X", "given_names": "Y"}),
        (3, {"phone": "+50212345678", "family_names": "Z", "given_names": "W"}),
        (4, {"consular_id": "TAP-1", "family_names": "Q", "given_names": "R"}),
    ])
    found += finder.check_batch([(5, {"consular_id": "TAP-1", "family_names": "S", "given_names": "T"})])
    assert {(c.row, c.reason, c.existing_id, c.other_row) for c in found} == {
        (2, "document", 1, None), (3, "phone", 2, None), (5, "document", None, 4)}


def test_merging_fills_empty_fields_and_loses_no_non_empty_value():
    existing = {"id": 1, "phone": "+50211111111", "phone2": "", "email": "", "address": "Calle 1",
                "vulnerabilities": 4, "notes": "llamó ayer", "status": "safe"}
    incoming = {"phone": "+50222222222", "email": "ana@example.org", "address": "Calle 2",
                "vulnerabilities": 16, "notes": "", "status": "not_contacted", "uuid": "x"}
    changes = merge_values(existing, incoming)
    assert changes["phone2"] == "+50222222222"
    assert changes["email"] == "ana@example.org"
    assert changes["vulnerabilities"] == 20
    assert "address" not in changes and "Calle 2" in changes["notes"] and "llamó ayer" in changes["notes"]
    assert "status" not in changes and "uuid" not in changes
