"""Every page of the service, for the crawl in test_every_page.py.

Which role sees which page comes from the authorization matrix (an entry that answers a GET with
200); what to show on it comes from `PAGES` below, one builder per URL name, given the populated
world and the role. A URL that is neither in `PAGES` nor in `NOT_PAGES` fails the crawl, so a new
page cannot go unvisited.
"""

from collections.abc import Callable

from django.urls import reverse

from tests.accounts import matrix as accounts_matrix
from tests.authorization.test_matrix import ENTRIES, url_names
from tests.bulletins import matrix as bulletins_matrix
from tests.calls import matrix as calls_matrix
from tests.directory import matrix as directory_matrix
from tests.e2e.populated import BATCH, World
from tests.events import matrix as events_matrix
from tests.jobs import matrix as jobs_matrix
from tests.mail import matrix as mail_matrix
from tests.showcase import matrix as showcase_matrix

# URLs that answer something other than an HTML page to a GET, or only take a POST.
NOT_PAGES = {
    "calls:call_document": "a Word document",
    "calls:export": "a spreadsheet",
    "calls:returned_document_download": "the uploaded file",
    "review:letter_download": "a PDF (tests/review/test_letters_pdf.py checks it is tagged)",
    "review:scores_export": "a CSV file",
    "accounts:sign_out": "POST only",
    "accounts:membership_give": "POST only",
    "calls:nomination_start": "POST only",
    "calls:nomination_autosave": "POST only (JSON)",
    "calls:nomination_submit": "POST only",
    "calls:last_call": "POST only",
    "calls:nomination_ask_to_edit": "POST only",
    "review:assignments_auto": "POST only",
    "review:assignment_remove": "POST only",
    "review:themes_accept": "POST only",
    "review:themes_merge": "POST only",
    "review:theme_split": "POST only",
    "review:theme_add_nomination": "POST only",
    "review:theme_nomination_move": "POST only",
    "review:theme_nomination_add": "POST only",
    "review:theme_nomination_remove": "POST only",
    "review:duplicate_dismiss": "POST only",
    "review:duplicates_search": "POST only",
    "review:theme_reject": "POST only",
    "review:grouping_export": "a spreadsheet",
    "review:duplicate_restore": "POST only",
    "review:idea_nomination_remove": "POST only",
    "review:idea_unlink": "POST only",
    "calls:heading_move": "POST only",
    "mail:message_send_again": "POST only",
    "mail:template_reset": "POST only",
    "events:event_ics": "a calendar file",
    "events:session_ics": "a calendar file",
    "events:export": "a spreadsheet",
    "events:offer_accept": "POST only",
    "events:materials_send": "POST only",
    "events:coordinator_cancel": "POST only",
    "events:certificate": "a PDF (tests/events/test_after.py checks it is tagged)",
    "directory:network_meeting_remove": "POST only",
    "bulletins:feed": "an Atom feed",
    "bulletins:subscribers_export": "a CSV file",
    "bulletins:issue_preview_text": "plain text",
    "bulletins:issue_preview": "the HTML email itself (tests/bulletins/test_pages_e2e.py runs axe on it)",
    "bulletins:issue_create": "POST only",
    "bulletins:reminder_remove": "POST only",
    "bulletins:item_move": "POST only",
    "bulletins:item_attachment_remove": "POST only",
    "bulletins:delivery_status": "POST only (the email provider's receipts)",
    "bulletins:issue_test": "POST only",
    "bulletins:issue_send_cancel": "POST only",
    "showcase:report_pdf": "a PDF (tests/showcase/test_pdfs.py checks it is tagged)",
    "showcase:commission_move": "POST only",
    "showcase:commission_comment": "POST only",
    "showcase:report_submit": "POST only",
    "showcase:report_autosave": "POST only (JSON)",
    "showcase:image_remove": "POST only",
    "showcase:image_file": "a picture",
    "showcase:feed": "an Atom feed",
    "showcase:sitemap": "a sitemap (XML)",
    "showcase:adoption_record": "POST only",
    "showcase:pack_cover": "POST only",
    "showcase:pack_build": "POST only",
    "showcase:pack_publish": "POST only",
    "showcase:pack_build_download": "a PDF (tests/showcase/test_pack.py checks it is tagged)",
    "showcase:pack_pdf": "a PDF",
    "showcase:report_pdf_preview": "a PDF",
    "showcase:version_restore": "POST only",
}

Variant = dict | tuple[dict, str]  # URL kwargs, or (kwargs, query string)
Builder = Callable[[World, str], list[Variant]]


def _none(world: World, role: str) -> list[Variant]:
    return [{}]


def _call(world: World, role: str) -> list[Variant]:
    return [{"slug": world.call.slug}]


def _own(world: World, role: str) -> list[Variant]:
    return [{"pk": world.own_submitted.pk}, {"pk": world.own_draft.pk}]


