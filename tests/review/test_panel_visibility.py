"""Who sees what: a panel member never reaches a nomination, or its scores, that the one visibility
rule hides from them — their own authority's, one they nominated, one they are the contact of, one
they declared a conflict on, or one whose authority is unknown — on any review page, list, count,
chart, export or download; and they are never assigned one."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from silverlinings.calls.models import Nomination, Question
from silverlinings.calls.services import nominations as call_services
from silverlinings.review import visibility
from silverlinings.review.models import Assignment, Conflict, Decision, ReviewSetup
from silverlinings.review.selectors import meeting as selectors_meeting
from silverlinings.review.selectors import panel as selectors_panel
from silverlinings.review.services import panel as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, WriterFactory, authority
from tests.calls.factories import make_call, submitted_nomination, valid_answers
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

pytestmark = pytest.mark.django_db

HAMPSHIRE, SLOUGH = "E10000014", "E06000039"
HIDDEN = ["own", "nominated", "contact", "conflicted", "unknown"]
NOMINATION_PAGES = ["review:review_form", "review:conflict_declare", "review:nomination_reviews"]
TEAM_NOMINATION_PAGES = ["review:decision", "review:letter_download"]
LIST_PAGES = ["review:panel_nominations", "review:meeting", "review:meeting_unthemed", "review:meeting_theme"]
TEAM_CALL_PAGES = [
    "review:panel",
    "review:panel_settings",
    "review:assignments",
    "review:decisions",
    "review:decisions_release",
    "review:letters",
    "review:scores_export",
]


def keyed_in_with_contact(call, *, team, ons_code: str, contact_email: str, title: str) -> Nomination:
    """A nomination phoned in: the team keys it in for a nominator, naming someone else as its contact."""
    place = authority(ons_code)
    nomination = call_services.nomination_key_in(
        call=call, by=team, email="caller@example.org", full_name="Chris Caller", authority=place, channel="phone"
    )
    contact = {"name": "Dawn Ashby", "role": "Head of service", "email": contact_email, "phone": "07700 900777"}
    answers = valid_answers(authority_name=place.short_name, title=title, contact=contact)
    call_services.nomination_save_answers(nomination=nomination, answers=answers, by=team)
    return call_services.nomination_submit(nomination=nomination, by=team, notify=False)


def of_unknown_authority(call, *, title: str) -> Nomination:
    """The team made the authority question optional; a nominator with no authority left it blank."""
    Question.objects.filter(call=call, key="authority").update(required=False)
    nominator = ContributorFactory(authority=None)
    nomination = call_services.nomination_start(call=call, nominator=nominator, by=nominator)
    answers = valid_answers(authority_name="", title=title)
    call_services.nomination_save_answers(nomination=nomination, answers=answers, by=nominator)
    return call_services.nomination_submit(nomination=nomination, by=nominator, notify=False)


def hidden_and_allowed(call, member, team) -> dict[str, Nomination]:
    """One nomination for each reason the rule hides one from `member` (from Kent), and one it allows."""
    made = {
        "own": submitted_nomination(call, ons_code=KENT, title="Kent only idea"),
        "nominated": submitted_nomination(call, nominator=member, ons_code=SLOUGH, title="Idea Dawn nominated"),
        "contact": keyed_in_with_contact(
            call, team=team, ons_code=HAMPSHIRE, contact_email="Dawn.Ashby@Kent.example.org", title="Phoned-in idea"
        ),
        "conflicted": submitted_nomination(call, ons_code=SURREY, title="Surrey conflicted idea"),
        "unknown": of_unknown_authority(call, title="Idea from nowhere known"),
        "allowed": submitted_nomination(call, ons_code=MEDWAY, title="Medway shared idea"),
    }
    Conflict.objects.create(member=member, nomination=made["conflicted"], reason="I worked on it.")
    return made


@pytest.fixture
def world(client):
    """A Kent panel member, every nomination `hidden_and_allowed` makes assigned to them (as if by
    mistake) and scored by someone else where anyone may, each decided, all in one theme."""
    call = make_call()
    services.review_setup_get(call=call)
    team = ProgrammeTeamFactory()
    member = panel_member(KENT, full_name="Dawn Ashby", email="dawn.ashby@kent.example.org")
    other = panel_member(READING, full_name="Rob Reading")
    on_panel(call, member, other)
    made = hidden_and_allowed(call, member, team)
    for key, nomination in made.items():
        assign(member, nomination)
        if key != "unknown":  # nobody may review that one, so nobody has
            submit_review(assign(other, nomination), [1, 2, 1, 2], team=f"Secret score note {nomination.pk}")
        Decision.objects.create(nomination=nomination, outcome="reserve", decided_by=team)
    theme = accepted_theme(call, "All of them", *made.values())
    client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    return {"call": call, "member": member, "other": other, "team": team, "theme": theme, "client": client, **made}


def _call_kwargs(world, name):
    kwargs = {"slug": world["call"].slug}
    if name == "review:meeting_theme":
        kwargs["theme_id"] = world["theme"].pk
    return kwargs


# --- the rule ----------------------------------------------------------------------------------


def test_the_rule_gives_each_person_exactly_the_nominations_they_may_see(world):
    call, member, other = world["call"], world["member"], world["other"]
    everything = {world[key].pk for key in [*HIDDEN, "allowed"]}

    def seen_by(user):
        return set(visibility.nominations_visible_to(user, call).values_list("pk", flat=True))

    assert seen_by(member) == {world["allowed"].pk}
    assert seen_by(other) == everything - {world["unknown"].pk}
    assert seen_by(world["team"]) == everything
    assert seen_by(panel_member(MEDWAY)) == set()  # not on this call's panel
    assert seen_by(ContributorFactory()) == set()
    assert set(visibility.nominations_visible_to(member).values_list("pk", flat=True)) == {world["allowed"].pk}


def test_the_rule_says_why_a_nomination_is_hidden(world):
    member = world["member"]
    reasons = {key: visibility.hidden_reason(member, world[key]) for key in [*HIDDEN, "allowed"]}

    assert reasons == {
        "own": "it comes from their own authority (Kent)",
        "nominated": "they nominated it",
        "contact": "they are its contact",
        "conflicted": "they declared a conflict of interest",
        "unknown": "it does not say which authority it comes from",
        "allowed": "",
    }
    assert visibility.hidden_reason(panel_member(MEDWAY), world["allowed"]) == "they are not on this call's panel"


# --- every route into a nomination -------------------------------------------------------------


@pytest.mark.parametrize("name", NOMINATION_PAGES)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_panel_member_gets_404_for_a_nomination_the_rule_hides(world, name, hidden):
    url = reverse(name, kwargs={"pk": world[hidden].pk})
    assert world["client"].get(url).status_code == 404
    assert world["client"].post(url, {"reason": "x", "submit": ""}).status_code == 404
    assert world["client"].get(reverse(name, kwargs={"pk": world["allowed"].pk})).status_code == 200


def test_a_panel_member_cannot_score_a_hidden_nomination_even_when_assigned(world):
    criteria = list(world["call"].criteria.all())
    scores = {f"criterion_{criterion.pk}": "5" for criterion in criteria}
    for hidden in HIDDEN:
        url = reverse("review:review_form", kwargs={"pk": world[hidden].pk})
        response = world["client"].post(url, {**scores, "recommendation": "showcase", "submit": ""})
        assert response.status_code == 404
    submitted = Assignment.objects.filter(reviewer=world["member"], review__submitted_at__isnull=False)
    assert list(submitted) == []


@pytest.mark.parametrize("name", TEAM_NOMINATION_PAGES)
def test_a_panel_member_cannot_reach_decisions_or_letters(world, name):
    for key in [*HIDDEN, "allowed"]:
        assert world["client"].get(reverse(name, kwargs={"pk": world[key].pk})).status_code == 403


@pytest.mark.parametrize("name", TEAM_CALL_PAGES)
def test_a_panel_member_cannot_reach_the_teams_pages_exports_or_downloads(world, name):
    assert world["client"].get(reverse(name, kwargs={"slug": world["call"].slug})).status_code == 403


@pytest.mark.parametrize("name", [*LIST_PAGES, "review:panel_home"])
def test_lists_and_meeting_pages_leave_hidden_nominations_and_their_scores_out(world, name):
    kwargs = {} if name == "review:panel_home" else _call_kwargs(world, name)
    response = world["client"].get(reverse(name, kwargs=kwargs))
    page = response.content.decode()

    assert response.status_code == 200
    for hidden in HIDDEN:
        assert world[hidden].title not in page
        assert world[hidden].reference not in page
        assert f"Secret score note {world[hidden].pk}" not in page


def test_counts_and_charts_count_only_what_the_panel_member_may_see(world):
    call, member = world["call"], world["member"]
    submit_review(Assignment.objects.get(reviewer=member, nomination=world["allowed"]), [3, 3, 3, 3])

    themes = selectors_meeting.meeting_themes(member, call)
    home = selectors_panel.assignments_by_call(member)
    listed = selectors_panel.visible_nominations_list(member, call)

    assert [(s.label, s.nominations, s.reviewed, s.decided, s.mean) for s in themes] == [
        ("All of them", 1, 1, 1, 2.25),
        ("Not in a theme", 0, 0, 0, None),
    ]
    assert [(group.submitted, len(group.rows)) for group in home] == [(1, 1)]
    assert [row["nomination"] for row in listed] == [world["allowed"]]
    page = world["client"].get(reverse("review:meeting", kwargs={"slug": call.slug})).content.decode()
    assert '<span class="sl-bar__value">1 of 1</span>' in page  # Dawn's progress, on what she may see
    assert '<span class="sl-bar__value">5 of 5</span>' not in page  # Rob's, counting what Dawn may not see


# --- assignment --------------------------------------------------------------------------------


def test_automatic_assignment_never_gives_a_panel_member_a_nomination_the_rule_hides(client):
    call = make_call()
    ReviewSetup.objects.create(call=call, reviewers_per_nomination=1)
    team = ProgrammeTeamFactory()
    member = panel_member(KENT, full_name="Dawn Ashby", email="dawn.ashby@kent.example.org")
    other = panel_member(READING)
    on_panel(call, member, other)
    made = hidden_and_allowed(call, member, team)

    assert services.assignments_auto(call=call, by=team) == 5

    pairs = set(Assignment.objects.filter(nomination__call=call).values_list("reviewer_id", "nomination_id"))
    expected = {(other.pk, made[key].pk) for key in ("own", "nominated", "contact", "conflicted")}
    assert pairs == expected | {(member.pk, made["allowed"].pk)}
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("review:assignments", kwargs={"slug": call.slug})).content.decode()
    assert "1 nomination does not say which authority it comes from, so no panel member can see it" in page
    assert made["unknown"].reference in page


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_manual_assignment_of_a_hidden_nomination_is_refused_with_the_reason(world, client, hidden):
    nomination = world[hidden]
    Assignment.objects.filter(reviewer=world["member"], nomination=nomination).delete()
    client.force_login(world["team"], backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(
        reverse("review:assignments", kwargs={"slug": world["call"].slug}),
        {"nomination": nomination.pk, "reviewer": world["member"].pk},
    )

    page = response.content.decode()
    reason = visibility.hidden_reason(world["member"], nomination).replace("'", "&#x27;")
    assert "There is a problem" in page
    assert f"Dawn Ashby cannot review {nomination.reference}: {reason}" in page
    assert not Assignment.objects.filter(reviewer=world["member"], nomination=nomination).exists()


def test_a_nomination_held_back_from_the_panel_is_never_visible_assignable_or_scorable(world, client):
    """Whatever `ready_for_panel` leaves out (drafts, withdrawn ones, those held for personal data)."""
    call, member, team = world["call"], world["member"], world["team"]
    ReviewSetup.objects.filter(call=call).update(reviewers_per_nomination=1)
    draft = call_services.nomination_start(call=call, nominator=ContributorFactory(), by=team)
    withdrawn = submitted_nomination(call, ons_code=MEDWAY, title="Withdrawn idea")
    call_services.nomination_withdraw(nomination=withdrawn, by=team)
    flagged = submitted_nomination(
        call, ons_code=MEDWAY, title="Flagged idea", problem="Jack Smith, aged 7, could not see his mother."
    )
    assert flagged.personal_data != []
    held = Nomination.objects.filter(call=call).exclude(pk__in=Nomination.objects.ready_for_panel())
    assert {draft.pk, withdrawn.pk} <= set(held.values_list("pk", flat=True))

    for nomination in held:
        assign(member, nomination)
        with pytest.raises(ValidationError):
            services.assignment_add(nomination=nomination, reviewer=world["other"], by=team)
        for name in NOMINATION_PAGES:
            assert world["client"].get(reverse(name, kwargs={"pk": nomination.pk})).status_code == 404
    visible = set(visibility.nominations_visible_to(member, call).values_list("pk", flat=True))
    assert visible & set(held.values_list("pk", flat=True)) == set()
    Assignment.objects.filter(nomination__in=held).delete()
    services.assignments_auto(call=call, by=team)
    assert not Assignment.objects.filter(nomination__in=held).exists()


# --- other reviewers' scores -------------------------------------------------------------------


def test_other_reviewers_scores_are_hidden_until_the_panel_member_submits_their_own(world):
    client, allowed, call = world["client"], world["allowed"], world["call"]
    reviews_url = reverse("review:nomination_reviews", kwargs={"pk": allowed.pk})
    theme_url = reverse("review:meeting_theme", kwargs=_call_kwargs(world, "review:meeting_theme"))
    meeting_url = reverse("review:meeting", kwargs={"slug": call.slug})
    secret = f"Secret score note {allowed.pk}"

    before = [client.get(url).content.decode() for url in (reviews_url, theme_url, meeting_url)]

    for page in before:
        assert secret not in page
        assert "Rob Reading" not in page.split("Reviewers' progress")[0]
        assert "1.50" not in page
    assert "You will see the other reviewers’ scores and comments once you submit your own review." in before[0]
    assert "Scores hidden until you submit your review" in before[1]

    criteria = list(call.criteria.all())
    data = {f"criterion_{c.pk}": "4" for c in criteria} | {"recommendation": "maybe", "submit": ""}
    assert client.post(reverse("review:review_form", kwargs={"pk": allowed.pk}), data).status_code == 302
    after = [client.get(url).content.decode() for url in (reviews_url, theme_url, meeting_url)]

    assert secret in after[0]
    assert "Rob Reading: 1.50, showcase it" in after[0]
    assert secret in after[1]
    assert "Mean 2.75, median 2.75, spread 2.50 from 2 reviews" in after[1]
    assert "2.75" in after[2]


def test_a_panel_member_not_assigned_a_nomination_sees_its_scores(world):
    Assignment.objects.filter(reviewer=world["member"], nomination=world["allowed"]).delete()
    url = reverse("review:nomination_reviews", kwargs={"pk": world["allowed"].pk})

    page = world["client"].get(url).content.decode()

    assert f"Secret score note {world['allowed'].pk}" in page


# --- people with no part in the review -------------------------------------------------------


def test_a_panel_member_on_another_calls_panel_gets_nothing_from_this_one(world, client):
    outsider = panel_member(READING)
    other_call = make_call(slug="another-call")
    on_panel(other_call, outsider)
    client.force_login(outsider, backend="django.contrib.auth.backends.ModelBackend")
    for key in [*HIDDEN, "allowed"]:
        for name in NOMINATION_PAGES:
            assert client.get(reverse(name, kwargs={"pk": world[key].pk})).status_code == 404
    for name in LIST_PAGES:
        assert client.get(reverse(name, kwargs=_call_kwargs(world, name))).status_code == 403


@pytest.mark.parametrize("factory", [ContributorFactory, WriterFactory])
def test_writers_and_contributors_get_403_everywhere(world, client, factory):
    client.force_login(factory(), backend="django.contrib.auth.backends.ModelBackend")
    for name in [*NOMINATION_PAGES, *TEAM_NOMINATION_PAGES]:
        assert client.get(reverse(name, kwargs={"pk": world["allowed"].pk})).status_code == 403
    for name in [*LIST_PAGES, *TEAM_CALL_PAGES]:
        assert client.get(reverse(name, kwargs=_call_kwargs(world, name))).status_code == 403
    assert client.get(reverse("review:panel_home")).status_code == 403


def test_anonymous_people_are_sent_to_sign_in(world, client):
    client.logout()
    response = client.get(reverse("review:nomination_reviews", kwargs={"pk": world["allowed"].pk}))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))
