"""A mail server on this machine that keeps what it receives, for the production smoke test."""

import socket
import threading
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class MailSink:
    """Receives every message sent to 127.0.0.1:`port`; `wait_for` returns the text of one."""

    def __init__(self):
        self.messages: list[tuple[list[str], str]] = []
        self._arrived = threading.Condition()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's hook name
        message = message_from_bytes(envelope.content, policy=policy.default)
        text = message.get_body(preferencelist=("plain",)).get_content()
        with self._arrived:
            self.messages.append(([address.lower() for address in envelope.rcpt_tos], text))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, address: str, *, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for recipients, text in reversed(self.messages):
                    if address.lower() in recipients:
                        return text
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no email to {address} within {timeout:.0f} s")
                self._arrived.wait(left)

    def __enter__(self):
        self._controller.start()
        return self

    def __exit__(self, *exc):
        self._controller.stop()
