"""The emails calls sends. The team may change their wording (Emails → Templates).

Placeholders read the records the sender passes (`nomination`, `call`, `contact`, …), so a preview with
real data is the same record the email would be about.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from silverlinings.core.formatting import govuk_date, govuk_datetime
from silverlinings.mail.catalogue import EmailKind, Placeholder, list_add, register


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
    from .models import Nomination

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
            "The link signs you in once and works for 30 minutes; after that, sign in at {site_url}/sign-in/ "
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
            "<p>The link signs you in once and works for 30 minutes; after that, sign in at "
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
    from .models import Nomination

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
            "The link signs you in once and works for 30 minutes; after that, sign in at {site_url}/sign-in/ "
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
            "<p>The link signs you in once and works for 30 minutes; after that, sign in at "
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


def _phone(context) -> str:
    call = context["call"]
    who = call.contact_name or "the programme manager"
    return f"{who} on {call.contact_phone}" if call.contact_phone else who


def _last_call_sample(user):
    from silverlinings.directory.models import Contact

    from .models import Call

    call, contact = Call.objects.first(), Contact.objects.exclude(authority=None).exclude(email="").first()
    return {"call": call, "contact": contact} if call and contact else None


register(
    EmailKind(
        key="calls/email/last_call",
        name="Last call",
        description="Sent to the contacts of authorities with no nominations yet: at the call's last call time, "
        "or when the team sends it from the coverage page. Nobody gets it twice for one call.",
        subject="Last call for {call} nominations",
        text=(
            "Hello {name},\n\n"
            "Last call for {call} suggestions: we have not yet had a nomination from {authority}.\n\n"
            "No idea is too small or too large, from whole-system changes to personal work habits or IT hacks. "
            "The call closes at {closes_at}.\n\n"
            "Nominate online, download the form to return, or phone {phone_contact}:\n{call_url}\n\n"
            "Please pass this on to colleagues in schools, early years, early help, children's social care, "
            "youth justice, adoption and fostering.\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n"
            "<p><strong>Last call for {call} suggestions:</strong> we have not yet had a nomination from "
            "{authority}.</p>\n"
            "<p>No idea is too small or too large, from whole-system changes to personal work habits or IT hacks. "
            "The call closes at {closes_at}.</p>\n"
            '<p><a href="{call_url}">Nominate online, download the form to return</a>, or phone {phone_contact}.</p>\n'
            "<p>Please pass this on to colleagues in schools, early years, early help, children's social care, "
            "youth justice, adoption and fostering.</p>\n"
        ),
        placeholders=(
            Placeholder("name", "The contact's name", lambda c: c["contact"].name, example="Jo Bloggs"),
            Placeholder(
                "authority", "The contact's authority", lambda c: c["contact"].authority.short_name, example="Medway"
            ),
            Placeholder("call", "The call's title", lambda c: c["call"].title, example="Silver Linings"),
            Placeholder(
                "closes_at",
                "When the call closes",
                lambda c: govuk_datetime(c["call"].closes_at),
                example="5pm on 30 November 2020",
            ),
            Placeholder(
                "call_url",
                "The call's page",
                lambda c: settings.SITE_URL + c["call"].get_absolute_url(),
                example="https://…/calls/silver-linings/",
            ),
            Placeholder(
                "phone_contact",
                "Who to phone, and their number",
                _phone,
                example="Rachel Thorne on 07700 900101",
            ),
        ),
        sample=_last_call_sample,
    )
)


def _drafts_text(context) -> str:
    return "\n".join(f"- {draft.title_in_email or 'Untitled nomination'}" for draft in context["drafts"])


def _drafts_html(context):
    items = format_html_join(
        "", "<li>{}</li>", ((draft.title_in_email or "Untitled nomination",) for draft in context["drafts"])
    )
    return format_html("<ul>{}</ul>", items)


def _draft_sample(user):
    from .models import Nomination, NominationStatus

    draft = Nomination.objects.filter(status=NominationStatus.DRAFT).select_related("call", "nominator").first()
    if draft is None:
        return None
    return {"call": draft.call, "nominator": draft.nominator, "drafts": [draft]}


register(
    EmailKind(
        key="calls/email/draft_reminder",
        name="Draft reminder",
        description="Sent three days before a call closes to everyone with a draft nomination not yet sent.",
        subject="Your {call} nomination is not sent yet",
        text=(
            "Hello {name},\n\n"
            "You started a nomination to {call} but have not sent it yet:\n\n{drafts}\n\n"
            "The call closes at {closes_at}. Sign in to finish and send it: {my_nominations_url}\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n"
            "<p>You started a nomination to {call} but have not sent it yet:</p>\n{drafts}\n"
            '<p>The call closes at {closes_at}. <a href="{my_nominations_url}">Sign in to finish and send it</a>.</p>\n'
        ),
        placeholders=(
            Placeholder("name", "The nominator's name", lambda c: c["nominator"].get_full_name(), example="Sam Kaur"),
            Placeholder("call", "The call's title", lambda c: c["call"].title, example="Silver Linings"),
            Placeholder(
                "closes_at",
                "When the call closes",
                lambda c: govuk_datetime(c["call"].closes_at),
                example="5pm on 30 November 2020",
            ),
            Placeholder("drafts", "The titles of their drafts", _drafts_text, html=_drafts_html, example="- Idea"),
            Placeholder(
                "my_nominations_url",
                "The page listing their nominations",
                lambda c: settings.SITE_URL + reverse("calls:my_nominations"),
                example="https://…/nominations/",
            ),
        ),
        sample=_draft_sample,
    )
)


def _digest_text(context) -> str:
    parts = []
    for digest in context["calls"]:
        lines = [f"{digest.call.title}: {len(digest.new)} new, {digest.submitted} in all, {digest.drafts} drafts"]
        lines += [f"- {n.reference} {n.title} ({n.authority or 'no authority'})" for n in digest.new]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _digest_html(context):
    def one(digest):
        items = format_html_join(
            "", "<li>{} {} ({})</li>", ((n.reference, n.title, n.authority or "no authority") for n in digest.new)
        )
        return format_html(
            '<h2 style="font-size:24px;">{}</h2><p>{} new, {} in all, {} drafts</p><ul>{}</ul>',
            digest.call.title,
            len(digest.new),
            digest.submitted,
            digest.drafts,
            items,
        )

    return format_html_join("\n", "{}", ((one(digest),) for digest in context["calls"]))


def _failed_emails(context) -> str:
    failed = context["failed_emails"]
    if not failed:
        return "Every email went."
    return (
        f"{failed} email{'' if failed == 1 else 's'} could not be sent: {settings.SITE_URL}"
        + reverse("mail:outbox")
        + "?status=failed"
    )


def _digest_sample(user):
    from datetime import timedelta

    from django.utils import timezone

    from .digest import digest_for

    now = timezone.now()
    return {"person": user, "calls": digest_for(since=now - timedelta(days=1)), "failed_emails": 0, "date": now}


list_add("daily-digest", "the daily digest of new nominations")

register(
    EmailKind(
        key="calls/email/daily_digest",
        name="Daily digest",
        description="Sent each morning to the programme team: the nominations that came in since yesterday, and "
        "any email that could not be sent. Not sent on a day with nothing new.",
        subject="{service_name}: what came in on {date}",
        text=(
            "Hello {name},\n\nWhat came in since yesterday morning:\n\n{calls}\n\n{failed_emails}\n\n"
            "Stop getting this digest: {unsubscribe_url}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n<p>What came in since yesterday morning:</p>\n{calls}\n<p>{failed_emails}</p>\n"
            '<p style="font-size:16px;"><a href="{unsubscribe_url}">Stop getting this digest</a></p>\n'
        ),
        placeholders=(
            Placeholder("name", "The team member's name", lambda c: c["person"].get_full_name(), example="Rachel"),
            Placeholder("date", "Today's date", lambda c: govuk_date(c["date"]), example="30 November 2020"),
            Placeholder(
                "calls",
                "Each open call: how many nominations are new, in all and drafts, and the new ones",
                _digest_text,
                html=_digest_html,
                example="Silver Linings: 2 new, 40 in all, 6 drafts\n- SL-2020-0041 …",
            ),
            Placeholder(
                "failed_emails",
                "How many emails could not be sent since yesterday, with a link to them",
                _failed_emails,
                example="Every email went.",
            ),
        ),
        list_key="daily-digest",
        sample=_digest_sample,
    )
)
