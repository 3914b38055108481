from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require

from . import selectors, services
from .forms import ContactForm, NetworkMeetingForm
from .models import Contact, NetworkMeeting


def contact_list(request):
    return render(request, "directory/contact_list.html", {"contacts": selectors.contacts_listed()})


@login_required
def manage_contacts(request):
    require(request.user, "directory.manage_contacts")
    return render(request, "directory/manage/contacts.html", {"contacts": list(selectors.contacts_all())})


def _contact_form(request, contact: Contact, *, title: str, done: str):
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        contact = form.save(commit=False)
        services.contact_save(contact=contact, by=request.user, networks=form.cleaned_data["networks"])
        messages.success(request, done.format(name=contact.name))
        return redirect("directory:manage_contacts")
    return render(request, "directory/manage/contact_form.html", {"form": form, "title": title})


@login_required
def contact_add(request):
    require(request.user, "directory.manage_contacts")
    return _contact_form(request, Contact(), title="Add a contact", done="{name} is added.")


@login_required
def contact_edit(request, pk):
    require(request.user, "directory.manage_contacts")
    contact = get_object_or_404(Contact, pk=pk)
    return _contact_form(request, contact, title=f"Change {contact.name}", done="{name} is saved.")


@login_required
def contact_remove(request, pk):
    require(request.user, "directory.manage_contacts")
    contact = get_object_or_404(Contact, pk=pk)
    if request.method == "POST":
        services.contact_remove(contact=contact, by=request.user)
        messages.success(request, f"{contact.name} is removed from the directory.")
        return redirect("directory:manage_contacts")
    return render(request, "directory/manage/contact_remove.html", {"contact": contact})


@login_required
def network_meetings(request):
    """The dates networks meet, for ‘Future dates for network meetings’ in the weekly update."""
    require(request.user, "directory.manage_contacts")
    form = NetworkMeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        meeting = services.network_meeting_add(by=request.user, **form.cleaned_data)
        messages.success(request, f"{meeting} is added.")
        return redirect("directory:network_meetings")
    meetings = selectors.network_meetings_ahead(on=timezone.localdate())[:200]
    return render(request, "directory/manage/network_meetings.html", {"form": form, "meetings": meetings})


@login_required
@require_POST
def network_meeting_remove(request, pk):
    require(request.user, "directory.manage_contacts")
    meeting = get_object_or_404(NetworkMeeting, pk=pk)
    services.network_meeting_remove(meeting=meeting, by=request.user)
    messages.success(request, f"{meeting} is removed.")
    return redirect("directory:network_meetings")
