"""Text beside the answers that is not an answer, and answers found a little away from their heading:
notes to colleagues, a notes column, text after a table, an appendix an answer points to, a question and
its answer on one line, shortened headings, a second person's form starting with their details.
Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, H, I, L, P, T


def test_notes_to_colleagues_in_square_brackets_are_taken_out_and_reported():
    (form,) = read(H("The difference it made"), P("Call-outs fell by 64% [JB: check figure with Ops]. Fairer homes."))
    assert form.answers["difference"] == "Call-outs fell by 64%. Fairer homes."
    assert form.unplaced == ["A note left in ‘The difference it made’: [JB: check figure with Ops]"]


def test_a_notes_column_is_not_part_of_the_answers_and_is_reported():
    (form,) = read(
        T(
            ["Question", "Answer", "Notes"],
            ["Organisation, school, setting or team", "Fostering Support Team", "check team name with Lee"],
            ["The problem or need", "Carers felt isolated.", ""],
        )
    )
    assert form.answers["organisation"] == "Fostering Support Team"
    assert form.answers["problem"] == "Carers felt isolated."
    assert any("check team name with Lee" in text for text in form.unplaced)


def test_text_after_a_table_of_answers_is_reported_not_added_to_the_last_answer():
    (form,) = read(
        T(["Title of the innovation", "Tuition on the bus"], ["Can we contact you?", "Yes"]), P("Jas added hers.")
    )
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert form.unplaced == ["After the table: Jas added hers."]


def test_an_answer_pointing_to_an_appendix_is_read_from_it_and_marked():
    (form,) = read(
        T(
            ["Title of the innovation", "Driving lessons"],
            ["What you did differently", "See Appendix A"],
            ["The difference it made", "Eleven passed their test."],
            ["Will it become permanent, and how is it being embedded?", "It is in the local offer."],
        ),
        H("Appendix A – what we did differently"),
        I("(longer than the box allowed)"),
        P("We agreed a block rate with a driving school."),
    )
    assert form.answers["what_you_did"] == "We agreed a block rate with a driving school."
    assert "what_you_did" in form.flagged


def test_a_question_and_its_answer_on_one_line():
    (form,) = read(L("Title: Grandparents' group", "Sustainable? yes – the kinship budget pays the crèche."))
    assert form.answers["permanence"] == "yes – the kinship budget pays the crèche."


def test_shortened_headings_with_a_full_stop_mean_the_words_they_start():
    (form,) = read(B("Ttl:"), P("Dads' club"), B("Desc.:"), P("A Saturday club."), B("Sust.:"), P("In the core offer."))
    assert form.answers["what_you_did"] == "A Saturday club."
    assert form.answers["permanence"] == "In the core offer."


def test_a_second_form_that_starts_with_its_contact_keeps_it():
    rows = [["Title of the innovation", "PEPs with the child"], ["Contact", "Kate Morris, Head, kate@example.org"]]
    second = [["Contact", "Jas Gill, Officer, jas@example.org"], ["Title of the innovation", "Tuition on the bus"]]
    first, other = read(T(*rows, *second))
    assert first.answers["contact"]["email"] == "kate@example.org"
    assert other.answers["contact"]["email"] == "jas@example.org"


def test_a_heading_left_over_that_means_an_answered_heading_marks_that_answer():
    (form,) = read(
        *(B("Why we did it"), P("Nobody at school knew why young carers were late.")),
        *(B("What we did"), P("A card for young carers."), B("What changed"), P("140 cards in use.")),
        *(B("Is it here to stay?"), P("Yes, it is in the strategy.")),
    )
    assert "what_you_did" in form.flagged


def test_a_consent_answer_run_into_the_contact_marks_the_contact():
    (form,) = read(H("Contact"), P("Lisa Warren, Reparation Officer, lisa.warren@example.org\nPublish, Yes"))
    assert "contact" in form.flagged


def test_consent_lines_typed_under_the_contact_answer_the_consent_questions():
    (form,) = read(
        *(H("Title of the innovation"), P("Reparation at the food bank"), H("Contact")),
        P("Lisa Warren, Reparation Officer, lisa.warren@example.org\nPublish - Yes\nContact - Yes"),
    )
    assert form.answers["contact"]["role"] == "Reparation Officer"
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_a_score_out_of_five_after_a_short_answer_is_taken_off_and_reported():
    (form,) = read(
        H("Organisation, school, setting or team"),
        P("Children in Care Service 3/5"),
        H("Does it use a proprietary software or hardware product?"),
        P("No 5/5"),
        H("Scale of the innovation"),
        P("Year 4/5"),
    )
    assert form.answers["organisation"] == "Children in Care Service"
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert "Organisation, school, setting or team: 3/5" in form.unplaced


def test_answers_typed_in_the_heading_style_are_answers():
    (form,) = read(
        H("Title of the innovation", 2),
        H("Lunch club for young carers", 2),
        H("Authority", 2),
        H("Portsmouth", 2),
        H("Does it use a proprietary software or hardware product?", 2),
        H("No", 2),
        H("The problem or need", 2),
        P("Young carers were alone at lunch."),
    )
    assert form.answers["title"] == "Lunch club for young carers"
    assert form.answers["authority"] == "Portsmouth"
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_one_answer_typed_as_a_sentence_in_the_heading_style_is_an_answer():
    (form,) = read(
        H("The problem or need", 2),
        H("Young carers in secondary school had no time to see friends and were often alone at lunch.", 2),
        H("What you did differently", 2),
        P("A lunch club."),
    )
    assert form.answers["problem"].startswith("Young carers in secondary school")


def test_an_answer_typed_inside_the_guidance_loses_the_guidance():
    (form,) = read(
        H("What you did differently"),
        P("Describe the change so that someone elsewhere could picture it. Staff call a parent at bedtime."),
    )
    assert form.answers["what_you_did"] == "Staff call a parent at bedtime."


def test_whom_the_contact_writes_for_is_no_part_of_the_role_and_is_reported():
    (form,) = read(
        H("Contact"),
        P("Helen Okoro, Supervising Social Worker, helen@kent.example.gov.uk, on behalf of Maria (foster carer)"),
    )
    assert form.answers["contact"]["role"] == "Supervising Social Worker"
    assert any("on behalf of Maria (foster carer)" in note for note in form.notes)


def test_a_note_to_a_colleague_or_a_pointer_after_an_answer_is_taken_off_and_shown():
    (form,) = read(
        H("Organisation, school, setting or team"),
        P("Youth Justice Service – Sam to confirm"),
        H("The problem or need"),
        P("Breakdowns happened at weekends. (see also 7)"),
        H("The difference it made"),
        P("Missed sessions fell to 11% (I think – figures from the nurses)."),
    )
    assert form.answers["organisation"] == "Youth Justice Service"
    assert form.answers["problem"] == "Breakdowns happened at weekends."
    assert form.answers["difference"] == "Missed sessions fell to 11% (I think – figures from the nurses)."
    assert any("Sam to confirm" in note for note in form.notes)
    assert any("(see also 7)" in note for note in form.notes)


def test_several_yes_or_no_answers_on_one_line_answer_their_labels():
    (form,) = read(
        H("Title of the innovation"),
        P("Text reminders"),
        H("Contact"),
        P("Aisha Rahman, Named Nurse, aisha.rahman@slough.example.nhs.uk"),
        P("Proprietary: no. Publish: yes. Contact: yes."),
    )
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_two_questions_answered_under_one_heading_with_a_label_each_are_cut_at_the_labels():
    (form,) = read(
        B("Q6 and Q7. The problem, and what you did differently"),
        P("Problem – Young carers were missed. What we did – Each school named a champion."),
        B("Q8. The difference it made"),
        P("64 more young carers were found."),
    )
    assert form.answers["problem"] == "Young carers were missed."
    assert form.answers["what_you_did"] == "Each school named a champion."