def _sections(world: World, role: str) -> list[Variant]:
    return [{"pk": world.own_draft.pk, "index": index} for index in range(1, world.sections + 1)]


def _for_panel(world: World, role: str) -> list[Variant]:
    return [{"pk": world.reviewed.pk}, {"pk": world.assigned.pk}]


def _theme(world: World, role: str) -> list[Variant]:
    return [{"slug": world.call.slug, "pk": world.theme.pk}]


def _heading(world: World, role: str) -> list[Variant]:
    return [{"slug": world.call.slug, "pk": world.call.questions.get(key="organisation").pk}]


def _made(kwargs: Callable) -> Builder:
    """A page whose object the authorization matrix's entry knows how to make."""
    return lambda world, role: [kwargs(None)]


def _in_theme(world: World, role: str) -> list[Variant]:
    nomination = world.theme.nominations.order_by("pk").first()
    return [{"slug": world.call.slug, "pk": world.theme.pk, "nomination_pk": nomination.pk}]


PAGES: dict[str, Builder] = {
    "privacy:erase": _none,
    "calls:nomination_redact": _made(calls_matrix.held_nomination),
    "calls:headings": _call,
    "calls:heading_add": _call,
    "calls:heading_edit": _heading,
    "calls:heading_remove": _heading,
    "directory:manage_contacts": _none,
    "directory:contact_add": _none,
    "directory:contact_edit": _made(directory_matrix.contact),
    "directory:contact_remove": _made(directory_matrix.contact),
    "directory:network_meetings": _none,
    "jobs:job_list": _none,
    "jobs:job_detail": _made(jobs_matrix.job),
    "mail:outbox": _none,
    "mail:message_detail": _made(mail_matrix.failed_message),
    "mail:template_list": _none,
    "mail:template_edit": lambda world, role: [{"slug": "accounts-sign-in-link"}],
    "mail:unsubscribe": _made(mail_matrix.unsubscribe_token),
    "bulletins:archive": _none,
    "bulletins:publication": lambda world, role: [{"slug": "update"}],
    "bulletins:issue_detail": _made(bulletins_matrix.published),
    "bulletins:item_detail": _made(bulletins_matrix.published_item),
    "bulletins:resources": _none,
    "bulletins:subscribe": _none,
    "bulletins:subscribe_confirm": _made(bulletins_matrix.confirm_token),
    "bulletins:preferences": _made(bulletins_matrix.subscriber_token),
    "bulletins:manage": _none,
    "bulletins:resources_manage": _none,
    "bulletins:subscriber_list": _none,
    "bulletins:subscribers_import": _none,
    "bulletins:issue_import": lambda world, role: [{"slug": "update"}],
    "bulletins:issue_manage": _made(bulletins_matrix.draft),
    "bulletins:issue_edit": _made(bulletins_matrix.draft),
    "bulletins:item_add": _made(bulletins_matrix.draft),
    "bulletins:item_edit": _made(bulletins_matrix.item),
    "bulletins:item_remove": _made(bulletins_matrix.item),
    "bulletins:issue_send": _made(bulletins_matrix.draft),
    "core:home": _none,
    "core:dashboard": _none,
    "core:accessibility": _none,
    "core:privacy": _none,
    "directory:contact_list": _none,
    "accounts:sign_in": _none,
    "accounts:check_email": _none,
    "accounts:link_sign_in": lambda world, role: [({}, "?token=expired")],
    "accounts:staff_sign_in": _none,
    "accounts:set_password": lambda world, role: [{"uidb64": "MTIz", "token": "expired"}],
    "accounts:people": _none,
    "accounts:person_invite": _none,
    "accounts:person_detail": lambda world, role: [{"pk": world.panel_member.pk}],
    "accounts:membership_give_scoped": lambda world, role: [
        {"pk": world.panel_member.pk, "kind": kind}
        for kind in ("call-panel", "commission-writer", "commission-designer", "event-coordinator")
    ],
    "accounts:membership_remove": _made(accounts_matrix.role_held),
    "calls:call_list": _none,
    "calls:call_detail": _call,
    "calls:document_upload": _call,
    "calls:upload_progress": lambda world, role: [{"slug": world.call.slug, "batch": BATCH}],
    "calls:my_nominations": _none,
    "calls:nomination_detail": _own,
    "calls:nomination_section": _sections,
    "calls:nomination_check": _own,
    "calls:nomination_withdraw": lambda world, role: [{"pk": world.own_submitted.pk}],
    "calls:nomination_delete": lambda world, role: [{"pk": world.own_draft.pk}],
    "calls:manage_calls": _none,
    "calls:call_create": _none,
    "calls:call_edit": _call,
    "calls:call_nominations": lambda world, role: [{"slug": world.call.slug}, ({"slug": world.call.slug}, "?status=")],
    "calls:key_in": _call,
    "calls:coverage": _call,
    "review:grouping_calls": _none,
    "review:themes": _call,
    "review:themes_suggest": _call,
    "review:suggestion_run": lambda world, role: [{"slug": world.call.slug, "pk": world.run.pk}],
    "review:theme_detail": _theme,
    "review:theme_rename": _theme,
    "review:theme_nomination": _in_theme,
    "review:duplicates": lambda world, role: [{"slug": world.call.slug}, ({"slug": world.call.slug}, "?dismissed=1")],
    "review:duplicate_pair": lambda world, role: [{"slug": world.call.slug, "pk": world.pair.pk}],
    "review:nomination_twins": lambda world, role: [{"slug": world.call.slug, "pk": world.pair.first_id}],
    "review:ideas": _call,
    "review:idea_detail": lambda world, role: [{"slug": world.call.slug, "pk": world.idea.pk}],
    "review:panel_home": _none,
    "review:review_form": _for_panel,
    "review:conflict_declare": lambda world, role: [{"pk": world.assigned.pk}],
    "review:nomination_reviews": lambda world, role: [{"pk": world.reviewed.pk}],
    "review:panel_nominations": _call,
    "review:meeting": _call,
    "review:meeting_theme": lambda world, role: [{"slug": world.call.slug, "theme_id": world.theme.pk}],
    "review:meeting_unthemed": _call,
    "review:panel": _call,
    "review:panel_member_remove": lambda world, role: [{"slug": world.call.slug, "pk": world.membership.pk}],
    "review:panel_settings": _call,
    "review:assignments": _call,
    "review:decision": lambda world, role: [{"pk": world.reviewed.pk}, {"pk": world.assigned.pk}],
    "review:decisions": _call,
    "review:decisions_release": _call,
    "review:letters": _call,
    "review:letter_edit": lambda world, role: [{"slug": world.call.slug, "outcome": "selected"}],
    "events:event_list": _none,
    "events:event_detail": _made(events_matrix.event_slug),
    "events:register": _made(events_matrix.event_slug),
    "events:registration": _made(events_matrix.registration_token),
    "events:workshops_change": _made(events_matrix.registration_token),
    "events:registration_cancel": _made(events_matrix.registration_token),
    "events:join": _made(events_matrix.joining_token),
    "events:feedback": _made(events_matrix.attended_token),
    "events:coordinate": _made(events_matrix.event_slug),
    "events:manage_events": _none,
    "events:event_create": _none,
    "events:event_manage": _made(events_matrix.event_slug),
    "events:event_edit": _made(events_matrix.event_slug),
    "events:session_add": _made(events_matrix.event_slug),
    "events:session_edit": _made(events_matrix.workshop),
    "events:session_remove": _made(events_matrix.workshop),
    "events:allocations": _made(events_matrix.event_slug),
    "events:message": _made(events_matrix.event_slug),
    "events:coordinators": _made(events_matrix.event_slug),
    "events:coordinator_revoke": _made(events_matrix.coordinator),
    "showcase:index": _none,
    "showcase:report": _made(showcase_matrix.published),
    "showcase:enquiry": _made(showcase_matrix.published),
    "showcase:pack": _made(showcase_matrix.pack_call),
    "showcase:impact_update": _made(showcase_matrix.impact_token),
    "showcase:pack_build_detail": _made(showcase_matrix.pack_build),
    "showcase:board": _none,
    "showcase:commission_create": _call,
    "showcase:commission_detail": _made(showcase_matrix.commission),
    "showcase:my_commissions": _none,
    # The writer's own commission (the team sees every one).
    "showcase:workspace": lambda world, role: [showcase_matrix.drafting(world.writer)],
    "showcase:versions": lambda world, role: [showcase_matrix.drafting(world.writer)],
    "showcase:preview": lambda world, role: [showcase_matrix.drafting(world.writer)],
    "showcase:images": lambda world, role: [{"pk": showcase_matrix.picture(world.writer)["pk"]}],
    "showcase:fact_check": lambda world, role: [showcase_matrix.in_fact_check(world.contributor)],
}


def unlisted() -> set[str]:
    """URL names the crawl does not know what to do with."""
    return url_names() - PAGES.keys() - NOT_PAGES.keys()


def pages_for(role: str, world: World) -> list[str]:
    """Every page `role` may see, as paths, in the order of the URL names."""
    paths = []
    for name in sorted(PAGES):
        entry = ENTRIES[name]
        if entry.method != "get" or entry.expect[role] != 200:
            continue
        for variant in PAGES[name](world, role):
            kwargs, query = variant if isinstance(variant, tuple) else (variant, "")
            paths.append(reverse(name, kwargs=kwargs) + query)
    return paths
