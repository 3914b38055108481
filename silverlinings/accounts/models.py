from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone


class Role(models.TextChoices):
    PROGRAMME_TEAM = "programme_team", "Programme team"
    PANEL = "panel", "Editorial panel member"
    WRITER = "writer", "Report writer"
    CONTRIBUTOR = "contributor", "Contributor"


#: Roles that sign in with a password (and are locked out after repeated failures).
STAFF_ROLES = frozenset({Role.PROGRAMME_TEAM, Role.PANEL, Role.WRITER})


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
        fields.setdefault("role", Role.CONTRIBUTOR)
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields):
        fields.update(is_superuser=True, role=Role.PROGRAMME_TEAM)
        return self._create(email, password, **fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in. Keyed by email; belongs to an authority or to none."""

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=150, blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CONTRIBUTOR, db_index=True)
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
        return self.is_active and (self.is_superuser or self.role == Role.PROGRAMME_TEAM)

    @property
    def signs_in_with_password(self) -> bool:
        return self.role in STAFF_ROLES or self.is_superuser

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
