"""Writes for accounts: sign-in links."""

from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from sesame.utils import get_query_string

from silverlinings.core.formatting import govuk_time
from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from .models import Membership, SignInLinkCount, User
from .selectors import forget_held

#: Links for one address asked for from one client (settings.SIGN_IN_LINK_LIMITS has them all).
LINK_LIMIT = settings.SIGN_IN_LINK_LIMITS["address_and_client"][0]


class TooManySignInLinks(Exception):
    """A limit on asking for sign-in links is reached; nothing was sent or created."""

    def __init__(self, retry_at: datetime):
        self.retry_at = retry_at
        super().__init__(
            f"You have asked for too many sign-in links. Try again after {govuk_time(retry_at)}. "
            "A link we have already sent you still works until it expires."
        )


def user_get_or_create_contributor(*, email: str, full_name: str = "") -> User:
    email = User.objects.normalize_email(email).strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, full_name=full_name)
    return user


def sign_in_link_url(*, user: User, next_url: str = "") -> str:
    """A link that signs a contributor in; for someone who signs in with a password, a link to the
    password page instead (a link that signed them in would bypass the password), or, while they have
    none, to the page where they set one. Made as the email is sent, never stored."""
    if user.signs_in_with_password and not user.password_chosen:
        return settings.SITE_URL + set_password_path(user)
    if user.signs_in_with_password:
        query = "?" + urlencode({"next": next_url}) if next_url else ""
        return f"{settings.SITE_URL}{reverse('accounts:staff_sign_in')}{query}"
    query = get_query_string(user)
    if next_url:
        query += "&" + urlencode({"next": next_url})
    return f"{settings.SITE_URL}{reverse('accounts:link_sign_in')}{query}"


def _count_one_more(*, key: str, limit: int, minutes: int) -> None:
    """Count one request under `key` in the current window, or raise when the limit is reached.

    The UPDATE only succeeds while the count is under the limit, and it locks the row: of many
    simultaneous requests, exactly as many as the limit allows get through.
    """
    window = timedelta(minutes=minutes)
    now = timezone.now()
    start = datetime.fromtimestamp(now.timestamp() // window.total_seconds() * window.total_seconds(), tz=now.tzinfo)
    try:
        with transaction.atomic():
            SignInLinkCount.objects.get_or_create(key=key, window_start=start)
    except IntegrityError:
        pass  # made at the same moment by another request
    counted = SignInLinkCount.objects.filter(key=key, window_start=start, count__lt=limit).update(count=F("count") + 1)
    if not counted:
        raise TooManySignInLinks(retry_at=start + window)


def _count_request(*, email: str, client: str) -> None:
    # The client's own limit first: a client over it uses up nothing that belongs to an address.
    limits = settings.SIGN_IN_LINK_LIMITS
    SignInLinkCount.objects.filter(window_start__lt=timezone.now() - timedelta(days=1)).delete()
    for kind, key in (("client", client), ("address_and_client", f"{email} {client}"), ("address", email)):
        limit, minutes = limits[kind]
        _count_one_more(key=f"{kind}:{key}", limit=limit, minutes=minutes)


@transaction.atomic
def sign_in_link_request(*, email: str, client: str, next_url: str = "") -> None:
    """Send a sign-in link to `email`, creating a contributor account for a new address.

    The answer to the person is the same whatever happens here, so the page never tells whether an
    address has an account. Staff, who sign in with a password, are sent a pointer to that page.
    Raises TooManySignInLinks, having changed nothing, when a limit for the address or for the
    client's address (`client`) is reached.
    """
    email = email.strip().lower()
    _count_request(email=email, client=client)
    user = user_get_or_create_contributor(email=email)
    if not user.is_active:
        return
    if user.signs_in_with_password:
        email_send(
            to=user.email,
            template="accounts/email/use_password",
            context={"user": user, "sign_in_url": sign_in_link_url(user=user, next_url=next_url)},
        )
        return
    email_send(
        to=user.email,
        template="accounts/email/sign_in_link",
        context={"user": user, "minutes": settings.SESAME_MAX_AGE // 60},
        sign_in_user=user,
        sign_in_next=next_url,
    )


def membership_grant(*, user: User, role: str, by: User | None, scope=None, authority=None) -> tuple[Membership, bool]:
    """Give `user` the `role` for `scope` (None: for everything). Giving it twice changes nothing."""
    from django.contrib.contenttypes.models import ContentType

    scope_fields = (
        {"scope_type": ContentType.objects.get_for_model(scope), "scope_id": scope.pk}
        if scope is not None
        else {"scope_type": None, "scope_id": None}
    )
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            user=user, role=role, **scope_fields, defaults={"authority": authority, "granted_by": by}
        )
        forget_held(user)
        if created:
            audit_record(
                actor=by,
                action="membership.granted",
                obj=user,
                data={"role": role, "scope": str(scope) if scope is not None else "", "membership": membership.pk},
            )
    return membership, created


def membership_revoke(*, membership: Membership, by: User | None) -> None:
    with transaction.atomic():
        audit_record(
            actor=by,
            action="membership.revoked",
            obj=membership.user,
            data={"role": membership.role, "scope": str(membership.scope or ""), "membership": membership.pk},
        )
        membership.delete()
        forget_held(membership.user)


def set_password_path(user: User) -> str:
    """The set-password page for `user`; the token stops working once a password is set."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("accounts:set_password", kwargs={"uidb64": uid, "token": default_token_generator.make_token(user)})


def person_invite(*, email: str, full_name: str, by: User, role: str = "", authority=None) -> User:
    """Add a person (or find them), give them `role` (none: a contributor) and email an invitation.

    The invitation's link is made as it is sent: for a role with a password, to the page where they set
    it; for a contributor, a sign-in link."""
    with transaction.atomic():
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User.objects.create_user(email=email, full_name=full_name, authority=authority)
        if role:
            membership_grant(user=user, role=role, by=by, authority=authority)
        audit_record(actor=by, action="person.invited", obj=user, data={"role": role})
        email_send(
            to=user.email,
            template="accounts/email/invitation",
            context={"user": user, "inviter": by},
            sign_in_user=user,
        )
    return user
