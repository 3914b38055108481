"""Uploads are refused while the request is read, before anything large reaches memory or disk.

`UploadLimitHandler` comes first in `FILE_UPLOAD_HANDLERS`. A request whose body is larger than
`UPLOAD_MAX_REQUEST_BYTES` stops at its first file: the form fields before it (the CSRF token) are kept
and the rest of the body is read and thrown away, so the page can answer with a GOV.UK error instead of
a broken connection. A file larger than `UPLOAD_MAX_FILE_BYTES` is dropped as soon as it passes the
limit; the others are kept. What was refused is in `upload_refusals(request)`, as sentences for the
error message.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def upload_refusals(request) -> list[str]:
    return list(getattr(request, "_upload_refusals", []))


class UploadLimitHandler(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.request._upload_refusals = []
        self.input_data = input_data
        self.request_too_large = content_length > settings.UPLOAD_MAX_REQUEST_BYTES
        return None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        if self.request_too_large:
            self.request._upload_refusals.append(
                f"The selected files must be smaller than {_megabytes(settings.UPLOAD_MAX_REQUEST_BYTES)} "
                "in total. Upload fewer at a time"
            )
            self._discard_the_rest()
            raise StopUpload(connection_reset=True)

    def _discard_the_rest(self) -> None:
        """Read what is left of the body in fixed chunks and drop it (Django's own way reads it by lines,
        which holds a body with no line breaks in memory), so the browser still gets the page."""
        while self.input_data.read(64 * 1024):
            pass

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.UPLOAD_MAX_FILE_BYTES:
            self.request._upload_refusals.append(
                f"‘{self.file_name}’ must be smaller than {_megabytes(settings.UPLOAD_MAX_FILE_BYTES)}"
            )
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None
