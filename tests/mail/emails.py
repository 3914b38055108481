"""Real records for every kind of email, with the characters that HTML escaping would spoil."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.calls.digest import digest_for
from silverlinings.calls.services.nominations import nomination_save_answers, nomination_start
from tests.accounts.factories import ContributorFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.directory.factories import ContactFactory

NAME = "Siobhán O'Neil & Co"
CALL = "Governors' training & support"
TITLE = "Children's & families' hub"


def every_email() -> dict[str, dict]:
    """email_send arguments (without `to`) for every kind of email, keyed by template."""
    user = ContributorFactory(full_name=NAME, email="siobhan@example.org")
    call = make_call(title=CALL, contact_name="Rachel O'Brien & team")
    nomination = submitted_nomination(call, nominator=user, title=TITLE)
    held = submitted_nomination(call, nominator=user, title=TITLE, what_you_did="We helped O'Neil Smith, aged 7.")
    draft = nomination_start(call=call, nominator=user, by=user)
    nomination_save_answers(nomination=draft, answers={"title": "Tom's & Jerry's idea"}, by=user)
    contact = ContactFactory(name="Pat O'Hara & Jo", authority=authority("E06000035"))
    letter = {
        "subject": f"Well done, {NAME}",
        "body": f"Dear {NAME},\n\nIt's selected & more.",
        "comments": ["Bold & brave"],
    }
    now = timezone.now()
    return {
        "accounts/email/sign_in_link": {"context": {"user": user, "minutes": 30}, "sign_in_user": user},
        "accounts/email/use_password": {"context": {"user": user}},
        "accounts/email/invitation": {"context": {"user": user, "inviter": user}, "sign_in_user": user},
        "calls/email/nomination_submitted": {"context": {"nomination": nomination}},
        "calls/email/nomination_keyed_in": {"context": {"nomination": nomination}, "sign_in_user": user},
        "calls/email/nomination_changed": {
            "context": {"nomination": nomination, "questions": ["The difference it made", CALL], "by": user}
        },
        "calls/email/personal_data_edit": {"context": {"nomination": held}, "sign_in_user": user},
        "calls/email/last_call": {"context": {"call": call, "contact": contact}},
        "calls/email/draft_reminder": {"context": {"call": call, "nominator": user, "drafts": [draft]}},
        "calls/email/daily_digest": {
            "context": {
                "person": user,
                "calls": digest_for(since=now - timedelta(days=1)),
                "failed_emails": 2,
                "date": now,
            },
            "list_key": "daily-digest",
        },
        "review/email/decision": {"context": {"nomination": nomination, **letter}},
        **_event_emails(),
        **_showcase_emails(user, nomination),
    }


def _showcase_emails(user, nomination) -> dict[str, dict]:
    from silverlinings.showcase.models import FactCheck, ImpactUpdate
    from silverlinings.showcase.services.commissions import commission_create
    from tests.accounts.factories import ProgrammeTeamFactory

    commission = commission_create(
        call=nomination.call,
        by=ProgrammeTeamFactory(),
        nomination=nomination,
        title=TITLE,
        brief="Tell it for managers & practitioners.",
        due_on=timezone.localdate() + timedelta(days=14),
        writer_email="writer.mail@example.org",
    )
    check = FactCheck.objects.create(commission=commission, checker=user, answer="approved")
    update = ImpactUpdate.objects.create(commission=commission, months=6, asked_to=user.email)
    writer = {"commission": commission, "user": user}
    return {
        "showcase/email/invitation": {"context": {**writer, "role": "writer"}, "sign_in_user": user},
        "showcase/email/due_reminder": {"context": writer},
        "showcase/email/overdue": {"context": writer},
        "showcase/email/fact_check": {"context": writer, "sign_in_user": user},
        "showcase/email/fact_check_answered": {"context": {"check": check}},
        "showcase/email/enquiry": {
            "context": {
                "commission": commission,
                "contact": {"name": NAME},
                "name": "Alex O'Reader",
                "email": "alex@example.org",
                "organisation": "Medway & partners",
                "message": "How's it going & what did it cost?",
            }
        },
        "showcase/email/impact_ask": {"context": {"update": update, "name": NAME, "commission": commission}},
    }


def _event_emails() -> dict[str, dict]:
    from silverlinings.events.services.workshops import Move
    from tests.events.factories import add_session, make_event, register

    event = make_event(title="Launch & workshops")
    registration = register(event, "siobhan@example.org", full_name=NAME)
    context = {"context": {"registration": registration}}
    family = add_session(event, TITLE, workshop=True, at_hour=11, capacity=5)
    hybrid = add_session(event, "Hybrid conferences & hubs", workshop=True, at_hour=11, capacity=5)
    moved = {"registration": registration, "moves": [Move(before=hybrid, after=family, rank=1)]}
    return {
        "events/email/confirmed": context,
        "events/email/waiting": context,
        "events/email/offer": context,
        "events/email/reminder": context,
        "events/email/joining": context,
        "events/email/materials": context,
        "events/email/message": {"context": {"registration": registration, "subject": CALL, "message": "It's & on"}},
        "events/email/workshop_moved": {"context": moved},
        "events/email/cancelled": {"context": {"registration": registration, "cancelled_by": "The programme team"}},
        "events/email/session_removed": {"context": {**moved, "removed": "Tom's & Jerry's workshop"}},
        "bulletins/email/issue": {"context": _bulletin_issue(), "list_key": "bulletins"},
        "bulletins/email/confirm_subscription": {
            "context": {"confirm_url": "https://example.org/confirm/abc/", "publications": TITLE}
        },
    }


def _bulletin_issue() -> dict:
    from silverlinings.bulletins.rendering import issue_email_context
    from tests.bulletins.factories import IssueFactory, ItemFactory

    issue = IssueFactory(number=452, title=CALL)
    ItemFactory(issue=issue, headline=TITLE, body=f"{NAME} writes & asks.", action_required="Reply by Friday's end.")
    return issue_email_context(issue)
