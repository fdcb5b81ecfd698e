"""Every message sent asks the network for a delivery report (TP-SRR), short or split over several SMS."""

import gammu

from micic_planner.gateway.gammu_engine import GammuEngine


class Recording:
    """Gammu's dummy driver, keeping the SMS dicts the engine gives it."""

    def __init__(self, machine):
        self.machine, self.sent = machine, []

    def SendSMS(self, message):  # noqa: N802 - Gammu's name
        self.sent.append(dict(message))
        return self.machine.SendSMS(message)

    def __getattr__(self, name):
        return getattr(self.machine, name)


def _asks_for_a_report(message: dict) -> bool:
    """Whether the PDU Gammu builds from the dict has the status-report request bit (0x20) of its first octet."""
    pdu = gammu.EncodePDU({**message, "SMSC": {"Location": 1, "Number": "+50200000000"}, "Folder": 0,
                           "Location": 0}, "Submit")
    return bool(pdu[1 + pdu[0]] & 0x20)


def test_a_short_and_a_long_message_both_ask_for_a_delivery_report(tmp_path):
    engine = GammuEngine.dummy(tmp_path / "modem")
    engine.machine = Recording(engine.machine)
    engine.send("+50255501001", "Consulado: vaya al Parque Central.")
    engine.send("+50255501002", "Consulado: " + "vaya al punto de reunión con sus documentos. " * 5)
    assert len(engine.machine.sent) >= 3
    assert all(_asks_for_a_report(m) for m in engine.machine.sent)
    engine.close()


def test_an_engine_told_not_to_ask_sends_plain_messages(tmp_path):
    engine = GammuEngine.dummy(tmp_path / "modem")
    engine.delivery_reports = False
    engine.machine = Recording(engine.machine)
    engine.send("+50255501001", "Consulado: vaya al Parque Central.")
    assert not _asks_for_a_report(engine.machine.sent[0])
    engine.close()
