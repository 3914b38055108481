"""Themes, near-duplicates and linked ideas: every change the programme team makes while grouping.

Views and the suggestion task call these; nothing else writes themes, pairs or ideas, and each change
is audited. A theme the team has changed is marked `edited`: a new suggestion run replaces only the
suggestions nobody touched. Nominations themselves are never changed, merged or deleted here.
"""

import logging
import math
import time
from collections.abc import Callable, Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.core.services import audit_record

from ..models import DuplicatePair, MeetingNote, SuggestionRun, Theme, ThemeMembership
from ..selectors import grouping as selectors

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5  # seconds between progress writes; the progress page refreshes every 2
THEMES_SHARE = 0.7  # of the progress bar; finding duplicates takes the rest
DUPLICATE_THRESHOLD = 0.6
KEYWORDS_KEPT = 8


# --- Suggesting themes and near-duplicates -------------------------------------------------------------


class RunProgress:
    """Writes a run's progress and message, at most every PROGRESS_EVERY seconds."""

    def __init__(self, run: SuggestionRun, clock: Callable[[], float] = time.monotonic):
        self.run, self.clock, self.last = run, clock, -math.inf

    def phase(self, start: float, share: float) -> Callable[[float, str], None]:
        """A progress callback for one algorithm, mapping its 0..1 onto start..start + share."""
        return lambda fraction, message: self.write(start + share * fraction, message)

    def write(self, value: float, message: str) -> None:
        now = self.clock()
        if now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        SuggestionRun.objects.filter(pk=self.run.pk).update(
            progress=round(min(value, 0.99), 3), message=message[:200], updated_at=timezone.now()
        )


def suggestion_run_request(
    *, call: Call, by: User, n_themes: int | None = None, kind: str = SuggestionRun.Kind.THEMES
) -> SuggestionRun:
    """Record a request for suggested themes and near-duplicates (or, with kind DUPLICATES, for the
    duplicate search only) and queue it for the worker."""
    from ..tasks import suggestion_run

    run = SuggestionRun.objects.create(call=call, requested_by=by, n_themes=n_themes, kind=kind)
    action = "duplicates.search_requested" if kind == SuggestionRun.Kind.DUPLICATES else "themes.suggestion_requested"
    audit_record(actor=by, action=action, obj=call, data={"run": run.pk, "n_themes": n_themes})
    transaction.on_commit(lambda: suggestion_run.enqueue(run_id=run.pk))
    return run


def suggestion_run_now(*, run_id: int) -> SuggestionRun:
    """Run one queued suggestion and save its themes and pairs together. A finished run is left alone."""
    run = SuggestionRun.objects.select_related("call").get(pk=run_id)
    if run.status in (SuggestionRun.Status.DONE, SuggestionRun.Status.FAILED):
        return run
    _run_update(run, status=SuggestionRun.Status.RUNNING, progress=0, message="Reading nominations")
    try:
        suggested, pairs = _suggest(run)
        with transaction.atomic():
            themes = None
            if run.kind == SuggestionRun.Kind.THEMES:
                themes = themes_replace_suggested(call=run.call, run=run, suggested=suggested)
            found = duplicate_pairs_save(call=run.call, pairs=pairs)
    except Exception as error:
        logger.exception("Suggestion run %s failed", run.pk)
        message = f"The suggestion stopped with an error ({type(error).__name__}). Try again."
        _run_update(run, status=SuggestionRun.Status.FAILED, message=message, finished_at=timezone.now())
        raise
    message = f"Found {_counted(found, 'likely duplicate')}"
    if themes is not None:
        message = f"Suggested {_counted(len(themes), 'theme')} and found {_counted(found, 'likely duplicate')}"
    _run_update(run, status=SuggestionRun.Status.DONE, progress=1.0, message=message, finished_at=timezone.now())
    return run


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _run_update(run: SuggestionRun, **fields) -> None:
    for name, value in fields.items():
        setattr(run, name, value)
    run.save(update_fields=[*fields, "updated_at"])


