from tests.authorization.matrix import Entry, everyone, only
from tests.directory.factories import ContactFactory

TEAM = only("programme_team")
TEAM_REDIRECTED = only("programme_team", status=302)


def contact(user):
    return {"pk": ContactFactory().pk}


ENTRIES = {
    "directory:contact_list": Entry(everyone()),
    "directory:manage_contacts": Entry(TEAM),
    # An empty form gets the page again with its errors; removing goes back to the directory.
    "directory:contact_add": Entry(TEAM, post=TEAM),
    "directory:contact_edit": Entry(TEAM, kwargs=contact, post=TEAM),
    "directory:contact_remove": Entry(TEAM, kwargs=contact, post=TEAM_REDIRECTED),
}
