from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER, landscape

from micic_planner.cli import main
from micic_planner.storage.store import PostStore
from tests.crisis_fixture import build_post
from tests.reports.plan_fixture import make_post


def size(path) -> list[int]:
    return [round(float(x)) for x in PdfReader(path).pages[0].mediabox[2:]]


def test_the_plan_of_a_post_in_guatemala_prints_on_letter_unless_a4_is_asked(tmp_path):
    db = tmp_path / "post.db"
    with PostStore.open(db, create=True) as store:
        make_post(store)  # host country GT
    assert main(["plan", "--db", str(db), "--out", str(tmp_path / "a.pdf")]) == 0
    assert size(tmp_path / "a.pdf") == [round(x) for x in LETTER]
    assert main(["plan", "--db", str(db), "--out", str(tmp_path / "b.pdf"), "--paper", "a4"]) == 0
    assert size(tmp_path / "b.pdf") == [round(x) for x in A4]


def test_a_call_list_of_a_post_in_honduras_follows_its_paper_and_the_paper_option(tmp_path):
    db = tmp_path / "post.db"
    with PostStore.open(db, create=True) as store:
        records = build_post(store)  # host country HN
        warden = records["warden"].id
    assert main(["crisis", "open", "--db", str(db), "--title", "Eta", "--hazard", "hurricane"]) == 0
    assert main(["calllist", "--db", str(db), "--warden", str(warden), "--out", str(tmp_path / "c.pdf")]) == 0
    assert size(tmp_path / "c.pdf") == [round(x) for x in landscape(LETTER)]
    assert main(["calllist", "--db", str(db), "--warden", str(warden), "--out", str(tmp_path / "d.pdf"),
                 "--paper", "a4"]) == 0
    assert size(tmp_path / "d.pdf") == [round(x) for x in landscape(A4)]
