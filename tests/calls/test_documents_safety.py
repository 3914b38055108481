"""Files that are not a readable .docx are refused with a message saying what to do instead, never a crash.

Every bad file is made here in code.
"""

import io
import random
import struct
import zipfile

import pytest

from silverlinings.calls.documents import MAX_BYTES, DocumentRefused, FormRead, document_read
from silverlinings.calls.documents.safety import MAX_ENTRIES, MAX_UNPACKED_BYTES
from tests.calls.docs.forms import ANSWERS, SPECS, blank_form, fill_in, part, with_part, zipped

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
AGAIN = "then upload it again."
DAMAGED = f"‘nomination.docx’ is damaged and could not be opened. Open it in Word, save it as a new .docx, {AGAIN}"
UNSAFE = f"‘nomination.docx’ contains content we cannot read safely. Open it in Word, save it as a new .docx, {AGAIN}"
TOO_BIG_UNPACKED = (
    "‘nomination.docx’ is too large to read once unpacked. "
    f"Save a copy in Word without large pictures or embedded files, {AGAIN}"
)


def refusal(data: bytes, filename: str = "nomination.docx") -> str:
    with pytest.raises(DocumentRefused) as caught:
        document_read(data=data, filename=filename, headings=SPECS)
    return caught.value.message


def good() -> bytes:
    return fill_in(blank_form(), ANSWERS)


def test_refused_empty_file():
    assert refusal(b"") == f"‘nomination.docx’ is empty. Check you chose the right file, {AGAIN}"


def test_refused_file_over_10_mb():
    assert MAX_BYTES == 10 * 1024 * 1024
    data = good()
    data += b"\0" * (MAX_BYTES + 1 - len(data))
    assert refusal(data) == (
        f"‘nomination.docx’ is larger than 10 MB. Save a copy without large pictures or embedded files, {AGAIN}"
    )


def test_refused_word_97_2003_document():
    data = OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 4096
    assert refusal(data, "nomination.doc") == (
        f"‘nomination.doc’ is a Word 97–2003 document (.doc). Open it in Word and save it as a .docx, {AGAIN}"
    )


def test_refused_old_document_renamed_docx_is_still_called_a_doc():
    assert refusal(OLE + b"\0" * 1024).startswith("‘nomination.docx’ is a Word 97–2003 document (.doc).")


def test_refused_password_protected_document():
    data = OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 4096
    assert refusal(data) == (
        "‘nomination.docx’ is protected with a password. "
        f"Open it in Word, remove the password (File, Info, Protect document) and save it, {AGAIN}"
    )


def test_refused_pdf():
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
    assert refusal(data, "nomination.pdf") == (
        "‘nomination.pdf’ is a PDF. Upload the Word document (.docx) it was made from instead, "
        "or copy your answers into the nomination form from the call page and upload that."
    )


def test_refused_rich_text_file():
    assert refusal(b"{\\rtf1\\ansi Hello}", "nomination.rtf") == (
        f"‘nomination.rtf’ is a Rich Text Format document (.rtf). Open it in Word and save it as a .docx, {AGAIN}"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"Title of the innovation\nHybrid conferences\n",
        "Title of the innovation\r\nTeams at the café in Brighton & Hove\r\n".encode("cp1252"),
        "Title of the innovation\n".encode("utf-16"),
    ],
)
def test_refused_text_file_renamed_docx(data):
    assert refusal(data) == (
        "‘nomination.docx’ is a text file, not a Word document. "
        f"Copy its text into the nomination form, save that as a .docx, {AGAIN}"
    )


def test_refused_other_binary_file():
    png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4
    assert refusal(png) == f"‘nomination.docx’ is not a Word document. Open it in Word and save it as a .docx, {AGAIN}"


def test_refused_zip_bomb_by_its_declared_size():
    bomb = zipped({"word/document.xml": part(good(), "word/document.xml"), "word/media/a.bin": b"\0" * (51 << 20)})
    assert len(bomb) < 200_000
    assert refusal(bomb) == TOO_BIG_UNPACKED


def test_refused_zip_bomb_by_its_compression_ratio():
    bomb = with_part(good(), "word/document.xml", b"<w:document>" + b" " * (5 << 20) + b"</w:document>")
    assert len(bomb) < MAX_UNPACKED_BYTES // 100
    assert refusal(bomb) == TOO_BIG_UNPACKED


def test_refused_zip_with_too_many_parts():
    files = {f"word/media/image{index}.png": b"x" for index in range(MAX_ENTRIES + 1)}
    files["word/document.xml"] = part(good(), "word/document.xml")
    assert refusal(zipped(files)) == (
        "‘nomination.docx’ has too many parts to be a Word document we can read. "
        f"Open it in Word, save it as a new .docx, {AGAIN}"
    )


def lying_about_size(data: bytes, name: str, size: int) -> bytes:
    """A copy of a zip whose central directory declares `size` bytes for entry `name`."""
    patched, position = bytearray(data), 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:
        length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + length] == name.encode():
            struct.pack_into("<I", patched, position + 24, size)
        position += 4
    return bytes(patched)


