from django.db import models

from silverlinings.core.models import TimeStampedModel


class Authority(models.Model):
    """One of the children's services authorities in the partnership (loaded by a data migration)."""

    class Kind(models.TextChoices):
        UNITARY = "unitary", "Unitary authority"
        COUNTY = "county", "County council"

    name = models.CharField(max_length=120, unique=True)
    short_name = models.CharField(max_length=80, unique=True)
    ons_code = models.CharField("ONS code", max_length=9, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)

    class Meta:
        ordering = ["short_name"]
        verbose_name_plural = "authorities"

    def __str__(self) -> str:
        return self.short_name


class ServiceArea(models.Model):
    name = models.CharField(max_length=120, unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    from_call_page = models.BooleanField(default=False, help_text="Named on the call page itself.")

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Network(models.Model):
    name = models.CharField(max_length=150, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Contact(TimeStampedModel):
    """A person in the partnership's contact directory, entered by the programme team."""

    name = models.CharField(max_length=150)
    role_title = models.CharField(max_length=200, help_text="For example ‘SESLI Programme Manager’.")
    authority = models.ForeignKey(Authority, null=True, blank=True, on_delete=models.PROTECT, related_name="contacts")
    organisation = models.CharField(max_length=200, blank=True, help_text="Leave blank to use the authority's name.")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    networks = models.ManyToManyField(Network, blank=True, related_name="contacts")
    listed = models.BooleanField("show on the public contact page", default=True)
    position = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role_title})"

    @property
    def organisation_name(self) -> str:
        if self.organisation:
            return self.organisation
        return self.authority.short_name if self.authority_id else ""


class NetworkMeeting(models.Model):
    """A date a network meets, for "Future dates for network meetings" in the weekly update."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField()
    details = models.CharField(max_length=200, blank=True, help_text="For example ‘10am to 12pm on Teams’.")
    more_information_from = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="network_meetings"
    )

    class Meta:
        ordering = ["date", "network__name"]
        constraints = [models.UniqueConstraint(fields=["network", "date"], name="directory_meeting_once_a_day")]

    def __str__(self) -> str:
        return f"{self.network} on {self.date:%d %B %Y}"
