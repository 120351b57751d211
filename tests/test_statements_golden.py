"""Golden cases: who said what, sentence by sentence, as careful readers wrote it down.

The expectations live in ``tests/golden/statements/*.json`` (format and
conventions in ``tests/golden/README.md``); speakers are indices into the
page's principals. Each statement's text, section path, speakers, verb and
other speaker are checked, and its span must hold exactly its text: the first
and last characters of the span are the sentence's, with nothing but the
cut-out furniture and white space between. Pages the reader is known to get
wrong are listed with the reason in ``known_failures.json`` and run as strict
xfails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import readout_parser
from golden_cases import golden_cases, known_failures
from readout_parser import Readout
from walk import span_problems

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "statements"
KNOWN_FAILURES = known_failures("statements")


def statement_problems(expected: list[dict[str, Any]], readout: Readout, source: str) -> list[str]:
    """Every difference between the golden *expected* statements and *readout*'s."""
    people = list(readout.meeting.participants)
    got = list(readout.statements)
    problems = []
    if [s["text"] for s in expected] != [s.text for s in got]:
        wanted = [s["text"] for s in expected]
        texts = [s.text for s in got]
        missing = [t[:60] for t in wanted if t not in texts]
        extra = [t[:60] for t in texts if t not in wanted]
        problems.append(f"sentences differ: missing {missing[:3]}, extra {extra[:3]}")
    by_text = {s.text: s for s in got}
    for want in expected:
        statement = by_text.get(want["text"])
        if statement is None:
            continue
        where = f"{want['text'][:40]!r}"
        speakers = [people.index(p) for p in statement.speakers]
        if speakers != want["speakers"]:
            problems.append(f"{where}: speakers {speakers}, expected {want['speakers']}")
        for key, value in (
            ("where", list(statement.where)),
            ("verb", statement.verb),
            ("other", statement.other_speaker),
        ):
            if value != want[key]:
                problems.append(f"{where}: {key} {value!r}, expected {want[key]!r}")
        problems.extend(
            f"{where}: {p}" for p in span_problems(source, statement.text, statement.span)
        )
    return problems


def test_known_failures_name_existing_cases() -> None:
    names = {path.name for path in GOLDEN.glob("corpus_*.json")}
    assert set(KNOWN_FAILURES) <= names


def test_span_problems_sees_an_off_by_one_span() -> None:
    source = "x The two sides met. y"
    text = "The two sides met."
    assert span_problems(source, text, readout_parser.Span(2, 20)) == []
    for start, end in ((1, 20), (3, 20), (2, 19), (2, 21), (2, 2)):
        assert span_problems(source, text, readout_parser.Span(start, end)), (start, end)


@pytest.mark.parametrize("path", golden_cases("statements"))
def test_golden_statements(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    source = (ROOT / case["source"]).read_text(encoding="utf-8")
    problems = statement_problems(case["statements"], readout_parser.parse(source), source)
    assert not problems, "\n".join(problems)
