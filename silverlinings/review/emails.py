"""The emails review sends. The team may change their wording (Emails → Templates); the letter itself, for
each outcome, is written on each call's Letters page."""

from django.utils.html import format_html, format_html_join

from silverlinings.mail.catalogue import EmailKind, Placeholder, paragraphs_html, register


def _comments_text(context) -> str:
    comments = context.get("comments") or []
    if not comments:
        return ""
    heading = "What the editorial panel said\n-----------------------------\n\n"
    return heading + "\n\n".join(comments) + "\n"


def _comments_html(context):
    comments = context.get("comments") or []
    if not comments:
        return ""
    quotes = format_html_join(
        "",
        '<blockquote style="margin:0 0 16px;padding-left:12px;border-left:4px solid #b1b4b6;">{}</blockquote>',
        ((paragraphs_html(comment),) for comment in comments),
    )
    return format_html('<h2 style="font-size:24px;">What the editorial panel said</h2>{}', quotes)


def _sample(user):
    from .models import Decision, LetterTemplate
    from .services.decisions import DEFAULT_LETTERS, comments_for_nominator, letter_fill

    decision = Decision.objects.select_related("nomination__call", "nomination__nominator").first()
    if decision is None:
        return None
    nomination = decision.nomination
    saved = LetterTemplate.objects.filter(call=nomination.call, outcome=decision.outcome).first()
    subject, body = (saved.subject, saved.body) if saved else DEFAULT_LETTERS[decision.outcome]
    return {
        "nomination": nomination,
        "subject": letter_fill(subject, nomination),
        "body": letter_fill(body, nomination),
        "comments": comments_for_nominator(nomination),
    }


register(
    EmailKind(
        key="review/email/decision",
        name="Decision and letter of recognition",
        description="Sent to each nominator when the team releases the decisions, with their letter of "
        "recognition attached. The letter for each outcome is written on the call's Letters page.",
        subject="{letter_subject}",
        text="{letter}\n\n{panel_comments}\nYour reference: {reference}\n\n{partnership_name}\n",
        html=('{letter}\n{panel_comments}\n<p style="font-size:16px;color:#505a5f;">Your reference: {reference}</p>\n'),
        placeholders=(
            Placeholder(
                "letter_subject",
                "The subject of the letter for this outcome",
                lambda c: c["subject"],
                example="Your innovation has been selected for the Silver Linings showcase",
            ),
            Placeholder(
                "letter",
                "The letter for this outcome, as written on the call's Letters page",
                lambda c: c["body"],
                html=lambda c: paragraphs_html(c["body"]),
                example="Dear Sam Kaur,\n\nThank you for nominating …",
            ),
            Placeholder(
                "panel_comments",
                "The reviewers' comments for the nominator, under a heading (nothing when there are none)",
                _comments_text,
                html=_comments_html,
                example="What the editorial panel said\n…",
            ),
            Placeholder("reference", "The nomination's reference number", lambda c: c["nomination"].reference),
        ),
        sample=_sample,
    )
)
