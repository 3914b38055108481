from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "silverlinings.directory"
    label = "directory"
    verbose_name = "Directory"
