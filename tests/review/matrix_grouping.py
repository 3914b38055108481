"""The grouping pages are the programme team's alone.

A POST with no data gets the page again with its errors (200) when the form needs a choice, and a
redirect (302) when the button is the whole form.
"""

from tests.authorization.matrix import Entry, only, post_only
from tests.calls.factories import make_call, submitted_nomination
from tests.review.factories import DuplicatePairFactory, IdeaFactory, SuggestionRunFactory, ThemeFactory

TEAM = only("programme_team")
TEAM_REDIRECTED = only("programme_team", status=302)


def call_slug(user):
    return {"slug": make_call().slug}


def _two_nominations():
    call = make_call()
    first = submitted_nomination(call)
    second = submitted_nomination(call, ons_code="E10000030", title="Hybrid conferences for families")
    return call, first, second


def theme(user):
    call, first, second = _two_nominations()
    return {"slug": call.slug, "pk": ThemeFactory(call=call, nominations=[first, second]).pk}


def theme_nomination(user):
    call, first, second = _two_nominations()
    ThemeFactory(call=call, label="Another theme")
    made = ThemeFactory(call=call, nominations=[first, second])
    return {"slug": call.slug, "pk": made.pk, "nomination_pk": first.pk}


def suggestion_run(user):
    run = SuggestionRunFactory(call=make_call())
    return {"slug": run.call.slug, "pk": run.pk}


def pair(user):
    call, first, second = _two_nominations()
    return {"slug": call.slug, "pk": DuplicatePairFactory(first=first, second=second).pk}


def dismissed_pair(user):
    call, first, second = _two_nominations()
    return {"slug": call.slug, "pk": DuplicatePairFactory(first=first, second=second, dismissed=True).pk}


def nomination(user):
    call, first, second = _two_nominations()
    DuplicatePairFactory(first=first, second=second, shared=["hybrid conferences"])
    return {"slug": call.slug, "pk": first.pk}


def idea(user):
    call, first, second = _two_nominations()
    return {"slug": call.slug, "pk": IdeaFactory(call=call, nominations=[first, second]).pk}


def idea_nomination(user):
    call, first, second = _two_nominations()
    made = IdeaFactory(call=call, nominations=[first, second])
    return {"slug": call.slug, "pk": made.pk, "nomination_pk": first.pk}


# A form posted empty gets its page again with the errors (200); a button that is the whole form
# does its work and goes back (302).
ENTRIES = {
    "review:grouping_calls": Entry(TEAM),
    "review:themes": Entry(TEAM, kwargs=call_slug),
    "review:themes_suggest": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "review:suggestion_run": Entry(TEAM, kwargs=suggestion_run),
    "review:themes_accept": Entry(post_only(), kwargs=call_slug, post=TEAM),
    "review:themes_merge": Entry(post_only(), kwargs=call_slug, post=TEAM),
    "review:theme_detail": Entry(TEAM, kwargs=theme),
    "review:theme_rename": Entry(TEAM, kwargs=theme, post=TEAM),
    "review:theme_split": Entry(post_only(), kwargs=theme, post=TEAM),
    "review:theme_add_nomination": Entry(post_only(), kwargs=theme, post=TEAM),
    "review:theme_nomination": Entry(TEAM, kwargs=theme_nomination),
    "review:theme_nomination_move": Entry(post_only(), kwargs=theme_nomination, post=TEAM),
    "review:theme_nomination_add": Entry(post_only(), kwargs=theme_nomination, post=TEAM),
    "review:theme_nomination_remove": Entry(post_only(), kwargs=theme_nomination, post=TEAM_REDIRECTED),
    "review:grouping_export": Entry(TEAM, kwargs=call_slug),
    "review:theme_reject": Entry(post_only(), kwargs=theme, post=TEAM_REDIRECTED),
    "review:duplicates": Entry(TEAM, kwargs=call_slug),
    "review:duplicates_search": Entry(post_only(), kwargs=call_slug, post=TEAM_REDIRECTED),
    "review:nomination_twins": Entry(TEAM, kwargs=nomination, post=TEAM),
    "review:duplicate_pair": Entry(TEAM, kwargs=pair, post=TEAM),
    "review:duplicate_dismiss": Entry(post_only(), kwargs=pair, post=TEAM_REDIRECTED),
    "review:duplicate_restore": Entry(post_only(), kwargs=dismissed_pair, post=TEAM_REDIRECTED),
    "review:ideas": Entry(TEAM, kwargs=call_slug),
    "review:idea_detail": Entry(TEAM, kwargs=idea),
    "review:idea_nomination_remove": Entry(post_only(), kwargs=idea_nomination, post=TEAM_REDIRECTED),
    "review:idea_unlink": Entry(post_only(), kwargs=idea, post=TEAM_REDIRECTED),
}
