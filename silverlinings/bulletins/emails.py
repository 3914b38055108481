"""The emails of the bulletins: an issue (to the list of subscribers) and the subscription confirmation."""

from django.utils.safestring import mark_safe

from silverlinings.mail.catalogue import EmailKind, Placeholder, list_add, register

#: One list for every publication: the one-click link leaves them all; the preferences page picks some.
LIST_KEY = "bulletins"
list_add(LIST_KEY, "the partnership's bulletins (the weekly update and the newsletters)")


def _latest_issue(user):
    from .models import Issue
    from .rendering import issue_email_context

    issue = Issue.objects.order_by("-date", "-pk").first()
    return issue_email_context(issue) if issue else None


ISSUE = register(
    EmailKind(
        key="bulletins/email/issue",
        name="Bulletin issue",
        description="An issue of the weekly update or a newsletter, to its subscribers.",
        subject="{masthead} – {date}",
        text="{issue_text}\n\n---\nRead it on the web: {issue_url}\nChange what you get: {preferences_url}\n"
        "Unsubscribe: {unsubscribe_url}\n",
        html='{issue_html}<hr><p style="font-size:14px;"><a href="{issue_url}" style="color:#1d70b8;">Read it on the '
        'web</a> · <a href="{preferences_url}" style="color:#1d70b8;">Change what you get</a> · '
        '<a href="{unsubscribe_url}" style="color:#1d70b8;">Unsubscribe</a></p>',
        placeholders=(
            Placeholder("masthead", "The issue's masthead", lambda c: c["masthead"], example="UPDATE NO 452"),
            Placeholder("date", "The issue's date", lambda c: c["date"], example="4 March 2021"),
            Placeholder("issue_url", "The issue's web page", lambda c: c["issue_url"], example="https://…"),
            Placeholder(
                "preferences_url",
                "The subscriber's own page to change what they get",
                lambda c: c.get("preferences_url", c["issue_url"]),
                example="https://…/bulletins/preferences/…/",
            ),
            Placeholder(
                "issue_text",
                "The whole issue",
                lambda c: c["issue_text"],
                html=lambda c: mark_safe(c["issue_html"]),
                example="UPDATE NO 452 …",
            ),
            Placeholder(
                "issue_html",
                "The whole issue, for the HTML wording",
                lambda c: c["issue_text"],
                html=lambda c: mark_safe(c["issue_html"]),
                example="UPDATE NO 452 …",
            ),
        ),
        required=("issue_text",),
        list_key=LIST_KEY,
        sample=_latest_issue,
    )
)
CONFIRM = register(
    EmailKind(
        key="bulletins/email/confirm_subscription",
        name="Confirm a bulletin subscription",
        description="Sent when someone subscribes on the website: they confirm from the link (double opt-in).",
        subject="Confirm your subscription to the {partnership_short_name} bulletins",
        text="Someone (we hope you) asked to get {publications} from the {partnership_name} at this address.\n\n"
        "Confirm your subscription:\n{confirm_url}\n\nIf it was not you, ignore this email: you will get nothing "
        "more from us.\n",
        html="<p>Someone (we hope you) asked to get {publications} from the {partnership_name} at this address.</p>"
        '<p><a href="{confirm_url}" style="color:#1d70b8;">Confirm your subscription</a></p>'
        "<p>If it was not you, ignore this email: you will get nothing more from us.</p>",
        placeholders=(
            Placeholder(
                "publications",
                "What they chose to get",
                lambda c: c["publications"],
                example="Weekly update and Monthly newsletter",
            ),
            Placeholder(
                "confirm_url",
                "The link that confirms the subscription",
                lambda c: c["confirm_url"],
                example="https://…",
            ),
        ),
        required=("confirm_url",),
    )
)
