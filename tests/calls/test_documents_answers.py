"""Answers as people write them, read from returned documents: choices, yes or no, contact details, text."""

import pytest

from silverlinings.calls.documents import FormRead, document_read
from tests.calls.docs.forms import KEYS, SPEC, SPECS, answered, with_xml


def read_one(key: str, *lines: str) -> FormRead:
    """The single form read from a document with one heading and `lines` as its answer."""
    forms = document_read(data=answered(key, *lines), filename="nomination.docx", headings=SPECS)
    assert len(forms) == 1
    assert forms[0].missing == [other for other in KEYS if other != key]
    return forms[0]


def value(key: str, *lines: str):
    form = read_one(key, *lines)
    assert (form.blank, form.problems) == ([], [])
    return form.answers[key]


# Text


def test_text_paragraphs_are_joined_with_a_blank_line():
    assert value("problem", "First paragraph.", "", "Second paragraph.") == "First paragraph.\n\nSecond paragraph."


def test_text_typed_bullets_become_list_lines():
    lines = ("We changed:", "• the room", "* the link", "– the chair", "Then it worked.")
    assert value("what_you_did", *lines) == "We changed:\n\n- the room\n- the link\n- the chair\n\nThen it worked."


def test_text_bullets_typed_after_line_breaks_become_list_lines():
    assert value("adoption", "We needed:\n• speakers\n• trained chairs") == "We needed:\n- speakers\n- trained chairs"


def test_text_line_breaks_inside_a_paragraph_are_kept():
    assert value("adoption", "Speakers\nTrained chairs") == "Speakers\nTrained chairs"


def test_text_blank_is_reported():
    form = read_one("problem", "", "  ")
    assert (form.answers, form.blank, form.problems) == ({}, ["problem"], [])


# One choice


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("whole system change", "Whole-system change"),
        ("WHOLE-SYSTEM CHANGE.", "Whole-system change"),
        ("Service/team practice", "Service or team practice"),
        ("☒ IT hack or tool", "IT hack or tool"),
        ("[x] Personal work habit", "Personal work habit"),
        ("X Personal work habit", "Personal work habit"),
        ("Personal work habit ✓", "Personal work habit"),
    ],
)
def test_one_choice_is_matched_loosely(written, expected):
    assert value("scale", written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("kent county council", "Kent"),
        ("Royal Borough of Windsor & Maidenhead", "Windsor and Maidenhead"),
        ("Brighton & Hove City Council", "Brighton and Hove"),
        ("Sothampton", "Southampton"),
    ],
)
def test_one_choice_authority_names_as_people_write_them(written, expected):
    assert value("authority", written) == expected


def test_one_choice_not_in_the_list_is_a_problem_and_left_out():
    assert read_one("scale", "Big") == FormRead(
        answers={},
        missing=[key for key in KEYS if key != "scale"],
        blank=[],
        problems=["‘Scale of the innovation’: ‘Big’ is not one of the choices"],
        flagged=["scale"],
    )


@pytest.mark.parametrize(
    ("key", "written", "expected"),
    [
        ("scale", "Whole system", "Whole-system change"),
        ("scale", "Team practice", "Service or team practice"),
        ("authority", "Windsor", "Windsor and Maidenhead"),
        ("service_areas", "social care", ["Children's social care"]),
    ],
)
def test_choice_given_in_part_when_only_one_choice_holds_those_words(key, written, expected):
    assert value(key, written) == expected


def test_choice_given_in_part_that_two_choices_hold_is_a_problem():
    form = read_one("authority", "Sussex")
    assert (form.answers, form.problems) == ({}, ["‘Authority’: ‘Sussex’ is not one of the choices"])


def test_one_choice_that_could_be_two_authorities_is_not_guessed():
    assert read_one("authority", "Sussex").problems == ["‘Authority’: ‘Sussex’ is not one of the choices"]


def test_one_choice_with_two_chosen_is_a_problem():
    form = read_one("scale", "☒ Personal work habit", "☒ IT hack or tool")
    assert (form.answers, form.problems) == (
        {},
        ["‘Scale of the innovation’: choose only one, but ‘Personal work habit’ and ‘IT hack or tool’ were chosen"],
    )


def test_one_choice_left_with_the_one_that_applies():
    assert value("scale", "☐ Personal work habit") == "Personal work habit"


