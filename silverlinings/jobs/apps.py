from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "silverlinings.jobs"
    label = "jobs"
    verbose_name = "The worker and scheduled jobs"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        # Each app declares its scheduled jobs in its own jobs.py.
        autodiscover_modules("jobs")
