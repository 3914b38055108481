"""A real SMTP server on 127.0.0.1 (aiosmtpd, in a thread) that counts what it accepts.

Used by the tests that send through Django's SMTP backend and by bench/bench_mail.py.
"""

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition: Callable[[], object], *, timeout: float = 60, what: str = "the condition") -> object:
    """Poll `condition` until it is true (returning its value) or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


class SmtpSink:
    """Accepts every message (unless told otherwise) and keeps it.

    - `refuse(address)` may return an SMTP reply ("550 …") to refuse a recipient.
    - `before_accept(number, message)` runs as the n-th message's data arrives, before it is accepted;
      returning a reply refuses the message (it is then not kept).
    """

    def __init__(self, *, port: int | None = None, refuse=None, before_accept=None):
        self.port = port or free_port()
        self.refuse, self.before_accept = refuse, before_accept
        self.accepted: list[Message] = []
        self.arrived = 0
        self._changed = threading.Condition()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "SmtpSink":
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.refuse(address) if self.refuse else None
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        message.smtp_peer = session.peer  # (host, port) of the sending connection, for `before_accept`
        with self._changed:
            self.arrived += 1
            number = self.arrived
        reply = self.before_accept(number, message) if self.before_accept else None
        if reply:
            return reply
        with self._changed:
            self.accepted.append(message)
            self._changed.notify_all()
        return "250 Message accepted for delivery"

    def recipients(self) -> Counter:
        with self._changed:
            return Counter(message["To"] for message in self.accepted)

    def wait_for(self, count: int, *, timeout: float = 60) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.accepted) >= count, timeout=timeout):
                raise AssertionError(f"The SMTP server got {len(self.accepted)} messages, not {count}")
