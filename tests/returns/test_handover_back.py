"""What comes back from home: the handover format's version 2 carries follow-up visits and referrals to the post."""

from datetime import date

import pytest

from micic_planner.core.errors import HandoverError
from micic_planner.core.returns.case import CaseState
from micic_planner.core.returns.reintegration import Dimension, Referral, ReferralState
from micic_planner.interchange.return_handover import read_handover, write_handover
from micic_planner.storage.returns.case_store import ReturnStore
from micic_planner.storage.returns.handover import VERSION, ReturnHandover
from micic_planner.storage.returns.reintegration_store import ReintegrationStore
from tests.returns.test_handover import PASSPHRASE, _receiving
from tests.returns.test_handover import people_case as people_case_fixture

people_case = people_case_fixture  # the post's consented case, as the handover tests open it


def _there_and_back(store, case, tmp_path):
    """The case goes home, is received, followed and referred there, and the office sends it back."""
    out, back = tmp_path / "ida.zip", tmp_path / "vuelta.zip"
    store.db.execute("UPDATE return_cases SET state = 'departed' WHERE id = ?", [case.id])
    write_handover(ReturnHandover(store).outgoing([case.id]), out, PASSPHRASE)
    office = _receiving(tmp_path)
    ReturnHandover(office).incoming(read_handover(out, PASSPHRASE))
    there = ReturnStore(office).page(ReturnStore(office).filter_all(), 0, 1)[0].id
    ReturnStore(office).advance(there, CaseState.RECEIVED, day=date(2026, 12, 1))
    home = ReintegrationStore(office)
    _goals, _refs, visits = home.plan(there)
    home.record_follow_up(visits[0].id, date(2027, 3, 2), "Trabaja en un taller")
    home.refer(Referral(there, "Oficina de empleo", Dimension.ECONOMIC, date(2026, 12, 2), True, "name"))
    home.set_referral_state(home.plan(there)[1][0].id, ReferralState.ACCEPTED)
    payload = ReturnHandover(office).outgoing([there])
    write_handover(payload, back, PASSPHRASE)
    office.close()
    return payload, back


def test_the_post_learns_the_follow_ups_and_referrals_done_at_home(store, people_case, tmp_path):
    payload, back = _there_and_back(store, people_case, tmp_path)
    assert payload["version"] == VERSION == 3
    ReturnHandover(store).incoming(read_handover(back, PASSPHRASE))
    _goals, referrals, visits = ReintegrationStore(store).plan(people_case.id)
    assert [(v.due_on, v.done_on, v.notes) for v in visits][0] == (date(2027, 3, 1), date(2027, 3, 2),
                                                                   "Trabaja en un taller")
    assert len(visits) == 3 and [v.done_on for v in visits[1:]] == [None, None]
    assert [(r.service, r.state) for r in referrals] == [("Oficina de empleo", ReferralState.ACCEPTED)]
    assert ReturnStore(store).case_file(people_case.id)[0].state is CaseState.RECEIVED


def test_taking_the_same_file_back_twice_adds_no_visit_or_referral_twice(store, people_case, tmp_path):
    _payload, back = _there_and_back(store, people_case, tmp_path)
    for _ in range(2):
        ReturnHandover(store).incoming(read_handover(back, PASSPHRASE))
    _goals, referrals, visits = ReintegrationStore(store).plan(people_case.id)
    assert len(visits) == 3 and len(referrals) == 1


def test_a_version_1_file_without_follow_ups_is_still_read(store, people_case, tmp_path):
    payload = ReturnHandover(store).outgoing([people_case.id])
    for entry in payload["cases"]:
        del entry["follow_ups"], entry["referrals"]
    payload["version"] = 1
    with _receiving(tmp_path) as office:
        assert ReturnHandover(office).incoming(payload).count == 1


def test_a_version_2_file_without_uuids_is_still_read_and_its_records_get_new_ones(store, people_case, tmp_path):
    payload = ReturnHandover(store).outgoing([people_case.id])
    for entry in payload["cases"]:
        for record in entry["steps"] + entry["follow_ups"] + entry["referrals"] + entry["members"]:
            record.pop("uuid" if "uuid" in record and "given_names" not in record else "member_uuid", None)
    payload["version"] = 2
    with _receiving(tmp_path) as office:
        assert ReturnHandover(office).incoming(payload).count == 1
        assert office.db.execute("SELECT count(*) FROM return_steps WHERE uuid IS NULL").fetchone() == (0,)


def test_a_file_from_a_newer_program_is_refused_with_the_advice_to_update(store, people_case):
    payload = ReturnHandover(store).outgoing([people_case.id])
    payload["version"] = VERSION + 1
    with pytest.raises(HandoverError) as caught:
        ReturnHandover(store).incoming(payload)
    assert "newer" in caught.value.hint
