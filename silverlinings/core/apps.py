from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "silverlinings.core"
    label = "core"
    verbose_name = "Core"
