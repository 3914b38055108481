"""Answers first misread in documents 378–389 of tests/data/returns/: partner organisations' own habits, a
police partner's security classification typed at the top and bottom of each page, and "n/a" with a few words
saying why for a heading that does not apply. Plain tests: no database.
"""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import PB, H, P

TITLE, WHAT = "Title of the innovation", "What you did differently"
ORGANISATION = "Organisation, school, setting or team"


def test_a_security_classification_on_a_line_of_its_own_is_no_part_of_the_answer():
    (form,) = read(
        P("OFFICIAL-SENSITIVE"), H(TITLE), P("Joint return interviews"), H(WHAT), P("One interview, not two."),
        P("OFFICIAL – SENSITIVE"), PB(), P("NOT PROTECTIVELY MARKED"), H("The difference it made"), P("Fewer repeats."),
    )  # fmt: skip
    assert form.answers["what_you_did"] == "One interview, not two."
    assert form.answers["difference"] == "Fewer repeats."
    assert "what_you_did" not in form.flagged


def test_official_inside_a_sentence_or_in_small_letters_stays_in_the_answer():
    (form,) = read(H(TITLE), P("Joint return interviews"), H(WHAT), P("One interview."), P("Official"))
    assert form.answers["what_you_did"] == "One interview.\n\nOfficial"


def test_not_applicable_with_a_few_words_saying_why_is_no_answer():
    (form,) = read(H(TITLE), P("Welcome boxes"), H(ORGANISATION), P("n/a – just me"))
    assert form.answers.get("organisation") is None
    assert "organisation" not in form.flagged


def test_not_applicable_with_words_that_name_something_is_marked():
    (form,) = read(H(TITLE), P("Welcome boxes"), H(ORGANISATION), P("N/A – Leaving Care Service"))
    assert form.answers.get("organisation") is None
    assert "organisation" in form.flagged
