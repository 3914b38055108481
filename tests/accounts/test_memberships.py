import pytest
from django.db import IntegrityError, transaction

from silverlinings.accounts import rules as account_rules
from silverlinings.accounts import selectors
from silverlinings.accounts.models import Membership, MembershipRole
from silverlinings.accounts.services import membership_grant, membership_revoke
from silverlinings.calls.models import Call
from silverlinings.core.models import AuditEntry
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db


def test_membership_grant_twice_makes_one_and_audits_once():
    team, person, call = ProgrammeTeamFactory(), ContributorFactory(), make_call()

    first, created = membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=call, by=team)
    again, created_again = membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=call, by=team)

    assert (created, created_again, first.pk) == (True, False, again.pk)
    assert Membership.objects.filter(user=person).count() == 1
    audits = AuditEntry.objects.filter(action="membership.granted", data__membership=first.pk)
    assert list(audits.values_list("actor", flat=True)) == [team.pk]


def test_membership_is_held_only_for_its_own_scope():
    person = ContributorFactory()
    panel_call, other_call = make_call(slug="first"), make_call(slug="second")
    membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=panel_call, by=None)
    membership_grant(user=person, role=MembershipRole.WRITER, scope=other_call, by=None)

    is_panel_member_for = account_rules.holds_role_for(MembershipRole.PANEL_MEMBER)
    assert is_panel_member_for(person, panel_call) is True
    assert is_panel_member_for(person, other_call) is False
    assert list(selectors.scopes_of(user=person, role=MembershipRole.PANEL_MEMBER, model=Call)) == [panel_call]
    assert list(selectors.members_of(role=MembershipRole.WRITER, scope=other_call)) == [person]
    assert list(selectors.members_of(role=MembershipRole.WRITER, scope=panel_call)) == []


def test_global_membership_is_unique_per_person_and_role():
    person = ContributorFactory()
    Membership.objects.create(user=person, role=MembershipRole.PROGRAMME_TEAM)
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=person, role=MembershipRole.PROGRAMME_TEAM)


def test_a_scope_is_both_parts_or_neither():
    call = make_call()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=ContributorFactory(), role=MembershipRole.PANEL_MEMBER, scope_id=call.pk)


def test_membership_revoke_removes_it_and_audits():
    team, person, call = ProgrammeTeamFactory(), ContributorFactory(), make_call()
    membership, _ = membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=call, by=team)

    membership_revoke(membership=membership, by=team)

    assert not selectors.membership_exists(user=person, role=MembershipRole.PANEL_MEMBER, scope=call)
    assert AuditEntry.objects.filter(action="membership.revoked", actor=team).count() == 1


def test_an_inactive_person_holds_nothing():
    person, call = ContributorFactory(), make_call()
    membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=call, by=None)
    person.is_active = False
    person.save()

    assert selectors.membership_exists(user=person, role=MembershipRole.PANEL_MEMBER, scope=call) is False
    assert list(selectors.members_of(role=MembershipRole.PANEL_MEMBER, scope=call)) == []
