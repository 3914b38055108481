"""The email and scheduled-jobs pages in the real browser: no axe-core violations, nothing refused by the
Content-Security-Policy, and the team's actions taken with JavaScript switched off."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from silverlinings.jobs.models import Job, JobRun
from silverlinings.mail.models import MailTemplate, Message
from silverlinings.mail.services import email_send, unsubscribe_url
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.browser import axe_violations, in_browser, session_cookie
from tests.calls.factories import make_call, submitted_nomination

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def mail_world():
    call = make_call(last_call_at=timezone.now() + timedelta(days=3))
    submitted_nomination(call, title="Hybrid conferences")
    user = ContributorFactory()
    email_send(
        to=user.email, template="accounts/email/sign_in_link", context={"user": user, "minutes": 30}, sign_in_user=user
    )
    failed = email_send(
        to="gone@example.org", template="accounts/email/use_password", context={"user": SimpleNamespace(full_name="")}
    )
    Message.objects.filter(pk=failed.pk).update(
        status=Message.Status.FAILED, attempts=10, error="SMTPRecipientsRefused"
    )
    job = Job.objects.get(key=f"call:{call.pk}:last-call")
    JobRun.objects.create(job=job, worker_id="w", started_at=timezone.now(), outcome="done", result="3 emails queued")
    return {
        "team": ProgrammeTeamFactory(),
        "failed": failed,
        "signed_in": Message.objects.get(to=user.email),
        "job": job,
    }


def test_the_email_and_jobs_pages_pass_axe(browser, live_server, mail_world):
    unsubscribe = unsubscribe_url(email="reader@example.org", list_key="daily-digest").removeprefix("http://testserver")
    paths = [
        "/manage/emails/",
        "/manage/emails/?status=failed",
        f"/manage/emails/{mail_world['signed_in'].pk}/",
        f"/manage/emails/{mail_world['failed'].pk}/",
        "/manage/emails/templates/",
        "/manage/emails/templates/calls-nomination-submitted/",
        "/manage/scheduled-jobs/",
        f"/manage/scheduled-jobs/{mail_world['job'].pk}/",
        unsubscribe,
    ]
    violations, widths = {}, {}

    def steps(page):
        for path in paths:
            page.goto(path)
            violations[path] = axe_violations(page)
        page.goto("/manage/emails/templates/calls-nomination-submitted/")
        page.get_by_label("Subject").fill("Thanks for {nominee}")
        page.get_by_role("button", name="Save").click()
        page.locator(".govuk-error-summary").wait_for()
        violations["template errors"] = axe_violations(page)
        page.goto(unsubscribe)
        page.get_by_role("button", name="Stop these emails").click()
        page.get_by_text("You will not get these emails any more").wait_for()
        violations["unsubscribed"] = axe_violations(page)
        page.set_viewport_size({"width": 320, "height": 800})
        for path in paths[:1] + paths[4:7]:
            page.goto(path)
            widths[path] = page.evaluate("document.documentElement.scrollWidth")

    console = in_browser(browser, live_server, session_cookie(live_server, mail_world["team"]), steps)

    assert {path: found for path, found in violations.items() if found} == {}
    assert [text for text in console if "Content Security Policy" in text] == []
    assert {path: width for path, width in widths.items() if width > 320} == {}


def test_the_team_sends_a_failed_email_again_and_fixes_a_template_without_javascript(browser, live_server, mail_world):
    failed = mail_world["failed"]

    def steps(page):
        page.goto("/manage/emails/?status=failed")
        page.get_by_role("button", name="Send again to gone@example.org").click()
        page.get_by_text("The email to gone@example.org is being sent again.").wait_for()
        page.goto("/manage/emails/templates/calls-nomination-submitted/")
        page.get_by_label("Subject").fill("We have your nomination {reference}")
        page.get_by_role("button", name="Preview").click()
        page.get_by_text("Not saved yet").wait_for()
        page.get_by_role("button", name="Save").click()
        page.get_by_text("‘Nomination received’ is saved.").wait_for()

    in_browser(browser, live_server, session_cookie(live_server, mail_world["team"]), steps, javascript=False)

    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == (Message.Status.SENT, 1)
    saved = MailTemplate.objects.get(key="calls/email/nomination_submitted")
    assert saved.subject == "We have your nomination {reference}"
