"""Golden cases: each page's structure as a careful reader writes it down.

The expectations live in ``tests/golden/structure/*.json`` (format in
``tests/golden/README.md``); cases the parser is known to get wrong are listed
with the reason in ``tests/golden/structure/known_failures.json`` and run as
strict xfails, so fixing one is noticed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import readout_parser
from golden_cases import golden_cases, known_failures
from readout_parser import Paragraph, Readout, Section
from walk import span_problems, texts_with_spans

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "structure"
KNOWN_FAILURES = known_failures("structure")
ELLIPSIS = "…"


def text_matches(expected: str, actual: str) -> bool:
    """Whether *actual* fits *expected*, where one "…" stands for any middle part."""
    if ELLIPSIS not in expected:
        return actual == expected
    prefix, _, suffix = expected.partition(ELLIPSIS)
    return (
        actual.startswith(prefix)
        and actual.endswith(suffix)
        and len(actual) >= len(prefix) + len(suffix)
    )


def test_text_matches_is_strict() -> None:
    assert text_matches("The two…met.", "The two sides met.")
    assert text_matches("The two…", "The two sides met.")
    assert not text_matches("The two…met.", "The two sides met")
    assert not text_matches("The two sides", "The two sides met.")
    assert not text_matches("ab…ba", "aba")


def _paragraphs(expected: list[str], actual: tuple[Paragraph, ...], where: str) -> list[str]:
    problems = []
    texts = [p.text for p in actual]
    if len(expected) != len(texts):
        problems.append(f"{where}: {len(expected)} paragraphs expected, got {len(texts)}")
    for i, (want, got) in enumerate(zip(expected, texts, strict=False)):
        if not text_matches(want, got):
            problems.append(f"{where}[{i}]: expected {want!r}, got {got[:120]!r}")
    return problems


def _sections(expected: list[dict[str, Any]], actual: tuple[Section, ...], where: str) -> list[str]:
    problems = []
    if len(expected) != len(actual):
        got = [(s.marker, s.heading) for s in actual]
        problems.append(f"{where}: {len(expected)} sections expected, got {len(actual)}: {got}")
    for i, (want, got_section) in enumerate(zip(expected, actual, strict=False)):
        here = f"{where}[{i}]"
        for key in ("marker", "number", "heading"):
            got_value = getattr(got_section, key)
            if want[key] != got_value:
                problems.append(f"{here}.{key}: expected {want[key]!r}, got {got_value!r}")
        problems += _paragraphs(want["paragraphs"], got_section.paragraphs, f"{here}.paragraphs")
        problems += _sections(want["subsections"], got_section.subsections, f"{here}.subsections")
    return problems


def compare(expected: dict[str, Any], readout: Readout) -> list[str]:
    """Every difference between a golden case and a readout, in words."""
    problems = []
    for key in ("category", "title", "back_link"):
        if expected[key] != getattr(readout, key):
            problems.append(f"{key}: expected {expected[key]!r}, got {getattr(readout, key)!r}")
    got_date = readout.date.isoformat() if readout.date else None
    if expected["date"] != got_date:
        problems.append(f"date: expected {expected['date']!r}, got {got_date!r}")
    got_photos = [{"caption": p.caption, "credit": p.credit} for p in readout.photos]
    if expected["photos"] != got_photos:
        problems.append(f"photos: expected {expected['photos']!r}, got {got_photos!r}")
    problems += _paragraphs(expected["lead"], readout.lead, "lead")
    problems += _sections(expected["sections"], readout.sections, "sections")
    got_boilerplate = [{"kind": b.kind.value, "text": b.text} for b in readout.boilerplate]
    if expected["boilerplate"] != got_boilerplate:
        problems.append(
            f"boilerplate: expected {expected['boilerplate']!r}, got {got_boilerplate!r}"
        )
    return problems


def _line_starts(source: str) -> list[int]:
    """Where each line of *source* starts; lines end at "\\n", "\\r\\n" or a lone "\\r"."""
    return [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n", source))]


def expected_diagnostics(expected: list[dict[str, Any]], source: str) -> list[tuple[Any, ...]]:
    """Each golden diagnostic as (code, line, span start, span end) in *source*.

    A golden entry names its line and the exact text its span covers; the
    span starts at the first place that text stands on the line, or at the
    1-based ``column`` given (always given for an empty span).
    """
    starts = _line_starts(source)
    found = []
    for entry in expected:
        line_start = starts[entry["line"] - 1]
        if "column" in entry:
            start = line_start + entry["column"] - 1
        else:
            start = source.index(entry["text"], line_start)
        found.append((entry["code"], entry["line"], start, start + len(entry["text"])))
    return sorted(found, key=lambda item: (item[2], item[0]))


def diagnostic_problems(expected: list[dict[str, Any]], readout: Readout, source: str) -> list[str]:
    """Every difference between the golden structure diagnostics and the readout's."""
    want = expected_diagnostics(expected, source)
    got = [
        (d.code, d.line, d.span.start, d.span.end)
        for d in readout.diagnostics
        if not d.code.startswith("meeting-")
    ]
    if want == got:
        return []
    shown = [(code, line, source[start:end]) for code, line, start, end in got]
    return [f"diagnostics: expected {want!r}, got {got!r} {shown!r}"]


@pytest.mark.parametrize("path", golden_cases("structure"))
def test_golden_structure(path: Path) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / expected["source"]).read_text(encoding="utf-8")
    readout = readout_parser.parse(text)
    problems = compare(expected, readout)
    problems.extend(diagnostic_problems(expected["diagnostics"], readout, text))
    problems.extend(
        f"{label}: span {problem}"
        for label, value, span in texts_with_spans(readout)
        for problem in span_problems(text, value, span)
    )
    assert not problems, "\n".join(problems)


def test_every_seed_and_enough_corpus_pages_are_pinned() -> None:
    names = {path.stem for path in GOLDEN.glob("*.json")}
    seeds = {f"seed_{path.stem}" for path in (ROOT / "seeds").glob("*.txt")}
    assert seeds <= names
    assert len([name for name in names if name.startswith("corpus_")]) >= 30