def test_one_choice_with_every_box_still_empty_is_blank():
    lines = ["☐ Whole-system change", "☐ Service or team practice", "☐ Personal work habit", "☐ IT hack or tool"]
    assert read_one("scale", *lines).blank == ["scale"]


def test_one_choice_marked_among_empty_boxes():
    lines = ["☐ Whole-system change", "☒ Service or team practice", "☐ Personal work habit", "☐ IT hack or tool"]
    assert value("scale", *lines) == "Service or team practice"


# Several choices


@pytest.mark.parametrize(
    "lines",
    [
        ["Early help, fostering"],
        ["early help; Fostering"],
        ["Early help", "Fostering"],
        ["Fostering and early help."],
        ["- Early help\n- Fostering"],
        ["☒ Early help", "☐ Adoption", "☑ Fostering"],
        ["[x] Fostering", "[ ] SEND", "[X] Early help"],
    ],
)
def test_several_choices_separated_or_marked(lines):
    assert value("service_areas", *lines) == ["Early help", "Fostering"]


def test_several_choices_with_curly_apostrophe_and_lower_case():
    assert value("service_areas", "children’s social care, send") == ["Children's social care", "SEND"]


def test_several_choices_keeps_the_known_ones_and_reports_the_rest():
    form = read_one("service_areas", "Early help, Libraries")
    assert (form.answers, form.problems) == (
        {"service_areas": ["Early help"]},
        ["‘Service areas’: ‘Libraries’ is not one of the choices"],
    )


# Yes or no


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Yes"], {"answer": True, "detail": ""}),
        (["yes - we use Mosaic from Servelec"], {"answer": True, "detail": "we use Mosaic from Servelec"}),
        (["Yes, Mosaic from Servelec"], {"answer": True, "detail": "Mosaic from Servelec"}),
        (["Yes", "Mosaic from Servelec"], {"answer": True, "detail": "Mosaic from Servelec"}),
        (["No."], {"answer": False, "detail": ""}),
        (["N"], {"answer": False, "detail": ""}),
        (["☐ Yes ☒ No"], {"answer": False, "detail": ""}),
        (["Yes ☒ No ☐"], {"answer": True, "detail": ""}),
        (["Yes / No", "Yes"], {"answer": True, "detail": ""}),
        (["Yes / No\nNo"], {"answer": False, "detail": ""}),
        (["Yes\nMosaic", "- Servelec"], {"answer": True, "detail": "Mosaic\n\n- Servelec"}),
        (
            ["Yes", "If yes: Name the supplier and the product. Mosaic from Servelec"],
            {"answer": True, "detail": "Mosaic from Servelec"},
        ),
    ],
)
def test_yes_no_as_people_write_it(lines, expected):
    assert value("proprietary", *lines) == expected


def test_yes_no_left_as_printed_is_blank():
    assert read_one("proprietary", "Yes / No").blank == ["proprietary"]


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["Maybe"], "answer yes or no (it says ‘Maybe’)"),
        (["N/A"], "answer yes or no (it says ‘N/A’)"),
        (["☒ Yes ☒ No"], "answer yes or no, not both"),
        (["Yes / No - it is our own"], "answer yes or no (it says ‘it is our own’)"),
    ],
)
def test_yes_no_that_is_neither_is_a_problem(lines, problem):
    form = read_one("consent_publish", *lines)
    assert (form.answers, form.blank, form.problems) == (
        {},
        [],
        [f"‘Can we publish this innovation in the showcase, with your name?’: {problem}"],
    )


# Contact


SAM = {"name": "Sam Kaur", "role": "Team Manager", "email": "sam.kaur@example.org", "phone": "07700 900123"}


@pytest.mark.parametrize(
    "lines",
    [
        ["Name: Sam Kaur", "Role: Team Manager", "Email: sam.kaur@example.org", "Telephone: 07700 900123"],
        [
            "Full name - Sam Kaur",
            "Job title: Team Manager",
            "E-mail: mailto:sam.kaur@example.org",
            "Mobile: 07700 900123",
        ],
        ["Sam Kaur", "Team Manager", "sam.kaur@example.org", "07700 900123"],
        ["Sam Kaur, Team Manager, sam.kaur@example.org, 07700 900123"],
        ["Sam Kaur\nTeam Manager\n07700 900123\nsam.kaur@example.org"],
        ["Name: Sam Kaur", "Role: Team Manager", "Contact: sam.kaur@example.org, 07700 900123"],
    ],
)
def test_contact_as_lines_or_a_block(lines):
    assert value("contact", *lines) == SAM


