import uuid

from silverlinings.accounts.rules import is_contributor
from tests.authorization.matrix import Entry, everyone, only, post_only, signed_in
from tests.calls.factories import make_call, submitted_nomination


def call_slug(user):
    return {"slug": make_call().slug}


def heading(user):
    """A heading nobody has answered (the organisation), so it can be changed, moved and removed."""
    call = make_call()
    return {"slug": call.slug, "pk": call.questions.get(key="organisation").pk}


def own_nomination(user):
    """The nomination belongs to the signed-in user when there is one (so contributors see their own)."""
    call = make_call()
    return {"pk": submitted_nomination(call, nominator=user if user and is_contributor(user) else None).pk}


def own_draft(user):
    """A draft of the signed-in contributor (someone else's for every other role)."""
    from silverlinings.calls.services import nominations as services
    from tests.accounts.factories import ContributorFactory

    call = make_call()
    nominator = user if user and is_contributor(user) else ContributorFactory()
    draft = services.nomination_start(call=call, nominator=nominator, by=nominator)
    return {"pk": services.nomination_save_answers(nomination=draft, answers={"title": "Idea"}, by=nominator).pk}


def held_nomination(user):
    """A sent nomination held from the panel: it names a child with their age."""
    call = make_call(slug=f"held-{uuid.uuid4().hex[:8]}")
    return {"pk": submitted_nomination(call, what_you_did="We helped Jack Smith, aged 7, settle in.").pk}


def _returned_document():
    from django.core.files.base import ContentFile

    from silverlinings.calls.models import ReturnedDocument
    from tests.accounts.factories import ContributorFactory

    document = ReturnedDocument(
        call=make_call(),
        batch="0b8e5c56-3b9e-4f0e-9a53-5c1f3f1c2a11",
        uploaded_by=ContributorFactory(),
        original_name="form.docx",
        size=3,
        sha256="0" * 64,
        status="refused",
    )
    document.file.save("upload", ContentFile(b"abc"))
    return document


def upload_batch(user):
    document = _returned_document()
    return {"slug": document.call.slug, "batch": document.batch}


def returned_document(user):
    return {"pk": _returned_document().pk}


OWNER_OR_TEAM = {
    "anonymous": 302,
    "contributor": 200,
    "panel_member": 404,
    "writer": 404,
    "two_roles": 404,
    "programme_team": 200,
}
OWNER_OR_TEAM_REDIRECTED = {**OWNER_OR_TEAM, "contributor": 302, "programme_team": 302}
OTHERS = {
    "anonymous": 302,
    "contributor": 404,
    "panel_member": 404,
    "writer": 404,
    "two_roles": 404,
    "programme_team": 200,
}
TEAM = only("programme_team")
TEAM_REDIRECTED = only("programme_team", status=302)

ENTRIES = {
    "calls:call_list": Entry(everyone()),
    "calls:call_detail": Entry(everyone(), kwargs=call_slug),
    "calls:call_document": Entry(everyone(), kwargs=call_slug),
    # A GET (after signing in on the way) goes back to the call's start button; the POST starts a draft.
    "calls:nomination_start": Entry(signed_in(302), kwargs=call_slug, post=signed_in(302)),
    # An upload with no file gets the form again with its error.
    "calls:document_upload": Entry(signed_in(), kwargs=call_slug, post=signed_in()),
    "calls:upload_progress": Entry(OTHERS, kwargs=upload_batch),
    "calls:returned_document_download": Entry(OTHERS, kwargs=returned_document),
    "calls:my_nominations": Entry(signed_in()),
    "calls:nomination_detail": Entry(OWNER_OR_TEAM, kwargs=own_nomination),
    # An answer left out gets the page again with its error (what was typed is saved).
    "calls:nomination_section": Entry(
        OWNER_OR_TEAM, kwargs=lambda user: {**own_nomination(user), "index": 1}, post=OWNER_OR_TEAM
    ),
    # Only into a draft, and only by the person it belongs to (or who keys it in): the team gets 403 here.
    "calls:nomination_autosave": Entry(
        post_only(),
        kwargs=lambda user: {**own_draft(user), "index": 1},
        post={**OWNER_OR_TEAM, "programme_team": 403},
        post_data={"title": "x"},
    ),
    "calls:nomination_check": Entry(OWNER_OR_TEAM, kwargs=own_nomination),
    "calls:nomination_submit": Entry(post_only(), kwargs=own_nomination, post=OWNER_OR_TEAM_REDIRECTED),
    "calls:nomination_withdraw": Entry(OWNER_OR_TEAM, kwargs=own_nomination, post=OWNER_OR_TEAM_REDIRECTED),
    # Only its nominator deletes a draft; the team sees it but cannot delete it.
    "calls:nomination_delete": Entry(
        {**OWNER_OR_TEAM, "programme_team": 403},
        kwargs=own_draft,
        post={**OWNER_OR_TEAM_REDIRECTED, "programme_team": 403},
    ),
    "calls:manage_calls": Entry(TEAM),
    # An empty form gets the page again with its errors.
    "calls:call_create": Entry(TEAM, post=TEAM),
    "calls:call_edit": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "calls:call_nominations": Entry(TEAM, kwargs=call_slug),
    "calls:headings": Entry(TEAM, kwargs=call_slug),
    "calls:heading_add": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "calls:heading_edit": Entry(TEAM, kwargs=heading, post=TEAM),
    "calls:heading_move": Entry(post_only(), kwargs=heading, post=TEAM_REDIRECTED, post_data={"direction": "up"}),
    "calls:heading_remove": Entry(TEAM, kwargs=heading, post=TEAM_REDIRECTED),
    "calls:key_in": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "calls:coverage": Entry(TEAM, kwargs=call_slug),
    # The call here has no directory contacts: the team sees why the last call cannot go, and a POST is refused.
    "calls:last_call": Entry(TEAM, kwargs=call_slug, post=TEAM),
    "calls:export": Entry(TEAM, kwargs=lambda user: {**call_slug(user), "fmt": "xlsx"}),
    # An empty redaction gets the page again with its error.
    "calls:nomination_redact": Entry(TEAM, kwargs=held_nomination, post=TEAM),
    "calls:nomination_ask_to_edit": Entry(post_only(), kwargs=held_nomination, post=TEAM_REDIRECTED),
}
