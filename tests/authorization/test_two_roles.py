"""The person with two roles (a panel member of call A, the writer of commission B) on a call and a commission
that are not theirs: on every page their roles open to them in the matrix, they get exactly what someone with
no role gets, except that a nomination of another call's panel is hidden from a panel member (404, as if
absent) where someone with no role is refused outright (403). The matrix (test_matrix.py) checks the other
side: on their own call and commission they get in."""

import pytest
from django.urls import reverse

from tests.authorization.test_matrix import ENTRIES

OPEN = (200, 302)
# Pages that are not about one call or commission: the person's own list of calls to review, and saying
# their authority adopted a report (which comes from their authority, not from a role).
NOT_SCOPED = {"review:panel_home", "showcase:adoption_record"}
HIDDEN_FROM_A_PANEL_MEMBER = {"review:conflict_declare", "review:nomination_reviews", "review:review_form"}


def _opened_by_their_roles(answers: dict | None) -> bool:
    return answers is not None and answers["two_roles"] in OPEN and answers["contributor"] not in OPEN


GETS = sorted(
    name for name, entry in ENTRIES.items() if _opened_by_their_roles(entry.expect) and name not in NOT_SCOPED
)
POSTS = sorted(name for name, entry in ENTRIES.items() if _opened_by_their_roles(entry.post) and name not in NOT_SCOPED)


def test_the_pages_their_roles_open_are_the_panels_and_the_writers():
    """A new page that a panel member or a writer may open joins these by itself; this list says which do now."""
    assert GETS == [
        "review:conflict_declare",
        "review:meeting",
        "review:meeting_theme",
        "review:meeting_unthemed",
        "review:nomination_reviews",
        "review:panel_nominations",
        "review:review_form",
        "showcase:images",
        "showcase:preview",
        "showcase:report_pdf_preview",
        "showcase:versions",
        "showcase:workspace",
    ]
    assert POSTS == [
        "review:conflict_declare",
        "review:review_form",
        "showcase:image_remove",
        "showcase:images",
        "showcase:report_autosave",
        "showcase:report_submit",
        "showcase:version_restore",
        "showcase:workspace",
    ]


@pytest.mark.parametrize("name", GETS)
def test_someone_elses_call_or_commission_is_closed_to_them(name, client_for):
    entry = ENTRIES[name]
    url = reverse(name, kwargs=entry.kwargs(None)) + entry.query  # built for nobody: another call, commission
    expected = 404 if name in HIDDEN_FROM_A_PANEL_MEMBER else entry.expect["contributor"]
    assert client_for("two_roles").get(url).status_code == expected


@pytest.mark.parametrize("name", POSTS)
def test_posting_to_someone_elses_call_or_commission_is_refused(name, client_for):
    entry = ENTRIES[name]
    url = reverse(name, kwargs=entry.kwargs(None)) + entry.query
    response = client_for("two_roles").post(url, entry.form_data(None))
    assert response.status_code == (404 if name in HIDDEN_FROM_A_PANEL_MEMBER else entry.post["contributor"])
