"""Commissions: who is invited, how a report moves, what holds back publication, reminders."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from silverlinings.accounts.selectors import membership_exists
from silverlinings.core.models import AuditEntry
from silverlinings.jobs.models import Job
from silverlinings.mail.models import Message
from silverlinings.showcase import reminders
from silverlinings.showcase.models import FactCheck, Status, StatusChange
from silverlinings.showcase.services import commissions as services
from tests.accounts.factories import WriterFactory
from tests.showcase.factories import CONTENT, make_commission, selected_nomination, team

pytestmark = pytest.mark.django_db


def test_commissioning_invites_someone_new_as_writer_of_that_commission_only():
    commission = make_commission()
    other = make_commission(
        title="Another report",
        nomination=selected_nomination(title="Family time by video"),
        writer=WriterFactory(email="someone.else@example.org"),
    )

    invitation = Message.objects.get(
        template="showcase/email/invitation", to="new.writer@example.org", body_text__contains="Hybrid conferences"
    )
    writer = invitation.sign_in_user
    assert writer.email == "new.writer@example.org"
    assert writer.full_name == "Morgan Lee"
    assert invitation.sign_in_next == f"/commissions/{commission.pk}/"
    assert membership_exists(user=writer, role="writer", scope=commission) is True
    assert membership_exists(user=writer, role="writer", scope=other) is False
    assert AuditEntry.objects.filter(action="showcase.commissioned").count() == 2


def test_a_known_writer_keeps_their_account_and_gets_only_that_commission():
    writer = WriterFactory(email="morgan@example.org")
    mine = make_commission(writer=writer)
    not_mine = make_commission(title="Another report", nomination=selected_nomination(title="Family time by video"))

    assert membership_exists(user=writer, role="writer", scope=mine) is True
    assert membership_exists(user=writer, role="writer", scope=not_mine) is False


def test_commissioning_schedules_a_reminder_before_and_a_note_after_the_due_date():
    commission = make_commission(due_in_days=10)
    due_nine = timezone.make_aware(timezone.datetime.combine(commission.due_on, timezone.datetime.min.time()))

    jobs = {job.kind: job.run_at for job in Job.objects.filter(key__startswith=f"commission:{commission.pk}:")}

    assert jobs == {
        "showcase.due_reminder": due_nine.replace(hour=9) - timedelta(days=3),
        "showcase.overdue": due_nine.replace(hour=9) + timedelta(days=1),
    }


def test_reminders_go_to_the_writer_once_and_not_after_the_draft_is_in():
    commission = make_commission()

    assert reminders.due_reminder_send(commission_id=commission.pk) == "1 writer sent the due reminder"
    assert reminders.due_reminder_send(commission_id=commission.pk) == "0 writers sent the due reminder"
    services.report_save(commission=commission, content=CONTENT, by=team())
    services.commission_move(commission=commission, to=Status.TEAM_REVIEW, by=team())
    assert reminders.overdue_send(commission_id=commission.pk) == "Not sent: the draft is in"
    assert Message.objects.filter(template="showcase/email/due_reminder").count() == 1
    assert Message.objects.filter(template="showcase/email/overdue").count() == 0


def test_a_report_moves_only_along_the_allowed_path():
    commission = make_commission()

    with pytest.raises(ValidationError) as refused:
        services.commission_move(commission=commission, to=Status.PUBLISHED, by=team())

    assert refused.value.messages == ["A report that is commissioned cannot move to published"]
    assert Status(commission.status) == Status.COMMISSIONED


def test_every_move_is_recorded_and_changes_requested_go_back_to_drafting():
    commission = make_commission(status=Status.TEAM_REVIEW)

    services.commission_move(commission=commission, to=Status.DRAFTING, by=team(), note="Shorten the summary.")

    moves = list(StatusChange.objects.filter(commission=commission).values_list("from_status", "to_status", "note"))
    assert moves == [
        ("", "commissioned", ""),
        ("commissioned", "drafting", ""),
        ("drafting", "team_review", ""),
        ("team_review", "drafting", "Shorten the summary."),
    ]
    assert AuditEntry.objects.filter(action="showcase.moved").count() == 3


def test_fact_check_asks_the_nominator_and_the_contact_with_a_sign_in_link():
    commission = make_commission(status=Status.FACT_CHECK)

    asked = Message.objects.filter(template="showcase/email/fact_check").order_by("to")

    assert [(m.to, m.sign_in_next) for m in asked] == sorted(
        [
            (commission.nomination.nominator.email, f"/fact-check/{commission.pk}/"),
            ("sam.kaur@kent.example.org", f"/fact-check/{commission.pk}/"),
        ]
    )
    assert FactCheck.objects.filter(commission=commission).count() == 2


def test_the_fact_check_email_promises_only_what_the_team_keeps_to():
    commission = make_commission(status=Status.FACT_CHECK)

    approved = services.commission_move(
        commission=commission, to=Status.APPROVED, by=team(), override_reason="Agreed by phone with the nominator."
    )

    assert approved.status == Status.APPROVED  # the team may approve without the nominating team's answer
    for message in Message.objects.filter(template="showcase/email/fact_check"):
        assert "Nothing is published without your approval." not in message.body_text
        assert "Nothing is published until the facts are agreed with you." in message.body_text


def test_approval_needs_every_fact_checker_or_a_recorded_reason():
    commission = make_commission(status=Status.FACT_CHECK)

    with pytest.raises(ValidationError) as refused:
        services.commission_move(commission=commission, to=Status.APPROVED, by=team())
    assert refused.value.message_dict == {
        "override_reason": [
            "The nominating team has not approved the draft. Wait for them, or give the reason for approving "
            "without them"
        ]
    }
    for check in commission.fact_checks.all():
        services.fact_check_answer(check=check, approve=True, corrections={})
    services.commission_move(commission=commission, to=Status.APPROVED, by=team())
    commission.refresh_from_db()
    assert (commission.status, commission.fact_check_override) == ("approved", "")


def test_corrections_need_at_least_one_section():
    commission = make_commission(status=Status.FACT_CHECK)
    check = commission.fact_checks.first()

    with pytest.raises(ValidationError) as refused:
        services.fact_check_answer(check=check, approve=False, corrections={"headline": "  "})
    services.fact_check_answer(check=check, approve=False, corrections={"headline": "It was 92%, not 93%."})

    assert refused.value.messages == ["Suggest a correction to at least one section, or approve the draft"]
    check.refresh_from_db()
    assert (check.answer, check.corrections) == ("corrections", {"headline": "It was 92%, not 93%."})


def test_publishing_needs_consent_to_publish():
    nomination = selected_nomination(consent_publish={"answer": False, "detail": ""})
    commission = make_commission(nomination=nomination, status=Status.APPROVED)

    with pytest.raises(ValidationError) as refused:
        services.commission_move(commission=commission, to=Status.PUBLISHED, by=team())

    assert refused.value.messages == [
        "The nominating team has not given consent to publish, so the report cannot be published"
    ]


def test_publishing_freezes_what_the_public_sees_until_it_is_published_again():
    commission = make_commission(status=Status.PUBLISHED)
    services.commission_move(commission=commission, to=Status.DRAFTING, by=team())
    commission.refresh_from_db()
    assert (commission.published_content, commission.published_at) == ({}, None)

    services.report_save(commission=commission, content={**CONTENT, "headline": "New headline"}, by=team())
    commission.refresh_from_db()
    assert commission.published_content == {}
    assert commission.content["headline"] == "New headline"


def test_every_save_is_a_version_and_restoring_makes_a_new_one():
    commission = make_commission(status=Status.DRAFTING)
    second = services.report_save(commission=commission, content={**CONTENT, "headline": "Second"}, by=team())

    restored = services.version_restore(version=commission.versions.get(number=1), by=team())

    commission.refresh_from_db()
    assert (second.number, restored.number, restored.note) == (2, 3, "Restored from version 1")
    assert commission.content == CONTENT


def test_reports_by_status_over_time_count_each_state_at_the_end_of_each_day():
    from silverlinings.showcase.progress_chart import status_over_time

    commission = make_commission(status=Status.TEAM_REVIEW)
    make_commission(title="Second", nomination=selected_nomination(title="Family time by video"))
    today = timezone.localdate()
    StatusChange.objects.filter(commission=commission, to_status=Status.COMMISSIONED).update(
        at=timezone.now() - timedelta(days=2)
    )

    chart = status_over_time(today=today)

    by_status = {line.status: line.chart.values for line in chart.lines}
    assert by_status["commissioned"] == [1, 1, 1]
    assert by_status["team_review"] == [0, 0, 1]
    assert by_status["drafting"] == [0, 0, 0]
    assert [day for day, _ in chart.rows] == [
        f"{(today - timedelta(days=2)).day} {today - timedelta(days=2):%B %Y}",
        f"{today.day} {today:%B %Y}",
    ]
