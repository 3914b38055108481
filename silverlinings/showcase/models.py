"""Commissions of showcase reports, their versions, the team's comments and the nominating team's fact-check.

Change these only through `showcase.services.commissions`: `commission_move` is the one way a commission changes state.
"""

import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.models import TimeStampedModel


class Status(models.TextChoices):
    COMMISSIONED = "commissioned", "Commissioned"
    DRAFTING = "drafting", "Drafting"
    TEAM_REVIEW = "team_review", "Team review"
    FACT_CHECK = "fact_check", "Fact-check"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"


class Commission(TimeStampedModel):
    """A showcase report commissioned on one selected nomination, or on a linked idea (several
    authorities' versions of one innovation become one report)."""

    call = models.ForeignKey("calls.Call", on_delete=models.PROTECT, related_name="commissions")
    nomination = models.ForeignKey(
        "calls.Nomination", null=True, blank=True, on_delete=models.PROTECT, related_name="commissions"
    )
    idea = models.ForeignKey("review.Idea", null=True, blank=True, on_delete=models.PROTECT, related_name="commissions")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, help_text="The published report's web address.")
    brief = models.TextField()
    due_on = models.DateField()
    fee_note = models.CharField("fee or purchase order", max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.COMMISSIONED, db_index=True)
    content = models.JSONField(default=dict, blank=True, help_text="The report as last saved, by section.")
    published_content = models.JSONField(default=dict, blank=True, help_text="The report as the public sees it.")
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    search_text = models.TextField(blank=True, editable=False, help_text="What search reads: set on publication.")
    # PostgreSQL only (its full-text index); on SQLite the FTS5 table `showcase_search` plays this part.
    search_vector = SearchVectorField(null=True, editable=False)
    fact_check_override = models.TextField(
        blank=True, help_text="Why the team published without the nominating team's approval."
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(nomination__isnull=False) | models.Q(idea__isnull=False),
                name="commission_has_an_innovation",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("showcase:report", kwargs={"slug": self.slug})

    @property
    def is_overdue(self) -> bool:
        early = (Status.COMMISSIONED, Status.DRAFTING)
        return self.status in early and self.due_on < timezone.localdate()


class ReportVersion(models.Model):
    """Every save of a report, kept: any two can be compared and one restored."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField(default=dict)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    saved_at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["commission", "-number"]
        constraints = [models.UniqueConstraint(fields=["commission", "number"], name="report_version_unique")]

    def __str__(self) -> str:
        return f"Version {self.number} of {self.commission_id}"


class StatusChange(models.Model):
    """Each move of a commission, for its history and the chart of reports by status over time."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.commission_id}: {self.from_status or 'new'} → {self.to_status}"


class FactCheck(TimeStampedModel):
    """One person of the nominating team asked to check a draft's facts: they approve or suggest corrections."""

    class Answer(models.TextChoices):
        WAITING = "waiting", "Waiting"
        APPROVED = "approved", "Approved"
        CORRECTIONS = "corrections", "Corrections suggested"

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="fact_checks")
    checker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fact_checks")
    answer = models.CharField(max_length=20, choices=Answer.choices, default=Answer.WAITING)
    corrections = models.JSONField(default=dict, blank=True, help_text="Suggested corrections, by section key.")
    answered_at = models.DateTimeField(null=True, blank=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        ordering = ["commission", "pk"]
        constraints = [models.UniqueConstraint(fields=["commission", "checker"], name="fact_check_unique")]

    def __str__(self) -> str:
        return f"{self.checker_id} checks {self.commission_id}: {self.answer}"

    @property
    def corrections_by_section(self) -> list[tuple[str, str]]:
        from .sections import corrections_by_title

        return corrections_by_title(self.corrections)


def image_path(instance, filename: str) -> str:
    return f"showcase/images/{instance.commission_id}/{uuid.uuid4().hex}{filename[filename.rfind('.') :]}"


class ReportImage(TimeStampedModel):
    """A picture in a report, cleaned by `core.images` (metadata gone, upright, sRGB), with a copy for pages."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="images")
    file = models.FileField(upload_to=image_path)
    web_file = models.FileField(upload_to=image_path, help_text="At most 1280 pixels wide, for pages and PDFs.")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    alt_text = models.CharField(max_length=300, help_text="What the picture shows, for people who cannot see it.")
    caption = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=150, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["commission", "pk"]

    def __str__(self) -> str:
        return self.alt_text

    @property
    def extension(self) -> str:
        """jpg or png: the kind of the copy for pages, which its address ends with."""
        return self.web_file.name.rsplit(".", 1)[-1]

    @property
    def version(self) -> str:
        """Part of the picture's address that changes whenever the picture does: every stored copy has a new name
        (`image_path`), so a browser or a cache never shows an old picture under a new one's address."""
        return self.web_file.name.rsplit("/", 1)[-1].split(".")[0][:12]

    def get_absolute_url(self) -> str:
        return reverse(
            "showcase:image_file", kwargs={"pk": self.pk, "version": self.version, "extension": self.extension}
        )


class Adoption(TimeStampedModel):
    """Staff of another authority say their authority has adopted, or is trying, a published innovation."""

    class Kind(models.TextChoices):
        ADOPTED = "adopted", "We have adopted this"
        TRYING = "trying", "We are trying this"

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="adoptions")
    authority = models.ForeignKey("directory.Authority", on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["commission", "authority"], name="adoption_once_per_authority")]

    def __str__(self) -> str:
        return f"{self.authority_id} {self.kind} {self.commission_id}"


class Pack(TimeStampedModel):
    """The designed PDF pack of a call's published reports: its look is set by the designer."""

    call = models.OneToOneField("calls.Call", on_delete=models.CASCADE, related_name="showcase_pack")
    title = models.CharField(max_length=200)
    subtitle = models.CharField(max_length=300, blank=True)
    introduction = models.TextField(blank=True)
    foreword = models.TextField(blank=True)
    foreword_by = models.CharField(max_length=200, blank=True)
    colours = models.JSONField(default=dict, blank=True, help_text="A colour name for each theme, by theme id.")
    chapter_order = models.JSONField(default=list, blank=True, help_text="Theme ids, in the order of the chapters.")
    cover_file = models.FileField(upload_to="showcase/packs/", blank=True)
    cover_alt = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title


class PackBuild(TimeStampedModel):
    """One making of the pack's PDF on the worker, with its progress. Kept by what it was made from."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting"
        RUNNING = "running", "Being made"
        DONE = "done", "Ready"
        FAILED = "failed", "Failed"

    pack = models.ForeignKey(Pack, on_delete=models.CASCADE, related_name="builds")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=1)
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True)
    file = models.FileField(upload_to="showcase/packs/", blank=True)
    message = models.CharField(max_length=300, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.pack_id}: {self.status}"


class ImpactUpdate(TimeStampedModel):
    """Six and twelve months after publication the contact is asked what has happened since; their answer is shown
    on the report as a dated update."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="impact_updates")
    months = models.PositiveSmallIntegerField()
    asked_to = models.EmailField()
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    still_running = models.BooleanField(null=True)
    what_changed = models.TextField(blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["commission", "months"]
        constraints = [models.UniqueConstraint(fields=["commission", "months"], name="impact_update_once")]

    def __str__(self) -> str:
        return f"{self.commission_id} after {self.months} months"


class TeamComment(TimeStampedModel):
    """The programme team's comment on a draft, for the writer, without moving the report on."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="team_comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()

    class Meta:
        ordering = ["commission", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author_id} on {self.commission_id}"
