"""Guidance typed at the start of an answer's line: the call's own words, left in before the answer.

People who copy the form into an email or a plain document often keep the hint on the heading's line
and type their answer after it: "Title of the innovation – a short name another authority would
recognise – Kinship carers' peer mentors", "The problem or need – what was happening before? – New
kinship carers felt alone". The heading is found; what comes before the answer is the call's guidance.

A leading piece of the answer's first line, ended by a dash between spaces or a question mark, is
guidance when it is short and every word of it is a word of that heading's own text, hint, follow-up or
kind (a contact is about a name, a role, an email, a phone), or when it starts the way guidance does
("select all that apply", "choose one"). The examples quoted in a hint are not its words: "for
example ‘Hybrid child protection conferences’" must not remove that title from an answer.
"""

import re
from functools import lru_cache

from ..headings import HeadingSpec
from .build import guidance_lines
from .meaning import CONCEPT, KIND_WORDS, Meaning, _stem
from .segments import GUIDANCE_START, _prepared_for

#: A piece ended by a dash between spaces, or by a question mark and a space (then perhaps a dash).
PIECE = re.compile(r"^(?P<piece>[^\n]{3,160}?)(?:\s+[-–—]\s+|\?\s*(?:[-–—]\s+)?)(?P<rest>\S.*)$", re.S)
QUOTED_EXAMPLE = re.compile(r"‘[^’]*’|“[^”]*”|\"[^\"]*\"|'[^']*'")
LEADIN_WORDS = 12  # a piece longer than this is an answer, whatever its words
LEADIN_LEAST = 2  # a piece of fewer words may be the answer's own start ("Yes – the trust pays")


def _own_concepts(meaning: Meaning, spec: HeadingSpec) -> frozenset[str]:
    try:
        return _own_concepts_cached(meaning, spec)
    except TypeError:  # a spec that cannot be hashed, e.g. with its choices in a list
        return _own_concepts_cached.__wrapped__(meaning, spec)


@lru_cache(maxsize=256)
def _own_concepts_cached(meaning: Meaning, spec: HeadingSpec) -> frozenset[str]:
    text = " ".join([spec.text, spec.follow_up, *guidance_lines(spec)])
    words = set(meaning._concepts(QUOTED_EXAMPLE.sub(" ", text)))
    words |= {CONCEPT.get(_stem(word), _stem(word)) for word in KIND_WORDS.get(spec.kind, ())}
    return frozenset(words)


def _is_leadin(meaning: Meaning, spec: HeadingSpec, piece: str) -> bool:
    words = piece.split()
    if not words or len(words) > LEADIN_WORDS:
        return False
    if GUIDANCE_START.match(piece.strip()):
        return True
    concepts = meaning._concepts(piece)
    content = [word for word in words if meaning._word(re.sub(r"\W", "", word.lower())) is not None]
    return len(content) >= LEADIN_LEAST and bool(concepts) and set(concepts) <= _own_concepts(meaning, spec)


def leadin_removed(specs: list[HeadingSpec], spec: HeadingSpec, text: str) -> str:
    """`text` without the call's guidance typed before the answer on its first line."""
    meaning = _prepared_for(specs)[0]
    for _times in range(2):  # the hint, then perhaps an instruction ("select all that apply")
        found = PIECE.match(text)
        if found is None or not _is_leadin(meaning, spec, found.group("piece")):
            break
        text = found.group("rest")
    return text
