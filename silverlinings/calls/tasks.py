from django_tasks import task

from . import imports, lastcall


@task()
def returned_document_read(*, document_id: int) -> None:
    imports.returned_document_read_now(document_id=document_id)


@task()
def last_call_deliver(*, send_id: int) -> None:
    lastcall.last_call_deliver_now(send_id=send_id)
