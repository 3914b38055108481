"""The programme team's email pages (the outbox, the templates) and the public page to leave a list."""

from csp.decorators import csp_update
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require

from . import catalogue, previews, selectors, services
from .forms import MailTemplateForm
from .models import Message
from .rendering import Wording, wording_for

PAGE_SIZE = 50
# The preview of an email's HTML shows its inline styles (in a sandboxed frame, no scripts).
EMAIL_STYLES = csp_update({"style-src-attr": ["'unsafe-inline'"]})


@login_required
def outbox(request):
    require(request.user, "mail.view_outbox")
    status = request.GET.get("status", "")
    status = status if status in Message.Status.values else ""
    page = Paginator(selectors.outbox(status=status), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.outbox_counts()
    statuses = [(value, label, counts[value]) for value, label in Message.Status.choices]
    context = {"page": page, "status": status, "statuses": statuses, "max_attempts": settings.MAIL_MAX_ATTEMPTS}
    return render(request, "mail/outbox.html", context)


@login_required
@EMAIL_STYLES
def message_detail(request, pk):
    require(request.user, "mail.view_outbox")
    message = get_object_or_404(Message, pk=pk)
    return render(
        request, "mail/message_detail.html", {"message": message, "kind": catalogue.kind_for(message.template)}
    )


@login_required
@require_POST
def message_send_again(request, pk):
    require(request.user, "mail.send_again")
    message = get_object_or_404(Message, pk=pk)
    try:
        services.message_send_again(message=message, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"The email to {message.to} is being sent again.")
    return redirect("mail:message_detail", pk=message.pk)


@login_required
def template_list(request):
    require(request.user, "mail.change_templates")
    return render(request, "mail/template_list.html", {"rows": selectors.templates()})


def _kind(slug: str) -> catalogue.EmailKind:
    kind = catalogue.kind_for_slug(slug)
    if kind is None:
        raise Http404
    return kind


@login_required
@EMAIL_STYLES
def template_edit(request, slug):
    require(request.user, "mail.change_templates")
    kind = _kind(slug)
    current = wording_for(kind)
    initial = {"subject": current.subject, "text": current.text, "html": current.html}
    form = MailTemplateForm(request.POST or None, kind=kind, initial=initial)
    preview = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if request.POST.get("action") == "save":
            services.mail_template_save(kind=kind, by=request.user, **data)
            messages.success(request, f"‘{kind.name}’ is saved. Emails from now on use this wording.")
            return redirect("mail:template_list")
        preview = previews.preview(kind, Wording(data["subject"], data["text"], data["html"]), request.user)
    elif request.method == "GET":
        preview = previews.preview(kind, current, request.user)
    saved = selectors.templates_saved(kind)
    return render(request, "mail/template_edit.html", {"form": form, "kind": kind, "preview": preview, "saved": saved})


@login_required
@require_POST
def template_reset(request, slug):
    require(request.user, "mail.change_templates")
    kind = _kind(slug)
    services.mail_template_reset(kind=kind, by=request.user)
    messages.success(request, f"‘{kind.name}’ is back to its original wording.")
    return redirect("mail:template_edit", slug=kind.slug)


@csrf_exempt  # mail programs leave a list with a one-click POST (RFC 8058), without a form from us
def unsubscribe(request, token):
    found = services.unsubscribe_read(token)
    name = catalogue.list_name(found[1]) if found else None
    if name is None:
        return render(request, "mail/unsubscribe_invalid.html", status=404)
    email, list_key = found
    if request.method == "POST":
        services.list_leave(email=email, list_key=list_key)
    elif not selectors.list_left(email=email, list_key=list_key):
        return render(request, "mail/unsubscribe.html", {"email": email, "list_name": name})  # opening leaves nothing
    return render(request, "mail/unsubscribe_done.html", {"email": email, "list_name": name})
