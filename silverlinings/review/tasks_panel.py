"""The panel's background work. Tasks take ids, fetch and call a service."""

from django_tasks import task

from .services import decisions


@task()
def decision_letter_send(*, decision_id: int) -> None:
    """Email one released decision's nominator; a letter already sent is not sent again."""
    decisions.decision_letter_send(decision_id=decision_id)
