import pytest

from silverlinings.core.filenames import filename_clean

BIDI = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.mark.parametrize("control", BIDI)
def test_filename_clean_strips_each_bidi_control(control):
    assert filename_clean(f"invoice{control}xcod.docx") == "invoicexcod.docx"


def test_filename_clean_strips_every_control_character():
    controls = "".join(chr(code) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
    assert filename_clean(f"Kent{controls} nominations.docx") == "Kent nominations.docx"


def test_filename_clean_strips_other_invisible_characters():
    assert filename_clean("Kent\u200b\u200e\u2028\ufeffform.docx") == "Kentform.docx"


def test_filename_clean_keeps_letters_of_any_language():
    assert filename_clean("Évaluation — دراسة.docx") == "Évaluation — دراسة.docx"


def test_filename_clean_drops_folders():
    assert filename_clean("C:\\Users\\sam\\..\\form.docx") == "form.docx"
    assert filename_clean("../../etc/passwd") == "passwd"


def test_filename_clean_keeps_the_extension_when_shortening():
    assert filename_clean("a" * 300 + ".docx", limit=20) == "a" * 15 + ".docx"


def test_filename_clean_of_nothing_left_is_the_default():
    assert filename_clean("\u202e\x00") == "file"
