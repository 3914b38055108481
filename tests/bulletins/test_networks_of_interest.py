"""Networks of interest: a subscriber's copy lists the issue's items for their networks first (decision 94)."""

import datetime

import pytest
from django.core import mail

from silverlinings.bulletins import sending
from silverlinings.directory.models import Network
from silverlinings.jobs.services import jobs_run_due
from silverlinings.mail.models import Message
from silverlinings.mail.sending import outbox_send_due
from tests.bulletins.factories import IssueFactory, ItemFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def networks() -> dict[str, Network]:
    return {name: Network.objects.create(name=name) for name in ("SEND leads", "Virtual school heads", "Early help")}


@pytest.fixture
def issue(networks):
    issue = IssueFactory(number=452, date=datetime.date(2021, 3, 4))
    ItemFactory(issue=issue, headline="Last call for Silver Linings suggestions", slug="last-call")
    ItemFactory(issue=issue, headline="SEND peer review", slug="send-review", network=networks["SEND leads"])
    ItemFactory(issue=issue, headline="Virtual school data", slug="vsh-data", network=networks["Virtual school heads"])
    return issue


def subscriber(*names: str, networks: dict[str, Network]):
    person = SubscriberFactory()
    person.networks.set([networks[name] for name in names])
    return person.email


def send(issue) -> dict[str, Message]:
    sending.issue_send_request(issue=issue, by=None)
    jobs_run_due()
    return {message.to: message for message in Message.objects.all()}


def test_a_subscriber_gets_the_items_for_their_networks_listed_first(issue, networks):
    both = subscriber("SEND leads", "Virtual school heads", networks=networks)
    send_only = subscriber("SEND leads", networks=networks)
    messages = send(issue)
    text = messages[send_only].body_text
    assert text.startswith(
        "UPDATE NO 452\n4 March 2021\n\nFOR YOUR NETWORKS\n"
        "• SEND peer review (SEND leads): http://testserver/bulletins/update/452/send-review/\n\n"
        "This week's headlines:\n• Last call for Silver Linings suggestions\n• SEND peer review\n"
    ), text[:400]
    text = messages[both].body_text
    assert text.index("FOR YOUR NETWORKS") < text.index("This week's headlines:")
    assert "• SEND peer review (SEND leads)" in text
    assert "• Virtual school data (Virtual school heads)" in text
    html = messages[both].body_html
    assert '<h2 style="font-size:24px;margin:24px 0 16px 0;">For your networks</h2>' in html
    assert html.index("For your networks") < html.index("headlines</h2>")


def test_everyone_still_gets_every_item_and_nobody_else_gets_the_list(issue, networks):
    plain = subscriber(networks=networks)
    elsewhere = subscriber("Early help", networks=networks)  # no item of this issue is about it
    chose = subscriber("Virtual school heads", networks=networks)
    messages = send(issue)
    for address in (plain, elsewhere, chose):
        text = messages[address].body_text
        for headline in ("LAST CALL FOR SILVER LININGS SUGGESTIONS", "SEND PEER REVIEW", "VIRTUAL SCHOOL DATA"):
            assert headline in text, (address, headline)
    assert "FOR YOUR NETWORKS" not in messages[plain].body_text
    assert "FOR YOUR NETWORKS" not in messages[elsewhere].body_text
    assert "For your networks" not in messages[elsewhere].body_html
    assert "FOR YOUR NETWORKS\n• Virtual school data (Virtual school heads)" in messages[chose].body_text
    outbox_send_due(limit=100)
    assert sorted(email.to[0] for email in mail.outbox) == sorted([plain, elsewhere, chose])


def test_the_issue_is_rendered_once_more_for_each_different_list_only(issue, networks):
    email = sending.IssueEmail(issue)
    send_id, vsh_id, early_id = (networks[name].pk for name in ("SEND leads", "Virtual school heads", "Early help"))
    assert email.own_part([]) == {}
    assert email.own_part([early_id]) == {}
    first = email.own_part([send_id, early_id])
    assert email.own_part([send_id]) is first
    assert email.own_part([send_id, vsh_id]) is not first
    assert email.own_part([vsh_id, send_id]) is email.own_part([send_id, vsh_id])


def test_the_web_page_of_the_issue_has_no_list_for_anyone(client, issue, networks):
    issue.published = True
    issue.save()
    page = client.get(issue.get_absolute_url()).content.decode()
    assert "SEND peer review" in page
    assert "For your networks" not in page
