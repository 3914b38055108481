import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "silverlinings.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve with a configuration that cannot work.
from silverlinings.core.checks import refuse_to_start_when_misconfigured  # noqa: E402

refuse_to_start_when_misconfigured()
