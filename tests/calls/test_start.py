import re

import pytest
from django.core import mail
from django.urls import reverse

from silverlinings.calls.models import Nomination
from tests.accounts.factories import ContributorFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_signing_in_on_the_way_to_start_a_nomination_lands_on_the_start_button(client):
    call = make_call()
    ContributorFactory(email="sam@example.org")
    start = reverse("calls:nomination_start", kwargs={"slug": call.slug})
    to_sign_in = client.get(start)
    assert to_sign_in["Location"] == f"{reverse('accounts:sign_in')}?next={start}"

    client.post(reverse("accounts:sign_in"), {"email": "sam@example.org", "next": start})
    token = re.search(r"token=([^&\s]+)", mail.outbox[-1].body).group(1)
    signed_in = client.post(reverse("accounts:link_sign_in"), {"token": token, "next": start})
    assert signed_in["Location"] == start

    page = client.get(start, follow=True)
    assert page.status_code == 200
    assert page.redirect_chain == [(call.get_absolute_url(), 302)]
    assert "Start a nomination" in page.content.decode()
    assert Nomination.objects.count() == 0  # only the button makes a draft
