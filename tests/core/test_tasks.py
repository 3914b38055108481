import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from silverlinings.core.models import OutboundEmail
from silverlinings.core.services import email_send
from tests.accounts.factories import ContributorFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_email_is_sent_by_the_database_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    user = ContributorFactory()
    message = email_send(to=user.email, template="accounts/email/use_password", context={"user": user})
    assert DBTaskResult.objects.count() == 1
    assert mail.outbox == []

    call_command("db_worker", batch=True, interval=0, no_startup_delay=True, verbosity=0)

    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.SENT
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
