"""The emails that chase a call: last call, unfinished drafts, the team's daily digest."""

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from silverlinings.core.formatting import govuk_date, govuk_datetime
from silverlinings.mail.catalogue import EmailKind, Placeholder, list_add, register


def _phone(context) -> str:
    call = context["call"]
    who = call.contact_name or "the programme manager"
    return f"{who} on {call.contact_phone}" if call.contact_phone else who


def _last_call_sample(user):
    from silverlinings.directory.models import Contact

    from ..models import Call

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
    from ..models import Nomination, NominationStatus

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

    from ..digest import digest_for

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
