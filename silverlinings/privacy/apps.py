from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "silverlinings.privacy"
    label = "privacy"
    verbose_name = "Personal data"
