"""The emails accounts sends. The team may change their wording (Emails → Templates)."""

from django.conf import settings
from django.urls import reverse

from silverlinings.mail.catalogue import EmailKind, Placeholder, register


def _greeting(context) -> str:
    user = context["user"]
    return f"Hello {user.full_name}" if user.full_name else "Hello"


GREETING = Placeholder(
    "greeting", "‘Hello’ and the person's name, when we know it", _greeting, example="Hello Sam Kaur"
)

register(
    EmailKind(
        key="accounts/email/sign_in_link",
        name="Sign-in link",
        description="Sent when someone asks to sign in by email (contributors have no password).",
        subject="Your sign-in link for {service_name}",
        text=(
            "{greeting},\n\n"
            "Use this link to sign in to {service_name}:\n\n"
            "{link}\n\n"
            "The link works once and stops working after {link_lifetime}.\n\n"
            "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n"
            "<p>Use this link to sign in to {service_name}:</p>\n"
            '<p><a href="{link}">{link}</a></p>\n'
            "<p>The link works once and stops working after {link_lifetime}.</p>\n"
            "<p>If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.</p>\n"
        ),
        placeholders=(
            GREETING,
            Placeholder("minutes", "How many minutes the link works for", lambda c: str(c["minutes"]), example="30"),
        ),
        required=("link",),
        signs_in=True,
        sample=lambda user: {"user": user, "minutes": settings.SESAME_MAX_AGE // 60},
    )
)

register(
    EmailKind(
        key="accounts/email/use_password",
        name="Sign in with your password",
        description="Sent when a member of staff, who signs in with a password, asks for a sign-in link.",
        subject="Signing in to {service_name}",
        text=(
            "{greeting},\n\n"
            "Someone asked for a sign-in link for this address. Your account signs in with a password instead:\n\n"
            "{sign_in_url}\n\n"
            "If you did not ask, you can ignore this email.\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n"
            "<p>Someone asked for a sign-in link for this address. Your account signs in with a password instead:</p>\n"
            '<p><a href="{sign_in_url}">{sign_in_url}</a></p>\n'
            "<p>If you did not ask, you can ignore this email.</p>\n"
        ),
        placeholders=(
            GREETING,
            Placeholder(
                "sign_in_url",
                "The staff sign-in page, or the page to choose a password for someone who has none yet",
                lambda c: c.get("sign_in_url") or settings.SITE_URL + reverse("accounts:staff_sign_in"),
                example="https://…/staff/sign-in/",
            ),
        ),
        sample=lambda user: {"user": user},
    )
)

register(
    EmailKind(
        key="accounts/email/invitation",
        name="Invitation",
        description="Sent when the programme team invites someone. The link sets a password for a role that "
        "signs in with one, and signs a contributor in.",
        subject="You are invited to {service_name}",
        text=(
            "{greeting},\n\n"
            "{inviter} has invited you to {service_name}, from the {partnership_name}.\n\n"
            "Use this link to start:\n\n"
            "{link}\n\n"
            "If you have a role on the programme or the editorial panel, the link lets you choose your password; "
            "you then sign in with your email address and that password.\n\n"
            "{partnership_name}\n"
        ),
        html=(
            "<p>{greeting},</p>\n"
            "<p>{inviter} has invited you to {service_name}, from the {partnership_name}.</p>\n"
            '<p>Use this link to start: <a href="{link}">{link}</a></p>\n'
            "<p>If you have a role on the programme or the editorial panel, the link lets you choose your password; "
            "you then sign in with your email address and that password.</p>\n"
        ),
        placeholders=(
            GREETING,
            Placeholder("inviter", "Who invited them", lambda c: c["inviter"].get_full_name(), example="Rachel Thorne"),
        ),
        required=("link",),
        signs_in=True,
        sample=lambda user: {"user": user, "inviter": user},
    )
)
