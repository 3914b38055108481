"""The progress pages: no page refreshes itself; a JSON answer for the script, and the page's own state."""

import json
import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from silverlinings.calls.models import ReturnedDocument
from silverlinings.core.models import OutboundEmail
from silverlinings.review.models import SuggestionRun
from silverlinings.review.services import decisions as decision_services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.review.factories import SuggestionRunFactory

pytestmark = pytest.mark.django_db

BATCH = "0b8e5c56-3b9e-4f0e-9a53-5c1f3f1c2a11"


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def returned(call, person, status):
    document = ReturnedDocument(
        call=call, batch=BATCH, uploaded_by=person, original_name=f"{status}.docx", size=3, sha256="0" * 64
    )
    document.status = status
    document.file.save("upload", ContentFile(b"abc"))
    return document


@pytest.fixture
def upload():
    call, person = make_call(), ContributorFactory()
    returned(call, person, "read")
    returned(call, person, "queued")
    return call, person, reverse("calls:upload_progress", kwargs={"slug": call.slug, "batch": BATCH})


def rows_of(html):
    """Each table row's id and tag text, in order."""
    row = r'<tr class="govuk-table__row" id="([^"]+)">.*?<strong class="govuk-tag[^"]*">([^<]*)</strong>'
    return re.findall(row, html, re.S)


def summary_of(part):
    """The heading and the text after it in a page's summary part (id="progress-summary")."""
    assert part.strip().startswith('<div id="progress-summary">')
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", part, re.S).group(1)
    rest = re.sub(r"<[^>]+>", " ", part[part.index("</h1>") + 5 :])
    return heading, " ".join(rest.split())


def test_the_upload_progress_answers_json_for_the_script_and_nobody_else(upload, client):
    _call, person, url = upload

    stranger = signed_in(client, ContributorFactory()).get(url, {"progress": "json"})
    response = signed_in(client, person).get(url, {"progress": "json"})

    assert stranger.status_code == 404

    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    answer = json.loads(response.content)
    assert {key: value for key, value in answer.items() if key != "parts"} == {
        "done": 1,
        "total": 2,
        "percent": 50,
        "text": "1 of 2 documents read",
        "finished": False,
        "finished_text": "",
    }


def test_the_upload_progress_rows_follow_each_document_as_the_page_shows_it(upload, client):
    _call, person, url = upload
    signed_in(client, person)
    first, second = ReturnedDocument.objects.filter(batch=BATCH).order_by("pk")

    waiting = json.loads(client.get(url, {"progress": "json"}).content)["parts"]
    page_then = client.get(url).content.decode()
    ReturnedDocument.objects.filter(pk=second.pk).update(status="problems")
    read = json.loads(client.get(url, {"progress": "json"}).content)["parts"]
    page_now = client.get(url).content.decode()

    assert rows_of("".join(waiting)) == [(f"document-{first.pk}", "Read"), (f"document-{second.pk}", "Waiting")]
    assert rows_of("".join(read)) == [
        (f"document-{first.pk}", "Read"),
        (f"document-{second.pk}", "Read: check the drafts"),
    ]
    # The same rows as the page itself, so the script swaps only what changed.
    assert all(row.strip() in page_then for row in waiting)
    assert all(row.strip() in page_now for row in read)


def test_the_upload_progress_heading_and_paragraph_say_when_the_reading_ends(upload, client):
    _call, person, url = upload
    signed_in(client, person)
    waiting = ReturnedDocument.objects.get(batch=BATCH, status="queued")
    ReturnedDocument.objects.filter(batch=BATCH, status="read").update(
        report=[{"nomination": 1, "title": "Warm Homes"}, {"nomination": 2, "title": "Family Hubs"}]
    )
    before = json.loads(client.get(url, {"progress": "json"}).content)
    ReturnedDocument.objects.filter(pk=waiting.pk).update(status="refused", message="Not a Word document")
    after = json.loads(client.get(url, {"progress": "json"}).content)
    page = client.get(url).content.decode()

    assert summary_of(before["parts"][0]) == (
        "Reading your documents",
        "You can leave this page: the documents are read in the background and the drafts appear in your nominations .",
    )
    assert summary_of(after["parts"][0]) == (
        "Your documents have been read",
        "2 drafts to check, 1 document not read. The drafts are in your nominations .",
    )
    assert after["finished_text"] == "Your documents have been read: 2 drafts to check, 1 document not read."
    # Without JavaScript the page, loaded again, says the same, and its title too.
    assert after["parts"][0].strip() in page
    assert "<title>Your documents have been read – " in page


def test_the_upload_progress_says_when_nothing_could_be_read_and_where_the_teams_drafts_go(client):
    call, team = make_call(), ProgrammeTeamFactory()
    returned(call, team, "refused")
    url = reverse("calls:upload_progress", kwargs={"slug": call.slug, "batch": BATCH})

    answer = json.loads(signed_in(client, team).get(url, {"progress": "json"}).content)

    assert summary_of(answer["parts"][0]) == (
        "Your documents have been read",
        "0 drafts to check, 1 document not read. See why below: nothing was added to the call’s draft nominations .",
    )


