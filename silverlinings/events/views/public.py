"""The public pages of an event: what it is, its programme, calendar files and the registration form."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify

from silverlinings.core.client import client_address

from .. import selectors
from ..calendars import event_calendar, session_calendar
from ..forms.registration import RegistrationForm
from ..limits import TooManyRegistrations, hold_allowed, registration_count
from ..models import Event, Session
from ..services import registration as services_registration


def event_list(request):
    return render(request, "events/event_list.html", {"events": selectors.events_public()})


def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "programme": selectors.programme(event),
            "full_workshops": selectors.workshops_full(event),
            "places": selectors.places_summary(event),
            "can_coordinate": request.user.has_perm("events.coordinate_event", event),
        },
    )


def _calendar_response(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response


def event_ics(request, slug):
    event = get_object_or_404(Event, slug=slug)
    return _calendar_response(event_calendar(event), slugify(event.title))


def session_ics(request, slug, pk):
    session = get_object_or_404(Session, event__slug=slug, pk=pk)
    return _calendar_response(session_calendar(session), slugify(session.title))


def register(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if not event.registration_open:
        return render(request, "events/registration_closed.html", {"event": event}, status=200)
    action = reverse("events:register", kwargs={"slug": event.slug})
    hold = None
    if request.method != "POST" and hold_allowed(client=client_address(request)):
        hold = services_registration.place_hold(event=event, minutes=settings.EVENT_HOLD_MINUTES)
    choices = selectors.registration_choices(event)
    form = RegistrationForm(
        request.POST if request.method == "POST" else None,
        slots=choices.slots,
        authorities=choices.authorities,
        action=action,
        initial={"hold": hold.token if hold else ""},
    )
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            # Answer as if registered, so the script learns nothing; nothing is kept.
            return render(request, "events/registration_received.html", {"event": event})
        data = form.cleaned_data
        try:
            registration_count(email=data["email"], client=client_address(request))
            registration, created = services_registration.registration_submit(
                event=event,
                email=data["email"],
                full_name=data["full_name"],
                authority=form.authority_object(),
                organisation=data["organisation"],
                job_role=data["job_role"],
                access_needs=data["access_needs"],
                access_other=data["access_other"],
                choices=form.choices,
                hold=data["hold"],
            )
        except TooManyRegistrations:
            form.add_error(
                None,
                "There have been too many registrations from here in the last few minutes. "
                "Try again in 10 minutes, or email the programme team.",
            )
        except services_registration.RegistrationClosed:
            return render(request, "events/registration_closed.html", {"event": event})
        else:
            if not created:
                messages.success(
                    request,
                    "You were already registered with this email address: we have changed "
                    "your registration, not made a second one.",
                )
            return redirect(registration)
    status = 429 if form.non_field_errors() else 200
    return render(request, "events/register.html", {"event": event, "form": form, "hold": hold}, status=status)
