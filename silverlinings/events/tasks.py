from django_tasks import task

from .services import registration as services_registration


@task()
def registration_email_send(*, registration_id: int, changed: bool) -> None:
    services_registration.registration_email_send_now(registration_id=registration_id, changed=changed)
