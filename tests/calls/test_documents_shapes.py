"""Shapes of returned documents first met in documents 51–62 of tests/data/returns/: each read right, or
reported on the draft, never guessed. Plain tests: no database."""

from docx import Document

from silverlinings.calls.documents import document_read
from tests.calls.docs.forms import SPECS, saved
from tests.calls.test_documents_answers import read_one, value
from tests.data.returns.build import _add


def read(*blocks):
    document = Document()
    for block in blocks:
        _add(document, block)
    return document_read(data=saved(document), filename="nomination.docx", headings=SPECS)


def test_choices_ticked_in_a_row_of_boxes_on_one_line():
    assert value("authority", "☐ Hampshire ☐ Isle of Wight ☒ Kent ☐ Medway ☐ Milton Keynes") == "Kent"
    line = "☐ Early help ☒ Children's social care ☒ Adoption ☐ Care leavers"
    assert value("service_areas", line) == ["Children's social care", "Adoption"]


def test_the_detail_after_ticked_yes_or_no_is_kept():
    assert value("proprietary", "☒ Yes ☐ No – Life Story Works") == {"answer": True, "detail": "Life Story Works"}


def test_a_choice_written_among_other_words_is_taken_and_the_words_kept_as_a_note():
    form = read_one("scale", "service or team practice I'd say")
    assert form.answers["scale"] == "Service or team practice"
    assert form.notes == ["‘Scale of the innovation’: also written: ‘I'd say’"]
    assert form.flagged == []  # words that only qualify a choice read for certain: shown, not marked


def test_words_beside_a_choice_that_may_change_it_mark_the_answer():
    for written in (
        "Service or team practice (not whole-system change yet)",  # another choice, and "not"
        "Kent (previously Medway)",
        "Early help – 1.4 Area of work",  # a numbered heading left in
        "Kent (the Virtual School, which covers the whole county and several of its neighbours too)",  # long
    ):
        key = "scale" if written.startswith("Service") else "service_areas" if "Early" in written else "authority"
        form = read_one(key, written)
        assert form.answers[key] and form.notes, written
        assert form.flagged == [key], written


def test_the_authority_at_the_top_of_the_document_is_not_marked_when_the_contacts_email_names_it():
    def form(email):
        (read_,) = read(
            ("b", "Oxfordshire County Council"), ("p", "Children's Services\nCounty Hall, Oxford"),
            ("h", "Title of the innovation", 2), ("p", "Kinship group"),
            ("h", "Contact", 2), ("p", f"Dev Sahota, Team Manager, {email}"),
        )  # fmt: skip
        assert read_.answers["authority"] == "Oxfordshire"
        return read_

    assert "authority" not in form("dev.sahota@oxfordshire.gov.uk").flagged
    assert "authority" in form("dev.sahota@example.org").flagged


def test_a_telephone_number_with_a_last_group_of_five_digits_is_whole():
    contact = value("contact", "Siobhan Murphy – Recruitment Manager – sm@example.org – 033 022 22222")
    assert contact == {
        "name": "Siobhan Murphy", "role": "Recruitment Manager", "email": "sm@example.org", "phone": "033 022 22222",
    }  # fmt: skip


def test_a_contact_that_points_elsewhere_with_nothing_to_point_to_is_reported():
    form = read_one("contact", "Me – details below")
    assert "contact" not in form.answers
    assert form.problems == ["‘Contact’: it says ‘Me – details below’, so the contact’s details must be checked"]


def test_a_contact_that_points_to_the_signature_is_read_from_it_and_marked():
    (form,) = read(
        ("h", "Title of the innovation", 2), ("p", "Kinship group"), ("h", "Contact", 2), ("p", "Me – details below"),
        ("p", "--"), ("p", "Dev Sahota\nTeam Manager\nTel: +44 1753 875 000\ndev.sahota@example.org"),
    )  # fmt: skip
    assert form.answers["contact"] == {
        "name": "Dev Sahota", "role": "Team Manager", "email": "dev.sahota@example.org", "phone": "+44 1753 875 000",
    }  # fmt: skip
    assert form.flagged == ["contact"]
    assert form.unplaced == ["Signature: Dev Sahota\nTeam Manager\nTel: +44 1753 875 000\ndev.sahota@example.org"]


