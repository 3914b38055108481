from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "silverlinings.mail"
    label = "mail"
    verbose_name = "Email"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from silverlinings.jobs.registry import worker_round_add

        from . import sending

        # Each app declares the emails it sends in its own emails.py.
        autodiscover_modules("emails")
        worker_round_add(sending.outbox_send_due)
