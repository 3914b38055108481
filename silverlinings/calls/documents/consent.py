"""Yes-or-no answers given in words: in a sentence ("Yes to publishing and yes to being contacted", "Happy for
this to be shared and for you to get in touch", "No products bought"), as a pair under one heading that asks
two questions ("Publish / contact? Y / N"), or as "yes to both".

A sentence answers yes-or-no headings when each of its clauses (cut at "and", "but", ";") holds a word that
belongs to exactly one of the call's yes-or-no headings (a word of that heading's own text that no other
yes-or-no heading's text holds: "publish", "contact", "product") and says yes ("yes", "happy", "can", "may",
"ok", …) or no ("no", "not", "don't", …); a clause that says neither takes the word of the clause before
("Happy for this to be shared and for you to get in touch"). A sentence with a clause that answers no
heading, or two clauses for one heading, answers nothing. Such sentences are read:

- under the heading itself, when its answer is not a plain yes or no (read as if it were);
- for a yes-or-no heading no heading of the document asks, in the text under the contact or under another
  yes-or-no heading (a letter's closing lines), under a heading left over, or in the last paragraph of the
  form's last answer: marked for checking there, unless it was under the contact or a yes-or-no heading.
"""

import re

from ..headings import HeadingSpec, Kind
from .segments import _prepared_for
from .values.contact import EMAIL, PHONE_IN_TEXT
from .values.text import Answer
from .values.yes_no import halves

ASSENT = re.compile(
    r"\b(?:yes|yeah|yep|happy|ok|okay|fine|can|may|welcome|agreed?|glad|please|sure|of course|consent(?:ed)?)\b", re.I
)
DENIAL = re.compile(r"\b(?:no|not|never|nope|decline[ds]?|rather)\b|n[’']t\b", re.I)
NO_MATTER = re.compile(r"\bno (?:problem|worries|bother)\b", re.I)  # "yes, no problem" says yes
CLAUSE = re.compile(r"\s+(?:and|but|although)\s+|\s*;\s*", re.I)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
SENTENCE_WORDS = 25  # a longer sentence is an answer's own text, not a yes or a no
#: Words that put a condition on a yes or a no ("No – please publish it without my name", "Yes, subject to our
#: policy"): the detail stays.
CONDITION = re.compile(
    r"\b(?:without|except|unless|provided|once|until|only|anonymous(?:ly)?|if|subject to|as long as|so long as)\b", re.I
)
#: A yes given for another person ("she is happy with her name going in"): whose consent it is needs checking.
SOMEONE_ELSE = re.compile(r"^(?:she|he|they|my \w+|our \w+)\b", re.I)
PERSONS = frozenset({"you", "we", "i", "me", "us", "they", "them"})  # "Can we contact you?": not what it asks
BOTH = re.compile(r"\b(?:both|all)\b", re.I)  # "Yes to both"


def _own(meaning, column: int) -> frozenset[str]:
    """The words of a yes-or-no heading's text that no other yes-or-no heading's text holds."""
    others = [
        meaning.texts[other] for other, kind in enumerate(meaning.kinds) if kind == Kind.YES_NO and other != column
    ]
    return meaning.texts[column].difference(*others, PERSONS)


def _meant(meaning, clause: str) -> int | None:
    concepts = set(meaning._concepts(clause))
    meant = [
        column for column, kind in enumerate(meaning.kinds) if kind == Kind.YES_NO and concepts & _own(meaning, column)
    ]
    return meant[0] if len(meant) == 1 else None


def _sentence(meaning, sentence: str) -> dict[int, bool] | None:
    values: dict[int, bool] = {}
    carried = None
    for clause in CLAUSE.split(NO_MATTER.sub(" ", sentence.strip().rstrip(".!"))):
        if not clause.strip():
            continue
        column = _meant(meaning, clause)
        if column is None or column in values:
            return None
        value = False if DENIAL.search(clause) else True if ASSENT.search(clause) else carried
        if value is None:
            return None
        values[column] = carried = value
    return values or None


def said(meaning, text: str) -> dict[int, bool]:
    """Heading index → yes or no, for each yes-or-no heading the sentences of `text` answer (one way only)."""
    found: dict[int, bool] = {}
    against: set[int] = set()
    for sentence in SENTENCE.split(text):
        words = sentence.split()
        if not words or len(words) > SENTENCE_WORDS or EMAIL.search(sentence) or PHONE_IN_TEXT.search(sentence):
            continue
        for column, value in (_sentence(meaning, sentence) or {}).items():
            if found.get(column, value) != value:
                against.add(column)
            found[column] = value
    return {column: value for column, value in found.items() if column not in against}


def _wholly(meaning, text: str) -> bool:
    """Whether every sentence of `text` answers yes-or-no headings (nothing else is said in it)."""
    sentences = [sentence for sentence in SENTENCE.split(text) if sentence.strip()]
    return bool(sentences) and all(_sentence(meaning, sentence) for sentence in sentences)


