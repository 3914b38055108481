"""Everything that changes the contact directory."""

from django.db import transaction

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record

from .models import Contact, NetworkMeeting


@transaction.atomic
def contact_save(*, contact: Contact, by: User, networks) -> Contact:
    """Create or change a contact (the form has set its fields) with its networks."""
    created = contact.pk is None
    contact.save()
    contact.networks.set(networks)
    audit_record(actor=by, action="contact.added" if created else "contact.changed", obj=contact)
    return contact


@transaction.atomic
def contact_remove(*, contact: Contact, by: User) -> None:
    audit_record(actor=by, action="contact.removed", obj=contact, data={"name": contact.name})
    contact.delete()


def network_meeting_add(*, by: User, network, date, details: str = "", more_information_from=None) -> NetworkMeeting:
    meeting = NetworkMeeting(network=network, date=date, details=details, more_information_from=more_information_from)
    meeting.full_clean()
    meeting.save()
    audit_record(actor=by, action="network_meeting.added", obj=meeting)
    return meeting


def network_meeting_remove(*, meeting: NetworkMeeting, by: User) -> None:
    audit_record(actor=by, action="network_meeting.removed", data={"meeting": str(meeting)})
    meeting.delete()