def _suggest(run: SuggestionRun) -> tuple[list, list]:
    # The algorithms need numpy and scikit-learn: imported here so that web processes never load them.
    from ..algorithms.duplicates import duplicates_find
    from ..algorithms.themes import themes_suggest

    docs = selectors.suggestion_docs(run.call)
    progress = RunProgress(run)
    themes, start = [], 0.0
    if run.kind == SuggestionRun.Kind.THEMES:
        # Nominations already in an accepted theme are not grouped again, so no new theme overlaps one.
        accepted = selectors.nominations_in_accepted_themes(run.call)
        ungrouped = [(pk, text) for pk, text in docs if pk not in accepted]
        themes = themes_suggest(ungrouped, n_themes=run.n_themes, progress=progress.phase(0, THEMES_SHARE))
        start = THEMES_SHARE
    pairs = duplicates_find(docs, threshold=DUPLICATE_THRESHOLD, progress=progress.phase(start, 1 - start))
    return themes, pairs


def _member_sets(call: Call) -> set[frozenset[int]]:
    members: dict[int, set[int]] = {}
    for theme_id, nomination_id in ThemeMembership.objects.filter(theme__call=call).values_list("theme", "nomination"):
        members.setdefault(theme_id, set()).add(nomination_id)
    return {frozenset(ids) for ids in members.values()}


def themes_replace_suggested(*, call: Call, run: SuggestionRun | None, suggested: list) -> list[Theme]:
    """Replace the call's untouched suggestions with `suggested` (SuggestedTheme items).

    Accepted and edited themes stay exactly as they are. A new theme never takes a nomination that is
    in an accepted theme, and a suggestion with exactly the nominations of a theme that stays is left out.
    """
    Theme.objects.filter(call=call, status=Theme.Status.SUGGESTED, edited=False).delete()
    kept, live = _member_sets(call), set(selectors.submitted_nominations(call).values_list("pk", flat=True))
    live -= selectors.nominations_in_accepted_themes(call)
    created = []
    for item in suggested:
        members = [pk for pk in item.member_ids if pk in live]
        if not members or frozenset(members) in kept:
            continue
        theme = Theme.objects.create(call=call, label=item.label[:200], keywords=item.keywords, suggestion_run=run)
        exemplars = set(item.exemplar_ids)
        ThemeMembership.objects.bulk_create(
            ThemeMembership(theme=theme, nomination_id=pk, exemplar=pk in exemplars) for pk in members
        )
        created.append(theme)
    return created


PAIR_FIELDS = ("similarity", "score", "listed", "shared")


def duplicate_pairs_save(*, call: Call, pairs: list) -> int:
    """Save the likely twins found (DuplicatePair items, a < b). A pair found before keeps its row, and
    whether the team dismissed it, with the new figures; a pair no longer found goes unless it was
    dismissed. Returns how many pairs are in the default list."""
    live = set(selectors.submitted_nominations(call).values_list("pk", flat=True))
    found = {(pair.a, pair.b): pair for pair in pairs if pair.a in live and pair.b in live}
    existing = {(row.first_id, row.second_id): row for row in DuplicatePair.objects.filter(call=call)}
    gone = [row.pk for key, row in existing.items() if key not in found and not row.dismissed]
    DuplicatePair.objects.filter(pk__in=gone).delete()
    changed, new = [], []
    for key, pair in found.items():
        values = {"similarity": pair.similarity, "score": pair.score, "listed": pair.listed, "shared": pair.shared}
        row = existing.get(key)
        if row is None:
            new.append(DuplicatePair(call=call, first_id=key[0], second_id=key[1], **values))
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            changed.append(row)
    DuplicatePair.objects.bulk_update(changed, list(PAIR_FIELDS))
    DuplicatePair.objects.bulk_create(new)
    return sum(pair.listed for pair in found.values())


def demo_themes(call: Call, by: User) -> list[Theme]:
    """For the demo: suggest themes now, without the worker, and accept them. Once only per call."""
    if call.themes.exists():
        return list(call.themes.all())
    run = SuggestionRun.objects.create(call=call, requested_by=by)
    suggestion_run_now(run_id=run.pk)
    themes = list(Theme.objects.filter(suggestion_run=run))
    themes_accept(themes=themes, by=by)
    return themes


