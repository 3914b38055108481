from django.apps import AppConfig


class BulletinsConfig(AppConfig):
    name = "silverlinings.bulletins"
    label = "bulletins"
    verbose_name = "Bulletins"
