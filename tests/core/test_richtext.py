"""Text people write: the HTML pages and PDFs get, the plain text emails get, and what must be fixed first."""

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from silverlinings.core.richtext import link_allowed, markdown_errors, markdown_to_html, markdown_to_text, word_count

ALLOWED_TAGS = {"p", "ul", "ol", "li", "a", "em", "strong", "br"}
ALLOWED_ATTRIBUTES = {"class", "href", "rel", "start"}
NOT_ALLOWED = "which is not allowed. Use a web address starting https://"
REMOVE_HTML = "Text can only have paragraphs, lists, links and emphasis, written in Markdown"


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def assert_safe(html: str) -> None:
    for tag, attrs in elements(html):
        assert tag in ALLOWED_TAGS, html
        assert set(attrs) <= ALLOWED_ATTRIBUTES, html
        if "href" in attrs:
            assert attrs["href"].startswith(("https://", "http://", "mailto:")), html


def test_markdown_to_html_paragraphs_lists_links_emphasis():
    text = (
        "The report is *out* and **free**: [read the report](https://example.org/report).\n\n"
        "- one\n- two, email <richard.tyndall@example.org>\n\n"
        "3. third\n4. fourth"
    )
    assert markdown_to_html(text) == (
        '<p class="govuk-body">The report is <em>out</em> and <strong>free</strong>: '
        '<a href="https://example.org/report" class="govuk-link" rel="noopener noreferrer">read the report</a>.</p>\n'
        '<ul class="govuk-list govuk-list--bullet">\n<li>one</li>\n<li>two, email '
        '<a href="mailto:richard.tyndall@example.org" class="govuk-link" rel="noopener noreferrer">'
        "richard.tyndall@example.org</a></li>\n</ul>\n"
        '<ol start="3" class="govuk-list govuk-list--number">\n<li>third</li>\n<li>fourth</li>\n</ol>'
    )


def test_markdown_to_html_headings_quotes_code_and_rules_stay_as_typed():
    text = "# Heading\n\n> quoted\n\n    indented code\n\n`code` ~~struck~~\n\n---"
    assert markdown_to_html(text) == (
        '<p class="govuk-body"># Heading</p>\n<p class="govuk-body">&gt; quoted</p>\n'
        '<p class="govuk-body">indented code</p>\n<p class="govuk-body">`code` ~~struck~~</p>\n'
        '<p class="govuk-body">---</p>'
    )


def test_markdown_to_html_empty_text_is_empty():
    assert markdown_to_html("") == ""
    assert markdown_to_html(None) == ""


def test_markdown_to_html_disallowed_link_stays_text():
    assert markdown_to_html("[here](javascript:alert(1))") == '<p class="govuk-body">[here](javascript:alert(1))</p>'


LINK_PAYLOADS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](jav&#x61;script:alert(1))",
    "[x](jav&#97;script:alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x]( javascript:alert(1) )",
    "[x](\njavascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x][ref]\n\n[ref]: <javascript:alert(1)>",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "[x](vbscript:msgbox(1))",
    "[x](VBScript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](DATA:text/html,<script>alert(1)</script>)",
    "<data:text/html,alert(1)>",
    "[x](file:///etc/passwd)",
    "[x](ftp://example.org/file)",
]


@pytest.mark.parametrize("payload", LINK_PAYLOADS)
def test_dangerous_link_is_never_a_link_and_is_reported(payload):
    html = markdown_to_html(payload)
    assert "<a " not in html
    assert_safe(html)
    errors = markdown_errors(payload)
    assert len(errors) == 1
    assert errors[0].startswith("Link 1 uses ")
    assert errors[0].endswith(NOT_ALLOWED)


@pytest.mark.parametrize(
    ("payload", "scheme"),
    [
        ("[x](javascript:alert(1))", "javascript"),
        ("[x](jav&#x61;script:alert(1))", "javascript"),
        ("[x](javascript&colon;alert(1))", "javascript"),
        ("<VBSCRIPT:msgbox(1)>", "vbscript"),
        ("[x](data:text/html,hi)", "data"),
    ],
)
def test_markdown_errors_names_the_scheme_as_decoded(payload, scheme):
    assert markdown_errors(payload) == [f"Link 1 uses {scheme}:, {NOT_ALLOWED}"]


@pytest.mark.parametrize(
    "payload",
    [
        "[x](java%0ascript:alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x](//evil.example.org/)",
        "[x](/relative/page)",
        "[x](#top)",
    ],
)
def test_hidden_or_partial_address_is_not_a_link(payload):
    html = markdown_to_html(payload)
    assert "<a " not in html
    assert_safe(html)
    assert len(markdown_errors(payload)) == 1


def test_markdown_errors_counts_links_in_order():
    text = "[one](https://example.org) and [two](javascript:alert(1))\n\n- [three](www.example.org/page)"
    assert markdown_errors(text) == [
        f"Link 2 uses javascript:, {NOT_ALLOWED}",
        "Link 3 (www.example.org/page) is not a full web address. Start it with https://",
    ]


