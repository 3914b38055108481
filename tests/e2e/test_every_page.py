"""Every page, for every role, with a call full of real data, on a 320 × 640 screen (WCAG 1.4.10
Reflow): nothing makes the page scroll sideways. Every page also has a description, every form says
where it posts, and every field is a GOV.UK Frontend one. The HTML of each page is validated at the
end of the session (conftest.py)."""

import pytest

from tests.browser import new_page, sign_in_as
from tests.e2e.pages import pages_for, unlisted
from tests.e2e.populated import populated_call

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# What sticks out past the right edge of the window, innermost first: enough to find the culprit.
OVERFLOW = """() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) { return []; }
    const edge = root.clientWidth;
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.right > edge + 0.5 && box.width > 0) {
            const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '');
            out.push(name + ' (right edge at ' + Math.round(box.right) + ' px)');
        }
    }
    return ['page is ' + root.scrollWidth + ' px wide', ...out.reverse().slice(0, 6)];
}"""

# Forms with no action, or one with a fragment, post back to "#main-content" after the skip link.
FORMS_WITHOUT_ACTION = """() => [...document.forms]
    .filter(form => !form.getAttribute('action') || form.getAttribute('action').includes('#'))
    .map(form => form.outerHTML.slice(0, 80))"""

# Fields without GOV.UK Frontend's classes are small, with only the browser's thin focus ring.
PLAIN_FIELDS = """() => [...document.querySelectorAll('main input, main select, main textarea')]
    .filter(el => el.type !== 'hidden' && !['govuk-input', 'govuk-select', 'govuk-textarea', 'govuk-radios__input',
        'govuk-checkboxes__input', 'govuk-file-upload'].some(name => el.classList.contains(name)))
    .map(el => el.outerHTML.slice(0, 80))"""

DESCRIPTION = "() => document.querySelector('meta[name=description]')?.content || ''"


def test_every_url_is_listed_for_the_crawl():
    assert unlisted() == set(), "Add these URLs to PAGES or NOT_PAGES in tests/e2e/pages.py"


def users(world) -> dict:
    return {
        "anonymous": None,
        "contributor": world.contributor,
        "panel_member": world.panel_member,
        "writer": world.writer,
        "programme_team": world.team,
    }


@pytest.mark.slow
def test_every_page_reflows_at_320_css_pixels_for_every_role(browser, live_server, html_pages):
    world = populated_call()
    page = new_page(browser, live_server, html_pages, viewport={"width": 320, "height": 640})
    problems: dict[str, list[str]] = {}
    visited = dict.fromkeys(users(world), 0)
    for role, user in users(world).items():
        page.context.clear_cookies()
        if user:
            sign_in_as(page, live_server, user)
        for path in pages_for(role, world):
            response = page.goto(path)
            found = [] if response.status == 200 else [f"answered {response.status}"]
            found += page.evaluate(OVERFLOW)
            found += [f"form without an action: {form}" for form in page.evaluate(FORMS_WITHOUT_ACTION)]
            found += [] if page.evaluate(DESCRIPTION) else ["no meta description"]
            found += [f"field without GOV.UK classes: {field}" for field in page.evaluate(PLAIN_FIELDS)]
            if found:
                problems[f"{role} {path}"] = found
            visited[role] += 1
    page.context.close()

    assert problems == {}, "\n".join(f"{where}: {'; '.join(found)}" for where, found in problems.items())
    assert visited == {"anonymous": 32, "contributor": 46, "panel_member": 43, "writer": 38, "programme_team": 137}
