"""The launch and any later event: its programme, places per authority, registrations and the waiting list.

Places are only ever taken or given back by `services.registration` (and `services.cancelling`), under a
lock on the event's row, so that however many people register at once no event, authority or workshop goes
over its places.
"""

import secrets
from datetime import UTC, timedelta

from django.db import models
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.models import TimeStampedModel


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Event(TimeStampedModel):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in the web address.")
    summary = models.CharField(max_length=300, help_text="One sentence, shown in lists and search results.")
    description = models.TextField(help_text="What the event is for. Markdown: separate paragraphs with a blank line.")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    platform = models.CharField(max_length=100, blank=True, help_text="For example, Microsoft Teams or Zoom.")
    joining_url = models.URLField(
        "joining address", blank=True, help_text="Only registered people see it, and only shortly before the start."
    )
    venue = models.CharField(max_length=200, blank=True, help_text="For a hybrid event: where people meet.")
    venue_capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="For a hybrid event: how many people the venue holds Covid-securely."
    )
    capacity = models.PositiveIntegerField(help_text="How many people may register in all.")
    registration_opens_at = models.DateTimeField()
    registration_closes_at = models.DateTimeField()
    release_at = models.DateTimeField(
        null=True, blank=True, help_text="When places an authority has not used go to general admission."
    )
    allocation_at = models.DateTimeField(
        null=True, blank=True, help_text="When workshop places are allocated by preference."
    )
    general_open_to_authorities = models.BooleanField(
        default=True,
        help_text="People from an authority whose places are all taken may take a general admission place.",
    )
    offer_hours = models.PositiveSmallIntegerField(
        default=48, help_text="How long someone on the waiting list has to take a place offered to them."
    )
    joining_minutes = models.PositiveSmallIntegerField(
        default=60, help_text="How many minutes before the start registered people get the joining details."
    )
    allocation_seed = models.CharField(max_length=64, blank=True, editable=False)
    allocated_at = models.DateTimeField(null=True, blank=True, editable=False)
    recordings = models.TextField(
        blank=True, help_text="After the event: recordings, slides and the showcase pack, for those who came."
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:event_detail", kwargs={"slug": self.slug})

    @property
    def joining_opens_at(self):
        return self.starts_at - timedelta(minutes=self.joining_minutes)

    def registration_open_at(self, moment) -> bool:
        return self.registration_opens_at <= moment < self.registration_closes_at

    @property
    def registration_open(self) -> bool:
        return self.registration_open_at(timezone.now())

    @property
    def registration_upcoming(self) -> bool:
        return timezone.now() < self.registration_opens_at

    @property
    def is_over(self) -> bool:
        return timezone.now() >= self.ends_at


class SessionKind(models.TextChoices):
    PLENARY = "plenary", "Plenary"
    WORKSHOP = "workshop", "Workshop"


class Session(models.Model):
    """A part of the programme. Workshops that start at the same time run in parallel: they are one slot."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    kind = models.CharField(max_length=10, choices=SessionKind.choices, default=SessionKind.PLENARY)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    speakers = models.CharField(max_length=300, blank=True, help_text="Names and roles, separated by semicolons.")
    reports = models.CharField(
        "showcase reports presented", max_length=300, blank=True, help_text="Separated by semicolons."
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    capacity = models.PositiveIntegerField(null=True, blank=True, help_text="For a workshop: how many places.")

    class Meta:
        ordering = ["event", "starts_at", "kind", "title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(kind="plenary") | models.Q(capacity__isnull=False),
                name="workshop_has_capacity",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_workshop(self) -> bool:
        return self.kind == SessionKind.WORKSHOP

    @property
    def slot(self) -> str:
        """Workshops starting at the same moment share a slot; its key is that moment in UTC."""
        return self.starts_at.astimezone(UTC).strftime("%Y%m%dT%H%M")

    @property
    def speaker_list(self) -> list[str]:
        return [name.strip() for name in self.speakers.split(";") if name.strip()]

    @property
    def report_list(self) -> list[str]:
        return [name.strip() for name in self.reports.split(";") if name.strip()]


class Allocation(models.Model):
    """The places kept for one authority's people until the event's release date."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="allocations")
    authority = models.ForeignKey("directory.Authority", on_delete=models.PROTECT, related_name="+")
    places = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["event", "authority__short_name"]
        constraints = [models.UniqueConstraint(fields=["event", "authority"], name="allocation_unique")]

    def __str__(self) -> str:
        return f"{self.authority}: {self.places}"


class Status(models.TextChoices):
    CONFIRMED = "confirmed", "Registered"
    OFFERED = "offered", "Offered a place"
    WAITING = "waiting", "On the waiting list"
    LAPSED = "lapsed", "Offer expired"
    CANCELLED = "cancelled", "Cancelled"


#: Statuses that hold a place: a confirmed registration, or an offer not yet taken or expired.
HOLDING = (Status.CONFIRMED, Status.OFFERED)


class Place(models.TextChoices):
    AUTHORITY = "authority", "Authority place"
    GENERAL = "general", "General admission"


class AccessNeed(models.TextChoices):
    CAPTIONS = "captions", "Live captions"
    BSL = "bsl", "British Sign Language interpreter"
    OTHER = "other", "Something else"


class Registration(TimeStampedModel):
    """One person at one event. One per email address: registering again changes it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    email = models.EmailField()
    full_name = models.CharField(max_length=150)
    authority = models.ForeignKey(
        "directory.Authority", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.CharField(max_length=200, blank=True)
    job_role = models.CharField("role", max_length=150)
    access_needs = models.JSONField(default=list, blank=True)
    access_other = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING, db_index=True)
    place = models.CharField(max_length=10, choices=Place.choices, blank=True)
    waiting_since = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    joining_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    attended_at = models.DateTimeField(null=True, blank=True)
    # A one-way digest of the client address the joining link was first used from (not the address).
    joined_from = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["event", "created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="one_registration_per_email")]
        indexes = [models.Index(fields=["event", "status", "place", "authority"])]

    def __str__(self) -> str:
        return f"{self.full_name} at {self.event}"

    def get_absolute_url(self) -> str:
        return reverse("events:registration", kwargs={"token": self.token})

    @property
    def where_from(self) -> str:
        return self.organisation or (self.authority.short_name if self.authority_id else "")

    @property
    def access_needs_display(self) -> list[str]:
        labels = [AccessNeed(need).label for need in self.access_needs if need in AccessNeed.values]
        if self.access_other:
            labels.append(self.access_other)
        return labels


class WorkshopChoice(models.Model):
    """A workshop someone would like, and where it stands on their list for its slot (1 = first choice).

    After the allocation, everyone who ranks a workshop above the one they hold in its slot (or holds none)
    is in its line, first chosen first served (`chosen_at`, decision 0096): `services.workshops`."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="choices")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="choices")
    rank = models.PositiveSmallIntegerField()
    chosen_at = models.DateTimeField(
        default=timezone.now, help_text="When they put it on their list: changing the order keeps it."
    )

    class Meta:
        ordering = ["registration", "session__starts_at", "rank"]
        constraints = [models.UniqueConstraint(fields=["registration", "session"], name="workshop_choice_unique")]

    def __str__(self) -> str:
        return f"{self.rank}. {self.session}"


class WorkshopPlace(models.Model):
    """A place in a workshop. One a slot per person; never more than the workshop's capacity (the services
    count under the event's lock)."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="workshop_places")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="places")
    slot = models.CharField(max_length=20)
    choice = models.PositiveSmallIntegerField(default=1, help_text="Which of their choices it was.")

    class Meta:
        ordering = ["registration", "session__starts_at"]
        constraints = [models.UniqueConstraint(fields=["registration", "slot"], name="one_workshop_per_slot")]

    def __str__(self) -> str:
        return f"{self.registration.full_name} in {self.session}"


class PlaceHold(models.Model):
    """One of the event's places, held for someone while they fill in the registration form.

    Made by `services.registration.place_hold` when the form is shown; counted as taken until it
    expires or its holder registers."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="holds")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["expires_at"]

    def __str__(self) -> str:
        return f"A place at {self.event} held until {self.expires_at:%H:%M}"


class Feedback(TimeStampedModel):
    """What someone who came thought of the event: one per registration, changed if sent again."""

    class Rating(models.IntegerChoices):
        VERY_GOOD = 5, "Very good"
        GOOD = 4, "Good"
        NEITHER = 3, "Neither good nor poor"
        POOR = 2, "Poor"
        VERY_POOR = 1, "Very poor"

    registration = models.OneToOneField(Registration, on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    useful = models.TextField("most useful", blank=True)
    improve = models.TextField("what could be better", blank=True)

    def __str__(self) -> str:
        return f"{self.get_rating_display()} from {self.registration.full_name}"


class PoolKind(models.TextChoices):
    TOTAL = "total", "All the event's places"
    GENERAL = "general", "General admission"
    AUTHORITY = "authority", "An authority's places"
    WORKSHOP = "workshop", "A workshop's places"


class Pool(models.Model):
    """How many of one set of places are held: the event's total, general admission, one authority's
    allocation or one workshop. A counter, so that places are never counted row by row while locked.

    `places` mirrors the event's capacity, the general admission places left by the allocations, the
    authority's allocation or the workshop's capacity; `taken` the registrations (or workshop places)
    holding one; `on_form` (the total only) the places held on the form (`PlaceHold` rows). Changed only by
    `services.registration` and the services that change those numbers, with every pool of the event
    locked (decision 0074)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="pools")
    kind = models.CharField(max_length=10, choices=PoolKind.choices)
    authority = models.ForeignKey(
        "directory.Authority", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    session = models.OneToOneField(Session, null=True, blank=True, on_delete=models.CASCADE, related_name="pool")
    places = models.PositiveIntegerField(default=0)
    taken = models.PositiveIntegerField(default=0)
    on_form = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["event", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "kind"],
                condition=models.Q(kind__in=["total", "general"]),
                name="one_total_and_general_pool_per_event",
            ),
            models.UniqueConstraint(fields=["event", "authority"], name="one_pool_per_authority"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at {self.event}: {self.taken} of {self.places}"


class RegistrationCount(models.Model):
    """How many registrations were sent under one key (a client address, an email address) in one window.

    Counted by `limits.registration_count` with one statement for both keys (an upsert), so a rush of
    registrations costs one query each rather than a dozen cache reads and writes."""

    key = models.CharField(max_length=64, help_text="A digest of the kind of key and the key.")
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window_start"], name="registration_count_unique")]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.key} since {self.window_start:%Y-%m-%d %H:%M}: {self.count}"
