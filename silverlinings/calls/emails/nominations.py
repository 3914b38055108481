"""The emails about nominations: received, entered by the team, held for personal data, changed.

Placeholders read the records the sender passes (`nomination`, `call`, …), so a preview with real
data is the same record the email would be about.
"""

from django.conf import settings
from django.utils.html import format_html, format_html_join

from silverlinings.core.formatting import govuk_datetime
from silverlinings.mail.catalogue import EmailKind, Placeholder, register


def _call(context):
    return context["call"] if "call" in context else context["nomination"].call


NOMINATION = (
    Placeholder(
        "name", "The nominator's name", lambda c: c["nomination"].nominator.get_full_name(), example="Sam Kaur"
    ),
    Placeholder(
        "reference", "The nomination's reference number", lambda c: c["nomination"].reference, example="SL-2020-0042"
    ),
    Placeholder(
        "title",
        "The innovation's title",
        lambda c: c["nomination"].title_in_email or "your innovation",
        example="Hybrid child protection conferences",
    ),
    Placeholder("call", "The call's title", lambda c: _call(c).title, example="Silver Linings"),
    Placeholder(
        "closes_at",
        "When the call closes",
        lambda c: govuk_datetime(_call(c).closes_at),
        example="5pm on 30 November 2020",
    ),
    Placeholder(
        "nomination_url",
        "The nomination's page, where the nominator can change or withdraw it",
        lambda c: settings.SITE_URL + c["nomination"].get_absolute_url(),
        example="https://…/nominations/42/",
    ),
)


def _flagged(context) -> str:
    """What the check found and where, without quoting it: a stored email never repeats personal data."""
    return "\n".join(f"- {f['label']} in ‘{f['question']}’" for f in context["nomination"].personal_data)


def _latest_nomination(user):
    from ..models import Nomination

    return {"nomination": nomination} if (nomination := Nomination.objects.submitted().first()) else None


register(
    EmailKind(
        key="calls/email/nomination_submitted",
        name="Nomination received",
        description="Sent to the nominator when they send their nomination.",
        subject="Your nomination {reference}: {title}",
        text=(
            "Hello {name},\n\n"
            "Thank you for your nomination to {call}.\n\n"
            "Reference number: {reference}\n\n"
            "You can read your answers, change or withdraw it until {closes_at}: {nomination_url}\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n"
            "<p>Thank you for your nomination to {call}.</p>\n"
            '<p style="font-size:24px;font-weight:bold;">Reference number: {reference}</p>\n'
            '<p>You can <a href="{nomination_url}">read your answers, change or withdraw it</a> '
            "until {closes_at}.</p>\n"
        ),
        placeholders=NOMINATION,
        sample=_latest_nomination,
    )
)

register(
    EmailKind(
        key="calls/email/nomination_keyed_in",
        name="Nomination entered by the programme team",
        description="Sent to the nominator when the programme team has entered a nomination they phoned or "
        "emailed in, with a link to check it.",
        subject="Your nomination {reference}: {title}",
        text=(
            "Hello {name},\n\n"
            "The programme team has entered your nomination to {call} from what you "
            "told them. Please check it and correct anything that is wrong:\n\n"
            "{link}\n\n"
            "The link signs you in once and works for {link_lifetime}; after that, sign in at {site_url}/sign-in/ "
            "with this email address.\n\n"
            "Reference number: {reference}\n\n"
            "You can read your answers, change or withdraw it until {closes_at}: {nomination_url}\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n"
            "<p>The programme team has entered your nomination to {call} from what you "
            "told them. Please check it and correct anything that is wrong:</p>\n"
            '<p><a href="{link}">Check your nomination</a></p>\n'
            "<p>The link signs you in once and works for {link_lifetime}; after that, sign in at "
            '<a href="{site_url}/sign-in/">{site_url}/sign-in/</a> with this email address.</p>\n'
            '<p style="font-size:24px;font-weight:bold;">Reference number: {reference}</p>\n'
            '<p>You can <a href="{nomination_url}">read your answers, change or withdraw it</a> '
            "until {closes_at}.</p>\n"
        ),
        placeholders=NOMINATION,
        required=("link",),
        signs_in=True,
        sample=_latest_nomination,
    )
)


