"""Every email the service sends, declared once by the app that sends it (in its `emails.py`).

An `EmailKind` names the email, offers its placeholders (each with a description for the team and the
function that reads its value from what the sender passes) and carries the default wording. The team
may change the wording (`MailTemplate`); the placeholders stay what the code offers.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import escape, linebreaks
from django.utils.safestring import SafeString, mark_safe

from silverlinings.core.formatting import govuk_duration

Context = dict


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str
    value: Callable[[Context], str]
    # The HTML part's value when it is not simply the escaped text (a list, a paragraph break).
    html: Callable[[Context], SafeString] | None = None
    example: str = ""


@dataclass(frozen=True)
class EmailKind:
    key: str  # what senders pass as `template`, e.g. "accounts/email/sign_in_link"
    name: str
    description: str
    subject: str
    text: str
    html: str
    placeholders: tuple[Placeholder, ...] = ()
    required: tuple[str, ...] = ()
    # The email carries a sign-in link, made on the worker as the message goes: offers {link}.
    signs_in: bool = False
    # The email goes to a list (see `list_add`): offers {unsubscribe_url}, which it must show.
    list_key: str = ""
    # Real data for a preview: a context like the one the sender passes, or None when there is none yet.
    sample: Callable[[object], Context | None] = field(default=lambda user: None)

    @property
    def slug(self) -> str:
        return self.key.replace("/email/", "-").replace("/", "-").replace("_", "-")

    @property
    def all_placeholders(self) -> tuple[Placeholder, ...]:
        link = (LINK, LINK_LIFETIME) if self.signs_in else ()
        unsubscribe = (UNSUBSCRIBE,) if self.list_key else ()
        return self.placeholders + link + unsubscribe + COMMON

    @property
    def required_placeholders(self) -> tuple[str, ...]:
        return self.required + (("unsubscribe_url",) if self.list_key else ())

    @property
    def placeholder_names(self) -> list[str]:
        return [placeholder.name for placeholder in self.all_placeholders]


def paragraphs_html(text: str) -> SafeString:
    """Plain text (typed by a person) as escaped HTML paragraphs."""
    return mark_safe(linebreaks(escape(text)))


LINK = Placeholder(
    "link",
    "The sign-in link. It is made when the email is sent, works once and is never stored.",
    lambda context: context["link"],
    example="https://silverlinings.example.org/sign-in/link/?token=…",
)
LINK_LIFETIME = Placeholder(
    "link_lifetime",
    "How long the sign-in link works, in words (from the sign-in link setting)",
    lambda context: govuk_duration(settings.SESAME_MAX_AGE),
    example="30 minutes",
)
UNSUBSCRIBE = Placeholder(
    "unsubscribe_url",
    "The page where the person can stop getting these emails",
    lambda context: context["unsubscribe_url"],
    example="https://…/email/unsubscribe/…/",
)
COMMON = (
    Placeholder("service_name", "The name of this service", lambda c: settings.SERVICE_NAME, example="Silver Linings"),
    Placeholder(
        "partnership_name",
        "The partnership's full name",
        lambda c: settings.PARTNERSHIP_NAME,
        example="South East Sector-Led Improvement Programme",
    ),
    Placeholder(
        "partnership_short_name",
        "The partnership's short name",
        lambda c: settings.PARTNERSHIP_SHORT_NAME,
        example="SESLIP",
    ),
    Placeholder("site_url", "The address of this service", lambda c: settings.SITE_URL, example="https://…"),
    Placeholder(
        "contact_email", "The programme team's email address", lambda c: settings.CONTACT_EMAIL, example="team@…"
    ),
)

_KINDS: dict[str, EmailKind] = {}
_LISTS: dict[str, str] = {}


def register(kind: EmailKind) -> EmailKind:
    _KINDS[kind.key] = kind
    return kind


def kind_for(key: str) -> EmailKind | None:
    return _KINDS.get(key)


def kind_for_slug(slug: str) -> EmailKind | None:
    return next((kind for kind in _KINDS.values() if kind.slug == slug), None)


def kinds() -> list[EmailKind]:
    return sorted(_KINDS.values(), key=lambda kind: kind.name)


def list_add(key: str, name: str) -> None:
    """A list people may leave from a link in its emails; `name` completes ‘You will no longer get …’."""
    _LISTS[key] = name


def list_name(key: str) -> str | None:
    return _LISTS.get(key)
