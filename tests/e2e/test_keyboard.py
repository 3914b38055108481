"""The main journeys with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and typing. At every
key press what has focus must be on screen and visibly focused (tests/e2e/keyboard.py)."""

import pytest

from silverlinings.calls.models import Nomination
from silverlinings.review.models import Decision, Review, Theme
from silverlinings.review.services import panel as panel_services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.browser import sign_in_as
from tests.calls.factories import make_call, submitted_nomination
from tests.e2e.keyboard import KeyboardOnly
from tests.review.factories import realistic_nominations
from tests.review.matrix_panel import KENT, MEDWAY, assign, on_panel, panel_member

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def arrow_to(keys: KeyboardOnly, name: str, key: str = "ArrowDown") -> None:
    """In a group of radios, move with the arrow keys (which also selects) until `name` is chosen."""
    for _ in range(10):
        if keys.focused()["name"] == name:
            return
        keys.press(key)
    raise AssertionError(f"never reached ‘{name}’ with {key}: {keys.steps[-10:]}")


def save_and_continue(keys: KeyboardOnly, heading: str) -> None:
    keys.tab_to("Save and continue")
    keys.activate()
    keys.page.get_by_role("heading", name=heading).wait_for()


def test_a_contributor_nominates_from_the_home_page_to_sent_by_keyboard(page, live_server):
    call = make_call()
    person = ContributorFactory(email="sam@kent.example.org", full_name="Sam Kaur", authority=authority(KENT))
    sign_in_as(page, live_server, person)
    page.goto("/")
    keys = KeyboardOnly(page)

    keys.tab_to("Calls")  # the menu's section, whose first page is the calls for evidence
    keys.activate()
    keys.tab_to(call.title)
    keys.activate()
    keys.tab_to("Start a nomination")
    keys.activate()
    page.get_by_role("heading", name="About the innovation").wait_for()

    keys.tab_to("Title of the innovation")
    keys.type("Hybrid child protection conferences")
    keys.tab_to("Authority")
    keys.type("Kent")
    keys.tab_to("Children's social care")
    keys.press("Space")
    keys.tab_to("Whole-system change", role="radio")
    arrow_to(keys, "Service or team practice")
    save_and_continue(keys, "What you did")

    keys.tab_to("The problem or need")
    keys.type("Partners could not travel to conferences.")
    keys.tab_to("What you did differently")
    keys.type("Partners join by video; the family meets the chair.")
    save_and_continue(keys, "The difference it made")

    keys.tab_to("The difference it made")
    keys.type("Conferences on time rose from 71% to 93%.")
    keys.tab_to("Will it become permanent", starts=True)
    keys.type("It is in our procedures.")
    save_and_continue(keys, "Adopting it elsewhere")

    keys.tab_to("Yes", role="radio")
    arrow_to(keys, "No")
    keys.tab_to("What would another authority need", starts=True)
    keys.type("Meeting-room speakers.")
    save_and_continue(keys, "Your details")

    keys.tab_to("Name")
    keys.type("Sam Kaur")
    keys.tab_to("Email")
    keys.type("sam@kent.example.org")
    for _ in range(2):  # publish, then contact: Tab onto the first radio, Space chooses it
        keys.tab_to("Yes", role="radio")
        keys.press("Space")
    save_and_continue(keys, "Check your answers before sending your nomination")

    keys.tab_to("Send nomination")
    keys.activate()
    page.get_by_role("heading", name="Nomination sent").wait_for()
    assert Nomination.objects.get(nominator=person).status == "submitted"


def test_a_panel_member_scores_a_nomination_by_keyboard(page, live_server):
    call = make_call()
    panel_services.review_setup_get(call=call)
    member = panel_member(KENT, full_name="Dawn Ashby")
    on_panel(call, member)
    nomination = submitted_nomination(call, ons_code=MEDWAY, title="Family time by video")
    assign(member, nomination)
    sign_in_as(page, live_server, member)
    page.goto("/")
    keys = KeyboardOnly(page)

    keys.tab_to("Your reviews")
    keys.activate()
    keys.tab_to("Family time by video")
    keys.activate()
    for _ in call.criteria.all():
        keys.tab_to("1", role="radio")
        arrow_to(keys, "4")
    keys.tab_to("Showcase it", role="radio")
    keys.press("Space")
    keys.tab_to("Comments for the nominator")
    keys.type("A model for others.")
    keys.tab_to("Submit review")
    keys.activate()
    page.get_by_text("Your review is submitted.").wait_for()

    review = Review.objects.get(assignment__reviewer=member)
    assert (review.weighted_score, review.recommendation, review.comment_for_nominator) == (
        4.0,
        "showcase",
        "A model for others.",
    )


def test_the_team_suggests_and_accepts_themes_and_records_a_decision_by_keyboard(page, live_server):
    team = ProgrammeTeamFactory()
    call = make_call()
    made = realistic_nominations(call)
    sign_in_as(page, live_server, team)
    page.goto("/")
    keys = KeyboardOnly(page)

    keys.tab_to("Review")  # the menu's section, whose first page is Themes and ideas
    keys.activate()
    keys.tab_to(call.title)
    keys.activate()
    keys.tab_to("Suggest themes")
    keys.activate()
    keys.tab_to("How many themes?")
    keys.type("3")
    keys.tab_to("Suggest themes")
    keys.activate()
    page.get_by_role("heading", name="Themes suggested").wait_for()
    keys.tab_to("See the themes")
    keys.activate()
    label = Theme.objects.get(memberships__nomination=made["conference_kent"]).label
    keys.tab_to(f"Select ‘{label}’")
    keys.press("Space")
    keys.tab_to("Accept the selected themes")
    keys.activate()
    page.get_by_role("heading", name=label).wait_for()

    page.goto(f"/review/calls/{call.slug}/meeting/")
    keys.tab_to(label)
    keys.activate()
    keys.tab_to("Decide on ", starts=True)
    keys.activate()
    keys.tab_to("Selected for the showcase", role="radio")
    keys.press("Space")
    keys.tab_to("Reason")
    keys.type("Clear evidence from two authorities.")
    keys.tab_to("Save decision")
    keys.activate()
    page.get_by_text("It stays pending until you release the decisions.").wait_for()

    assert Theme.objects.get(label=label).status == "accepted"
    decision = Decision.objects.get()
    assert (decision.outcome, decision.reason) == ("selected", "Clear evidence from two authorities.")
