"""The pure rules of messages: placeholders, SMS counts, replies read as keywords, the send loop."""

import pytest

from micic_planner.core.errors import EngineError, MessagingError
from micic_planner.core.messaging.placeholders import FillValues, check_template, fill, longest_segments
from micic_planner.core.messaging.recipients import pick_language
from micic_planner.core.messaging.replies import Reply, ReplyKind, parse_reply
from micic_planner.core.messaging.sending import BatchState, send_batch


@pytest.mark.parametrize(("text", "reply"), [
    ("BIEN 4", Reply(ReplyKind.SAFE, 4)),
    ("bien", Reply(ReplyKind.SAFE)),
    ("Estamos bien, somos 5", Reply(ReplyKind.SAFE, 5)),
    ("a salvo", Reply(ReplyKind.SAFE)),
    ("Á SALVO 2", Reply(ReplyKind.SAFE, 2)),
    ("safe 3", Reply(ReplyKind.SAFE, 3)),
    ("AYUDA", Reply(ReplyKind.HELP)),
    ("ayúda 2", Reply(ReplyKind.HELP, 2)),
    ("help", Reply(ReplyKind.HELP)),
    ("Baja", Reply(ReplyKind.STOP)),
    ("STOP", Reply(ReplyKind.STOP)),
])
def test_a_reply_of_keywords_and_a_number_is_read_whatever_its_accents_and_case(text, reply):
    assert parse_reply(text) == reply


@pytest.mark.parametrize("text", ["bien pero sin agua", "BIEN AYUDA", "4", "", "BIEN 4 5", "bien 4000",
                                  "¿cuándo sale el bus?", "Bienvenido"])
def test_a_reply_that_says_more_or_other_than_a_keyword_is_left_for_an_officer(text):
    assert parse_reply(text).kind is ReplyKind.UNKNOWN


def test_placeholders_are_filled_per_recipient():
    values = FillValues("Parque Central", "Rosa", "+529629990000", "+529621234567", "PEREZ")
    text = "Vaya a {assembly_point}. Enlace {warden} {warden_phone}. 24h {hotline}. Clave {household}"
    assert fill(text, values) == ("Vaya a Parque Central. Enlace Rosa +529629990000. 24h +529621234567. "
                                  "Clave PEREZ")
    assert check_template(text) == ["assembly_point", "warden", "warden_phone", "hotline", "household"]


def test_an_unknown_placeholder_or_an_empty_text_is_refused():
    with pytest.raises(MessagingError, match="migration_status"):
        check_template("Su estatus: {migration_status}")
    with pytest.raises(MessagingError):
        check_template("   ")


def test_the_segment_count_is_that_of_the_longest_filled_text():
    text = "Vaya a {assembly_point}"
    short, long = FillValues("Parque"), FillValues("x" * 200)
    assert longest_segments(text, [short, long]) == (2, "Vaya a " + "x" * 200)
    assert longest_segments(text, [short])[0] == 1


def test_a_language_without_a_text_falls_back_to_the_default_never_to_a_made_up_one():
    assert pick_language(("mam", "es"), {"es": "…", "mam": "…"}) == "mam"
    assert pick_language(("quc",), {"es": "…", "mam": "…"}) == "es"


class FakeOutbox:
    """The outbox protocol in memory, to test the loop's pacing, pause and cancel."""

    def __init__(self, n):
        self.state = {i: "queued" for i in range(n)}
        self.batch = "queued"

    def recover(self, _b):
        found = [i for i, s in self.state.items() if s == "sending"]
        for i in found:
            self.state[i] = "unknown"
        return len(found)

    def start(self, _b):
        self.batch = "sending"

    def progress(self, _b):
        return sum(s != "queued" for s in self.state.values()), len(self.state)

    def claim(self, _b):
        i = next((i for i, s in self.state.items() if s == "queued"), None)
        if i is None:
            return None
        self.state[i] = "sending"
        return i, f"+5025550{i:04d}", "hola"

    def sent(self, i, _ref):
        self.state[i] = "sent"

    def failed(self, i, reason):
        self.state[i] = "failed:" + reason

    def pause(self, _b):
        self.batch = "paused"

    def cancel(self, _b):
        self.batch = "cancelled"
        for i, s in self.state.items():
            if s == "queued":
                self.state[i] = "cancelled"

    def finish(self, _b):
        self.batch = "done"


class Engine:
    def __init__(self, refuse=()):
        self.sent = []
        self.refuse = refuse

    def send(self, phone, text):
        if phone in self.refuse:
            raise EngineError("número no válido")
        self.sent.append(phone)
        return "1"


def test_the_rate_limit_spaces_the_messages_evenly():
    now = [0.0]
    waits = []
    outbox, engine = FakeOutbox(4), Engine()

    def sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    send_batch(outbox, engine, 1, per_minute=30, clock=lambda: now[0], sleep=sleep)
    assert waits == [2.0, 2.0, 2.0]


def test_progress_is_reported_for_every_message():
    seen = []
    send_batch(FakeOutbox(3), Engine(), 1, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_pause_leaves_the_rest_queued_and_a_cancel_sends_no_more():
    outbox, engine = FakeOutbox(5), Engine()
    report = send_batch(outbox, engine, 1, paused=lambda: len(engine.sent) >= 2)
    assert report.state is BatchState.PAUSED and outbox.batch == "paused"
    assert list(outbox.state.values()).count("queued") == 3
    report = send_batch(outbox, engine, 1, cancelled=lambda: len(engine.sent) >= 3)
    assert report.state is BatchState.CANCELLED and len(engine.sent) == 3
    assert list(outbox.state.values()).count("cancelled") == 2


def test_an_engine_refusal_marks_that_message_failed_with_the_reason_and_the_batch_goes_on():
    outbox = FakeOutbox(3)
    report = send_batch(outbox, Engine(refuse={"+50255500001"}), 1)
    assert (report.sent, report.failed) == (2, 1)
    assert outbox.state[1] == "failed:número no válido"


def test_a_language_many_nationals_speak_with_no_message_text_is_a_gap_of_the_plan():
    from collections import Counter

    from micic_planner.core.gap_rules import languages_without_template

    speakers = Counter({"es": 900, "mam": 160, "quc": 60, "kjb": 5})
    gaps = languages_without_template(speakers, {"es", "quc"}, total=1000)
    assert [(g.params, g.affected, g.table) for g in gaps] == [((160, "mam"), 160, "message_templates")]
    assert "160 nationals speak mam" in gaps[0].text("en")


def test_the_overview_names_the_demo_languages_that_have_no_message_text(tmp_path):
    from micic_planner.storage.demo_writer import write_demo
    from micic_planner.storage.overview_queries import post_figures
    from micic_planner.storage.store import PostStore

    with PostStore.open(tmp_path / "demo.micic", create=True) as store:
        write_demo(store, nationals=300, seed=1)
        _post, figures = post_figures(store.db)
    codes = {g.params[1] for g in figures.gaps if g.code == "language_without_template"}
    assert "mam" in codes and "es" not in codes


def test_a_placeholder_some_recipients_have_no_value_for_is_counted_so_the_text_is_fixed_before_sending():
    from micic_planner.core.messaging.placeholders import missing_values

    values = [FillValues("Parque", "Rosa"), FillValues("", "Rosa"), FillValues("", "")]
    assert missing_values("Vaya a {assembly_point}; enlace {warden}", values) == {"assembly_point": 2, "warden": 1}
    assert missing_values("Sin campos", values) == {}
