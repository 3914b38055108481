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
def nomination_is_draft(user, nomination) -> bool:
    return nomination is not None and nomination.status == "draft"


@rules.predicate
def keyed_it_in(user, nomination) -> bool:
    return nomination is not None and user.is_authenticated and nomination.created_by_id == user.pk


@rules.predicate
def decision_released(user, nomination) -> bool:
    """Once the panel's decisions are out, the nominator sees the outcome and the nomination stays as it was."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        return nomination is not None and nomination.decision.released_at is not None
    except ObjectDoesNotExist:
        return False


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
    nomination_is_live
    & ~decision_released
    & (is_programme_team | (is_nominator & (nomination_call_is_open | nomination_is_held))),
)
rules.add_perm(
    "calls.withdraw_nomination",
    nomination_is_live & ~decision_released & (is_programme_team | (is_nominator & nomination_call_is_open)),
)
# Typing is saved in the background only into a draft, by the person it belongs to or who keys it in.
rules.add_perm(
    "calls.autosave_nomination",
    nomination_is_draft & (is_nominator | keyed_it_in) & (is_programme_team | nomination_call_is_open),
)
rules.add_perm("calls.delete_nomination", nomination_is_draft & is_nominator)
rules.add_perm("calls.view_returned_document", is_programme_team | is_uploader)
rules.add_perm("calls.list_own_nominations", is_signed_in)
rules.add_perm("calls.redact_nomination", is_programme_team)
