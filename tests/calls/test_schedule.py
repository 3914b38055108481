"""A call's scheduled jobs: the last call at its time, the draft reminder before it closes, the daily digest."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.digest import daily_digest_send
from silverlinings.calls.models import LastCallSend
from silverlinings.calls.schedule import calls_jobs_ensure
from silverlinings.calls.services.nominations import nomination_save_answers, nomination_start
from silverlinings.jobs.models import Job, JobRun
from silverlinings.jobs.services import jobs_run_due
from silverlinings.mail.models import Message
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.directory.factories import ContactFactory

MEDWAY, SLOUGH, KENT = "E06000035", "E06000039", "E10000016"


def job(call, what: str) -> Job:
    return Job.objects.get(key=f"call:{call.pk}:{what}")


def local(name: str, moment) -> dict:
    """The call form's GOV.UK date input for `name`: day, month, year and time in UK time."""
    if moment is None:
        return {f"{name}_{i}": "" for i in range(4)}
    at = timezone.localtime(moment)
    return dict(
        zip([f"{name}_{i}" for i in range(4)], [str(at.day), str(at.month), str(at.year), f"{at:%H:%M}"], strict=True)
    )


@pytest.mark.django_db
def test_a_new_call_schedules_its_last_call_and_the_draft_reminder():
    call = make_call(last_call_at=timezone.now() + timedelta(days=5), closes_in_days=20)
    last_call, reminder = job(call, "last-call"), job(call, "draft-reminder")
    assert (last_call.kind, last_call.run_at, last_call.status) == ("calls.last_call", call.last_call_at, "scheduled")
    assert last_call.name == "Last call for ‘Silver Linings’"
    assert reminder.run_at == call.closes_at - timedelta(days=3)


@pytest.mark.django_db
def test_changing_the_last_call_date_on_the_call_form_moves_the_job_and_clearing_it_cancels_it(client):
    call = make_call(last_call_at=timezone.now() + timedelta(days=5), closes_in_days=20)
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    form = {
        "title": call.title,
        "slug": call.slug,
        "reference_prefix": call.reference_prefix,
        "introduction": call.introduction,
        "who_may_respond": call.who_may_respond,
        **local("opens_at", call.opens_at),
        **local("closes_at", call.closes_at),
        "closing_soon_days": "7",
    }
    later = timezone.now().replace(second=0, microsecond=0) + timedelta(days=9)
    url = reverse("calls:call_edit", kwargs={"slug": call.slug})

    assert client.post(url, {**form, **local("last_call_at", later)}).status_code == 302
    assert (job(call, "last-call").run_at, job(call, "last-call").status) == (later, Job.Status.SCHEDULED)

    assert client.post(url, {**form, **local("last_call_at", None)}).status_code == 302
    assert job(call, "last-call").status == Job.Status.CANCELLED


@pytest.mark.django_db
def test_the_last_call_goes_at_its_time_to_silent_authorities_once():
    call = make_call(last_call_at=timezone.now() + timedelta(hours=1))
    submitted_nomination(call, ons_code=KENT)
    ContactFactory(email="kent.lead@example.org", authority=authority(KENT))
    ContactFactory(email="medway.lead@example.org", authority=authority(MEDWAY))
    ContactFactory(email="slough.lead@example.org", authority=authority(SLOUGH))

    assert jobs_run_due() == 0
    assert jobs_run_due(now=call.last_call_at) == 1
    assert jobs_run_due(now=call.last_call_at + timedelta(hours=1)) == 0

    sent = Message.objects.filter(template="calls/email/last_call").order_by("to").values_list("to", flat=True)
    assert list(sent) == ["medway.lead@example.org", "slough.lead@example.org"]
    assert LastCallSend.objects.get().requested_by is None
    assert JobRun.objects.get().result.startswith(
        "18 authorities with no nominations: 2 emails queued, 0 already had it. Not sent to 16 with no contact email: "
    )
    assert job(call, "last-call").status == Job.Status.DONE


@pytest.mark.django_db
def test_a_call_closed_before_its_last_call_ran_sends_nothing():
    call = make_call(last_call_at=timezone.now() + timedelta(hours=1))
    ContactFactory(authority=authority(MEDWAY))
    call.closes_at = timezone.now() - timedelta(minutes=1)
    call.opens_at = call.closes_at - timedelta(days=30)
    call.save()
    jobs_run_due(now=timezone.now() + timedelta(hours=2))
    assert not Message.objects.exists()
    assert JobRun.objects.get().result == "Not sent: the call had closed"


@pytest.mark.django_db
def test_the_draft_reminder_goes_once_to_each_nominator_with_a_draft(django_capture_on_commit_callbacks):
    call = make_call(closes_in_days=10)
    with_drafts = ContributorFactory(full_name="Sam Kaur", email="sam@example.org")
    for title in ("Hybrid conferences", "Digital visits"):
        draft = nomination_start(call=call, nominator=with_drafts, by=with_drafts)
        nomination_save_answers(nomination=draft, answers={"title": title}, by=with_drafts)
    submitted_nomination(call)  # sent: no reminder

    with django_capture_on_commit_callbacks(execute=True):
        jobs_run_due(now=call.closes_at - timedelta(days=3))
    with django_capture_on_commit_callbacks(execute=True):
        from silverlinings.calls.reminders import draft_reminder_send

        assert draft_reminder_send(call_id=call.pk) == "0 nominators with drafts reminded"

    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert "- Hybrid conferences\n- Digital visits" in mail.outbox[0].body
    assert JobRun.objects.get().result == "1 nominator with drafts reminded"


@pytest.mark.django_db
def test_the_daily_digest_tells_the_team_what_came_in_and_says_nothing_on_a_quiet_day(
    django_capture_on_commit_callbacks,
):
    ProgrammeTeamFactory(email="rachel@seslip.example.org", full_name="Rachel")
    call = make_call()
    assert daily_digest_send() == "Nothing new since yesterday: no digest sent"
    nomination = submitted_nomination(call, title="Hybrid conferences")

    with django_capture_on_commit_callbacks(execute=True):
        result = daily_digest_send()

    assert result == "Sent to 2 members of the programme team"  # and the call's maker
    digest = next(m for m in mail.outbox if m.to == ["rachel@seslip.example.org"])
    assert (
        f"Silver Linings: 1 new, 1 in all, 0 drafts\n- {nomination.reference} Hybrid conferences (Kent)" in digest.body
    )
    assert "List-Unsubscribe" in digest.extra_headers


@pytest.mark.django_db
def test_a_worker_starting_schedules_calls_made_before_there_were_jobs():
    call = make_call(last_call_at=timezone.now() + timedelta(days=2))
    Job.objects.all().delete()
    calls_jobs_ensure()
    assert job(call, "last-call").run_at == call.last_call_at


@pytest.mark.django_db
def test_the_coverage_page_says_when_the_last_call_goes_by_itself(client):
    call = make_call(last_call_at=timezone.now() + timedelta(days=2))
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("calls:coverage", kwargs={"slug": call.slug})).content.decode()
    assert "It also goes by itself at the call's last call time" in page
    call.last_call_at = timezone.now() - timedelta(minutes=1)
    call.save()
    page = client.get(reverse("calls:coverage", kwargs={"slug": call.slug})).content.decode()
    assert "goes by itself" not in page
