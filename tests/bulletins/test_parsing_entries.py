"""The parts of an update one line at a time: dates, Tools & Templates entries, meetings and contacts."""

from datetime import date

import pytest

from silverlinings.bulletins.parsing import Line, update_lines
from silverlinings.bulletins.parsing_dates import FUTURE, PAST, dates_in, whole_date
from silverlinings.bulletins.parsing_entries import contacts_parse, meetings_parse, resource_parse

ISSUE = date(2020, 11, 13)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13 November 2020", date(2020, 11, 13)),
        ("06 September 2019", date(2019, 9, 6)),
        ("4th March 2021", date(2021, 3, 4)),
        ("Friday 31st January 2020", date(2020, 1, 31)),
        ("Wednesday, 2 December 2020", date(2020, 12, 2)),
        ("February 1, 2019", date(2019, 2, 1)),
        ("13 Nov. 2020", date(2020, 11, 13)),
        ("Sept 3 2019", date(2019, 9, 3)),
        ("31/01/2020", date(2020, 1, 31)),
        ("3.4.21", date(2021, 4, 3)),
        ("2019-01-28", date(2019, 1, 28)),
        ("March 2021", None),
        ("2021", None),
        ("30 February 2020", None),
    ],
)
def test_whole_date_in_its_several_forms(text, value):
    found = whole_date(text, reference=ISSUE)
    assert (found.value, found.text) == (value, text)


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        ("21 October", PAST, date(2020, 10, 21)),
        ("20 November", PAST, date(2019, 11, 20)),
        ("20 November", FUTURE, date(2020, 11, 20)),
        ("Friday 12 March", FUTURE, date(2021, 3, 12)),
        ("13 November", PAST, date(2020, 11, 13)),
        ("13 November", FUTURE, date(2020, 11, 13)),
    ],
)
def test_date_without_a_year_takes_it_from_the_update(text, direction, value):
    assert whole_date(text, reference=ISSUE, direction=direction).value == value


def test_dates_in_a_sentence_and_not_in_other_numbers():
    found = dates_in("From 2020-2021, 212 nominations; meet on 4 May and 1st June 2021 (room 12/3).", reference=ISSUE)
    assert [(f.text, f.value) for f in found] == [("4 May", date(2020, 5, 4)), ("1st June 2021", date(2021, 6, 1))]


@pytest.mark.parametrize(
    ("line", "title", "publisher", "published", "published_text"),
    [
        ("Title – Publisher – March 2021", "Title", "Publisher", None, "March 2021"),
        (
            "Children’s social care: the way forward – Ofsted – 1 March 2021",
            "Children’s social care: the way forward",
            "Ofsted",
            date(2021, 3, 1),
            "1 March 2021",
        ),
        ("Census guide – DfE – February 1, 2019", "Census guide", "DfE", date(2019, 2, 1), "February 1, 2019"),
        ("Plan – 12 October 2020", "Plan", "", date(2020, 10, 12), "12 October 2020"),
        ("Survey – Wave 15, DfE, January 2021", "Survey – Wave 15", "DfE", None, "January 2021"),
        (
            "Advocacy in England – a report by the Children’s Commissioner",
            "Advocacy in England",
            "Children’s Commissioner",
            None,
            "",
        ),
        ("Model 2020 published by the DfE 4 November 2020", "Model 2020", "DfE", date(2020, 11, 4), "4 November 2020"),
        ("Guidance published by DfE on 21 October", "Guidance", "DfE", date(2020, 10, 21), "21 October"),
        (
            "Guidance for full opening of schools updated by DfE 22 October 2020",
            "Guidance for full opening of schools",
            "DfE",
            date(2020, 10, 22),
            "22 October 2020",
        ),
        (
            "Childhood Obesity report by NAO published 9 September 2020",
            "Childhood Obesity",
            "NAO",
            date(2020, 9, 9),
            "9 September 2020",
        ),
        (
            "National Tutoring Programme (NTP) launched on 2 November 2020",
            "National Tutoring Programme (NTP)",
            "",
            date(2020, 11, 2),
            "2 November 2020",
        ),
        (
            "Interim results (What Works Centre) published 15 August 2019",
            "Interim results",
            "What Works Centre",
            date(2019, 8, 15),
            "15 August 2019",
        ),
        (
            "Unregulated – Children in care published by the Children’s Commissioner 10 September 2020",
            "Unregulated – Children in care",
            "Children’s Commissioner",
            date(2020, 9, 10),
            "10 September 2020",
        ),
        (
            "Ofsted: interim phase – updated 12 January 2021",
            "Ofsted: interim phase",
            "",
            date(2021, 1, 12),
            "12 January 2021",
        ),
        (
            "The Good Childhood Report 2019 (The Children Society)",
            "The Good Childhood Report 2019",
            "The Children Society",
            None,
            "",
        ),
        ("Practice note (Youth Justice Board, July 2020)", "Practice note", "Youth Justice Board", None, "July 2020"),
        ("Framework (SESLIP, 2019-01-28)", "Framework", "SESLIP", date(2019, 1, 28), "2019-01-28"),
        ("Family Preservation Services (IFPS)", "Family Preservation Services (IFPS)", "", None, ""),
        ("Keeping children safe online (pdf, 2MB)", "Keeping children safe online", "", None, ""),
        (
            "A report by the Department for Education, Evaluation of regional adoption agencies",
            "Evaluation of regional adoption agencies",
            "Department for Education",
            None,
            "",
        ),
        (
            "Missing People has published research into return home interviews.",
            "research into return home interviews",
            "Missing People",
            None,
            "",
        ),
        ("The DfE Review of Children in Need is here.", "The DfE Review of Children in Need is here", "", None, ""),
        (
            "We have produced a plan which will underpin activities in 2020-2021",
            "We have produced a plan which will underpin activities in 2020-2021",
            "",
            None,
            "",
        ),
        (
            "This was published and then it was not by anyone",
            "This was published and then it was not by anyone",
            "",
            None,
            "",
        ),
    ],
)
def test_resource_in_its_several_shapes(line, title, publisher, published, published_text):
    resource = resource_parse(line, ISSUE)
    assert (resource.title, resource.publisher, resource.published, resource.published_text) == (
        title,
        publisher,
        published,
        published_text,
    )


