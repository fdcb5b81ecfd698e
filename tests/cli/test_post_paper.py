"""The paper chosen when the post was created is the default of every document; --paper still wins."""

from reportlab.lib.pagesizes import A4, LETTER, landscape

from micic_planner.cli import main
from micic_planner.storage.store import PostStore
from tests.cli.test_paper_cli import size
from tests.crisis_fixture import build_post
from tests.reports.plan_fixture import make_post


def choose_paper(store, paper: str) -> None:
    post = store.post()
    post.paper = paper
    store.save_post(post)


def test_a_post_in_guatemala_that_chose_a4_prints_its_plan_on_a4_unless_letter_is_asked(tmp_path):
    db = tmp_path / "post.db"
    with PostStore.open(db, create=True) as store:
        make_post(store)  # host country GT, where Letter is usual
        choose_paper(store, "a4")
    assert main(["plan", "--db", str(db), "--out", str(tmp_path / "a.pdf")]) == 0
    assert size(tmp_path / "a.pdf") == [round(x) for x in A4]
    assert main(["plan", "--db", str(db), "--out", str(tmp_path / "b.pdf"), "--paper", "letter"]) == 0
    assert size(tmp_path / "b.pdf") == [round(x) for x in LETTER]


def test_a_call_list_follows_the_paper_chosen_for_the_post(tmp_path):
    db = tmp_path / "post.db"
    with PostStore.open(db, create=True) as store:
        records = build_post(store)  # host country HN
        choose_paper(store, "a4")
        warden = records["warden"].id
    assert main(["crisis", "open", "--db", str(db), "--title", "Eta", "--hazard", "hurricane"]) == 0
    assert main(["calllist", "--db", str(db), "--warden", str(warden), "--out", str(tmp_path / "c.pdf")]) == 0
    assert size(tmp_path / "c.pdf") == [round(x) for x in landscape(A4)]
