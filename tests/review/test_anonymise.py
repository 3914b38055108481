from silverlinings.review.anonymise import anonymise_answers, anonymise_text


def test_anonymise_text_removes_names_authorities_and_contact_details():
    names = ["Sam Kaur", "Kent County Council", "Kent", "sam@kent.example.org", "07700 900123"]
    text = "Sam at Kent County Council and Kent's team; Kaur said so. sam@kent.example.org, 07700900123."
    assert anonymise_text(text, names=names) == (
        "[removed] at [removed] and [removed] team; [removed] said so. [removed], [removed]."
    )


def test_anonymise_text_ignores_short_names_and_matches_whole_words():
    assert anonymise_text("Al went to Kentucky.", names=["Al", "Kent"]) == "Al went to Kentucky."


def test_anonymise_answers_drops_hidden_keys_and_cleans_nested_values():
    answers = {
        "title": "Kent hybrid conferences",
        "contact": {"name": "Sam Kaur"},
        "authority": "Kent",
        "service_areas": ["Kent early help"],
        "proprietary": {"answer": True, "detail": "Bought by Kent"},
    }
    assert anonymise_answers(answers, names=["Kent"]) == {
        "title": "[removed] hybrid conferences",
        "service_areas": ["[removed] early help"],
        "proprietary": {"answer": True, "detail": "Bought by [removed]"},
    }
