"""The designed pack: the designer sets its look, makes a preview on the worker with progress, and the team
publishes it. The PDF is tagged, made once per content and made again when a report changes."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from silverlinings.showcase.models import Pack, PackBuild, Status
from silverlinings.showcase.services import commissions as services
from tests.accounts.factories import ProgrammeTeamFactory, UserFactory, WriterFactory
from tests.core.pdf_structure import pdf_structure
from tests.review.factories import ThemeFactory
from tests.showcase.factories import CONTENT, jpeg, make_commission, selected_nomination, team

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _two_themes():
    kent = make_commission(status=Status.PUBLISHED, title="Kent conferences")
    surrey_nomination = selected_nomination(title="Surrey family time", ons_code="E10000030")
    surrey = make_commission(status=Status.PUBLISHED, title="Surrey family time", nomination=surrey_nomination)
    meetings = ThemeFactory(call=kent.call, label="Meetings by video", status="accepted", nominations=[kent.nomination])
    families = ThemeFactory(call=kent.call, label="Family time", status="accepted", nominations=[surrey_nomination])
    return kent, surrey, meetings, families


def _designer_of(commission):
    designer = UserFactory(email="designer@example.org", authority=None)
    services.commission_invite(commission=commission, role="designer", email=designer.email, name="", by=team())
    return designer


def test_the_designer_sets_the_look_makes_a_preview_and_reads_its_progress(client, django_capture_on_commit_callbacks):
    kent, _surrey, meetings, families = _two_themes()
    signed_in(client, _designer_of(kent))
    url = reverse("showcase:pack", kwargs={"slug": kent.call.slug})

    client.post(
        url,
        {
            "title": "Silver Linings: the innovations that stay",
            "subtitle": "Showcase reports, 2021",
            "introduction": "Nineteen authorities sent **their best ideas**.",
            "foreword": "These changes are here to stay.",
            "foreword_by": "Jane Smith, Director of Children's Services",
            f"colour_{meetings.pk}": "purple",
            f"position_{meetings.pk}": "2",
            f"colour_{families.pk}": "green",
            f"position_{families.pk}": "1",
        },
    )
    client.post(
        reverse("showcase:pack_cover", kwargs={"slug": kent.call.slug}),
        {"image": SimpleUploadedFile("cover.jpg", jpeg((200, 120))), "alt_text": "Children playing in a park"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        made = client.post(reverse("showcase:pack_build", kwargs={"slug": kent.call.slug}))
    progress = client.get(made["Location"], {"progress": "json"}).json()

    pack = Pack.objects.get()
    assert (pack.colours, pack.chapter_order) == (
        {str(meetings.pk): "purple", str(families.pk): "green"},
        [families.pk, meetings.pk],
    )
    assert (progress["done"], progress["total"], progress["finished"], progress["text"]) == (
        3,
        3,
        True,
        "The pack is ready.",
    )
    build = PackBuild.objects.get()
    download = client.get(reverse("showcase:pack_build_download", kwargs={"slug": kent.call.slug, "pk": build.pk}))
    pdf = b"".join(download.streaming_content)
    structure = pdf_structure(pdf)
    assert (structure.tagged, structure.pdfua_part, structure.language) == (True, "1", "en-GB")
    assert structure.title == "Silver Linings: the innovations that stay"
    assert structure.figure_alts == ["Children playing in a park"]
    assert structure.roles.count("H1") == 1
    assert structure.roles.count("H2") == 7  # contents, introduction, foreword, two chapters, two indexes
    assert structure.roles.count("H3") == 2  # a report in each chapter


def test_the_chapters_follow_the_designers_order():
    from silverlinings.showcase.pack import chapters, pack_for

    kent, _surrey, meetings, families = _two_themes()
    pack = pack_for(kent.call)
    pack.chapter_order = [families.pk, meetings.pk]
    pack.save()

    assert [(c.title, [r.title for r in c.reports]) for c in chapters(pack)] == [
        ("Family time", ["Surrey family time"]),
        ("Meetings by video", ["Kent conferences"]),
    ]


def test_the_pack_is_made_once_per_content_and_again_when_a_published_pack_s_report_changes(
    django_capture_on_commit_callbacks,
):
    from silverlinings.showcase.pack import pack_for
    from silverlinings.showcase.services import pack as services_pack

    commission = make_commission(status=Status.PUBLISHED)
    pack = pack_for(commission.call)
    with django_capture_on_commit_callbacks(execute=True):
        services_pack.pack_publish(pack=pack, by=team())
    with django_capture_on_commit_callbacks(execute=True):
        again = services_pack.pack_build_request(pack=pack, by=team())
    assert PackBuild.objects.count() == 1 and again.status == PackBuild.Status.DONE

    with django_capture_on_commit_callbacks(execute=True):
        services.commission_move(commission=commission, to=Status.DRAFTING, by=team())
    services.report_save(commission=commission, content={**CONTENT, "headline": "Now 95%"}, by=team())
    for step in (Status.TEAM_REVIEW, Status.FACT_CHECK):
        services.commission_move(commission=commission, to=step, by=team())
    services.commission_move(commission=commission, to=Status.APPROVED, by=team(), override_reason="By phone.")
    with django_capture_on_commit_callbacks(execute=True):
        services.commission_move(commission=commission, to=Status.PUBLISHED, by=team())

    assert PackBuild.objects.filter(status=PackBuild.Status.DONE).count() == 3  # made, taken down, published again


def test_two_chapters_at_one_position_are_refused_naming_the_position_and_keeping_what_was_typed(client):
    kent, _surrey, meetings, families = _two_themes()
    signed_in(client, _designer_of(kent))
    url = reverse("showcase:pack", kwargs={"slug": kent.call.slug})
    client.get(url)  # the pack exists with its first words
    before = Pack.objects.values("title", "chapter_order").get()

    response = client.post(
        url,
        {
            "title": "The innovations that stay",
            f"colour_{meetings.pk}": "purple",
            f"position_{meetings.pk}": "1",
            f"colour_{families.pk}": "green",
            f"position_{families.pk}": "1",
        },
    )
    page = response.content.decode()

    message = "‘Family time’ and ‘Meetings by video’ are both at position 1: give each chapter a different position"
    assert response.status_code == 200
    assert f'<a href="#id_position_{meetings.pk}">{message}</a>' in page
    assert f'<div id="div_id_position_{meetings.pk}" class="govuk-form-group govuk-form-group--error">' in page
    assert f'<div id="div_id_position_{families.pk}" class="govuk-form-group">' in page
    assert page.count(message) == 2  # in the summary and on the second chapter's position
    assert 'value="The innovations that stay"' in page
    assert Pack.objects.values("title", "chapter_order").get() == before


def test_only_the_team_and_the_calls_designers_reach_the_pack(client):
    commission = make_commission(status=Status.PUBLISHED)
    url = reverse("showcase:pack", kwargs={"slug": commission.call.slug})

    writer_of_it = signed_in(client, WriterFactory(email="w@example.org"))
    services.commission_invite(commission=commission, role="writer", email="w@example.org", name="", by=team())
    assert writer_of_it.get(url).status_code == 404
    assert signed_in(client, _designer_of(commission)).get(url).status_code == 200
    assert signed_in(client, ProgrammeTeamFactory()).get(url).status_code == 200


def test_a_cover_that_is_not_a_picture_is_refused_with_a_message(client):
    commission = make_commission(status=Status.PUBLISHED)
    signed_in(client, ProgrammeTeamFactory())

    page = client.post(
        reverse("showcase:pack_cover", kwargs={"slug": commission.call.slug}),
        {"image": SimpleUploadedFile("cover.jpg", b"not a picture"), "alt_text": "A park"},
    ).content.decode()

    assert "The selected file must be a JPG, PNG or WebP" in page
    assert Pack.objects.get().cover_file.name == ""


def test_while_the_pdf_is_written_the_progress_says_so(client):
    from silverlinings.showcase.pack import pack_for

    commission = make_commission(status=Status.PUBLISHED)
    build = PackBuild.objects.create(pack=pack_for(commission.call), status="running", done=1, total=2)
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:pack_build_detail", kwargs={"slug": commission.call.slug, "pk": build.pk})

    progress = client.get(url, {"progress": "json"}).json()

    assert (progress["text"], progress["finished"]) == (
        "The report is laid out. Writing the PDF, which takes the longest.",
        False,
    )


def test_when_the_pack_is_made_its_heading_and_link_follow_without_a_reload(client):
    from silverlinings.showcase.pack import pack_for

    commission = make_commission(status=Status.PUBLISHED)
    build = PackBuild.objects.create(pack=pack_for(commission.call), status="running", done=1, total=2)
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("showcase:pack_build_detail", kwargs={"slug": commission.call.slug, "pk": build.pk})

    running = client.get(url, {"progress": "json"}).json()["parts"]
    PackBuild.objects.filter(pk=build.pk).update(status="done", done=2)
    done = client.get(url, {"progress": "json"}).json()
    page = client.get(url).content.decode()

    assert '<h1 class="govuk-heading-l">Making the pack</h1>' in running[0]
    assert '<h1 class="govuk-heading-l">The pack is ready</h1>' in done["parts"][0]
    download = reverse("showcase:pack_build_download", kwargs={"slug": commission.call.slug, "pk": build.pk})
    assert f'href="{download}">Open the pack (PDF)</a>' in done["parts"][0]
    assert done["finished_text"] == "The pack is ready."
    assert done["parts"][0].strip() in page  # without JavaScript, the page says the same


def test_the_designer_is_shown_a_pdf_link_only_for_the_reports_they_may_open(client):
    kent, surrey, _meetings, _families = _two_themes()
    drafting = make_commission(
        status=Status.DRAFTING, title="Medway draft", nomination=selected_nomination(ons_code="E06000035")
    )
    signed_in(client, _designer_of(kent))

    page = client.get(reverse("showcase:pack", kwargs={"slug": kent.call.slug})).content.decode()

    def link(commission):
        return f'href="{reverse("showcase:report_pdf_preview", args=[commission.pk])}"'

    assert link(kent) in page
    assert link(surrey) not in page and link(drafting) not in page
    assert "<li>Medway draft – drafting</li>" in page  # listed, without a link that would answer 404
    assert client.get(reverse("showcase:report_pdf_preview", args=[drafting.pk])).status_code == 404
    signed_in(client, ProgrammeTeamFactory())
    teams = client.get(reverse("showcase:pack", kwargs={"slug": kent.call.slug})).content.decode()
    assert all(link(commission) in teams for commission in (kent, surrey, drafting))