# --- Editing themes --------------------------------------------------------------------------------------


def _same_call(*themes: Theme, nomination: Nomination | None = None) -> None:
    calls = {theme.call_id for theme in themes} | ({nomination.call_id} if nomination else set())
    if len(calls) > 1:
        raise ValidationError("Themes and nominations must belong to the same call.")


def _mark_edited(*themes: Theme) -> None:
    for theme in themes:
        theme.edited = True
    Theme.objects.filter(pk__in=[theme.pk for theme in themes]).update(edited=True, updated_at=timezone.now())


def theme_accept(*, theme: Theme, by: User) -> Theme:
    if theme.status == Theme.Status.ACCEPTED:
        return theme
    theme.status = Theme.Status.ACCEPTED
    theme.save(update_fields=["status", "updated_at"])
    audit_record(actor=by, action="theme.accepted", obj=theme, data={"label": theme.label})
    return theme


@transaction.atomic
def themes_accept(*, themes: Iterable[Theme], by: User) -> list[Theme]:
    return [theme_accept(theme=theme, by=by) for theme in themes]


@transaction.atomic
def theme_reject(*, theme: Theme, by: User) -> None:
    """Delete a theme the team does not want. Its nominations stay in the call and in their other themes;
    its meeting notes go with it. A new suggestion may group the same nominations again."""
    data = {"label": theme.label, "status": theme.status, "nominations": theme.memberships.count()}
    audit_record(actor=by, action="theme.rejected", obj=theme.call, data={**data, "theme": theme.pk})
    theme.delete()


def theme_rename(*, theme: Theme, label: str, description: str = "", by: User) -> Theme:
    label, description = label.strip(), description.strip()
    if not label:
        raise ValidationError({"label": "Enter a name for the theme"})
    before = {"label": theme.label, "description": theme.description}
    theme.label, theme.description, theme.edited = label[:200], description, True
    theme.save(update_fields=["label", "description", "edited", "updated_at"])
    after = {"label": theme.label, "description": theme.description}
    audit_record(actor=by, action="theme.renamed", obj=theme, data={"from": before, "to": after})
    return theme


def _merged_keywords(themes: list[Theme]) -> list[str]:
    keywords: list[str] = []
    for theme in themes:
        keywords += [keyword for keyword in theme.keywords if keyword not in keywords]
    return keywords[:KEYWORDS_KEPT]


@transaction.atomic
def themes_merge(*, themes: Iterable[Theme], label: str = "", by: User) -> Theme:
    """Merge two or more themes into one: the accepted or largest keeps its row and takes the others'
    nominations (each once) and meeting notes; the others are deleted. `label` empty keeps its name."""
    themes = list({theme.pk: theme for theme in themes}.values())
    if len(themes) < 2:
        raise ValidationError({"themes": "Select at least two themes to merge"})
    _same_call(*themes)
    sizes = {theme.pk: theme.memberships.count() for theme in themes}
    # The theme the team named keeps its row: accepted first, then one they wrote about, then the largest.
    target = max(
        themes,
        key=lambda theme: (
            theme.status == Theme.Status.ACCEPTED,
            theme.edited,
            bool(theme.description),
            sizes[theme.pk],
            -theme.pk,
        ),
    )
    others = [theme for theme in themes if theme.pk != target.pk]
    data = {"themes": [theme.pk for theme in themes], "labels": [theme.label for theme in themes], "into": target.pk}
    present = set(target.memberships.values_list("nomination_id", flat=True))
    joining: dict[int, bool] = {}
    for membership in ThemeMembership.objects.filter(theme__in=others).order_by("pk"):
        if membership.nomination_id not in present:
            joining[membership.nomination_id] = joining.get(membership.nomination_id, False) or membership.exemplar
    ThemeMembership.objects.bulk_create(
        ThemeMembership(theme=target, nomination_id=pk, exemplar=exemplar) for pk, exemplar in joining.items()
    )
    MeetingNote.objects.filter(theme__in=others).update(theme=target)
    if any(theme.status == Theme.Status.ACCEPTED for theme in themes):
        target.status = Theme.Status.ACCEPTED
    target.label, target.keywords, target.edited = (
        label.strip()[:200] or target.label,
        _merged_keywords([target, *others]),
        True,
    )
    if not target.description:
        target.description = next((theme.description for theme in others if theme.description), "")
    target.save()
    Theme.objects.filter(pk__in=[theme.pk for theme in others]).delete()
    data.update(label=target.label, nominations=len(present) + len(joining))
    audit_record(actor=by, action="theme.merged", obj=target, data=data)
    return target


