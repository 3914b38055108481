"""Theme suggestion on a small hand-written set: four clearly separated groups of six nominations."""

import numpy as np

from silverlinings.review.algorithms.labels import describe, pick_terms, theme_label
from silverlinings.review.algorithms.text import surface_forms
from silverlinings.review.algorithms.themes import (
    NO_WORDS_LABEL,
    phrases,
    refine_by_profiles,
    term_counts,
    term_weights,
    themes_suggest,
)

CONFERENCES = [
    "Child protection conferences became hybrid, so parents joined in the room while partners joined by video.",
    "Our hybrid child protection conferences let GPs and school nurses attend without travelling.",
    "We ran every initial child protection conference as a hybrid meeting with a large screen in the room.",
    "Hybrid child protection conferences meant police attendance rose sharply in 2021.",
    "Conference chairs were trained to chair hybrid child protection conferences fairly.",
    "Parents told us hybrid child protection conferences felt less intimidating than a full room.",
]
SIGNATURES = [
    "Digital signatures replaced wet signatures on care plans and consent forms.",
    "Parents now add a digital signature to plans on their phone instead of printing them.",
    "We went paperless: consent forms carry digital signatures through DocuSign.",
    "Postage and printing costs fell after digital signatures came in.",
    "Section 20 agreements are signed with a digital signature the same day.",
    "Administrators no longer chase paper forms, because digital signatures arrive within hours.",
]
FOSTERING = [
    "Foster carer recruitment moved online with virtual information evenings.",
    "Prospective foster carers completed Skills to Foster training remotely over six evenings.",
    "Online foster carer recruitment events brought in younger applicants.",
    "Foster carer training ran remotely, so carers joined from home after work.",
    "Fostering panels met online and approved more foster carers than the year before.",
    "Enquiries from prospective foster carers doubled after remote recruitment events.",
]
YOUTH_JUSTICE = [
    "The youth offending team delivered reparation sessions online with young people on orders.",
    "Referral order panels met by video with volunteers from the youth offending team.",
    "Youth offending team workers used interactive apps to keep young people engaged in interventions.",
    "Victim awareness sessions for young offenders moved online and reoffending stayed low.",
    "Youth offending workers supported young people through court appearances by video link.",
    "Out of court disposal panels were held online by police and the youth offending team.",
]
GROUPS = [CONFERENCES, SIGNATURES, FOSTERING, YOUTH_JUSTICE]
DOCS = [(100 * (g + 1) + i, text) for g, group in enumerate(GROUPS) for i, text in enumerate(group)]
TRUE_GROUPS = {frozenset(100 * (g + 1) + i for i in range(6)) for g in range(4)}


def _theme_with(themes, member_id):
    return next(theme for theme in themes if member_id in theme.member_ids)


def test_themes_suggest_recovers_four_separated_groups_automatically():
    themes = themes_suggest(DOCS)
    assert {frozenset(theme.member_ids) for theme in themes} == TRUE_GROUPS


def test_themes_suggest_recovers_groups_whatever_the_input_order():
    themes = themes_suggest(list(reversed(DOCS)), random_state=3)
    assert {frozenset(theme.member_ids) for theme in themes} == TRUE_GROUPS


def test_themes_suggest_label_contains_the_distinctive_phrase():
    themes = themes_suggest(DOCS)
    assert "hybrid child protection conferences" in _theme_with(themes, 100).label
    assert "digital signature" in _theme_with(themes, 200).label
    assert "foster carer" in _theme_with(themes, 300).label
    assert "youth offending" in _theme_with(themes, 400).label


def test_themes_suggest_labels_are_lowercase_words_and_separators():
    themes = themes_suggest(DOCS)
    for theme in themes:
        assert theme.label == theme.label.lower()
        assert all(part.replace(" ", "").replace("-", "").isalpha() for part in theme.label.split(" · "))
        assert theme.label.split(" · ")[0] == theme.keywords[0]


def test_themes_suggest_respects_n_themes():
    assert len(themes_suggest(DOCS, n_themes=2)) == 2
    assert len(themes_suggest(DOCS, n_themes=6)) == 6
    assert {frozenset(theme.member_ids) for theme in themes_suggest(DOCS, n_themes=4)} == TRUE_GROUPS


