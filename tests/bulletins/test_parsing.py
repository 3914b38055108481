"""Importing past weekly updates: the published ones and the ones written in their style, read exactly as
expected; every line accounted for; odd shapes of each part; size and speed."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silverlinings.bulletins.parsing import UpdateRefused, update_parse, update_text_from_upload
from silverlinings.core.richtext import markdown_errors, markdown_to_html

from .expected import UPDATES, expected, figures, hard_pastes, read, reading


def placed_lines(issue) -> list[int]:
    """Every line number the reading gives a place, once per place it is given."""
    numbers = []
    for item in issue.items + issue.reminders:
        numbers += item.lines
    for entry in issue.resources + issue.network_meetings + issue.contacts:
        numbers += entry.lines
    numbers += [b.line for b in issue.boilerplate]
    for unplaced in issue.unplaced:
        numbers += unplaced.lines
    return numbers


INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def non_blank_lines(text: str) -> list[int]:
    """Lines a reader sees something on: a line of only invisible characters (a soft hyphen) is blank."""
    return [
        n
        for n, line in enumerate(text.splitlines(), start=1)
        if line.translate(INVISIBLE).replace("\u00a0", " ").strip()
    ]


@pytest.mark.parametrize("path", UPDATES, ids=lambda p: p.stem)
def test_update_is_read_as_written_by_hand(path):
    want, got = expected(path), reading(read(path))
    for key in ("number", "date", "items", "reminders", "resources", "network_meetings", "contacts"):
        assert got[key] == want[key], key
    assert [text[: len(prefix)] for text, prefix in zip(got["unplaced"], want["unplaced"], strict=True)] == want[
        "unplaced"
    ]
    pairs = zip(got["boilerplate"], want["boilerplate"], strict=True)
    assert [[kind, text[: len(prefix)]] for (kind, text), (_, prefix) in pairs] == want["boilerplate"]


@pytest.mark.parametrize("path", UPDATES, ids=lambda p: p.stem)
def test_every_non_blank_line_ends_up_in_exactly_one_place(path):
    text = update_text_from_upload(path.read_bytes())
    issue = update_parse(text)
    numbers = placed_lines(issue)
    assert sorted(numbers) == non_blank_lines(text)
    assert len(numbers) == len(set(numbers))


@pytest.mark.parametrize("path", UPDATES, ids=lambda p: p.stem)
def test_imported_text_is_markdown_that_pages_accept(path):
    issue = read(path)
    for item in issue.items + issue.reminders:
        assert markdown_errors(item.body) == []
        assert markdown_errors(item.action_required) == []


def test_figures_on_the_whole_set():
    rows = figures(UPDATES)
    assert rows["all fields"] == (657, 657)
    assert rows["items (every field right)"] == (26, 26)
    assert rows["reminders (every field right)"] == (14, 14)
    assert rows["resources (every field right)"] == (67, 67)
    assert rows["contacts (every field right)"] == (36, 36)
    assert rows["network_meetings (every field right)"] == (9, 9)


FRAGMENTS = [
    "UPDATE NO 429 13 November 2020",
    "Update No. 12, 1 May 2020",
    "Action Required:",
    "Action required – reply by Friday",
    "Reminders from previous weeks",
    "Tools & Templates",
    "Contact Details",
    "Network meetings",
    "  • a bullet",
    "1. a numbered point",
    "A short headline",
    "A sentence that ends with a full stop.",
    "Guidance published by DfE on 2 November 2020",
    "Title – Publisher – March 2021",
    "SESLI Programme Manager: Richard Tyndall (South East Sector-Led Improvement Programme)",
    "Email: someone@example.org | Tel: 07880 787007",
    "AD Education Network: 12 March 2021 – contact Chris Owen",
    "Contact: Chris Owen",
    "Unsubscribe",
    "The full report is here",
    "Newsletters A teaser […]",
    "\u00a0\u00a0",
    "ChildrenÃ¢â‚¬â„¢s",
    "x" * 300,
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.just(""), st.text(max_size=40)), max_size=60))
def test_any_paste_places_every_line_once(lines):
    text = "\n".join(lines)
    issue = update_parse(text)
    numbers = placed_lines(issue)
    assert sorted(numbers) == non_blank_lines(text)


def test_a_paste_of_five_megabytes_is_refused_before_it_is_read():
    update = UPDATES[0].read_bytes() + b"\n"
    text = update_text_from_upload(update * (5_300_000 // len(update)))
    with pytest.raises(UpdateRefused) as refused:
        update_parse(text)
    assert len(text.encode()) > 5_000_000
    assert refused.value.message == (
        f"The text is too long to be one weekly update ({len(text):,} characters). "
        "Paste or upload one update at a time: an update is usually under 50,000 characters"
    )


HARD_PASTES = hard_pastes()


@pytest.mark.slow
@pytest.mark.parametrize("name", HARD_PASTES)
def test_the_largest_paste_allowed_is_read_whole(name):
    # How long each takes is measured in bench/bench_bulletins.py (the same pastes), not asserted here.
    text = HARD_PASTES[name]
    issue = update_parse(text)
    assert len(placed_lines(issue)) == len(non_blank_lines(text))


@pytest.mark.parametrize(
    ("masthead", "number", "day"),
    [
        ("UPDATE NO 429 13 November 2020", 429, date(2020, 11, 13)),
        ("UPDATE NO 452 – 4th March 2021", 452, date(2021, 3, 4)),
        ("Update No. 401, 1 May 2020", 401, date(2020, 5, 1)),
        ("UPDATE NO: 388 Friday 31st January 2020", 388, date(2020, 1, 31)),
        ("Update no 12 - 03/04/2020", 12, date(2020, 4, 3)),
        ("UPDATE NO 339 1st Feb 2019", 339, date(2019, 2, 1)),
        ("update no. 500 — 2022-01-07", 500, date(2022, 1, 7)),
    ],
)
def test_masthead_in_its_several_forms(masthead, number, day):
    issue = update_parse(f"{masthead}\n\n\nA headline\n\n\nThe text.")
    assert (issue.number, issue.date) == (number, day)
    assert issue.warnings == []


def test_missing_masthead_is_a_warning_and_nothing_is_lost():
    issue = update_parse("A headline\n\n\nThe text of the item.\n\nAction Required:\n\nDo it.")
    assert (issue.number, issue.date) == (None, None)
    assert issue.warnings == ["No ‘UPDATE NO … date’ line was found: enter the number and date by hand."]
    assert [(i.headline, i.body, i.action_required) for i in issue.items] == [
        ("A headline", "The text of the item.", "Do it.")
    ]


def test_masthead_without_a_date_and_a_second_update_pasted_are_warnings():
    issue = update_parse("UPDATE NO 430\n\n\nOne\n\n\nText.\n\n\nUPDATE NO 431 20 November 2020\n\n\nTwo\n\n\nMore.")
    assert issue.number == 430
    assert issue.warnings == [
        "The date of update 430 could not be read from line 1.",
        "Line 10 names update 431, but the text starts as update 430: check that only one update was pasted.",
    ]


def test_text_before_the_masthead_and_between_items_is_shown_not_dropped():
    text = "View online\nForwarded message\n\nUPDATE NO 1 1 May 2020\n\n\nsome words in lower case\n\n\n"
    text += "Headline\n\n\nBody."
    issue = update_parse(text)
    assert [(u.text, u.lines, u.reason) for u in issue.unplaced] == [
        ("View online\nForwarded message", [1, 2], "Text before the update’s masthead"),
        ("some words in lower case", [7], "Text that does not follow a headline"),
    ]
    assert [i.headline for i in issue.items] == ["Headline"]


def test_action_required_empty_at_the_end_and_text_on_its_line():
    text = "UPDATE NO 1 1 May 2020\n\n\nOne\n\n\nBody one.\n\nAction Required:\n\n\n"
    text += "Two\n\n\nBody two.\n\nACTION REQUIRED: reply."
    issue = update_parse(text)
    assert [(i.headline, i.body, i.action_required) for i in issue.items] == [
        ("One", "Body one.", ""),
        ("Two", "Body two.", "reply."),
    ]


def test_upload_in_other_encodings():
    text = "UPDATE NO 1 1 May 2020\n\n\nChildren’s services – £2m\n\n\nBody."
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("cp1252")):
        assert update_parse(update_text_from_upload(data)).items[0].headline == "Children’s services – £2m"


@pytest.mark.parametrize("errors", ["replace", "surrogateescape"])
def test_windows_1252_mojibake_is_repaired_line_by_line(errors):
    headline = "Children’s services – “new normal” for £2m"
    misread = headline.encode().decode("cp1252", errors).replace("\udc9d", "\x9d")
    text = f"UPDATE NO 1 1 May 2020\n\n\n{misread}\n\n\nThe café’s menu"
    issue = update_parse(text)
    assert issue.items[0].headline == headline
    assert issue.items[0].body == "The café’s menu"


def test_imported_text_shows_as_typed_on_the_page():
    text = (
        "UPDATE NO 1 1 May 2020\n\n\nA headline\n\n\n"
        "Use *this* form_name, see [1] & &copy; <script>alert(1)</script> `code` C:\\path\n\n"
        "• a bullet with _underscores_\n\n"
        "Action Required:\n\n[here](javascript:alert(1))"
    )
    item = update_parse(text).items[0]
    assert item.body == (
        "Use \\*this\\* form\\_name, see \\[1\\] & \\&copy; \\<script>alert(1)\\</script> \\`code\\` C:\\\\path\n\n"
        "- a bullet with \\_underscores\\_"
    )
    assert markdown_to_html(item.body) == (
        '<p class="govuk-body">Use *this* form_name, see [1] &amp; &amp;copy; &lt;script&gt;alert(1)&lt;/script&gt; '
        "`code` C:\\path</p>\n"
        '<ul class="govuk-list govuk-list--bullet">\n<li>a bullet with _underscores_</li>\n</ul>'
    )
    assert markdown_to_html(item.action_required) == '<p class="govuk-body">[here](javascript:alert(1))</p>'
    assert markdown_errors(item.body) == markdown_errors(item.action_required) == []
