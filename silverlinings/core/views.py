from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .navigation import dashboard_for


def home(request):
    return render(request, "core/home.html")


@login_required
def dashboard(request):
    from silverlinings.accounts.selectors import memberships_of

    roles = sorted({membership.get_role_display() for membership in memberships_of(request.user)})
    return render(request, "core/dashboard.html", {"panels": dashboard_for(request), "roles": roles})


def accessibility(request):
    return render(request, "core/accessibility.html")


def privacy(request):
    days = settings.PERSONAL_DATA_RETENTION_DAYS
    return render(request, "core/privacy.html", {"retention_years": round(days / 365) if days else 0})


def csrf_failure(request, reason=""):
    return render(request, "errors/csrf.html", status=403)
