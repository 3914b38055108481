import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "silverlinings.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve with a configuration that cannot work.
from silverlinings.core.checks import refuse_to_start_when_misconfigured  # noqa: E402

refuse_to_start_when_misconfigured()

# What starting made (settings, apps, the URLs and every view they import) lasts as long as the process: keep it out
# of the garbage collector's full passes, each of which otherwise walks about 200,000 objects (140 ms measured) while
# every thread of the process waits (decision 98, "2026-12-01: the cache read, and the collector").
get_resolver().url_patterns  # noqa: B018 - imports the URLs and the views now rather than on the first request
gc.freeze()