def test_markdown_errors_bad_mailto():
    assert markdown_errors("[email us](mailto:richard)") == [
        "Link 1 is not a full email address. Write it like mailto:name@example.org"
    ]


def test_markdown_errors_long_address_is_shortened():
    address = "www.example.org/" + "a" * 60
    assert markdown_errors(f"[x]({address})") == [
        f"Link 1 ({address[:37]}…) is not a full web address. Start it with https://"
    ]


HTML_PAYLOADS = [
    ("<script>alert(1)</script>", "<script>"),
    ("Hello <SCRIPT SRC=//evil.example.org/x.js></SCRIPT>", "<script>"),
    ("<style>body{display:none}</style>", "<style>"),
    ("<img src=x onerror=alert(1)>", "<img>"),
    ('<svg onload="alert(1)"><circle r="1"/></svg>', "<svg>, <circle>"),
    ('<iframe src="https://evil.example.org"></iframe>', "<iframe>"),
    ('Click <a href="javascript:alert(1)">here</a>', "<a>"),
    ('<p style="color:red" onclick="alert(1)">styled</p>', "<p>"),
    ('<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "<math>, <mi>"),
    ('<div onmouseover="alert(1)">hover</div>', "<div>"),
    ("<object data=x.swf></object><embed src=x.swf>", "<object>, <embed>"),
    ("<!-- <script>alert(1)</script> -->", "<script>"),
    ("<!-- a note to the editor -->", "an HTML comment"),
]


@pytest.mark.parametrize(("payload", "named"), HTML_PAYLOADS)
def test_raw_html_never_reaches_the_page_and_is_reported(payload, named):
    html = markdown_to_html(payload)
    assert_safe(html)
    assert [tag for tag, _ in elements(html)] == ["p"] * html.count("<p ")
    assert markdown_errors(payload) == [f"Remove the HTML ({named}). {REMOVE_HTML}"]


def test_raw_html_inside_a_link_is_escaped():
    html = markdown_to_html('[<img src=x onerror=alert(1)>](https://example.org/"onmouseover="alert(1))')
    assert_safe(html)
    assert 'onmouseover="' not in html


def test_picture_is_reported_not_shown():
    text = "Look: ![a chart](https://example.org/chart.png)"
    assert "<img" not in markdown_to_html(text)
    assert markdown_errors(text) == [
        "Remove picture 1 (the ![…](…) part). Pictures cannot go in the text: link to the page that shows it instead"
    ]


def test_autolinks_for_web_and_email_addresses():
    html = markdown_to_html("<https://example.org/a?b=1&c=2> or <a.person@example.org>")
    assert html == (
        '<p class="govuk-body"><a href="https://example.org/a?b=1&amp;c=2" class="govuk-link" '
        'rel="noopener noreferrer">https://example.org/a?b=1&amp;c=2</a> or '
        '<a href="mailto:a.person@example.org" class="govuk-link" rel="noopener noreferrer">'
        "a.person@example.org</a></p>"
    )
    assert markdown_errors("<https://example.org/a> <a.person@example.org>") == []


def test_text_without_problems_has_no_errors():
    assert markdown_errors("Plain *text* with [a link](https://example.org) and\n\n- a list") == []
    assert markdown_errors("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[]()<>!*_-:/\\&#;\"' \nabjsvcrptdx1.=@")), max_size=60))
def test_any_text_gives_only_allowed_tags_and_addresses(text):
    assert_safe(markdown_to_html(text))


def test_markdown_to_text_for_email():
    text = (
        "The report is *out*: [read the report](https://example.org/report).\n"
        "Second line of the paragraph.\n\n"
        "- one\n- two <https://example.org/two>\n  1. first\n  2. second\n\n"
        "3. third\n4. fourth [write to us](mailto:team@example.org)\n\n"
        "Last words, <script> kept as typed."
    )
    assert markdown_to_text(text) == (
        "The report is out: read the report (https://example.org/report).\n"
        "Second line of the paragraph.\n\n"
        "• one\n• two https://example.org/two\n  1. first\n  2. second\n\n"
        "3. third\n4. fourth write to us (team@example.org)\n\n"
        "Last words, <script> kept as typed."
    )


def test_markdown_to_text_item_over_two_lines_and_loose_list():
    assert markdown_to_text("- first line\n  continued\n\n- second\n\n  more about it") == (
        "• first line\n  continued\n• second\n  more about it"
    )


def test_word_count_counts_what_a_reader_sees():
    assert word_count("") == 0
    assert word_count("Read **the** [full report](https://example.org/a/very/long/address) now.") == 5
    assert word_count("- Children’s services\n- co-production\n\n1. e.g. one") == 6


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://example.org", True),
        ("http://example.org/a", True),
        ("HTTPS://EXAMPLE.ORG", True),
        ("mailto:a@example.org", True),
        ("https://", False),
        ("https:///path", False),
        ("mailto:nobody", False),
        ("javascript:alert(1)", False),
        ("www.example.org", False),
        (" https://example.org", False),
        ("https://exa\tmple.org", False),
        ("https://example.org/%0Ajavascript", False),
    ],
)
def test_link_allowed(url, allowed):
    assert link_allowed(url) is allowed
