"""A person's data is erased on request through the programme team's page: their nominations, the emails
sent to them or naming them, the audit entries about them, their directory entry and their account."""

import pytest
from django.urls import reverse

from silverlinings.accounts.models import User
from silverlinings.calls.models import Nomination, Redaction
from silverlinings.calls.redaction import nomination_redact
from silverlinings.core.models import AuditEntry
from silverlinings.mail.models import Message
from silverlinings.mail.services import email_send
from silverlinings.privacy.services import erasure_find, person_erase
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.directory.factories import ContactFactory

pytestmark = pytest.mark.django_db

EMAIL = "sam.kaur@kent.example.org"
TRACES = ("Sam Kaur", "sam.kaur@kent.example.org", "07700 900123", "Kaur")


def _person_with_data():
    person = ContributorFactory(email=EMAIL, full_name="Sam Kaur", phone="07700 900123")
    call = make_call()
    contact = {"name": "Sam Kaur", "role": "Team Manager", "email": EMAIL, "phone": "07700 900123"}
    nomination = submitted_nomination(
        call,
        nominator=person,
        contact=contact,
        title="Sam Kaur's hybrid conferences",
        what_you_did="Sam Kaur ran it with Jack Smith, aged 7, and his family.",
    )
    team = ProgrammeTeamFactory()
    nomination_redact(nomination=nomination, texts={"what_you_did": "Sam Kaur ran it with a family."}, by=team)
    email_send(to=EMAIL, template="calls/email/nomination_submitted", context={"nomination": nomination})
    ContactFactory(name="Sam Kaur", email=EMAIL, authority=authority("E10000016"))
    someone_else = {"name": "Pat Jones", "role": "Head", "email": "pat@medway.example.org", "phone": "07700 900999"}
    other = submitted_nomination(call, ons_code="E06000038", title="Someone else's idea", contact=someone_else)
    return person, nomination, other, team


def _everything_stored() -> str:
    nominations = list(Nomination.objects.values_list("answers", "title", "personal_data"))
    messages = list(Message.objects.values_list("to", "subject", "body_text", "body_html"))
    audit = list(AuditEntry.objects.values_list("object_repr", "data"))
    users = list(User.objects.values_list("email", "full_name", "phone"))
    redactions = list(Redaction.objects.values_list("original", flat=True))
    return str([nominations, messages, audit, users, redactions])


def test_the_team_erases_a_person_through_the_page(client):
    person, nomination, other, team = _person_with_data()
    assert all(trace in _everything_stored() for trace in TRACES)
    client.force_login(team)
    url = reverse("privacy:erase")
    page = client.post(url, {"email": EMAIL.upper()}).content.decode()
    assert "What we hold on sam.kaur@kent.example.org" in page
    assert "This cannot be undone" in page
    assert Nomination.objects.get(pk=nomination.pk).answers["contact"]["name"] == "Sam Kaur"
    response = client.post(url, {"email": EMAIL, "confirm": "on"})
    assert response.status_code == 302
    stored = _everything_stored()
    for trace in TRACES:
        assert trace not in stored, trace
    nomination.refresh_from_db()
    assert nomination.answers["contact"] == {"name": "[removed]", "role": "", "email": "", "phone": ""}
    assert nomination.answers["what_you_did"] == "[removed] ran it with a family."
    assert nomination.title == "[removed] hybrid conferences"
    assert nomination.erased_at is not None
    assert nomination.reference.startswith("SL-")
    person.refresh_from_db()
    assert (person.email, person.full_name, person.is_active, person.has_usable_password()) == (
        f"erased-{person.pk}@erased.invalid",
        "Erased person",
        False,
        False,
    )
    other.refresh_from_db()
    assert other.title == "Someone else's idea"
    assert other.answers["contact"]["name"] == "Pat Jones"
    entry = AuditEntry.objects.get(action="privacy.person_erased")
    assert entry.actor == team
    assert entry.data == {
        "reason": "request",
        "nominations": 1,
        "messages": 1,
        "audit_entries": 2,
        "contacts": 1,
        "account": 1,
    }


def test_an_email_still_waiting_to_go_to_an_erased_person_never_goes():
    _person, nomination, _other, _team = _person_with_data()
    Message.objects.update(status=Message.Status.SENT)
    waiting = email_send(to=EMAIL, template="calls/email/nomination_submitted", context={"nomination": nomination})
    assert waiting.status == Message.Status.QUEUED
    person_erase(email=EMAIL, by=None)
    assert not Message.objects.filter(pk=waiting.pk).exists()
    assert Message.objects.filter(to=f"erased-{Message.objects.get().pk}@erased.invalid").count() == 1


def test_erasing_an_address_nobody_has_says_so(client, programme_team):
    client.force_login(programme_team)
    page = client.post(reverse("privacy:erase"), {"email": "nobody@example.org"}).content.decode()
    assert "We hold nothing under nobody@example.org" in page


def test_erasing_with_a_bad_address_gets_an_error_and_keeps_it(client, programme_team):
    client.force_login(programme_team)
    page = client.post(reverse("privacy:erase"), {"email": "sam at kent"}).content.decode()
    assert "There is a problem" in page
    assert "Enter an email address in the correct format, like name@example.org" in page
    assert 'value="sam at kent"' in page


def test_erasure_find_reads_only():
    _person_with_data()
    before = _everything_stored()
    found, names = erasure_find(email=EMAIL)
    assert found.counts["nominations"] == 1
    assert "Sam Kaur" in names
    assert _everything_stored() == before


def test_the_privacy_notice_states_the_retention_period(client, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 6 * 365
    page = client.get(reverse("core:privacy")).content.decode()
    assert "6 years after the last time you signed in" in page
    assert "held back from the editorial panel" in page