def test_very_long_resource_line_is_kept_whole():
    line = "Report published by " + "word " * 200 + "1 May 2020"
    assert resource_parse(line, ISSUE).title == line


def lines(*texts) -> list[Line]:
    """Numbered and normalised as the importer reads a paste."""
    return update_lines("\n".join(texts))


def test_meetings_one_per_line_and_in_blocks():
    meetings, rest = meetings_parse(
        lines(
            "AD Education Network: 12 March 2021, 11 June 2021 – contact Chris Owen",
            "Tuesday 2nd February 2021 – Commissioners Network (contact Rebecca Eligon)",
            "QA Network (QA Leads): 17 June 2021 and 16 September 2021. Contact Mark Evans (details below).",
            "SEND SE19 Network",
            "  • Wednesday 23 September 2020",
            "  • 2 December",
            "Contact: Sheelagh Sullivan",
            "• a bullet with no date that belongs nowhere",
        ),
        ISSUE,
    )
    assert [(m.network, m.dates, m.contact, m.lines) for m in meetings] == [
        ("AD Education Network", [date(2021, 3, 12), date(2021, 6, 11)], "Chris Owen", [1]),
        ("Commissioners Network", [date(2021, 2, 2)], "Rebecca Eligon", [2]),
        ("QA Network (QA Leads)", [date(2021, 6, 17), date(2021, 9, 16)], "Mark Evans", [3]),
        ("SEND SE19 Network", [date(2020, 9, 23), date(2020, 12, 2)], "Sheelagh Sullivan", [4, 5, 6, 7]),
    ]
    assert [line.number for line in rest] == [8]


def test_contacts_in_their_several_shapes():
    contacts, rest = contacts_parse(
        lines(
            "SESLI Programme Manager: Richard Tyndall (South East Sector-Led Improvement Programme)",
            "07880 787007",
            "Education Network: Chris Owen",
            "Email: chris.owen@example.org | Tel: +44 7825 862330",
            "Luke Ede, Data Benchmarking",
            "E: luke.ede@example.org",
            "T: 01234 567 890 / 07925 148597",
            "Helen Watson – LGA Children’s Improvement Adviser – helen.watson@example.org – 07810 011892",
            "Rebecca Eligon",
            "Adoption; Fostering; Kinship and Early Help Regional Networks",
            "rebecca.eligon@example.org",
            "A sentence in the contacts that is not a contact at all.",
        )
    )
    assert [(c.name, c.role, c.organisation, c.email, c.phone, c.lines) for c in contacts] == [
        (
            "Richard Tyndall",
            "SESLI Programme Manager",
            "South East Sector-Led Improvement Programme",
            "",
            "07880 787007",
            [1, 2],
        ),
        ("Chris Owen", "Education Network", "", "chris.owen@example.org", "+44 7825 862330", [3, 4]),
        ("Luke Ede", "Data Benchmarking", "", "luke.ede@example.org", "01234 567 890 / 07925 148597", [5, 6, 7]),
        ("Helen Watson", "LGA Children’s Improvement Adviser", "", "helen.watson@example.org", "07810 011892", [8]),
        (
            "Rebecca Eligon",
            "Adoption; Fostering; Kinship and Early Help Regional Networks",
            "",
            "rebecca.eligon@example.org",
            "",
            [9, 10, 11],
        ),
    ]
    assert [line.number for line in rest] == [12]
