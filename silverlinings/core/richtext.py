"""Text that people write for pages, PDFs and emails: paragraphs, lists, links and emphasis, nothing else.

Markdown is read by markdown-it-py (CommonMark) with every other construct turned off: headings, quotes,
code, pictures and raw HTML stay the literal characters that were typed. A link is made only when its
address starts https://, http:// or mailto:; anything else (javascript:, data:, a bare www. address)
stays text, and `markdown_errors` says which link to fix. The HTML is then cleaned by nh3 with an
allow-list of the tags, attributes and GOV.UK classes written here, so no script, style or event
attribute reaches a page or a PDF even if the parser had a bug.
"""

import re
from functools import cache

import nh3

#: What a link may start with, in the words used in messages.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
#: Browsers drop ASCII tab and newline anywhere in an address and C0 controls and spaces around it.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]|%0[9ad]|%20", re.IGNORECASE)
_FULL_ADDRESS = re.compile(r"^(https?://[^/?#@\s]+[^\s]*|mailto:[^@\s]+@[^@\s]+)$", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*")

GOVUK_CLASSES = {
    "p": "govuk-body",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "a": "govuk-link",
}
_TAGS = {"p", "ul", "ol", "li", "a", "em", "strong", "br"}
_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}  # classes: only those in _ALLOWED_CLASSES
_ALLOWED_CLASSES = {tag: set(classes.split()) for tag, classes in GOVUK_CLASSES.items()}
#: Block and inline rules that are turned off: the text shows them as typed.
_BLOCKS_OFF = ["table", "code", "fence", "blockquote", "hr", "html_block", "heading", "lheading"]
_INLINE_OFF = ["backticks", "strikethrough", "image", "html_inline", "linkify"]


def link_allowed(url: str) -> bool:
    """True for a full http(s) web address or a mailto: address; the rule every link in text follows."""
    return bool(_FULL_ADDRESS.match(url)) and _IGNORED_BY_BROWSERS.sub("", url) == url


def _add_class(renderer, tokens, idx, options, env):
    token = tokens[idx]
    token.attrSet("class", GOVUK_CLASSES[token.tag])
    return renderer.renderToken(tokens, idx, options, env)


@cache
def _parser(*, strict: bool):
    """The parser pages use (`strict`: only allowed links become links) or the one that finds every link."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "typographer": False, "linkify": False})
    md.disable(_BLOCKS_OFF).disable(_INLINE_OFF)
    md.validateLink = link_allowed if strict else (lambda url: True)
    for opening in ("paragraph_open", "bullet_list_open", "ordered_list_open", "link_open"):
        md.add_render_rule(opening, _add_class)
    return md


@cache
def _finder():
    """A parser with pictures and HTML switched on, only to find them and tell the writer."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True
    return md


def markdown_to_html(text: str) -> str:
    """Safe HTML for a page or a PDF, with GOV.UK classes on paragraphs, lists and links."""
    html = _parser(strict=True).render(text or "")
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        allowed_classes=_ALLOWED_CLASSES,
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def _inline_text(children, *, with_addresses: bool) -> str:
    parts, href = [], None
    for child in children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "link_open":
            href, start = child.attrGet("href"), len(parts)
        elif child.type == "link_close" and href is not None:
            shown = "".join(parts[start:])
            address = href.removeprefix("mailto:")
            if with_addresses and shown not in (href, address):
                parts.append(f" ({address})")
            href = None
    return "".join(parts)


def _blocks(text: str, *, with_addresses: bool) -> list[tuple[bool, str]]:
    """(follows the line before, text) per paragraph or list item, marked and indented as in a plain-text
    email. Items of one list follow each other; a paragraph or a new list starts after a blank line."""
    blocks, lists, marker, follows = [], [], None, False  # lists: per open list, [ordered, next number]
    for token in _parser(strict=True).parse(text or ""):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            follows = bool(lists)
            lists.append([token.type == "ordered_list_open", int(token.attrGet("start") or 1)])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            follows = bool(lists)
        elif token.type == "list_item_open":
            ordered, number = lists[-1]
            marker = f"{number}. " if ordered else "• "
            lists[-1][1] += 1
        elif token.type == "inline":
            indent = "  " * max(len(lists) - 1, 0)
            lead = indent + (marker or "  " * bool(lists))
            content = _inline_text(token.children, with_addresses=with_addresses)
            blocks.append((follows, lead + content.replace("\n", "\n" + " " * len(lead))))
            marker, follows = None, bool(lists)
    return blocks


def markdown_to_text(text: str) -> str:
    """Plain text for an email: paragraphs apart, list items marked, each link's address after its words."""
    lines: list[str] = []
    for follows, block in _blocks(text, with_addresses=True):
        if lines and not follows:
            lines.append("")
        lines.append(block)
    return "\n".join(lines)


def word_count(text: str) -> int:
    """Words a reader sees: link text counts, addresses and Markdown marks do not."""
    return len(_WORD.findall("\n".join(block for _, block in _blocks(text, with_addresses=False))))


def _link_problem(number: int, url: str) -> str | None:
    if link_allowed(url):
        return None
    scheme = _SCHEME.match(_IGNORED_BY_BROWSERS.sub("", url))
    if scheme and scheme.group(1).lower() not in ALLOWED_SCHEMES:
        return (
            f"Link {number} uses {scheme.group(1).lower()}:, which is not allowed. Use a web address starting https://"
        )
    if scheme and scheme.group(1).lower() == "mailto":
        return f"Link {number} is not a full email address. Write it like mailto:name@example.org"
    shown = url if len(url) <= 40 else url[:37] + "…"
    return f"Link {number} ({shown}) is not a full web address. Start it with https://"


def _walk(tokens):
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def markdown_errors(text: str) -> list[str]:
    """What to change before the text can be saved, in the order it appears; empty when it is fine."""
    errors, links, pictures, tags = [], 0, 0, []
    for token in _walk(_finder().parse(text or "")):
        if token.type == "link_open":
            links += 1
            if problem := _link_problem(links, token.attrGet("href") or ""):
                errors.append(problem)
        elif token.type == "image":
            pictures += 1
            errors.append(
                f"Remove picture {pictures} (the ![…](…) part). Pictures cannot go in the text: link to the page "
                "that shows it instead"
            )
        elif token.type in ("html_block", "html_inline"):
            tags += [tag.lower() for tag in re.findall(r"</?([a-zA-Z][a-zA-Z0-9-]*)", token.content)]
    if tags or "<!--" in (text or ""):
        named = ", ".join(f"<{tag}>" for tag in dict.fromkeys(tags)) or "an HTML comment"
        errors.append(
            f"Remove the HTML ({named}). Text can only have paragraphs, lists, links and emphasis, written in Markdown"
        )
    return errors
