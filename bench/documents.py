"""Returned documents for the import benchmark: the call's headings as Word headings, answered."""

import io
import random

from docx import Document

from silverlinings.calls.headings import Kind

SENTENCES = [
    "We moved the meeting online and kept the family visit in person.",
    "Attendance rose from 62% to 88% over two terms.",
    "Partners joined by video, which saved hours of travel each week.",
    "Carers told us the new arrangement suited them better.",
    "The change is now written into our procedures and budget.",
    "Staff had a short training session and a written guide.",
]


def _answer_lines(spec, rng: random.Random) -> list[str]:
    if spec.kind == Kind.ONE_CHOICE:
        return [rng.choice(spec.choices)]
    if spec.kind == Kind.SEVERAL_CHOICES:
        return [", ".join(rng.sample(list(spec.choices), 2))]
    if spec.kind == Kind.YES_NO:
        return ["Yes - Mosaic from Servelec"] if spec.follow_up and rng.random() < 0.3 else ["Yes"]
    if spec.kind == Kind.CONTACT:
        return ["Name: Sam Kaur", "Role: Team Manager", "Email: sam.kaur@example.org", "Telephone: 07700 900123"]
    if spec.kind == Kind.SHORT_TEXT:
        return [f"Innovation {rng.randint(1, 10_000)}"]
    return [" ".join(rng.sample(SENTENCES, 3)) for _ in range(rng.randint(1, 3))]


def filled_documents(specs, count: int, *, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    documents = []
    for _ in range(count):
        document = Document()
        document.add_heading("Silver Linings nomination form", level=1)
        for spec in specs:
            document.add_heading(spec.text, level=2)
            for line in _answer_lines(spec, rng):
                document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        documents.append(buffer.getvalue())
    return documents
