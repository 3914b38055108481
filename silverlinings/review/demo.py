"""The demo call's review, part-way through: a panel of five, themes, assignments, some reviews and decisions.

Runs after calls/demo.py. Does nothing when the demo call already has a panel, so running it again
adds nothing twice and never touches what someone made.
"""

import random
import statistics

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.selectors import members_of
from silverlinings.calls.models import Call

from .models import Assignment, Outcome, Recommendation
from .services import decisions as decision_services
from .services import panel as services

SLUG = "silver-linings"
PANEL_EMAILS = [
    "panel.kent@example.org",
    "panel.reading@example.org",
    "panel.hampshire@example.org",
    "panel.brighton@example.org",
    "panel.surrey@example.org",
]
FOR_THE_TEAM = {
    "high": "A strong example with clear evidence; I would put it in the showcase.",
    "middle": "Promising and well described, though the evidence of impact is thin so far.",
    "low": "A sensible local change, but I could not see what others would learn from it.",
}
FOR_THE_NOMINATOR = {
    "high": "Thank you: this is a clear, practical change that other authorities could pick up quickly.",
    "middle": "Thank you for sharing this. Figures from before and after would make the case even stronger.",
    "low": "Thank you for taking the time to nominate this. Telling us how it will be kept going would help.",
}


def load(*, stdout, password: str) -> None:
    call = Call.objects.filter(slug=SLUG).first()
    team = members_of(role=MembershipRole.PROGRAMME_TEAM).order_by("pk").first()
    if call is None or team is None:
        return
    if members_of(role=MembershipRole.PANEL_MEMBER, scope=call).exists():
        stdout.write(f"Review: ‘{call.title}’ already has a panel.")
        return
    services.review_setup_get(call=call)
    for member in members_of(role=MembershipRole.PANEL_MEMBER).filter(email__in=PANEL_EMAILS).order_by("email"):
        services.panel_member_add(call=call, member=member, by=team)
    themes = _themes(call, team)
    made = services.assignments_auto(call=call, by=team)
    submitted = _reviews(call)
    decided = _decisions(call, team)
    panel = members_of(role=MembershipRole.PANEL_MEMBER, scope=call).count()
    stdout.write(
        f"Review: a panel of {panel}, {themes} themes, {made} assignments, "
        f"{submitted} reviews submitted and {decided} decisions pending."
    )


def _themes(call: Call, team: User) -> int:
    try:
        from .services.grouping import demo_themes
    except ImportError:
        return 0
    demo_themes(call, team)
    return call.themes.filter(status="accepted").count()


def _reviews(call: Call) -> int:
    """Reviews part-way: of every five assignments, three submitted, one draft and one not started."""
    criteria = list(call.criteria.all())
    assignments = Assignment.objects.filter(nomination__call=call).select_related("reviewer", "nomination__call")
    submitted = 0
    for index, assignment in enumerate(assignments.order_by("nomination__number", "reviewer__email")):
        step = index % 5
        if step == 4:
            continue
        chance = random.Random(assignment.nomination_id * 31 + assignment.reviewer_id)
        leaning = 1 + assignment.nomination_id % 4
        values = {criterion.pk: max(1, min(5, leaning + chance.choice([0, 1, 1, 2]))) for criterion in criteria}
        score = statistics.fmean(values.values())
        level = "high" if score >= 4 else ("middle" if score >= 3 else "low")
        recommendation = {
            "high": Recommendation.SHOWCASE,
            "middle": Recommendation.MAYBE,
            "low": Recommendation.NOT_THIS_TIME,
        }[level]
        review = services.review_get_or_create(assignment=assignment)
        services.review_save(
            review=review,
            by=assignment.reviewer,
            values=values,
            recommendation=recommendation,
            comment_for_team=FOR_THE_TEAM[level],
            comment_for_nominator=FOR_THE_NOMINATOR[level],
            submit=step < 3,
        )
        submitted += step < 3
    return submitted


def _decisions(call: Call, team: User) -> int:
    """A few decisions, pending: the team has not released them yet."""
    from .selectors.meeting import meeting_rows

    rows = [row for row in meeting_rows(team, call, theme=None, every_theme=True) if row.stats.count >= 2][:6]
    for row in rows:
        mean = row.stats.mean
        outcome = Outcome.SELECTED if mean >= 3.75 else (Outcome.RESERVE if mean >= 3 else Outcome.NOT_SELECTED)
        reason = f"Mean score {mean:.2f} from {row.stats.count} reviews; the panel agreed at the meeting."
        decision_services.decision_record(nomination=row.nomination, outcome=outcome, reason=reason, by=team)
    return len(rows)
