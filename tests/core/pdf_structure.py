"""Reads what assistive technology reads in a PDF: its tags, language, title and figures' alt text."""

import io
from dataclasses import dataclass, field


@dataclass
class PdfStructure:
    tagged: bool
    marked: bool
    language: str
    title: str
    display_title: bool
    pdfua_part: str
    roles: list[str] = field(default_factory=list)
    figure_alts: list[str] = field(default_factory=list)
    images: int = 0


def _walk(element, roles: list[str], alts: list[str], depth: int = 0) -> None:
    import pikepdf

    if depth > 200 or not isinstance(element, pikepdf.Dictionary):
        return
    role = element.get("/S")
    if role is not None:
        roles.append(str(role)[1:])
        if str(role) == "/Figure":
            alts.append(str(element.get("/Alt", "")))
    kids = element.get("/K")
    if isinstance(kids, pikepdf.Array):
        for kid in kids:
            _walk(kid, roles, alts, depth + 1)
    elif kids is not None:
        _walk(kids, roles, alts, depth + 1)


def pdf_structure(data: bytes) -> PdfStructure:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        roles: list[str] = []
        alts: list[str] = []
        tree = root.get("/StructTreeRoot")
        if tree is not None:
            _walk(tree, roles, alts)
        with pdf.open_metadata() as xmp:
            title = str(xmp.get("dc:title", ""))
            part = str(xmp.get("pdfuaid:part", ""))
        viewer = root.get("/ViewerPreferences", {})
        return PdfStructure(
            tagged=tree is not None,
            marked=bool(root.get("/MarkInfo", {}).get("/Marked", False)),
            language=str(root.get("/Lang", "")),
            title=title,
            display_title=bool(viewer.get("/DisplayDocTitle", False)),
            pdfua_part=part,
            roles=roles,
            figure_alts=alts,
            images=sum(len(page.get_images()) for page in pdf.pages),
        )
