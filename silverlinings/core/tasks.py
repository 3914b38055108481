from django_tasks import task

from . import services


@task()
def email_deliver(*, message_id: int) -> None:
    services.email_deliver_now(message_id=message_id)
