import pytest
from django.core.exceptions import ValidationError

from silverlinings.calls.models import Nomination
from silverlinings.core.models import AuditEntry
from silverlinings.review.models import DuplicatePair, Idea, MeetingNote, SuggestionRun, Theme, ThemeMembership
from silverlinings.review.selectors import grouping as selectors
from silverlinings.review.services import grouping, ideas
from tests.calls.factories import make_call, submitted_nomination
from tests.review.factories import (
    DuplicatePairFactory,
    IdeaFactory,
    SuggestionRunFactory,
    ThemeFactory,
    realistic_nominations,
)

pytestmark = pytest.mark.django_db

CONFERENCES = frozenset({"conference_kent", "conference_surrey", "conference_medway"})
FOSTERING = frozenset({"fostering_hampshire", "fostering_kent", "fostering_surrey"})
LAPTOPS = frozenset({"laptops_reading", "laptops_slough", "laptops_wokingham"})


def grouping_audit(*fields: str) -> list:
    """The audit entries grouping wrote, oldest first (making calls and nominations writes others)."""
    entries = AuditEntry.objects.filter(action__regex=r"^(theme|themes|idea|duplicate)\.").order_by("pk")
    return list(entries.values_list(*fields, flat=len(fields) == 1))


def groups(call, made) -> set[frozenset[str]]:
    key_of = {nomination.pk: key for key, nomination in made.items()}
    return {
        frozenset(key_of[pk] for pk in theme.memberships.values_list("nomination_id", flat=True))
        for theme in Theme.objects.filter(call=call)
    }


def theme_holding(call, nomination) -> Theme:
    return Theme.objects.get(call=call, memberships__nomination=nomination)


def members(theme) -> set[int]:
    return set(theme.memberships.values_list("nomination_id", flat=True))


def run_suggestion(call, by, capture, n_themes: int | None = 3) -> SuggestionRun:
    with capture(execute=True):
        run = grouping.suggestion_run_request(call=call, by=by, n_themes=n_themes)
    run.refresh_from_db()
    return run


def three(call):
    return [
        submitted_nomination(call, title="Hybrid conferences"),
        submitted_nomination(call, ons_code="E10000030", title="Video conferences"),
        submitted_nomination(call, ons_code="E06000035", title="Conference chairs online"),
    ]


def test_suggestion_docs_are_the_free_text_answers_of_sent_nominations_only():
    call = make_call()
    nomination = submitted_nomination(call)
    draft = submitted_nomination(call, ons_code="E10000030")
    Nomination.objects.filter(pk=draft.pk).update(status="draft")
    assert selectors.suggestion_docs(call) == [
        (
            nomination.pk,
            (
                "Hybrid child protection conferences\n\nPartners could not travel to conferences.\n\n"
                "Families meet the chair in person while partners join by video.\n\n"
                "Conferences on time rose from 71% to 93%.\n\nIt is in our procedures now.\n\n"
                "Meeting-room speakers and trained chairs."
            ),
        )
    ]


def test_suggestion_run_groups_a_realistic_set_and_its_progress_ends_at_one(
    programme_team, django_capture_on_commit_callbacks
):
    call = make_call()
    made = realistic_nominations(call)
    run = run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    assert (run.status, run.progress, run.message) == ("done", 1.0, "Suggested 3 themes and found 3 likely duplicates")
    assert run.finished_at is not None
    assert groups(call, made) == {CONFERENCES, FOSTERING, LAPTOPS}
    themes = Theme.objects.filter(call=call)
    assert {(theme.status, theme.edited, theme.suggestion_run_id) for theme in themes} == {("suggested", False, run.pk)}
    assert [theme.memberships.filter(exemplar=True).count() for theme in themes] == [3, 3, 3]
    assert all(theme.keywords and theme.label for theme in themes)
    pairs = [(pair.first_id, pair.second_id) for pair in DuplicatePair.objects.filter(call=call, listed=True)]
    assert pairs[0] == (made["conference_kent"].pk, made["conference_surrey"].pk)
    assert len(pairs) == 3
    assert AuditEntry.objects.get(action="themes.suggestion_requested").data == {"run": run.pk, "n_themes": 3}


