"""Headings as people word them, scored by meaning against the call's headings. Plain tests: no database."""

import pytest

from silverlinings.calls.documents.meaning import Meaning
from silverlinings.calls.headings import HeadingSpec, Kind
from tests.calls.docs.forms import SPECS

MEANING = Meaning(tuple(SPECS))
KEYS = [spec.key for spec in SPECS]


def best(text: str) -> str:
    scores = MEANING.scores(text)
    return KEYS[max(range(len(scores)), key=scores.__getitem__)]


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Contact name, role, email and telephone", "contact"),
        ("Contact details", "contact"),
        ("Who can we talk to about it?", "contact"),
        ("Supplier (if any)", "proprietary"),
        ("Does it rely on a commercial product?", "proprietary"),
        ("Name of the innovation", "title"),
        ("Project name", "title"),
        ("Local authority", "authority"),
        ("Council", "authority"),
        ("School / team", "organisation"),
        ("Area(s)", "service_areas"),
        ("How big is it?", "scale"),
        ("What was the issue?", "problem"),
        ("Our approach", "what_you_did"),
        ("Evidence of impact", "difference"),
        ("Outcomes", "difference"),
        ("Is it sustainable?", "permanence"),
        ("Next steps", "permanence"),
        ("What would another LA need?", "adoption"),
        ("Advice for others", "adoption"),
        ("OK to publish?", "consent_publish"),
        ("Are you happy for us to contact you?", "consent_contact"),
        ("Tittle", "title"),
        ("The probelm or need", "problem"),
        ("Propriatary software?", "proprietary"),
        ("Criterion 1: Innovation – what is new", "what_you_did"),  # the call's judging criteria as headings
        ("Criterion 4: Replicability", "adoption"),
        ("Transferability", "adoption"),
    ],
)
def test_a_reworded_heading_means_the_calls_heading(written, key):
    assert best(written) == key


@pytest.mark.parametrize("written", ["About us", "Question", "Your answer", "Nomination 1", "Anything else?"])
def test_a_heading_of_the_persons_own_means_none(written):
    assert max(MEANING.scores(written)) < 0.35


def test_a_merged_question_asks_both_yes_or_no_questions():
    publish, contact = KEYS.index("consent_publish"), KEYS.index("consent_contact")
    merged = "May we publish this and contact you about it? (Yes/No)"
    assert (MEANING.asks_too(merged, contact, publish), MEANING.asks_too(merged, publish, contact)) == (True, True)
    assert MEANING.asks_too("Can we publish this innovation?", publish, contact) is False


def test_the_same_tables_serve_another_calls_headings():
    meaning = Meaning(
        (
            HeadingSpec("idea", "Your idea", Kind.LONG_TEXT),
            HeadingSpec("who", "Who to contact", Kind.CONTACT),
            HeadingSpec("share", "May we share it?", Kind.YES_NO),
        )
    )
    scores = [meaning.scores(text) for text in ("The idea", "Contact details", "Permission to publish")]
    assert [max(range(3), key=row.__getitem__) for row in scores] == [0, 1, 2]
