from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "silverlinings.review"
    label = "review"
    verbose_name = "Review and grouping"