def test_suggestion_run_without_a_number_chooses_one_and_puts_every_nomination_in_a_theme(
    programme_team, django_capture_on_commit_callbacks
):
    call = make_call()
    made = realistic_nominations(call)
    run = run_suggestion(call, programme_team, django_capture_on_commit_callbacks, n_themes=None)
    assert (run.status, run.progress) == ("done", 1.0)
    assert set().union(*groups(call, made)) == CONFERENCES | FOSTERING | LAPTOPS
    assert 2 <= Theme.objects.filter(call=call).count() <= 4


def test_a_rerun_keeps_accepted_and_edited_themes_untouched_and_replaces_old_suggestions(
    programme_team, django_capture_on_commit_callbacks
):
    call = make_call()
    made = realistic_nominations(call)
    run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    accepted = grouping.theme_accept(theme=theme_holding(call, made["conference_kent"]), by=programme_team)
    edited = grouping.theme_rename(
        theme=theme_holding(call, made["fostering_kent"]), label="Foster carers", by=programme_team
    )
    grouping.theme_nomination_remove(theme=edited, nomination=made["fostering_surrey"], by=programme_team)
    old = theme_holding(call, made["laptops_slough"])
    before = {theme.pk: (theme.label, theme.status, theme.edited, members(theme)) for theme in [accepted, edited]}
    second = run_suggestion(call, programme_team, django_capture_on_commit_callbacks, n_themes=2)
    after = {theme.pk: (theme.label, theme.status, theme.edited, members(theme)) for theme in [accepted, edited]}
    assert after == before
    assert not Theme.objects.filter(pk=old.pk).exists()
    new = Theme.objects.filter(call=call, suggestion_run=second)
    # The accepted theme's nominations are not grouped again; the edited theme's are.
    assert groups(call, made) == {CONFERENCES, FOSTERING - {"fostering_surrey"}, FOSTERING, LAPTOPS}
    assert {theme.pk for theme in new} & {accepted.pk, edited.pk, old.pk} == set()
    assert new.count() == 2


def test_a_rerun_never_creates_a_theme_overlapping_an_accepted_one(programme_team, django_capture_on_commit_callbacks):
    call = make_call()
    made = realistic_nominations(call)
    ThemeFactory(
        call=call, label="Hybrid meetings", status=Theme.Status.ACCEPTED, nominations=[made["conference_kent"]]
    )
    run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    assert groups(call, made) == {frozenset({"conference_kent"}), CONFERENCES - {"conference_kent"}, FOSTERING, LAPTOPS}


def test_a_rerun_keeps_dismissed_pairs_drops_pairs_no_longer_found_and_never_doubles_one(
    programme_team, django_capture_on_commit_callbacks
):
    call = make_call()
    made = realistic_nominations(call)
    run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    found = DuplicatePair.objects.filter(call=call).first()
    before = DuplicatePair.objects.filter(call=call).count()
    ideas.duplicate_pair_dismiss(pair=found, by=programme_team)
    gone = DuplicatePairFactory(first=made["conference_kent"], second=made["fostering_kent"])
    kept = DuplicatePairFactory(first=made["conference_surrey"], second=made["fostering_hampshire"], dismissed=True)
    run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    rows = dict(DuplicatePair.objects.filter(call=call).values_list("pk", "dismissed"))
    assert (rows[found.pk], rows[kept.pk], gone.pk in rows) == (True, True, False)
    assert len(rows) == before + 1


def test_a_failed_run_says_so_and_changes_nothing(programme_team):
    call = make_call()
    made = realistic_nominations(call)
    theme = ThemeFactory(call=call, nominations=[made["laptops_reading"]])
    run = SuggestionRunFactory(call=call, n_themes=0)
    with pytest.raises(ValueError, match="n_themes must be at least 1"):
        grouping.suggestion_run_now(run_id=run.pk)
    run.refresh_from_db()
    assert (run.status, run.message) == ("failed", "The suggestion stopped with an error (ValueError). Try again.")
    assert list(Theme.objects.filter(call=call)) == [theme]


def test_a_finished_run_is_not_run_twice(programme_team):
    run = SuggestionRunFactory(status=SuggestionRun.Status.DONE, progress=1.0, message="Suggested 2 themes")
    grouping.suggestion_run_now(run_id=run.pk)
    assert Theme.objects.count() == 0


def test_progress_is_written_at_most_every_half_second_and_below_one_until_saved():
    run = SuggestionRunFactory()
    ticks = iter([10.0, 10.2, 10.6, 10.7])
    report = grouping.RunProgress(run, clock=lambda: next(ticks)).phase(0.7, 0.3)
    written = []
    for fraction, message in [(0.0, "Reading"), (0.5, "Comparing"), (1.0, "Found 1"), (1.0, "Again")]:
        report(fraction, message)
        run.refresh_from_db()
        written.append((run.progress, run.message))
    assert written == [(0.7, "Reading"), (0.7, "Reading"), (0.99, "Found 1"), (0.99, "Found 1")]


