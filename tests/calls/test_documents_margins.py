"""Answers first missed in documents 162–185 of tests/data/returns/: the page header, Word comments, the Welsh
form, councils by short forms, the form filled in twice, a word-count column, bilingual contact labels and
ticks. Plain tests: no database."""

from tests.calls.test_documents_answers import value
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import HF, B, C, H, P, T

REST = (
    H("The problem or need"), P("Carers were lonely."), H("What you did differently"), P("A monthly group."),
)  # fmt: skip


def test_the_authority_and_team_only_in_the_page_header_are_taken_from_it_and_marked():
    (form,) = read(
        HF("Kent County Council | Children's Services | Fostering Support Team", "OFFICIAL"),
        H("Title of the innovation"), P("Buddy groups"), *REST,
    )  # fmt: skip
    assert form.answers["authority"] == "Kent"
    assert form.answers["organisation"] == "Fostering Support Team"
    assert {"authority", "organisation"} <= set(form.flagged)
    assert any("page header" in note for note in form.notes)


def test_the_body_s_answer_wins_over_the_page_header():
    (form,) = read(
        HF("Kent County Council | Fostering Support Team", ""), H("Title of the innovation"), P("Buddy groups"),
        H("Authority"), P("Medway"), H("Organisation, school, setting or team"), P("Family Hub"), *REST,
    )  # fmt: skip
    assert form.answers["authority"] == "Medway"
    assert form.answers["organisation"] == "Family Hub"


def test_a_contact_and_a_consent_given_only_in_comments_are_taken_and_marked():
    (form,) = read(
        H("Title of the innovation"), P("Buddy groups"), *REST, H("Does it use a proprietary product?"), P("No"),
        H("Contact"), C("See comment", "Ann Lee, Team Manager, ann.lee@example.org", "Ann Lee"),
        H("Can we publish this innovation in the showcase, with your name?"), P("Yes"),
        H("Can we contact you about this innovation?"), C("", "Yes, happy to be contacted", "Ann Lee"),
    )  # fmt: skip
    assert form.answers["contact"]["email"] == "ann.lee@example.org"
    assert form.answers["consent_contact"] == {"answer": True, "detail": "happy to be contacted"}
    assert {"contact", "consent_contact"} <= set(form.flagged)
    assert any("taken from a comment by Ann Lee" in note for note in form.notes)


def test_a_comment_that_could_answer_two_unanswered_headings_is_not_taken():
    (form,) = read(
        H("Title of the innovation"), P("Buddy groups"), *REST, H("Does it use a proprietary product?"), P("No"),
        H("Can we publish this innovation in the showcase, with your name?"), P(""),
        H("Can we contact you about this innovation?"), C("", "Yes", "Ann Lee"),
    )  # fmt: skip
    assert "consent_publish" not in form.answers and "consent_contact" not in form.answers


def test_a_comment_on_words_of_an_answer_is_not_an_answer():
    (form,) = read(H("Title of the innovation"), C("Buddy groups", "Yes", "Ann Lee"), *REST)
    assert "consent_publish" not in form.answers and "consent_contact" not in form.answers


def test_the_welsh_form_s_headings_are_read_by_meaning():
    (form,) = read(
        H("Teitl y fenter"), P("Bedtime stories"), H("Awdurdod"), P("Reading"),
        H("Sefydliad, ysgol, lleoliad neu dîm"), P("Fostering Team"), H("Y broblem neu'r angen"), P("Lost Welsh."),
        H("Y gwahaniaeth a wnaeth"), P("They kept it."), H("Cyswllt"), P("Ffion Jones, Carer, ffion@example.org"),
        H("A gawn ni gysylltu â chi am y fenter hon?"), P("Yes"),
    )  # fmt: skip
    assert form.answers["title"] == "Bedtime stories"
    assert form.answers["authority"] == "Reading"
    assert form.answers["organisation"] == "Fostering Team"
    assert form.answers["problem"] == "Lost Welsh."
    assert form.answers["difference"] == "They kept it."
    assert form.answers["contact"]["email"] == "ffion@example.org"
    assert form.answers["consent_contact"]["answer"] is True


def test_councils_by_their_short_forms_in_common_use():
    for written, authority in (
        ("Hants", "Hampshire"), ("Soton", "Southampton"), ("IoW", "Isle of Wight"), ("B&H", "Brighton and Hove"),
        ("Pompey", "Portsmouth"), ("Bucks", "Buckinghamshire"), ("Wilts", None),
    ):  # fmt: skip
        (form,) = read(H("Title of the innovation"), P("Buddy groups"), H("Authority"), P(written), *REST)
        assert form.answers.get("authority") == authority, written