def test_themes_suggest_every_nomination_is_in_exactly_one_theme():
    themes = themes_suggest(DOCS, n_themes=5)
    members = [member for theme in themes for member in theme.member_ids]
    assert sorted(members) == sorted(doc_id for doc_id, _ in DOCS)


def test_themes_suggest_exemplars_are_up_to_three_members():
    for theme in themes_suggest(DOCS, n_themes=4):
        assert theme.exemplar_ids == theme.member_ids[:3]
        assert len(theme.exemplar_ids) == 3


def test_themes_suggest_progress_reaches_one_and_never_goes_back():
    calls = []
    themes_suggest(DOCS, progress=lambda fraction, message: calls.append((fraction, message)))
    fractions = [fraction for fraction, _ in calls]
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(message, str) and message for _, message in calls)


def test_themes_suggest_is_deterministic_for_a_random_state():
    first = themes_suggest(DOCS, random_state=7)
    second = themes_suggest(DOCS, random_state=7)
    assert first == second


def test_themes_suggest_no_documents_gives_no_themes():
    calls = []
    assert themes_suggest([], progress=lambda fraction, message: calls.append(fraction)) == []
    assert calls[-1] == 1.0


def test_themes_suggest_one_document_gives_one_theme():
    themes = themes_suggest([(5, "Hybrid child protection conferences with parents in the room.")])
    assert len(themes) == 1
    assert themes[0].member_ids == [5]
    assert themes[0].exemplar_ids == [5]
    assert "hybrid child protection conferences" in themes[0].label


def test_themes_suggest_fewer_documents_than_themes_asked_for():
    docs = DOCS[:1] + DOCS[6:7] + DOCS[12:13]
    themes = themes_suggest(docs, n_themes=10)
    assert len(themes) == 3
    assert sorted(member for theme in themes for member in theme.member_ids) == [100, 200, 300]


def test_themes_suggest_identical_texts_give_one_theme():
    docs = [(i, "Family time moved to video calls.") for i in range(1, 9)]
    themes = themes_suggest(docs)
    assert len(themes) == 1
    assert themes[0].member_ids == list(range(1, 9))
    assert themes_suggest(docs, n_themes=3) == themes


def test_themes_suggest_empty_texts_get_their_own_theme_last():
    docs = [*DOCS, (901, ""), (902, "   "), (903, "2020 - 2021, 42%")]
    themes = themes_suggest(docs, n_themes=5)
    assert len(themes) == 5
    assert themes[-1].label == NO_WORDS_LABEL
    assert themes[-1].member_ids == [901, 902, 903]
    assert themes[-1].keywords == []
    assert {frozenset(theme.member_ids) for theme in themes[:-1]} == TRUE_GROUPS


def test_themes_suggest_only_empty_texts_give_one_theme_without_words():
    themes = themes_suggest([(1, ""), (2, "The and of 2020")])
    assert [(theme.label, theme.member_ids) for theme in themes] == [(NO_WORDS_LABEL, [1, 2])]


def test_themes_suggest_refuses_fewer_than_one_theme():
    try:
        themes_suggest(DOCS, n_themes=0)
    except ValueError as error:
        assert str(error) == "n_themes must be at least 1"
    else:
        raise AssertionError("n_themes=0 was accepted")


def test_phrases_drop_stop_words_numbers_and_never_cross_them():
    assert phrases("Plans for children in 2020: digital signatures.") == [
        "plan",
        "digital",
        "signature",
        "digital signature",
    ]


def test_phrases_are_lemmatised_and_contractions_leave_no_broken_words():
    assert phrases("We didn't hold conferences; carers' fostering wasn't stopped") == [
        "hold",
        "conference",
        "hold conference",
        "carer",
        "foster",
        "carer foster",
        "stop",
    ]


def test_phrases_keep_hyphenated_words_and_drop_possessives():
    assert phrases("The council's multi-agency hub") == ["multi-agency", "hub", "multi-agency hub"]


def test_keywords_are_spelled_with_the_possessives_people_wrote():
    texts = ["Her friend's family took him in.", "A friend's family, then friends' families, then a carer's home."]
    wanted = ["friend family", "carer home", "family"]
    assert surface_forms(texts, wanted) == {
        "friend family": "friend's family",
        "carer home": "carer's home",
        "family": "family",
    }
    assert surface_forms(["It's the carers' views we're after"], ["carer view"]) == {"carer view": "carers' views"}


