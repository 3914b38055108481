"""Writes for accounts: sign-in links."""

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from sesame.utils import get_query_string

from silverlinings.mail.selectors import messages_recent_count
from silverlinings.mail.services import email_send

from .models import Role, User

#: At most this many sign-in emails to one address in LINK_WINDOW, so the form cannot flood an inbox.
LINK_LIMIT = 5
LINK_WINDOW = timedelta(minutes=15)


def user_get_or_create_contributor(*, email: str, full_name: str = "") -> User:
    email = User.objects.normalize_email(email).strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, full_name=full_name, role=Role.CONTRIBUTOR)
    return user


def sign_in_link_url(*, user: User, next_url: str = "") -> str:
    query = get_query_string(user)
    if next_url:
        query += "&" + urlencode({"next": next_url})
    return f"{settings.SITE_URL}{reverse('accounts:link_sign_in')}{query}"


@transaction.atomic
def sign_in_link_request(*, email: str, next_url: str = "") -> None:
    """Send a sign-in link to `email`, creating a contributor account for a new address.

    The answer to the person is the same whatever happens here, so the page never tells whether an
    address has an account. Staff, who sign in with a password, are sent a pointer to that page.
    """
    email = email.strip().lower()
    recent = messages_recent_count(to=email, template_prefix="accounts/email/", since=timezone.now() - LINK_WINDOW)
    if recent >= LINK_LIMIT:
        return
    user = user_get_or_create_contributor(email=email)
    if not user.is_active:
        return
    if user.signs_in_with_password:
        email_send(
            to=user.email,
            template="accounts/email/use_password",
            context={"user": user, "sign_in_url": settings.SITE_URL + reverse("accounts:staff_sign_in")},
        )
        return
    email_send(
        to=user.email,
        template="accounts/email/sign_in_link",
        context={"user": user, "minutes": settings.SESAME_MAX_AGE // 60},
        sign_in_user=user,
        sign_in_next=next_url,
    )
