"""Every page of the service, for the crawl in test_every_page.py.

Which role sees which page comes from the authorization matrix (an entry that answers a GET with
200); what to show on it comes from `PAGES` below, one builder per URL name, given the populated
world and the role. A URL that is neither in `PAGES` nor in `NOT_PAGES` fails the crawl, so a new
page cannot go unvisited.
"""

from collections.abc import Callable

from django.urls import reverse

from tests.authorization.test_matrix import ENTRIES, url_names
from tests.directory import matrix as directory_matrix
from tests.e2e.populated import BATCH, World
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
    "calls:nomination_start": "POST only",
    "calls:nomination_autosave": "POST only (JSON)",
    "calls:nomination_submit": "POST only",
    "calls:last_call": "POST only",
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
    "review:duplicate_restore": "POST only",
    "review:idea_nomination_remove": "POST only",
    "review:idea_unlink": "POST only",
    "calls:heading_move": "POST only",
    "mail:message_send_again": "POST only",
    "mail:template_reset": "POST only",
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
    "calls:headings": _call,
    "calls:heading_add": _call,
    "calls:heading_edit": _heading,
    "calls:heading_remove": _heading,
    "directory:manage_contacts": _none,
    "directory:contact_add": _none,
    "directory:contact_edit": _made(directory_matrix.contact),
    "directory:contact_remove": _made(directory_matrix.contact),
    "jobs:job_list": _none,
    "jobs:job_detail": _made(jobs_matrix.job),
    "mail:outbox": _none,
    "mail:message_detail": _made(mail_matrix.failed_message),
    "mail:template_list": _none,
    "mail:template_edit": lambda world, role: [{"slug": "accounts-sign-in-link"}],
    "mail:unsubscribe": _made(mail_matrix.unsubscribe_token),
    "core:home": _none,
    "core:dashboard": _none,
    "core:accessibility": _none,
    "core:privacy": _none,
    "directory:contact_list": _none,
    "accounts:sign_in": _none,
    "accounts:check_email": _none,
    "accounts:link_sign_in": lambda world, role: [({}, "?token=expired")],
    "accounts:staff_sign_in": _none,
    "calls:call_list": _none,
    "calls:call_detail": _call,
    "calls:document_upload": _call,
    "calls:upload_progress": lambda world, role: [{"slug": world.call.slug, "batch": BATCH}],
    "calls:my_nominations": _none,
    "calls:nomination_detail": _own,
    "calls:nomination_section": _sections,
    "calls:nomination_check": _own,
    "calls:nomination_withdraw": lambda world, role: [{"pk": world.own_submitted.pk}],
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
