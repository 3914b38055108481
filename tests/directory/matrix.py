from tests.authorization.matrix import Entry, everyone

ENTRIES = {
    "directory:contact_list": Entry(everyone()),
}
