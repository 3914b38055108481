"""The emails the showcase sends. The team may change their wording (Emails → Templates)."""

from django.conf import settings
from django.urls import reverse

from silverlinings.mail.catalogue import EmailKind, Placeholder, register


def _greeting(context) -> str:
    user = context["user"]
    return f"Hello {user.full_name}" if user.full_name else "Hello"


def _sample(user):
    from .models import Commission

    commission = Commission.objects.order_by("pk").first()
    return {"commission": commission, "user": user, "role": "writer"} if commission else None


GREETING = Placeholder("greeting", "‘Hello’ and the person's name, when we know it", _greeting, example="Hello Morgan")
TITLE = Placeholder(
    "title", "The report's working title", lambda c: c["commission"].title, example="Hybrid conferences"
)
DUE = Placeholder(
    "due_on", "When the draft is due", lambda c: f"{c['commission'].due_on:%-d %B %Y}", example="14 January 2027"
)


def _url(name: str):
    return lambda c: settings.SITE_URL + reverse(name, kwargs={"pk": c["commission"].pk})


register(
    EmailKind(
        key="showcase/email/invitation",
        name="Showcase report commission",
        description="Sent to a report writer or designer when the team commissions them, with a sign-in link.",
        subject="You have been commissioned: {title}",
        text=(
            "{greeting},\n\n"
            "The programme team has commissioned you as the report {role} for the "
            "Silver Linings showcase report ‘{title}’.\n\n"
            "The brief:\n\n{brief}\n\n"
            "The draft is due on {due_on}.\n\n"
            "Sign in to your workspace, where the evidence sits beside the report:\n\n{link}\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n"
            "<p>The programme team has commissioned you as the report {role} for the "
            "Silver Linings showcase report ‘{title}’.</p>\n"
            "<p>The brief:</p>\n<p>{brief}</p>\n"
            "<p>The draft is due on {due_on}.</p>\n"
            '<p><a href="{link}">Sign in to your workspace</a>, where the evidence sits beside the report.</p>\n'
        ),
        placeholders=(
            GREETING,
            TITLE,
            DUE,
            Placeholder("role", "writer or designer", lambda c: c["role"], example="writer"),
            Placeholder("brief", "The team's brief", lambda c: c["commission"].brief, example="Tell the story of…"),
        ),
        required=("link",),
        signs_in=True,
        sample=_sample,
    )
)

register(
    EmailKind(
        key="showcase/email/due_reminder",
        name="Showcase report due soon",
        description="Sent to the writer a few days before their draft is due, while it is still being written.",
        subject="Your draft of ‘{title}’ is due on {due_on}",
        text=(
            "{greeting},\n\nThis is a reminder that your draft of the showcase report ‘{title}’ is due on {due_on}.\n\n"
            "Your workspace: {workspace_url}\n\n{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n<p>This is a reminder that your draft of the showcase report ‘{title}’ is due on "
            '{due_on}.</p>\n<p><a href="{workspace_url}">Go to your workspace</a></p>\n'
        ),
        placeholders=(
            GREETING,
            TITLE,
            DUE,
            Placeholder("workspace_url", "The writer's workspace", _url("showcase:workspace"), example="https://…"),
        ),
        sample=_sample,
    )
)

register(
    EmailKind(
        key="showcase/email/overdue",
        name="Showcase report overdue",
        description="Sent to the writer the day after their draft was due, if it is not in yet.",
        subject="Your draft of ‘{title}’ was due on {due_on}",
        text=(
            "{greeting},\n\nYour draft of the showcase report ‘{title}’ was due on {due_on}. If you need more time, "
            "reply to tell the programme team ({contact_email}).\n\nYour workspace: {workspace_url}\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n<p>Your draft of the showcase report ‘{title}’ was due on {due_on}. If you need more "
            "time, tell the programme team ({contact_email}).</p>\n"
            '<p><a href="{workspace_url}">Go to your workspace</a></p>\n'
        ),
        placeholders=(
            GREETING,
            TITLE,
            DUE,
            Placeholder("workspace_url", "The writer's workspace", _url("showcase:workspace"), example="https://…"),
        ),
        sample=_sample,
    )
)

register(
    EmailKind(
        key="showcase/email/fact_check",
        name="Check the facts of your showcase report",
        description="Sent to the nominators and contacts behind a report when the team sends the draft for a "
        "fact-check, with a sign-in link to it.",
        subject="Check the facts: ‘{title}’",
        text=(
            "{greeting},\n\nA writer has drafted a Silver Linings showcase report about your innovation, ‘{title}’. "
            "Before it is published, please read it and either approve it or suggest corrections, section by "
            "section:\n\n{link}\n\nNothing is published until the facts are agreed with you.\n\n{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n<p>A writer has drafted a Silver Linings showcase report about your innovation, "
            "‘{title}’. Before it is published, please read it and either approve it or suggest corrections, section "
            'by section.</p>\n<p><a href="{link}">Read the draft</a></p>\n'
            "<p>Nothing is published until the facts are agreed with you.</p>\n"
        ),
        placeholders=(GREETING, TITLE),
        required=("link",),
        signs_in=True,
        sample=_sample,
    )
)


