from tests.authorization.matrix import Entry, everyone, only, post_only

SIGNED_IN_GOES_TO_DASHBOARD = {
    "anonymous": 200,
    "contributor": 302,
    "panel_member": 302,
    "writer": 302,
    "two_roles": 302,
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


def person(user):
    """Someone the team looks after: a writer, so they have a role to remove."""
    from tests.accounts.factories import WriterFactory

    return {"pk": WriterFactory(email="someone.writing@example.org").pk}


def role_held(user):
    from silverlinings.accounts.models import MembershipRole
    from tests.accounts.factories import WriterFactory

    writer = WriterFactory(email="someone.writing@example.org")
    return {"pk": writer.pk, "membership_pk": writer.memberships.get(role=MembershipRole.WRITER).pk}


ENTRIES |= {
    # A set-password link that is not one says so, to anyone.
    "accounts:set_password": Entry(everyone(), kwargs=lambda user: {"uidb64": "MTIz", "token": "abc-def"}),
    "accounts:people": Entry(only("programme_team")),
    "accounts:person_invite": Entry(
        only("programme_team"),
        post=only("programme_team", status=302),
        post_data={"email": "new.person@example.org", "full_name": "Nia Brooks", "role": "writer"},
    ),
    "accounts:person_detail": Entry(only("programme_team"), kwargs=person),
    "accounts:membership_give": Entry(
        post_only(), kwargs=person, post=only("programme_team", status=302), post_data={"role": "designer"}
    ),
    # A form with nothing chosen gets the page again with its error.
    "accounts:membership_give_scoped": Entry(
        only("programme_team"), kwargs=lambda user: {**person(user), "kind": "call-panel"}, post=only("programme_team")
    ),
    "accounts:membership_remove": Entry(
        only("programme_team"), kwargs=role_held, post=only("programme_team", status=302)
    ),
}