def test_words_prompts_left_in_empty_content_controls_are_blank():
    assert read_one("organisation", "Click or tap here to enter text.").blank == ["organisation"]
    assert read_one("scale", "Choose an item.").blank == ["scale"]


def test_an_email_reply_quoting_the_questions_keeps_only_the_answers():
    (form,) = read(
        ("p", "> Title of the innovation"), ("p", "> A short name another authority would recognise."),
        ("p", "Kinship group"), ("p", "> Authority"), ("p", "Slough"),
    )  # fmt: skip
    assert (form.answers, form.unplaced) == ({"title": "Kinship group", "authority": "Slough"}, [])


def test_numbered_parts_are_headings_and_a_contact_split_into_parts_is_one_contact():
    (form,) = read(
        ("p", "1a. Title"), ("p", "Online panel"), ("p", "4a. Does it use proprietary software? (Y/N)"), ("p", "Y"),
        ("p", "4b. If yes, name the supplier"), ("p", "Microsoft (Teams)"), ("p", "5a. Contact name"),
        ("p", "Olu Adebayo"), ("p", "5b. Job title"), ("p", "Placements Manager"), ("p", "5c. Email"),
        ("p", "olu@example.org"),
    )  # fmt: skip
    assert form.answers == {
        "title": "Online panel",
        "proprietary": {"answer": True, "detail": "Microsoft (Teams)"},
        "contact": {"name": "Olu Adebayo", "role": "Placements Manager", "email": "olu@example.org", "phone": ""},
    }


def test_answers_in_text_boxes_are_read_once():
    (form,) = read(("b", "Title of the innovation"), ("x", ("Paperless applications",)), ("b", "Authority"),
                   ("x", ("Milton Keynes",)))  # fmt: skip
    assert form.answers == {"title": "Paperless applications", "authority": "Milton Keynes"}


def test_the_council_named_only_at_the_top_of_a_letter_is_the_authority_marked_for_checking():
    (form,) = read(("b", "Oxfordshire County Council"), ("p", "Children's Services"), ("b", "Title"), ("p", "Texts"))
    assert form.answers == {"title": "Texts", "authority": "Oxfordshire"}
    assert form.flagged == ["authority"]


def test_a_questions_own_sub_headings_stay_in_its_answer():
    (form,) = read(
        ("h", "Title of the innovation", 2), ("p", "Camps"), ("h", "What you did differently", 2),
        ("h", "Phase 1: the summer", 3), ("p", "A camp."), ("h", "Phase 2: the autumn", 3), ("p", "Mentors."),
    )  # fmt: skip
    assert form.answers["what_you_did"] == "Phase 1: the summer\n\nA camp.\n\nPhase 2: the autumn\n\nMentors."


def test_small_tables_with_headings_across_the_top():
    (form,) = read(
        ("t", (["Title of the innovation", "Local authority"], ["Video conferences", "Brighton and Hove"])),
        ("t", (["Here to stay?", "Bought-in product?"], ["Yes, in the specification.", "No, just Teams"])),
    )  # fmt: skip
    assert form.answers == {
        "title": "Video conferences", "authority": "Brighton and Hove", "permanence": "Yes, in the specification.",
        "proprietary": {"answer": False, "detail": "just Teams"},
    }  # fmt: skip


def test_several_nominations_as_the_rows_of_one_table():
    forms = read(("t", (["Title", "Authority", "Scale"], ["Walks", "Surrey", "Personal work habit"],
                        ["Libraries", "Kent", "Service or team practice"])))  # fmt: skip
    assert [form.answers for form in forms] == [
        {"title": "Walks", "authority": "Surrey", "scale": "Personal work habit"},
        {"title": "Libraries", "authority": "Kent", "scale": "Service or team practice"},
    ]


def test_answers_typed_in_italics_under_plain_numbered_questions():
    (form,) = read(("p", "Question 1 – Title of the innovation"), ("i", "Coffee mornings"),
                   ("p", "Question 2 – Scale"), ("i", "Service or team practice"))  # fmt: skip
    assert form.answers == {"title": "Coffee mornings", "scale": "Service or team practice"}


def test_the_innovations_name_as_the_documents_title_is_the_title_marked_for_checking():
    (form,) = read(("h", "Reading hour", 0), ("h", "Authority", 2), ("p", "Medway"))
    assert form.answers == {"title": "Reading hour", "authority": "Medway"}
    assert form.flagged == ["title"]


