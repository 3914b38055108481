from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "silverlinings.events"
    label = "events"
    verbose_name = "Events"
