"""The emails events sends. The team may change their wording (Emails → Templates)."""

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from silverlinings.core.formatting import govuk_datetime, govuk_time
from silverlinings.mail.catalogue import EmailKind, Placeholder, register


def _registration(context):
    return context["registration"]


NO_WORKSHOPS = "Workshop places are given out before the event; you will see yours on your page."


NO_PLACE = "You have no workshop place."


def _workshop_lines(context) -> list[str]:
    """The places they hold, then the workshops whose line they wait in, as their own page shows them."""
    from .selectors import lines_of, workshop_places_of

    registration = _registration(context)
    places = workshop_places_of(registration)
    held = [f"{place.session.title}, {govuk_datetime(place.session.starts_at)}" for place in places]
    waiting = [
        f"Waiting for a place in {line.choice.session.title}, {_ordinal(line.position)} in line, "
        f"{govuk_datetime(line.choice.session.starts_at)}"
        for slot_lines in lines_of(registration).values()
        for line in slot_lines
    ]
    return held + waiting


def _no_workshops(context) -> str:
    return NO_PLACE if _registration(context).event.allocated_at else NO_WORKSHOPS


def _workshops(context) -> str:
    return "\n".join(f"- {line}" for line in _workshop_lines(context)) or _no_workshops(context)


def _workshops_html(context):
    lines = _workshop_lines(context)
    if not lines:
        return format_html("{}", _no_workshops(context))
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines)))


REGISTRATION = (
    Placeholder("name", "The registrant's name", lambda c: _registration(c).full_name, example="Sam Kaur"),
    Placeholder("event", "The event's title", lambda c: _registration(c).event.title, example="Silver Linings launch"),
    Placeholder(
        "starts_at",
        "When the event starts",
        lambda c: govuk_datetime(_registration(c).event.starts_at),
        example="10am on 2 March 2021",
    ),
    Placeholder(
        "registration_url",
        "The registrant's own page, where they change workshops or cancel (no sign-in needed)",
        lambda c: settings.SITE_URL + _registration(c).get_absolute_url(),
        example="https://…/events/registration/…/",
    ),
    Placeholder(
        "workshops",
        "The workshops they have a place in, and those they wait for a place in",
        _workshops,
        html=_workshops_html,
        example="- Family time by video, 11am",
    ),
    Placeholder(
        "offer_expires_at",
        "Until when an offered place is held",
        lambda c: govuk_datetime(_registration(c).offer_expires_at),
        example="5pm on 1 March 2021",
    ),
    Placeholder(
        "joining_url",
        "The registrant's personal joining link (its page has a button that records attendance and forwards to the "
        "platform)",
        lambda c: settings.SITE_URL + reverse("events:join", kwargs={"token": _registration(c).joining_token}),
        example="https://…/events/join/…/",
    ),
    Placeholder(
        "platform", "The online platform", lambda c: _registration(c).event.platform, example="Microsoft Teams"
    ),
)


def _ordinal(rank: int) -> str:
    from django.contrib.humanize.templatetags.humanize import ordinal

    return str(ordinal(rank))


def _move_line(move) -> str:
    """One slot's change: "11am: Family time by video, your 1st choice (instead of Hybrid conferences)"."""
    at = govuk_time((move.after or move.before).starts_at)
    before = f"instead of {move.before.title}" if move.before else "you had no workshop then"
    if move.after is None:
        return f"{at}: no workshop for now, as none of your other choices then has a place left ({before})"
    return f"{at}: {move.after.title}, your {_ordinal(move.rank)} choice ({before})"


def _moves(context) -> list[str]:
    return [_move_line(move) for move in context.get("moves", [])]


def _list_html(lines: list[str]):
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines)))


WORKSHOPS_URL = Placeholder(
    "workshops_url",
    "The registrant's page to change their workshop choices (no sign-in needed)",
    lambda c: settings.SITE_URL + reverse("events:workshops_change", kwargs={"token": _registration(c).token}),
    example="https://…/events/registration/…/workshops/",
)
MOVES = Placeholder(
    "changes",
    "What changed in their workshops, one slot a line",
    lambda c: "\n".join(f"- {line}" for line in _moves(c)),
    html=lambda c: _list_html(_moves(c)),
    example="- 11am: Family time by video, your 1st choice (instead of Hybrid conferences)",
)


def _latest(user):
    from .models import Registration

    return {"registration": registration} if (registration := Registration.objects.order_by("-pk").first()) else None


def _kind(key, name, description, subject, body, required=("registration_url",), extra=()):
    paragraphs = body.strip().split("\n\n")
    html = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    register(
        EmailKind(
            key=key,
            name=name,
            description=description,
            subject=subject,
            text=body.strip() + "\n\n{partnership_name}\n",
            html=html,
            placeholders=REGISTRATION + tuple(extra),
            required=required,
            sample=_latest,
        )
    )


