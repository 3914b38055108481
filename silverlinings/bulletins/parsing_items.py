"""One item of an update (a headline, its text and its ‘Action Required’ part) as Markdown, with the
links it mentions."""

import re
from dataclasses import dataclass, field

from .parsing_entries import BULLET, is_bullet
from .parsing_lines import Line

ACTION = re.compile(r"action\s+required\b\s*[:.–—-]?\s*(?P<rest>.*)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"“”]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"(])")
_HERE = re.compile(r"\bhere\b(?!['’]s)", re.IGNORECASE)


@dataclass
class ParsedItem:
    headline: str
    body: str = ""  # Markdown: paragraphs, "- " bullets, "1. " numbered lists
    action_required: str = ""  # empty when ‘Action Required:’ has nothing after it, or is missing
    links: list[str] = field(default_factory=list)  # addresses written out; sentences whose link was lost (‘… here’)
    lines: list[int] = field(default_factory=list)


def looks_like_headline(text: str) -> bool:
    """Short, not a sentence that ends in a full stop or colon, not a bullet and not ‘Action Required’."""
    words = text.split()
    return (
        0 < len(words) <= 20
        and len(text) <= 160
        and text[-1] not in ".,;:"
        and not text[0].islower()
        and not is_bullet(text)
        and not ACTION.fullmatch(text)
    )


#: Characters that would change the Markdown (emphasis, links, code, HTML, entities) if left as typed.
_MARKDOWN_SIGN = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")


def _escaped(text: str) -> str:
    """The words as typed, so that ‘snake_case’, ‘*’ or ‘<script>’ in an update show as themselves."""
    return _MARKDOWN_SIGN.sub(lambda sign: "\\" + sign[0], text)


def _block_line(text: str) -> tuple[str, str]:
    """(kind of block, its Markdown line): ‘p’ for a paragraph, ‘ul’ for a bullet, ‘ol’ for a numbered item."""
    bullet = BULLET.fullmatch(text)
    if not bullet:
        return "p", _escaped(text)
    if bullet["number"]:
        return "ol", f"{bullet['number']}. {_escaped(bullet['text'])}"
    return "ul", f"- {_escaped(bullet['text'])}"


def _markdown(lines: list[Line]) -> str:
    """Paragraphs apart, bullets as ‘- ’ and numbered items as ‘1. ’, one list per run of items."""
    blocks: list[list] = []  # [kind, texts]; a blank line ends a paragraph but not a list
    after_blank = False
    for line in lines:
        if not line.text:
            after_blank = True
            continue
        kind, text = _block_line(line.text)
        if blocks and blocks[-1][0] == kind and (kind != "p" or not after_blank):
            blocks[-1][1].append(text)
        else:
            blocks.append([kind, [text]])
        after_blank = False
    return "\n\n".join("\n".join(texts) for _, texts in blocks)


def _addresses(sentence: str) -> list[str]:
    urls = [(m.start(), m.end(), m[0].rstrip(".,;:!?’”)'")) for m in _URL.finditer(sentence)]
    emails = [
        (m.start(), m.end(), m[0].rstrip("."))
        for m in _EMAIL.finditer(sentence)
        if not any(start <= m.start() < end for start, end, _ in urls)
    ]
    return [address for _, _, address in sorted(urls + emails)]


def _links(texts: list[str]) -> list[str]:
    """Addresses written out, and each sentence that says ‘here’ where the copy lost a link, in order."""
    links: list[str] = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            links += _addresses(sentence)
            if _HERE.search(sentence):
                links.append(sentence.strip().rstrip("."))
    return list(dict.fromkeys(links))


def has_action_part(lines: list[Line]) -> bool:
    """True once an item has an ‘Action Required’ line with text after it (on its line or below)."""
    marker = next((i for i, line in enumerate(lines) if ACTION.fullmatch(line.text)), None)
    if marker is None:
        return False
    return bool(ACTION.fullmatch(lines[marker].text)["rest"]) or any(line.text for line in lines[marker + 1 :])


def item_from_lines(headline: Line, content: list[Line]) -> ParsedItem:
    marker = next((i for i, line in enumerate(content) if ACTION.fullmatch(line.text)), None)
    body, action = content, []
    if marker is not None:
        rest = ACTION.fullmatch(content[marker].text)["rest"].strip()
        body = content[:marker]
        action = ([Line(content[marker].number, rest)] if rest else []) + content[marker + 1 :]
    texts = [line.text for line in body + action if line.text]
    numbers = [headline.number] + [line.number for line in content if line.text]
    return ParsedItem(headline.text, _markdown(body), _markdown(action), _links(texts), numbers)
