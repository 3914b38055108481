"""System checks that keep a misconfigured production from starting.

`manage.py check` runs them, and so does the web process when it starts (`silverlinings/wsgi.py`),
because gunicorn runs no checks of its own.
"""

from django.conf import settings
from django.core import checks

#: Backends that never deliver a message: fine on a developer's machine, never in production.
UNDELIVERED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


@checks.register("silverlinings")
def email_is_delivered(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Sign-in links go by email: printed to a console in production, nobody could sign in and the
    links would sit in the web server's log."""
    if settings.DEBUG or settings.EMAIL_BACKEND not in UNDELIVERED_EMAIL_BACKENDS:
        return []
    return [
        checks.Error(
            f"Email would not be delivered: EMAIL_BACKEND is {settings.EMAIL_BACKEND} with DEBUG off.",
            hint="Set EMAIL_HOST (SMTP) or EMAIL_BACKEND (for example a GOV.UK Notify backend).",
            id="sl.E001",
        )
    ]


def refuse_to_start_when_misconfigured() -> None:
    """Run our own checks and stop with their messages when any is an error."""
    from django.core.management.base import SystemCheckError

    errors = [
        message
        for message in checks.run_checks(tags=["silverlinings"])
        if message.level >= checks.ERROR and not message.is_silenced()
    ]
    if errors:
        raise SystemCheckError("\n".join(str(error) for error in errors))
