"""The scheduled jobs pages for the authorization matrix: the programme team's only."""

from django.utils import timezone

from silverlinings.jobs.models import Job
from tests.authorization.matrix import Entry, only


def job(user):
    made = Job.objects.create(
        key=f"test-{timezone.now().timestamp()}", kind="calls.daily_digest", name="Digest", run_at=timezone.now()
    )
    return {"pk": made.pk}


ENTRIES = {
    "jobs:job_list": Entry(only("programme_team")),
    "jobs:job_detail": Entry(only("programme_team"), kwargs=job),
}