def _held_sample(user):
    from ..models import Nomination

    nomination = Nomination.objects.held_for_personal_data().first()
    return {"nomination": nomination} if nomination else None


register(
    EmailKind(
        key="calls/email/personal_data_edit",
        name="Personal data to take out of a nomination",
        description="Sent to the nominator when the programme team asks them to take details that may identify a "
        "child or family out of a sent nomination. The panel does not see it until then. It names what was "
        "found and where, never the details themselves.",
        subject="Please change your nomination {reference}: {title}",
        text=(
            "Hello {name},\n\n"
            "Thank you for your nomination to {call}. Some of your answers may identify a child or family:\n\n"
            "{flagged}\n\n"
            "Nothing that could identify a child or family may reach the editorial panel or the public, so the "
            "panel will not see your nomination until these are changed. Please change them here:\n\n"
            "{link}\n\n"
            "The link signs you in once and works for {link_lifetime}; after that, sign in at {site_url}/sign-in/ "
            "with this email address and open {nomination_url}\n\n"
            "If you think nothing needs to change, reply to {contact_email}.\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n"
            "<p>Thank you for your nomination to {call}. Some of your answers may identify a child or family:</p>\n"
            "{flagged}\n"
            "<p>Nothing that could identify a child or family may reach the editorial panel or the public, so the "
            "panel will not see your nomination until these are changed.</p>\n"
            '<p><a href="{link}">Change your nomination</a></p>\n'
            "<p>The link signs you in once and works for {link_lifetime}; after that, sign in at "
            '<a href="{site_url}/sign-in/">{site_url}/sign-in/</a> with this email address.</p>\n'
            "<p>If you think nothing needs to change, reply to "
            '<a href="mailto:{contact_email}">{contact_email}</a>.</p>\n'
        ),
        placeholders=(
            *NOMINATION,
            Placeholder(
                "flagged",
                "What may identify a child or family, and in which answer (never the words themselves)",
                _flagged,
                html=lambda c: format_html(
                    "<ul>{}</ul>",
                    format_html_join(
                        "", "<li>{} in ‘{}’</li>", ((f["label"], f["question"]) for f in c["nomination"].personal_data)
                    ),
                ),
                example="- A name with an age in ‘What did you do?’",
            ),
        ),
        required=("link", "flagged"),
        signs_in=True,
        sample=_held_sample,
    )
)


def _changed_sample(user):
    sample = _latest_nomination(user)
    return {**sample, "questions": ["The difference it made"], "by": sample["nomination"].nominator} if sample else None


register(
    EmailKind(
        key="calls/email/nomination_changed",
        name="Nomination changed after it was sent",
        description="Sent to the call's contact address (or else the programme team) when a nomination already "
        "sent is changed and sent again. It names the questions that changed, not the answers.",
        subject="Nomination {reference} changed: {title}",
        text=(
            "{changed_by} changed nomination {reference}, ‘{title}’, to {call} and sent it again.\n\n"
            "Questions changed:\n{questions}\n\n"
            "See the nomination: {nomination_url}\n"
        ),
        html=(
            "<p>{changed_by} changed nomination {reference}, ‘{title}’, to {call} and sent it again.</p>\n"
            "<p>Questions changed:</p>\n{questions}\n"
            '<p><a href="{nomination_url}">See the nomination</a></p>\n'
        ),
        placeholders=(
            *NOMINATION,
            Placeholder(
                "changed_by",
                "Who sent the changes",
                lambda c: c["by"].get_full_name() or c["by"].email,
                example="Sam Kaur",
            ),
            Placeholder(
                "questions",
                "The questions whose answers changed",
                lambda c: "\n".join(f"- {question}" for question in c["questions"]),
                html=lambda c: format_html(
                    "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((q,) for q in c["questions"]))
                ),
                example="- The difference it made",
            ),
        ),
        sample=_changed_sample,
    )
)
