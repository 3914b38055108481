"""The panel's pages in the real browser: no axe-core violations, nothing refused by the
Content-Security-Policy, and a review submitted with JavaScript switched off.

The pages run in a new context of the session's one browser (tests/browser.py).
"""

import pytest

from silverlinings.review.models import Decision, Review
from silverlinings.review.selectors.panel import panel_members
from silverlinings.review.services import panel as services
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, in_browser, session_cookie
from tests.calls.factories import make_call, submitted_nomination
from tests.review.matrix_panel import (
    KENT,
    MEDWAY,
    READING,
    SURREY,
    accepted_theme,
    assign,
    on_panel,
    panel_member,
    submit_review,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def review_world():
    call = make_call()
    services.review_setup_get(call=call)
    team = ProgrammeTeamFactory()
    member, other = panel_member(KENT, full_name="Dawn Ashby"), panel_member(READING, full_name="Tomasz Nowak")
    on_panel(call, member, other)
    first = submitted_nomination(call, ons_code=MEDWAY, title="Family time by video")
    second = submitted_nomination(call, ons_code=SURREY, title="Doorstep visits")
    theme = accepted_theme(call, "Keeping in touch", first)
    assign(member, first)
    submit_review(assign(other, first), [4, 4, 5, 3], team="Strong", nominator="Thank you")
    submit_review(assign(other, second), [2, 2, 3, 3], "maybe")
    assign(member, second)
    Decision.objects.create(nomination=first, outcome="selected", reason="Clear evidence", decided_by=team)
    return {"call": call, "team": team, "member": member, "first": first, "second": second, "theme": theme}


def test_the_teams_review_pages_pass_axe(browser, live_server, review_world):
    call, first, theme = review_world["call"], review_world["first"], review_world["theme"]
    membership = panel_members(call).first()
    paths = [
        "/review/",
        f"/manage/calls/{call.slug}/panel/",
        f"/manage/calls/{call.slug}/panel/{membership.pk}/remove/",
        f"/manage/calls/{call.slug}/review-settings/",
        f"/manage/calls/{call.slug}/assignments/",
        f"/review/calls/{call.slug}/meeting/",
        f"/review/calls/{call.slug}/meeting/themes/{theme.pk}/",
        f"/review/calls/{call.slug}/meeting/not-in-a-theme/",
        f"/review/nominations/{first.pk}/reviews/",
        f"/manage/nominations/{first.pk}/decision/",
        f"/manage/calls/{call.slug}/decisions/",
        f"/manage/calls/{call.slug}/decisions/release/",
        f"/manage/calls/{call.slug}/letters/",
        f"/manage/calls/{call.slug}/letters/selected/",
    ]
    violations = {}

    def steps(page):
        for path in paths:
            page.goto(path)
            violations[path] = axe_violations(page)
        page.goto(f"/manage/calls/{call.slug}/assignments/")
        page.get_by_role("button", name="Assign", exact=True).click()
        page.locator(".govuk-error-summary").wait_for()
        violations["assignment errors"] = axe_violations(page)
        page.goto(f"/manage/calls/{call.slug}/decisions/release/")
        page.get_by_role("button", name="Release the decisions and send the letters").click()
        page.locator(".govuk-error-summary").wait_for()
        violations["release while the call is open"] = axe_violations(page)

    console = in_browser(browser, live_server, session_cookie(live_server, review_world["team"]), steps)

    assert {path: found for path, found in violations.items() if found} == {}
    assert len(violations) == len(paths) + 2
    assert Decision.objects.get(nomination=first).released_at is None
    assert [text for text in console if "Content Security Policy" in text] == []


def test_a_panel_member_reviews_and_the_pages_pass_axe(browser, live_server, review_world):
    member, first, call = review_world["member"], review_world["first"], review_world["call"]
    paths = [
        "/review/",
        f"/review/calls/{call.slug}/nominations/",
        f"/review/calls/{call.slug}/meeting/",
        f"/review/calls/{call.slug}/meeting/themes/{review_world['theme'].pk}/",
        f"/review/nominations/{first.pk}/reviews/",
        f"/review/nominations/{first.pk}/conflict/",
        f"/review/nominations/{first.pk}/",
    ]
    violations, titles = {}, []

    def steps(page):
        for path in paths:
            page.goto(path)
            violations[path] = axe_violations(page)
        page.get_by_role("button", name="Submit review").click()
        page.locator(".govuk-error-summary").wait_for()
        titles.append(page.title())
        violations["review errors"] = axe_violations(page)

    console = in_browser(browser, live_server, session_cookie(live_server, member), steps)

    assert {path: found for path, found in violations.items() if found} == {}
    assert titles[0].startswith("Error: ")
    assert [text for text in console if "Content Security Policy" in text] == []


def test_a_panel_member_submits_a_review_without_javascript(browser, live_server, review_world):
    member, first = review_world["member"], review_world["first"]

    def steps(page):
        page.goto(f"/review/nominations/{first.pk}/")
        for fieldset in page.locator("fieldset").all()[:4]:
            fieldset.get_by_label("4", exact=True).check()
        page.get_by_label("Showcase it").check()
        page.get_by_label("Comments for the nominator").fill("A model for others.")
        page.get_by_role("button", name="Submit review").click()
        page.get_by_text("Your review is submitted.").wait_for()

    in_browser(browser, live_server, session_cookie(live_server, member), steps, javascript=False)

    review = Review.objects.get(assignment__reviewer=member, assignment__nomination=first)
    assert (review.weighted_score, review.comment_for_nominator) == (4.0, "A model for others.")
