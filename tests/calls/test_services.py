from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from silverlinings.calls.models import Call, Channel, Nomination, NominationStatus
from silverlinings.calls.services import nominations as services
from silverlinings.core.models import AuditEntry
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination, valid_answers

pytestmark = pytest.mark.django_db


def test_call_create_starts_with_the_silver_linings_headings():
    call = make_call()
    keys = list(call.questions.values_list("key", flat=True))
    assert keys == [
        "title",
        "authority",
        "organisation",
        "service_areas",
        "scale",
        "problem",
        "what_you_did",
        "difference",
        "permanence",
        "proprietary",
        "adoption",
        "contact",
        "consent_publish",
        "consent_contact",
    ]
    assert len(call.questions.get(key="authority").choices) == 19
    assert call.questions.get(key="scale").choices == [
        "Whole-system change",
        "Service or team practice",
        "Personal work habit",
        "IT hack or tool",
    ]


@pytest.mark.parametrize(
    ("opens", "closes", "status"),
    [(2, 30, "upcoming"), (-2, 30, "open"), (-20, 3, "closing_soon"), (-30, -1, "closed")],
)
def test_call_status_comes_from_its_dates(opens, closes, status):
    assert make_call(opens_in_days=opens, closes_in_days=closes).status == status


def test_nomination_start_with_the_same_token_makes_one_draft():
    call = make_call()
    person = ContributorFactory()
    token = "6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a11"
    first = services.nomination_start(call=call, nominator=person, by=person, start_token=token)
    second = services.nomination_start(call=call, nominator=person, by=person, start_token=token)
    assert first.pk == second.pk
    assert Nomination.objects.count() == 1


def test_nomination_save_answers_keeps_invalid_answers_in_the_draft():
    call = make_call()
    person = ContributorFactory()
    nomination = services.nomination_start(call=call, nominator=person, by=person)
    services.nomination_save_answers(nomination=nomination, answers={"problem": "word " * 400}, by=person)
    nomination.refresh_from_db()
    assert nomination.answers["problem"] == "word " * 400
    assert nomination.status == NominationStatus.DRAFT


def test_nomination_submit_gives_the_next_reference_and_is_safe_to_repeat():
    call = make_call(reference_prefix="SL")
    first = submitted_nomination(call)
    second = submitted_nomination(call, ons_code="E10000030")
    again = services.nomination_submit(nomination=second, by=second.nominator)
    assert first.reference == f"SL-{call.year}-0001"
    assert second.reference == f"SL-{call.year}-0002"
    assert again.reference == second.reference
    assert AuditEntry.objects.filter(action="nomination.submitted").count() == 2


def test_nomination_submit_refuses_missing_answers_and_says_which():
    call = make_call()
    person = ContributorFactory()
    nomination = services.nomination_start(call=call, nominator=person, by=person)
    answers = valid_answers(title="", proprietary={"answer": True, "detail": ""})
    services.nomination_save_answers(nomination=nomination, answers=answers, by=person)
    with pytest.raises(ValidationError) as error:
        services.nomination_submit(nomination=nomination, by=person)
    assert error.value.message_dict == {
        "title": ["Enter title of the innovation"],
        "proprietary__detail": ["Name the supplier and the product"],
    }


def test_nomination_submit_sets_the_derived_fields():
    call = make_call()
    nomination = submitted_nomination(call, ons_code="E06000038", service_areas=["Early help", "Fostering"])
    assert nomination.authority == authority("E06000038")
    assert sorted(nomination.service_areas.values_list("name", flat=True)) == ["Early help", "Fostering"]
    assert nomination.scale == "Service or team practice"
    assert nomination.title == "Hybrid child protection conferences"


def test_nomination_after_the_call_closes_is_read_only_for_the_nominator():
    call = make_call(opens_in_days=-30, closes_in_days=5)
    nomination = submitted_nomination(call)
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() - timedelta(hours=1))
    nomination = Nomination.objects.get(pk=nomination.pk)
    with pytest.raises(PermissionDenied):
        services.nomination_change_send(nomination=nomination, changes={"title": "Changed"}, by=nomination.nominator)
    team = ProgrammeTeamFactory()
    services.nomination_change_send(nomination=nomination, changes={"title": "Changed by the team"}, by=team)
    nomination.refresh_from_db()
    assert nomination.title == "Changed by the team"


def test_nomination_withdraw_marks_it_and_logs_it():
    nomination = submitted_nomination(make_call())
    services.nomination_withdraw(nomination=nomination, by=nomination.nominator)
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.WITHDRAWN
    assert AuditEntry.objects.filter(action="nomination.withdrawn", object_id=str(nomination.pk)).count() == 1
    with pytest.raises(PermissionDenied):
        services.nomination_save_answers(nomination=nomination, answers={"title": "x"}, by=nomination.nominator)


def test_one_person_can_nominate_several_innovations():
    call = make_call()
    person = ContributorFactory()
    submitted_nomination(call, nominator=person, title="First idea")
    submitted_nomination(call, nominator=person, title="Second idea")
    assert sorted(person.nominations.values_list("title", flat=True)) == ["First idea", "Second idea"]


def test_nomination_key_in_records_the_channel_and_the_nominator():
    call = make_call()
    team = ProgrammeTeamFactory()
    nomination = services.nomination_key_in(
        call=call,
        by=team,
        email="Caller@Reading.example.org",
        full_name="Pat Caller",
        authority=authority("E06000038"),
        channel=Channel.PHONE,
    )
    assert nomination.channel == Channel.PHONE
    assert nomination.created_by == team
    assert nomination.nominator.email == "caller@reading.example.org"
    assert nomination.answers["contact"]["name"] == "Pat Caller"
    assert nomination.answers["authority"] == "Reading"


def test_personal_data_is_flagged_on_save_but_not_the_contacts_own_details():
    call = make_call()
    person = ContributorFactory()
    nomination = services.nomination_start(call=call, nominator=person, by=person)
    answers = valid_answers(
        difference="Jayden, aged 7, now goes to school. Ring me on 07700 900123 or sam.kaur@kent.example.org.",
    )
    services.nomination_save_answers(nomination=nomination, answers=answers, by=person)
    nomination.refresh_from_db()
    assert [(f["kind"], f["field"]) for f in nomination.personal_data] == [("name_with_age", "difference")]
    assert nomination.personal_data[0]["question"] == "The difference it made"
