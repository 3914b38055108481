from tests.authorization.matrix import Entry, everyone, only, post_only
from tests.directory.factories import ContactFactory

TEAM = only("programme_team")
TEAM_REDIRECTED = only("programme_team", status=302)


def contact(user):
    return {"pk": ContactFactory().pk}


def network_meeting(user):
    import datetime

    from silverlinings.directory.models import Network, NetworkMeeting

    network = Network.objects.order_by("name").first()
    return {"pk": NetworkMeeting.objects.create(network=network, date=datetime.date(2030, 1, 7)).pk}


ENTRIES = {
    "directory:contact_list": Entry(everyone()),
    "directory:manage_contacts": Entry(TEAM),
    # An empty form gets the page again with its errors; removing goes back to the directory.
    "directory:contact_add": Entry(TEAM, post=TEAM),
    "directory:contact_edit": Entry(TEAM, kwargs=contact, post=TEAM),
    "directory:contact_remove": Entry(TEAM, kwargs=contact, post=TEAM_REDIRECTED),
    "directory:network_meetings": Entry(TEAM, post=TEAM),
    "directory:network_meeting_remove": Entry(post_only(), kwargs=network_meeting, post=TEAM_REDIRECTED),
}