def test_contact_with_only_some_parts():
    assert value("contact", "Name: Sam Kaur", "Role:", "Email: sam.kaur@example.org", "Telephone:") == {
        "name": "Sam Kaur", "role": "", "email": "sam.kaur@example.org", "phone": "",
    }  # fmt: skip


def test_contact_phone_without_the_words_in_brackets_saying_which_line_it_is():
    found = value("contact", "Name: Sam Kaur", "Tel: 023 9268 8000 (office)", "Email: sam.kaur@example.org")
    assert found["phone"] == "023 9268 8000"


def test_contact_with_labels_left_empty_is_blank():
    assert read_one("contact", "Name: ", "Role: ", "Email: ", "Telephone: ").blank == ["contact"]


def test_contact_given_twice_keeps_the_first_and_reports_the_second():
    form = read_one("contact", "Email: sam.kaur@example.org", "Email: team@example.org")
    assert form.answers["contact"]["email"] == "sam.kaur@example.org"
    assert form.problems == ["‘Contact’: it gives more than one email, so ‘team@example.org’ was left out"]


def test_contact_role_is_what_remains_with_its_commas():
    form = read_one("contact", "Sam Kaur, Team Manager, Kent County Council, sam.kaur@example.org")
    assert form.answers["contact"] == {**SAM, "role": "Team Manager, Kent County Council", "phone": ""}
    assert form.problems == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Gareth Okonjo, Deputy Headteacher, Virtual School Kent – gareth.okonjo@kent.example.org – 01632 960387"],
            (
                "Gareth Okonjo",
                "Deputy Headteacher, Virtual School Kent",
                "gareth.okonjo@kent.example.org",
                "01632 960387",
            ),
        ),
        (
            [
                "Gareth Okonjo",
                "Deputy Headteacher, Virtual School Kent",
                "gareth.okonjo@kent.example.org",
                "01632 960387",
            ],
            (
                "Gareth Okonjo",
                "Deputy Headteacher, Virtual School Kent",
                "gareth.okonjo@kent.example.org",
                "01632 960387",
            ),
        ),
        (
            [
                "Name: Fiona Grant",
                "Position: Assistant Director, Education",
                "Tel: 01344 352 000",
                "E-mail: f@example.org",
            ],
            ("Fiona Grant", "Assistant Director, Education", "f@example.org", "01344 352 000"),
        ),
        (
            ["Fiona Grant | Assistant Director, Education | f@example.org | 01344 352 000"],
            ("Fiona Grant", "Assistant Director, Education", "f@example.org", "01344 352 000"),
        ),
        (
            ["Jade Whitmore (Early Years Practitioner) jade@example.org 07700 900 418"],
            ("Jade Whitmore", "Early Years Practitioner", "jade@example.org", "07700 900 418"),
        ),
        (
            ["Mrs Clare Dunmore, Headteacher, head@example.sch.uk (01444 233 051)"],
            ("Mrs Clare Dunmore", "Headteacher", "head@example.sch.uk", "01444 233 051"),
        ),
        (
            ["Aisha Begum, Inclusion Lead", "e: aisha@example.org", "t: 01908 253 000"],
            ("Aisha Begum", "Inclusion Lead", "aisha@example.org", "01908 253 000"),
        ),
    ],
)
def test_contact_in_free_form_finds_email_and_phone_by_pattern_and_the_name_first(lines, expected):
    assert value("contact", *lines) == dict(zip(("name", "role", "email", "phone"), expected, strict=True))


def test_contact_followed_by_a_consent_sentence_and_a_sign_off_reads_the_consent_and_reports_the_sign_off():
    data = answered(
        "contact",
        "Miss Hollie Grant, Reception Teacher, hgrant@example.sch.uk",
        "We are happy for this to be published and for you to contact me about it.",
        "Best wishes,",
        "Hollie",
    )
    (form,) = document_read(data=data, filename="nomination.docx", headings=SPECS)
    assert form.answers["contact"] == {
        "name": "Miss Hollie Grant", "role": "Reception Teacher", "email": "hgrant@example.sch.uk", "phone": ""
    }  # fmt: skip
    assert form.answers["consent_publish"] == form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert form.notes == []  # under the contact, as the consent lines are: not marked
    assert form.unplaced == ["Signature: Best wishes,\n\nHollie"]


