import re

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from silverlinings.accounts.models import User
from silverlinings.accounts.services import LINK_LIMIT
from tests.accounts.factories import ContributorFactory, PanelMemberFactory, ProgrammeTeamFactory
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LINK = re.compile(r"http://testserver(/sign-in/link/\?token=[^\s\"<]+)")


def request_link(client, email, next_url=""):
    return client.post(reverse("accounts:sign_in"), {"email": email, "next": next_url})


def link_from_outbox(index=-1):
    return LINK.search(mail.outbox[index].body).group(1).replace("&amp;", "&")


def token_of(path):
    return re.search(r"token=([^&]+)", path).group(1)


def test_sign_in_link_signs_a_contributor_in(client):
    user = ContributorFactory(email="sam@example.org")
    response = request_link(client, "Sam@Example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:check_email")
    path = link_from_outbox()
    page = client.get(path)
    assert page.status_code == 200
    assert b"Continue" in page.content
    assert "_auth_user_id" not in client.session  # opening the link alone does not sign in
    response = client.post(reverse("accounts:link_sign_in"), {"token": token_of(path), "next": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:dashboard")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_in_link_for_a_new_address_creates_a_contributor(client):
    request_link(client, "new.person@example.org")
    user = User.objects.get(email="new.person@example.org")
    assert list(user.memberships.all()) == []
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1


def test_sign_in_answers_the_same_for_known_and_unknown_addresses(client):
    ContributorFactory(email="known@example.org")
    known = request_link(client, "known@example.org")
    unknown = request_link(Client(), "nobody-yet@example.org")
    assert known["Location"] == unknown["Location"]
    known_page = client.get(known["Location"]).content.decode()
    assert "If <strong>known@example.org</strong> can sign in" in known_page


def test_sign_in_link_works_only_once(client):
    ContributorFactory(email="once@example.org")
    request_link(client, "once@example.org")
    token = token_of(link_from_outbox())
    client.post(reverse("accounts:link_sign_in"), {"token": token})
    other = Client()
    response = other.post(reverse("accounts:link_sign_in"), {"token": token})
    assert response.status_code == 400
    assert "This sign-in link has expired or has already been used" in response.content.decode()
    assert "_auth_user_id" not in other.session


def test_sign_in_link_expires(client, settings):
    ContributorFactory(email="late@example.org")
    request_link(client, "late@example.org")
    token = token_of(link_from_outbox())
    settings.SESAME_MAX_AGE = -1
    response = client.post(reverse("accounts:link_sign_in"), {"token": token})
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_sign_in_link_with_a_tampered_token_is_refused(client):
    ContributorFactory(email="tamper@example.org")
    request_link(client, "tamper@example.org")
    token = token_of(link_from_outbox())
    response = client.post(reverse("accounts:link_sign_in"), {"token": token[:-4] + "AAAA"})
    assert response.status_code == 400


def test_sign_in_link_follows_a_safe_next_but_not_an_outside_one(client):
    user = ContributorFactory(email="next@example.org")
    request_link(client, user.email, next_url="/privacy/")
    path = link_from_outbox()
    response = client.post(reverse("accounts:link_sign_in"), {"token": token_of(path), "next": "/privacy/"})
    assert response["Location"] == "/privacy/"
    client.logout()
    request_link(client, user.email)
    response = client.post(
        reverse("accounts:link_sign_in"), {"token": token_of(link_from_outbox()), "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("core:dashboard")


def test_a_new_link_asked_for_from_an_expired_one_lands_where_the_old_one_would_have(client, settings):
    user = ContributorFactory(email="late@example.org")
    request_link(client, user.email, next_url="/privacy/")
    old = link_from_outbox()
    settings.SESAME_MAX_AGE = -1
    expired = client.post(reverse("accounts:link_sign_in"), {"token": token_of(old), "next": "/privacy/"})
    ask_again = reverse("accounts:sign_in") + "?next=%2Fprivacy%2F"
    assert f'href="{ask_again}"' in expired.content.decode()
    assert 'value="/privacy/"' in client.get(ask_again).content.decode()
    settings.SESAME_MAX_AGE = 30 * 60
    request_link(client, user.email, next_url="/privacy/")
    new = link_from_outbox()
    assert new.endswith("&next=%2Fprivacy%2F")
    assert client.get(new).context["form"]["next"].value() == "/privacy/"
    response = client.post(reverse("accounts:link_sign_in"), {"token": token_of(new), "next": "/privacy/"})
    assert response["Location"] == "/privacy/"


def test_an_expired_link_never_carries_an_outside_next_on(client):
    response = client.post(reverse("accounts:link_sign_in"), {"token": "used", "next": "https://evil.example/"})
    assert response.status_code == 400
    assert f'href="{reverse("accounts:sign_in")}"' in response.content.decode()
    assert "evil.example" not in response.content.decode()


def test_sign_in_with_a_bad_email_shows_a_gov_uk_error_and_keeps_what_was_typed(client):
    response = client.post(reverse("accounts:sign_in"), {"email": "not-an-email"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter an email address in the correct format, like name@example.org" in page
    assert 'value="not-an-email"' in page
    assert page.count("<title>Error: ") == 1


def test_staff_asking_for_a_link_are_told_to_use_their_password(client):
    PanelMemberFactory(email="panel.x@example.org")
    request_link(client, "panel.x@example.org")
    assert mail.outbox[0].subject == "Signing in to Silver Linings"
    assert "token=" not in mail.outbox[0].body


def test_sign_in_links_are_limited_per_address(client):
    ContributorFactory(email="flood@example.org")
    for _ in range(LINK_LIMIT + 3):
        request_link(client, "flood@example.org")
    assert len(mail.outbox) == LINK_LIMIT


def test_staff_sign_in_with_password(client):
    user = ProgrammeTeamFactory(email="pm@example.org")
    response = client.post(reverse("accounts:staff_sign_in"), {"username": "PM@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_staff_sign_in_with_a_wrong_password_says_so_without_saying_which(client):
    ProgrammeTeamFactory(email="pm@example.org")
    wrong_password = client.post(reverse("accounts:staff_sign_in"), {"username": "pm@example.org", "password": "nope"})
    no_account = client.post(reverse("accounts:staff_sign_in"), {"username": "who@example.org", "password": "nope"})
    for response in (wrong_password, no_account):
        assert response.status_code == 200
        assert "Enter a correct email address and password" in response.content.decode()
    assert 'value="who@example.org"' in no_account.content.decode()


def test_contributors_cannot_sign_in_with_a_password(client):
    user = ContributorFactory(email="c@example.org")
    user.set_password(PASSWORD)
    user.save()
    response = client.post(reverse("accounts:staff_sign_in"), {"username": "c@example.org", "password": PASSWORD})
    assert "Enter a correct email address and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_staff_are_locked_out_after_repeated_failures(client, settings):
    ProgrammeTeamFactory(email="pm@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:staff_sign_in"), {"username": "pm@example.org", "password": "wrong"})
    response = client.post(reverse("accounts:staff_sign_in"), {"username": "pm@example.org", "password": PASSWORD})
    assert response.status_code == 429
    assert "You cannot sign in for now" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_tampered_form_gets_a_clear_page_not_a_trace(db):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(reverse("accounts:sign_in"), {"email": "x@example.org"})
    assert response.status_code == 403
    assert "Sorry, there is a problem with the form" in response.content.decode()


def test_sign_out_needs_a_post(client):
    user = ContributorFactory()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("accounts:sign_out")).status_code == 405
    assert client.post(reverse("accounts:sign_out")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("max_age", "words"), [(30 * 60, "30 minutes"), (3600, "1 hour"), (90 * 60, "1 hour and 30 minutes")]
)
def test_the_expired_link_page_says_how_long_links_work_from_the_setting(client, max_age, words):
    with override_settings(SESAME_MAX_AGE=max_age):
        page = client.post(reverse("accounts:link_sign_in"), {"token": "not-a-token"}).content.decode()
        ask = client.get(reverse("accounts:sign_in")).content.decode()
    assert f"Each link works once, for {words}. Nothing you saved before is lost." in page
    assert f"The link works once, for {words}." in ask