@transaction.atomic
def theme_split(*, theme: Theme, nominations: Iterable[Nomination], label: str, by: User) -> Theme:
    """Move the chosen nominations of `theme` into a new theme named `label`, with the same status."""
    chosen = {nomination.pk for nomination in nominations}
    members = set(theme.memberships.values_list("nomination_id", flat=True))
    errors = {}
    if not chosen:
        errors["nominations"] = "Select the nominations to move into the new theme"
    elif chosen - members:
        errors["nominations"] = "Select only nominations in this theme"
    elif chosen == members:
        errors["nominations"] = "Leave at least one nomination in this theme"
    if not label.strip():
        errors["label"] = "Enter a name for the new theme"
    if errors:
        raise ValidationError(errors)
    new = Theme.objects.create(call=theme.call, label=label.strip()[:200], status=theme.status, edited=True)
    ThemeMembership.objects.filter(theme=theme, nomination_id__in=chosen).update(theme=new)
    _mark_edited(theme)
    data = {"into": new.pk, "label": new.label, "nominations": sorted(chosen)}
    audit_record(actor=by, action="theme.split", obj=theme, data=data)
    return new


def nomination_data(nomination: Nomination) -> dict:
    return {"nomination": nomination.pk, "reference": nomination.reference}


@transaction.atomic
def theme_nomination_add(*, theme: Theme, nomination: Nomination, by: User) -> ThemeMembership:
    """Put a nomination in a theme too: a nomination can be in several themes."""
    _same_call(theme, nomination=nomination)
    if nomination.status != NominationStatus.SUBMITTED:
        raise ValidationError({"nomination": "Only sent nominations can be put in a theme"})
    membership, created = ThemeMembership.objects.get_or_create(theme=theme, nomination=nomination)
    if not created:
        raise ValidationError({"nomination": f"‘{nomination.title}’ is already in ‘{theme.label}’"})
    _mark_edited(theme)
    audit_record(actor=by, action="theme.nomination_added", obj=theme, data=nomination_data(nomination))
    return membership


@transaction.atomic
def theme_nomination_remove(*, theme: Theme, nomination: Nomination, by: User) -> None:
    """Take a nomination out of one theme. It stays in the call and in its other themes."""
    deleted, _ = ThemeMembership.objects.filter(theme=theme, nomination=nomination).delete()
    if not deleted:
        raise ValidationError(f"‘{nomination.title}’ is not in ‘{theme.label}’")
    _mark_edited(theme)
    audit_record(actor=by, action="theme.nomination_removed", obj=theme, data=nomination_data(nomination))


@transaction.atomic
def theme_nomination_move(*, from_theme: Theme, to_theme: Theme, nomination: Nomination, by: User) -> ThemeMembership:
    """Move a nomination from one theme to another (if it is in both already, it just leaves the first)."""
    if from_theme.pk == to_theme.pk:
        raise ValidationError({"theme": "Select a different theme"})
    _same_call(from_theme, to_theme, nomination=nomination)
    membership = ThemeMembership.objects.filter(theme=from_theme, nomination=nomination).first()
    if membership is None:
        raise ValidationError(f"‘{nomination.title}’ is not in ‘{from_theme.label}’")
    there = ThemeMembership.objects.filter(theme=to_theme, nomination=nomination).first()
    if there:
        membership.delete()
        membership = there
    else:
        membership.theme, membership.exemplar = to_theme, False
        membership.save()
    _mark_edited(from_theme, to_theme)
    data = {**nomination_data(nomination), "from": from_theme.pk, "from_label": from_theme.label}
    audit_record(actor=by, action="theme.nomination_moved", obj=to_theme, data=data)
    return membership
