"""Uploading returned Word documents through the upload page, and what happens to uploads too large to take."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from silverlinings.calls.models import Nomination, NominationStatus, ReturnedDocument
from tests.accounts.factories import ContributorFactory
from tests.calls.docs.forms import ANSWERS, blank_form, fill_in
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BOUNDARY = "----upload-boundary"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def signed_in_contributor(client):
    person = ContributorFactory(email="sam.kaur@example.org")
    client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
    return person


def docx(name: str, title: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, fill_in(blank_form(), {**ANSWERS, "title": title}), content_type=DOCX)


def test_several_documents_uploaded_at_once_become_drafts(client):
    call = make_call()
    person = signed_in_contributor(client)
    files = [docx("first.docx", "Hybrid conferences"), docx("second.docx", "Family group meetings online")]
    response = client.post(reverse("calls:document_upload", kwargs={"slug": call.slug}), {"files": files})
    assert response.status_code == 302
    assert sorted(ReturnedDocument.objects.values_list("original_name", flat=True)) == ["first.docx", "second.docx"]
    page = client.get(response["Location"]).content.decode()
    assert "Your documents have been read" in page
    drafts = Nomination.objects.filter(nominator=person).order_by("title")
    assert [(n.title, n.status, n.authority.short_name) for n in drafts] == [
        ("Family group meetings online", NominationStatus.DRAFT, "West Berkshire"),
        ("Hybrid conferences", NominationStatus.DRAFT, "West Berkshire"),
    ]


def test_an_upload_with_no_file_says_to_select_one(client):
    call = make_call()
    signed_in_contributor(client)
    response = client.post(reverse("calls:document_upload", kwargs={"slug": call.slug}), {"upload": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Select at least one document to upload" in page


def test_a_file_over_the_limit_is_refused_by_name_and_nothing_is_kept(client, settings):
    settings.UPLOAD_MAX_FILE_BYTES = 1024 * 1024
    call = make_call()
    signed_in_contributor(client)
    too_big = SimpleUploadedFile("scanned.docx", b"x" * (1024 * 1024 + 1), content_type=DOCX)
    response = client.post(
        reverse("calls:document_upload", kwargs={"slug": call.slug}),
        {"files": [docx("first.docx", "Hybrid conferences"), too_big]},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "‘scanned.docx’ must be smaller than 1 MB" in page
    assert ReturnedDocument.objects.count() == 0


class LazyBody(io.RawIOBase):
    """A multipart body of `size` bytes made as it is read, so the test never holds it in memory."""

    def __init__(self, size: int):
        self.head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="upload"\r\n\r\n\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="huge.docx"\r\n'
            f"Content-Type: {DOCX}\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{BOUNDARY}--\r\n".encode()
        self.size = size
        self.position = 0
        self.served = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self._make(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _make(self, count: int) -> bytes:
        body_end = self.size - len(self.tail)
        out = b""
        while count > 0 and self.position < self.size:
            if self.position < len(self.head):
                piece = self.head[self.position : self.position + count]
            elif self.position < body_end:
                piece = b"x" * min(count, body_end - self.position)
            else:
                start = self.position - body_end
                piece = self.tail[start : start + count]
            out += piece
            self.position += len(piece)
            count -= len(piece)
        self.served = self.position
        return out


def test_a_100_mb_upload_gets_a_gov_uk_error_without_being_held_in_memory(client):
    call = make_call()
    signed_in_contributor(client)
    size = 100 * 1024 * 1024
    body = LazyBody(size)
    response = client.generic(
        "POST",
        reverse("calls:document_upload", kwargs={"slug": call.slug}),
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(size),
        **{"wsgi.input": body},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "The selected files must be smaller than 50 MB in total. Upload fewer at a time" in page
    assert body.served == size  # read to the end and thrown away, so the browser gets the answer
    assert ReturnedDocument.objects.count() == 0


def test_an_answer_too_long_in_a_document_is_left_out_and_reported(client):
    call = make_call()
    person = signed_in_contributor(client)
    long_answer = "We changed everything. " * 1000  # 23,000 characters
    upload = SimpleUploadedFile(
        "long.docx", fill_in(blank_form(), {**ANSWERS, "problem": long_answer.strip()}), content_type=DOCX
    )
    response = client.post(reverse("calls:document_upload", kwargs={"slug": call.slug}), {"files": [upload]})
    document = ReturnedDocument.objects.get()
    assert document.status == ReturnedDocument.Status.READ_WITH_PROBLEMS
    assert document.report[0]["problems"] == ["The problem or need: longer than 20,000 characters, so it was left out"]
    assert "problem" not in Nomination.objects.get(nominator=person).answers
    assert "longer than 20,000 characters, so it was left out" in client.get(response["Location"]).content.decode()
