from django.db.models import QuerySet

from .models import Authority, Contact


def contacts_listed() -> QuerySet[Contact]:
    return Contact.objects.filter(listed=True).select_related("authority").prefetch_related("networks")


def authorities_all() -> QuerySet[Authority]:
    return Authority.objects.all()
