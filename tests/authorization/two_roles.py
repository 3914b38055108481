"""The matrix's "two_roles" principal: one person who is a panel member of one call (call A) and the writer
of a commission on another (commission B), and holds neither role for anything else.

The builders in each app's matrix give a person who holds a role the same role for the record they build
(a panel member sits on the built call, a writer writes the built commission), so for the principal every
URL is checked while they also hold the other role elsewhere. test_two_roles.py checks the other way: on a
call or commission that is not theirs they get no more than someone with no role.
"""

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.services import membership_grant
from tests.accounts.factories import UserFactory, authority


def two_roles_person(**fields):
    from silverlinings.review.services.decisions import decision_record
    from tests.calls.factories import make_call, submitted_nomination
    from tests.showcase.factories import make_commission, team

    person = UserFactory(authority=authority("E10000030"), **fields)  # Surrey: no builder's nomination is theirs
    call_a = make_call(slug="their-panel-call", title="Call A")
    membership_grant(user=person, role=MembershipRole.PANEL_MEMBER, scope=call_a, by=None)
    nomination = submitted_nomination(make_call(slug="their-commission-call", title="Call B"), ons_code="E06000038")
    decision_record(nomination=nomination, outcome="selected", reason="A clear change.", by=team())
    make_commission(writer=person, nomination=nomination, title="Commission B")
    return person