def test_keywords_are_never_letters_written_onto_a_number():
    texts = ["Chats after 8pm doubled.", "Night chats after 10pm, chats at 9pm."]
    assert surface_forms(texts, ["pm", "chat", "night chat"]) == {"chat": "chats", "night chat": "night chats"}


def test_pick_terms_prefers_a_phrase_over_its_own_words():
    ranked = [("conferences", 1.0), ("child protection conferences", 0.7), ("hybrid", 0.5)]
    assert pick_terms(ranked, 3) == ["child protection conferences", "hybrid"]


def test_pick_terms_keeps_a_word_when_its_phrase_scores_much_lower():
    ranked = [("wellbeing", 1.0), ("stress", 0.5), ("wellbeing sessions", 0.3)]
    assert pick_terms(ranked, 2) == ["wellbeing", "stress"]


def test_pick_terms_joins_overlapping_phrases_found_in_the_text():
    ranked = [("child protection conferences", 1.0), ("hybrid child protection", 0.9)]
    assert pick_terms(ranked, 3, attested=lambda phrase: True) == ["hybrid child protection conferences"]
    assert pick_terms(ranked, 3) == ["child protection conferences", "hybrid child protection"]


def test_pick_terms_never_lets_a_longer_phrase_replace_a_much_better_one():
    ranked = [("family time", 3.0), ("video", 1.4), ("video family time", 1.4)]
    assert pick_terms(ranked, 3) == ["family time", "video"]


def test_theme_label_never_shows_a_word_twice_or_a_word_and_its_derivative():
    assert theme_label(["care", "carer", "contact"]) == "care · contact"
    assert theme_label(["foster carers", "experienced carers", "evenings"]) == "foster carers · evenings"
    assert theme_label(["education", "educational psychologist", "pupils"]) == "education · pupils"


def _described(texts, scored):
    terms = np.array(list(scored), dtype=object)
    return describe(np.array(list(scored.values())), terms, texts)


def test_keywords_leave_out_generic_words_verbs_and_terms_only_one_member_uses():
    texts = [
        "We agreed that parents need digital signatures on plans.",
        "Digital signatures were agreed, as families need them.",
        "Parents need digital signatures and we agreed a secure link.",
        "Digital signatures arrived; DocuSign was agreed.",
    ]
    scored = {"agree": 3.0, "need": 2.5, "docusign": 2.4, "digital signature": 2.0, "secure link": 1.0}
    assert _described(texts, scored) == ["digital signatures"]


def test_a_mixed_theme_is_named_by_the_two_phrases_most_members_use():
    texts = [
        "Family time by video, with foster carers helping.",
        "Family time moved online for brothers and sisters.",
        "Adopters joined recruitment evenings at home.",
        "A contact centre closed, so evenings moved online.",
        "Foster carers and the contact centre agreed plans.",
        "Schools sent weekly packs home.",
    ]
    scored = {"evening": 3.0, "family time": 1.0, "foster carer": 0.9, "contact centre": 0.8}
    keywords = _described(texts, scored)
    assert keywords[:2] == ["family time", "foster carers"]
    assert theme_label(keywords).startswith("family time · foster carers")


def _true_labels(docs):
    return np.array([doc_id // 100 - 1 for doc_id, _ in docs])


def test_refine_by_profiles_moves_a_misplaced_nomination_to_the_theme_whose_words_it_shares():
    weights = term_weights(term_counts([text for _, text in DOCS])[0])
    labels = _true_labels(DOCS)
    misplaced = labels.copy()
    misplaced[0] = 1  # a conference nomination put among the digital signatures
    assert refine_by_profiles(weights, misplaced).tolist() == labels.tolist()
    assert refine_by_profiles(weights, labels).tolist() == labels.tolist()


def test_refine_by_profiles_never_empties_a_theme():
    docs = [DOCS[0], DOCS[6], DOCS[12], DOCS[13]]  # a theme of one is matched against nothing but itself
    weights = term_weights(term_counts([text for _, text in docs])[0])
    assert refine_by_profiles(weights, np.array([0, 1, 2, 2])).tolist() == [0, 1, 2, 2]


def test_an_outlier_joins_a_theme_instead_of_taking_the_place_of_one():
    outlier = (999, "The mobile library van brought books to the estate every Saturday morning.")
    themes = themes_suggest([*DOCS, outlier], n_themes=4)
    found = {frozenset(theme.member_ids) - {999} for theme in themes}
    assert found == TRUE_GROUPS
