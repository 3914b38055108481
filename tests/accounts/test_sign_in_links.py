"""Sign-in links never sign in an account that signs in with a password."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.services import membership_grant
from silverlinings.calls.models import Nomination
from tests.accounts.factories import ContributorFactory, PanelMemberFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SECTIONS = {
    1: {
        "title": "Hybrid child protection conferences",
        "authority": "Kent",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
    },
    2: {"problem": "Partners could not travel.", "what_you_did": "Video for partners."},
    3: {"difference": "Conferences on time rose to 93%.", "permanence": "In our procedures."},
    4: {"proprietary": "no", "proprietary__detail": "", "adoption": "Meeting room kit."},
    5: {
        "contact__name": "Dawn Ashby",
        "contact__role": "Head of Early Help",
        "contact__email": "panel.kent@example.org",
        "contact__phone": "07700 900123",
        "consent_publish": "yes",
        "consent_contact": "yes",
    },
}


def links_in(body: str) -> list[str]:
    return re.findall(r"http://testserver(/\S+)", body)


def test_a_nomination_keyed_in_for_a_panel_member_emails_no_link_that_signs_them_in(client):
    panel_member = PanelMemberFactory(email="panel.kent@example.org")
    call = make_call()
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    client.post(
        reverse("calls:key_in", kwargs={"slug": call.slug}),
        {"email": "Panel.Kent@example.org", "full_name": "Dawn Ashby", "authority": "", "channel": "phone"},
    )
    nomination = Nomination.objects.get()
    assert nomination.nominator == panel_member
    for index, answers in SECTIONS.items():
        client.post(reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": index}), answers)
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    client.logout()

    (message,) = [message for message in mail.outbox if message.to == ["panel.kent@example.org"]]
    links = links_in(message.body)
    assert not [link for link in links if "token=" in link]
    assert "/staff/sign-in/?next=%2Fnominations%2F" + str(nomination.pk) + "%2F" in links
    response = client.get(f"/staff/sign-in/?next=/nominations/{nomination.pk}/")
    assert response.status_code == 200
    assert "Sign in with your password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_link_sent_to_a_contributor_does_not_sign_them_in_once_they_have_a_password_role(client):
    person = ContributorFactory(email="soon.panel@example.org")
    client.post(reverse("accounts:sign_in"), {"email": person.email})
    token = re.search(r"token=([^&\s]+)", mail.outbox[-1].body).group(1)
    # The team gives them the role; they set a password later.
    membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, by=None)

    response = client.post(reverse("accounts:link_sign_in"), {"token": token, "next": ""})
    assert response.status_code == 400
    assert "This sign-in link has expired or has already been used" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_someone_given_a_role_who_never_set_a_password_is_sent_to_set_one(client):
    from silverlinings.accounts.models import User

    coordinator = User.objects.create(email="coordinator.kent@example.org", full_name="Priya Raman")
    membership_grant(user=coordinator, role=MembershipRole.COORDINATOR, by=None)

    client.post(reverse("accounts:sign_in"), {"email": "coordinator.kent@example.org"})

    (message,) = mail.outbox
    assert [link for link in links_in(message.body) if link.startswith("/set-password/")]
    assert not [link for link in links_in(message.body) if "token=" in link or "staff/sign-in" in link]
