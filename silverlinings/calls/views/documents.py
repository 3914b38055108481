"""Upload returned Word documents; watch them being read; download the original."""

import uuid

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render

from silverlinings.core.permissions import require, require_visible
from silverlinings.core.progress import progress_json, progress_part, progress_requested, progress_rows
from silverlinings.core.uploads import upload_refusals

from .. import imports
from ..forms.nomination import DocumentUploadForm
from ..models import Call, ReturnedDocument
from ..progress import reading_outcome, reading_progress


@login_required
def document_upload(request, slug):
    call = get_object_or_404(Call, slug=slug)
    require(request.user, "calls.upload_documents", call)
    posted = request.method == "POST"
    form = DocumentUploadForm(
        request.POST if posted else None, request.FILES if posted else None, refused=upload_refusals(request)
    )
    if posted and form.is_valid():
        batch = imports.returned_documents_upload(call=call, files=form.cleaned_data["files"], by=request.user)
        return redirect("calls:upload_progress", slug=call.slug, batch=batch)
    return render(request, "calls/document_upload.html", {"form": form, "call": call})


@login_required
def upload_progress(request, slug, batch: uuid.UUID):
    call = get_object_or_404(Call, slug=slug)
    documents = list(ReturnedDocument.objects.filter(call=call, batch=batch).order_by("pk"))
    if not documents:
        raise Http404
    for document in documents:
        require_visible(request.user, "calls.view_returned_document", document)
    progress = reading_progress(documents)
    context = {
        "call": call,
        "documents": documents,
        "progress": progress,
        "outcome": reading_outcome(documents),
        # The team's uploads become the contacts' drafts: they are found among the call's, not their own.
        "for_the_team": request.user.has_perm("calls.manage_calls"),
    }
    if progress_requested(request):
        summary = progress_part("calls/includes/upload_progress_summary.html", context, request=request)
        rows = progress_rows("calls/includes/upload_progress_row.html", "document", documents, request=request)
        return progress_json(progress, parts=[summary, *rows])
    return render(request, "calls/upload_progress.html", context)


@login_required
def returned_document_download(request, pk):
    document = get_object_or_404(ReturnedDocument, pk=pk)
    require_visible(request.user, "calls.view_returned_document", document)
    response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.original_name)
    response["Content-Type"] = "application/octet-stream"
    return response