def test_theme_accept_is_audited_once(programme_team):
    theme = ThemeFactory()
    grouping.theme_accept(theme=theme, by=programme_team)
    grouping.theme_accept(theme=theme, by=programme_team)
    theme.refresh_from_db()
    assert (theme.status, theme.edited) == ("accepted", False)
    assert grouping_audit("action", "object_id") == [("theme.accepted", str(theme.pk))]


def test_theme_rename_sets_label_description_and_edited(programme_team):
    theme = ThemeFactory(label="partners · person · video")
    grouping.theme_rename(
        theme=theme, label=" Hybrid meetings ", description="Families in the room.", by=programme_team
    )
    theme.refresh_from_db()
    assert (theme.label, theme.description, theme.edited) == ("Hybrid meetings", "Families in the room.", True)
    assert AuditEntry.objects.get(action="theme.renamed").data == {
        "from": {"label": "partners · person · video", "description": ""},
        "to": {"label": "Hybrid meetings", "description": "Families in the room."},
    }
    with pytest.raises(ValidationError) as refused:
        grouping.theme_rename(theme=theme, label="  ", by=programme_team)
    assert refused.value.message_dict == {"label": ["Enter a name for the theme"]}


def test_themes_merge_keeps_the_largest_with_every_nomination_once_and_moves_notes(programme_team):
    call = make_call()
    a, b, c = three(call)
    d = submitted_nomination(call, ons_code="E06000038", title="Partners by video")
    big = ThemeFactory(
        call=call, label="Hybrid meetings", keywords=["hybrid", "video"], nominations=[a, b, d], exemplars=[a]
    )
    small = ThemeFactory(
        call=call, label="Video conferences", keywords=["video", "chairs"], nominations=[b, c], exemplars=[c]
    )
    note = MeetingNote.objects.create(call=call, theme=small, author=programme_team, text="Talk about chairs.")
    merged = grouping.themes_merge(themes=[small, big], by=programme_team)
    assert merged.pk == big.pk
    merged.refresh_from_db()
    assert (merged.label, merged.keywords, merged.status, merged.edited) == (
        "Hybrid meetings",
        ["hybrid", "video", "chairs"],
        "suggested",
        True,
    )
    assert members(merged) == {a.pk, b.pk, c.pk, d.pk}
    assert set(merged.memberships.filter(exemplar=True).values_list("nomination_id", flat=True)) == {a.pk, c.pk}
    assert not Theme.objects.filter(pk=small.pk).exists()
    note.refresh_from_db()
    assert note.theme_id == big.pk
    entry = AuditEntry.objects.get(action="theme.merged")
    assert (entry.object_id, entry.data) == (
        str(big.pk),
        {
            "themes": [small.pk, big.pk],
            "labels": ["Video conferences", "Hybrid meetings"],
            "into": big.pk,
            "label": "Hybrid meetings",
            "nominations": 4,
        },
    )


def test_themes_merge_into_an_accepted_theme_with_a_new_name(programme_team):
    call = make_call()
    a, b, c = three(call)
    accepted = ThemeFactory(call=call, status=Theme.Status.ACCEPTED, nominations=[a])
    larger = ThemeFactory(call=call, nominations=[b, c])
    merged = grouping.themes_merge(themes=[larger, accepted], label="Meeting online", by=programme_team)
    assert (merged.pk, merged.label, merged.status) == (accepted.pk, "Meeting online", "accepted")
    assert Theme.objects.filter(call=call).count() == 1


def test_themes_merge_needs_two_themes(programme_team):
    theme = ThemeFactory()
    with pytest.raises(ValidationError) as refused:
        grouping.themes_merge(themes=[theme, theme], by=programme_team)
    assert refused.value.message_dict == {"themes": ["Select at least two themes to merge"]}


