"""The bulletin pages for the authorization matrix: public archive and subscribing for everyone, writing,
sending and the subscriber list for the programme team, a subscriber's choices only by their own link."""

from silverlinings.bulletins.subscriptions import CONFIRM_SALT
from tests.authorization.matrix import Entry, everyone, only, post_only
from tests.bulletins.factories import IssueFactory, ItemAttachmentFactory, ItemFactory, SubscriberFactory, sent_issue

TEAM = only("programme_team")
TEAM_POST = only("programme_team", status=302)


def draft(user):
    issue = IssueFactory()
    ItemFactory(issue=issue)
    return {"pk": issue.pk}


def published(user):
    issue = sent_issue()
    return {"slug": issue.publication.slug, "number": issue.number}


def published_item(user):
    issue = sent_issue()
    return {"slug": issue.publication.slug, "number": issue.number, "item": issue.items.get().slug}


def item(user):
    return {"pk": ItemFactory().pk}


def attachment(user):
    return {"pk": ItemAttachmentFactory().pk}


def reminder(user):
    from silverlinings.bulletins.models import Reminder

    earlier = ItemFactory(carry_forward_weeks=2)
    later = IssueFactory(date=earlier.issue.date.replace(day=earlier.issue.date.day + 7))
    return {"pk": Reminder.objects.create(issue=later, item=earlier).pk}


def subscriber_token(user):
    return {"token": SubscriberFactory().token}


def confirm_token(user):
    from django.core import signing

    subscriber = SubscriberFactory(confirmed_at=None)
    return {"token": signing.dumps({"s": subscriber.pk, "p": [], "n": []}, salt=CONFIRM_SALT, compress=True)}


ENTRIES = {
    "bulletins:archive": Entry(everyone()),
    "bulletins:publication": Entry(everyone(), kwargs=lambda user: {"slug": "update"}),
    "bulletins:feed": Entry(everyone(), kwargs=lambda user: {"slug": "update"}),
    "bulletins:issue_detail": Entry(everyone(), kwargs=published),
    "bulletins:item_detail": Entry(everyone(), kwargs=published_item),
    "bulletins:resources": Entry(everyone()),
    # An empty form gets the page again with its errors.
    "bulletins:subscribe": Entry(everyone(), post=everyone()),
    "bulletins:subscribe_confirm": Entry(everyone(), kwargs=confirm_token, post=everyone(302), post_data={}),
    "bulletins:preferences": Entry(everyone(), kwargs=subscriber_token, post=everyone(302), post_data={}),
    # Only the provider, with its token; without a token set, the address does not exist.
    "bulletins:delivery_status": Entry(everyone(405), post=everyone(404)),
    "bulletins:manage": Entry(TEAM),
    "bulletins:resources_manage": Entry(TEAM, post=TEAM),
    "bulletins:subscriber_list": Entry(TEAM),
    "bulletins:subscribers_import": Entry(TEAM, post=TEAM),
    "bulletins:subscribers_export": Entry(TEAM),
    "bulletins:issue_create": Entry(post_only(), kwargs=lambda user: {"slug": "update"}, post=TEAM_POST),
    "bulletins:issue_import": Entry(TEAM, kwargs=lambda user: {"slug": "update"}, post=TEAM),
    "bulletins:issue_manage": Entry(TEAM, kwargs=draft),
    "bulletins:issue_edit": Entry(TEAM, kwargs=draft, post=TEAM),
    "bulletins:item_add": Entry(TEAM, kwargs=draft, post=TEAM),
    "bulletins:item_edit": Entry(TEAM, kwargs=item, post=TEAM),
    "bulletins:item_remove": Entry(TEAM, kwargs=item, post=TEAM_POST),
    "bulletins:item_move": Entry(post_only(), kwargs=item, post=TEAM_POST, post_data={"direction": "up"}),
    "bulletins:reminder_remove": Entry(post_only(), kwargs=reminder, post=TEAM_POST),
    "bulletins:item_attachment_remove": Entry(post_only(), kwargs=attachment, post=TEAM_POST),
    "bulletins:issue_preview": Entry(TEAM, kwargs=draft),
    "bulletins:issue_preview_text": Entry(TEAM, kwargs=draft),
    "bulletins:issue_test": Entry(post_only(), kwargs=draft, post=TEAM_POST),
    # An empty form gets the page again with its errors.
    "bulletins:issue_send": Entry(TEAM, kwargs=draft, post=TEAM),
    "bulletins:issue_send_cancel": Entry(post_only(), kwargs=draft, post=TEAM_POST),
}
