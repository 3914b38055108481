from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.review.models import Conflict, Decision, Review, ReviewSetup
from silverlinings.review.selectors.panel import panel_members
from silverlinings.review.services import panel as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
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

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def review_url(nomination) -> str:
    return reverse("review:review_form", kwargs={"pk": nomination.pk})


@pytest.fixture
def reviewing(client):
    """A Kent panel member signed in, assigned a nomination from Medway by Priya Sharma."""
    call = make_call()
    services.review_setup_get(call=call)
    nominator = ContributorFactory(
        full_name="Priya Sharma", email="priya.sharma@medway.example.org", authority=authority(MEDWAY)
    )
    nomination = submitted_nomination(
        call,
        nominator=nominator,
        ons_code=MEDWAY,
        organisation="Riverside Family Hub",
        what_you_did="Priya Sharma and the Riverside Family Hub team in Medway moved contact sessions to video.",
        contact={
            "name": "Priya Sharma",
            "role": "Team Manager",
            "email": "priya.sharma@medway.example.org",
            "phone": "07700 900555",
        },
    )
    member = panel_member(KENT)
    on_panel(call, member)
    assign(member, nomination)
    signed_in(client, member)
    return {"call": call, "nomination": nomination, "member": member, "client": client}


def test_anonymised_review_page_hides_who_sent_it_and_where_from(reviewing):
    ReviewSetup.objects.filter(call=reviewing["call"]).update(anonymised=True)

    page = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()

    assert "moved contact sessions to video" in page
    for identifying in [
        "Priya",
        "Sharma",
        "priya.sharma@medway.example.org",
        "07700 900555",
        "Medway",
        "Riverside Family Hub",
    ]:
        assert identifying not in page, identifying


def test_review_page_names_the_nominator_and_authority_when_not_anonymised(reviewing):
    page = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()

    assert "Priya Sharma" in page
    assert reviewing["nomination"].authority.name in page


def test_review_form_shows_each_criterion_as_radios_with_the_descriptors_as_hints(reviewing):
    page = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()

    assert page.count('type="radio"') == 4 * 5 + 3
    assert "A genuinely new way of working that others can learn from" in page
    assert "Save draft" in page
    assert "Submit review" in page


