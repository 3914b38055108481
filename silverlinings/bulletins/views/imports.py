"""The team pastes or uploads an old update, sees how it was read (and every line that was not), then imports it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from silverlinings.core.permissions import require

from ..forms import ImportIssueForm
from ..imports import import_problems, issue_import
from ..models import Publication
from ..parsing import UpdateRefused, update_parse


@login_required
def issue_import_page(request, slug):
    require(request.user, "bulletins.manage_bulletins")
    publication = get_object_or_404(Publication, slug=slug)
    form = ImportIssueForm(request.POST or None, request.FILES or None)
    context = {"form": form, "publication": publication}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["update_text"]
        try:
            parsed = update_parse(text)
        except UpdateRefused as refused:
            form.add_error("text", refused.message)
            return render(request, "bulletins/manage/issue_import.html", context)
        problems = import_problems(parsed, publication)
        if request.POST.get("action") == "import" and not problems:
            result = issue_import(publication=publication, parsed=parsed, by=request.user)
            messages.success(
                request,
                f"{result.issue.masthead} is imported with {len(parsed.items)} items, {len(parsed.reminders)} "
                f"reminders and {len(parsed.resources)} Tools & Templates entries. {len(parsed.unplaced)} parts "
                "were not understood: add them by hand if they matter.",
            )
            return redirect("bulletins:issue_manage", pk=result.issue.pk)
        form = ImportIssueForm(initial={"text": text})
        context.update({"form": form, "parsed": parsed, "problems": problems, "text": text})
    return render(request, "bulletins/manage/issue_import.html", context)
