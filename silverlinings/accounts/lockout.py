"""Staff lockout after wrong passwords (django-axes), per account: see docs/decisions.

Two counts, each over the last AXES_COOLOFF_TIME hours:
- one account from one client address: locked for that address after AXES_FAILURE_LIMIT failures,
  so one guesser stops quickly while the account's owner, elsewhere, can still sign in;
- one account from anywhere: locked everywhere after SIGN_IN_FAILURES_PER_ACCOUNT failures, so
  guessing spread over many addresses stops too.
An address on its own is never locked: behind a proxy or in an authority's office, one address is
many people, and junk attempts must not lock them all out.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


def username_tried(request, credentials=None) -> str | None:
    """The email address typed into the staff sign-in form, the way accounts store it."""
    data = credentials if credentials is not None else getattr(request, "POST", {})
    username = data.get("username") if data else None
    return username.strip().lower() if username else None


class AccountLockoutHandler(AxesDatabaseHandler):
    """Reports the failures that count towards a lock, so that reaching either limit locks.

    Axes compares one number with AXES_FAILURE_LIMIT; the account's own limit is higher, so the
    handler answers the limit itself once the account has reached its own.
    """

    def get_failures(self, request, credentials=None) -> int:
        by_address, by_account = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        limit = settings.AXES_FAILURE_LIMIT
        if by_address >= limit or by_account >= settings.SIGN_IN_FAILURES_PER_ACCOUNT:
            return limit
        return by_address
