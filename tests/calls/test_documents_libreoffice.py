"""Documents written or saved by LibreOffice, converted here with `soffice --headless`."""

import shutil

import pytest

from silverlinings.calls.documents import DocumentRefused, FormRead, document_read
from tests.calls.docs.forms import ANSWERS, SPECS, blank_form, fill_in, own_document, soffice_convert

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def convert(tmp_path_factory):
    """convert(data, suffix, to) with one LibreOffice profile for the module (made on first use)."""
    folder = tmp_path_factory.mktemp("soffice")

    def run(data: bytes, suffix: str, to: str) -> bytes:
        return soffice_convert(data, suffix, to, folder, folder / "profile")

    return run


def read(data: bytes) -> list[FormRead]:
    return document_read(data=data, filename="nomination.docx", headings=SPECS)


def test_libreoffice_odt_saved_back_as_docx_reads_the_same_answers(convert):
    odt = convert(fill_in(blank_form(), ANSWERS), ".docx", "odt")
    assert read(convert(odt, ".odt", "docx")) == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_libreoffice_resaved_docx_with_marked_choices_reads_the_same_answers(convert):
    data = convert(fill_in(blank_form(), ANSWERS, choices="mark"), ".docx", "docx")
    assert read(data) == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


@pytest.mark.parametrize("heading", ["bold", "table"])
def test_libreoffice_resaved_own_document_reads_the_same_answers(convert, heading):
    data = convert(own_document(ANSWERS, heading=heading), ".docx", "docx")
    assert read(data) == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_libreoffice_blank_form_saved_back_is_all_blank(convert):
    forms = read(convert(convert(blank_form(), ".docx", "odt"), ".odt", "docx"))
    assert forms == [FormRead(answers={}, missing=[], blank=[spec.key for spec in SPECS], problems=[])]


def test_libreoffice_odt_uploaded_as_it_is_is_refused(convert):
    with pytest.raises(DocumentRefused) as refused:
        document_read(data=convert(blank_form(), ".docx", "odt"), filename="nomination.odt", headings=SPECS)
    assert refused.value.message == (
        "‘nomination.odt’ is an OpenDocument text file (.odt). "
        "Open it in LibreOffice or Word and save it as a Word document (.docx), then upload it again."
    )


def test_libreoffice_word_97_document_is_refused(convert):
    with pytest.raises(DocumentRefused) as refused:
        document_read(data=convert(blank_form(), ".docx", "doc"), filename="nomination.doc", headings=SPECS)
    assert refused.value.message == (
        "‘nomination.doc’ is a Word 97–2003 document (.doc). "
        "Open it in Word and save it as a .docx, then upload it again."
    )
