from collections import Counter
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from silverlinings.review.algorithms.assignment import AssignmentImpossible
from silverlinings.review.models import Assignment, Conflict, Criterion, Review, ReviewSetup
from silverlinings.review.selectors.panel import panel_members
from silverlinings.review.services import decisions as decision_services
from silverlinings.review.services import panel as services
from tests.accounts.factories import ProgrammeTeamFactory
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

HAMPSHIRE, SLOUGH = "E10000014", "E06000039"


def pairs(call) -> set[tuple[int, int]]:
    return set(Assignment.objects.filter(nomination__call=call).values_list("reviewer_id", "nomination_id"))


def test_review_setup_starts_with_the_four_criteria_scored_1_to_5():
    call = make_call()
    setup = services.review_setup_get(call=call)
    criteria = list(call.criteria.all())
    assert setup.reviewers_per_nomination == 2
    assert [criterion.name for criterion in criteria] == [
        "Innovation",
        "Impact and evidence",
        "Could other authorities adopt it?",
        "Will it last?",
    ]
    assert [sorted(criterion.descriptors) for criterion in criteria] == [["1", "2", "3", "4", "5"]] * 4
    assert [criterion.weight for criterion in criteria] == [Decimal(1)] * 4
    services.review_setup_get(call=call)
    assert Criterion.objects.filter(call=call).count() == 4
    assert ReviewSetup.objects.filter(call=call).count() == 1


def test_automatic_assignment_gives_every_nomination_its_reviewers_with_even_loads_and_no_conflicts():
    call = make_call()
    team = ProgrammeTeamFactory()
    places = [MEDWAY, MEDWAY, KENT, READING, SLOUGH, SLOUGH]
    nominations = [submitted_nomination(call, ons_code=ons, title=f"Idea {i}") for i, ons in enumerate(places)]
    members = [panel_member(ons) for ons in (KENT, READING, SURREY, HAMPSHIRE)]
    on_panel(call, *members)
    services.conflict_declare(member=members[2], nomination=nominations[4], reason="I managed this team.")

    made = services.assignments_auto(call=call, by=team)

    made_pairs = pairs(call)
    assert made == 12
    assert Counter(nomination_id for _, nomination_id in made_pairs) == {n.pk: 2 for n in nominations}
    assert sorted(Counter(reviewer_id for reviewer_id, _ in made_pairs).values()) == [3, 3, 3, 3]
    authority_of = {member.pk: member.authority_id for member in members}
    nomination_authority = {n.pk: n.authority_id for n in nominations}
    assert [pair for pair in made_pairs if authority_of[pair[0]] == nomination_authority[pair[1]]] == []
    assert (members[2].pk, nominations[4].pk) not in made_pairs


def test_automatic_assignment_keeps_manual_assignments_and_adds_only_what_is_missing():
    call = make_call()
    team = ProgrammeTeamFactory()
    first, second = submitted_nomination(call, ons_code=MEDWAY), submitted_nomination(call, ons_code=SLOUGH)
    kent, reading, surrey = panel_member(KENT), panel_member(READING), panel_member(SURREY)
    on_panel(call, kent, reading, surrey)
    manual = services.assignment_add(nomination=first, reviewer=surrey, by=team)

    made = services.assignments_auto(call=call, by=team)

    assert made == 3
    assert (surrey.pk, first.pk) in pairs(call)
    assert Assignment.objects.get(pk=manual.pk).assigned_by == team
    assert Counter(nomination_id for _, nomination_id in pairs(call)) == {first.pk: 2, second.pk: 2}
    assert services.assignments_auto(call=call, by=team) == 0


