"""A restricted plan: only roles that may print names get it, it is logged, and every page says who and when."""

import io
import json
import re

import pytest
from pypdf import PdfReader

from micic_planner.core.errors import PermissionDeniedError
from micic_planner.core.security import Role
from micic_planner.reports.plan_pdf import PlanRenderer
from micic_planner.storage.overview_queries import PostReader
from micic_planner.storage.plan_source import authorize_restricted_print, load_plan_data
from micic_planner.storage.store import PostStore
from tests.reports.plan_fixture import make_post

USERS = {"admin": (Role.ADMINISTRATOR, "admin-clave-1"), "olga": (Role.OFFICER, "olga-clave-1"),
         "vera": (Role.VIEWER, "vera-clave-1")}


@pytest.fixture(scope="module")
def post_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("restricted") / "post.db"
    with PostStore.open(path, create=True) as store:
        make_post(store)
        for name, (role, password) in USERS.items():
            store.add_user(name, role, password)
    return path


def signed_in(path, name):
    return PostStore.open(path, user=name, password=USERS[name][1])


def test_a_restricted_plan_carries_the_printers_name_and_the_utc_time_on_every_page(post_file):
    with signed_in(post_file, "olga") as store:
        data = load_plan_data(store, restricted=True)
        pdf = PlanRenderer(data, lang="es").render_bytes()
    assert re.fullmatch(r"olga · \d{4}-\d\d-\d\d \d\d:\d\d UTC", data.watermark)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 3
    for page in pages:
        assert data.watermark in " ".join(page.extract_text().split())


def test_a_plain_plan_has_no_watermark(post_file):
    with signed_in(post_file, "vera") as store:
        data = load_plan_data(store)
        pdf = PlanRenderer(data, lang="en").render_bytes()
    assert data.watermark == ""
    assert "vera ·" not in PdfReader(io.BytesIO(pdf)).pages[1].extract_text()


def test_a_warden_list_viewer_may_not_print_the_restricted_plan(post_file):
    with signed_in(post_file, "vera") as store:
        before = store.audit.count(action="print_restricted")
        with pytest.raises(PermissionDeniedError, match="print restricted data"):
            load_plan_data(store, restricted=True)
        assert store.audit.count(action="print_restricted") == before


def test_a_trainee_may_not_print_a_restricted_plan_of_a_real_post_because_it_cannot_open_it(post_file):
    with signed_in(post_file, "admin") as store:
        store.add_user("tomas", Role.TRAINEE, "tomas-clave-1")
    with pytest.raises(PermissionDeniedError, match="trainee"):
        PostStore.open(post_file, user="tomas", password="tomas-clave-1")


def test_the_audit_log_records_the_restricted_print_with_counts_only(post_file):
    with signed_in(post_file, "olga") as store:
        load_plan_data(store, restricted=True)
        count = store.nationals.count()
    with signed_in(post_file, "admin") as store:
        entry = store.audit_entries(action="print_restricted")[0]
    assert entry["user"] == "olga"
    assert json.loads(entry["detail"]) == {"nationals": count, "copy": entry_copy(entry), "printed_by": "olga"}
    assert "Núñez" not in (entry["detail"] + (entry["after"] or ""))


def entry_copy(entry) -> int:
    copy = json.loads(entry["detail"])["copy"]
    assert isinstance(copy, int) and copy >= 1
    return copy


def test_a_reader_without_a_signed_in_user_needs_a_print_allowed_on_the_store(post_file):
    reader = PostReader(post_file)
    try:
        with pytest.raises(PermissionDeniedError, match="signed-in user"):
            load_plan_data(reader, restricted=True)
        with signed_in(post_file, "olga") as store:
            printed = authorize_restricted_print(store)
        data = load_plan_data(reader, restricted=True, printed=printed)
    finally:
        reader.close()
    assert data.watermark.startswith("olga · ") and data.annex_count > 0


def test_the_cli_prints_a_restricted_plan_with_the_watermark_and_refuses_a_viewer(post_file, tmp_path, monkeypatch,
                                                                                   capsys):
    from micic_planner.cli import main

    out = tmp_path / "plan.pdf"
    monkeypatch.setenv("MICIC_USER", "olga")
    monkeypatch.setenv("MICIC_PASSWORD", USERS["olga"][1])
    assert main(["plan", "--db", str(post_file), "--out", str(out), "--restricted", "--lang", "en"]) == 0
    last = PdfReader(str(out)).pages[-1].extract_text()
    assert "olga ·" in " ".join(last.split()) and "UTC" in last
    monkeypatch.setenv("MICIC_USER", "vera")
    monkeypatch.setenv("MICIC_PASSWORD", USERS["vera"][1])
    assert main(["plan", "--db", str(post_file), "--out", str(tmp_path / "v.pdf"), "--restricted"]) == 2
    assert "may not print restricted data" in capsys.readouterr().err
    assert not (tmp_path / "v.pdf").exists()
