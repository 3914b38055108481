"""The returned-documents set (tests/data/returns/): documents filled in the ways different people fill in a
form, each with the answers a careful reader would take. See tests/data/returns/score.py for what counts.

Plain tests: no database.
"""

import json

from silverlinings.calls.documents import DocumentRefused, document_read
from tests.calls.docs.forms import SPECS
from tests.data.returns.build import main as build
from tests.data.returns.score import HERE, report, returns, score


def test_the_set_holds_at_least_thirty_documents_each_with_its_expected_answers():
    documents = returns()
    assert len(documents) >= 30
    for name, _data, expected in documents:
        assert expected["forms"], name
        assert all(set(form) == {spec.key for spec in SPECS} for form in expected["forms"]), name


def test_at_least_95_percent_of_answers_are_right_and_no_error_is_silent():
    result = score(SPECS, returns())
    assert result.share_right >= 0.95, report(result)
    assert result.silent == [], report(result)


def test_few_right_answers_are_marked_for_checking():
    result = score(SPECS, returns())
    assert result.right_flagged <= 0.02 * result.right, report(result)


def test_the_documents_are_those_the_build_script_writes(tmp_path, monkeypatch):
    before = {path.name: json.loads(path.read_text()) for path in HERE.glob("*.json")}
    monkeypatch.setattr("tests.data.returns.build.HERE", tmp_path)
    build()
    after = {path.name: json.loads(path.read_text()) for path in tmp_path.glob("*.json")}
    assert after == before
    for path in tmp_path.glob("*.docx"):  # the same text, read the same way
        assert _answers(path.read_bytes(), path.name) == _answers((HERE / path.name).read_bytes(), path.name), path.name


def _answers(data: bytes, name: str):
    try:
        return [form.answers for form in document_read(data=data, filename=name, headings=SPECS)]
    except DocumentRefused as refusal:
        return refusal.message
