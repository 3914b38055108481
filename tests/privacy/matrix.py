from tests.authorization.matrix import Entry, only

# An empty form gets the page again with its error.
ENTRIES = {"privacy:erase": Entry(only("programme_team"), post=only("programme_team"))}
