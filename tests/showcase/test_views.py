"""The pages people use, taken the way they take them: the real forms posted."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from silverlinings.showcase.models import Commission, FactCheck, Status
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, WriterFactory
from tests.showcase.factories import CONTENT, make_commission, selected_nomination

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_team_commissions_a_report_from_the_selected_innovations(client):
    nomination = selected_nomination()
    team = signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:commission_create", kwargs={"slug": nomination.call.slug})
    due = timezone.localdate() + timedelta(days=21)

    page = team.get(url).content.decode()
    response = team.post(
        url,
        {
            "innovation": f"nomination-{nomination.pk}",
            "title": "Hybrid conferences",
            "brief": "Tell the story.",
            "due_on_0": due.day,
            "due_on_1": due.month,
            "due_on_2": due.year,
            "fee_note": "£450",
            "writer_name": "Morgan Lee",
            "writer_email": "Morgan.Lee@Example.org",
        },
    )

    assert f"{nomination.reference}: Hybrid child protection conferences (Kent)" in page
    commission = Commission.objects.get()
    assert response["Location"] == reverse("showcase:commission_detail", kwargs={"pk": commission.pk})
    assert (commission.nomination, commission.due_on, commission.slug) == (nomination, due, "hybrid-conferences")
    assert commission.status == Status.COMMISSIONED


def test_the_team_sees_who_writes_and_designs_the_report(client):
    writer = WriterFactory(full_name="Morgan Lee", email="morgan.lee@example.org")
    commission = make_commission(writer=writer)
    team = signed_in(client, ProgrammeTeamFactory())

    page = team.get(reverse("showcase:commission_detail", kwargs={"pk": commission.pk}))

    assert page.context["people"] == {"Writer": ["Morgan Lee (morgan.lee@example.org)"], "Designer": []}
    assert "Morgan Lee (morgan.lee@example.org)" in page.content.decode()


def test_a_commission_with_mistakes_gets_govuk_errors_and_keeps_what_was_typed(client):
    nomination = selected_nomination()
    team = signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:commission_create", kwargs={"slug": nomination.call.slug})

    page = team.post(
        url,
        {
            "title": "Hybrid conferences",
            "brief": "",
            "due_on_0": "1",
            "due_on_1": "1",
            "due_on_2": "2020",
            "writer_email": "not an address",
        },
    ).content.decode()

    assert "Select the innovation the report is about" in page
    assert "Enter the brief for the writer" in page
    assert "The date the draft is due must be today or in the future" in page
    assert "Enter an email address in the correct format, like name@example.com" in page
    assert 'value="Hybrid conferences"' in page
    assert Commission.objects.count() == 0


def test_the_board_shows_every_commission_by_status_with_overdue_marked(client, django_assert_num_queries):
    make_commission(title="Late report", due_in_days=14)
    Commission.objects.update(due_on=timezone.localdate() - timedelta(days=1))
    team = signed_in(client, ProgrammeTeamFactory())

    with django_assert_num_queries(8) as one:
        page = team.get(reverse("showcase:board")).content.decode()
    for n in range(19):
        make_commission(title=f"Report {n}", nomination=selected_nomination(title=f"Innovation {n}"))
    with django_assert_num_queries(len(one.captured_queries)):
        team.get(reverse("showcase:board"))

    assert "Commissioned (1)" in page
    assert "Late report" in page
    assert "Overdue" in page


def test_the_boards_chart_says_in_plain_words_what_each_line_counts(client):
    from silverlinings.core.charts import long_date

    make_commission(status=Status.TEAM_REVIEW)
    team = signed_in(client, ProgrammeTeamFactory())

    page = team.get(reverse("showcase:board")).content.decode()

    today = long_date(timezone.localdate())
    assert f"Reports in team review, each day from {today} to {today}: 1 now." in page
    assert f"Reports being fact-checked, each day from {today} to {today}: 0 now." in page
    assert "Reports team review" not in page and "Reports fact-check " not in page


def test_the_writer_sees_only_their_commissions(client):
    writer = WriterFactory()
    mine = make_commission(writer=writer, title="Mine")
    theirs = make_commission(title="Theirs", nomination=selected_nomination(title="Another"))
    signed_in(client, writer)

    page = client.get(reverse("showcase:my_commissions")).content.decode()

    assert "Mine" in page and "Theirs" not in page
    assert client.get(reverse("showcase:workspace", kwargs={"pk": mine.pk})).status_code == 200
    assert client.get(reverse("showcase:workspace", kwargs={"pk": theirs.pk})).status_code == 404


def test_the_report_editor_says_the_report_was_saved_not_answers(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)

    page = client.get(reverse("showcase:workspace", kwargs={"pk": commission.pk})).content.decode()

    form_tag = "<form" + page.split("data-autosave-url=")[0].rsplit("<form", 1)[1] + page.split("data-autosave-url=")[1]
    form_tag = form_tag.split(">")[0]

    assert 'data-autosave-saved="The report was saved at"' in form_tag
    assert "The report could not be saved automatically. Press ‘Save a version’ to save it." in form_tag
    assert "answers" not in form_tag


def _report_form(**changes) -> dict:
    data = {key: CONTENT[key] for key in ("headline", "summary", "challenge", "what_changed", "difference", "advice")}
    data.update(
        figure_1_number="93%",
        figure_1_label="of conferences on time",
        quote_1_text="We hear from everyone now.",
        quote_1_who="A conference chair",
        quote_1_consent="on",
        contact_name="Sam Kaur",
        contact_role="Team Manager",
    )
    data.update(changes)
    return data


def test_the_writer_writes_beside_the_evidence_and_every_save_is_a_version(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})

    page = client.get(url).content.decode()
    client.post(url, _report_form())
    client.post(url, _report_form(headline="Conferences on time: 93%"))

    assert "Families meet the chair in person while partners join by video." in page  # the nomination's answer
    assert "What the editorial panel said" not in page  # no reviews yet
    commission.refresh_from_db()
    assert [v.number for v in commission.versions.all()] == [2, 1]
    assert commission.status == Status.DRAFTING
    assert commission.content["key_figures"] == [{"number": "93%", "label": "of conferences on time"}]
    assert commission.content["quotes"] == [
        {"text": "We hear from everyone now.", "who": "A conference chair", "consent": True}
    ]
    compare = client.get(reverse("showcase:versions", kwargs={"pk": commission.pk}), {"from": 1, "to": 2})
    assert "Conferences on time rose to 93%" in compare.content.decode()
    assert "Conferences on time: 93%" in compare.content.decode()


def test_a_section_sent_back_unchanged_by_a_browser_is_not_shown_as_changed(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})
    client.post(url, _report_form())

    client.post(url, _report_form(advice=CONTENT["advice"].replace("\n", "\r\n"), headline="Changed"))

    commission.refresh_from_db()
    assert commission.content["advice"] == CONTENT["advice"]
    compare = client.get(reverse("showcase:versions", kwargs={"pk": commission.pk}), {"from": 1, "to": 2})
    assert [row[0] for row in compare.context["compared"]["rows"]] == ["Headline"]


def test_sending_the_draft_for_review_first_saves_what_the_writer_typed(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})
    client.post(url, _report_form())

    page = client.get(url).content.decode()
    client.post(reverse("showcase:report_submit", kwargs={"pk": commission.pk}), _report_form(cost="No extra cost."))

    assert 'form="report"' in page  # the send button sends the report form, with what was typed in it
    commission.refresh_from_db()
    assert commission.status == Status.TEAM_REVIEW
    assert commission.content["cost"] == "No extra cost."
    assert [v.number for v in commission.versions.all()] == [2, 1]


def test_sending_a_draft_with_mistakes_keeps_it_and_what_was_typed(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    client.post(reverse("showcase:workspace", kwargs={"pk": commission.pk}), _report_form())

    page = client.post(
        reverse("showcase:report_submit", kwargs={"pk": commission.pk}), _report_form(summary="word " * 81)
    ).content.decode()

    assert "Summary must be 80 words or fewer. It has 81" in page
    commission.refresh_from_db()
    assert commission.status == Status.DRAFTING
    assert commission.versions.count() == 1


def test_an_untouched_commission_cannot_be_sent_before_a_version_is_saved(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)

    client.post(reverse("showcase:report_submit", kwargs={"pk": commission.pk}), {})

    commission.refresh_from_db()
    assert commission.status == Status.COMMISSIONED
    assert commission.versions.count() == 0


def test_report_text_with_a_script_or_too_many_words_is_refused_with_what_was_typed_kept(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})

    page = client.post(url, _report_form(challenge="<script>alert(1)</script>", summary="word " * 81)).content.decode()

    assert "The challenge: Remove the HTML (&lt;script&gt;)" in page
    assert "Summary must be 80 words or fewer. It has 81" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert commission.versions.count() == 0


def test_the_supplier_is_required_when_the_nomination_uses_a_proprietary_product(client):
    writer = WriterFactory()
    nomination = selected_nomination(proprietary={"answer": True, "detail": "Attend Anywhere"})
    commission = make_commission(writer=writer, nomination=nomination)
    signed_in(client, writer)

    page = client.post(reverse("showcase:workspace", kwargs={"pk": commission.pk}), _report_form()).content.decode()

    assert "Enter the supplier: the innovation uses a proprietary product" in page


def test_the_writer_restores_an_older_version(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})
    client.post(url, _report_form())
    client.post(url, _report_form(headline="Changed"))

    client.post(reverse("showcase:version_restore", kwargs={"pk": commission.pk, "number": 1}))

    commission.refresh_from_db()
    assert commission.content["headline"] == "Conferences on time rose to 93%"
    assert commission.versions.count() == 3


def test_the_preview_is_the_published_page(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer, status=Status.PUBLISHED)
    signed_in(client, writer)

    preview = client.get(reverse("showcase:preview", kwargs={"pk": commission.pk})).content.decode()
    public = client.get(reverse("showcase:report", kwargs={"slug": commission.slug})).content.decode()

    def report(page):
        return page[page.index('<div id="report" class="sl-report">') : page.index("<!-- /report -->")]

    assert report(preview) == report(public)
    assert "Conferences on time rose from <strong>71%</strong> to 93%." in report(public)
    assert "This is a preview of the report as last saved. It is not published." in preview


def test_the_nominator_reads_the_draft_and_suggests_corrections_section_by_section(client):
    nominator = ContributorFactory(email="nominator.kent@example.org")
    commission = make_commission(nominator=nominator, status=Status.FACT_CHECK)
    signed_in(client, nominator)
    url = reverse("showcase:fact_check", kwargs={"pk": commission.pk})

    page = client.get(url).content.decode()
    client.post(url, {"correction_difference": "It rose to 92%, not 93%.", "suggest": ""})

    assert "This draft is not published. Please do not share it." in page
    assert "Conferences on time rose to 93%" in page
    check = FactCheck.objects.get(commission=commission, checker=nominator)
    assert (check.answer, check.corrections) == ("corrections", {"difference": "It rose to 92%, not 93%."})
    writer_page = signed_in(client, ProgrammeTeamFactory()).get(
        reverse("showcase:workspace", kwargs={"pk": commission.pk})
    )
    assert "It rose to 92%, not 93%." in writer_page.content.decode()


def test_the_nominator_coming_back_finds_the_corrections_they_sent_and_adds_to_them(client):
    nominator = ContributorFactory(email="nominator.kent@example.org")
    commission = make_commission(nominator=nominator, status=Status.FACT_CHECK)
    signed_in(client, nominator)
    url = reverse("showcase:fact_check", kwargs={"pk": commission.pk})
    client.post(url, {"correction_difference": "It rose to 92%, not 93%.", "suggest": ""})

    form = client.get(url).context["form"]
    client.post(url, {**form.initial, "correction_cost": "None."})

    assert form.initial == {"correction_difference": "It rose to 92%, not 93%."}
    check = FactCheck.objects.get(commission=commission, checker=nominator)
    assert check.corrections == {"difference": "It rose to 92%, not 93%.", "cost": "None."}


def test_the_nominator_signing_in_again_finds_the_report_to_check_on_their_dashboard(client):
    nominator = ContributorFactory(email="nominator.kent@example.org")
    commission = make_commission(nominator=nominator, status=Status.FACT_CHECK)
    signed_in(client, nominator)

    page = client.get("/dashboard/").content.decode()

    url = reverse("showcase:fact_check", kwargs={"pk": commission.pk})
    assert f'<a class="govuk-link" href="{url}">Hybrid conferences</a>: Waiting' in page


def test_sending_no_correction_asks_for_one(client):
    nominator = ContributorFactory(email="nominator.kent@example.org")
    commission = make_commission(nominator=nominator, status=Status.FACT_CHECK)
    signed_in(client, nominator)

    page = client.post(reverse("showcase:fact_check", kwargs={"pk": commission.pk}), {"suggest": ""}).content.decode()

    assert "Suggest a correction to at least one section, or approve the draft" in page


def test_the_team_approves_without_the_nominating_team_only_with_a_reason(client):
    commission = make_commission(status=Status.FACT_CHECK)
    team = signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:commission_move", kwargs={"pk": commission.pk})

    refused = team.post(url, {"to": "approved", "override_reason": ""}).content.decode()
    team.post(url, {"to": "approved", "override_reason": "Agreed by phone on 3 March."})

    assert "Wait for them, or give the reason for approving without them" in refused
    commission.refresh_from_db()
    assert (commission.status, commission.fact_check_override) == ("approved", "Agreed by phone on 3 March.")


def test_drafts_are_never_public_and_published_reports_are_listed_and_searchable(client):
    make_commission(status=Status.PUBLISHED)
    draft = make_commission(title="Secret draft", status=Status.APPROVED, nomination=selected_nomination(title="B"))

    index = client.get(reverse("showcase:index")).content.decode()
    found = client.get(reverse("showcase:index"), {"query": "chair in person"}).content.decode()
    missing = client.get(reverse("showcase:index"), {"query": "nothing like this"}).content.decode()

    assert "Conferences on time rose to 93%" in index
    assert "Secret draft" not in index
    assert "Conferences on time rose to 93%" in found
    assert "No reports match ‘nothing like this’. Try other words." in missing
    assert client.get(reverse("showcase:report", kwargs={"slug": draft.slug})).status_code == 404


def test_the_showcase_index_makes_the_same_queries_for_1_and_20_reports(client, django_assert_num_queries):
    make_commission(status=Status.PUBLISHED)
    with django_assert_num_queries(6) as one:
        client.get(reverse("showcase:index"))
    for n in range(19):
        make_commission(title=f"Report {n}", status=Status.PUBLISHED, nomination=selected_nomination(title=f"I {n}"))
    cache.clear()  # the page as made, not as kept
    with django_assert_num_queries(len(one.captured_queries)):
        page = client.get(reverse("showcase:index")).content.decode()
    assert page.count('<h2 class="govuk-heading-m govuk-!-margin-bottom-1">') == 20


def test_the_report_page_has_open_graph_metadata_and_never_the_contact_email(client):
    commission = make_commission(status=Status.PUBLISHED)

    page = client.get(reverse("showcase:report", kwargs={"slug": commission.slug})).content.decode()

    assert '<meta property="og:title" content="Conferences on time rose to 93%">' in page
    assert "Sam Kaur, Team Manager" in page
    assert "sam.kaur@kent.example.org" not in page


def test_the_writer_adds_a_picture_with_alt_text_and_its_location_is_removed(client):
    from PIL import Image

    from tests.showcase.factories import jpeg

    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {1: "N", 2: (51.0, 16.0, 0.0)}
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:images", kwargs={"pk": commission.pk})
    upload = SimpleUploadedFile("photo.jpg", jpeg(exif=exif.tobytes()), content_type="image/jpeg")

    response = client.post(url, {"image": upload, "alt_text": "A chair leads a conference", "credit": "Kent CC"})

    assert response["Location"] == url
    image = commission.images.get()
    with image.file.open("rb") as stored:
        assert Image.open(stored).getexif() == {}
    page = client.get(reverse("showcase:preview", kwargs={"pk": commission.pk})).content.decode()
    src = f"/showcase/pictures/{image.pk}-{image.version}.jpg"
    assert f'<img src="{src}" alt="A chair leads a conference" width="40" height="30">' in page


def test_a_picture_without_alt_text_or_that_is_an_svg_is_refused(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:images", kwargs={"pk": commission.pk})
    svg = SimpleUploadedFile("x.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')

    no_alt = client.post(url, {"image": SimpleUploadedFile("p.jpg", b"x"), "alt_text": ""}).content.decode()
    refused = client.post(url, {"image": svg, "alt_text": "A logo"}).content.decode()

    assert "Enter alternative text that says what the picture shows" in no_alt
    assert "The selected file is an SVG, which cannot be used. Upload a JPG, PNG or WebP instead" in refused
    assert 'value="A logo"' in refused
    assert commission.images.count() == 0


def test_pictures_of_a_draft_are_not_public(client):
    from silverlinings.showcase.services import commissions as services
    from tests.showcase.factories import jpeg, team

    commission = make_commission(status=Status.DRAFTING)
    image = services.report_image_add(
        commission=commission, data=jpeg(), alt_text="A", caption="", credit="", by=team()
    )

    assert client.get(image.get_absolute_url()).status_code == 404


def test_a_published_picture_has_an_address_of_its_own_kept_for_a_year(client):
    from silverlinings.showcase.services import commissions as services
    from tests.showcase.factories import jpeg, team

    commission = make_commission(status=Status.PUBLISHED)
    first = services.report_image_add(
        commission=commission, data=jpeg(), alt_text="A", caption="", credit="", by=team()
    )
    replaced = first.version
    services.report_image_remove(image=first, by=team())
    second = services.report_image_add(
        commission=commission, data=jpeg(), alt_text="A", caption="", credit="", by=team()
    )
    answer = client.get(second.get_absolute_url())
    page = client.get(commission.get_absolute_url()).content.decode()
    stale = reverse("showcase:image_file", kwargs={"pk": second.pk, "version": "0" * 12, "extension": "jpg"})

    assert second.get_absolute_url() == f"/showcase/pictures/{second.pk}-{second.version}.jpg"
    assert len(second.version) == 12 and second.version != replaced
    assert answer["Cache-Control"] == "public, max-age=31536000, immutable"
    assert f'src="{second.get_absolute_url()}"' in page
    assert client.get(stale).status_code == 404


def test_a_linked_idea_is_offered_once_and_its_writer_sees_every_version_of_it(client):
    from tests.review.factories import IdeaFactory

    kent = selected_nomination(title="Hybrid conferences in Kent")
    surrey = selected_nomination(title="Hybrid conferences in Surrey", ons_code="E10000030")
    idea = IdeaFactory(call=kent.call, label="Hybrid conferences", nominations=[kent, surrey])
    team = signed_in(client, ProgrammeTeamFactory())
    form = team.get(reverse("showcase:commission_create", kwargs={"slug": kent.call.slug})).content.decode()
    due = timezone.localdate() + timedelta(days=21)
    team.post(
        reverse("showcase:commission_create", kwargs={"slug": kent.call.slug}),
        {
            "innovation": f"idea-{idea.pk}",
            "title": "Hybrid conferences",
            "brief": "One report for both.",
            "due_on_0": due.day,
            "due_on_1": due.month,
            "due_on_2": due.year,
            "writer_email": "writer@example.org",
        },
    )

    assert "Linked idea: Hybrid conferences" in form
    assert "Hybrid conferences in Kent (Kent)" not in form
    commission = Commission.objects.get(idea=idea)
    page = team.get(reverse("showcase:workspace", kwargs={"pk": commission.pk})).content.decode()
    assert f"{kent.reference}: Hybrid conferences in Kent (Kent)" in page
    assert f"{surrey.reference}: Hybrid conferences in Surrey (Surrey)" in page


def _published(title: str, **answers):
    nomination = selected_nomination(title=title, **answers)
    return make_commission(title=title, nomination=nomination, status=Status.PUBLISHED)


def test_the_index_filters_by_authority_service_area_and_scale(client):
    from tests.accounts.factories import authority

    _published("Kent conferences")
    _published("Surrey family time", ons_code="E10000030", service_areas=["Fostering"], scale="Whole-system change")
    surrey = authority("E10000030")

    def titles(**query):
        page = client.get(reverse("showcase:index"), query).content.decode()
        return sorted(c.title for c in Commission.objects.all() if f">{c.title} · published" in page)

    assert titles() == ["Kent conferences", "Surrey family time"]
    assert titles(authority=surrey.pk) == ["Surrey family time"]
    assert titles(scale="Whole-system change") == ["Surrey family time"]
    assert titles(scale="Whole-system change", authority=authority("E10000016").pk) == []


def test_search_finds_words_in_the_published_report_and_ignores_search_syntax(client):
    _published("Kent conferences")
    _published("Surrey family time", ons_code="E10000030")

    def titles(query):
        page = client.get(reverse("showcase:index"), {"query": query}).content.decode()
        return sorted(c.title for c in Commission.objects.all() if f">{c.title} · published" in page)

    assert titles("surrey") == ["Surrey family time"]
    assert titles("conferenc") == ["Kent conferences", "Surrey family time"]  # the headline both share
    assert titles('"chair*) (') == ["Kent conferences", "Surrey family time"]
    assert titles("nowhere") == []


def test_staff_of_another_authority_say_they_adopted_it_and_are_counted(client, django_capture_on_commit_callbacks):
    from tests.accounts.factories import UserFactory, authority

    commission = _published("Kent conferences")
    medway = UserFactory(authority=authority("E06000035"))
    signed_in(client, medway)

    page = client.get(commission.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the kept parts of the page are cleared on commit
        client.post(reverse("showcase:adoption_record", kwargs={"slug": commission.slug}), {"kind": "trying"})
        client.post(reverse("showcase:adoption_record", kwargs={"slug": commission.slug}), {"kind": "adopted"})
    after = client.get(commission.get_absolute_url()).content.decode()

    assert "We have adopted this" in page
    assert "1 authority has adopted this. 0 are trying it." in after


def test_staff_of_another_authority_choosing_nothing_get_the_page_again_with_the_error_on_the_radios(client):
    from tests.accounts.factories import UserFactory, authority

    commission = _published("Kent conferences")
    signed_in(client, UserFactory(authority=authority("E06000035")))

    response = client.post(reverse("showcase:adoption_record", kwargs={"slug": commission.slug}), {})
    page = response.content.decode()

    assert response.status_code == 200
    assert "<title>Error: " in page
    summary = page[page.index('class="govuk-error-summary"') :]
    assert summary.index("There is a problem") < summary.index(
        '<a href="#id_kind_1">Select whether your authority has adopted this or is trying it</a>'
    )
    assert '<div id="div_id_kind" class="govuk-form-group govuk-form-group--error">' in page
    assert '<span id="id_kind_1_error" class="govuk-error-message">' in page
    assert "Kent conferences" in page
    assert commission.adoptions.count() == 0


def test_a_reader_writes_to_the_contact_without_seeing_their_address(client):
    from silverlinings.mail.models import Message

    commission = _published("Kent conferences")
    url = reverse("showcase:enquiry", kwargs={"slug": commission.slug})

    page = client.get(url).content.decode()
    client.post(url, {"name": "Alex Reader", "email": "alex@medway.example.org", "message": "How did you do it?"})

    assert "sam.kaur@kent.example.org" not in page
    message = Message.objects.get(template="showcase/email/enquiry")
    assert message.to == "sam.kaur@kent.example.org"
    assert "How did you do it?" in message.body_text
    assert "To reply, write to alex@medway.example.org." in message.body_text


OVER_LIMIT = (
    "You cannot send more messages to teams for now: too many have been sent from here or from your email "
    "address in the last hour. Try again in an hour, or email the programme team at "
)


def _enquire(client, commission, email, message="How did you do it?"):
    url = reverse("showcase:enquiry", kwargs={"slug": commission.slug})
    return client.post(url, {"name": "Alex Reader", "email": email, "organisation": "Medway", "message": message})


def test_one_sender_may_send_a_few_messages_an_hour_and_keeps_what_they_typed_after(client, settings):
    from django.utils.html import escape

    from silverlinings.mail.models import Message

    settings.SHOWCASE_ENQUIRY_LIMITS = {"client": (10, 60), "address": (2, 60)}
    commission = _published("Kent conferences")

    answers = [_enquire(client, commission, "alex@medway.example.org", f"Question {n}") for n in range(3)]
    page = answers[2].content.decode()

    assert [answer.status_code for answer in answers] == [302, 302, 200]
    assert escape(OVER_LIMIT) in page and "There is a problem" in page
    assert 'value="alex@medway.example.org"' in page and 'value="Medway"' in page and ">\nQuestion 2</textarea>" in page
    assert Message.objects.filter(template="showcase/email/enquiry").count() == 2
    assert _enquire(client, commission, "sam@medway.example.org").status_code == 302  # another sender may


def test_one_client_address_may_send_only_so_many_messages_whoever_sends_them(client, settings):
    from silverlinings.mail.models import Message

    settings.SHOWCASE_ENQUIRY_LIMITS = {"client": (2, 60), "address": (5, 60)}
    commission = _published("Kent conferences")

    codes = [_enquire(client, commission, f"reader{n}@medway.example.org").status_code for n in range(3)]

    assert codes == [302, 302, 200]
    assert Message.objects.filter(template="showcase/email/enquiry").count() == 2


def test_no_message_form_when_the_contact_did_not_agree_to_be_contacted(client):
    commission = _published("Kent conferences", consent_contact={"answer": False, "detail": ""})

    page = client.get(reverse("showcase:enquiry", kwargs={"slug": commission.slug})).content.decode()

    assert "The team behind this innovation has not asked to be contacted." in page
    assert "Send your message" not in page


def test_the_feed_and_the_sitemap_list_published_reports_only(client):
    published = _published("Kent conferences")
    draft = make_commission(title="Secret draft", nomination=selected_nomination(title="B"), status=Status.APPROVED)

    feed = client.get(reverse("showcase:feed")).content.decode()
    sitemap = client.get(reverse("showcase:sitemap")).content.decode()

    assert 'xmlns="http://www.w3.org/2005/Atom"' in feed
    assert f"http://testserver/showcase/{published.slug}/" in feed and draft.slug not in feed
    assert f"<loc>http://testserver/showcase/{published.slug}/</loc>" in sitemap and draft.slug not in sitemap


def test_related_innovations_share_a_service_area(client):
    kent = _published("Kent conferences")
    _published("Surrey conferences", ons_code="E10000030")
    _published("Slough early years", ons_code="E06000039", service_areas=["Early years"])

    page = client.get(kent.get_absolute_url()).content.decode()
    related = page[page.index("Related innovations") :]

    assert "Surrey conferences" in related or "Conferences on time rose to 93%" in related
    assert related.count("<li><a") == 1


def test_autosave_keeps_what_was_typed_as_a_version_only_when_it_changed(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    url = reverse("showcase:report_autosave", kwargs={"pk": commission.pk})

    first = client.post(url, _report_form(headline="Typed so far"))
    client.post(url, _report_form(headline="Typed so far"))
    refused = client.post(url, _report_form(challenge="<b>bold</b>"))

    assert first.status_code == 200 and set(first.json()) == {"saved_at"}
    assert refused.status_code == 400
    assert refused.json() == {
        "errors": [
            "The challenge: Remove the HTML (<b>). Text can only have paragraphs, lists, links and emphasis, "
            "written in Markdown"
        ]
    }
    assert [(v.number, v.note, v.content["headline"]) for v in commission.versions.all()] == [
        (1, "Saved automatically", "Typed so far")
    ]


def test_the_designer_reads_the_workspace_but_only_the_writer_changes_the_report(client):
    from silverlinings.showcase.services import commissions as services
    from tests.accounts.factories import UserFactory
    from tests.showcase.factories import team

    commission = make_commission(status=Status.DRAFTING)
    designer = UserFactory(email="designer@example.org", authority=None)
    services.commission_invite(commission=commission, role="designer", email=designer.email, name="", by=team())
    signed_in(client, designer)
    url = reverse("showcase:workspace", kwargs={"pk": commission.pk})

    page = client.get(url).content.decode()
    refused = client.post(url, _report_form(headline="Designer's headline"))

    assert "Only the writer changes the report." in page
    assert "Words in the last saved version: Headline 6; Summary 15 of 80; The challenge 6;" in page
    assert refused.status_code == 403


def test_corrections_are_shown_under_the_sections_they_are_about(client):
    nominator = ContributorFactory(email="nominator.kent@example.org")
    commission = make_commission(nominator=nominator, status=Status.FACT_CHECK)
    signed_in(client, nominator)
    client.post(
        reverse("showcase:fact_check", kwargs={"pk": commission.pk}),
        {"correction_difference": "It rose to 92%.", "correction_headline": "Say 92%.", "suggest": ""},
    )
    signed_in(client, ProgrammeTeamFactory())

    page = client.get(reverse("showcase:commission_detail", kwargs={"pk": commission.pk})).content.decode()

    assert "‘Headline’: Say 92%.<br>" in page.replace('</span><br><span class="govuk-body-s">', "<br>")
    assert "‘The difference it made’: It rose to 92%." in page


def test_the_team_comments_on_a_draft_and_the_writer_reads_it_beside_the_evidence(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer, status=Status.TEAM_REVIEW)
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:commission_comment", kwargs={"pk": commission.pk})

    refused = client.post(url, {"text": "  "}).content.decode()
    client.post(url, {"text": "Lead with the 93% figure."})
    signed_in(client, writer)
    page = client.get(reverse("showcase:workspace", kwargs={"pk": commission.pk})).content.decode()

    assert "Enter your comment for the writer" in refused
    commission.refresh_from_db()
    assert commission.status == Status.TEAM_REVIEW
    assert "Lead with the 93% figure." in page


def test_a_picture_over_the_size_limit_is_refused_before_it_is_read(client):
    writer = WriterFactory()
    commission = make_commission(writer=writer)
    signed_in(client, writer)
    too_big = SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"0" * (10 * 1024 * 1024), content_type="image/jpeg")

    page = client.post(
        reverse("showcase:images", kwargs={"pk": commission.pk}), {"image": too_big, "alt_text": "A chair"}
    ).content.decode()

    assert "The selected file must be smaller than 10MB" in page
    assert 'value="A chair"' in page
    assert commission.images.count() == 0


def test_the_writers_dashboard_says_which_of_their_commissions_is_overdue(client):
    writer = WriterFactory(email="writer@example.org")
    late = make_commission(writer=writer, title="Late report", due_in_days=-3)
    on_time = make_commission(writer=writer, title="On time", due_in_days=5, nomination=selected_nomination())
    signed_in(client, writer)

    page = client.get("/dashboard/").content.decode()

    overdue = ' <strong class="govuk-tag govuk-tag--red">Overdue</strong>'
    late_url = reverse("showcase:workspace", args=[late.pk])
    on_time_url = reverse("showcase:workspace", args=[on_time.pk])
    assert f'href="{late_url}">Late report</a>: commissioned, due {late.due_on:%-d %B %Y}{overdue}</li>' in page
    assert f'href="{on_time_url}">On time</a>: commissioned, due {on_time.due_on:%-d %B %Y}</li>' in page
