"""The programme team's page of scheduled jobs: what is scheduled, when it ran and what it did."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from silverlinings.core.permissions import require

from . import registry, selectors
from .models import Job


@login_required
def job_list(request):
    require(request.user, "jobs.view_jobs")
    context = {
        "coming_up": selectors.jobs_coming_up(),
        "finished": selectors.jobs_finished(),
        "workers": selectors.workers_alive(),
    }
    return render(request, "jobs/job_list.html", context)


@login_required
def job_detail(request, pk):
    require(request.user, "jobs.view_jobs")
    job = get_object_or_404(Job, pk=pk)
    context = {"job": job, "kind": registry.job_kind(job.kind), "runs": selectors.job_runs(job)}
    return render(request, "jobs/job_detail.html", context)
