"""The outbox's background work. Tasks take ids; sending claims each message first, so a task run twice
sends nothing twice."""

from django_tasks import task

from . import sending


@task()
def messages_send(*, message_ids: list[int]) -> int:
    return sending.messages_send(message_ids=message_ids)
