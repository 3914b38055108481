"""Who may do what with calls and nominations."""

import rules

from silverlinings.accounts.rules import is_programme_team, is_signed_in


@rules.predicate
def is_nominator(user, nomination) -> bool:
    return nomination is not None and user.is_authenticated and nomination.nominator_id == user.pk


@rules.predicate
def call_is_open(user, call) -> bool:
    return call is not None and call.is_open


@rules.predicate
def nomination_call_is_open(user, nomination) -> bool:
    return nomination is not None and nomination.call.is_open


@rules.predicate
def nomination_is_live(user, nomination) -> bool:
    return nomination is not None and nomination.status != "withdrawn"


@rules.predicate
def nomination_is_held(user, nomination) -> bool:
    """Held from the panel for personal data: its nominator may take it out even after the call closes."""
    return nomination is not None and nomination.is_held_for_personal_data


@rules.predicate
def is_uploader(user, document) -> bool:
    return document is not None and user.is_authenticated and document.uploaded_by_id == user.pk


rules.add_perm("calls.manage_calls", is_programme_team)
rules.add_perm("calls.start_nomination", is_signed_in & (is_programme_team | call_is_open))
rules.add_perm("calls.upload_documents", is_signed_in & (is_programme_team | call_is_open))
rules.add_perm("calls.view_nomination", is_programme_team | is_nominator)
rules.add_perm(
    "calls.change_nomination",
    nomination_is_live & (is_programme_team | (is_nominator & (nomination_call_is_open | nomination_is_held))),
)
rules.add_perm(
    "calls.withdraw_nomination", nomination_is_live & (is_programme_team | (is_nominator & nomination_call_is_open))
)
rules.add_perm("calls.view_returned_document", is_programme_team | is_uploader)
rules.add_perm("calls.list_own_nominations", is_signed_in)
rules.add_perm("calls.redact_nomination", is_programme_team)
