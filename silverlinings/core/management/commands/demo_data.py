"""Load demo data: fictional people, contacts and (from later apps) calls and nominations.

Safe to run again: every app's `demo.load` finds what it made before instead of making it twice, and
never touches what a user made. Refuses to run with DEBUG off unless --force is given.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_PASSWORD = "silver-linings-demo"  # noqa: S105 - printed for the demo; never used with DEBUG off


class Command(BaseCommand):
    help = "Load (or top up) the demo data and print how to sign in as each demo role."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Demo data is for the embedded default. Use --force to load it anyway.")
        for config in apps.get_app_configs():
            if not config.name.startswith("silverlinings."):
                continue
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError:
                continue
            with transaction.atomic():
                module.load(stdout=self.stdout, password=DEMO_PASSWORD)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        from silverlinings.accounts.demo import sign_in_help

        self.stdout.write(sign_in_help(password=DEMO_PASSWORD))
