from pathlib import Path

from django.core.management.base import BaseCommand

from silverlinings.showcase.export import showcase_export


class Command(BaseCommand):
    help = "Write the public showcase (pages, PDFs, pictures, styles) as a static site into DIR."

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR")

    def handle(self, *args, folder, **options):
        done = showcase_export(Path(folder))
        self.stdout.write(f"Wrote {len(done.pages)} pages and {len(done.files)} other files to {folder}.")
