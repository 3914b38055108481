"""The Content-Security-Policy is made once per process and sent with each answer's own nonce, exactly as django-csp
would send it; a view that changes its policy gets what it asked for."""

import pytest
from csp.decorators import csp_exempt, csp_update
from csp.exceptions import CSPNonceError
from csp.utils import build_policy as django_csp_policy
from django.http import HttpResponse
from django.test import RequestFactory

from silverlinings.core import content_security
from silverlinings.core.content_security import CSPMiddleware

pytestmark = pytest.mark.django_db


def _directives(policy: str) -> set[str]:
    return {part.strip() for part in policy.split(";")}


def _nonce(response) -> str:
    return response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]


@pytest.fixture(autouse=True)
def _made_afresh():
    content_security._policy.cache_clear()


def _answer(view, path="/"):
    request = RequestFactory().get(path)
    middleware = CSPMiddleware(view)
    middleware.process_request(request)
    return request, middleware.process_response(request, view(request))


def test_the_policy_is_made_once_and_each_answer_has_its_own_nonce(client, monkeypatch):
    made = []
    monkeypatch.setattr(
        content_security, "build_policy", lambda **kwargs: made.append(kwargs) or django_csp_policy(**kwargs)
    )

    answers = [client.get("/") for _ in range(3)]

    assert len({_nonce(answer) for answer in answers}) == 3
    assert len([kwargs for kwargs in made if not kwargs["report_only"]]) == 1
    for answer in answers:
        assert _directives(answer["Content-Security-Policy"]) == _directives(django_csp_policy(nonce=_nonce(answer)))
        assert f'nonce="{_nonce(answer)}"' in answer.content.decode()
        assert "nonce\x00" not in answer["Content-Security-Policy"]


def test_an_answer_that_used_no_nonce_names_none_and_a_nonce_asked_for_afterwards_is_refused():
    request, response = _answer(lambda request: HttpResponse("plain"))

    assert _directives(response["Content-Security-Policy"]) == _directives(django_csp_policy())
    assert "nonce" not in response["Content-Security-Policy"]
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


def test_a_view_that_changes_its_policy_gets_what_it_asked_for():
    updated = csp_update({"style-src-attr": ["'unsafe-inline'"]})(lambda request: HttpResponse("styled"))
    exempt = csp_exempt()(lambda request: HttpResponse("exempt"))

    _, styled = _answer(updated)
    _, free = _answer(exempt)

    assert "style-src-attr 'unsafe-inline'" in styled["Content-Security-Policy"]
    assert "Content-Security-Policy" not in free


def test_a_changed_policy_and_a_report_only_policy_are_sent_at_once(client, settings):
    client.get("/")
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"img-src": ["'self'"]}}

    answer = client.get("/")

    assert answer["Content-Security-Policy"] == "default-src 'none'"
    report_only = answer["Content-Security-Policy-Report-Only"]
    assert "img-src 'self'" in report_only
    assert _directives(report_only) == _directives(django_csp_policy(report_only=True))
