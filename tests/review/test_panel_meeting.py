import pytest
from django.urls import reverse

from silverlinings.review import visibility
from silverlinings.review.models import Conflict, MeetingNote
from silverlinings.review.selectors import meeting as selectors_meeting
from silverlinings.review.selectors import panel as selectors_panel
from silverlinings.review.selectors.panel import score_stats
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


def test_score_stats_are_the_mean_median_and_spread_of_the_weighted_scores():
    stats = score_stats([4.25, 2.0, 3.5], ["showcase", "maybe", "showcase"], disagreement_spread=2)
    assert (stats.mean, stats.median, stats.spread, stats.disagreement) == (3.25, 3.5, 2.25, True)
    assert stats.recommendations == {"showcase": 2, "maybe": 1, "not_this_time": 0}
    even = score_stats([3.0, 4.0], [], disagreement_spread=1.5)
    assert (even.mean, even.median, even.spread, even.disagreement) == (3.5, 3.5, 1.0, False)
    alone = score_stats([1.0], ["not_this_time"], disagreement_spread=0)
    assert (alone.mean, alone.median, alone.spread, alone.disagreement) == (1.0, 1.0, 0.0, False)
    empty = score_stats([], [], disagreement_spread=2)
    assert (empty.count, empty.mean, empty.median, empty.spread, empty.disagreement) == (0, None, None, None, False)


@pytest.fixture
def meeting():
    """A theme with two nominations a Kent panel member sees, one from Kent and one they declared a conflict on."""
    call = make_call()
    viewer = panel_member(KENT, full_name="Vera Viewer")
    first_reviewer = panel_member(READING, full_name="Rob Reading")
    second_reviewer = panel_member(HAMPSHIRE, full_name="Hana Hampshire")
    on_panel(call, viewer, first_reviewer, second_reviewer)
    seen = submitted_nomination(call, ons_code=MEDWAY, title="Family time by video")
    agreed = submitted_nomination(call, ons_code=SLOUGH, title="Doorstep visits")
    own = submitted_nomination(call, ons_code=KENT, title="Kent secret idea")
    conflicted = submitted_nomination(call, ons_code=SURREY, title="Surrey conflicted idea")
    unthemed = submitted_nomination(call, ons_code=MEDWAY, title="An idea in no theme")
    Conflict.objects.create(member=viewer, nomination=conflicted, reason="I worked on it.")
    theme = accepted_theme(call, "Keeping in touch", seen, agreed, own, conflicted)
    submit_review(assign(first_reviewer, seen), [5, 5, 4, 4], "showcase", team="Strong evidence")
    submit_review(assign(second_reviewer, seen), [2, 2, 3, 3], "not_this_time", team="Thin")
    submit_review(assign(first_reviewer, agreed), [4, 4, 4, 4], "showcase")
    submit_review(assign(second_reviewer, agreed), [4, 4, 4, 4], "maybe")
    submit_review(assign(first_reviewer, own), [2, 2, 2, 2], "not_this_time")
    submit_review(assign(second_reviewer, conflicted), [2, 3, 2, 3], "maybe")
    return {
        "call": call,
        "viewer": viewer,
        "theme": theme,
        "seen": seen,
        "agreed": agreed,
        "own": own,
        "conflicted": conflicted,
        "unthemed": unthemed,
    }


def test_meeting_rows_give_each_visible_nomination_its_statistics(meeting):
    rows = selectors_meeting.meeting_rows(meeting["viewer"], meeting["call"], theme=meeting["theme"])

    assert [row.nomination for row in rows] == [meeting["seen"], meeting["agreed"]]
    seen, agreed = rows[0].stats, rows[1].stats
    assert (seen.scores, seen.mean, seen.median, seen.spread, seen.disagreement) == ([2.5, 4.5], 3.5, 3.5, 2.0, True)
    assert seen.recommendations == {"showcase": 1, "maybe": 0, "not_this_time": 1}
    assert rows[0].comments == [("Rob Reading", "Strong evidence"), ("Hana Hampshire", "Thin")]
    assert (agreed.mean, agreed.median, agreed.spread, agreed.disagreement) == (4.0, 4.0, 0.0, False)
    assert agreed.recommendations == {"showcase": 1, "maybe": 1, "not_this_time": 0}


