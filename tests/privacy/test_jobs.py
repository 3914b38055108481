"""Past the retention period (a setting), the scheduled job erases contributors nobody has seen since and
deletes old emails."""

from datetime import timedelta

import pytest
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.calls.models import Call, Nomination
from silverlinings.core.models import AuditEntry
from silverlinings.jobs.registry import job_kind
from silverlinings.mail.models import Message
from silverlinings.mail.services import email_send
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db


def _aged(days: int):
    return timezone.now() - timedelta(days=days)


def _old_nominator(call) -> Nomination:
    person = ContributorFactory(email="old@kent.example.org", full_name="Olive Oldham")
    contact = {"name": "Olive Oldham", "role": "Head", "email": "old@kent.example.org", "phone": ""}
    nomination = submitted_nomination(call, nominator=person, contact=contact)
    User.objects.filter(pk=person.pk).update(date_joined=_aged(400), last_login=_aged(400))
    Nomination.objects.filter(pk=nomination.pk).update(updated_at=_aged(400))
    return nomination


def test_the_retention_job_erases_people_and_emails_past_the_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 365
    old = _old_nominator(make_call(slug="old-call"))
    Call.objects.filter(pk=old.call_id).update(opens_at=_aged(430), closes_at=_aged(400))
    recent = submitted_nomination(make_call(slug="this-year"), ons_code="E06000038")
    staff = ProgrammeTeamFactory()
    User.objects.filter(pk=staff.pk).update(date_joined=_aged(400), last_login=_aged(400))
    old_email = email_send(to="old@kent.example.org", template="accounts/email/use_password", context={"user": staff})
    new_email = email_send(to="new@kent.example.org", template="accounts/email/use_password", context={"user": staff})
    Message.objects.filter(pk=old_email.pk).update(created_at=_aged(400), status=Message.Status.SENT)

    result = job_kind("privacy.retention").run()

    assert result == "1 person erased, 1 old emails deleted."
    old.refresh_from_db()
    assert old.answers["contact"] == {"name": "[removed]", "role": "", "email": "", "phone": ""}
    assert old.nominator.full_name == "Erased person"
    recent.refresh_from_db()
    assert recent.answers["contact"]["name"] == "Sam Kaur"
    assert User.objects.get(pk=staff.pk).is_active
    assert list(Message.objects.values_list("pk", flat=True)) == [new_email.pk]
    assert AuditEntry.objects.get(action="privacy.person_erased").data["reason"] == "retention"


def test_with_no_retention_period_nothing_is_erased(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 0
    old = _old_nominator(make_call(slug="old-call"))
    Call.objects.filter(pk=old.call_id).update(opens_at=_aged(430), closes_at=_aged(400))
    assert (
        job_kind("privacy.retention").run()
        == "Personal data is kept without limit (PERSONAL_DATA_RETENTION_DAYS is 0)."
    )
    old.refresh_from_db()
    assert old.answers["contact"]["name"] == "Olive Oldham"
