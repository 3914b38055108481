"""The team gives and removes roles held for one record on a person's page: a seat on a call's panel, a
commission's writer or designer, an event's coordinator. Each app says how (its nav.py's SCOPED_ROLES)."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.accounts.models import Membership
from silverlinings.core.models import AuditEntry
from silverlinings.review.models import Assignment, Decision
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, WriterFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.events.factories import make_event
from tests.showcase.factories import make_commission

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client):
    person = ProgrammeTeamFactory()
    client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
    return person


def give(client, person, kind, **data):
    return client.post(reverse("accounts:membership_give_scoped", kwargs={"pk": person.pk, "kind": kind}), data)


def held(person) -> list[tuple[str, str]]:
    return [(m.role, str(m.scope or "")) for m in Membership.objects.filter(user=person).order_by("role", "pk")]


def actions(obj, by) -> list[str]:
    """What `by` did to `obj`, in order."""
    done = AuditEntry.objects.filter(object_id=str(obj.pk), actor=by).order_by("pk")
    return [entry.action for entry in done if entry.content_type.model_class() is type(obj)]


def test_the_team_puts_a_writer_on_a_calls_panel_from_their_page(client, team):
    call = make_call(title="Silver Linings 2026")
    person = WriterFactory(full_name="Dawn Ashby")
    response = give(client, person, "call-panel", scope=call.pk)
    assert response["Location"] == reverse("accounts:person_detail", kwargs={"pk": person.pk})
    assert held(person) == [("panel_member", "Silver Linings 2026"), ("writer", "")]
    assert actions(person, team) == ["membership.granted"]
    assert actions(call, team) == ["panel.member_added"]
    page = client.get(response["Location"]).content.decode()
    assert "Dawn Ashby is now editorial panel member of a call: Silver Linings 2026." in page
    assert "Call: Silver Linings 2026" in page


def test_a_second_seat_on_the_same_panel_is_refused_with_a_message(client, team):
    call = make_call(title="Silver Linings 2026")
    person = ContributorFactory(full_name="Dawn Ashby")
    give(client, person, "call-panel", scope=call.pk)
    response = give(client, person, "call-panel", scope=call.pk)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Dawn Ashby is already on the panel of Silver Linings 2026" in page
    assert "govuk-error-summary" in page
    assert held(person) == [("panel_member", "Silver Linings 2026")]


def test_a_call_whose_decisions_are_sent_is_not_offered_and_is_refused(client, team):
    call = make_call(title="Silver Linings 2025")
    nomination = submitted_nomination(call)
    Decision.objects.create(nomination=nomination, outcome="selected", decided_by=team, released_at=timezone.now())
    person = ContributorFactory()
    url = reverse("accounts:membership_give_scoped", kwargs={"pk": person.pk, "kind": "call-panel"})
    assert "Silver Linings 2025" not in client.get(url).content.decode()
    page = give(client, person, "call-panel", scope=call.pk).content.decode()
    assert "The decisions on Silver Linings 2025 have been sent: its panel has finished" in page
    assert held(person) == []


def test_choosing_nothing_says_what_to_choose(client, team):
    person = ContributorFactory()
    page = give(client, person, "call-panel", scope="").content.decode()
    assert page.count("Choose a call</a>") == 1
    page = give(client, person, "commission-writer", scope="999999").content.decode()
    assert page.count("Choose a commission from the list</a>") == 1


def test_an_unknown_kind_of_role_is_not_found(client, team):
    person = ContributorFactory()
    assert give(client, person, "call-chair", scope="1").status_code == 404


def test_the_team_makes_someone_writer_of_a_commission_and_they_are_invited(
    client, team, django_capture_on_commit_callbacks
):
    commission = make_commission(title="Hybrid conferences")
    person = ContributorFactory(full_name="Nia Brooks", email="nia@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = give(client, person, "commission-writer", scope=commission.pk)
    assert response.status_code == 302
    assert held(person) == [("writer", "Hybrid conferences")]
    assert [(m.to, m.subject) for m in mail.outbox] == [(["nia@example.org"], mail.outbox[0].subject)]
    assert "Hybrid conferences" in mail.outbox[0].body
    again = give(client, person, "commission-writer", scope=commission.pk).content.decode()
    assert "Nia Brooks is already a writer of ‘Hybrid conferences’" in again


def test_a_published_commission_takes_no_new_designer(client, team):
    commission = make_commission(title="Hybrid conferences", status="published")
    person = ContributorFactory()
    page = give(client, person, "commission-designer", scope=commission.pk).content.decode()
    assert "‘Hybrid conferences’ is published: it needs no new designer" in page
    assert held(person) == []


def test_a_coordinator_is_given_for_an_event_and_an_authority(client, team):
    event = make_event(title="Silver Linings launch")
    person = ContributorFactory()
    missing = give(client, person, "event-coordinator", scope=event.pk, authority="").content.decode()
    assert "Choose an authority</a>" in missing
    kent = authority()
    assert give(client, person, "event-coordinator", scope=event.pk, authority=kent.pk).status_code == 302
    membership = Membership.objects.get(user=person)
    assert (membership.role, membership.scope, membership.authority) == ("coordinator", event, kent)


def test_an_event_that_is_over_takes_no_new_coordinator(client, team):
    event = make_event(title="Last year’s launch", starts_in_days=-30)
    person = ContributorFactory()
    page = give(client, person, "event-coordinator", scope=event.pk, authority=authority().pk).content.decode()
    assert "Last year’s launch is over: it needs no new coordinators" in page


def test_removing_a_panel_seat_asks_first_then_keeps_sent_reviews_only(client, team):
    call = make_call(title="Silver Linings 2026")
    person = ContributorFactory(full_name="Dawn Ashby")
    give(client, person, "call-panel", scope=call.pk)
    seat = Membership.objects.get(user=person)
    Assignment.objects.create(reviewer=person, nomination=submitted_nomination(call))
    url = reverse("accounts:membership_remove", kwargs={"pk": person.pk, "membership_pk": seat.pk})
    page = client.get(url).content.decode()
    assert "Remove the role editorial panel member of Silver Linings 2026 from Dawn Ashby?" in page
    assert "Reviews they have sent are kept" in page
    assert held(person) == [("panel_member", "Silver Linings 2026")]
    done = client.post(url)
    assert done["Location"] == reverse("accounts:person_detail", kwargs={"pk": person.pk})
    assert (held(person), Assignment.objects.count()) == ([], 0)
    assert actions(person, team) == ["membership.granted", "membership.revoked"]
    assert actions(call, team) == ["panel.member_added", "panel.member_removed"]


def test_removing_a_writer_of_one_commission_keeps_their_other(client, team):
    person = WriterFactory(full_name="Nia Brooks")
    first = make_commission(writer=person, title="Hybrid conferences")
    make_commission(writer=person, title="Family group conferences")
    membership = Membership.objects.get(user=person, scope_id=first.pk)
    url = reverse("accounts:membership_remove", kwargs={"pk": person.pk, "membership_pk": membership.pk})
    client.post(url)
    assert held(person) == [("writer", ""), ("writer", "Family group conferences")]


def test_the_persons_page_lists_each_role_with_what_it_is_held_for(client, team):
    person = WriterFactory(full_name="Nia Brooks")
    make_commission(writer=person, title="Hybrid conferences")
    give(client, person, "call-panel", scope=make_call(slug="sl-2026", title="Silver Linings 2026").pk)
    page = client.get(reverse("accounts:person_detail", kwargs={"pk": person.pk})).content.decode()
    rows = [
        ("Editorial panel member", "Call: Silver Linings 2026"),
        ("Report writer", "For everything"),
        ("Report writer", "Commission: Hybrid conferences"),
    ]
    for role, scope in rows:
        row = f'<dt class="govuk-summary-list__key">{role}</dt>\n    <dd class="govuk-summary-list__value">{scope}'
        assert row in page
    assert page.count(">Remove<span") == 3
