"""An issue as it is sent: the HTML and the plain text, rendered once for every subscriber."""

from collections.abc import Collection, Iterable

from django.conf import settings
from django.template.loader import render_to_string

from silverlinings.core.formatting import govuk_date

from .selectors import issue_content


def issue_email_context(issue, *, preferences_url: str = "", networks: Collection[int] = ()) -> dict:
    content = issue_content(issue, networks=networks)
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


class IssueEmail:
    """The issue as each subscriber gets it. Everyone gets the whole issue; a subscriber who chose networks
    of interest that items of this issue are about also gets those items listed first, under "For your
    networks" (decision 94). The issue is rendered once, and once more for each different list."""

    def __init__(self, issue):
        self.issue = issue
        self.shared = issue_email_context(issue)
        self.networks = set(issue.items.exclude(network=None).values_list("network_id", flat=True))
        self._variants: dict[frozenset[int], dict] = {}

    def own_part(self, network_ids: Iterable[int]) -> dict:
        """What differs in this subscriber's copy from `shared` (nothing, or the issue with their list)."""
        theirs = frozenset(network_ids) & self.networks
        if not theirs:
            return {}
        if theirs not in self._variants:
            context = issue_email_context(self.issue, networks=theirs)
            self._variants[theirs] = {"issue_html": context["issue_html"], "issue_text": context["issue_text"]}
        return self._variants[theirs]
