"""Preview an issue exactly as sent, send a test to yourself, schedule or send it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from silverlinings.core.formatting import govuk_datetime
from silverlinings.core.progress import progress_json, progress_requested
from silverlinings.mail import rendering as mail_rendering
from silverlinings.mail.views import EMAIL_STYLES

from .. import sending
from ..forms import SendForm
from ..rendering import issue_email_context
from .manage import _issue


def _rendered(issue):
    context = issue_email_context(issue)
    context["unsubscribe_url"] = context["issue_url"]
    return mail_rendering.render("bulletins/email/issue", context)


@EMAIL_STYLES
@login_required
def issue_preview(request, pk):
    """The HTML email as a page, exactly as a subscriber gets it."""
    issue = _issue(request, pk)
    return HttpResponse(_rendered(issue).html)


@login_required
def issue_preview_text(request, pk):
    issue = _issue(request, pk)
    rendered = _rendered(issue)
    return HttpResponse(f"Subject: {rendered.subject}\n\n{rendered.text}", content_type="text/plain; charset=utf-8")


@login_required
@require_POST
def issue_test(request, pk):
    issue = _issue(request, pk)
    sending.issue_send_test(issue=issue, user=request.user)
    messages.success(request, f"A test of {issue.masthead} is on its way to {request.user.email}.")
    return redirect("bulletins:issue_manage", pk=issue.pk)


@login_required
def issue_send(request, pk):
    issue = _issue(request, pk)
    if progress_requested(request) and (progress := sending.send_progress(issue)):
        return progress_json(progress)
    usual = sending.usual_time(issue)
    form = SendForm(request.POST or None, usual=govuk_datetime(usual))
    if request.method == "POST" and form.is_valid():
        when = form.cleaned_data["when"]
        at = {"now": None, "usual": usual, "at": form.cleaned_data["at"]}[when]
        try:
            sending.issue_send_request(issue=issue, by=request.user, at=at)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            done = "is being sent now" if at is None else f"will be sent at {govuk_datetime(at)}"
            messages.success(request, f"{issue.masthead} {done}. Nobody gets it twice.")
        return redirect("bulletins:issue_manage", pk=issue.pk)
    count = sending.recipients(issue).count()
    return render(request, "bulletins/manage/issue_send.html", {"issue": issue, "form": form, "count": count})


@login_required
@require_POST
def issue_send_cancel(request, pk):
    issue = _issue(request, pk)
    try:
        sending.issue_send_cancel(issue=issue, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"{issue.masthead} will not be sent. It is a draft again.")
    return redirect("bulletins:issue_manage", pk=issue.pk)
