"""A call as it looks in the middle of its life, made through the services the pages use: drafts and
sent nominations from several authorities, suggested and accepted themes, near-duplicates, a linked
idea, an editorial panel with assignments and reviews, meeting notes, released and pending decisions
with their letters, and an upload of returned documents. Names and addresses are long on purpose:
real ones are, and they are what makes a small screen scroll sideways.

`populated_call()` returns a `World`; `tests/e2e/test_every_page.py` visits every page with it.
"""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile

from silverlinings.accounts.models import Membership, User
from silverlinings.calls import selectors as call_selectors
from silverlinings.calls.models import Call, Nomination, ReturnedDocument
from silverlinings.calls.services import nominations as call_services
from silverlinings.review.models import DuplicatePair, Idea, SuggestionRun, Theme
from silverlinings.review.selectors.panel import panel_members
from silverlinings.review.services import decisions as decision_services
from silverlinings.review.services import grouping
from silverlinings.review.services import panel as panel_services
from tests.accounts.factories import (
    ContributorFactory,
    PanelMemberFactory,
    ProgrammeTeamFactory,
    WriterFactory,
    authority,
)
from tests.calls.factories import make_call, submitted_nomination, valid_answers
from tests.review.factories import IdeaFactory, SuggestionRunFactory, realistic_nominations
from tests.review.matrix_panel import KENT, READING, SURREY, assign, on_panel, submit_review

BATCH = "5f0e3c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b"
LONG_TITLE = "Hybrid child protection conferences with partners joining by video and families in the room"


@dataclass
class World:
    call: Call
    team: User
    contributor: User
    panel_member: User
    writer: User
    own_submitted: Nomination
    own_draft: Nomination
    reviewed: Nomination  # assigned to the panel member, who has submitted a review
    assigned: Nomination  # assigned to the panel member, not reviewed yet
    run: SuggestionRun
    theme: Theme
    pair: DuplicatePair
    idea: Idea
    membership: Membership
    sections: int
    made: dict = field(default_factory=dict)


def _people() -> dict:
    return {
        "team": ProgrammeTeamFactory(
            email="programme.manager.southeastsectorledimprovement@seslippartnership.example.org",
            full_name="Rachel Thorne-Fitzwilliam",
        ),
        "contributor": ContributorFactory(
            email="samantha.kaur-oyelaran.team.manager@kent-childrens-services.example.org",
            full_name="Samantha Kaur-Oyelaran",
            authority=authority(KENT),
        ),
        "panel_member": PanelMemberFactory(
            email="dawn.ashby@kent.example.org", full_name="Dawn Ashby", authority=authority(KENT)
        ),
        "writer": WriterFactory(email="writer@example.org", full_name="Morgan Lee"),
    }


def _own_nominations(call: Call, contributor: User) -> tuple[Nomination, Nomination]:
    submitted = submitted_nomination(call, nominator=contributor, ons_code=KENT, title=LONG_TITLE)
    draft = call_services.nomination_start(call=call, nominator=contributor, by=contributor, channel="web")
    answers = valid_answers(title="Family time by video for children in care", problem="", difference="")
    call_services.nomination_save_answers(nomination=draft, answers=answers, by=contributor)
    return submitted, draft


def _grouping(call: Call, team: User, made: dict) -> tuple[SuggestionRun, Theme, Idea]:
    run = SuggestionRunFactory(call=call, requested_by=team, n_themes=3)
    grouping.suggestion_run_now(run_id=run.pk)
    theme = Theme.objects.get(memberships__nomination=made["conference_kent"])
    grouping.themes_accept(themes=[theme], by=team)
    idea = IdeaFactory(
        call=call, label="Laptops for pupils", nominations=[made["laptops_reading"], made["laptops_slough"]]
    )
    return run, theme, idea


def _panel(call: Call, team: User, member: User, made: dict) -> tuple[Nomination, Nomination]:
    panel_services.review_setup_get(call=call)
    other = PanelMemberFactory(
        email="tomasz.nowak@reading.example.org", full_name="Tomasz Nowak", authority=authority(READING)
    )
    third = PanelMemberFactory(
        email="priya.shah@surrey.example.org", full_name="Priya Shah", authority=authority(SURREY)
    )
    on_panel(call, member, other, third)
    reviewed, assigned = made["conference_medway"], made["laptops_reading"]
    submit_review(assign(member, reviewed), [4, 4, 5, 3], team="Strong evidence of impact.", nominator="Thank you.")
    assign(member, assigned)
    submit_review(assign(other, reviewed), [3, 4, 4, 4], "maybe")
    submit_review(assign(third, made["fostering_hampshire"]), [5, 5, 4, 5])
    return reviewed, assigned


def _decisions(call: Call, team: User, made: dict, theme: Theme) -> None:
    decision_services.decision_record(
        nomination=made["conference_medway"], outcome="selected", reason="Clear evidence", by=team
    )
    decision_services.decision_record(
        nomination=made["fostering_hampshire"], outcome="reserve", reason="Strong", by=team
    )
    decision_services.decisions_release(call=call, by=team, release_while_open=True)
    decision_services.decision_record(
        nomination=made["laptops_slough"], outcome="not_selected", reason="Similar to another", by=team
    )
    decision_services.meeting_note_add(
        call=call, theme=theme, by=team, text="The panel agreed to showcase one of these."
    )
    decision_services.meeting_note_add(call=call, theme=None, by=team, text="Check the nominations not in a theme.")


def _returned_documents(call: Call, team: User) -> None:
    for name, status, message in [
        ("nomination-form-kent-childrens-services-hybrid-conferences.docx", "read", ""),
        ("scan.pdf", "refused", "This is not a Word document (.docx). Save it as a Word document and upload it again."),
    ]:
        document = ReturnedDocument(
            call=call,
            batch=BATCH,
            uploaded_by=team,
            original_name=name,
            size=3,
            sha256="0" * 64,
            status=status,
            message=message,
        )
        document.file.save("upload", ContentFile(b"abc"))


def populated_call() -> World:
    people = _people()
    call = make_call(title="Silver Linings: the innovations that stay after Covid-19")
    made = realistic_nominations(call)
    own_submitted, own_draft = _own_nominations(call, people["contributor"])
    run, theme, idea = _grouping(call, people["team"], made)
    reviewed, assigned = _panel(call, people["team"], people["panel_member"], made)
    _decisions(call, people["team"], made, theme)
    _returned_documents(call, people["team"])
    return World(
        call=call,
        own_submitted=own_submitted,
        own_draft=own_draft,
        reviewed=reviewed,
        assigned=assigned,
        run=run,
        theme=theme,
        pair=DuplicatePair.objects.filter(call=call).order_by("pk").first(),
        idea=idea,
        membership=panel_members(call).order_by("pk").first(),
        sections=len(call_selectors.call_sections(call)),
        made=made,
        **people,
    )
