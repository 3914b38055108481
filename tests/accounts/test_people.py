"""The team's people pages: invite someone, give and remove roles; a person with two roles."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from silverlinings.accounts.models import Membership, MembershipRole, User
from silverlinings.core.models import AuditEntry
from tests.accounts.factories import ContributorFactory, PanelMemberFactory, ProgrammeTeamFactory, WriterFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db

PASSWORD = "three random words here"


@pytest.fixture
def team(client):
    person = ProgrammeTeamFactory()
    client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
    return person


def roles_of(person) -> list[tuple[str, int | None]]:
    return sorted(
        Membership.objects.filter(user=person).values_list("role", "scope_id"), key=lambda r: (r[0], r[1] or 0)
    )


@pytest.fixture
def invite(client, django_capture_on_commit_callbacks):
    """Post the invitation form; the email goes out as it would once the request's transaction commits."""

    def post(**fields):
        data = {"email": "Nia.Brooks@Example.org", "full_name": "Nia Brooks", "role": "writer", "authority": ""}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("accounts:person_invite"), {**data, **fields})

    return post


def test_the_team_invites_a_writer_who_chooses_a_password_and_signs_in_with_it(client, team, invite):
    response = invite()
    person = User.objects.get(email="nia.brooks@example.org")
    assert response["Location"] == reverse("accounts:person_detail", kwargs={"pk": person.pk})
    assert (roles_of(person), person.has_usable_password()) == ([("writer", None)], False)
    assert [message.subject for message in mail.outbox] == ["You are invited to Silver Linings"]
    link = re.search(r"http://testserver(/set-password/\S+/)", mail.outbox[0].body).group(1)

    client.logout()
    form = client.get(link, follow=True)
    assert "Choose your password" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert done["Location"] == reverse("accounts:staff_sign_in")
    signed_in = client.post(reverse("accounts:staff_sign_in"), {"username": person.email, "password": PASSWORD})
    assert (signed_in.status_code, client.session["_auth_user_id"]) == (302, str(person.pk))
    client.logout()
    assert "has expired or has already been used" in client.get(link, follow=True).content.decode()


def test_an_invited_contributor_gets_a_sign_in_link_and_no_role(client, team, invite):
    invite(role="")
    person = User.objects.get(email="nia.brooks@example.org")
    assert roles_of(person) == []
    assert "/sign-in/link/?token=" in mail.outbox[0].body


def test_the_invitation_is_audited_and_keeps_no_link_in_the_outbox(client, team, invite):
    from silverlinings.mail.models import Message

    invite()
    person = User.objects.get(email="nia.brooks@example.org")
    assert list(AuditEntry.objects.filter(action="person.invited").values_list("actor", "data")) == [
        (team.pk, {"role": "writer"})
    ]
    stored = Message.objects.get(to="nia.brooks@example.org")
    assert "set-password" not in stored.body_text
    assert stored.sign_in_user_id == person.pk


def test_a_bad_invitation_says_what_to_do_and_keeps_what_was_typed(client, team, invite):
    response = invite(email="not an address", role="coordinator")
    page = response.content.decode()
    assert "Enter an email address in the correct format, like name@example.org" in page
    assert "Choose the authority they coordinate" in page
    assert 'value="Nia Brooks"' in page
    assert not User.objects.filter(full_name="Nia Brooks").exists()


def test_the_team_gives_and_removes_a_role_and_both_are_audited(client, team):
    person = ContributorFactory()
    give = client.post(reverse("accounts:membership_give", kwargs={"pk": person.pk}), {"role": "designer"})
    assert give.status_code == 302
    membership = Membership.objects.get(user=person)
    url = reverse("accounts:membership_remove", kwargs={"pk": person.pk, "membership_pk": membership.pk})
    assert "Remove the role report designer from" in client.get(url).content.decode()
    client.post(url)
    assert roles_of(person) == []
    actions = AuditEntry.objects.filter(data__membership=membership.pk).order_by("pk")
    assert [(entry.action, entry.actor_id) for entry in actions] == [
        ("membership.granted", team.pk),
        ("membership.revoked", team.pk),
    ]


def test_the_people_list_shows_each_persons_roles(client, team):
    call = make_call()
    PanelMemberFactory(full_name="Dawn Ashby", panel_of=call)
    page = client.get(reverse("accounts:people")).content.decode()
    assert "Editorial panel member<br>Editorial panel member of Silver Linings" in page


@pytest.mark.parametrize("count", [1, 20])
def test_the_people_list_query_count_does_not_grow(client, team, django_assert_num_queries, count):
    call = make_call()
    for n in range(count):
        PanelMemberFactory(email=f"member{n}@example.org", panel_of=call, memberships=[(MembershipRole.WRITER, None)])
    # The same for 1 and for 20 people: the people, their memberships and the calls of those are read once each.
    with django_assert_num_queries(8):
        assert client.get(reverse("accounts:people")).status_code == 200


# --- one person, two roles ------------------------------------------------------------------------


def test_a_panel_member_on_two_calls_reviews_both_and_no_other(client):
    first, second, third = make_call(slug="first"), make_call(slug="second"), make_call(slug="third")
    member = PanelMemberFactory(panel_of=first, memberships=[(MembershipRole.PANEL_MEMBER, second)])
    client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    answers = [
        client.get(reverse("review:meeting", kwargs={"slug": call.slug})).status_code for call in (first, second, third)
    ]
    assert answers == [200, 200, 403]


def test_a_coordinator_who_is_also_a_panel_member_keeps_both_and_signs_in_with_a_password(client):
    from tests.accounts.factories import authority

    call = make_call()
    person = PanelMemberFactory(panel_of=call)
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    client.post(
        reverse("accounts:membership_give", kwargs={"pk": person.pk}),
        {"role": "coordinator", "authority": authority().pk},
    )
    person = User.objects.get(pk=person.pk)
    assert roles_of(person) == [("coordinator", None), ("panel_member", None), ("panel_member", call.pk)]
    assert (person.signs_in_with_password, person.has_perm("review.view_meeting", call)) == (True, True)
    assert person.has_perm("review.manage_review") is False


def test_a_writer_is_no_panel_member():
    writer = WriterFactory()
    assert (writer.has_perm("review.list_own_reviews"), writer.signs_in_with_password) == (False, True)