def test_submitting_an_incomplete_review_shows_the_errors_and_keeps_it_as_a_draft(reviewing):
    criteria = list(reviewing["call"].criteria.all())
    data = {f"criterion_{criteria[0].pk}": "4", "comment_for_team": "Half way through", "submit": ""}

    response = reviewing["client"].post(review_url(reviewing["nomination"]), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Select a score for impact and evidence" in page
    assert "Select your recommendation" in page
    assert "Half way through" in page
    review = reviewing["nomination"].assignments.get().review
    assert (review.submitted_at, review.comment_for_team) == (None, "Half way through")
    assert list(review.scores.values_list("value", flat=True)) == [4]


def test_a_complete_review_is_submitted_and_can_be_changed_while_reviews_are_open(reviewing):
    criteria = list(reviewing["call"].criteria.all())
    data = {f"criterion_{c.pk}": str(value) for c, value in zip(criteria, [5, 4, 3, 4], strict=True)}
    data.update(recommendation="showcase", comment_for_team="Good", comment_for_nominator="Thank you", submit="")

    response = reviewing["client"].post(review_url(reviewing["nomination"]), data)

    assert response["Location"] == reverse("review:panel_home")
    review = reviewing["nomination"].assignments.get().review
    assert review.weighted_score == 4.0
    home = reviewing["client"].get(reverse("review:panel_home")).content.decode()
    assert "1 of 1 reviews submitted" in home
    ReviewSetup.objects.filter(call=reviewing["call"]).update(reviews_open=False)
    closed = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()
    assert "Reviews are closed" in closed
    assert "Submit review" not in closed
    assert "Update review" not in closed
    assert reviewing["client"].post(review_url(reviewing["nomination"]), data).status_code == 403


def test_a_panel_member_declares_a_conflict_and_no_longer_sees_the_nomination(reviewing):
    url = reverse("review:conflict_declare", kwargs={"pk": reviewing["nomination"].pk})

    empty = reviewing["client"].post(url, {"reason": ""})
    declared = reviewing["client"].post(url, {"reason": "I used to manage this team."})

    assert "Enter why you have a conflict of interest" in empty.content.decode()
    assert declared.status_code == 302
    assert Conflict.objects.get().reason == "I used to manage this team."
    assert reviewing["client"].get(review_url(reviewing["nomination"])).status_code == 404
    assert reviewing["client"].get(url).status_code == 404


def test_a_conflict_declared_after_submitting_keeps_the_review_and_the_team_sees_it(reviewing, client):
    nomination, member = reviewing["nomination"], reviewing["member"]
    review = submit_review(nomination.assignments.get(), [4, 4, 4, 4], "showcase", team="Strong")
    url = reverse("review:conflict_declare", kwargs={"pk": nomination.pk})

    form = reviewing["client"].get(url).content.decode()
    declared = reviewing["client"].post(url, {"reason": "I realised I know the nominator."})

    assert "The review you submitted is kept" in form
    assert declared.status_code == 302
    assert Review.objects.get(pk=review.pk).weighted_score == 4.0
    reviews_url = reverse("review:nomination_reviews", kwargs={"pk": nomination.pk})
    assert reviewing["client"].get(reviews_url).status_code == 404
    signed_in(client, ProgrammeTeamFactory())
    panel = client.get(reverse("review:panel", kwargs={"slug": reviewing["call"].slug})).content.decode()
    reviews = client.get(reviews_url).content.decode()
    assert "Submitted review kept" in panel
    assert "Declared a conflict of interest after submitting" in reviews
    assert f"{member.get_full_name()}: 4.00, showcase it" in reviews


def test_the_team_changes_the_review_settings_and_weights(client):
    call = make_call()
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("review:panel_settings", kwargs={"slug": call.slug})
    client.get(url)
    criteria = list(call.criteria.all())
    data = {"reviewers_per_nomination": "3", "disagreement_spread": "1.5", "anonymised": "on", "reviews_open": "on"}
    data.update({f"weight_{c.pk}": weight for c, weight in zip(criteria, ["2", "1", "1", "0.5"], strict=True)})

    bad = client.post(url, {**data, "reviewers_per_nomination": "0", f"weight_{criteria[0].pk}": "-1"})
    good = client.post(url, data)

    assert "Each nomination needs at least 1 reviewer" in bad.content.decode()
    assert "Enter a weight of 0 or more" in bad.content.decode()
    assert good.status_code == 302
    setup = ReviewSetup.objects.get(call=call)
    assert (setup.reviewers_per_nomination, setup.disagreement_spread, setup.anonymised) == (3, Decimal("1.5"), True)
    assert [c.weight for c in call.criteria.all()] == [Decimal(2), Decimal(1), Decimal(1), Decimal("0.5")]


def test_the_team_adds_and_removes_panel_members(client):
    call = make_call()
    member = panel_member(READING, full_name="Tomasz Nowak")
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("review:panel", kwargs={"slug": call.slug})

    client.post(url, {"member": member.pk})
    page = client.get(url).content.decode()
    membership = panel_members(call).get()
    remove = reverse("review:panel_member_remove", kwargs={"slug": call.slug, "pk": membership.pk})
    confirm = client.get(remove).content.decode()
    client.post(remove)

    assert "Tomasz Nowak" in page
    assert "Remove Tomasz Nowak from the panel?" in confirm
    assert membership.user == member
    assert panel_members(call).count() == 0
    assert "Choose a panel member to add" in client.post(url, {"member": ""}).content.decode()


def test_automatic_assignment_that_cannot_be_done_shows_a_gov_uk_error(client):
    call = make_call()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    on_panel(call, panel_member(KENT))
    signed_in(client, ProgrammeTeamFactory())

    response = client.post(reverse("review:assignments_auto", kwargs={"slug": call.slug}))

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert f"Nomination {nomination.reference} has only 1 reviewer without a conflict" in page


def test_a_conflicted_manual_assignment_is_refused_on_the_page(client):
    call = make_call()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    member = panel_member(MEDWAY, full_name="Mo Medway")
    on_panel(call, member)
    signed_in(client, ProgrammeTeamFactory())

    response = client.post(
        reverse("review:assignments", kwargs={"slug": call.slug}), {"nomination": nomination.pk, "reviewer": member.pk}
    )

    page = response.content.decode()
    assert "There is a problem" in page
    assert f"Mo Medway cannot review {nomination.reference}: it comes from their own authority (Medway)" in page
    assert nomination.assignments.count() == 0


def test_the_team_sees_each_reviewers_progress(client):
    call = make_call()
    first, second = submitted_nomination(call, ons_code=MEDWAY), submitted_nomination(call, ons_code=SURREY)
    member = panel_member(KENT, full_name="Dawn Ashby")
    on_panel(call, member)
    submit_review(assign(member, first), [3, 3, 3, 3])
    assign(member, second)
    signed_in(client, ProgrammeTeamFactory())

    page = client.get(reverse("review:assignments", kwargs={"slug": call.slug})).content.decode()

    assert '<span class="sl-bar__label">Dawn Ashby</span>' in page
    assert '<span class="sl-bar__fill sl-w-50"></span>' in page
    assert '<span class="sl-bar__value">1 of 2</span>' in page


# --- list pages: the same number of queries for 1 row and for 20 ---------------------------------


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _grow(call, member, theme, count):
    """`count` more nominations, each assigned to `member`, reviewed by another, in `theme`, decided."""
    other = panel_member(SURREY)
    on_panel(call, other)
    team = ProgrammeTeamFactory(email="grower@seslip.example.org")
    for index in range(count):
        nomination = submitted_nomination(call, ons_code=MEDWAY, title=f"Idea {index}")
        theme.memberships.create(nomination=nomination)
        assign(member, nomination)
        submit_review(assign(other, nomination), [4, 3, 4, 3], team="Fine")
        Decision.objects.create(nomination=nomination, outcome="reserve", decided_by=team)


@pytest.mark.parametrize(
    "who, url_name",
    [
        ("member", "review:panel_home"),
        ("member", "review:panel_nominations"),
        ("member", "review:meeting"),
        ("member", "review:meeting_theme"),
        ("team", "review:assignments"),
        ("team", "review:meeting_theme"),
        ("team", "review:decisions"),
        ("team", "review:panel"),
    ],
)
def test_list_page_query_count_does_not_grow_with_rows(client, who, url_name):
    call = make_call()
    services.review_setup_get(call=call)
    member = panel_member(KENT)
    on_panel(call, member)
    theme = accepted_theme(call, "Hybrid working")
    _grow(call, member, theme, 1)
    signed_in(client, member if who == "member" else ProgrammeTeamFactory())
    kwargs = {"slug": call.slug} if url_name != "review:panel_home" else {}
    if url_name == "review:meeting_theme":
        kwargs["theme_id"] = theme.pk
    url = reverse(url_name, kwargs=kwargs)

    one = _queries(client, url)
    _grow(call, member, theme, 19)
    twenty = _queries(client, url)

    assert twenty == one


def test_review_page_links_to_the_other_reviews_only_once_the_member_has_submitted(reviewing):
    reviews_url = reverse("review:nomination_reviews", kwargs={"pk": reviewing["nomination"].pk})
    before = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()

    submit_review(reviewing["nomination"].assignments.get(), [4, 4, 4, 4])
    after = reviewing["client"].get(review_url(reviewing["nomination"])).content.decode()

    assert f'href="{reviews_url}"' not in before
    assert f'href="{reviews_url}"' in after
