"""Pictures in a report: the writer adds them with alternative text; pages load them through a view that
checks who may see the report (uploads are never served straight from storage)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from silverlinings.core.images import ImageRefused
from silverlinings.core.permissions import require, require_visible
from silverlinings.core.uploads import upload_refusals

from ..forms.pictures import ImageForm
from ..models import Commission, ReportImage, Status
from ..services import commissions as services


@login_required
def images(request, pk):
    commission = get_object_or_404(Commission, pk=pk)
    require_visible(request.user, "showcase.view_commission", commission)
    action = reverse("showcase:images", kwargs={"pk": commission.pk})
    form = ImageForm(request.POST or None, request.FILES or None, action=action)
    if request.method == "POST":
        require(request.user, "showcase.write_report", commission)
        if upload_refusals(request):
            # Dropped while the request was read (core/uploads.py): say so, not "Select a picture".
            form.is_valid()
            limit = settings.UPLOAD_MAX_FILE_BYTES // (1024 * 1024)
            form.errors["image"] = form.error_class([f"The selected file must be smaller than {limit}MB"])
        elif form.is_valid():
            try:
                services.report_image_add(
                    commission=commission,
                    data=form.cleaned_data["image"].read(),
                    by=request.user,
                    **{name: form.cleaned_data[name] for name in ("alt_text", "caption", "credit")},
                )
            except ImageRefused as refused:
                form.add_error("image", refused.message)
            else:
                messages.success(request, "The picture is added.")
                return redirect("showcase:images", pk=commission.pk)
    return render(
        request,
        "showcase/workspace/images.html",
        {
            "commission": commission,
            "form": form,
            "images": commission.images.all(),
            "may_write": request.user.has_perm("showcase.write_report", commission),
        },
    )


@login_required
@require_POST
def image_remove(request, pk, image_pk):
    commission = get_object_or_404(Commission, pk=pk)
    require_visible(request.user, "showcase.view_commission", commission)
    require(request.user, "showcase.write_report", commission)
    services.report_image_remove(image=get_object_or_404(commission.images, pk=image_pk), by=request.user)
    messages.success(request, "The picture is removed.")
    return redirect("showcase:images", pk=commission.pk)


#: A published picture's address changes with the picture (`ReportImage.version`): it may be kept for a year.
PUBLISHED_PICTURE = "public, max-age=31536000, immutable"


def image_file(request, pk, version, extension):
    image = get_object_or_404(ReportImage.objects.select_related("commission"), pk=pk)
    if (version, extension) != (image.version, image.extension):
        raise Http404
    commission = image.commission
    user = request.user
    if commission.status != Status.PUBLISHED and not (
        user.has_perm("showcase.view_commission", commission) or user.has_perm("showcase.view_fact_check", commission)
    ):
        raise Http404
    response = FileResponse(
        image.web_file.open("rb"), content_type="image/jpeg" if image.web_file.name.endswith(".jpg") else "image/png"
    )
    response["Cache-Control"] = PUBLISHED_PICTURE if commission.status == Status.PUBLISHED else "private, no-cache"
    return response
