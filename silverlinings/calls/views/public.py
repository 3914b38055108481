"""The public pages of a call: what it is for, how to respond, the document to download."""

import uuid

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from silverlinings.core.formatting import govuk_datetime

from .. import selectors
from ..documents import document_build
from ..models import Call


def call_list(request):
    return render(request, "calls/call_list.html", {"calls": selectors.calls_public()})


def call_detail(request, slug):
    call = get_object_or_404(Call, slug=slug)
    return render(
        request,
        "calls/call_detail.html",
        {
            "call": call,
            "sections": selectors.call_sections(call),
            "can_start": request.user.has_perm("calls.start_nomination", call),
            # One token per page view: a double click on "Start" makes one draft, not two.
            "start_token": uuid.uuid4(),
        },
    )


def call_document(request, slug):
    call = get_object_or_404(Call, slug=slug)
    data = document_build(
        call_title=call.title,
        introduction=call.introduction,
        headings=call.heading_specs(),
        deadline=govuk_datetime(call.closes_at),
        contact=", ".join(part for part in (call.contact_name, call.contact_phone, call.contact_email) if part),
    )
    response = HttpResponse(
        data, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(call.title)}-nomination-form.docx"'
    return response
