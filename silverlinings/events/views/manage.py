"""The programme team's pages: events, their programme, places per authority, registrations, exports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require
from silverlinings.directory.models import Authority

from .. import after, charts, exports, selectors
from ..forms.manage import AllocationsForm, CoordinatorForm, EventForm, MessageForm, SessionForm, SessionRemoveForm
from ..messages import message_send
from ..models import Event, Registration, Session
from ..services import cancelling as services_cancelling
from ..services import events as services


def _team_event(request, slug) -> Event:
    require(request.user, "events.manage_events")
    return get_object_or_404(Event, slug=slug)


@login_required
def manage_events(request):
    require(request.user, "events.manage_events")
    return render(request, "events/manage/event_list.html", {"events": selectors.events_for_team()})


@login_required
def event_create(request):
    require(request.user, "events.manage_events")
    form = EventForm(request.POST if request.method == "POST" else None)
    form.helper.form_action = reverse("events:event_create")
    if request.method == "POST" and form.is_valid():
        event = services.event_create(by=request.user, **form.cleaned_data)
        messages.success(request, f"‘{event.title}’ is created, with places shared evenly between the authorities.")
        return redirect("events:event_manage", slug=event.slug)
    return render(request, "events/manage/event_form.html", {"form": form, "title": "Create an event"})


@login_required
def event_edit(request, slug):
    event = _team_event(request, slug)
    form = EventForm(request.POST if request.method == "POST" else None, instance=event)
    form.helper.form_action = reverse("events:event_edit", kwargs={"slug": slug})
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_update(
                event=event, by=request.user, **{name: form.cleaned_data[name] for name in form.changed_data}
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "The event is saved.")
            return redirect("events:event_manage", slug=event.slug)
    return render(
        request, "events/manage/event_form.html", {"form": form, "title": f"Change ‘{event.title}’", "event": event}
    )


@login_required
def event_manage(request, slug):
    event = _team_event(request, slug)
    rows = selectors.registrations_by_authority(event)
    return render(
        request,
        "events/manage/event.html",
        {
            "event": event,
            "programme": selectors.programme(event),
            "places": selectors.places_summary(event),
            "rows": rows,
            "chart": charts.authority_chart(rows),
            "workshops": selectors.workshop_fill(event),
            "waiting": selectors.waiting_list(event)[:50],
            "attendance": selectors.attendance(event),
            "access_needs": selectors.access_needs(event),
        },
    )


@login_required
def session_add(request, slug):
    return _session_form(request, slug, None)


@login_required
def session_edit(request, slug, pk):
    return _session_form(request, slug, pk)


def _session_form(request, slug, pk):
    event = _team_event(request, slug)
    session = get_object_or_404(Session, event=event, pk=pk) if pk else None
    form = SessionForm(request.POST if request.method == "POST" else None, instance=session)
    form.helper.form_action = request.path
    if request.method == "POST" and form.is_valid():
        try:
            services.session_save(event=event, by=request.user, session=session, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "The programme is saved.")
            return redirect("events:event_manage", slug=event.slug)
    title = f"Change ‘{session.title}’" if session else "Add a session"
    return render(request, "events/manage/session_form.html", {"form": form, "event": event, "title": title})


@login_required
def session_remove(request, slug, pk):
    """The team takes a session out of the programme, after a page that says whom it touches."""
    event = _team_event(request, slug)
    session = get_object_or_404(Session, event=event, pk=pk)
    form = SessionRemoveForm(request.POST if request.method == "POST" else None, session=session, action=request.path)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["confirm"] == "no":
            return redirect("events:event_manage", slug=event.slug)
        try:
            moved = services.session_remove(session=session, by=request.user)
        except Session.DoesNotExist:  # taken out a moment ago, by this or another page
            raise Http404 from None
        except ValidationError as error:
            form.add_error("confirm", error)
        else:
            told = (
                f" The {moved} {'person' if moved == 1 else 'people'} who had a place in it are told by email."
                if moved
                else ""
            )
            messages.success(request, f"‘{session.title}’ is no longer in the programme.{told}")
            return redirect("events:event_manage", slug=event.slug)
    return render(
        request,
        "events/manage/session_remove.html",
        {"event": event, "session": session, "form": form, "removal": selectors.session_removal(session)},
    )


@login_required
def allocations(request, slug):
    event = _team_event(request, slug)
    authorities = list(Authority.objects.order_by("short_name"))
    current = dict(event.allocations.values_list("authority_id", "places"))
    initial = {f"authority_{a.pk}": current.get(a.pk, 0) for a in authorities}
    initial["general"] = event.capacity - sum(current.values())
    data = request.POST.copy() if request.method == "POST" else None
    form = AllocationsForm(data, authorities=authorities, initial=initial)
    form.helper.form_action = request.path
    if data is not None and "suggest" in data:
        try:
            general = form.fields["general"].clean(data.get("general"))
        except ValidationError as error:
            form.is_valid()
            form.errors.clear()
            form.add_error("general", error)
        else:
            suggested = services.allocations_suggest(capacity=event.capacity, general=general, authorities=authorities)
            data.update({f"authority_{authority_id}": str(places) for authority_id, places in suggested.items()})
            messages.info(request, "The rest is shared evenly below. Check the places, then save them.")
            form = AllocationsForm(initial=data.dict(), authorities=authorities)
            form.helper.form_action = request.path
    elif data is not None and form.is_valid():
        try:
            services.allocations_save(event=event, by=request.user, places=form.places())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "The authorities' places are saved.")
            return redirect("events:event_manage", slug=event.slug)
    return render(request, "events/manage/allocations.html", {"form": form, "event": event})


@login_required
def message(request, slug):
    event = _team_event(request, slug)
    form = MessageForm(request.POST if request.method == "POST" else None, event=event, action=request.path)
    if request.method == "POST" and form.is_valid():
        workshop = (
            event.sessions.filter(pk=form.cleaned_data["workshop"]).first() if form.cleaned_data["workshop"] else None
        )
        sent = message_send(
            event=event,
            by=request.user,
            subject=form.cleaned_data["subject"],
            message=form.cleaned_data["message"],
            workshop=workshop,
        )
        messages.success(request, f"The message is going to {sent} {'person' if sent == 1 else 'people'}.")
        return redirect("events:event_manage", slug=event.slug)
    return render(request, "events/manage/message.html", {"form": form, "event": event})


@login_required
def export(request, slug, fmt):
    event = _team_event(request, slug)
    if fmt not in {"xlsx", "csv"}:
        raise Http404
    if fmt == "xlsx":
        data, content_type = (
            exports.export_xlsx(event),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        data, content_type = exports.export_csv(event), "text/csv; charset=utf-8"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(event.title)}-registrations.{fmt}"'
    return response


@login_required
def coordinate(request, slug):
    """An authority coordinator's view of their authority's registrations (the team sees every authority)."""
    event = get_object_or_404(Event, slug=slug)
    require(request.user, "events.coordinate_event", event)
    authority_ids = selectors.coordinated_authority_ids(user=request.user, event=event)
    if not authority_ids and request.user.has_perm("events.manage_events"):
        authority_ids = None
    rows = [
        row
        for row in selectors.registrations_by_authority(event)
        if authority_ids is None or row.authority.pk in authority_ids
    ]
    return render(
        request,
        "events/manage/coordinate.html",
        {
            "event": event,
            "rows": rows,
            "registrations": selectors.registrations_for(event, authority_ids=authority_ids),
        },
    )


@login_required
@require_POST
def materials_send(request, slug):
    event = _team_event(request, slug)
    if not event.recordings.strip():
        messages.error(request, "Add the recordings and materials to the event first (Change the event).")
        return redirect("events:event_manage", slug=event.slug)
    sent = after.materials_send(event=event, by=request.user)
    messages.success(
        request, f"The recordings and materials are going to {sent} {'person' if sent == 1 else 'people'} who came."
    )
    return redirect("events:event_manage", slug=event.slug)


@login_required
def coordinators(request, slug):
    event = _team_event(request, slug)
    form = CoordinatorForm(request.POST if request.method == "POST" else None, action=request.path)
    if request.method == "POST" and form.is_valid():
        contact = form.cleaned_data["contact"]
        services.coordinator_appoint(event=event, contact=contact, by=request.user)
        messages.success(
            request,
            f"{contact.name} coordinates {contact.authority.short_name}'s places. They sign in "
            f"with a link sent to {contact.email}.",
        )
        return redirect("events:coordinators", slug=event.slug)
    return render(
        request,
        "events/manage/coordinators.html",
        {"event": event, "form": form, "coordinators": selectors.coordinators(event)},
    )


@login_required
def coordinator_revoke(request, slug, pk):
    """The team takes a coordinator's role away, after a page that asks them to confirm."""
    event = _team_event(request, slug)
    membership = next((m for m in selectors.coordinators(event) if m.pk == pk), None)
    if membership is None:
        raise Http404
    if request.method != "POST":
        return render(request, "events/manage/coordinator_revoke.html", {"event": event, "membership": membership})
    services.coordinator_revoke(membership=membership, by=request.user)
    messages.success(
        request,
        f"{membership.user.get_full_name()} no longer coordinates {membership.authority.short_name}'s places. "
        "Their authority's registrations stay.",
    )
    return redirect("events:coordinators", slug=event.slug)


@login_required
@require_POST
def coordinator_cancel(request, slug, pk):
    """A coordinator (or the team) cancels a registration from their authority, freeing the place."""
    event = get_object_or_404(Event, slug=slug)
    require(request.user, "events.coordinate_event", event)
    registration = get_object_or_404(Registration, event=event, pk=pk)
    allowed = selectors.coordinated_authority_ids(user=request.user, event=event)
    if registration.authority_id not in allowed and not request.user.has_perm("events.manage_events"):
        raise Http404
    services_cancelling.registration_cancel(registration=registration, by=request.user)
    messages.success(
        request, f"{registration.full_name}'s registration is cancelled; the place goes to the waiting list."
    )
    return redirect("events:coordinate", slug=event.slug)
