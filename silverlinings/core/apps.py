from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "silverlinings.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import (
            checks,  # noqa: F401 - registers the system checks
            frame,  # noqa: F401 - forgets the kept frame when a setting changes
        )
