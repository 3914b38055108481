from tests.authorization.matrix import Entry, everyone

SIGNED_IN_GOES_TO_DASHBOARD = {
    "anonymous": 200,
    "contributor": 302,
    "panel_member": 302,
    "writer": 302,
    "programme_team": 302,
}

ENTRIES = {
    # Asking for a link sends anyone to "check your email"; someone signed in goes to the dashboard.
    "accounts:sign_in": Entry(
        SIGNED_IN_GOES_TO_DASHBOARD, post=everyone(302), post_data={"email": "someone@example.org", "next": ""}
    ),
    "accounts:check_email": Entry(everyone()),
    # A token that is not one is refused the same way for everyone.
    "accounts:link_sign_in": Entry(everyone(), query="?token=abc", post=everyone(400), post_data={"token": "abc"}),
    # A wrong password gets the form again with its error; someone signed in goes to the dashboard.
    "accounts:staff_sign_in": Entry(
        SIGNED_IN_GOES_TO_DASHBOARD,
        post=SIGNED_IN_GOES_TO_DASHBOARD,
        post_data={"username": "nobody@example.org", "password": "not the password"},
    ),
    # Signing out is a POST from every page; anyone may do it.
    "accounts:sign_out": Entry(everyone(405), post=everyone(302)),
}
