import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.models import Call, Nomination, NominationStatus
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination, valid_answers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def post_section(client, nomination, index, data, check=False):
    url = reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": index})
    return client.post(url + ("?check=1" if check else ""), data)


SECTION_POSTS = {
    1: {
        "title": "Hybrid child protection conferences",
        "authority": "Kent",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "continue": "",
    },
    2: {"problem": "Partners could not travel.", "what_you_did": "Video for partners.", "continue": ""},
    3: {"difference": "Conferences on time rose to 93%.", "permanence": "In our procedures.", "continue": ""},
    4: {"proprietary": "no", "proprietary__detail": "", "adoption": "Meeting room kit.", "continue": ""},
    5: {
        "contact__name": "Sam Kaur",
        "contact__role": "Team Manager",
        "contact__email": "sam@kent.example.org",
        "contact__phone": "07700 900123",
        "consent_publish": "yes",
        "consent_contact": "yes",
        "continue": "",
    },
}


def test_a_contributor_nominates_through_every_page_and_gets_a_reference_and_a_copy(client):
    call = make_call()
    person = ContributorFactory(email="sam@kent.example.org")
    signed_in(client, person)
    response = client.post(
        reverse("calls:nomination_start", kwargs={"slug": call.slug}),
        {"start_token": "6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a11"},
    )
    nomination = Nomination.objects.get()
    assert response["Location"] == reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": 1})
    for index in range(1, 6):
        response = post_section(client, nomination, index, SECTION_POSTS[index])
        assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == reverse("calls:nomination_check", kwargs={"pk": nomination.pk})
    check = client.get(response["Location"]).content.decode()
    assert "Check your answers before sending your nomination" in check
    assert "There is a problem" not in check
    response = client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.SUBMITTED
    confirmation = client.get(response["Location"]).content.decode()
    assert "Nomination sent" in confirmation
    assert nomination.reference in confirmation
    assert mail.outbox[-1].subject == f"Your nomination {nomination.reference}: Hybrid child protection conferences"
    assert nomination.get_absolute_url() in mail.outbox[-1].body
    assert "Conferences on time rose to 93%." not in mail.outbox[-1].body


def test_a_double_click_on_submit_makes_one_nomination_and_one_email(client):
    call = make_call()
    person = ContributorFactory()
    nomination = submitted_nomination(call, nominator=person)
    Nomination.objects.filter(pk=nomination.pk).update(status=NominationStatus.DRAFT, reference="", number=None)
    signed_in(client, person)
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    assert Nomination.objects.filter(status=NominationStatus.SUBMITTED).count() == 1
    assert len(mail.outbox) == 1


