"""Subscribing without an account (double opt-in), a subscriber's own choices page, and the team's list."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from silverlinings.core.permissions import require

from .. import selectors, subscriptions
from ..forms import ImportSubscribersForm, PreferencesForm, SubscribeForm
from ..models import Subscriber


def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subscriptions.subscribe_request(
            email=data["email"], publications=list(data["publications"]), networks=list(data["networks"])
        )
        return render(request, "bulletins/subscribe_check_email.html", {"email": data["email"]})
    return render(request, "bulletins/subscribe.html", {"form": form})


@never_cache
def subscribe_confirm(request, token):
    """The link in the email shows what it will do and a button; only the button (a POST) confirms, so a
    mail scanner that opens every link confirms nothing."""
    try:
        if request.method == "POST":
            subscriptions.subscription_confirm(token=token)
            return redirect(request.path)
        confirmation = subscriptions.subscription_confirmation(token=token)
    except ValidationError as error:
        return render(request, "bulletins/subscribe_invalid.html", {"message": error.messages[0]}, status=400)
    if confirmation.done:
        return render(request, "bulletins/subscribe_done.html", {"subscriber": confirmation.subscriber})
    return render(request, "bulletins/subscribe_confirm.html", {"confirmation": confirmation})


@never_cache
def preferences(request, token):
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        return render(
            request,
            "bulletins/subscribe_invalid.html",
            {"message": "We do not know this link. It may be from an address that was removed. Subscribe again."},
            status=404,
        )
    initial = {"publications": subscriber.publications.all(), "networks": subscriber.networks.all()}
    form = PreferencesForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        subscriptions.preferences_update(
            subscriber=subscriber,
            publications=list(form.cleaned_data["publications"]),
            networks=list(form.cleaned_data["networks"]),
        )
        if subscriber.unsubscribed_at:
            messages.success(request, "You are unsubscribed: you will get nothing more from us.")
        else:
            messages.success(request, "Your choices are saved.")
        return redirect("bulletins:preferences", token=subscriber.token)
    return render(request, "bulletins/preferences.html", {"form": form, "subscriber": subscriber})


@login_required
def subscriber_list(request):
    require(request.user, "bulletins.manage_subscribers")
    query = request.GET.get("q", "").strip()[:200]
    subscribers = selectors.subscribers_for_team(query)
    return render(
        request,
        "bulletins/manage/subscribers.html",
        {"subscribers": subscribers[:200], "count": subscribers.count(), "query": query},
    )


@login_required
def subscribers_import(request):
    require(request.user, "bulletins.manage_subscribers")
    form = ImportSubscribersForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = subscriptions.subscribers_import(
                data=data["file"].read(),
                publications=list(data["publications"]),
                consent=data["consent"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error("file", error.messages[0])
    return render(request, "bulletins/manage/subscribers_import.html", {"form": form, "report": report})


@login_required
def subscribers_export(request):
    require(request.user, "bulletins.manage_subscribers")
    response = HttpResponse(subscriptions.subscribers_export(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="bulletin-subscribers.csv"'
    return response
