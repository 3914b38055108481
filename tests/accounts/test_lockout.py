"""Staff lockout: by account from one address, and by account from anywhere; never by address alone."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from tests.accounts.factories import PanelMemberFactory, ProgrammeTeamFactory
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

HOME, OFFICE, ELSEWHERE, PROXY = "198.51.100.7", "203.0.113.20", "192.0.2.99", "10.0.0.2"


def sign_in(email, password, *, address=HOME, forwarded_for=None):
    """One attempt through the real form, from a browser of its own at `address`."""
    extra = {"REMOTE_ADDR": address}
    if forwarded_for:
        extra = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded_for}
    client = Client(**extra)
    response = client.post(reverse("accounts:staff_sign_in"), {"username": email, "password": password})
    return response, client


def signed_in(response, client) -> bool:
    return response.status_code == 302 and "_auth_user_id" in client.session


def locked_out(response) -> bool:
    return response.status_code == 429 and "You cannot sign in for now" in response.content.decode()


def test_a_failure_is_recorded_against_the_account_whatever_its_case(settings):
    ProgrammeTeamFactory(email="pm@example.org")
    sign_in("PM@Example.org ", "wrong")
    assert list(AccessAttempt.objects.values_list("username", "ip_address", "failures_since_start")) == [
        ("pm@example.org", HOME, 1)
    ]


def test_one_address_is_locked_out_of_an_account_but_its_owner_elsewhere_is_not(settings):
    ProgrammeTeamFactory(email="pm@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response, _ = sign_in("pm@example.org", "wrong", address=ELSEWHERE)
    assert locked_out(response)
    assert locked_out(sign_in("pm@example.org", PASSWORD, address=ELSEWHERE)[0])
    assert signed_in(*sign_in("pm@example.org", PASSWORD, address=OFFICE))


def test_failures_from_many_addresses_lock_the_account_everywhere(settings):
    ProgrammeTeamFactory(email="pm@example.org")
    addresses = [f"192.0.2.{n}" for n in range(1, settings.SIGN_IN_FAILURES_PER_ACCOUNT + 1)]
    for address in addresses[:-1]:  # one guess from each: no single address reaches its own limit
        assert not locked_out(sign_in("pm@example.org", "wrong", address=address)[0])
    assert locked_out(sign_in("pm@example.org", "wrong", address=addresses[-1])[0])
    assert locked_out(sign_in("pm@example.org", PASSWORD, address=OFFICE)[0])


def test_a_good_sign_in_to_another_account_does_not_reset_the_failures(settings):
    ProgrammeTeamFactory(email="pm@example.org")
    PanelMemberFactory(email="attacker@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in("pm@example.org", "wrong")
    assert signed_in(*sign_in("attacker@example.org", PASSWORD))
    response, _ = sign_in("pm@example.org", "wrong")
    assert locked_out(response)
    assert locked_out(sign_in("pm@example.org", PASSWORD)[0])


def test_junk_attempts_from_a_shared_address_do_not_lock_out_other_staff(settings):
    """Behind the proxy, or in one authority's office, many people share one address."""
    ProgrammeTeamFactory(email="pm@example.org")
    for n in range(settings.AXES_FAILURE_LIMIT * 3):
        sign_in(f"nobody{n}@example.org", "junk", address=PROXY)
    assert signed_in(*sign_in("pm@example.org", PASSWORD, address=PROXY))


def test_behind_trusted_proxies_the_client_address_is_the_one_the_outer_proxy_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    ProgrammeTeamFactory(email="pm@example.org")
    # The client wrote the first address itself; the proxy appended the one it really saw.
    sign_in("pm@example.org", "wrong", forwarded_for=f"1.2.3.4, {HOME}")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [HOME]


def test_behind_trusted_proxies_each_client_is_locked_out_on_its_own(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    ProgrammeTeamFactory(email="pm@example.org")
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A client that changes what it writes into X-Forwarded-For is still the same client.
        response, _ = sign_in("pm@example.org", "wrong", forwarded_for=f"10.9.9.{n}, {ELSEWHERE}")
    assert locked_out(response)
    assert signed_in(*sign_in("pm@example.org", PASSWORD, forwarded_for=OFFICE))


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    ProgrammeTeamFactory(email="pm@example.org")
    sign_in("pm@example.org", "wrong", forwarded_for=HOME)
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [PROXY]
