import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from silverlinings.calls.imports import returned_documents_upload
from silverlinings.calls.models import ReturnedDocument
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db


def test_uploaded_file_names_are_stored_without_bidi_or_control_characters(client, programme_team):
    call = make_call()
    upload = SimpleUploadedFile("Kent\u202excod.\u2066docx\x00\x0b", b"not a word document")
    returned_documents_upload(call=call, files=[upload], by=programme_team)
    document = ReturnedDocument.objects.get()
    assert document.original_name == "Kentxcod.docx"
    client.force_login(programme_team)
    response = client.get(reverse("calls:returned_document_download", kwargs={"pk": document.pk}))
    assert response["Content-Disposition"] == 'attachment; filename="Kentxcod.docx"'