def test_contact_followed_by_a_sentence_that_answers_nothing_keeps_it_as_a_note():
    form = read_one(
        "contact", "Miss Hollie Grant, Reception Teacher, hgrant@example.sch.uk", "We started it in the summer term."
    )
    assert form.notes == ["‘Contact’: also written: ‘We started it in the summer term.’"]


def test_contact_with_a_second_person_keeps_the_first_and_the_second_as_a_note():
    form = read_one(
        "contact",
        "Lead: Grace Holloway, Head of Service, grace@example.org",
        "Deputy: Tom Eze, Team Manager, tom@example.org",
    )
    assert form.answers["contact"] == {
        "name": "Grace Holloway", "role": "Head of Service", "email": "grace@example.org", "phone": ""
    }  # fmt: skip
    assert form.notes == ["‘Contact’: also written: ‘Deputy: Tom Eze, Team Manager, tom@example.org’"]


def test_contact_without_a_name_leaves_the_name_to_be_asked_for():
    assert value("contact", "Team Manager, sam.kaur@example.org") == {
        "name": "", "role": "Team Manager", "email": "sam.kaur@example.org", "phone": ""
    }  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Zoom"], {"answer": True, "detail": "Zoom"}),
        (["Google Classroom and Microsoft Teams"], {"answer": True, "detail": "Google Classroom and Microsoft Teams"}),
        (["n/a"], {"answer": False, "detail": ""}),
        (["None"], {"answer": False, "detail": ""}),
        (["Not applicable"], {"answer": False, "detail": ""}),
        (["N/A - we use the council's own Teams"], {"answer": False, "detail": "we use the council's own Teams"}),
        (["We don't use any"], {"answer": False, "detail": "We don't use any"}),
        (["Not really – it is a spreadsheet"], {"answer": False, "detail": "Not really – it is a spreadsheet"}),
    ],
)
def test_yes_no_with_a_follow_up_answered_with_the_thing_itself(lines, expected):
    assert value("proprietary", *lines) == expected


@pytest.mark.parametrize(
    "lines", [["Happy for you to publish"], ["Yes please"], ["Y"], ["Yes to both"], ["☒ Yes ☐ No"]]
)
def test_consent_answered_in_words(lines):
    assert value("consent_publish", *lines) == {"answer": True, "detail": ""}


def test_consent_in_words_with_a_condition_is_a_problem_not_a_yes():
    form = read_one("consent_publish", "Happy to share but not publish")
    assert (form.answers, form.flagged) == ({}, ["consent_publish"])


def test_yes_no_paragraphs_after_a_question_that_asks_nothing_more_are_a_note():
    form = read_one("consent_contact", "Yes", "Our head of service has agreed.")
    assert (form.answers, form.notes, form.flagged) == (
        {"consent_contact": {"answer": True, "detail": ""}},
        ["‘Can we contact you about this innovation?’: also written: ‘Our head of service has agreed.’"],
        ["consent_contact"],
    )


def test_a_sign_off_after_an_answer_is_reported_as_unplaced_not_kept_in_the_answer():
    form = read_one("consent_contact", "Yes", "Many thanks, Kirsty")
    assert (form.answers, form.flagged, form.unplaced) == (
        {"consent_contact": {"answer": True, "detail": ""}},
        [],
        ["Signature: Many thanks, Kirsty"],
    )


@pytest.mark.parametrize(
    ("key", "lines", "expected"),
    [
        ("consent_publish", ["Ie / Yes"], True),
        ("consent_publish", ["Y / Y"], True),
        ("proprietary", ["Na / No"], False),
    ],
)
def test_yes_no_in_two_languages_or_as_a_pair(key, lines, expected):
    assert value(key, *lines) == {"answer": expected, "detail": ""}


@pytest.mark.parametrize(
    ("key", "sentence", "publish", "contact"),
    [
        ("consent_contact", "Yes to publishing and yes to being contacted.", True, True),
        ("consent_publish", "Happy for this to be shared, but please don't contact me.", True, False),
        ("consent_publish", "You can publish it and yes, contact me any time.", True, True),
    ],
)
def test_yes_no_in_a_sentence_answers_each_question_it_names(key, sentence, publish, contact):
    (form,) = document_read(data=answered(key, sentence), filename="nomination.docx", headings=SPECS)
    assert form.answers == {
        "consent_publish": {"answer": publish, "detail": ""}, "consent_contact": {"answer": contact, "detail": ""}
    }  # fmt: skip
    assert form.problems == []


