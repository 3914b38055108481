import logging

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_403_is_logged_on_one_line_without_a_traceback(client_for, caplog):
    client = client_for("contributor")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(reverse("calls:manage_calls"))
    assert response.status_code == 403
    records = [record for record in caplog.records if record.name == "django.request"]
    assert [(record.levelname, record.getMessage()) for record in records] == [
        ("WARNING", "Forbidden (Permission denied): /manage/calls/")
    ]
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text


def test_a_bad_host_header_is_logged_on_one_line_as_a_warning(client, caplog, settings):
    settings.ALLOWED_HOSTS = ["silverlinings.example.org"]
    with caplog.at_level(logging.WARNING, logger="django.security.DisallowedHost"):
        response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    records = [record for record in caplog.records if record.name == "django.security.DisallowedHost"]
    assert [record.levelname for record in records] == ["WARNING"]
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text
