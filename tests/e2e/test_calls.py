import pytest

from silverlinings.calls.models import Nomination
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.browser import axe_violations
from tests.calls.factories import make_call, submitted_nomination

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sign_in_as(page, live_server, user):
    """Sign in through the real session cookie, as the sign-in link would."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}]
    )


def test_a_contributor_nominates_in_the_browser_and_the_pages_pass_axe(page, live_server):
    call = make_call(what_counts="No idea is too small or too large.")
    person = ContributorFactory(email="sam@kent.example.org", full_name="Sam Kaur")
    sign_in_as(page, live_server, person)
    page.goto(f"/calls/{call.slug}/")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Start a nomination").click()

    page.get_by_role("heading", name="About the innovation").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("Title of the innovation").fill("Hybrid child protection conferences")
    assert page.get_by_label("Authority").input_value() == "Kent"  # from their account
    page.get_by_label("Children's social care").check()
    page.get_by_label("Service or team practice").check()
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="What you did").wait_for()
    page.get_by_role("button", name="Save and continue").click()  # nothing typed: errors
    page.locator(".govuk-error-summary").wait_for()
    assert "Enter the problem or need" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("The problem or need").fill("Partners could not travel to conferences.")
    page.get_by_label("What you did differently").fill("Partners join by video; the family meets the chair.")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="The difference it made").wait_for()
    page.get_by_label("The difference it made").fill("Conferences on time rose from 71% to 93%.")
    page.get_by_label("Will it become permanent, and how is it being embedded?").fill("It is in our procedures.")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Adopting it elsewhere").wait_for()
    page.get_by_role("group", name="Does it use a proprietary software or hardware product?").get_by_label("No").check()
    page.get_by_label("What would another authority need to adopt it?").fill("Meeting-room speakers.")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Your details").wait_for()
    # Filled in from their account; they can change it.
    assert (page.get_by_label("Name", exact=True).input_value(), page.get_by_label("Email").input_value()) == (
        "Sam Kaur",
        "sam@kent.example.org",
    )
    page.get_by_label("Role", exact=True).fill("Team Manager")
    page.get_by_role("group", name="Can we publish this innovation in the showcase, with your name?").get_by_label(
        "Yes"
    ).check()
    page.get_by_role("group", name="Can we contact you about this innovation?").get_by_label("Yes").check()
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="Check your answers before sending your nomination").wait_for()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Send nomination").dblclick()
    page.get_by_role("heading", name="Nomination sent").wait_for()
    assert axe_violations(page) == []
    nomination = Nomination.objects.get()
    assert nomination.status == "submitted"
    assert nomination.reference in page.content()
    assert nomination.answers["contact"] == {
        "name": "Sam Kaur",
        "role": "Team Manager",
        "email": person.email,
        "phone": "",
    }


def test_the_programme_teams_call_pages_pass_axe(page, live_server):
    call = make_call()
    submitted_nomination(call)
    submitted_nomination(call, ons_code="E06000038", difference="Jayden, aged 7, is happier.")
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    for path in [
        "/manage/calls/",
        f"/manage/calls/{call.slug}/nominations/",
        f"/manage/calls/{call.slug}/coverage/",
        f"/manage/calls/{call.slug}/key-in/",
        f"/manage/calls/{call.slug}/edit/",
        f"/calls/{call.slug}/upload/",
        f"/nominations/{Nomination.objects.first().pk}/",
    ]:
        page.goto(path)
        assert axe_violations(page) == [], path
