from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields):
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields):
        fields.update(is_superuser=True)
        return self._create(email, password, **fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in. Keyed by email; belongs to an authority or to none.

    What a person may do comes from their memberships (`Membership`, read through `accounts.selectors`
    and the predicates in `accounts.rules`); someone with none is a contributor.
    """

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=150, blank=True)
    authority = models.ForeignKey(
        "directory.Authority", null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    organisation = models.CharField(max_length=200, blank=True, help_text="A school or provider, if not the authority.")
    job_title = models.CharField(max_length=150, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def is_staff(self) -> bool:
        """Only the programme team (and superusers) reach the Django admin."""
        from .selectors import is_programme_team

        return is_programme_team(self)

    @property
    def signs_in_with_password(self) -> bool:
        """Anyone holding a role beyond contributor signs in with a password, never by a link alone."""
        from .selectors import roles_held

        return self.is_superuser or bool(roles_held(self) & PASSWORD_ROLES)

    @property
    def password_chosen(self) -> bool:
        """Whether they have a password to sign in with: an account made without one has an empty
        password, which Django counts as usable though nothing matches it."""
        return bool(self.password) and self.has_usable_password()

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class SignInLinkCount(models.Model):
    """How many sign-in links were asked for under one key (an address, a client) in one window.

    Written only by `accounts.services.sign_in_link_request`, which counts with one atomic UPDATE so
    that simultaneous requests cannot overshoot a limit.
    """

    key = models.CharField(max_length=400)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window_start"], name="sign_in_link_count_unique")]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.key} since {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class MembershipRole(models.TextChoices):
    """What a person does, held for one thing: a call's panel, a commission, an event; or for everything
    (the programme team). One person may hold several (a panel member on one call writes on another).

    Held for nothing in particular, a panel member, writer or designer is one the team has taken on and
    may put on a call's panel or a commission (decision 0062)."""

    PROGRAMME_TEAM = "programme_team", "Programme team"
    PANEL_MEMBER = "panel_member", "Editorial panel member"
    WRITER = "writer", "Report writer"
    DESIGNER = "designer", "Report designer"
    COORDINATOR = "coordinator", "Authority coordinator"


#: Roles that sign in with a password (and are locked out after repeated failures).
PASSWORD_ROLES = frozenset(
    {
        MembershipRole.PROGRAMME_TEAM,
        MembershipRole.PANEL_MEMBER,
        MembershipRole.WRITER,
        MembershipRole.DESIGNER,
        MembershipRole.COORDINATOR,
    }
)


class Membership(models.Model):
    """One role held by one person, for one thing (`scope`) or, for the programme team, for everything.

    Written only by `accounts.services.membership_grant` / `membership_revoke`, which audit each change.
    Apps ask through `accounts.selectors` and the predicates in `accounts.rules`, never by querying this
    model with their own rules.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=MembershipRole.choices, db_index=True)
    scope_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    scope_id = models.PositiveBigIntegerField(null=True, blank=True)
    scope = GenericForeignKey("scope_type", "scope_id")
    authority = models.ForeignKey(
        "directory.Authority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For an authority coordinator: the authority whose places they coordinate.",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "scope_type", "scope_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role"], condition=models.Q(scope_type__isnull=True), name="membership_global_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "role", "scope_type", "scope_id"],
                condition=models.Q(scope_type__isnull=False),
                name="membership_scoped_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(scope_type__isnull=True, scope_id__isnull=True)
                | models.Q(scope_type__isnull=False, scope_id__isnull=False),
                name="membership_scope_whole",
            ),
        ]
        indexes = [models.Index(fields=["scope_type", "scope_id", "role"])]

    def __str__(self) -> str:
        where = f" of {self.scope}" if self.scope_id else ""
        return f"{self.user}: {self.get_role_display()}{where}"
