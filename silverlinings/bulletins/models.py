"""Publications (the weekly update, a monthly newsletter), their numbered issues and items, the Tools &
Templates register, subscribers and the record of who got which issue."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.models import TimeStampedModel
from silverlinings.directory.models import Network, ServiceArea


class Publication(models.Model):
    class Kind(models.TextChoices):
        UPDATE = "update", "Weekly update"
        NEWSLETTER = "newsletter", "Monthly newsletter"

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.UPDATE)
    #: What goes before the number on the masthead: ‘UPDATE NO 452’.
    masthead = models.CharField(max_length=40, default="UPDATE NO")
    description = models.CharField(max_length=300, blank=True)
    #: When an issue is sent "at the usual time": 0 is Monday.
    send_weekday = models.PositiveSmallIntegerField(default=4)
    send_time = models.TimeField(default="09:00")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def list_key(self) -> str:
        """The mail list its issues go to (mail.OptOut, List-Unsubscribe)."""
        return f"bulletin-{self.slug}"[:50]

    @property
    def is_newsletter(self) -> bool:
        return self.kind == self.Kind.NEWSLETTER


class Section(models.Model):
    """A heading items sit under in one publication (‘Project News’, ‘Other News’)."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="sections")
    name = models.CharField(max_length=120)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["publication", "name"], name="bulletins_section_once")]

    def __str__(self) -> str:
        return self.name


class Issue(TimeStampedModel):
    """One numbered, dated issue. Change its status only through `bulletins.services`."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    publication = models.ForeignKey(Publication, on_delete=models.PROTECT, related_name="issues")
    number = models.PositiveIntegerField()
    date = models.DateField()
    title = models.CharField(max_length=200, blank=True, help_text="Optional, for example ‘December 2026’.")
    introduction = models.TextField(blank=True)
    foreword = models.TextField(blank=True)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_role = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    published = models.BooleanField(default=False, help_text="Shown in the public archive.")
    scheduled_for = models.DateTimeField(null=True, blank=True)
    send_started_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    recipients_total = models.PositiveIntegerField(default=0)
    imported = models.BooleanField(default=False)
    resources = models.ManyToManyField("Resource", blank=True, related_name="issues")

    class Meta:
        ordering = ["-date", "-number"]
        constraints = [models.UniqueConstraint(fields=["publication", "number"], name="bulletins_issue_number_once")]

    def __str__(self) -> str:
        return f"{self.publication.masthead} {self.number}"

    @property
    def masthead(self) -> str:
        return f"{self.publication.masthead} {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("bulletins:issue_detail", kwargs={"slug": self.publication.slug, "number": self.number})

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.SCHEDULED)


def attachment_path(attachment: "ItemAttachment", filename: str) -> str:
    return f"bulletins/attachments/{uuid.uuid4().hex}/{filename}"


def image_path(item: "Item", filename: str) -> str:
    return f"bulletins/images/{uuid.uuid4().hex}/{filename}"


class Item(TimeStampedModel):
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    headline = models.CharField(max_length=250)
    slug = models.SlugField(max_length=80)
    body = models.TextField(blank=True, help_text="Paragraphs, lists and links (Markdown).")
    action_required = models.TextField(blank=True)
    link_url = models.URLField(blank=True, max_length=500)
    link_text = models.CharField(max_length=200, blank=True)
    network = models.ForeignKey(Network, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    service_area = models.ForeignKey(ServiceArea, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    deadline = models.DateField(null=True, blank=True)
    event_date = models.DateField(null=True, blank=True)
    #: Carried into "Reminders from previous weeks" for this many weeks (also without a deadline).
    carry_forward_weeks = models.PositiveSmallIntegerField(null=True, blank=True)
    #: The team took it out of the reminders by hand: it is not carried forward again.
    carry_stopped = models.BooleanField(default=False)
    #: Imported from "Reminders from previous weeks" with no earlier item to point to: shown as a reminder.
    imported_reminder = models.BooleanField(default=False)
    image = models.ImageField(upload_to=image_path, blank=True, max_length=300)
    image_alt = models.CharField("image description (alt text)", max_length=250, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["issue", "slug"], name="bulletins_item_slug_once")]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return f"{self.issue.get_absolute_url()}#{self.slug}"

    def get_share_url(self) -> str:
        return reverse(
            "bulletins:item_detail",
            kwargs={"slug": self.issue.publication.slug, "number": self.issue.number, "item": self.slug},
        )


class ItemAttachment(TimeStampedModel):
    """A file an item carries (a flyer, a report), in the order added."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=300)
    title = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title or self.file.name.rsplit("/", 1)[-1]


class Reminder(models.Model):
    """An item of an earlier issue carried forward into this one (‘Reminders from previous weeks’)."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="reminders")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reminders")

    class Meta:
        ordering = [models.F("item__deadline").asc(nulls_last=True), "pk"]
        constraints = [models.UniqueConstraint(fields=["issue", "item"], name="bulletins_reminder_once")]

    def __str__(self) -> str:
        return f"{self.item} (reminder in {self.issue})"


class Resource(TimeStampedModel):
    """One entry of the Tools & Templates register: a publication someone else put out."""

    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    url = models.URLField("link", max_length=500, blank=True)

    class Meta:
        ordering = ["-published_on", "-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class Subscriber(TimeStampedModel):
    """Someone who gets the bulletin. No account: `token` is in their links (preferences, confirmation)."""

    email = models.EmailField(unique=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    publications = models.ManyToManyField(Publication, blank=True, related_name="subscribers")
    networks = models.ManyToManyField(Network, blank=True, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    #: How they agreed to get it: ‘subscribed on the website’, ‘imported from Mailchimp, 3 March 2021’.
    consent = models.CharField(max_length=200, blank=True)
    bounces = models.PositiveSmallIntegerField(default=0)
    complaints = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return bool(self.confirmed_at and not self.unsubscribed_at and self.bounces < settings.BULLETIN_MAX_BOUNCES)


class Delivery(models.Model):
    """One subscriber's copy of one issue: made once, never twice (the unique constraint and the outbox's
    idempotency key both say so), so a send that stopped half way picks up where it was."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    message = models.ForeignKey("mail.Message", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    #: The mail server refused this copy for good, and the subscriber's bounce was counted.
    bounced = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="bulletins_delivery_once")]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.issue} to {self.subscriber}"
