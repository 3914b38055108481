from sesame.backends import ModelBackend


class SignInLinkBackend(ModelBackend):
    """Sign-in links are for contributors only.

    An account with a password role (the programme team, panel members, writers) is never signed in
    by a link, even one sent before the person was given the role: a link in a mailbox must not open
    the panel's or the team's pages without the password.
    """

    def user_can_authenticate(self, user) -> bool:
        return super().user_can_authenticate(user) and not user.signs_in_with_password
