from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

admin.site.site_header = "Silver Linings administration"
admin.site.site_title = "Silver Linings administration"

urlpatterns = [
    # Tried in order: the home page's four addresses, then the public showcase, so that launch day's pages are
    # found without trying every other app's (no other app's address starts like one of the showcase's).
    path("", include("silverlinings.core.urls")),
    path("", include("silverlinings.showcase.urls")),
    path("", include("silverlinings.accounts.urls")),
    path("", include("silverlinings.directory.urls")),
    path("", include("silverlinings.calls.urls")),
    path("", include("silverlinings.review.urls")),
    path("", include("silverlinings.mail.urls")),
    path("", include("silverlinings.jobs.urls")),
    path("", include("silverlinings.privacy.urls")),
    path("", include("silverlinings.events.urls")),
    path("", include("silverlinings.bulletins.urls")),
    # One password sign-in page for staff: the admin's own login form sends people to it.
    path("admin/login/", RedirectView.as_view(pattern_name="accounts:staff_sign_in", query_string=True)),
    path("admin/", admin.site.urls),
]
