"""Every PDF the service makes is tagged (PDF/UA-1): a screen reader can read it in order."""

import base64
import io

from silverlinings.core.pdf import pdf_render
from tests.core.pdf_structure import pdf_structure


def _png() -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (11, 85, 99)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


DOT = _png()

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ignored</title></head><body>
<h1>Letter of recognition</h1>
<p>This letter recognises Sam Kaur.</p>
<img src="data:image/png;base64,{DOT}" alt="The partnership's logo">
<ul><li>One</li><li>Two</li></ul>
<table><thead><tr><th>Authority</th><th>Nominations</th></tr></thead><tbody><tr><td>Kent</td><td>4</td></tr></tbody></table>
</body></html>"""


def test_a_rendered_pdf_is_tagged_pdf_ua_with_title_language_and_alt_text():
    structure = pdf_structure(pdf_render(PAGE, title="Letter of recognition: SL-0001"))

    assert structure.tagged is True
    assert structure.marked is True
    assert structure.pdfua_part == "1"
    assert structure.language == "en-GB"
    assert structure.title == "Letter of recognition: SL-0001"
    assert structure.display_title is True
    assert structure.figure_alts == ["The partnership's logo"]
    assert structure.images == 1
    for role in ["Document", "H1", "P", "Figure", "L", "LI", "Table", "TH", "TD"]:
        assert role in structure.roles, role


def test_a_rendered_pdf_takes_the_language_it_is_given():
    structure = pdf_structure(pdf_render("<p>Diolch</p>", title="Llythyr", lang="cy"))

    assert (structure.language, structure.title) == ("cy", "Llythyr")


def test_a_rendered_pdf_fetches_nothing_from_the_network_and_keeps_the_alt_text():
    data = pdf_render('<p>Logo</p><img src="http://127.0.0.1:9/logo.png" alt="Logo">', title="Letter")

    assert (pdf_structure(data).images, pdf_structure(data).figure_alts) == (0, ["Logo"])