def test_theme_split_moves_the_chosen_nominations_into_a_new_theme(programme_team):
    call = make_call()
    a, b, c = three(call)
    theme = ThemeFactory(call=call, status=Theme.Status.ACCEPTED, nominations=[a, b, c], exemplars=[c])
    new = grouping.theme_split(theme=theme, nominations=[b, c], label="Chairs online", by=programme_team)
    theme.refresh_from_db()
    assert (members(theme), members(new)) == ({a.pk}, {b.pk, c.pk})
    assert (new.label, new.status, new.edited, theme.edited) == ("Chairs online", "accepted", True, True)
    assert list(new.memberships.filter(exemplar=True).values_list("nomination_id", flat=True)) == [c.pk]
    entry = AuditEntry.objects.get(action="theme.split")
    assert (entry.object_id, entry.data) == (
        str(theme.pk),
        {"into": new.pk, "label": "Chairs online", "nominations": [b.pk, c.pk]},
    )


def test_theme_split_leaves_at_least_one_nomination(programme_team):
    call = make_call()
    a, b, _ = three(call)
    theme = ThemeFactory(call=call, nominations=[a, b])
    with pytest.raises(ValidationError) as refused:
        grouping.theme_split(theme=theme, nominations=[a, b], label="", by=programme_team)
    assert refused.value.message_dict == {
        "nominations": ["Leave at least one nomination in this theme"],
        "label": ["Enter a name for the new theme"],
    }
    assert Theme.objects.filter(call=call).count() == 1


def test_theme_nomination_move_takes_it_out_of_one_theme_into_another(programme_team):
    call = make_call()
    a, b, _ = three(call)
    first = ThemeFactory(call=call, nominations=[a, b], exemplars=[a])
    second = ThemeFactory(call=call)
    grouping.theme_nomination_move(from_theme=first, to_theme=second, nomination=a, by=programme_team)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (members(first), members(second), first.edited, second.edited) == ({b.pk}, {a.pk}, True, True)
    assert second.memberships.get().exemplar is False
    entry = AuditEntry.objects.get(action="theme.nomination_moved")
    assert (entry.object_id, entry.data) == (
        str(second.pk),
        {
            "nomination": a.pk,
            "reference": a.reference,
            "from": first.pk,
            "from_label": first.label,
        },
    )


def test_theme_nomination_move_to_a_theme_that_has_it_already_just_leaves_the_first(programme_team):
    call = make_call()
    a, _, _ = three(call)
    first, second = ThemeFactory(call=call, nominations=[a]), ThemeFactory(call=call, nominations=[a])
    grouping.theme_nomination_move(from_theme=first, to_theme=second, nomination=a, by=programme_team)
    assert (members(first), members(second)) == (set(), {a.pk})
    with pytest.raises(ValidationError):
        grouping.theme_nomination_move(from_theme=second, to_theme=second, nomination=a, by=programme_team)


def test_theme_nomination_add_puts_it_in_a_second_theme_too(programme_team):
    call = make_call()
    a, _, _ = three(call)
    first, second = ThemeFactory(call=call, nominations=[a]), ThemeFactory(call=call)
    grouping.theme_nomination_add(theme=second, nomination=a, by=programme_team)
    second.refresh_from_db()
    assert (members(first), members(second), second.edited) == ({a.pk}, {a.pk}, True)
    assert sorted(a.themes.values_list("pk", flat=True)) == [first.pk, second.pk]
    entry = AuditEntry.objects.get(action="theme.nomination_added")
    assert (entry.object_id, entry.data) == (str(second.pk), {"nomination": a.pk, "reference": a.reference})
    with pytest.raises(ValidationError) as refused:
        grouping.theme_nomination_add(theme=second, nomination=a, by=programme_team)
    assert refused.value.message_dict == {"nomination": [f"‘{a.title}’ is already in ‘{second.label}’"]}


def test_theme_nomination_add_refuses_another_calls_nomination(programme_team):
    theme = ThemeFactory()
    other = submitted_nomination(make_call(slug="other-call"))
    with pytest.raises(ValidationError):
        grouping.theme_nomination_add(theme=theme, nomination=other, by=programme_team)
    assert ThemeMembership.objects.count() == 0


def test_theme_nomination_remove_keeps_the_nomination(programme_team):
    call = make_call()
    a, b, _ = three(call)
    theme = ThemeFactory(call=call, nominations=[a, b])
    grouping.theme_nomination_remove(theme=theme, nomination=a, by=programme_team)
    theme.refresh_from_db()
    assert (members(theme), theme.edited, Nomination.objects.filter(pk=a.pk).exists()) == ({b.pk}, True, True)
    entry = AuditEntry.objects.get(action="theme.nomination_removed")
    assert (entry.object_id, entry.data) == (str(theme.pk), {"nomination": a.pk, "reference": a.reference})


