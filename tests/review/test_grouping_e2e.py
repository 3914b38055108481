"""The grouping pages in the real browser: no axe-core violations, nothing refused by the
Content-Security-Policy, a progress page that never refreshes itself, and grouping with JavaScript off.

The pages run in a new context of the session's one browser (tests/browser.py).
"""

import pytest

from silverlinings.review.models import DuplicatePair, SuggestionRun, Theme
from silverlinings.review.services import grouping
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, in_browser, session_cookie
from tests.calls.factories import make_call
from tests.review.factories import IdeaFactory, SuggestionRunFactory, realistic_nominations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def grouped():
    team = ProgrammeTeamFactory()
    call = make_call()
    made = realistic_nominations(call)
    run = SuggestionRunFactory(call=call, requested_by=team, n_themes=3)
    grouping.suggestion_run_now(run_id=run.pk)
    IdeaFactory(call=call, label="Laptops for pupils", nominations=[made["laptops_reading"], made["laptops_slough"]])
    theme = Theme.objects.get(memberships__nomination=made["conference_kent"])
    pair = DuplicatePair.objects.filter(listed=True).first()
    return {"team": team, "call": call, "made": made, "run": run, "theme": theme, "pair": pair}


def test_the_grouping_pages_pass_axe_with_their_errors(browser, live_server, grouped):
    call, theme, pair, made = grouped["call"], grouped["theme"], grouped["pair"], grouped["made"]
    base = f"/manage/calls/{call.slug}"
    idea = call.ideas.get()
    paths = [
        "/manage/grouping/",
        f"{base}/themes/",
        f"{base}/themes/suggest/",
        f"{base}/themes/suggest/{grouped['run'].pk}/",
        f"{base}/themes/{theme.pk}/",
        f"{base}/themes/{theme.pk}/rename/",
        f"{base}/themes/{theme.pk}/nominations/{made['conference_kent'].pk}/",
        f"{base}/duplicates/",
        f"{base}/duplicates/{pair.pk}/",
        f"{base}/nominations/{made['conference_kent'].pk}/twins/",
        f"{base}/ideas/",
        f"{base}/ideas/{idea.pk}/",
    ]
    violations = {}

    def error(page, path, button, name, fill=None):
        page.goto(path)
        if fill:
            page.get_by_label(fill[0]).fill(fill[1])
        page.get_by_role("button", name=button, exact=True).click()
        page.locator(".govuk-error-summary").wait_for()
        violations[name] = axe_violations(page)

    def steps(page):
        for path in paths:
            page.goto(path)
            violations[path] = axe_violations(page)
        error(page, f"{base}/themes/suggest/", "Suggest themes", "suggest", ("How many themes?", "1"))
        error(page, f"{base}/themes/", "Merge the selected themes", "merge")
        error(page, f"{base}/themes/{theme.pk}/", "Move the selected into a new theme", "split")
        error(page, f"{base}/themes/{theme.pk}/nominations/{made['conference_kent'].pk}/", "Move", "move")
        error(page, f"{base}/duplicates/{pair.pk}/", "Link as one idea", "link", ("Name of the new idea", ""))
        twins = f"{base}/nominations/{made['conference_kent'].pk}/twins/"
        error(page, twins, "Link as one idea", "link by hand", ("Name of the new idea", ""))
        page.goto(f"{base}/duplicates/")
        page.get_by_role("button", name="Not the same idea (pair 1)").click()
        page.goto(f"{base}/duplicates/?dismissed=1")
        violations["dismissed"] = axe_violations(page)

    console = in_browser(browser, live_server, session_cookie(live_server, grouped["team"]), steps)

    assert {name: found for name, found in violations.items() if found} == {}
    assert len(violations) == len(paths) + 7
    assert [text for text in console if "Content Security Policy" in text] == []


def test_the_progress_page_shows_its_state_without_javascript_until_done(browser, live_server):
    team = ProgrammeTeamFactory()
    run = SuggestionRunFactory(requested_by=team, status=SuggestionRun.Status.RUNNING, progress=0.3, message="Trying")
    seen = []

    def steps(page):
        page.goto(f"/manage/calls/{run.call.slug}/themes/suggest/{run.pk}/")
        seen.append(page.get_by_role("progressbar").get_attribute("aria-valuenow"))
        SuggestionRun.objects.filter(pk=run.pk).update(status="done", progress=1.0, message="Suggested 2 themes")
        page.get_by_role("button", name="Check progress").click()
        page.get_by_role("heading", name="Themes suggested").wait_for()
        seen.append(page.get_by_role("progressbar").get_attribute("aria-valuenow"))

    in_browser(browser, live_server, session_cookie(live_server, team), steps, javascript=False)
    assert seen == ["30", "100"]


def test_the_team_suggests_and_merges_themes_without_javascript(browser, live_server):
    team = ProgrammeTeamFactory()
    call = make_call()
    made = realistic_nominations(call)
    labels = {}

    def steps(page):
        page.goto(f"/manage/calls/{call.slug}/themes/suggest/")
        page.get_by_label("How many themes?").fill("3")
        page.get_by_role("button", name="Suggest themes").click()
        page.get_by_role("link", name="See the themes").click()
        page.get_by_role("heading", name="Themes", exact=True).wait_for()
        for key in ["conference_kent", "fostering_kent"]:
            labels[key] = Theme.objects.get(memberships__nomination=made[key]).label
            page.get_by_label(f"Select ‘{labels[key]}’").check()
        page.get_by_label("Name for the merged theme").fill("Meeting online")
        page.get_by_role("button", name="Merge the selected themes").click()
        page.get_by_role("heading", name="Meeting online").wait_for()

    in_browser(browser, live_server, session_cookie(live_server, team), steps, javascript=False)
    assert Theme.objects.get(label="Meeting online").nominations.count() == 6
    assert Theme.objects.filter(call=call).count() == 2
