"""Returned documents uploaded through the upload page and read on the worker into drafts to check."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from silverlinings.calls.imports import returned_documents_upload
from silverlinings.calls.models import Nomination, ReturnedDocument
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db

RETURNS = Path(__file__).parent.parent / "data" / "returns"


def upload(client, call, user, *names_and_data, capture):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    files = [SimpleUploadedFile(name, data) for name, data in names_and_data]
    with capture(execute=True):
        response = client.post(reverse("calls:document_upload", kwargs={"slug": call.slug}), {"files": files})
    assert response.status_code == 302, response.content.decode()[-3000:]
    return response


def returned(name: str) -> tuple[str, bytes]:
    return f"{name}.docx", (RETURNS / f"{name}.docx").read_bytes()


def test_a_team_upload_without_a_contact_is_not_credited_to_the_uploader_and_the_draft_asks_for_one(
    client, django_capture_on_commit_callbacks
):
    call, team = make_call(), ProgrammeTeamFactory(full_name="Rachel Thorne", email="rachel@seslip.example.org")
    upload(client, call, team, returned("04-numbered-no-contact"), capture=django_capture_on_commit_callbacks)
    nomination = Nomination.objects.get()
    assert "contact" not in nomination.answers
    assert nomination.title == "Remote reparation sessions"
    assert ReturnedDocument.objects.get().report[0]["missing"] == [
        "organisation",
        "contact",
        "consent_publish",
        "consent_contact",
    ]
    page = client.get(reverse("calls:nomination_check", kwargs={"pk": nomination.pk})).content.decode()
    assert "Enter the contact&#x27;s name" in page
    assert "Rachel Thorne" not in page
    assert "rachel@seslip.example.org" not in page


def test_a_contributors_upload_without_a_contact_is_not_filled_in_from_their_account(
    client, django_capture_on_commit_callbacks
):
    call, person = make_call(), ContributorFactory(full_name="Jo Bloggs", email="jo@kent.example.org")
    upload(client, call, person, returned("23-contact-heading-missing"), capture=django_capture_on_commit_callbacks)
    nomination = Nomination.objects.get()
    assert (nomination.nominator, "contact" in nomination.answers) == (person, False)


def test_the_contact_in_a_free_form_block_becomes_the_nominator_and_their_own_details_are_not_personal_data(
    client, django_capture_on_commit_callbacks
):
    document = Document()
    for heading, answer in [
        ("Title", "Hybrid child protection conferences"),
        ("What would another authority need to adopt it?", "Ring Gareth on 01632 960387 or gareth.okonjo@example.org."),
        (
            "Contact",
            "Gareth Okonjo, Deputy Headteacher, Virtual School Kent – gareth.okonjo@example.org – 01632 960387",
        ),
    ]:
        document.add_heading(heading, level=2)
        document.add_paragraph(answer)
    buffer = io.BytesIO()
    document.save(buffer)
    call, team = make_call(), ProgrammeTeamFactory()
    upload(client, call, team, ("hybrid.docx", buffer.getvalue()), capture=django_capture_on_commit_callbacks)
    nomination = Nomination.objects.get()
    assert nomination.answers["contact"] == {
        "name": "Gareth Okonjo",
        "role": "Deputy Headteacher, Virtual School Kent",
        "email": "gareth.okonjo@example.org",
        "phone": "01632 960387",
    }
    assert (nomination.nominator.email, nomination.nominator.full_name) == (
        "gareth.okonjo@example.org",
        "Gareth Okonjo",
    )
    assert nomination.personal_data == []


def test_text_under_a_heading_of_the_persons_own_is_shown_on_the_draft_and_counted_on_the_progress_page(
    client, django_capture_on_commit_callbacks
):
    call, person = make_call(), ContributorFactory()
    response = upload(client, call, person, returned("05-extra-heading"), capture=django_capture_on_commit_callbacks)
    nomination = Nomination.objects.get()
    assert "foster carers deserve the credit" not in str(nomination.answers)
    progress = client.get(response["Location"]).content.decode()
    assert "Text not placed under a heading: 1" in progress
    page = client.get(reverse("calls:nomination_check", kwargs={"pk": nomination.pk})).content.decode()
    assert "Also in the document ‘05-extra-heading.docx’" in page
    assert (
        "<p>Anything else you would like to tell us?: Our foster carers deserve the credit for this, "
        "they went way beyond what we asked.</p>"
    ) in page


def test_words_beside_a_choice_are_shown_on_the_draft_as_a_note(client, django_capture_on_commit_callbacks):
    call, person = make_call(), ContributorFactory()
    upload(client, call, person, returned("02-table-with-guidance"), capture=django_capture_on_commit_callbacks)
    nomination = Nomination.objects.get()
    assert (nomination.answers["authority"], nomination.authority.short_name) == ("Kent", "Kent")
    page = client.get(reverse("calls:nomination_check", kwargs={"pk": nomination.pk})).content.decode()
    assert "<li>‘Authority’: also written: ‘Virtual School Kent’</li>" in page
    assert "<li>‘Service areas’: also written: ‘Virtual School’</li>" in page


def test_uploaded_file_names_are_stored_without_bidi_or_control_characters(client, programme_team):
    call = make_call()
    upload = SimpleUploadedFile("Kent\u202excod.\u2066docx\x00\x0b", b"not a word document")
    returned_documents_upload(call=call, files=[upload], by=programme_team)
    document = ReturnedDocument.objects.get()
    assert document.original_name == "Kentxcod.docx"
    client.force_login(programme_team)
    response = client.get(reverse("calls:returned_document_download", kwargs={"pk": document.pk}))
    assert response["Content-Disposition"] == 'attachment; filename="Kentxcod.docx"'
