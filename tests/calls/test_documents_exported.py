"""Shapes of returned documents first met in documents 258–269 of tests/data/returns/: web forms' exports,
printed pages turned back into Word, marks in columns and before choices, and the writer's own conventions
(word counts, abbreviations, an email app's address line). Plain tests: no database."""

from tests.calls.test_documents_answers import read_one, value
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import PB, B, P, T


def test_a_word_count_after_an_answer_is_taken_off_and_shown_beside_it():
    form = read_one("problem", "Few families used the library. (26 words)")
    assert form.answers["problem"] == "Few families used the library."
    assert form.notes == ["‘The problem or need’: beside the answer: ‘(26 words)’"]
    assert form.flagged == []
    assert value("difference", "Scores rose [148/250 words]") == "Scores rose"
    assert value("difference", "Scores rose (word count: 12)") == "Scores rose"
    assert value("difference", "Twelve children (aged 3 to 5) joined.") == "Twelve children (aged 3 to 5) joined."


def test_a_cross_beside_ticks_marks_a_choice_not_taken():
    lines = ["✗ Mainstream schools", "✓ Special schools", "✗ Early help", "✓ SEND"]
    assert value("service_areas", *lines) == ["Special schools", "SEND"]
    assert value("scale", "✗ Whole-system change", "✓ IT hack or tool") == "IT hack or tool"
    assert value("service_areas", "✗ Fostering") == ["Fostering"]  # a cross alone is a mark in a box


def test_the_running_title_of_printed_pages_and_its_page_number_are_left_out_of_answers():
    running = "Silver Linings 2026 – Nomination – Surrey County Council"
    (form,) = read(
        P(running),
        B("The problem or need"), P("Teenagers stayed in residential care for months."), P("1"), PB(), P(running),
        P("The longer they stayed, the harder the move."),
        B("The difference it made"), P("Eleven teenagers moved to families."), P("2"), PB(), P(running),
        B("Contact"), P("Rebecca Stone, Manager, rebecca@example.org"),
    )  # fmt: skip
    assert form.answers["problem"] == (
        "Teenagers stayed in residential care for months.\n\nThe longer they stayed, the harder the move."
    )
    assert form.answers["difference"] == "Eleven teenagers moved to families."


def test_a_line_written_twice_is_no_running_title():
    line = "Families waited weeks for a first visit from us"
    (form,) = read(B("The problem or need"), P(line), B("The difference it made"), P(line))
    assert form.answers["problem"] == line


def test_yes_and_no_columns_with_a_mark_in_one_answer_each_question():
    (form,) = read(
        B("Title of the innovation"), P("Life story books"),
        T(
            ("", "Yes", "No"),
            ("Does it use a proprietary software or hardware product?", "", "X"),
            ("Can we publish this innovation in the showcase, with your name?", "X", ""),
            ("Can we contact you about this innovation?", "✓", ""),
        ),
    )  # fmt: skip
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_a_line_leading_to_what_follows_is_no_part_of_the_contact():
    form = read_one(
        "contact", "Claire Nwosu, Social Worker, claire@example.org", "Please mark the remaining questions:"
    )
    assert form.answers["contact"]["role"] == "Social Worker"
    assert form.notes == ["‘Contact’: also written: ‘Please mark the remaining questions:’"]


def test_two_label_and_answer_pairs_parted_by_a_tab_answer_two_headings():
    (form,) = read(
        P("Authority: Kent\tTeam: Young Carers Service"),
        P("Proprietary product: No\tAnother authority would need: Schools willing to open early."),
    )
    assert form.answers["authority"] == "Kent"
    assert form.answers["organisation"] == "Young Carers Service"
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["adoption"] == "Schools willing to open early."


def test_a_web_forms_own_columns_are_left_out_of_a_pasted_response():
    (form,) = read(
        T(
            ("Timestamp", "Email address", "Title of the innovation", "Authority", "Contact"),
            ("14/03/2026 10:42:17", "team@example.org", "Homework club", "Reading", "Hannah Goldberg, hg@example.org"),
        )
    )
    assert form.answers["title"] == "Homework club"
    assert form.answers["authority"] == "Reading"
    assert form.answers["contact"]["email"] == "hg@example.org"


def test_an_address_line_with_the_surname_first_gives_the_name_in_order():
    contact = value("contact", "Okoro, Samuel <samuel.okoro@example.org>", "Senior Practitioner", "T. 01753 000 223")
    assert (contact["name"], contact["role"]) == ("Samuel Okoro", "Senior Practitioner")
    other = value("contact", "Okoro, Samuel <team@example.org>")  # the address does not hold the name
    assert other["name"] != "Samuel Okoro"


def test_a_service_named_by_its_areas_initials_and_s_names_that_area():
    assert value("service_areas", "CSC, YJS") == ["Children's social care", "Youth justice"]
