"""An issue as it is sent: the HTML and the plain text, rendered once for every subscriber."""

from django.conf import settings
from django.template.loader import render_to_string

from silverlinings.core.formatting import govuk_date

from .selectors import issue_content


def issue_email_context(issue, *, preferences_url: str = "") -> dict:
    content = issue_content(issue)
    values = {"content": content, "issue": issue, "site_url": settings.SITE_URL}
    url = settings.SITE_URL + issue.get_absolute_url()
    context = {
        "masthead": issue.masthead,
        "date": govuk_date(issue.date),
        "issue_url": url,
        "issue_html": render_to_string("bulletins/email/issue.html", values),
        "issue_text": render_to_string("bulletins/email/issue.txt", values).strip(),
    }
    if preferences_url:
        context["preferences_url"] = preferences_url
    return context
