"""A registrant's own pages, reached by the secret link in their emails: no account, no sign-in."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from silverlinings.core.client import client_address
from silverlinings.core.services import audit_record

from .. import after, joining, selectors
from ..forms.registration import FeedbackForm, WorkshopsForm
from ..models import Feedback, Registration, Status
from ..services import cancelling as services_cancelling
from ..services import registration as services_registration


def _registration(token: str) -> Registration:
    return get_object_or_404(Registration.objects.select_related("event", "authority"), token=token)


def registration(request, token):
    return render(request, "events/registration.html", selectors.registration_view(_registration(token)))


def _initial_choices(registration) -> dict[str, list[int]]:
    initial: dict[str, list[int]] = {}
    for choice in registration.choices.select_related("session").order_by("session__starts_at", "rank"):
        initial.setdefault(choice.session.slot, []).append(choice.session_id)
    return initial


def workshops_change(request, token):
    registration = _registration(token)
    if registration.status in (Status.CANCELLED, Status.LAPSED) or registration.event.is_over:
        raise Http404
    form = WorkshopsForm(
        request.POST if request.method == "POST" else None,
        slots=selectors.workshop_slots(registration.event),
        initial_choices=_initial_choices(registration),
        action=reverse("events:workshops_change", kwargs={"token": token}),
    )
    if request.method == "POST" and form.is_valid():
        services_registration.workshops_change(registration=registration, choices=form.choices)
        messages.success(request, "Your workshop choices are saved.")
        return redirect(registration)
    return render(request, "events/workshops_change.html", {"registration": registration, "form": form})


def registration_cancel(request, token):
    registration = _registration(token)
    if registration.status == Status.CANCELLED:
        return redirect(registration)
    if request.method == "POST":
        services_cancelling.registration_cancel(registration=registration)
        messages.success(request, "Your registration is cancelled. Thank you for letting someone else have your place.")
        return redirect(registration)
    return render(request, "events/registration_cancel.html", {"registration": registration})


@require_POST
def offer_accept(request, token):
    registration = _registration(token)
    try:
        services_registration.offer_accept(registration=registration)
    except services_registration.OfferNotOpen:
        messages.error(request, "This offer has ended, so the place has gone to the next person waiting.")
    else:
        messages.success(request, "The place is yours: you are registered.")
    return redirect(registration)


def join(request, token):
    """The personal joining link: near the time, a page with one button that records attendance and
    forwards to the platform. Opening the link does nothing more (mail scanners open every link).

    Used again from another client address, it asks first (the link may have been passed on); the
    person can still go in, from a second device say, and the team sees it in the audit log."""
    registration = get_object_or_404(Registration.objects.select_related("event"), joining_token=token)
    event = registration.event
    now = timezone.now()
    if registration.status != Status.CONFIRMED:
        raise Http404
    if now < event.joining_opens_at or now >= event.ends_at or not event.joining_url:
        return render(request, "events/join_not_open.html", {"registration": registration, "event": event})
    client = client_address(request)
    elsewhere = joining.used_elsewhere(registration=registration, client=client)
    context = {"registration": registration, "event": event}
    if elsewhere and "elsewhere" not in request.POST:
        return render(request, "events/join_elsewhere.html", context)
    if request.method != "POST":
        return render(request, "events/join.html", context)
    if elsewhere:
        audit_record(actor=None, action="event.joined_elsewhere", obj=registration)
    joining.attendance_record(registration=registration, client=client, now=now)
    return HttpResponseRedirect(event.joining_url)


def _attendee(token: str) -> Registration:
    registration = _registration(token)
    if not after.attended(registration):
        raise Http404
    return registration


def feedback(request, token):
    registration = _attendee(token)
    existing = Feedback.objects.filter(registration=registration).first()
    initial = {"rating": existing.rating, "useful": existing.useful, "improve": existing.improve} if existing else {}
    form = FeedbackForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        action=reverse("events:feedback", kwargs={"token": token}),
    )
    if request.method == "POST" and form.is_valid():
        after.feedback_save(registration=registration, **form.cleaned_data)
        messages.success(request, "Thank you for your feedback.")
        return redirect(registration)
    return render(request, "events/feedback.html", {"registration": registration, "form": form})


def certificate(request, token):
    registration = _attendee(token)
    response = HttpResponse(after.certificate_pdf(registration=registration), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{slugify(registration.event.title)}.pdf"'
    return response
