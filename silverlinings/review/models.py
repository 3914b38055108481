"""Review and grouping: themes, linked ideas, the editorial panel, conflicts, scores and decisions.

Change these only through `review.services`, which checks the move and writes the audit log.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from silverlinings.core.models import TimeStampedModel


class ReviewSetup(TimeStampedModel):
    """How a call's review runs: one per call, made on first use."""

    call = models.OneToOneField("calls.Call", on_delete=models.CASCADE, related_name="review_setup")
    reviewers_per_nomination = models.PositiveSmallIntegerField(default=2, validators=[MinValueValidator(1)])
    anonymised = models.BooleanField(
        default=False, help_text="Hide the authority, contact and nominator from reviewers, also inside the answers."
    )
    reviews_open = models.BooleanField(default=True)
    disagreement_spread = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        default=2,
        help_text="Flag a nomination when reviewers' scores differ by this much.",
    )

    def __str__(self) -> str:
        return f"Review of {self.call}"


class SuggestionRun(TimeStampedModel):
    """One request for suggested themes and near-duplicates, run on the worker with progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Kind(models.TextChoices):
        THEMES = "themes", "Themes and duplicates"
        DUPLICATES = "duplicates", "Duplicates only"

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="suggestion_runs")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.THEMES)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    n_themes = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Empty: chosen automatically.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.FloatField(default=0)
    message = models.CharField(max_length=200, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class Theme(TimeStampedModel):
    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        ACCEPTED = "accepted", "Accepted"

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="themes")
    label = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    keywords = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED, db_index=True)
    suggestion_run = models.ForeignKey(
        SuggestionRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="themes"
    )
    edited = models.BooleanField(default=False, help_text="Changed by the team: a new run never overwrites it.")
    nominations = models.ManyToManyField("calls.Nomination", through="ThemeMembership", related_name="themes")

    class Meta:
        ordering = ["call", "label"]

    def __str__(self) -> str:
        return self.label


class ThemeMembership(models.Model):
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="memberships")
    nomination = models.ForeignKey("calls.Nomination", on_delete=models.CASCADE, related_name="theme_memberships")
    exemplar = models.BooleanField(default=False, help_text="One of the nominations that explain the theme best.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["theme", "nomination"], name="theme_membership_unique")]

    def __str__(self) -> str:
        return f"{self.nomination_id} in {self.theme_id}"


class DuplicatePair(models.Model):
    """Two nominations that may be the same idea: one is among the other's likeliest twins."""

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="duplicate_pairs")
    first = models.ForeignKey("calls.Nomination", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("calls.Nomination", on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField()
    score = models.FloatField(default=0, help_text="Neighbourhood score: higher is likelier the same idea.")
    listed = models.BooleanField(default=True, help_text="In the default list to check.")
    shared = models.JSONField(default=list, blank=True, help_text="Phrases both use, rarest first.")
    dismissed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-listed", "-score", "-similarity"]
        constraints = [models.UniqueConstraint(fields=["first", "second"], name="duplicate_pair_unique")]

    def __str__(self) -> str:
        return f"{self.first_id} ~ {self.second_id} ({self.similarity:.0%})"


class Idea(TimeStampedModel):
    """Nominations linked as one idea (the same innovation from several places). The originals stay."""

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="ideas")
    label = models.CharField(max_length=200)
    nominations = models.ManyToManyField("calls.Nomination", related_name="ideas")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    def __str__(self) -> str:
        return self.label


class Conflict(TimeStampedModel):
    """A conflict of interest a panel member declared. Their own authority's nominations need no row."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conflicts")
    nomination = models.ForeignKey("calls.Nomination", on_delete=models.CASCADE, related_name="conflicts")
    reason = models.TextField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "nomination"], name="conflict_unique")]


class Assignment(TimeStampedModel):
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    nomination = models.ForeignKey("calls.Nomination", on_delete=models.CASCADE, related_name="assignments")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when made by the automatic assignment.",
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["reviewer", "nomination"], name="assignment_unique")]


class Criterion(models.Model):
    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="criteria")
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(max_length=100)
    question = models.CharField(max_length=300, blank=True)
    descriptors = models.JSONField(default=dict, help_text="What each score 1–5 means, keyed by the score.")
    weight = models.DecimalField(max_digits=4, decimal_places=2, default=1)

    class Meta:
        ordering = ["call", "position"]

    def __str__(self) -> str:
        return self.name


class Recommendation(models.TextChoices):
    SHOWCASE = "showcase", "Showcase it"
    MAYBE = "maybe", "Maybe"
    NOT_THIS_TIME = "not_this_time", "Not this time"


class Review(TimeStampedModel):
    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="review")
    recommendation = models.CharField(max_length=20, choices=Recommendation.choices, blank=True)
    comment_for_team = models.TextField(blank=True)
    comment_for_nominator = models.TextField(blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    weighted_score = models.FloatField(null=True, blank=True, help_text="Set on submission from the scores.")


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="score_unique")]

    def __str__(self) -> str:
        return f"{self.criterion_id}: {self.value}"


class Outcome(models.TextChoices):
    SELECTED = "selected", "Selected for the showcase"
    RESERVE = "reserve", "Reserve"
    NOT_SELECTED = "not_selected", "Not selected"


class Decision(TimeStampedModel):
    """The panel's decision on a nomination: pending until the team releases decisions together."""

    nomination = models.OneToOneField("calls.Nomination", on_delete=models.CASCADE, related_name="decision")
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    released_at = models.DateTimeField(null=True, blank=True)


class MeetingNote(TimeStampedModel):
    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="meeting_notes")
    theme = models.ForeignKey(Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()

    class Meta:
        ordering = ["created_at"]


class LetterTemplate(TimeStampedModel):
    """The email each nominator gets when decisions are released; the team edits it per call."""

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="letter_templates")
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField(help_text="Plain text. {name}, {title}, {reference} and {call} are filled in.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["call", "outcome"], name="letter_template_unique")]
