"""The review app's background work: grouping and the panel's letters. Tasks take ids, fetch and call
a service."""

from django_tasks import task

from .services import decisions, grouping


@task()
def suggestion_run(*, run_id: int) -> None:
    """Suggest themes and find near-duplicates for one SuggestionRun, writing its progress as it goes."""
    grouping.suggestion_run_now(run_id=run_id)


@task()
def decision_letter_send(*, decision_id: int) -> None:
    """Email one released decision's nominator; a letter already sent is not sent again."""
    decisions.decision_letter_send(decision_id=decision_id)
