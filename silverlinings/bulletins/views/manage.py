"""The programme team writes an issue: details, items, reminders, Tools & Templates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require
from silverlinings.core.progress import progress_json, progress_requested

from .. import selectors, sending, services
from ..forms import IssueForm, ItemForm, ResourceForm
from ..models import Issue, Item, ItemAttachment, Publication, Reminder


def _issue(request, pk) -> Issue:
    require(request.user, "bulletins.manage_bulletins")
    return get_object_or_404(Issue.objects.select_related("publication"), pk=pk)


def _refuse_if_sent(request, issue: Issue):
    if issue.is_editable:
        return None
    messages.error(request, f"{issue.masthead} has been sent and can no longer change.")
    return redirect("bulletins:issue_manage", pk=issue.pk)


@login_required
def manage(request):
    require(request.user, "bulletins.manage_bulletins")
    issues = selectors.issues_for_team()
    rows = [
        (
            publication,
            services.issue_next_number(publication),
            [i for i in issues if i.publication_id == publication.pk],
        )
        for publication in selectors.publications()
    ]
    return render(request, "bulletins/manage/manage.html", {"rows": rows})


@login_required
@require_POST
def issue_create(request, slug):
    require(request.user, "bulletins.manage_bulletins")
    publication = get_object_or_404(Publication, slug=slug)
    issue = services.issue_create(publication=publication, by=request.user)
    messages.success(
        request,
        f"{issue.masthead} is started with {issue.reminders.count()} reminders carried forward and "
        f"{issue.items.count()} suggested items.",
    )
    return redirect("bulletins:issue_manage", pk=issue.pk)


@login_required
def issue_manage(request, pk):
    issue = _issue(request, pk)
    progress = sending.send_progress(issue)
    if progress and progress_requested(request):
        return progress_json(progress)
    content = selectors.issue_content(issue)
    return render(
        request,
        "bulletins/manage/issue.html",
        {
            "issue": issue,
            "content": content,
            "reminders": issue.reminders.select_related("item"),
            "progress": progress,
            "report": sending.send_report(issue),
        },
    )


@login_required
def issue_edit(request, pk):
    issue = _issue(request, pk)
    if refused := _refuse_if_sent(request, issue):
        return refused
    form = IssueForm(request.POST or None, instance=issue)
    if request.method == "POST" and form.is_valid():
        services.issue_update(issue=issue, by=request.user, **form.cleaned_data)
        messages.success(request, "The issue's details are saved.")
        return redirect("bulletins:issue_manage", pk=issue.pk)
    return render(request, "bulletins/manage/issue_form.html", {"form": form, "issue": issue})


def _item_form(request, issue: Issue, item: Item, *, title: str):
    form = ItemForm(request.POST or None, request.FILES or None, instance=item, publication=issue.publication)
    if request.method == "POST" and form.is_valid():
        try:
            services.item_save(item=item, by=request.user, **form.service_fields())
        except ValidationError as error:
            for field, found in error.message_dict.items():
                form.add_error(field if field in form.fields or field == "__all__" else None, found)
        else:
            messages.success(request, f"‘{item.headline}’ is saved.")
            return redirect("bulletins:issue_manage", pk=issue.pk)
    attachments = list(item.attachments.all()) if item.pk else []
    return render(
        request,
        "bulletins/manage/item_form.html",
        {"form": form, "issue": issue, "title": title, "attachments": attachments},
    )


@login_required
def item_add(request, pk):
    issue = _issue(request, pk)
    if refused := _refuse_if_sent(request, issue):
        return refused
    return _item_form(request, issue, Item(issue=issue), title=f"Add an item to {issue.masthead}")


@login_required
def item_edit(request, pk):
    require(request.user, "bulletins.manage_bulletins")
    item = get_object_or_404(Item.objects.select_related("issue__publication"), pk=pk)
    if refused := _refuse_if_sent(request, item.issue):
        return refused
    return _item_form(request, item.issue, item, title=f"Change ‘{item.headline}’")


@login_required
@require_POST
def item_attachment_remove(request, pk):
    require(request.user, "bulletins.manage_bulletins")
    attachment = get_object_or_404(ItemAttachment.objects.select_related("item__issue__publication"), pk=pk)
    item = attachment.item
    if refused := _refuse_if_sent(request, item.issue):
        return refused
    services.item_attachment_remove(attachment=attachment, by=request.user)
    messages.success(request, f"‘{attachment}’ is removed from ‘{item.headline}’.")
    return redirect("bulletins:item_edit", pk=item.pk)


@login_required
def item_remove(request, pk):
    require(request.user, "bulletins.manage_bulletins")
    item = get_object_or_404(Item.objects.select_related("issue__publication"), pk=pk)
    issue = item.issue
    if refused := _refuse_if_sent(request, issue):
        return refused
    if request.method == "POST":
        services.item_remove(item=item, by=request.user)
        messages.success(request, f"‘{item.headline}’ is removed from {issue.masthead}.")
        return redirect("bulletins:issue_manage", pk=issue.pk)
    return render(request, "bulletins/manage/item_remove.html", {"item": item, "issue": issue})


@login_required
@require_POST
def item_move(request, pk):
    require(request.user, "bulletins.manage_bulletins")
    item = get_object_or_404(Item.objects.select_related("issue__publication"), pk=pk)
    if refused := _refuse_if_sent(request, item.issue):
        return refused
    services.item_move(item=item, by=request.user, up=request.POST.get("direction") == "up")
    return redirect(f"{reverse('bulletins:issue_manage', kwargs={'pk': item.issue_id})}#item-{item.pk}")


@login_required
@require_POST
def reminder_remove(request, pk):
    require(request.user, "bulletins.manage_bulletins")
    reminder = get_object_or_404(Reminder.objects.select_related("issue__publication", "item"), pk=pk)
    if refused := _refuse_if_sent(request, reminder.issue):
        return refused
    services.reminder_remove(reminder=reminder, by=request.user)
    messages.success(request, f"‘{reminder.item.headline}’ is taken out of the reminders and will not come back.")
    return redirect("bulletins:issue_manage", pk=reminder.issue_id)


@login_required
def resources_manage(request):
    require(request.user, "bulletins.manage_bulletins")
    form = ResourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        resource = services.resource_add(by=request.user, **form.cleaned_data)
        messages.success(request, f"‘{resource.title}’ is added. It goes in the next issue of each publication.")
        return redirect("bulletins:resources_manage")
    return render(
        request, "bulletins/manage/resources.html", {"form": form, "resources": selectors.resources_search("")[:50]}
    )
