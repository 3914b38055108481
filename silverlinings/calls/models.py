import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.models import TimeStampedModel

from .headings import HeadingSpec, Kind, Purpose, answer_for, specs_for


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", "Opens soon"
    OPEN = "open", "Open"
    CLOSING_SOON = "closing_soon", "Closing soon"
    CLOSED = "closed", "Closed"


class Call(TimeStampedModel):
    """A call for evidence. Whether it is open comes from its dates alone (`status`)."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in the web address.")
    reference_prefix = models.CharField(
        max_length=6, default="SL", help_text="Nomination references start with this, e.g. SL-2020-0042."
    )
    introduction = models.TextField(help_text="What the call is for. Separate paragraphs with a blank line.")
    what_counts = models.TextField(
        blank=True, help_text="What counts as an innovation. Separate paragraphs with a blank line."
    )
    who_may_respond = models.TextField(
        default="The call is open to all sections of children's services, from mainstream schools to special "
        "schools, early years, early help, children's social care, youth justice teams, adoption and fostering."
    )
    opens_at = models.DateTimeField()
    closes_at = models.DateTimeField()
    last_call_at = models.DateTimeField(
        null=True, blank=True, help_text="When the ‘last call’ reminder goes to authorities with no nominations."
    )
    closing_soon_days = models.PositiveSmallIntegerField(default=7)
    contact_name = models.CharField(max_length=150, blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    last_number = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="call_closes_after_it_opens"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("calls:call_detail", kwargs={"slug": self.slug})

    def status_at(self, moment) -> str:
        if moment < self.opens_at:
            return CallStatus.UPCOMING
        if moment >= self.closes_at:
            return CallStatus.CLOSED
        if moment >= self.closes_at - timedelta(days=self.closing_soon_days):
            return CallStatus.CLOSING_SOON
        return CallStatus.OPEN

    @property
    def status(self) -> str:
        return self.status_at(timezone.now())

    @property
    def status_label(self) -> str:
        return CallStatus(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status in (CallStatus.OPEN, CallStatus.CLOSING_SOON)

    @property
    def is_closed(self) -> bool:
        return self.status == CallStatus.CLOSED

    @property
    def year(self) -> int:
        return timezone.localtime(self.opens_at).year

    def heading_specs(self) -> list[HeadingSpec]:
        return [question.spec for question in self.questions.all()]

    def specs_for(self, *purposes: str) -> list[HeadingSpec]:
        """The headings with one of `purposes`, in order (read once per call object)."""
        if not hasattr(self, "_specs_by_purpose"):
            self._specs_by_purpose = [spec for spec in self.heading_specs() if spec.purpose]
        return specs_for(self._specs_by_purpose, *purposes)

    def key_for(self, purpose: str) -> str | None:
        """The key the answer with `purpose` is stored under, or None if the call has no such heading."""
        found = self.specs_for(purpose)
        return found[0].key if found else None


class Question(models.Model):
    """One heading of a call's form, in order. Answers are stored on the nomination by `key`."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(default=0)
    key = models.SlugField(max_length=40, help_text="Stable name for the answer; do not change once answers exist.")
    text = models.CharField("question", max_length=300)
    hint = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=Kind.CHOICES)
    required = models.BooleanField(default=True)
    word_limit = models.PositiveIntegerField(null=True, blank=True)
    choices = models.JSONField(default=list, blank=True, help_text="For one or several choices: a list of options.")
    follow_up = models.CharField(
        max_length=300, blank=True, help_text="For yes or no: a detail that is required when the answer is yes."
    )
    section = models.CharField(max_length=100, help_text="Questions with the same section share a page.")
    purpose = models.CharField(
        max_length=20,
        choices=Purpose.CHOICES,
        blank=True,
        default=Purpose.NONE,
        help_text="What the service does with the answer. Code reads answers by purpose, never by key.",
    )

    class Meta:
        ordering = ["call", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "key"], name="question_key_unique_per_call"),
            models.UniqueConstraint(
                fields=["call", "purpose"],
                condition=models.Q(purpose__in=sorted(Purpose.ONCE)),
                name="question_purpose_once_per_call",
            ),
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def spec(self) -> HeadingSpec:
        return HeadingSpec(
            key=self.key,
            text=self.text,
            kind=self.kind,
            hint=self.hint,
            required=self.required,
            word_limit=self.word_limit,
            choices=tuple(self.choices or ()),
            follow_up=self.follow_up,
            section=self.section,
            purpose=self.purpose,
        )


class Channel(models.TextChoices):
    WEB = "web", "Web form"
    DOCUMENT = "document", "Returned document"
    PHONE = "phone", "Phone"
    EMAIL = "email", "Email"


class NominationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    WITHDRAWN = "withdrawn", "Withdrawn"


#: Flagged for personal data and not yet redacted or released by the programme team.
HELD_FOR_PERSONAL_DATA = ~models.Q(personal_data=[]) & models.Q(personal_data_released_at__isnull=True)