def test_the_team_sees_every_row_and_a_panel_member_only_those_they_may_see(meeting):
    team = ProgrammeTeamFactory()
    themes_for_team = selectors_meeting.meeting_themes(team, meeting["call"])
    themes_for_viewer = selectors_meeting.meeting_themes(meeting["viewer"], meeting["call"])

    assert [(s.label, s.nominations, s.reviewed, s.mean) for s in themes_for_team] == [
        ("Keeping in touch", 4, 4, 3.0),
        ("Not in a theme", 1, 0, None),  # (3.5 + 4 + 2 + 2.5) / 4
    ]
    assert [(s.label, s.nominations, s.reviewed, s.mean) for s in themes_for_viewer] == [
        ("Keeping in touch", 2, 2, 3.75),
        ("Not in a theme", 1, 0, None),
    ]
    unthemed = selectors_meeting.meeting_rows(meeting["viewer"], meeting["call"], theme=None)
    assert [row.nomination for row in unthemed] == [meeting["unthemed"]]


def test_reviewers_progress_counts_only_what_the_viewer_may_see(meeting):
    call, viewer = meeting["call"], meeting["viewer"]
    visible = visibility.nominations_visible_to(viewer, call)

    as_viewer = selectors_panel.reviewer_progress(call, nominations=visible)
    as_team = selectors_panel.reviewer_progress(call)

    assert [(p.label, p.submitted, p.assigned) for p in as_viewer] == [
        ("Hana Hampshire", 2, 2),
        ("Rob Reading", 2, 2),
        ("Vera Viewer", 0, 0),
    ]
    assert [(p.label, p.submitted, p.assigned, p.percent) for p in as_team] == [
        ("Hana Hampshire", 3, 3, 100),
        ("Rob Reading", 3, 3, 100),
        ("Vera Viewer", 0, 0, 0),
    ]


def test_meeting_pages_leave_out_hidden_nominations_entirely(meeting, client):
    client.force_login(meeting["viewer"], backend="django.contrib.auth.backends.ModelBackend")
    slug = meeting["call"].slug
    pages = [
        reverse("review:meeting", kwargs={"slug": slug}),
        reverse("review:meeting_theme", kwargs={"slug": slug, "theme_id": meeting["theme"].pk}),
        reverse("review:meeting_unthemed", kwargs={"slug": slug}),
    ]
    contents = [client.get(url).content.decode() for url in pages]

    for page in contents:
        for hidden in (meeting["own"], meeting["conflicted"]):
            assert hidden.title not in page
            assert hidden.reference not in page
    assert meeting["seen"].reference in contents[1]
    assert "Mean 3.50, median 3.50, spread 2.00 from 2 reviews" in contents[1]
    assert "Reviewers disagree" in contents[1]
    assert "3.75" in contents[0]  # the theme's mean without the hidden nominations' scores
    assert "3.00" not in contents[0]


def test_the_team_adds_meeting_notes_to_a_theme(meeting, client):
    team = ProgrammeTeamFactory()
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("review:meeting_theme", kwargs={"slug": meeting["call"].slug, "theme_id": meeting["theme"].pk})

    empty = client.post(url, {"text": ""})
    response = client.post(url, {"text": "Pick one video idea for the showcase."})

    assert "Enter the note" in empty.content.decode()
    assert response.status_code == 302
    assert list(MeetingNote.objects.values_list("theme_id", "text")) == [
        (meeting["theme"].pk, "Pick one video idea for the showcase.")
    ]
    client.force_login(meeting["viewer"], backend="django.contrib.auth.backends.ModelBackend")
    assert "Pick one video idea for the showcase." in client.get(url).content.decode()
    assert client.post(url, {"text": "A panel member cannot add notes"}).status_code == 403


def test_a_theme_whose_nominations_are_all_hidden_is_left_out_for_a_panel_member(meeting, client):
    call, viewer = meeting["call"], meeting["viewer"]
    hidden_only = accepted_theme(call, "Kent and Surrey together", meeting["own"], meeting["conflicted"])
    empty = accepted_theme(call, "Nothing here yet")

    for_viewer = selectors_meeting.meeting_themes(viewer, call)
    for_team = selectors_meeting.meeting_themes(ProgrammeTeamFactory(), call)

    assert [s.label for s in for_viewer] == ["Keeping in touch", "Not in a theme"]
    assert [(s.label, s.nominations) for s in for_team] == [
        ("Keeping in touch", 4),
        ("Kent and Surrey together", 2),
        ("Nothing here yet", 0),
        ("Not in a theme", 1),
    ]
    client.force_login(viewer, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("review:meeting", kwargs={"slug": call.slug})).content.decode()
    assert "Kent and Surrey together" not in page
    assert "Nothing here yet" not in page
    for theme in (hidden_only, empty):
        url = reverse("review:meeting_theme", kwargs={"slug": call.slug, "theme_id": theme.pk})
        assert client.get(url).status_code == 404
