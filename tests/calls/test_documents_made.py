"""How a returned file was made, first met in documents 366–377 of tests/data/returns/: XML that Word's own
typing does not give (fields, tracked row deletions, parts imported with altChunk). Plain tests: no database."""

import pytest
from docx import Document

from silverlinings.calls.documents import DocumentRefused, document_read
from tests.calls.docs.forms import SPECS, saved
from tests.data.returns.build import ALT, RAW, _add
from tests.data.returns.documents_366_371 import field, para, table


def read(*blocks):
    document = Document()
    for block in blocks:
        _add(document, block)
    return document_read(data=saved(document), filename="nomination.docx", headings=SPECS)


def test_an_email_given_only_in_a_hyperlink_fields_instruction_is_written_after_the_name():
    (form,) = read(
        ("b", "Contact"),
        RAW(para(field('HYPERLINK "mailto:tom.reilly@kent.example.gov.uk"', "Tom Reilly"), ", Support Worker")),
    )
    assert form.answers["contact"]["email"] == "tom.reilly@kent.example.gov.uk"
    assert form.answers["contact"]["name"] == "Tom Reilly"


def test_a_table_row_deleted_under_tracked_changes_is_left_out_even_with_its_text_unmarked():
    deleted = '<w:del w:id="1" w:author="A" w:date="2026-11-19T09:00:00Z"/>'
    (form,) = read(
        RAW(
            table(
                ["Title of the innovation", "Old title"],
                ["Title of the innovation", "New title"],
                ["Authority", "Kent"],
                row_props={0: deleted},
            )
        )
    )
    assert form.answers["title"] == "New title"
    assert "title" not in form.flagged


def test_a_page_imported_as_html_with_alt_chunk_is_read_in_its_place():
    page = (
        "<html><head><title>Export</title><script>var a = 'Authority';</script></head><body>"
        "<h2>Title of the innovation</h2><p>Family group conferences</p>"
        "<table><tr><td>Authority</td><td>Kent</td></tr></table></body></html>"
    )
    (form,) = read(("p", "Exported from the case system"), ALT(page))
    assert form.answers["title"] == "Family group conferences"
    assert form.answers["authority"] == "Kent"


def test_a_part_imported_in_rtf_is_refused_with_a_message_saying_so():
    with pytest.raises(DocumentRefused) as caught:
        read(("b", "Title of the innovation"), ("p", "Family group conferences"), ALT(r"{\rtf1 Kent}", "rtf"))
    assert "imported RTF part" in caught.value.message


def test_a_page_imported_with_characters_xml_cannot_hold_is_read_without_them():
    page = "<p>Title of the innovation</p><p>Family\x01 group conferences<br>in Kent"
    (form,) = read(("p", "Exported"), ALT(page))
    assert form.answers["title"] == "Family group conferences\nin Kent"