def yes_no_reread(specs: list[HeadingSpec], column: int, heading: str, other: int | None, items, answer: Answer):
    """A yes-or-no heading's answer read again when it is not a plain yes or no: a pair under a heading that
    asks two questions (`other`: the heading it shares), or sentences that say yes or no to it. A yes whose
    detail is only such a sentence ("Yes to publishing and yes to being contacted") keeps no detail, unless
    the detail puts a condition on it ("No – please publish it without my name")."""
    meaning = _prepared_for(specs)[0]
    if (
        answer.value is None
        and other is not None
        and (value := pair_value(specs, heading, column, other, items)) is not None
    ):
        return Answer({"answer": value, "detail": ""}, [])
    texts = [text for text, _listed in items]
    values = {said(meaning, text).get(column) for text in texts}
    if len(values) != 1 or None in values:
        return answer
    value = values.pop()
    if answer.value is None:
        return Answer({"answer": value, "detail": ""}, [])
    wholly = not specs[column].follow_up and all(_wholly(meaning, text) for text in texts)
    if (
        wholly
        and answer.value["answer"] == value
        and answer.value["detail"]
        and not CONDITION.search(answer.value["detail"])
    ):
        problems = list(answer.problems)
        if SOMEONE_ELSE.search(answer.value["detail"]):  # "Yes she is happy with her name going in"
            problems.append(f"‘{specs[column].text}’: it says ‘{answer.value['detail']}’: given for someone else")
        return Answer({"answer": value, "detail": ""}, problems)
    return answer


def pair_value(specs: list[HeadingSpec], heading: str, column: int, other: int, items) -> bool | None:
    """For a heading asking two yes-or-no questions answered as a pair ("Publish / contact? Y / N"), the
    half that answers `column`: the halves follow the order in which the heading names the questions."""
    if not items or len(values := halves(items[0][0].split("\n")[0])) != 2:
        return None
    meaning = _prepared_for(specs)[0]
    places = {}
    for at, word in enumerate(heading.split()):
        for index in (column, other):
            if index not in places and set(meaning._concepts(word)) & _own(meaning, index):
                places[index] = at
    if len(places) != 2 or places[column] == places[other]:
        return None
    return values[0] if places[column] < places[other] else values[1]


def says_both(items) -> bool:
    """ "Yes to both", "Happy with both": the answer says it answers two questions."""
    return bool(items) and len(items[0][0].split()) <= 6 and bool(BOTH.search(items[0][0]))


def yes_no_elsewhere(specs: list[HeadingSpec], form, assigned: dict[int, int], read) -> None:
    """Answer the yes-or-no headings the form does not ask from sentences elsewhere (see above)."""
    meaning = _prepared_for(specs)[0]
    wanted = [column for column, spec in enumerate(specs) if spec.kind == Kind.YES_NO and spec.key in read.missing]
    if not wanted:
        return
    quiet, marked = [], []  # texts under the contact or a yes-or-no heading; texts elsewhere
    last = max((index for index in assigned if form[index].items), default=None)
    ending, ending_text = (
        None,
        "",
    )  # the heading whose answer ends with the sentence, when it is not a yes-or-no or the contact
    for index, segment in enumerate(form):
        texts = [item.text for item in segment.items]
        if index in assigned:
            if specs[assigned[index]].kind in (Kind.CONTACT, Kind.YES_NO):
                quiet += texts
            elif index == last and texts:
                marked.append(texts[-1])
                ending, ending_text = specs[assigned[index]], texts[-1]
        elif segment.look not in ("title",):
            marked += texts
    for column in wanted:
        spec = specs[column]
        for texts, mark in ((quiet, False), (marked, True)):
            values = {value for text in texts if (value := said(meaning, text).get(column)) is not None}
            if len(values) == 1:
                read.answers[spec.key] = {"answer": values.pop(), "detail": ""}
                read.missing.remove(spec.key)
                if mark:
                    _marked(read, spec, "not answered under a heading; read from a sentence elsewhere in the document.")
                    if ending is not None and column in said(meaning, ending_text):
                        _marked(
                            read, ending, f"its last paragraph answers ‘{spec.text}’, so it may hold other answers."
                        )
                        _ending_removed(meaning, read, ending, ending_text)
                else:
                    _used(
                        specs,
                        read,
                        [text for text in texts if column in said(meaning, text) and _wholly(meaning, text)],
                    )
                break


def _ending_removed(meaning, read, spec: HeadingSpec, text: str) -> None:
    """The last paragraph of a text answer, when it only answers yes-or-no headings ("Happy for you to publish it
    and to contact me."), is no part of that answer: taken off it (the answer stays marked)."""
    answer = read.answers.get(spec.key)
    if spec.kind not in (Kind.SHORT_TEXT, Kind.LONG_TEXT) or not isinstance(answer, str) or not _wholly(meaning, text):
        return
    if answer.endswith("\n\n" + text.strip()):
        read.answers[spec.key] = answer[: -len(text.strip()) - 2].rstrip()


def _used(specs: list[HeadingSpec], read, texts: list[str]) -> None:
    """A sentence under the contact read as a yes or no is no longer text left beside the contact."""
    contact = next((spec for spec in specs if spec.kind == Kind.CONTACT), None)
    if contact is None:
        return
    said_beside = {f"‘{contact.text}’: also written: ‘{text}’" for text in texts}
    read.notes = [note for note in read.notes if note not in said_beside]
    own = f"‘{contact.text}’:"
    if contact.key in read.flagged and not any(line.startswith(own) for line in read.notes + read.problems):
        read.flagged.remove(contact.key)


def _marked(read, spec: HeadingSpec, why: str) -> None:
    read.notes.append(f"‘{spec.text}’: {why} Check this answer against the document.")
    if spec.key not in read.flagged:
        read.flagged.append(spec.key)
