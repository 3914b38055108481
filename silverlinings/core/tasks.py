from django_tasks import task


@task()
def email_deliver(*, message_id: int) -> None:
    """Kept so that tasks queued before email moved to `silverlinings.mail` still run."""
    from silverlinings.mail.sending import messages_send

    messages_send(message_ids=[message_id])
