"""The monthly newsletter: a foreword with its signatory, contents made from its stories, sections, pictures."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from silverlinings.bulletins.models import Issue, Item, Section
from silverlinings.bulletins.rendering import issue_email_context
from tests.bulletins.factories import IssueFactory, ItemFactory, newsletter
from tests.bulletins.test_views import item_data

pytestmark = pytest.mark.django_db


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (800, 400), (30, 120, 160)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def issue():
    issue = IssueFactory(
        publication=newsletter(),
        number=12,
        title="December 2026",
        foreword="A year of **better ways of working**.",
        signatory_name="Alison Michalska",
        signatory_role="Director, South East Sector-Led Improvement Programme",
    )
    project, other = Section.objects.get(name="Project News"), Section.objects.get(name="Other News")
    ItemFactory(issue=issue, section=other, headline="Funding for family hubs", position=1)
    ItemFactory(issue=issue, section=project, headline="Complex LAC project: next phase", position=2)
    return issue


def test_the_newsletter_shows_the_foreword_and_contents_from_its_stories(issue):
    context = issue_email_context(issue)
    html, text = context["issue_html"], context["issue_text"]
    assert "A year of <strong>better ways of working</strong>." in html
    assert "Alison Michalska" in html
    assert "In this month's newsletter you will find:" in text
    # Sections in their order, stories under them.
    assert text.index("PROJECT NEWS") < text.index("COMPLEX LAC PROJECT: NEXT PHASE") < text.index("OTHER NEWS")
    assert "Future dates for network meetings" not in html


def test_a_story_with_a_picture_needs_its_description(client_for, issue):
    team = client_for("programme_team")
    url = reverse("bulletins:item_add", kwargs={"pk": issue.pk})
    data = item_data(headline="Hybrid conferences", section=str(Section.objects.get(name="Project News").pk))
    response = team.post(url, {**data, "image_upload": SimpleUploadedFile("photo.jpg", jpeg(), "image/jpeg")})
    assert "Describe the picture, for people who cannot see it" in response.content.decode()
    data["image_alt"] = "Practitioners on a video call"
    response = team.post(url, {**data, "image_upload": SimpleUploadedFile("photo.jpg", jpeg(), "image/jpeg")})
    assert response.status_code == 302
    item = Item.objects.get(headline="Hybrid conferences")
    assert item.image.name.endswith(".jpg")
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, published=True)
    page = client_for("anonymous").get(issue.get_absolute_url()).content.decode()
    assert 'alt="Practitioners on a video call"' in page


def test_a_file_that_is_not_a_picture_is_refused(client_for, issue):
    team = client_for("programme_team")
    response = team.post(
        reverse("bulletins:item_add", kwargs={"pk": issue.pk}),
        {
            **item_data(image_alt="A picture"),
            "image_upload": SimpleUploadedFile("photo.jpg", b"not a picture", "image/jpeg"),
        },
    )
    assert "The selected file must be a JPG, PNG or WebP" in response.content.decode()
    assert Item.objects.filter(issue=issue).count() == 2
