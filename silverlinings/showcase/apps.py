from django.apps import AppConfig


class ShowcaseConfig(AppConfig):
    name = "silverlinings.showcase"
    label = "showcase"
    verbose_name = "Showcase reports"