_kind(
    "events/email/confirmed",
    "Event registration confirmed",
    "Sent when someone registers (or changes their registration, or takes an offered place), with the event "
    "in a calendar file.",
    "You are registered: {event}",
    "Hello {name},\n\nYou are registered for {event}, starting at {starts_at}. The calendar file attached adds it "
    "to your calendar.\n\nYour workshops:\n{workshops}\n\nYou will get the joining details by email shortly before "
    "the start.\n\nTo change your workshops or cancel (which gives your place to someone waiting): "
    "{registration_url}",
)
_kind(
    "events/email/waiting",
    "Event waiting list",
    "Sent when someone registers and there is no place open to them: they are on the waiting list.",
    "You are on the waiting list: {event}",
    "Hello {name},\n\nAll the places open to you at {event} are taken, so you are on the waiting list. When a place "
    "frees up we will email you and hold it for you for a while.\n\nTo leave the waiting list or change your "
    "details: {registration_url}",
)
_kind(
    "events/email/offer",
    "Event place offered",
    "Sent to the next person on the waiting list when a place frees up.",
    "A place for you: {event}",
    "Hello {name},\n\nA place at {event} ({starts_at}) is free and we are holding it for you until "
    "{offer_expires_at}. To take it: {registration_url}\n\nIf you do not take it by then, it goes to the next "
    "person waiting.",
)
_kind(
    "events/email/reminder",
    "Event reminder",
    "Sent to everyone registered a day before the event.",
    "Tomorrow: {event}",
    "Hello {name},\n\nA reminder that {event} starts at {starts_at}.\n\nYour workshops:\n{workshops}\n\nThe joining "
    "details come by email shortly before the start.\n\nIf you can no longer come, please cancel so someone "
    "waiting can have your place: {registration_url}",
)
_kind(
    "events/email/joining",
    "Event joining details",
    "Sent to everyone registered shortly before the start, with their personal joining link.",
    "Joining details: {event}",
    "Hello {name},\n\n{event} starts at {starts_at} on {platform}. Join with your personal link (please do not share "
    "it: it is yours):\n\n{joining_url}\n\nYour workshops:\n{workshops}",
    required=("joining_url",),
)
_kind(
    "events/email/message",
    "Message to event registrants",
    "A message the programme team writes to everyone registered, or to one workshop.",
    "{subject}",
    "Hello {name},\n\n{message}\n\nYour registration: {registration_url}",
    extra=(
        Placeholder("subject", "The message's subject", lambda c: c.get("subject", ""), example="Slides"),
        Placeholder("message", "The message the team wrote", lambda c: c.get("message", ""), example="…"),
    ),
)
_kind(
    "events/email/materials",
    "Event recordings and materials",
    "Sent by the programme team after the event to everyone who came: recordings, slides, the showcase pack, "
    "the feedback form and the certificate of attendance.",
    "Thank you for coming: {event}",
    "Hello {name},\n\nThank you for coming to {event}. The recordings, slides and the showcase pack:\n\n"
    "{materials}\n\nPlease tell us what you thought, and download your certificate of attendance for your "
    "professional development records, from your page: {registration_url}",
    extra=(
        Placeholder(
            "materials",
            "The recordings and materials the team listed on the event",
            lambda c: _registration(c).event.recordings,
            example="Recording: https://…",
        ),
    ),
)
_kind(
    "events/email/workshop_moved",
    "Event workshop place freed for you",
    "Sent when a place frees in a workshop someone ranked above the one they had, and they are moved into it "
    "(they were first in its line).",
    "Your workshops have changed: {event}",
    "Hello {name},\n\nA place came free in a workshop you ranked higher than the one you had, so it is yours "
    "now:\n\n{changes}\n\nAny place you had instead has gone to the next person waiting for it. To choose again: "
    "{workshops_url}\n\nYour registration: {registration_url}",
    required=("workshops_url",),
    extra=(WORKSHOPS_URL, MOVES),
)
REGISTER_AGAIN = {
    "place": "If you can come after all, register again with the same email address: registration is open and "
    "there is a place for you now. {url}",
    "waiting": "If you can come after all, register again with the same email address: registration is open, but "
    "no place is free for you now, so you would join the waiting list. {url}",
    "closed": "Registration has closed, so you cannot register again. If you can come after all, email the "
    "programme team at {contact}.",
}


def _register_url(context) -> str:
    return settings.SITE_URL + reverse("events:register", kwargs={"slug": _registration(context).event.slug})


def _register_again(context) -> str:
    """Whether they can register again, as it was when the registration was cancelled (the service says)."""
    state = context.get("register_again") or ("place" if _registration(context).event.registration_open else "closed")
    return REGISTER_AGAIN[state].format(url=_register_url(context), contact=settings.CONTACT_EMAIL)


_kind(
    "events/email/cancelled",
    "Event registration cancelled",
    "Sent when a registration is cancelled: by the person, by their authority's events coordinator or by the "
    "programme team. Says who cancelled and whether they can register again.",
    "Your registration is cancelled: {event}",
    "Hello {name},\n\n{cancelled_by} cancelled your registration for {event} ({starts_at}).\n\n{register_again}",
    required=("register_again",),
    extra=(
        Placeholder(
            "cancelled_by",
            "Who cancelled: “You”, their coordinator (by name) or “The programme team”",
            lambda c: c.get("cancelled_by", "You"),
            example="Jo Bloggs, who coordinates Kent County Council's places,",
        ),
        Placeholder(
            "register_again",
            "Whether they can register again when the email is sent (a place for them, the waiting list, or "
            "registration closed), with the link to the registration form when it is open",
            _register_again,
            example="If you can come after all, register again with the same email address: registration is open "
            "and there is a place for you now. https://…/events/launch/register/",
        ),
        Placeholder("register_url", "The event's registration form", _register_url, example="https://…/register/"),
    ),
)
_kind(
    "events/email/session_removed",
    "Event workshop taken out of the programme",
    "Sent to everyone who had a place in a workshop the programme team takes out of the programme.",
    "A workshop has changed: {event}",
    "Hello {name},\n\nWe are sorry: ‘{removed}’ is no longer part of {event}. In its place:\n\n{changes}\n\n"
    "To choose again: {workshops_url}\n\nYour registration: {registration_url}",
    required=("workshops_url",),
    extra=(
        WORKSHOPS_URL,
        MOVES,
        Placeholder("removed", "The workshop taken out", lambda c: c.get("removed", ""), example="Paperless working"),
    ),
)