def test_automatic_assignment_spreads_each_reviewers_nominations_over_the_themes():
    call = make_call()
    ReviewSetup.objects.create(call=call, reviewers_per_nomination=1)
    nominations = [submitted_nomination(call, ons_code=MEDWAY, title=f"Idea {i}") for i in range(4)]
    care, schools = accepted_theme(call, "Care", *nominations[:2]), accepted_theme(call, "Schools", *nominations[2:])
    kent, reading = panel_member(KENT), panel_member(READING)
    on_panel(call, kent, reading)

    services.assignments_auto(call=call, by=ProgrammeTeamFactory())

    theme_of = {n.pk: (care if i < 2 else schools).pk for i, n in enumerate(nominations)}
    themes_per_reviewer = {
        reviewer.pk: sorted(theme_of[n] for r, n in pairs(call) if r == reviewer.pk) for reviewer in (kent, reading)
    }
    assert themes_per_reviewer == {kent.pk: sorted([care.pk, schools.pk]), reading.pk: sorted([care.pk, schools.pk])}


def test_automatic_assignment_says_which_nomination_has_too_few_reviewers():
    call = make_call()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    on_panel(call, panel_member(KENT), panel_member(MEDWAY))

    with pytest.raises(AssignmentImpossible) as impossible:
        services.assignments_auto(call=call, by=ProgrammeTeamFactory())

    assert impossible.value.message == (
        f"Nomination {nomination.reference} has only 1 reviewer without a conflict; each nomination needs 2. "
        "Add panel members from other authorities or lower the number of reviewers."
    )
    assert pairs(call) == set()


def test_manual_assignment_is_refused_for_the_reviewers_own_authority_or_a_declared_conflict():
    call = make_call()
    team = ProgrammeTeamFactory()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    from_medway, from_kent = panel_member(MEDWAY, full_name="Mo Medway"), panel_member(KENT, full_name="Kim Kent")
    on_panel(call, from_medway, from_kent)
    Conflict.objects.create(member=from_kent, nomination=nomination, reason="My sister wrote it.")

    with pytest.raises(ValidationError) as own:
        services.assignment_add(nomination=nomination, reviewer=from_medway, by=team)
    with pytest.raises(ValidationError) as conflict:
        services.assignment_add(nomination=nomination, reviewer=from_kent, by=team)

    assert own.value.messages == [
        f"Mo Medway cannot review {nomination.reference}: it comes from their own authority (Medway)"
    ]
    assert conflict.value.messages == [
        f"Kim Kent cannot review {nomination.reference}: they declared a conflict of interest"
    ]
    assert pairs(call) == set()


def test_declaring_a_conflict_removes_the_assignment_and_its_review():
    call = make_call()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    member = panel_member(KENT)
    on_panel(call, member)
    assignment = assign(member, nomination)
    services.review_get_or_create(assignment=assignment)

    services.conflict_declare(member=member, nomination=nomination, reason="I line-manage the nominator.")

    assert Conflict.objects.get().reason == "I line-manage the nominator."
    assert pairs(call) == set()
    assert Review.objects.count() == 0


def test_declaring_a_conflict_after_submitting_keeps_the_submitted_review_even_after_release():
    call = make_call()
    team = ProgrammeTeamFactory()
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    member = panel_member(KENT)
    on_panel(call, member)
    review = submit_review(assign(member, nomination), [4, 4, 4, 4], "showcase", nominator="Well done")
    decision_services.decision_record(nomination=nomination, outcome="selected", reason="", by=team)
    decision_services.decisions_release(call=call, by=team, release_while_open=True)

    services.conflict_declare(member=member, nomination=nomination, reason="I realised I know the nominator.")

    kept = Review.objects.get(pk=review.pk)
    assert (kept.submitted_at, kept.weighted_score, kept.comment_for_nominator) == (
        review.submitted_at,
        4.0,
        "Well done",
    )
    assert list(kept.scores.values_list("value", flat=True)) == [4, 4, 4, 4]
    assert pairs(call) == {(member.pk, nomination.pk)}
    assert Conflict.objects.get().reason == "I realised I know the nominator."
    # The kept review no longer counts as one of the nomination's reviewers: it gets another.
    other = panel_member(READING)
    on_panel(call, other)
    ReviewSetup.objects.filter(call=call).update(reviewers_per_nomination=1)
    assert services.assignments_auto(call=call, by=team) == 1
    assert pairs(call) == {(member.pk, nomination.pk), (other.pk, nomination.pk)}