def test_a_form_filled_in_twice_is_read_once_from_the_fuller_copy():
    first = (
        H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The problem or need"),
        P("Carers were lonely."), H("What you did differently"), P(""), H("The difference it made"), P("More stay."),
    )  # fmt: skip
    second = (
        H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The problem or need"),
        P("Carers were lonely, and some left."), H("What you did differently"), P("A monthly group."),
        H("The difference it made"), P(""),
    )  # fmt: skip
    (form,) = read(*first, *second)
    assert form.answers["problem"] == "Carers were lonely, and some left."
    assert form.answers["what_you_did"] == "A monthly group."
    assert form.answers["difference"] == "More stay."  # only in the first copy: taken, and marked
    assert form.flagged == ["difference"]
    assert any("filled in twice" in note for note in form.notes)


def test_a_form_sent_again_as_a_corrected_version_is_read_from_the_correction():
    first = (H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The difference it made"),
             P("Forty calls."), P("Sorry – ignore the above, corrected version below."))  # fmt: skip
    second = (H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The difference it made"),
              P("Sixty calls."), H("What you did differently"), P("A monthly group."))  # fmt: skip
    (form,) = read(*first, *second)
    assert form.answers["difference"] == "Sixty calls."
    assert form.answers["what_you_did"] == "A monthly group."


def test_two_copies_that_differ_without_saying_which_is_right_are_not_joined():
    first = (H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The difference it made"),
             P("Forty calls."))  # fmt: skip
    second = (H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"), H("The difference it made"),
              P("Sixty calls."))  # fmt: skip
    assert len(read(*first, *second)) == 2


def test_a_words_used_column_is_not_part_of_the_answers():
    (form,) = read(
        T(["Question", "Answer", "Words used"], ["Title of the innovation", "Buddy groups", "2"],
          ["The problem or need", "Carers were lonely.", "3"], ["Does it use a proprietary product?", "No", "1"]),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["problem"] == "Carers were lonely."
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_contact_labels_in_two_languages():
    assert value("contact", "Enw / Name: Farah Iqbal", "Rôl / Role: Team Manager", "E-bost / Email: f@example.org") == {
        "name": "Farah Iqbal", "role": "Team Manager", "email": "f@example.org", "phone": "",
    }  # fmt: skip


def test_a_tick_or_a_welsh_yes_answers_a_yes_or_no_question():
    assert value("consent_publish", "✓") == {"answer": True, "detail": ""}
    assert value("consent_publish", "✗") == {"answer": False, "detail": ""}
    assert value("consent_publish", "Ydw") == {"answer": True, "detail": ""}
    assert value("consent_contact", "Nac ydw") == {"answer": False, "detail": ""}
    assert value("consent_contact", "Ie / Yes") == {"answer": True, "detail": ""}


def test_an_answer_after_a_dash_on_the_heading_s_bold_line():
    (form,) = read(
        B("Title – Buddy groups"), B("Authority – Kent"), B("Scale – Whole-system change"),
        B("Problem – Carers were lonely and some gave up fostering in their first year."),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["authority"] == "Kent"
    assert form.answers["scale"] == "Whole-system change"
    assert form.answers["problem"] == "Carers were lonely and some gave up fostering in their first year."


def test_a_writer_s_own_hint_after_a_dash_is_not_an_answer():
    (form,) = read(
        B("Title – a short name"), P("Buddy groups"), B("Will it become permanent? – policy, budget"), P("Yes."),
        B("The problem – describe the need"),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["permanence"] == "Yes."
    assert "problem" not in form.answers


def test_answers_typed_inside_the_template_s_square_brackets():
    (form,) = read(
        H("Title of the innovation"), P("[Buddy groups]"), H("Authority"), P("[Kent]"),
        H("The problem or need"), P("[Carers were lonely.]"), H("What you did differently"), P("[Describe the change]"),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["authority"] == "Kent"
    assert form.answers["problem"] == "Carers were lonely."
    assert "what_you_did" not in form.answers  # the prompt left as it was


def test_a_bracketed_line_here_and_there_is_still_a_hint():
    (form,) = read(
        H("Title of the innovation"), P("Buddy groups"), H("Authority"), P("Kent"),
        H("The problem or need"), P("[Carers were lonely.]"), H("What you did differently"), P("A monthly group."),
    )  # fmt: skip
    assert "problem" not in form.answers


def test_a_heading_and_its_answer_split_by_a_line_break_in_one_paragraph():
    (form,) = read(P("Title of the innovation\nBuddy groups"), P("Authority\nKent"), P("The problem or need\nLonely."))
    assert (form.answers["title"], form.answers["authority"], form.answers["problem"]) == (
        "Buddy groups",
        "Kent",
        "Lonely.",
    )
