"""Subscribing with double opt-in, choices by one's own link, one-click unsubscribe, CSV import and export."""

import csv
import io
import re
import time

import pytest
from django.core import mail, signing
from django.urls import reverse

from silverlinings.bulletins.models import Subscriber
from silverlinings.bulletins.subscriptions import CONFIRM_SALT
from silverlinings.core.models import AuditEntry
from silverlinings.mail.models import Message, OptOut
from silverlinings.mail.sending import email_for, outbox_send_due
from tests.bulletins.factories import SubscriberFactory, newsletter, weekly_update

pytestmark = pytest.mark.django_db


def confirm_link() -> str:
    message = Message.objects.filter(template="bulletins/email/confirm_subscription").order_by("pk").last()
    return re.search(r"http://testserver(/bulletins/subscribe/confirm/[^\s]+/)", message.body_text)[1]


def subscribe(client, email="reader@example.org", publications=None):
    publications = publications or [weekly_update()]
    return client.post(
        reverse("bulletins:subscribe"), {"email": email, "publications": [str(p.pk) for p in publications]}
    )


def test_subscribing_takes_effect_only_from_the_button_the_link_in_the_email_opens(client):
    response = subscribe(client, email="Reader@Example.org")
    assert "We have sent a link to" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.confirmed_at) == ("reader@example.org", None)
    page = client.get(confirm_link()).content.decode()
    assert "Confirm your subscription" in page
    assert "reader@example.org</strong> will get Weekly update." in page
    response = client.post(confirm_link(), follow=True)
    assert "You are subscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert list(subscriber.publications.all()) == [weekly_update()]


def test_opening_the_confirmation_link_changes_nothing(client):
    subscribe(client)
    response = client.get(confirm_link())
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert (subscriber.confirmed_at, list(subscriber.publications.all())) == (None, [])
    assert not AuditEntry.objects.filter(action="bulletins.subscription_confirmed").exists()


def test_the_confirmation_button_pressed_twice_confirms_once(client):
    subscribe(client)
    link = confirm_link()
    assert client.post(link)["Location"] == link
    first = Subscriber.objects.get().confirmed_at
    response = client.post(link, follow=True)
    assert response.status_code == 200
    assert "You are subscribed" in response.content.decode()
    assert Subscriber.objects.get().confirmed_at == first
    assert AuditEntry.objects.filter(action="bulletins.subscription_confirmed").count() == 1


def test_a_confirmed_subscription_link_says_so_without_a_button(client):
    subscribe(client)
    client.post(confirm_link())
    page = client.get(confirm_link()).content.decode()
    assert "You are subscribed" in page
    assert "Confirm subscription</button>" not in page


class EightDaysAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 8 * 86400)


def test_an_expired_confirmation_link_says_to_subscribe_again(client):
    subscriber = SubscriberFactory(confirmed_at=None)
    data = {"s": subscriber.pk, "p": [weekly_update().pk], "n": []}
    token = EightDaysAgo(salt=CONFIRM_SALT).sign_object(data, compress=True)
    url = reverse("bulletins:subscribe_confirm", kwargs={"token": token})
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 400
        assert "This link has expired. Subscribe again to get a new one." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


def test_a_broken_confirmation_link_says_what_to_do(client):
    response = client.get(reverse("bulletins:subscribe_confirm", kwargs={"token": "not-a-token"}))
    assert response.status_code == 400
    assert "This link is not complete. Copy the whole link from the email." in response.content.decode()


def test_a_malformed_address_is_refused_and_kept(client):
    response = subscribe(client, email="reader at example")
    page = response.content.decode()
    assert "Enter an email address in the correct format, like name@example.org" in page
    assert 'value="reader at example"' in page
    assert Subscriber.objects.count() == 0


def test_a_subscriber_changes_their_choices_from_their_own_link(client):
    subscriber = SubscriberFactory()
    url = reverse("bulletins:preferences", kwargs={"token": subscriber.token})
    client.post(url, {"publications": [str(newsletter().pk)]})
    assert list(subscriber.publications.all()) == [newsletter()]


def test_unticking_everything_unsubscribes(client):
    subscriber = SubscriberFactory()
    response = client.post(reverse("bulletins:preferences", kwargs={"token": subscriber.token}), {}, follow=True)
    assert "You are unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None
    assert OptOut.objects.filter(email=subscriber.email, list_key="bulletins").exists()


def test_an_unknown_preferences_link_says_so(client):
    response = client.get(reverse("bulletins:preferences", kwargs={"token": "00000000-0000-0000-0000-000000000000"}))
    assert response.status_code == 404
    assert "We do not know this link" in response.content.decode()


def test_one_click_unsubscribe_from_the_header_then_subscribing_again(client):
    subscriber = SubscriberFactory()
    from silverlinings.mail.services import email_send

    message = email_send(
        to=subscriber.email,
        template="bulletins/email/confirm_subscription",
        context={"confirm_url": "x", "publications": "Weekly update"},
        list_key="bulletins",
    )
    header = email_for(message).extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    client.post(header, {"List-Unsubscribe": "One-Click"})
    assert OptOut.objects.filter(email=subscriber.email, list_key="bulletins").exists()
    subscribe(client, email=subscriber.email)
    client.post(confirm_link())
    assert not OptOut.objects.filter(email=subscriber.email).exists()