def test_the_upload_progress_rows_escape_the_file_names_and_the_drafts(upload, client):
    _call, person, url = upload
    document = ReturnedDocument.objects.get(batch=BATCH, status="read")
    document.original_name = '<img src=x onerror="alert(1)">.docx'
    document.report = [{"nomination": 7, "title": "<script>alert(2)</script>", "problems": ["<b>bold</b>"]}]
    document.save()

    row = json.loads(signed_in(client, person).get(url, {"progress": "json"}).content)["parts"][1]

    assert "<img" not in row and "<script" not in row and "<b>" not in row
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.docx" in row
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in row
    assert "&lt;b&gt;bold&lt;/b&gt;" in row


def test_the_upload_progress_sends_each_person_where_their_drafts_appear(client):
    call, contributor, team = make_call(), ContributorFactory(), ProgrammeTeamFactory()
    returned(call, contributor, "queued")
    url = reverse("calls:upload_progress", kwargs={"slug": call.slug, "batch": BATCH})
    team_batch = "5d1c7a3e-8f0b-4c2a-9e4d-2b7f6a1c0d93"
    document = returned(call, team, "queued")
    ReturnedDocument.objects.filter(pk=document.pk).update(batch=team_batch)
    team_url = reverse("calls:upload_progress", kwargs={"slug": call.slug, "batch": team_batch})

    own = signed_in(client, contributor).get(url).content.decode()
    teams = signed_in(client, team).get(team_url).content.decode()

    assert f'href="{reverse("calls:my_nominations")}">your nominations</a>' in own
    drafts = reverse("calls:call_nominations", kwargs={"slug": call.slug}) + "?status=draft"
    assert f'href="{drafts}">the call’s draft nominations</a>' in teams
    assert "your nominations" not in teams


def test_the_suggestion_progress_answers_json_and_says_when_it_is_finished(client):
    team = ProgrammeTeamFactory()
    run = SuggestionRunFactory(requested_by=team, status="running", progress=0.3, message="Finding themes")
    url = reverse("review:suggestion_run", kwargs={"slug": run.call.slug, "pk": run.pk})
    signed_in(client, team)

    running = json.loads(client.get(url, {"progress": "json"}).content)
    SuggestionRun.objects.filter(pk=run.pk).update(status="done", progress=1.0, message="Suggested 3 themes")
    done = json.loads(client.get(url, {"progress": "json"}).content)
    page = client.get(url).content.decode()

    assert [summary_of(part) for part in running.pop("parts")] == [
        ("Suggesting themes", "You can leave this page: the suggestion carries on in the background.")
    ]
    assert [summary_of(part) for part in done["parts"]] == [
        ("Themes suggested", "See the themes See the likely duplicates")
    ]
    assert done.pop("parts")[0].strip() in page  # the page without JavaScript says the same
    assert running == {
        "done": 30,
        "total": 100,
        "percent": 30,
        "text": "Finding themes: 30%",
        "finished": False,
        "finished_text": "",
    }
    assert done == {
        "done": 100,
        "total": 100,
        "percent": 100,
        "text": "Suggested 3 themes: 100%",
        "finished": True,
        "finished_text": "The themes are suggested. Show the results to see them.",
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_letters_progress_answers_json(client):
    team = ProgrammeTeamFactory()
    call = make_call()
    first, second = submitted_nomination(call), submitted_nomination(call, ons_code="E06000038")
    for nomination in (first, second):
        decision_services.decision_record(nomination=nomination, outcome="selected", reason="Clear", by=team)
    decision_services.decisions_release(call=call, by=team, release_while_open=True)
    OutboundEmail.objects.filter(idempotency_key=f"decision:{second.pk}").update(status="queued")
    url = reverse("review:decisions", kwargs={"slug": call.slug})

    answer = json.loads(signed_in(client, team).get(url, {"progress": "json"}).content)
    OutboundEmail.objects.filter(idempotency_key=f"decision:{second.pk}").update(status="sent")
    later = json.loads(client.get(url, {"progress": "json"}).content)
    page = client.get(url).content.decode()

    assert {key: value for key, value in answer.items() if key != "parts"} == {
        "done": 1,
        "total": 2,
        "percent": 50,
        "text": "1 of 2 letters sent",
        "finished": False,
        "finished_text": "",
    }
    # Each decision's row follows its letter, as the page itself shows it, so the script swaps what changed.
    sending = {row for row in answer["parts"] if "Sending…" in row}
    assert len(answer["parts"]) == 2 and len(sending) == 1
    assert f'id="decision-{second.decision.pk}"' in sending.pop()
    assert not any("Sending…" in row for row in later["parts"])
    assert all(row.strip() in page for row in later["parts"])


def test_no_progress_page_refreshes_itself(upload, client):
    _call, person, url = upload
    team = ProgrammeTeamFactory()
    run = SuggestionRunFactory(requested_by=team, status="queued")
    pages = [
        signed_in(client, person).get(url),
        signed_in(client, team).get(reverse("review:suggestion_run", kwargs={"slug": run.call.slug, "pk": run.pk})),
    ]

    for response in pages:
        html = response.content.decode()
        assert 'http-equiv="refresh"' not in html
        assert '<button type="submit" class="govuk-button govuk-button--secondary"' in html
        assert "Check progress" in html
