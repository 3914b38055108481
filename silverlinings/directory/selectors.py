from django.db.models import QuerySet

from .models import Authority, Contact, NetworkMeeting


def contacts_listed() -> QuerySet[Contact]:
    return Contact.objects.filter(listed=True).select_related("authority").prefetch_related("networks")


def authorities_all() -> QuerySet[Authority]:
    return Authority.objects.all()


def contacts_all() -> QuerySet[Contact]:
    """Every contact, listed or not, for the team's pages."""
    return Contact.objects.select_related("authority").prefetch_related("networks")


def network_meetings_ahead(*, on) -> QuerySet[NetworkMeeting]:
    return NetworkMeeting.objects.filter(date__gte=on).select_related("network", "more_information_from")
