"""Returned Word documents: kept as uploaded, read on the worker into draft nominations."""

import hashlib
import uuid

from django.core.files.base import ContentFile
from django.db import transaction

from silverlinings.accounts.models import User
from silverlinings.accounts.selectors import is_programme_team
from silverlinings.accounts.services import user_get_or_create_contributor
from silverlinings.core.filenames import filename_clean

from .answers import MAX_CHARS, answer_too_long
from .documents import DocumentRefused, document_read
from .documents.numbered import NO_HEADINGS
from .headings import Purpose
from .models import Call, Channel, ReturnedDocument
from .services import nominations as services


def returned_documents_upload(*, call: Call, files, by: User) -> uuid.UUID:
    """Keep every uploaded file and queue it to be read. Returns the batch id for the progress page."""
    from .tasks import returned_document_read

    batch = uuid.uuid4()
    with transaction.atomic():
        for upload in files:
            data = upload.read()
            document = ReturnedDocument(
                call=call,
                batch=batch,
                uploaded_by=by,
                original_name=filename_clean(upload.name),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            document.file.save("upload", ContentFile(data), save=False)
            document.save()
            transaction.on_commit(lambda pk=document.pk: returned_document_read.enqueue(document_id=pk))
    return batch


def _nominator_for(document: ReturnedDocument, answers: dict) -> User:
    """Contributors upload their own; the programme team's uploads belong to the contact in the form."""
    uploader = document.uploaded_by
    contact_key = document.call.key_for(Purpose.CONTACT)
    contact = (answers.get(contact_key) if contact_key else None) or {}
    if is_programme_team(uploader) and contact.get("email"):
        return user_get_or_create_contributor(email=contact["email"], full_name=contact.get("name", ""))
    return uploader


def returned_document_read_now(*, document_id: int) -> ReturnedDocument:
    """Read one queued document. Safe to run twice: a document already read is left as it is."""
    with transaction.atomic():
        document = (
            ReturnedDocument.objects.select_for_update().select_related("call", "uploaded_by").get(pk=document_id)
        )
        if document.status != ReturnedDocument.Status.QUEUED:
            return document
        earlier = (
            ReturnedDocument.objects.filter(
                call=document.call, sha256=document.sha256, uploaded_by=document.uploaded_by, nominations__isnull=False
            )
            .exclude(pk=document.pk)
            .first()
        )
        if earlier:
            return _finish(
                document,
                ReturnedDocument.Status.REFUSED,
                f"You uploaded this document before, as ‘{earlier.original_name}’. Its nominations are "
                "already in your list, so nothing new was made.",
                [],
            )
        document.file.open("rb")
        try:
            data = document.file.read()
        finally:
            document.file.close()
        try:
            forms = document_read(data=data, filename=document.original_name, headings=document.call.heading_specs())
        except DocumentRefused as refusal:
            return _finish(document, ReturnedDocument.Status.REFUSED, refusal.message, [])
        return _make_nominations(document, forms)


def _make_nominations(document: ReturnedDocument, forms) -> ReturnedDocument:
    report, problems = [], False
    for index, form in enumerate(forms):
        nominator = _nominator_for(document, form.answers)
        nomination = services.nomination_start(
            call=document.call, nominator=nominator, by=document.uploaded_by, channel=Channel.DOCUMENT
        )
        nomination.source_document, nomination.source_form_index = document, index
        nomination.save(update_fields=["source_document", "source_form_index", "updated_at"])
        services.nomination_save_answers(nomination=nomination, answers=form.answers, by=document.uploaded_by)
        form_problems = [*form.problems, *_too_long(document, form.answers)]
        to_check = form.missing or form.blank or form_problems or form.unplaced or form.notes
        problems = problems or bool(to_check or nomination.personal_data)
        report.append(
            {
                "nomination": nomination.pk,
                "title": nomination.title,
                "missing": form.missing,
                "blank": form.blank,
                "problems": form_problems,
                "unplaced": form.unplaced,
                "notes": form.notes,
                "personal_data": len(nomination.personal_data),
            }
        )
    if not forms:
        return _finish(
            document,
            ReturnedDocument.Status.REFUSED,
            NO_HEADINGS,
            [],
        )
    status = ReturnedDocument.Status.READ_WITH_PROBLEMS if problems else ReturnedDocument.Status.READ
    count = len(forms)
    message = f"{count} nomination{'s' if count != 1 else ''} read into draft{'s' if count != 1 else ''}."
    return _finish(document, status, message, report)


def _too_long(document: ReturnedDocument, answers: dict) -> list[str]:
    """Answers the draft could not keep (`answers.MAX_CHARS`), so the person knows to type them in."""
    texts = {spec.key: spec.text for spec in document.call.heading_specs()}
    return [
        f"{texts.get(key, key)}: longer than {MAX_CHARS:,} characters, so it was left out"
        for key, value in answers.items()
        if answer_too_long(value)
    ]


def _finish(document, status, message, report) -> ReturnedDocument:
    document.status, document.message, document.report = status, message, report
    document.save(update_fields=["status", "message", "report", "updated_at"])
    return document
