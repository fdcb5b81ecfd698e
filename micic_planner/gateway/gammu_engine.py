"""Sending and reading SMS through Gammu (python-gammu): a GSM modem, a phone on USB, or the dummy driver.

The dummy driver (connection "none", device = a folder) keeps messages as files under that folder,
so tests and training run the same path as a real modem with no hardware at all.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from micic_planner.core.errors import EngineError
from micic_planner.core.i18n import _
from micic_planner.core.sms_length import sms_segments


@dataclass(frozen=True)
class Inbound:
    """A message read from the engine; `location` is where the phone keeps it, to delete it once stored."""

    phone: str
    text: str
    received_at: str  # ISO 8601 UTC
    location: int
    folder: int = 0
    reference: str = ""  # for a delivery report: the network's reference of the message it reports on
    delivered: bool = False  # for a delivery report: whether the phone received it

    @property
    def key(self) -> str:
        return f"{self.phone}|{self.received_at}|{self.text}"


class GammuEngine:
    # Ask the network for a delivery report of every message sent: Gammu sets the status-report request
    # (TP-SRR) of an SMS whose PDU type is Status_Report. Reports come back through `read`, which marks
    # the message delivered or failed; a network that sends none leaves it "sent".
    DELIVERY_REPORT = {"Type": "Status_Report"}

    def __init__(self, connection: str, device: str, model: str = "", delivery_reports: bool = True):
        import gammu

        self._gammu = gammu
        self.delivery_reports = delivery_reports
        self.machine = gammu.StateMachine()
        self.machine.SetConfig(0, {"Connection": connection, "Device": device, "Model": model})
        try:
            self.machine.Init()
        except gammu.GSMError as exc:
            raise EngineError(_("The SMS engine did not start: {reason}").format(reason=_reason(exc)),
                              where=device, hint=_("Check that the modem or phone is plugged in, and its device "
                                                   "and connection in the messages settings.")) from exc

    @classmethod
    def dummy(cls, folder: str | Path) -> "GammuEngine":
        """Gammu's dummy driver over `folder` (made if missing): for tests, drills and training."""
        Path(folder).mkdir(parents=True, exist_ok=True)
        return cls("none", str(Path(folder).resolve()))

    @classmethod
    def from_settings(cls, settings: dict) -> "GammuEngine":
        if not settings.get("device"):
            raise EngineError(_("No modem is set up for this post."),
                              hint=_("Give the modem's device and connection in the messages settings."))
        if settings.get("connection") == "none":
            return cls.dummy(settings["device"])
        return cls(settings.get("connection") or "at", settings["device"], settings.get("model") or "")

    def send(self, phone: str, text: str) -> str:
        """Send `text` to `phone` (in several linked SMS when it is long); returns the network's reference."""
        gammu = self._gammu
        try:
            if sms_segments(text)[0] > 1:
                parts = gammu.EncodeSMS({"Class": -1, "Unicode": not sms_segments(text)[1], "Entries": [
                    {"ID": "ConcatenatedTextLong", "Buffer": text}]})
                refs = []
                for part in parts:
                    part.update({"SMSC": {"Location": 1}, "Number": phone, **self._report()})
                    refs.append(str(self.machine.SendSMS(part)))
                return ",".join(refs)
            coding = "Default" if sms_segments(text)[1] else "Unicode_No_Compression"
            return str(self.machine.SendSMS({"Text": text, "SMSC": {"Location": 1}, "Number": phone,
                                             "Coding": coding, **self._report()}))
        except gammu.GSMError as exc:
            raise EngineError(_reason(exc), where=phone) from exc

    def _report(self) -> dict:
        return self.DELIVERY_REPORT if self.delivery_reports else {}

    def read(self) -> list[Inbound]:
        """Every message waiting in the phone's inboxes, multipart ones joined."""
        gammu = self._gammu
        raw, start = [], True
        while True:
            try:
                entry = self.machine.GetNextSMS(Folder=0, Start=True) if start else \
                    self.machine.GetNextSMS(Folder=0, Location=raw[-1][0]["Location"])
            except gammu.ERR_EMPTY:
                break
            except gammu.GSMError as exc:
                raise EngineError(_("The messages could not be read: {reason}").format(reason=_reason(exc))) from exc
            start = False
            raw.append(entry)
        found = []
        for parts in gammu.LinkSMS(raw):
            first = parts[0]
            if first.get("Type") == "Status_Report":
                # TP-Status 0 to 2: the message reached the phone; from 0x40 on the network gave up on it.
                status = first.get("DeliveryStatus", -1)
                found.append(Inbound(first.get("Number") or "", "", _iso(first.get("DateTime") or datetime.now(UTC)),
                                     first["Location"], first["Folder"], str(first.get("MessageReference", "")),
                                     0 <= status <= 2))
                continue
            if first.get("Type") not in ("Deliver", None) or not first.get("InboxFolder", 1):
                continue
            decoded = gammu.DecodeSMS(parts)
            text = "".join(e.get("Buffer") or "" for e in decoded["Entries"]) if decoded else \
                "".join(p.get("Text") or "" for p in parts)
            when = first.get("DateTime") or datetime.now(UTC)
            found.append(Inbound(first.get("Number") or "", text, _iso(when), first["Location"], first["Folder"]))
        return found

    def delete(self, message: Inbound) -> None:
        """Remove a message from the phone once it is stored in the post file."""
        try:
            self.machine.DeleteSMS(Folder=message.folder, Location=message.location)
        except self._gammu.GSMError as exc:
            raise EngineError(_reason(exc)) from exc

    def close(self) -> None:
        try:
            self.machine.Terminate()
        except self._gammu.GSMError:
            pass


def _reason(exc) -> str:
    detail = exc.args[0] if exc.args and isinstance(exc.args[0], dict) else {}
    return str(detail.get("Text") or exc)


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