def test_yes_no_pair_that_disagrees_under_one_question_is_a_problem():
    form = read_one("consent_publish", "Y / N")
    assert form.answers == {} and form.problems


@pytest.mark.parametrize(
    ("key", "written", "expected", "note"),
    [
        ("authority", "Kent County Council (Virtual School Kent)", "Kent", "Virtual School Kent"),
        ("service_areas", "Other – Virtual School", ["Other"], "Virtual School"),
        (
            "service_areas",
            "Children's social care (care leavers / 16+ service)",
            ["Children's social care"],
            "care leavers / 16+ service",
        ),
        (
            "service_areas",
            "Early help, Other - prison family liaison",
            ["Early help", "Other"],
            "prison family liaison",
        ),
    ],
)
def test_choice_with_extra_words_is_the_choice_and_the_rest_a_note(key, written, expected, note):
    form = read_one(key, written)
    label = SPEC[key].text
    assert (form.answers[key], form.problems, form.notes) == (expected, [], [f"‘{label}’: also written: ‘{note}’"])


# Word markup


def run(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def read_xml(key: str, *blocks: str) -> dict:
    forms = document_read(data=with_xml(key, *blocks), filename="nomination.docx", headings=SPECS)
    return forms[0].answers


def test_word_struck_through_choice_is_left_out():
    assert read_xml("proprietary", f"<w:p>{run('Yes / ')}{run('No', '<w:strike/>')}</w:p>") == {
        "proprietary": {"answer": True, "detail": ""}
    }


def test_word_tracked_changes_read_as_accepted():
    paragraph = (
        f"<w:p>{run('Hybrid ')}<w:del><w:r><w:delText>video </w:delText></w:r></w:del>"
        f"<w:ins>{run('child protection ')}</w:ins>{run('conferences')}</w:p>"
    )
    assert read_xml("title", paragraph) == {"title": "Hybrid child protection conferences"}


def test_word_content_controls_are_read_and_their_placeholders_are_not():
    filled = f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{run('Hybrid conferences')}</w:p></w:sdtContent></w:sdt>"
    empty = (
        f"<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{run('Click or tap here to enter text.')}"
        "</w:sdtContent></w:sdt></w:p>"
    )
    assert read_xml("title", filled, empty) == {"title": "Hybrid conferences"}
    assert document_read(data=with_xml("title", empty), filename="a.docx", headings=SPECS)[0].blank == ["title"]


def test_word_form_check_boxes_and_symbol_boxes():
    def legacy_box(checked: bool) -> str:
        state = "<w:checked/>" if checked else ""
        return (
            f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{state}'
            "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    symbol = '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>'
    blocks = [
        f"<w:p>{legacy_box(True)}{run(' Early help')}</w:p>",
        f"<w:p>{legacy_box(False)}{run(' Adoption')}</w:p>",
        f"<w:p>{symbol}{run(' Fostering')}</w:p>",
    ]
    assert read_xml("service_areas", *blocks) == {"service_areas": ["Early help", "Fostering"]}


def test_word_hidden_text_and_text_boxes_are_left_out():
    paragraph = (
        f"<w:p>{run('Hybrid conferences')}{run(' (draft)', '<w:vanish/>')}"
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps"><w:t>in a text box</w:t></mc:Choice></mc:AlternateContent></w:r></w:p>'
    )
    assert read_xml("title", paragraph) == {"title": "Hybrid conferences"}


def test_word_table_rows_with_labels_inside_an_answer():
    row = "<w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr>"
    rows = "".join(
        row.format(run(label), run(text)) for label, text in (("Name", "Sam Kaur"), ("Email", "s@example.org"))
    )
    assert read_xml("contact", f"<w:tbl>{rows}</w:tbl>") == {
        "contact": {"name": "Sam Kaur", "role": "", "email": "s@example.org", "phone": ""}
    }


def test_word_table_with_heading_in_a_merged_row_and_a_number_column():
    row = "<w:tr>{}</w:tr>"
    cell = "<w:tc><w:p>{}</w:p></w:tc>"
    table = "<w:tbl>{}</w:tbl>".format(
        row.format(cell.format(run("1")) + cell.format(run("Title of the innovation")) + cell.format(run("Hybrid")))
        + row.format(cell.format(run("2")) + cell.format(run("Authority")) + cell.format(run("Reading")))
    )
    forms = document_read(data=with_xml("problem", table), filename="a.docx", headings=SPECS)
    assert forms[0].answers == {"title": "Hybrid", "authority": "Reading"}
