from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "silverlinings.calls"
    label = "calls"
    verbose_name = "Calls for evidence"