def test_refused_zip_that_understates_a_size_is_stopped_while_reading():
    assert refusal(lying_about_size(good(), "word/document.xml", 100)) == DAMAGED


def test_read_zip_that_overstates_a_size_within_the_limits():
    forms = document_read(data=lying_about_size(good(), "word/document.xml", 20_000), filename="a.docx", headings=SPECS)
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_refused_zip_that_is_not_a_word_document():
    assert refusal(zipped({"notes.txt": b"Title of the innovation"}), "nominations.zip") == (
        "‘nominations.zip’ is a zip file, not a Word document. "
        "Unzip it and upload the Word documents (.docx) inside it instead."
    )


def test_refused_opendocument_text():
    odt = zipped({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document/>"})
    assert refusal(odt, "nomination.odt") == (
        "‘nomination.odt’ is an OpenDocument text file (.odt). "
        f"Open it in LibreOffice or Word and save it as a Word document (.docx), {AGAIN}"
    )


def test_refused_spreadsheet():
    xlsx = zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    assert refusal(xlsx, "nominations.xlsx") == (
        "‘nominations.xlsx’ is a spreadsheet, not a Word document. "
        f"Download the nomination form from the call page, fill it in, {AGAIN}"
    )


XXE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    b"<w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"
)


def test_refused_external_entity_in_the_document():
    assert refusal(with_part(good(), "word/document.xml", XXE)) == UNSAFE


def test_refused_entity_expansion_in_styles():
    laughs = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    laughs += b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:styles>'
    assert refusal(with_part(good(), "word/styles.xml", laughs)) == UNSAFE


def test_refused_dtd_in_a_part_that_is_not_read():
    core = b'<?xml version="1.0"?><!DOCTYPE cp:coreProperties SYSTEM "http://example.org/x.dtd"><cp:coreProperties/>'
    assert refusal(with_part(good(), "docProps/core.xml", core)) == UNSAFE


def test_refused_dtd_hidden_after_a_long_comment():
    hidden = b'<?xml version="1.0"?><!--' + b"x" * 10_000 + b"-->" + XXE.split(b"?>", 1)[1]
    assert refusal(with_part(good(), "word/document.xml", hidden)) == UNSAFE


def test_refused_dtd_in_utf_16():
    utf_16 = XXE.decode().replace("UTF-8", "UTF-16").encode("utf-16")
    assert refusal(with_part(good(), "word/document.xml", utf_16)) == UNSAFE


def test_read_docx_with_an_empty_part_it_does_not_need():
    forms = document_read(data=with_part(good(), "customXml/item1.xml", b""), filename="a.docx", headings=SPECS)
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_refused_empty_document_part():
    assert refusal(with_part(good(), "word/document.xml", b"")) == DAMAGED


def test_refused_truncated_docx():
    data = good()
    assert refusal(data[: len(data) // 2]) == DAMAGED


def test_refused_document_that_is_not_xml():
    assert refusal(with_part(good(), "word/document.xml", b"<w:document><w:body><w:p>")) == DAMAGED


def test_refused_document_with_another_root():
    assert refusal(with_part(good(), "word/document.xml", b"<html><body>Hello</body></html>")) == DAMAGED


def test_refused_message_names_the_file_without_its_folders():
    assert refusal(b"", "C:\\Users\\sam\\Documents\\nomination.docx").startswith("‘nomination.docx’ is empty.")
    assert refusal(b"", "").startswith("This file is empty.")


def test_read_docx_with_a_non_default_main_part_name():
    data = good()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["word/main.xml"] = files.pop("word/document.xml")
    files["_rels/.rels"] = files["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    files["word/_rels/main.xml.rels"] = files.pop("word/_rels/document.xml.rels")
    forms = document_read(data=zipped(files), filename="nomination.docx", headings=SPECS)
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_read_never_crashes_on_damaged_bytes():
    data, rng = good(), random.Random(2026)
    outcomes = set()
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        try:
            document_read(data=bytes(damaged), filename="nomination.docx", headings=SPECS)
            outcomes.add("read")
        except DocumentRefused as refused:
            outcomes.add(refused.message)
    assert DAMAGED in outcomes


def test_read_never_crashes_on_damaged_xml():
    data, rng = good(), random.Random(7)
    xml = part(data, "word/document.xml")
    pieces = b"<w:p> </w:p> <w:tbl> <w:tc> <w:r> <w:t> </w:body> \xff\xfe &amp; ]]> <!-- <?x".split(b" ")
    for _ in range(150):
        cut = rng.randrange(len(xml))
        damaged = xml[:cut] + rng.choice(pieces) + xml[cut + rng.randrange(3) :]
        try:
            forms = document_read(data=with_part(data, "word/document.xml", damaged), filename="a.docx", headings=SPECS)
        except DocumentRefused as refused:
            assert refused.message == "‘a.docx’" + DAMAGED.removeprefix("‘nomination.docx’")
        else:
            assert all(isinstance(form, FormRead) for form in forms)
