"""The sections of a showcase report, in the order a reader meets them. Pure: no database."""

from dataclasses import dataclass

from silverlinings.core.richtext import markdown_to_html, word_count

SUMMARY_WORD_LIMIT = 80
KEY_FIGURES = 3
QUOTES = 2


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    hint: str = ""
    word_limit: int | None = None
    rich: bool = True  # Markdown: paragraphs, lists, links and emphasis


SECTIONS = (
    Section(
        "headline", "Headline", "One line that says what changed, e.g. ‘Conferences on time rose to 93%’.", rich=False
    ),
    Section(
        "summary", "Summary", f"What a busy reader needs, in up to {SUMMARY_WORD_LIMIT} words.", SUMMARY_WORD_LIMIT
    ),
    Section("challenge", "The challenge"),
    Section("what_changed", "What changed"),
    Section("difference", "The difference it made"),
    Section("people", "What it took: people"),
    Section("time", "What it took: time"),
    Section("cost", "What it took: cost"),
    Section("technology", "What it took: technology"),
    Section("supplier", "Supplier", "Required when the innovation uses a proprietary product.", rich=False),
    Section("advice", "Advice for others"),
)
TEXT_KEYS = tuple(section.key for section in SECTIONS)
#: Sections a fact-checker can suggest corrections to.
CHECKED = (*SECTIONS, Section("key_figures", "Key figures"), Section("quotes", "Quotes"), Section("contact", "Contact"))


def html(content: dict, key: str) -> str:
    return markdown_to_html(content.get(key, ""))


def words(content: dict) -> list[tuple[str, int, int | None]]:
    """(section title, words, limit) for each section with text, for the writer's word counts."""
    counted = [(section.title, word_count(content.get(section.key, "")), section.word_limit) for section in SECTIONS]
    return [row for row in counted if row[1]]


def corrections_by_title(corrections: dict[str, str]) -> list[tuple[str, str]]:
    """A fact-checker's corrections under the titles of the sections they are about, in the report's order."""
    return [(section.title, corrections[section.key]) for section in CHECKED if corrections.get(section.key)]


def rendered(content: dict) -> dict:
    """What a page or a PDF shows: each text section as safe HTML, figures, quotes with consent, the contact."""
    return {
        "headline": content.get("headline", ""),
        "sections": {s.key: markdown_to_html(content.get(s.key, "")) for s in SECTIONS if s.rich},
        "supplier": content.get("supplier", ""),
        "key_figures": [f for f in content.get("key_figures", []) if f.get("number") and f.get("label")],
        "quotes": [q for q in content.get("quotes", []) if q.get("text") and q.get("consent")],
        "contact": content.get("contact", {}),
    }


def changed_sections(old: dict, new: dict) -> list[tuple[str, str, str]]:
    """(section title, old text, new text) for each section that differs, for comparing two versions."""
    rows = []
    for section in CHECKED:
        before, after = _as_text(old.get(section.key)), _as_text(new.get(section.key))
        if before != after:
            rows.append((section.title, before, after))
    return rows


def _as_text(value) -> str:
    if isinstance(value, list):
        return "\n".join(" – ".join(str(v) for v in item.values() if v not in ("", None)) for item in value)
    if isinstance(value, dict):
        return "\n".join(str(v) for v in value.values() if v)
    return value or ""
