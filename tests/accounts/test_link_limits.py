"""Asking for sign-in links: limits per address, per address from one client and per client, with a
GOV.UK message when one is reached. Nobody can stop a contributor from signing in from elsewhere."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse

from silverlinings.accounts.models import User
from tests.accounts.factories import ContributorFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ATTACKER, CONTRIBUTOR, PROXY = "198.51.100.66", "203.0.113.10", "10.0.0.2"
TOO_MANY = "You have asked for too many sign-in links. Try again after"


def ask(email, *, address=ATTACKER, forwarded_for=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded_for:
        extra = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded_for}
    return Client(**extra).post(reverse("accounts:sign_in"), {"email": email, "next": ""})


def sent_to(email) -> int:
    return sum(1 for message in mail.outbox if message.to == [email])


def refused(response) -> bool:
    page = response.content.decode()
    return response.status_code == 429 and "There is a problem" in page and TOO_MANY in page


def test_the_limit_for_one_address_from_one_client_says_so_the_gov_uk_way(settings):
    ContributorFactory(email="sam@example.org")
    limit = settings.SIGN_IN_LINK_LIMITS["address_and_client"][0]
    for _ in range(limit):
        assert ask("sam@example.org")["Location"] == reverse("accounts:check_email")
    response = ask("sam@example.org")
    assert refused(response)
    page = response.content.decode()
    assert page.count("<title>Error: ") == 1
    assert 'href="#id_email"' in page  # the summary links to the field
    assert 'value="sam@example.org"' in page  # what was typed is kept
    assert sent_to("sam@example.org") == limit


def test_requests_from_someone_else_do_not_stop_a_contributor_signing_in(settings):
    ContributorFactory(email="sam@example.org")
    limit = settings.SIGN_IN_LINK_LIMITS["address_and_client"][0]
    for _ in range(limit + 2):
        ask("sam@example.org", address=ATTACKER)
    response = ask("sam@example.org", address=CONTRIBUTOR)
    assert response["Location"] == reverse("accounts:check_email")
    assert sent_to("sam@example.org") == limit + 1


def test_one_address_gets_a_limited_number_of_links_however_many_clients_ask(settings):
    ContributorFactory(email="sam@example.org")
    limit = settings.SIGN_IN_LINK_LIMITS["address"][0]
    for n in range(limit):
        ask("sam@example.org", address=f"192.0.2.{n + 1}")
    assert refused(ask("sam@example.org", address=CONTRIBUTOR))
    assert sent_to("sam@example.org") == limit


def test_one_client_cannot_create_accounts_and_send_links_without_limit(settings):
    settings.SIGN_IN_LINK_LIMITS = {**settings.SIGN_IN_LINK_LIMITS, "client": (8, 60)}
    for n in range(8):
        assert ask(f"made.up{n}@example.org")["Location"] == reverse("accounts:check_email")
    assert refused(ask("made.up8@example.org"))
    assert User.objects.filter(email__startswith="made.up").count() == 8
    assert len(mail.outbox) == 8
    assert ask("someone.else@example.org", address=CONTRIBUTOR)["Location"] == reverse("accounts:check_email")


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SIGN_IN_LINK_LIMITS = {**settings.SIGN_IN_LINK_LIMITS, "client": (3, 60)}
    for n in range(3):
        ask(f"made.up{n}@example.org", forwarded_for=ATTACKER)
    assert refused(ask("made.up3@example.org", forwarded_for=f"{CONTRIBUTOR}, {ATTACKER}"))
    assert ask("sam@example.org", forwarded_for=CONTRIBUTOR)["Location"] == reverse("accounts:check_email")


@pytest.mark.slow
def test_a_burst_of_simultaneous_requests_from_one_client_keeps_to_the_limit(settings):
    settings.SIGN_IN_LINK_LIMITS = {**settings.SIGN_IN_LINK_LIMITS, "client": (5, 60)}
    requests = 12
    start = threading.Barrier(requests)
    statuses = []

    def one(n):
        try:
            start.wait()
            statuses.append(ask(f"burst{n}@example.org").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [302] * 5 + [429] * 7
    assert User.objects.filter(email__startswith="burst").count() == 5
    assert len(mail.outbox) == 5
