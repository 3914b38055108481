"""The events pages in the browser: axe finds nothing on any of them (with the programme, a full event's
waiting list, a form with errors and the pages after the event), at 320 px nothing scrolls sideways, and
someone registers, changes their workshops and cancels with JavaScript off."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from silverlinings.events import demo
from silverlinings.events.models import Event, Registration
from silverlinings.events.services import events as services
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, new_page, sign_in_as
from tests.e2e.test_every_page import DESCRIPTION, FORMS_WITHOUT_ACTION, OVERFLOW, PLAIN_FIELDS

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _launch() -> tuple[Event, Registration, Registration]:
    import io

    from silverlinings.accounts import demo as accounts_demo

    accounts_demo.load(stdout=io.StringIO(), password="x")
    demo.load(stdout=io.StringIO(), password="x")
    event = Event.objects.get(slug=demo.SLUG)
    confirmed = event.registrations.filter(status="confirmed").order_by("pk").first()
    waiting = event.registrations.filter(status="waiting").order_by("pk").first()
    return event, confirmed, waiting


def _in_line(event) -> Registration:
    """Someone in the line of a workshop they ranked above their own (the demo allocates the workshops)."""
    from silverlinings.events.selectors import lines_of

    return next(r for r in event.registrations.filter(status="confirmed").order_by("pk") if lines_of(r))


def _problems(page) -> list[str]:
    found = page.evaluate(OVERFLOW)
    found += [f"form without an action: {form}" for form in page.evaluate(FORMS_WITHOUT_ACTION)]
    found += [] if page.evaluate(DESCRIPTION) else ["no meta description"]
    found += [f"field without GOV.UK classes: {field}" for field in page.evaluate(PLAIN_FIELDS)]
    found += [f"axe: {v['id']} {v['nodes']}" for v in axe_violations(page)]
    return found


def test_every_events_page_passes_axe_and_reflows(browser, live_server, html_pages):
    event, confirmed, waiting = _launch()
    workshop = event.sessions.filter(kind="workshop").first()
    public = [
        reverse("events:event_list"),
        event.get_absolute_url(),
        reverse("events:register", kwargs={"slug": event.slug}),
        confirmed.get_absolute_url(),
        _in_line(event).get_absolute_url(),
        waiting.get_absolute_url(),
        reverse("events:workshops_change", kwargs={"token": confirmed.token}),
        reverse("events:registration_cancel", kwargs={"token": confirmed.token}),
        reverse("events:join", kwargs={"token": confirmed.joining_token}),
    ]
    team = [
        reverse("events:manage_events"),
        reverse("events:event_create"),
        reverse("events:event_manage", kwargs={"slug": event.slug}),
        reverse("events:event_edit", kwargs={"slug": event.slug}),
        reverse("events:session_add", kwargs={"slug": event.slug}),
        reverse("events:session_edit", kwargs={"slug": event.slug, "pk": workshop.pk}),
        reverse("events:session_remove", kwargs={"slug": event.slug, "pk": workshop.pk}),
        reverse("events:allocations", kwargs={"slug": event.slug}),
        reverse("events:message", kwargs={"slug": event.slug}),
        reverse("events:coordinate", kwargs={"slug": event.slug}),
        reverse("events:coordinators", kwargs={"slug": event.slug}),
    ]
    page = new_page(browser, live_server, html_pages, viewport={"width": 320, "height": 640})
    problems = {}
    for path in public:
        page.goto(path)
        problems[path] = _problems(page)
    sign_in_as(page, live_server, ProgrammeTeamFactory(email="team@seslip.example.org"))
    for path in team:
        page.goto(path)
        problems[path] = _problems(page)
    # A form sent with mistakes.
    page.goto(reverse("events:register", kwargs={"slug": event.slug}))
    page.get_by_role("button", name="Register").click()
    page.locator(".govuk-error-summary").wait_for()
    problems["register with errors"] = _problems(page)
    # After the event, for someone who came.
    past = timezone.now() - timedelta(days=1)
    Event.objects.filter(pk=event.pk).update(starts_at=past - timedelta(hours=3), ends_at=past, recordings="Slides")
    Registration.objects.filter(pk=confirmed.pk).update(attended_at=past - timedelta(hours=2))
    for path in (confirmed.get_absolute_url(), reverse("events:feedback", kwargs={"token": confirmed.token})):
        page.goto(path)
        problems[f"after: {path}"] = _problems(page)
    page.context.close()
    found = {where: found for where, found in problems.items() if found}
    assert found == {}, "\n".join(f"{where}: {'; '.join(problems)}" for where, problems in found.items())


def test_someone_registers_changes_workshops_and_cancels_without_javascript(page_without_javascript):
    event, _confirmed, _waiting = _launch()
    services.event_update(event=event, by=None, capacity=event.capacity + 1)  # one place left
    page = page_without_javascript
    page.goto(event.get_absolute_url())
    page.get_by_role("button", name="Register").click()
    page.get_by_label("Full name").fill("Nia Roberts")
    page.get_by_label("Email address").fill("nia.roberts@example.org")
    page.get_by_label("Which authority do you work in or with?").select_option(label="None of these")
    page.get_by_label("Organisation (optional for authority staff)").fill("Barnardo's")
    page.get_by_label("Your role").fill("Family Support Worker")
    page.get_by_label("Live captions").check()
    page.get_by_role("button", name="Register").click()
    page.get_by_role("heading", name="You are registered").wait_for()
    registration = Registration.objects.get(email="nia.roberts@example.org")
    assert (registration.status, registration.access_needs) == ("confirmed", ["captions"])
    page.get_by_role("link", name="Change your workshop choices").click()
    page.locator("select").first.select_option(index=1)
    page.get_by_role("button", name="Save workshop choices").click()
    page.get_by_text("Your workshop choices are saved.").wait_for()
    assert registration.choices.count() == 1
    page.get_by_role("link", name="Cancel your registration").click()
    page.get_by_role("button", name="Yes, cancel my registration").click()
    page.get_by_role("heading", name="Your registration is cancelled").wait_for()
    # The freed place went to the first person waiting.
    assert event.registrations.filter(status="offered").count() == 1


def test_the_team_takes_a_workshop_out_and_the_people_in_it_get_their_next_choice(browser, live_server, html_pages):
    from silverlinings.events.models import Session, WorkshopPlace
    from silverlinings.events.pools import pools_disagreeing
    from silverlinings.mail.models import Message

    event, _confirmed, _waiting = _launch()
    workshop = event.sessions.filter(kind="workshop").order_by("starts_at", "title").first()
    had_a_place = set(workshop.places.values_list("registration_id", flat=True))
    page = new_page(browser, live_server, html_pages)
    sign_in_as(page, live_server, ProgrammeTeamFactory(email="team@seslip.example.org"))
    page.goto(reverse("events:event_manage", kwargs={"slug": event.slug}))
    page.get_by_role("link", name=f"Take out ‘{workshop.title}’ of the programme").click()
    page.get_by_text(f"{len(had_a_place)} people have a place in it.").wait_for()
    problems = {"confirmation": _problems(page)}
    page.get_by_role("button", name="Continue").click()
    page.locator(".govuk-error-summary").wait_for()
    problems["no answer"] = _problems(page)
    page.get_by_label("Yes, take it out of the programme").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_text(f"‘{workshop.title}’ is no longer in the programme.").wait_for()
    problems["after"] = _problems(page)
    page.context.close()
    assert {where: found for where, found in problems.items() if found} == {}
    assert not Session.objects.filter(pk=workshop.pk).exists()
    # Every workshop of the slot was full: those who had a place in it have none there now, and are told.
    moved = WorkshopPlace.objects.filter(registration_id__in=had_a_place, session__starts_at=workshop.starts_at)
    assert moved.count() == 0
    assert pools_disagreeing(event=event) == {}
    emails = Message.objects.filter(template="events/email/session_removed")
    assert sorted(emails.values_list("to", flat=True)) == sorted(
        event.registrations.filter(pk__in=had_a_place).values_list("email", flat=True)
    )