def test_removing_a_panel_member_keeps_their_submitted_reviews_only():
    call = make_call()
    first, second = submitted_nomination(call, ons_code=MEDWAY), submitted_nomination(call, ons_code=SLOUGH)
    member = panel_member(KENT)
    on_panel(call, member)
    submit_review(assign(member, first), [4, 4, 4, 4])
    assign(member, second)

    kept = services.panel_member_remove(membership=panel_members(call).get(user=member), by=ProgrammeTeamFactory())

    assert kept == 1
    assert pairs(call) == {(member.pk, first.pk)}
    assert panel_members(call).count() == 0


def _review(call):
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    member = panel_member(KENT)
    on_panel(call, member)
    return services.review_get_or_create(assignment=assign(member, nomination))


def test_submitting_a_review_needs_every_score_and_a_recommendation():
    call = make_call()
    review = _review(call)
    criteria = list(call.criteria.all())

    with pytest.raises(ValidationError) as problems:
        services.review_save(
            review=review,
            by=review.assignment.reviewer,
            values={criteria[0].pk: 4},
            recommendation="",
            comment_for_team="",
            comment_for_nominator="",
            submit=True,
        )

    assert problems.value.message_dict == {
        f"criterion_{criteria[1].pk}": ["Select a score for impact and evidence"],
        f"criterion_{criteria[2].pk}": ["Select a score for could other authorities adopt it"],
        f"criterion_{criteria[3].pk}": ["Select a score for will it last"],
        "recommendation": ["Select your recommendation"],
    }
    review.refresh_from_db()
    assert review.submitted_at is None


def test_a_draft_keeps_whatever_was_chosen_without_a_score():
    call = make_call()
    review = _review(call)
    first = call.criteria.first()

    services.review_save(
        review=review,
        by=review.assignment.reviewer,
        values={first.pk: 2},
        recommendation="maybe",
        comment_for_team="Half way",
        comment_for_nominator="",
        submit=False,
    )

    review.refresh_from_db()
    assert (review.submitted_at, review.weighted_score, review.recommendation) == (None, None, "maybe")
    assert list(review.scores.values_list("criterion_id", "value")) == [(first.pk, 2)]


def test_a_submitted_review_has_the_weighted_mean_of_its_scores():
    call = make_call()
    review = _review(call)
    for criterion, weight in zip(call.criteria.all(), [2, 1, 1, 0], strict=True):
        Criterion.objects.filter(pk=criterion.pk).update(weight=weight)

    review = submit_review(review.assignment, [5, 3, 4, 1], "showcase", team="Strong", nominator="Well done")

    review.refresh_from_db()
    assert review.weighted_score == 4.25  # (2×5 + 3 + 4 + 0×1) / 4
    assert review.submitted_at is not None
    assert (review.recommendation, review.comment_for_team, review.comment_for_nominator) == (
        "showcase",
        "Strong",
        "Well done",
    )


def test_reviews_cannot_change_once_the_team_closes_them():
    call = make_call()
    review = _review(call)
    ReviewSetup.objects.filter(call=call).update(reviews_open=False)

    with pytest.raises(ValidationError) as closed:
        submit_review(review.assignment, [5, 5, 5, 5])

    assert closed.value.messages == ["Reviews are closed"]


def test_a_review_of_a_nomination_the_rule_hides_cannot_be_saved():
    call = make_call()
    nomination = submitted_nomination(call, ons_code=KENT)
    member = panel_member(KENT, full_name="Kim Kent")
    on_panel(call, member)
    assignment = assign(member, nomination)  # made before the rule could refuse it

    with pytest.raises(ValidationError) as hidden:
        submit_review(assignment, [4, 4, 4, 4])

    assert hidden.value.messages == [
        f"Kim Kent cannot review {nomination.reference}: it comes from their own authority (Kent)"
    ]
    assert Review.objects.filter(submitted_at__isnull=False).count() == 0