def _check_sample(user):
    from .models import FactCheck

    check = FactCheck.objects.select_related("commission", "checker").first()
    return {"check": check} if check else None


register(
    EmailKind(
        key="showcase/email/fact_check_answered",
        name="A fact-check was answered",
        description="Sent to the programme team when someone of a nominating team approves a draft or suggests "
        "corrections.",
        subject="Fact-check of ‘{title}’: {answer}",
        text="{checker} answered the fact-check of ‘{title}’: {answer}.\n\n{commission_url}\n",
        html='<p>{checker} answered the fact-check of ‘{title}’: {answer}.</p>\n<p><a href="{commission_url}">See the '
        "commission</a></p>\n",
        placeholders=(
            Placeholder("title", "The report's title", lambda c: c["check"].commission.title),
            Placeholder("checker", "Who answered", lambda c: str(c["check"].checker)),
            Placeholder("answer", "Approved or corrections suggested", lambda c: c["check"].get_answer_display()),
            Placeholder(
                "commission_url",
                "The commission's page for the team",
                lambda c: (
                    settings.SITE_URL + reverse("showcase:commission_detail", kwargs={"pk": c["check"].commission_id})
                ),
            ),
        ),
        sample=_check_sample,
    )
)


def _enquiry_sample(user):
    from .models import Commission

    commission = Commission.objects.filter(status="published").first()
    if commission is None:
        return None
    return {
        "commission": commission,
        "contact": {"name": "Sam Kaur"},
        "name": "Alex Reader",
        "email": "alex@example.org",
        "organisation": "Medway Council",
        "message": "How did you train the chairs?",
    }


register(
    EmailKind(
        key="showcase/email/enquiry",
        name="A message about a showcase report",
        description="Sent to the contact behind a published innovation (only one who agreed to be contacted) when "
        "a reader writes to them from the report's page. The reader never sees the contact's address.",
        subject="A message about ‘{title}’",
        text=(
            "Hello {contact_name},\n\n{sender} wrote to you from the Silver Linings showcase report ‘{title}’:\n\n"
            "{message}\n\nTo reply, write to {sender_email}.\n\n{partnership_name}\n"
        ),
        html=(
            "<p>Hello {contact_name},</p>\n<p>{sender} wrote to you from the Silver Linings showcase report "
            "‘{title}’:</p>\n<blockquote>{message}</blockquote>\n<p>To reply, write to {sender_email}.</p>\n"
        ),
        placeholders=(
            Placeholder("title", "The report's title", lambda c: c["commission"].title),
            Placeholder("contact_name", "The contact's name", lambda c: c["contact"].get("name", "")),
            Placeholder(
                "sender",
                "Who wrote, with their organisation",
                lambda c: c["name"] + (f" ({c['organisation']})" if c["organisation"] else ""),
            ),
            Placeholder("sender_email", "The writer's email address", lambda c: c["email"]),
            Placeholder("message", "What they wrote", lambda c: c["message"]),
        ),
        sample=_enquiry_sample,
    )
)


def _impact_sample(user):
    from .models import ImpactUpdate

    update = ImpactUpdate.objects.select_related("commission").first()
    return {"update": update, "name": "Sam Kaur", "commission": update.commission} if update else None


register(
    EmailKind(
        key="showcase/email/impact_ask",
        name="Six and twelve months on",
        description="Sent to a published report's contact six and twelve months after publication, with a link to a "
        "short form: is the innovation still running, and what has changed? Their answer appears on the report.",
        subject="‘{title}’, {months} months on",
        text=(
            "Hello {name},\n\nIt is {months} months since the Silver Linings showcase published ‘{title}’. Is it still "
            "running, and what has changed since? Your answer appears on the report as a dated update, so that "
            "others can see how it went. It takes two minutes:\n\n{form_url}\n\n{partnership_name}\n"
        ),
        html=(
            "<p>Hello {name},</p>\n<p>It is {months} months since the Silver Linings showcase published ‘{title}’. "
            "Is it still running, and what has changed since? Your answer appears on the report as a dated update, "
            "so that others can see how it went. It takes two minutes.</p>\n"
            '<p><a href="{form_url}">Tell us how it went</a></p>\n'
        ),
        placeholders=(
            Placeholder("name", "The contact's name", lambda c: c["name"], example="Sam Kaur"),
            Placeholder("title", "The report's title", lambda c: c["commission"].title),
            Placeholder("months", "6 or 12", lambda c: str(c["update"].months), example="6"),
            Placeholder("form_url", "The short form", lambda c: _impact_url(c["update"]), example="https://…"),
        ),
        required=("form_url",),
        sample=_impact_sample,
    )
)


def _impact_url(update) -> str:
    from .impact import impact_form_url

    return impact_form_url(update)