def test_the_team_imports_a_list_merging_duplicates_and_reporting_bad_rows(client_for):
    SubscriberFactory(email="known@example.org", publications=[newsletter()])
    team = client_for("programme_team")
    csv = b"Name,Email\nA,new@example.org\nB,KNOWN@example.org\nC,not an address\nD,new@example.org\nE,\n"
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = team.post(
        reverse("bulletins:subscribers_import"),
        {
            "file": SimpleUploadedFile("list.csv", csv, "text/csv"),
            "publications": [str(weekly_update().pk)],
            "consent": "Mailchimp list",
        },
    )
    page = response.content.decode()
    assert "1 added, 2 already known" in page
    assert "not an email address" in page
    assert "no email address" in page
    assert Subscriber.objects.get(email="new@example.org").consent == "Mailchimp list"
    assert set(Subscriber.objects.get(email="known@example.org").publications.all()) == {newsletter(), weekly_update()}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Name,Phone\nA,0123\n", "The file needs a column headed ‘email’ in its first row"),
        (b"\x00\x01\x02PK binary", "The file is not a CSV file. Save it from your spreadsheet as ‘CSV UTF-8’"),
    ],
)
def test_a_csv_in_the_wrong_shape_or_encoding_is_refused(client_for, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    team = client_for("programme_team")
    response = team.post(
        reverse("bulletins:subscribers_import"),
        {"file": SimpleUploadedFile("list.csv", content), "publications": [str(weekly_update().pk)], "consent": "x"},
    )
    assert message in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_a_windows_spreadsheet_export_is_read():
    from silverlinings.bulletins.subscriptions import subscribers_import

    data = "email,name\nzoe@example.org,Zoë Brontë\n".encode("cp1252")
    report = subscribers_import(data=data, publications=[weekly_update()], consent="x", by=None)
    assert (report.added, report.invalid) == (1, [])


def test_the_team_exports_the_list(client_for):
    SubscriberFactory(email="reader@example.org", consent="Website")
    response = client_for("programme_team").get(reverse("bulletins:subscribers_export"))
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "email,publications,confirmed,unsubscribed,consent,bounces"
    assert lines[1].startswith("reader@example.org,Weekly update,")


def test_the_exported_list_never_carries_a_formula(client_for):
    SubscriberFactory(email="reader@example.org", consent='=HYPERLINK("http://evil.example","x")')
    response = client_for("programme_team").get(reverse("bulletins:subscribers_export"))
    row = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig").splitlines()[1])))
    assert row[4] == '\'=HYPERLINK("http://evil.example","x")'


@pytest.mark.parametrize("rows", [1, 20])
def test_the_subscriber_list_queries_do_not_grow(client_for, django_assert_num_queries, rows):
    team = client_for("programme_team")
    for _ in range(rows):
        SubscriberFactory()
    with django_assert_num_queries(8):
        team.get(reverse("bulletins:subscriber_list"))


def test_mail_sent_for_confirmation_is_plain_and_html(client):
    subscribe(client)
    outbox_send_due()
    assert mail.outbox[0].subject == "Confirm your subscription to the SESLIP bulletins"


def test_the_team_sees_who_left_from_a_link_in_an_email(client_for):
    from silverlinings.mail.services import list_leave

    subscriber = SubscriberFactory(email="gone@example.org")
    list_leave(email=subscriber.email, list_key="bulletins")
    page = client_for("programme_team").get(reverse("bulletins:subscriber_list")).content.decode()
    row = page[page.index("gone@example.org") :]
    assert row.index("Unsubscribed") < row.index("</tr>")


@pytest.fixture
def status_token(settings):
    settings.BULLETIN_STATUS_TOKEN = "s3cret-token"
    return {"HTTP_AUTHORIZATION": "Bearer s3cret-token"}


def post_status(client, payload, headers):
    import json

    return client.post(
        reverse("bulletins:delivery_status"), json.dumps(payload), content_type="application/json", **headers
    )


def test_the_providers_permanent_failure_counts_as_a_bounce(client, status_token):
    subscriber = SubscriberFactory(email="reader@example.org")
    response = post_status(client, {"to": "Reader@example.org", "status": "permanent-failure"}, status_token)
    assert response.status_code == 204
    post_status(client, {"to": "reader@example.org", "status": "delivered"}, status_token)
    subscriber.refresh_from_db()
    assert subscriber.bounces == 1


def test_the_providers_complaint_unsubscribes(client, status_token):
    subscriber = SubscriberFactory(email="reader@example.org")
    post_status(client, {"to": "reader@example.org", "complaint_id": "abc"}, status_token)
    subscriber.refresh_from_db()
    assert (subscriber.complaints, subscriber.unsubscribed_at is not None) == (1, True)


def test_a_receipt_with_the_wrong_token_or_for_someone_unknown_changes_nothing(client, status_token):
    subscriber = SubscriberFactory(email="reader@example.org")
    wrong = post_status(
        client, {"to": "reader@example.org", "status": "permanent-failure"}, {"HTTP_AUTHORIZATION": "x"}
    )
    assert wrong.status_code == 403
    unknown = post_status(client, {"to": "nobody@example.org", "status": "permanent-failure"}, status_token)
    assert unknown.status_code == 204
    bad = client.post(reverse("bulletins:delivery_status"), "not json", content_type="application/json", **status_token)
    assert bad.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.bounces == 0
