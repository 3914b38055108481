"""Impact later: the contact is asked six and twelve months after publication; the answer is a dated update."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from silverlinings.jobs.models import Job
from silverlinings.mail.models import Message
from silverlinings.showcase.impact import impact_ask, months_after
from silverlinings.showcase.models import Status
from silverlinings.showcase.services import commissions as services
from tests.showcase.factories import make_commission, team

pytestmark = pytest.mark.django_db


def test_publishing_schedules_the_questions_at_six_and_twelve_months_and_taking_down_cancels_them():
    commission = make_commission(status=Status.PUBLISHED)
    jobs = Job.objects.filter(kind="showcase.impact_ask").order_by("run_at")

    assert [(job.params["months"], job.run_at) for job in jobs] == [
        (6, months_after(commission.published_at, 6)),
        (12, months_after(commission.published_at, 12)),
    ]
    services.commission_move(commission=commission, to=Status.DRAFTING, by=team())
    assert list(jobs.values_list("status", flat=True)) == ["cancelled", "cancelled"]


def test_months_after_keeps_the_day_or_takes_the_last_day_of_a_shorter_month():
    moment = timezone.make_aware(datetime(2026, 8, 31, 10, 0))

    assert timezone.localtime(months_after(moment, 6)) == timezone.make_aware(datetime(2027, 2, 28, 10, 0))
    assert timezone.localtime(months_after(moment, 12)) == timezone.make_aware(datetime(2027, 8, 31, 10, 0))


def test_the_contact_is_asked_once_with_a_link_to_the_short_form():
    commission = make_commission(status=Status.PUBLISHED)

    first = impact_ask(commission_id=commission.pk, months=6)
    second = impact_ask(commission_id=commission.pk, months=6)

    update = commission.impact_updates.get()
    message = Message.objects.get(template="showcase/email/impact_ask")
    assert (first, second) == ("Asked sam.kaur@kent.example.org", "Already asked")
    assert f"http://testserver/showcase/updates/{update.token}/" in message.body_text
    assert message.subject == "‘Hybrid conferences’, 6 months on"


def test_the_contacts_answer_appears_on_the_report_as_a_dated_update(client):
    commission = make_commission(status=Status.PUBLISHED)
    impact_ask(commission_id=commission.pk, months=6)
    url = reverse("showcase:impact_update", kwargs={"token": commission.impact_updates.get().token})

    refused = client.post(url, {"still_running": "yes", "what_changed": ""}).content.decode()
    client.post(url, {"still_running": "yes", "what_changed": "Two more teams use it now."})
    page = client.get(commission.get_absolute_url()).content.decode()

    assert "Enter what has changed since the report was published" in refused
    today = timezone.localdate()
    assert f"{today.day} {today:%B %Y}, 6 months on: still running" in page
    assert "Two more teams use it now." in page
