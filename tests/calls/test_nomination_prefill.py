"""A contributor's new nomination starts with who they are: from their account, better from their own last
nomination in any call, never from anyone else's; a returned document's contact is only the one it gives."""

import pytest

from silverlinings.calls.models import Call, Nomination
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db

ABOUT_THEM = ("authority", "organisation", "contact")


def about_them(nomination: Nomination) -> dict:
    answers = Nomination.objects.get(pk=nomination.pk).answers
    return {key: answers[key] for key in ABOUT_THEM if key in answers}


def start(call, person, **options) -> Nomination:
    return services.nomination_start(call=call, nominator=person, by=person, **options)


def test_a_new_nomination_starts_with_the_contributors_account():
    person = ContributorFactory(
        full_name="Ada Jones",
        email="ada.jones@surrey.example.org",
        authority=authority("E10000030"),
        organisation="Oak Tree School",
        job_title="Inclusion lead",
        phone="07700 900456",
    )

    nomination = start(make_call(), person)

    assert about_them(nomination) == {
        "authority": "Surrey",
        "organisation": "Oak Tree School",
        "contact": {
            "name": "Ada Jones",
            "role": "Inclusion lead",
            "email": "ada.jones@surrey.example.org",
            "phone": "07700 900456",
        },
    }
    assert Nomination.objects.get(pk=nomination.pk).authority.short_name == "Surrey"


def test_a_new_nomination_starts_with_the_contributors_own_last_nomination_in_another_call():
    person = ContributorFactory(full_name="Sam Kaur", email="sam@kent.example.org", authority=None)
    earlier = make_call(slug="earlier", title="Earlier call")
    contact = {"name": "Sam Kaur", "role": "Team Manager", "email": "sam.kaur@kent.example.org", "phone": "01622 000"}
    submitted_nomination(earlier, nominator=person, organisation="Maidstone Family Hub", contact=contact)

    nomination = start(make_call(), person)

    assert about_them(nomination) == {"authority": "Kent", "organisation": "Maidstone Family Hub", "contact": contact}


def test_the_most_recent_of_the_contributors_own_nominations_wins():
    person = ContributorFactory()
    call = make_call()
    submitted_nomination(call, nominator=person, organisation="First team")
    submitted_nomination(call, nominator=person, organisation="Second team", ons_code="E06000035")

    nomination = start(call, person)

    assert (about_them(nomination)["organisation"], about_them(nomination)["authority"]) == ("Second team", "Medway")


def test_nothing_comes_from_another_contributors_nomination():
    call = make_call()
    submitted_nomination(call, organisation="Someone else's team")  # Sam Kaur of Kent, another contributor
    person = ContributorFactory(full_name="Ada Jones", email="ada@surrey.example.org", authority=authority("E10000030"))

    nomination = start(call, person)

    assert about_them(nomination) == {
        "authority": "Surrey",
        "contact": {"name": "Ada Jones", "role": "", "email": "ada@surrey.example.org", "phone": ""},
    }


def test_the_contributor_can_change_what_was_filled_in():
    person = ContributorFactory(authority=authority("E10000030"))
    nomination = start(make_call(), person)

    services.nomination_save_answers(
        nomination=nomination, answers={"authority": "Kent", "organisation": "", "contact": {}}, by=person
    )

    assert about_them(nomination) == {"authority": "Kent", "organisation": "", "contact": {}}
    assert Nomination.objects.get(pk=nomination.pk).authority.short_name == "Kent"


def test_an_untouched_draft_is_still_given_back_though_it_starts_filled_in():
    person = ContributorFactory()
    call = make_call()
    first = start(call, person, start_token="6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a21")

    again = start(call, person, start_token="6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a22")

    assert about_them(first)["contact"]["email"] == person.email
    assert (again.pk, Nomination.objects.count()) == (first.pk, 1)


def test_an_authority_the_call_does_not_offer_is_left_for_the_contributor_to_choose():
    person = ContributorFactory(authority=None)
    earlier = make_call(slug="earlier")
    submitted_nomination(earlier, nominator=person)
    call = make_call()
    call.questions.filter(key="authority").update(choices=["Surrey", "Medway"])

    nomination = start(Call.objects.get(pk=call.pk), person)

    assert "authority" not in about_them(nomination)


def test_a_returned_document_never_takes_its_contact_from_the_person_who_uploaded_it():
    call = make_call()
    contributor, team = ContributorFactory(), ProgrammeTeamFactory()
    submitted_nomination(call, nominator=contributor)
    submitted_nomination(call, nominator=team)

    own_upload = services.nomination_start(call=call, nominator=contributor, by=contributor, channel="document")
    team_upload = services.nomination_start(call=call, nominator=contributor, by=team, channel="document")

    assert "contact" not in about_them(own_upload)
    assert "contact" not in about_them(team_upload)
