"""Sending an issue: once to each subscriber, scheduled or now, resumable, with a report."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from silverlinings.bulletins import sending
from silverlinings.bulletins.models import Delivery, Issue
from silverlinings.bulletins.subscriptions import delivery_problem_record
from silverlinings.jobs.models import Job
from silverlinings.jobs.services import jobs_run_due
from silverlinings.mail.models import Message
from silverlinings.mail.sending import outbox_send_due
from silverlinings.mail.services import list_leave, unsubscribe_url
from tests.bulletins.factories import IssueFactory, ItemFactory, SubscriberFactory, newsletter

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue():
    issue = IssueFactory(number=452, date=datetime.date(2021, 3, 4))
    ItemFactory(issue=issue, headline="Last call for Silver Linings suggestions", action_required="Nominate now.")
    return issue


def copies() -> dict[str, int]:
    found: dict[str, int] = {}
    for email in mail.outbox:
        for to in email.to:
            found[to] = found.get(to, 0) + 1
    return found


def test_the_team_sends_now_and_every_subscriber_gets_one_copy(client_for, issue):
    readers = [SubscriberFactory().email for _ in range(3)]
    SubscriberFactory(confirmed_at=None)  # never confirmed
    SubscriberFactory(unsubscribed_at=timezone.now())
    SubscriberFactory(publications=[newsletter()])  # another publication
    SubscriberFactory(bounces=3)
    team = client_for("programme_team")
    response = team.post(reverse("bulletins:issue_send", kwargs={"pk": issue.pk}), {"when": "now"})
    assert response["Location"] == reverse("bulletins:issue_manage", kwargs={"pk": issue.pk})
    assert jobs_run_due() == 1
    outbox_send_due(limit=100)
    assert copies() == dict.fromkeys(readers, 1)
    issue.refresh_from_db()
    assert (issue.status, issue.published, issue.recipients_total) == (Issue.Status.SENT, True, 3)
    email = mail.outbox[0]
    assert email.subject == "UPDATE NO 452 – 4 March 2021"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["List-Unsubscribe"].startswith("<http://testserver/email/unsubscribe/")
    assert "LAST CALL FOR SILVER LININGS SUGGESTIONS" in email.body
    assert "Action Required: Nominate now." in email.body
    assert "Last call for Silver Linings suggestions</h2>" in email.alternatives[0][0]


def test_a_second_press_sends_nothing_twice(client_for, issue):
    SubscriberFactory()
    team = client_for("programme_team")
    team.post(reverse("bulletins:issue_send", kwargs={"pk": issue.pk}), {"when": "now"})
    jobs_run_due()
    response = team.post(reverse("bulletins:issue_send", kwargs={"pk": issue.pk}), {"when": "now"}, follow=True)
    assert "UPDATE NO 452 is already sent" in response.content.decode()
    with pytest.raises(ValidationError):
        sending.issue_send_request(issue=issue, by=team.user)
    assert Message.objects.filter(template="bulletins/email/issue").count() == 1
    assert sending.issue_deliver(issue_id=issue.pk).startswith("Nothing to send")


def test_an_issue_scheduled_for_later_goes_at_its_time_and_can_be_stopped_before(client_for, issue):
    SubscriberFactory()
    team = client_for("programme_team")
    later = timezone.now() + datetime.timedelta(days=2)
    local = timezone.localtime(later)
    team.post(
        reverse("bulletins:issue_send", kwargs={"pk": issue.pk}),
        {"when": "at", "at_0": local.day, "at_1": local.month, "at_2": local.year, "at_3": f"{local:%H:%M}"},
    )
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SCHEDULED
    assert jobs_run_due() == 0
    assert jobs_run_due(now=later + datetime.timedelta(minutes=1)) == 1
    assert Delivery.objects.filter(issue=issue).count() == 1


def test_stopping_a_scheduled_send_makes_it_a_draft_again(client_for, issue):
    team = client_for("programme_team")
    sending.issue_send_request(issue=issue, by=team.user, at=timezone.now() + datetime.timedelta(days=1))
    team.post(reverse("bulletins:issue_send_cancel", kwargs={"pk": issue.pk}))
    issue.refresh_from_db()
    assert issue.status == Issue.Status.DRAFT
    assert Job.objects.get(key=f"bulletin-issue:{issue.pk}").status == Job.Status.CANCELLED


def test_a_send_that_stopped_half_way_carries_on_without_sending_twice(issue, programme_team):
    subscribers = [SubscriberFactory() for _ in range(5)]
    sending.issue_send_request(issue=issue, by=programme_team)
    started = sending._start(issue.pk)
    # The worker queued two copies, then died.
    sending._deliver_chunk(started, subscribers[:2], sending.IssueEmail(started))
    sending.issue_deliver(issue_id=issue.pk)
    assert sorted(Delivery.objects.values_list("subscriber_id", flat=True)) == [s.pk for s in subscribers]
    assert Message.objects.filter(template="bulletins/email/issue").count() == 5


def test_someone_who_leaves_between_chunks_is_skipped_and_the_rest_get_one_copy_each(issue, programme_team):
    subscribers = [SubscriberFactory() for _ in range(5)]
    sending.issue_send_request(issue=issue, by=programme_team)
    started = sending._start(issue.pk)
    assert sending._deliver_chunk(started, subscribers[:2], sending.IssueEmail(started)) == 2
    list_leave(email=subscribers[2].email, list_key="bulletins")
    sending.issue_deliver(issue_id=issue.pk)
    expected = [subscribers[n].email for n in (0, 1, 3, 4)]
    assert list(Message.objects.order_by("pk").values_list("to", flat=True)) == expected
    deliveries = Delivery.objects.order_by("pk").values_list("subscriber__email", "message__to")
    assert list(deliveries) == [(email, email) for email in expected]


def test_a_chunk_run_again_makes_no_second_copy_or_delivery(issue, programme_team):
    subscribers = [SubscriberFactory() for _ in range(3)]
    sending.issue_send_request(issue=issue, by=programme_team)
    started = sending._start(issue.pk)
    context = sending.IssueEmail(started)
    assert sending._deliver_chunk(started, subscribers, context) == 3
    with pytest.raises(IntegrityError):
        sending._deliver_chunk(started, subscribers, context)
    assert (Message.objects.count(), Delivery.objects.count()) == (3, 3)


def test_each_copy_has_the_subscribers_own_preferences_and_unsubscribe_links(issue, programme_team):
    first, second = SubscriberFactory(), SubscriberFactory()
    sending.issue_send_request(issue=issue, by=programme_team)
    jobs_run_due()
    for subscriber in (first, second):
        text = Message.objects.get(to=subscriber.email).body_text
        assert f"Change what you get: http://testserver/bulletins/preferences/{subscriber.token}/\n" in text
        assert f"Unsubscribe: {unsubscribe_url(email=subscriber.email, list_key='bulletins')}\n" in text


def test_someone_who_left_from_the_link_gets_nothing(issue, programme_team):
    stays, leaves = SubscriberFactory(), SubscriberFactory()
    list_leave(email=leaves.email, list_key="bulletins")
    sending.issue_send_request(issue=issue, by=programme_team)
    jobs_run_due()
    assert list(Message.objects.values_list("to", flat=True)) == [stays.email]


def test_an_address_that_keeps_bouncing_stops_receiving(issue, programme_team):
    bouncing = SubscriberFactory()
    for _ in range(3):
        delivery_problem_record(email=bouncing.email.upper(), kind="bounce")
    assert sending.recipients(issue).count() == 0


def test_a_complaint_unsubscribes_at_once():
    subscriber = SubscriberFactory()
    delivery_problem_record(email=subscriber.email, kind="complaint")
    subscriber.refresh_from_db()
    assert (subscriber.complaints, subscriber.unsubscribed_at is not None) == (1, True)


def test_the_report_after_counts_sent_and_failed(issue, programme_team):
    SubscriberFactory(), SubscriberFactory()
    sending.issue_send_request(issue=issue, by=programme_team)
    jobs_run_due()
    first, second = Message.objects.order_by("pk")
    Message.objects.filter(pk=first.pk).update(status=Message.Status.SENT)
    Message.objects.filter(pk=second.pk).update(status=Message.Status.FAILED)
    issue.refresh_from_db()
    assert sending.send_report(issue) == sending.Report(sent=1, waiting=0, failed=1, bounced=0, not_sent=0)
    assert sending.send_progress(issue).text == "1 of 2 subscribers sent"


def test_a_test_goes_to_the_person_asking_only(client_for, issue):
    SubscriberFactory()
    team = client_for("programme_team")
    team.post(reverse("bulletins:issue_test", kwargs={"pk": issue.pk}))
    assert list(Message.objects.values_list("to", flat=True)) == [team.user.email]
    assert Delivery.objects.count() == 0


def test_the_preview_is_the_email_exactly_as_sent(client_for, issue):
    team = client_for("programme_team")
    html = team.get(reverse("bulletins:issue_preview", kwargs={"pk": issue.pk})).content.decode()
    text = team.get(reverse("bulletins:issue_preview_text", kwargs={"pk": issue.pk})).content.decode()
    assert html.startswith("<!DOCTYPE html>")
    assert "UPDATE NO 452</h1>" in html
    assert text.startswith("Subject: UPDATE NO 452 – 4 March 2021\n\nUPDATE NO 452\n4 March 2021")


def test_an_issue_with_no_items_is_not_sent(client_for):
    issue = IssueFactory()
    team = client_for("programme_team")
    response = team.post(reverse("bulletins:issue_send", kwargs={"pk": issue.pk}), {"when": "now"}, follow=True)
    assert f"{issue.masthead} has no items yet" in response.content.decode()


def test_the_team_previews_the_issue_email_wording_with_the_latest_issue(client_for, issue):
    team = client_for("programme_team")
    page = team.get(reverse("mail:template_edit", kwargs={"slug": "bulletins-issue"})).content.decode()
    assert "With real data" in page
    assert "LAST CALL FOR SILVER LININGS SUGGESTIONS" in page


def test_a_copy_the_mail_server_refused_for_good_counts_as_a_bounce_once(issue, programme_team):
    from silverlinings.bulletins.subscriptions import bounces_record

    subscriber = SubscriberFactory()
    sending.issue_send_request(issue=issue, by=programme_team)
    jobs_run_due()
    Message.objects.update(status=Message.Status.FAILED, error="SMTPRecipientsRefused: {'x': (550, b'No such user')}")
    assert bounces_record() == 1
    assert bounces_record() == 0
    subscriber.refresh_from_db()
    assert subscriber.bounces == 1
    issue.refresh_from_db()
    assert sending.send_report(issue) == sending.Report(sent=0, waiting=0, failed=1, bounced=1, not_sent=0)


def test_the_usual_time_is_the_publications_next_weekday_and_time_in_uk_time(issue):
    # Thursday 4 March 2021, 10:00 UTC; the weekly update goes on Fridays at 9am.
    thursday = datetime.datetime(2021, 3, 4, 10, 0, tzinfo=datetime.UTC)
    assert timezone.localtime(sending.usual_time(issue, now=thursday)) == timezone.make_aware(
        datetime.datetime(2021, 3, 5, 9, 0)
    )
    # On a Friday after 9am, the next Friday; across the clock change it is still 9am UK time.
    friday = datetime.datetime(2021, 3, 26, 10, 0, tzinfo=datetime.UTC)
    assert timezone.localtime(sending.usual_time(issue, now=friday)) == timezone.make_aware(
        datetime.datetime(2021, 4, 2, 9, 0)
    )
