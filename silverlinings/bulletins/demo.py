"""Two publications with a few issues: update 429 imported from its published text, last week's update with
an item still to act on, this week's draft that carries it forward, a newsletter, and subscribers."""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.selectors import members_of
from silverlinings.directory.models import Contact, Network, NetworkMeeting

from . import services, subscriptions
from .imports import issue_import
from .models import Issue, Item, Publication, Resource, Section, Subscriber
from .parsing import update_parse

IMPORTED = Path(__file__).resolve().parent / "demo_data" / "update-429-2020-11-13.txt"
RESOURCES = [
    ("Keeping children safe in education 2026", "Department for Education", 40, "https://www.gov.uk/"),
    ("Annual report of His Majesty's Chief Inspector", "Ofsted", 20, "https://www.gov.uk/"),
    ("Working together to safeguard children", "Department for Education", 5, "https://www.gov.uk/"),
]
MEETINGS = [("AD Education Network", 9), ("SEND SE19 Network", 16), ("QA Network (QA Leads)", 30)]
READERS = ["head.of.service@example.org", "social.worker@example.org", "early.help@example.org"]


def load(*, stdout, password: str) -> None:
    team = members_of(role=MembershipRole.PROGRAMME_TEAM).order_by("pk").first()
    update, newsletter = Publication.objects.get(slug="update"), Publication.objects.get(slug="newsletter")
    if not update.issues.filter(number=429).exists():
        issue_import(publication=update, parsed=update_parse(IMPORTED.read_text(encoding="utf-8")), by=team)
    today = timezone.localdate()
    _registers(today)
    if not update.issues.filter(number=452).exists():
        _last_week(update, team, today)
    if not update.issues.filter(number=453).exists():
        services.issue_create(publication=update, by=team, on=today, number=453)
    if not newsletter.issues.exists():
        _newsletter(newsletter, team, today)
    _subscribers(update, newsletter)
    stdout.write(
        f"Bulletins: {Issue.objects.count()} issues, {Subscriber.objects.count()} subscribers "
        f"(UPDATE NO 453 is a draft with its reminders carried forward)."
    )


def _registers(today) -> None:
    for title, publisher, days_ago, url in RESOURCES:
        Resource.objects.get_or_create(
            title=title, defaults={"publisher": publisher, "published_on": today - timedelta(days=days_ago), "url": url}
        )
    for name, days_ahead in MEETINGS:
        network = Network.objects.filter(name=name).first()
        if network:
            contact = Contact.objects.filter(networks=network).first()
            NetworkMeeting.objects.get_or_create(
                network=network,
                date=today + timedelta(days=days_ahead),
                defaults={"details": "10am to 12pm, online", "more_information_from": contact},
            )


def _last_week(update: Publication, team, today) -> None:
    issue = services.issue_create(publication=update, by=team, on=today - timedelta(days=7), number=452)
    services.item_save(
        item=Item(issue=issue),
        by=team,
        headline="Last call for Silver Linings suggestions",
        body="The call for evidence closes soon. Tell us about the innovations of the last year that will stay.",
        action_required="Send your nominations through the Silver Linings pages before the call closes.",
        deadline=today + timedelta(days=10),
    )
    services.item_save(
        item=Item(issue=issue),
        by=team,
        headline="Social Work England: renew your registration",
        body="Social workers must renew their registration to keep using the protected title.",
        action_required="",
        carry_forward_weeks=1,
    )
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, published=True, sent_at=timezone.now())


def _newsletter(newsletter: Publication, team, today) -> None:
    issue = services.issue_create(
        publication=newsletter,
        by=team,
        on=today - timedelta(days=3),
        title=f"{today:%B %Y}",
        foreword="This month we look back on a year of **better ways of working** that will stay.",
        signatory_name="Alison Marsh",
        signatory_role="Director, South East Sector-Led Improvement Programme",
    )
    stories = [
        ("Project News", "Complex LAC project: the next phase", "Four authorities and three providers work together."),
        ("Other News", "Hybrid child protection conferences", "Families joined from home, and more of them came."),
    ]
    for section, headline, body in stories:
        services.item_save(
            item=Item(issue=issue, section=Section.objects.get(publication=newsletter, name=section)),
            by=team,
            headline=headline,
            body=body,
        )
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, published=True, sent_at=timezone.now())


def _subscribers(update: Publication, newsletter: Publication) -> None:
    for email in READERS:
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"confirmed_at": timezone.now(), "consent": "Demo data"}
        )
        if created:
            subscriber.publications.set([update, newsletter])
    if not Subscriber.objects.filter(email="left@example.org").exists():
        left = Subscriber.objects.create(email="left@example.org", confirmed_at=timezone.now(), consent="Demo data")
        left.publications.set([update])
        subscriptions.subscriber_unsubscribe(subscriber=left)
    Subscriber.objects.get_or_create(email="not.yet.confirmed@example.org")