def test_short_answers_run_together_in_one_paragraph_before_the_headings():
    (form,) = read(("p", "Title: Bedtime stories. Authority: Isle of Wight. Scale: Personal work habit."),
                   ("b", "Problem"), ("p", "Problem: nights. Solution: calls."))  # fmt: skip
    assert form.answers == {
        "title": "Bedtime stories", "authority": "Isle of Wight", "scale": "Personal work habit",
        "problem": "Problem: nights. Solution: calls.",
    }  # fmt: skip


def test_pronouns_and_a_phones_label_are_not_the_role():
    contact = value("contact", "Dr Amara Osei (she/her), Designated Doctor, ao@example.net, mobile 07700 900 456")
    assert contact == {
        "name": "Dr Amara Osei", "role": "Designated Doctor", "email": "ao@example.net", "phone": "07700 900 456",
    }  # fmt: skip


def test_a_web_forms_character_counts_are_not_part_of_the_answer():
    assert value("problem", "Siblings met once a month.", "Character count: 26/2000") == "Siblings met once a month."


def test_a_bold_label_and_its_answer_split_by_a_line_break_in_one_paragraph():
    (form,) = read(("bp", "Title\n", "Night helpline"), ("bp", "Authority\n", "Brighton and Hove"))
    assert form.answers == {"title": "Night helpline", "authority": "Brighton and Hove"}


def test_an_office_use_column_is_left_out():
    (form,) = read(("t", (["Question", "Response", "Office use only"], ["Title", "Toolkit", ""],
                          ["Proprietary product?", "No", "N/A"])))  # fmt: skip
    assert form.answers == {"title": "Toolkit", "proprietary": {"answer": False, "detail": ""}}


def test_a_second_nomination_in_other_words_is_another_form():
    first = [
        ("b", "Name of innovation"),
        ("p", "Phone assessments"),
        ("b", "Local authority"),
        ("p", "Kent"),
        ("b", "Scale"),
        ("p", "Service or team practice"),
        ("b", "Impact"),
        ("p", "Faster."),
    ]
    second = [("h", "Title of the innovation", 2), ("p", "Court reports"), ("h", "Authority", 2), ("p", "Kent")]
    forms = read(*first, *second)  # fmt: skip
    assert [form.answers.get("title") for form in forms] == ["Phone assessments", "Court reports"]


def test_lettered_question_numbers_under_section_titles():
    (form,) = read(("b", "SECTION A – ABOUT THE INNOVATION"), ("p", "A1 Title"), ("p", "College hub"),
                   ("p", "A2 Authority"), ("p", "Oxfordshire"))  # fmt: skip
    assert form.answers == {"title": "College hub", "authority": "Oxfordshire"}


def test_response_labels_in_the_last_cell_make_the_middle_cell_guidance():
    (form,) = read(("t", (["Title", "A short name", "Response: Speech therapy"],
                          ["Publish?", "Yes or no", "Response: Yes"])))  # fmt: skip
    assert form.answers == {"title": "Speech therapy", "consent_publish": {"answer": True, "detail": ""}}


def test_a_contact_as_a_small_table_with_its_labels_across_the_top():
    labels = ["Name", "Job title", "Email", "Phone"]
    table = (labels, ["Claire Dawson", "Manager", "cd@example.org", "01273 481 000"])
    (form,) = read(("h", "Contact", 2), ("t", table))
    assert form.answers["contact"] == {
        "name": "Claire Dawson", "role": "Manager", "email": "cd@example.org", "phone": "01273 481 000",
    }  # fmt: skip


def test_an_authority_other_than_the_one_the_contacts_email_names_is_marked_for_checking():
    (form,) = read(("h", "Authority", 2), ("p", "Medway"), ("h", "Contact", 2), ("p", "Zara Khan, zk@kent.gov.uk"))
    assert form.answers["authority"] == "Medway"
    assert form.notes == ["‘Authority’: the contact’s email address names Kent, not Medway: check the authority"]
    assert form.flagged == ["authority"]


def test_an_authority_the_contacts_email_agrees_with_is_not_marked():
    (form,) = read(("h", "Authority", 2), ("p", "East Sussex"), ("h", "Contact", 2), ("p", "B O, bo@eastsussex.gov.uk"))
    assert form.flagged == []