def test_a_reworded_pair_from_two_authorities_is_found_and_linking_keeps_both_originals(
    programme_team, django_capture_on_commit_callbacks
):
    call = make_call()
    made = realistic_nominations(call)
    run_suggestion(call, programme_team, django_capture_on_commit_callbacks)
    pair = DuplicatePair.objects.select_related("first__authority", "second__authority").filter(call=call).first()
    assert (pair.first.authority.short_name, pair.second.authority.short_name) == ("Kent", "Surrey")
    assert 0.6 <= pair.similarity < 1
    before = list(Nomination.objects.order_by("pk").values_list("pk", "status", "title", "answers"))
    idea = ideas.duplicate_pair_link(pair=pair, label="Hybrid child protection conferences", by=programme_team)
    assert sorted(idea.nominations.values_list("pk", flat=True)) == [
        made["conference_kent"].pk,
        made["conference_surrey"].pk,
    ]
    assert list(Nomination.objects.order_by("pk").values_list("pk", "status", "title", "answers")) == before
    assert [entry.data for entry in AuditEntry.objects.filter(action="idea.linked")] == [
        {"nominations": [pair.first_id, pair.second_id], "new": True}
    ]
    assert AuditEntry.objects.get(action="duplicate.linked").data == {
        "pair": pair.pk,
        "nominations": [pair.first_id, pair.second_id],
        "similarity": pair.similarity,
    }
    ideas.idea_unlink(idea=idea, by=programme_team)
    assert (
        Idea.objects.count(),
        list(Nomination.objects.order_by("pk").values_list("pk", "status", "title", "answers")),
    ) == (0, before)


def test_linking_a_pair_to_an_existing_idea_adds_the_other_nomination(programme_team):
    call = make_call()
    a, b, c = three(call)
    idea = IdeaFactory(call=call, label="Hybrid meetings", nominations=[a, b])
    pair = DuplicatePairFactory(first=b, second=c)
    linked = ideas.duplicate_pair_link(pair=pair, idea=idea, by=programme_team)
    assert (linked.pk, linked.label, sorted(linked.nominations.values_list("pk", flat=True))) == (
        idea.pk,
        "Hybrid meetings",
        [a.pk, b.pk, c.pk],
    )
    with pytest.raises(ValidationError) as refused:
        ideas.duplicate_pair_link(pair=pair, label=" ", by=programme_team)
    assert refused.value.message_dict == {"label": ["Enter a name for the idea"]}


def test_idea_nomination_remove_unlinks_the_idea_when_one_is_left(programme_team):
    call = make_call()
    a, b, c = three(call)
    idea = IdeaFactory(call=call, nominations=[a, b, c])
    assert ideas.idea_nomination_remove(idea=idea, nomination=c, by=programme_team) == idea
    assert ideas.idea_nomination_remove(idea=idea, nomination=b, by=programme_team) is None
    assert (Idea.objects.count(), Nomination.objects.filter(pk__in=[a.pk, b.pk, c.pk]).count()) == (0, 3)
    assert grouping_audit("action") == [
        "idea.nomination_removed",
        "idea.nomination_removed",
        "idea.unlinked",
    ]


def test_duplicate_pair_dismiss_and_restore_are_audited(programme_team):
    call = make_call()
    a, b, _ = three(call)
    pair = DuplicatePairFactory(first=a, second=b)
    ideas.duplicate_pair_dismiss(pair=pair, by=programme_team)
    pair.refresh_from_db()
    assert pair.dismissed is True
    ideas.duplicate_pair_restore(pair=pair, by=programme_team)
    pair.refresh_from_db()
    assert pair.dismissed is False
    assert grouping_audit("action", "data") == [
        ("duplicate.dismissed", {"pair": pair.pk, "nominations": [a.pk, b.pk], "similarity": 0.8}),
        ("duplicate.restored", {"pair": pair.pk, "nominations": [a.pk, b.pk], "similarity": 0.8}),
    ]


def test_demo_themes_suggests_and_accepts_once(programme_team):
    call = make_call()
    made = realistic_nominations(call)
    themes = grouping.demo_themes(call, programme_team)
    assert {theme.status for theme in Theme.objects.filter(call=call)} == {"accepted"}
    assert set().union(*groups(call, made)) == CONFERENCES | FOSTERING | LAPTOPS
    assert grouping.demo_themes(call, programme_team) == themes
    assert SuggestionRun.objects.filter(call=call).count() == 1
