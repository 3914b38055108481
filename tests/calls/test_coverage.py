import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.calls.coverage import coverage_for
from silverlinings.calls.lastcall import last_call_request
from silverlinings.calls.models import LastCallSend
from silverlinings.core.models import OutboundEmail
from silverlinings.directory.models import Authority
from tests.accounts.factories import ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.directory.factories import ContactFactory


@pytest.mark.django_db
def test_coverage_counts_authorities_by_service_area_scale_and_channel():
    call = make_call()
    submitted_nomination(call, ons_code="E10000016", service_areas=["Early help", "Fostering"])
    submitted_nomination(
        call, ons_code="E10000016", service_areas=["Early help"], scale="IT hack or tool", channel="phone"
    )
    submitted_nomination(call, ons_code="E06000038", service_areas=["Youth justice"])
    coverage = coverage_for(call)
    kent = next(row for row in coverage.authorities if row["authority"].short_name == "Kent")
    cells = {cell["area"].name: cell["value"] for cell in kent["cells"] if cell["value"]}
    assert coverage.total == 3
    assert kent["total"] == 2
    assert cells == {"Early help": 2, "Fostering": 1}
    assert [(bar.label, bar.value) for bar in coverage.by_scale] == [
        ("Whole-system change", 0),
        ("Service or team practice", 2),
        ("Personal work habit", 0),
        ("IT hack or tool", 1),
    ]
    assert [(bar.label, bar.value) for bar in coverage.by_channel] == [
        ("Web form", 2),
        ("Returned document", 0),
        ("Phone", 1),
        ("Email", 0),
    ]
    assert len(coverage.without) == 17
    assert authority("E10000016") not in coverage.without
    assert coverage.over_time.max_total == 3


@pytest.mark.django_db
def test_coverage_page_query_count_does_not_grow_with_nominations(client):
    call = make_call()
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    submitted_nomination(call)
    url = reverse("calls:coverage", kwargs={"slug": call.slug})
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    codes = list(Authority.objects.values_list("ons_code", flat=True))
    for index in range(30):
        submitted_nomination(call, ons_code=codes[index % 19], service_areas=["Early help", "Adoption"])
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.context["coverage"].total == 31
    assert len(many) == len(few)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_last_call_goes_to_contacts_of_silent_authorities_and_never_twice():
    call = make_call()
    team = ProgrammeTeamFactory()
    for place in Authority.objects.exclude(ons_code__in=["E10000016", "E06000039", "E06000035"]):
        submitted_nomination(call, ons_code=place.ons_code)
    ContactFactory(email="kent.lead@example.org", authority=authority("E10000016"))
    ContactFactory(email="slough.lead@example.org", authority=authority("E06000039"))
    ContactFactory(email="medway.lead@example.org", authority=authority("E06000035"))
    submitted_nomination(call, ons_code="E10000016")
    last_call_request(call=call, by=team)
    last_call_request(call=call, by=team)
    assert sorted(m.to[0] for m in mail.outbox) == ["medway.lead@example.org", "slough.lead@example.org"]
    assert mail.outbox[0].subject == "Last call for Silver Linings nominations"
    sends = list(LastCallSend.objects.order_by("pk").values_list("sent", "skipped"))
    assert sends == [(2, 0), (0, 2)]
    assert OutboundEmail.objects.filter(template="calls/email/last_call").count() == 2