class NominationQuerySet(models.QuerySet):
    def submitted(self) -> "NominationQuerySet":
        return self.filter(status=NominationStatus.SUBMITTED)

    def ready_for_panel(self) -> "NominationQuerySet":
        """Submitted nominations that may reach the editorial panel.

        The one place that says what holds a nomination back from the panel; the panel's visibility
        rule (`review`) builds on it and never repeats it. A nomination flagged for personal data
        waits until the programme team has redacted or released it, or the nominator's own change
        leaves nothing flagged (decision 0030).
        """
        return self.submitted().exclude(HELD_FOR_PERSONAL_DATA)

    def held_for_personal_data(self) -> "NominationQuerySet":
        return self.submitted().filter(HELD_FOR_PERSONAL_DATA)


class Nomination(TimeStampedModel):
    """One innovation nominated to a call. Change it only through `calls.services.nominations`."""

    objects = NominationQuerySet.as_manager()

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="nominations")
    nominator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="nominations")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="nominations_keyed_in"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(
        max_length=10, choices=NominationStatus.choices, default=NominationStatus.DRAFT, db_index=True
    )
    answers = models.JSONField(default=dict, blank=True)
    number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    reference = models.CharField(max_length=20, blank=True, db_index=True)
    # Denormalised from the answers for lists, filters and the coverage dashboard.
    title = models.CharField(max_length=300, blank=True)
    authority = models.ForeignKey(
        "directory.Authority", null=True, blank=True, on_delete=models.PROTECT, related_name="nominations"
    )
    scale = models.CharField(max_length=60, blank=True)
    service_areas = models.ManyToManyField("directory.ServiceArea", blank=True, related_name="nominations")
    submitted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    personal_data = models.JSONField(default=list, blank=True, help_text="What the personal-data check found.")
    # The programme team redacted it or found nothing to take out: it may reach the panel although flagged.
    # Cleared again when a change brings new flags.
    personal_data_released_at = models.DateTimeField(null=True, blank=True)
    personal_data_released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # When the team last asked the nominator to take the personal data out themselves.
    personal_data_asked_at = models.DateTimeField(null=True, blank=True)
    # When a person's data was erased from it (on request, or past the retention period).
    erased_at = models.DateTimeField(null=True, blank=True)
    start_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    source_document = models.ForeignKey(
        "ReturnedDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="nominations"
    )
    source_form_index = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["call", "number"], name="nomination_number_unique_per_call"),
        ]
        indexes = [models.Index(fields=["call", "status"])]

    def __str__(self) -> str:
        return f"{self.reference or 'Draft'}: {self.title or 'Untitled nomination'}"

    def get_absolute_url(self) -> str:
        return reverse("calls:nomination_detail", kwargs={"pk": self.pk})

    @property
    def is_draft(self) -> bool:
        return self.status == NominationStatus.DRAFT

    @property
    def has_personal_data(self) -> bool:
        return bool(self.personal_data)

    def answer_for(self, purpose: str):
        """The answer to the call's heading with `purpose` (`Purpose.CONTACT`…), or None if it has none.

        Ask by purpose, never by key: the team may rename a heading's key."""
        return answer_for(self.call.specs_for(purpose), self.answers, purpose)

    @property
    def title_in_email(self) -> str:
        """The title, unless the personal-data check flagged it: an email is stored here and kept in mailboxes."""
        return "" if any(finding.get("field") == "title" for finding in self.personal_data) else self.title

    @property
    def is_held_for_personal_data(self) -> bool:
        """Sent, flagged, and not yet redacted or released: the panel does not see it."""
        return (
            self.status == NominationStatus.SUBMITTED
            and bool(self.personal_data)
            and self.personal_data_released_at is None
        )


class Redaction(TimeStampedModel):
    """The programme team took personal data out of a nomination. The answers as they were before are
    kept here for the team alone (never shown to the panel, never exported)."""

    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE, related_name="redactions")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    original = models.JSONField(default=dict, help_text="The changed answers as they were, by key.")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Redaction of {self.nomination}"


def returned_document_path(instance, filename: str) -> str:
    return f"returned-documents/{instance.call_id}/{uuid.uuid4().hex}.bin"


class ReturnedDocument(TimeStampedModel):
    """A returned Word document as uploaded, kept whether it was read or refused."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be read"
        READ = "read", "Read"
        READ_WITH_PROBLEMS = "problems", "Read, with things to check"
        REFUSED = "refused", "Refused"

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="returned_documents")
    batch = models.UUIDField(db_index=True, help_text="Documents uploaded together.")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to=returned_document_path)
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    message = models.TextField(blank=True)
    report = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.original_name


class LastCallSend(TimeStampedModel):
    """One ‘last call’ round for a call: who asked, and what happened."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="last_call_sends")
    # Nobody when it went by itself at the call's last call time.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    authorities = models.JSONField(default=list)
    sent = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
