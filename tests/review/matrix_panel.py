"""The editorial panel's URLs for the authorization matrix, and the builders its tests share.

The nomination in these entries comes from Medway; a panel member signed in for the matrix is from
Kent, is on the call's panel and is assigned the nomination, so they get the page. Everyone else in
a role with no part in the review gets 403; anonymous is sent to sign in.
"""

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.rules import is_panel_member
from silverlinings.accounts.services import membership_grant
from silverlinings.review.models import Assignment, Decision, Theme, ThemeMembership
from silverlinings.review.services import panel as services
from tests.accounts.factories import PanelMemberFactory, ProgrammeTeamFactory, authority
from tests.authorization.matrix import Entry, only, post_only
from tests.calls.factories import make_call, submitted_nomination

MEDWAY, KENT, READING, SURREY = "E06000035", "E10000016", "E06000038", "E10000030"


def panel_member(ons_code: str = READING, **fields):
    return PanelMemberFactory(authority=authority(ons_code), **fields)


def on_panel(call, *members) -> None:
    for member in members:
        membership_grant(user=member, role=MembershipRole.PANEL_MEMBER, scope=call, by=None)


def assign(reviewer, nomination) -> Assignment:
    return Assignment.objects.get_or_create(reviewer=reviewer, nomination=nomination)[0]


def accepted_theme(call, label: str, *nominations) -> Theme:
    theme = Theme.objects.create(call=call, label=label, status=Theme.Status.ACCEPTED)
    for nomination in nominations:
        ThemeMembership.objects.create(theme=theme, nomination=nomination)
    return theme


def submit_review(assignment, scores: list[int], recommendation: str = "showcase", **comments):
    """Submit a review through the service, scoring the call's criteria in order."""
    services.review_setup_get(call=assignment.nomination.call)
    criteria = list(assignment.nomination.call.criteria.all())
    review = services.review_get_or_create(assignment=assignment)
    return services.review_save(
        review=review,
        by=assignment.reviewer,
        values=dict(zip([c.pk for c in criteria], scores, strict=True)),
        recommendation=recommendation,
        comment_for_team=comments.get("team", ""),
        comment_for_nominator=comments.get("nominator", ""),
        submit=True,
    )


def _setting(user):
    """A call with a Medway nomination; a signed-in panel member is on its panel and assigned it."""
    call = make_call()
    services.review_setup_get(call=call)
    nomination = submitted_nomination(call, ons_code=MEDWAY)
    if user is not None and is_panel_member(user):
        on_panel(call, user)
        assign(user, nomination)
    return call, nomination


def call_slug(user):
    return {"slug": _setting(user)[0].slug}


def nomination_pk(user):
    return {"pk": _setting(user)[1].pk}


def themed(user):
    call, nomination = _setting(user)
    return {"slug": call.slug, "theme_id": accepted_theme(call, "Hybrid meetings", nomination).pk}


def call_with_two_reviewers(user):
    call, _ = _setting(user)
    on_panel(call, panel_member(SURREY), panel_member(READING))
    return {"slug": call.slug}


def membership(user):
    call, _ = _setting(user)
    seat, _ = membership_grant(user=panel_member(SURREY), role=MembershipRole.PANEL_MEMBER, scope=call, by=None)
    return {"slug": call.slug, "pk": seat.pk}


def assignment(user):
    call, nomination = _setting(user)
    return {"slug": call.slug, "pk": assign(panel_member(SURREY), nomination).pk}


def decided(user):
    _, nomination = _setting(user)
    Decision.objects.create(nomination=nomination, outcome="selected", decided_by=ProgrammeTeamFactory())
    return {"pk": nomination.pk}


TEAM = only("programme_team")
TEAM_POST = only("programme_team", status=302)
PANEL_AND_TEAM = only("panel_member", "two_roles", "programme_team")
PANEL = only("panel_member", "two_roles")

# A form posted empty gets its page again with the errors (200); a button that is the whole form
# does its work and goes back (302). Only the team adds meeting notes, so a panel member's POST to a
# meeting page is refused.
ENTRIES = {
    "review:panel_home": Entry(PANEL_AND_TEAM),
    "review:review_form": Entry(PANEL, kwargs=nomination_pk, post=PANEL),
    "review:conflict_declare": Entry(PANEL, kwargs=nomination_pk, post=PANEL),
    "review:nomination_reviews": Entry(PANEL_AND_TEAM, kwargs=nomination_pk),
    "review:panel_nominations": Entry(PANEL, kwargs=call_slug),
    "review:meeting": Entry(PANEL_AND_TEAM, kwargs=call_slug),
    "review:meeting_theme": Entry(PANEL_AND_TEAM, kwargs=themed, post=TEAM),
    "review:meeting_unthemed": Entry(PANEL_AND_TEAM, kwargs=call_slug, post=TEAM),
    "review:panel": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "review:panel_member_remove": Entry(TEAM, kwargs=membership, post=TEAM_POST),
    "review:panel_settings": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "review:assignments": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "review:assignments_auto": Entry(post_only(), kwargs=call_with_two_reviewers, post=TEAM_POST),
    "review:assignment_remove": Entry(post_only(), kwargs=assignment, post=TEAM_POST),
    "review:decisions": Entry(TEAM, kwargs=call_slug),
    "review:decisions_release": Entry(TEAM, kwargs=call_slug, post=TEAM_POST, post_data={"release_while_open": "on"}),
    "review:letters": Entry(TEAM, kwargs=call_slug),
    "review:letter_edit": Entry(TEAM, kwargs=lambda user: {**call_slug(user), "outcome": "selected"}, post=TEAM),
    "review:scores_export": Entry(TEAM, kwargs=call_slug),
    "review:decision": Entry(TEAM, kwargs=nomination_pk, post=TEAM),
    "review:letter_download": Entry(TEAM, kwargs=decided),
}
