"""The send loop of a batch: one message at a time through an engine, at a steady rate, resumable.

The outbox (storage) and the engine (Gammu, or a fake in tests) are passed in, so this loop holds no
I/O of its own. Crash safety is the outbox's protocol, in three committed steps per message:

1. `claim` marks the next queued message "sending" and commits before the engine is called;
2. the engine sends it;
3. `sent` (or `failed`, with the engine's reason) commits the outcome.

A message still "sending" when a batch starts again was interrupted between 1 and 3: the modem may or
may not have sent it, so `recover` marks it "unknown" and it is never sent again by itself; an officer
reads the list and re-queues only what they decide to. Nothing is ever sent twice by a resume.
"""

import enum
import time
from dataclasses import dataclass

from micic_planner.core.errors import EngineError


class MessageState(enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNKNOWN = "unknown"  # interrupted while sending: may or may not have left
    CANCELLED = "cancelled"


class BatchState(enum.Enum):
    QUEUED = "queued"
    SENDING = "sending"
    PAUSED = "paused"
    DONE = "done"
    CANCELLED = "cancelled"


STATE_LABELS = {
    "queued": "Queued", "sending": "Sending", "sent": "Sent", "failed": "Failed", "delivered": "Delivered",
    "unknown": "Unknown (interrupted)", "cancelled": "Cancelled", "paused": "Paused", "done": "Done",
}


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    recovered: int  # found "sending" from an interrupted run, now "unknown"
    state: BatchState


def send_batch(outbox, engine, batch_id: int, *, per_minute: float = 0, progress=None, cancelled=None,
               paused=None, clock=time.monotonic, sleep=time.sleep) -> SendReport:
    """Send the batch's queued messages until none is left, or it is paused or cancelled.

    `per_minute` 0 sends as fast as the engine takes them; a modem is usually given 6 to 20.
    """
    recovered = outbox.recover(batch_id)
    outbox.start(batch_id)
    interval = 60.0 / per_minute if per_minute else 0.0
    sent = failed = 0
    done, total = outbox.progress(batch_id)
    last = None
    while True:
        if cancelled is not None and cancelled():
            outbox.cancel(batch_id)
            return SendReport(sent, failed, recovered, BatchState.CANCELLED)
        if paused is not None and paused():
            outbox.pause(batch_id)
            return SendReport(sent, failed, recovered, BatchState.PAUSED)
        message = outbox.claim(batch_id)
        if message is None:
            break
        if interval and last is not None:
            wait = interval - (clock() - last)
            if wait > 0:
                sleep(wait)
        last = clock()
        message_id, phone, text = message
        try:
            reference = engine.send(phone, text)
        except EngineError as exc:
            outbox.failed(message_id, exc.message)
            failed += 1
        else:
            outbox.sent(message_id, reference)
            sent += 1
        done += 1
        if progress is not None:
            progress(done, total)
    outbox.finish(batch_id)
    return SendReport(sent, failed, recovered, BatchState.DONE)
