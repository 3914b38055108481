"""Background work for grouping. Tasks take ids, fetch and call a service."""

from django_tasks import task

from .services import grouping


@task()
def suggestion_run(*, run_id: int) -> None:
    """Suggest themes and find near-duplicates for one SuggestionRun, writing its progress as it goes."""
    grouping.suggestion_run_now(run_id=run_id)