def test_an_error_on_a_page_keeps_what_was_typed_and_saves_it(client):
    call = make_call()
    person = ContributorFactory()
    signed_in(client, person)
    client.post(reverse("calls:nomination_start", kwargs={"slug": call.slug}))
    nomination = Nomination.objects.get()
    long_text = "word " * 301
    response = post_section(client, nomination, 2, {"problem": long_text, "what_you_did": "", "continue": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "The problem or need must be 300 words or fewer (it has 301)" in page
    assert "Enter what you did differently" in page
    assert long_text.strip() in page
    nomination.refresh_from_db()
    assert nomination.answers["problem"] == long_text.strip()


def test_a_half_written_nomination_is_resumed_after_signing_in_again(client):
    call = make_call()
    person = ContributorFactory()
    signed_in(client, person)
    client.post(reverse("calls:nomination_start", kwargs={"slug": call.slug}))
    nomination = Nomination.objects.get()
    post_section(client, nomination, 1, {**SECTION_POSTS[1], "save_draft": ""})
    client.logout()
    signed_in(client, person)
    mine = client.get(reverse("calls:my_nominations")).content.decode()
    assert "Hybrid child protection conferences" in mine
    page = client.get(reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": 1})).content.decode()
    assert 'value="Hybrid child protection conferences"' in page


def test_a_contributor_cannot_open_someone_elses_nomination(client):
    call = make_call()
    theirs = submitted_nomination(call)
    signed_in(client, ContributorFactory())
    for name in ["calls:nomination_detail", "calls:nomination_check", "calls:nomination_withdraw"]:
        assert client.get(reverse(name, kwargs={"pk": theirs.pk})).status_code == 404
    assert client.post(reverse("calls:nomination_submit", kwargs={"pk": theirs.pk})).status_code == 404
    mine = client.get(reverse("calls:my_nominations")).content.decode()
    assert theirs.title not in mine


def test_after_the_call_closes_the_nominator_sees_it_read_only(client):
    call = make_call(opens_in_days=-30, closes_in_days=3)
    nomination = submitted_nomination(call)
    now = timezone.now()
    Call.objects.filter(pk=call.pk).update(opens_at=now - timedelta(days=60), closes_at=now - timedelta(days=1))
    signed_in(client, nomination.nominator)
    detail = client.get(reverse("calls:nomination_detail", kwargs={"pk": nomination.pk})).content.decode()
    assert "can no longer be changed" in detail
    assert client.get(reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": 1})).status_code == 403


def test_keyed_in_nomination_emails_the_nominator_a_link_to_check_it(client):
    call = make_call()
    team = ProgrammeTeamFactory()
    signed_in(client, team)
    response = client.post(
        reverse("calls:key_in", kwargs={"slug": call.slug}),
        {
            "email": "caller@medway.example.org",
            "full_name": "Pat Caller",
            "authority": "",
            "channel": "phone",
        },
    )
    nomination = Nomination.objects.get()
    assert response["Location"] == reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": 1})
    for index in range(1, 6):
        post_section(client, nomination, index, SECTION_POSTS[index])
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.SUBMITTED
    assert nomination.channel == "phone"
    message = mail.outbox[-1]
    assert message.to == ["caller@medway.example.org"]
    assert "Please check it and correct anything that is wrong" in message.body
    link = re.search(r"http://testserver(/sign-in/link/\?token=\S+)", message.body).group(1)
    assert "next=%2Fnominations%2F" in link


def test_team_nomination_list_query_count_does_not_grow_with_rows(client):
    call = make_call()
    signed_in(client, ProgrammeTeamFactory())
    submitted_nomination(call)
    url = reverse("calls:call_nominations", kwargs={"slug": call.slug})
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for index in range(19):
        submitted_nomination(call, ons_code="E06000038", title=f"Idea {index}")
    with CaptureQueriesContext(connection) as twenty:
        response = client.get(url)
    assert len(response.context["nominations"]) == 20
    assert len(twenty) == len(one)


def test_call_create_form_shows_gov_uk_errors_and_keeps_the_input(client):
    signed_in(client, ProgrammeTeamFactory())
    response = client.post(
        reverse("calls:call_create"),
        {
            "title": "Next year",
            "slug": "next-year",
            "reference_prefix": "NY",
            "introduction": "",
            **dict(
                zip(["opens_at_0", "opens_at_1", "opens_at_2", "opens_at_3"], ["1", "3", "2027", "9:00"], strict=True)
            ),
            **dict(
                zip(
                    ["closes_at_0", "closes_at_1", "closes_at_2", "closes_at_3"],
                    ["1", "2", "2027", "17:00"],
                    strict=True,
                )
            ),
            "closing_soon_days": "7",
            "who_may_respond": "Everyone",
        },
    )
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter an introduction to the call" in page
    assert "The closing date must be after the opening date" in page
    assert 'value="Next year"' in page


def test_call_create_makes_a_call_with_headings(client):
    signed_in(client, ProgrammeTeamFactory())
    response = client.post(
        reverse("calls:call_create"),
        {
            "title": "Silver Linings 2027",
            "slug": "sl-2027",
            "reference_prefix": "SL",
            "introduction": "Tell us.",
            **dict(
                zip(["opens_at_0", "opens_at_1", "opens_at_2", "opens_at_3"], ["1", "3", "2027", "9:00"], strict=True)
            ),
            **dict(
                zip(
                    ["closes_at_0", "closes_at_1", "closes_at_2", "closes_at_3"],
                    ["1", "4", "2027", "17:00"],
                    strict=True,
                )
            ),
            "closing_soon_days": "7",
            "who_may_respond": "Everyone",
        },
    )
    assert response.status_code == 302
    call = Call.objects.get(slug="sl-2027")
    assert call.questions.count() == 14
    assert call.opens_at.isoformat() == "2027-03-01T09:00:00+00:00"


def test_public_call_page_reads_like_the_call(client):
    call = make_call(what_counts="No idea is too small or too large.")
    page = client.get(reverse("calls:call_detail", kwargs={"slug": call.slug})).content.decode()
    assert "No idea is too small or too large." in page
    assert "Download the nomination form (Word document)" in page
    assert "Call Rachel Thorne on 07700 900101" in page
    assert "Sign in with your email address to start a nomination" in page


def test_valid_answers_helper_matches_the_headings():
    call = make_call()
    assert sorted(valid_answers()) == sorted(call.questions.values_list("key", flat=True))
