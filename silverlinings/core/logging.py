"""Logging filters."""

import logging


class ClientErrorsOnOneLine(logging.Filter):
    """A request the client got wrong (4xx, a bad Host header) is logged as one warning line.

    Django attaches the exception to these records, which prints a traceback for every 403; the
    tracebacks would bury the real errors, which keep theirs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.security.") or (status is not None and 400 <= status < 500):
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
