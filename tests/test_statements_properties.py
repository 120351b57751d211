"""Properties of statements over generated and real readouts.

- A generated readout whose sentences say by construction who speaks comes
  back with those sentences, those speakers and those verbs.
- On every corpus page, the statements lie in order inside the content,
  never overlap, and each holds exactly its text.
- The web-copy quirks change no speaker (see ``test_properties``, which
  compares whole readouts, statements included, before and after the quirks).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import readout_parser
from strategies.statements import AttributedReadout, attributed_readouts
from walk import span_problems

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


@given(attributed_readouts())
def test_generated_sentences_come_back_with_their_speakers(generated: AttributedReadout) -> None:
    readout = readout_parser.parse(generated.text)
    people = list(readout.meeting.participants)
    got = [
        (s.text, s.where, tuple(people.index(p) for p in s.speakers), s.verb)
        for s in readout.statements
    ]
    want = [(s.text, s.where, s.speakers, s.verb) for s in generated.statements]
    assert got == want


@pytest.mark.parametrize("path", PAGES, ids=[path.stem for path in PAGES])
def test_statements_lie_in_order_inside_the_content(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    readout = readout_parser.parse(text)
    content = [p.span for p in readout.lead]
    for section in readout.walk():
        if section.heading_span is not None:
            content.append(section.heading_span)
        content.extend(p.span for p in section.paragraphs)
    previous_end = -1
    for statement in readout.statements:
        span = statement.span
        assert span.start >= previous_end, f"{statement.text[:40]!r} overlaps the one before"
        assert any(part.start <= span.start and span.end <= part.end for part in content)
        assert span_problems(text, statement.text, span) == []
        previous_end = span.end


_BODY_WORDS = st.sampled_from(
    [
        "Minister",
        "Kishida",
        "Secretary",
        "Tillerson",
        "and",
        "the",
        "The",
        "two",
        "sides",
        "Japanese",
        "side",
        "He",
        "he",
        "was",
        "briefed",
        "by",
        "with",
        "stated",
        "agreed",
        "that",
        "U.S.",
        "p.m.",
        "Mr.",
        ",",
        ".",
        ";",
        "(",
        ")",
        "“",
        "”",
        "of",
        "Both",
        "while",
        "noting",
    ]
)

_LEAD = (
    "Japan-U.S. Relations\nMarch 16, 2017\nOn March 16, Mr. Fumio Kishida, Minister for "
    "Foreign Affairs, held a meeting with the Honorable Rex W. Tillerson, Secretary of State "
    "of the United States.\n1. "
)


@given(st.lists(_BODY_WORDS, max_size=80))
def test_any_body_gives_statements(words: list[str]) -> None:
    text = _LEAD + " ".join(words)
    readout = readout_parser.parse(text)
    people = set(readout.meeting.participants)
    for statement in readout.statements:
        assert set(statement.speakers) <= people
        assert 0 <= statement.span.start < statement.span.end <= len(text)
    assert readout_parser.Readout.from_json(readout.to_json()) == readout


@pytest.mark.parametrize("path", PAGES[::4], ids=[path.stem for path in PAGES[::4]])
def test_statements_cover_every_paragraph_exactly_once(path: Path) -> None:
    readout = readout_parser.parse(path.read_text(encoding="utf-8"))
    paragraphs = list(readout.lead)
    for section in readout.walk():
        if section.heading is not None and section.heading.endswith((":", ".")):
            assert section.heading_span is not None
            paragraphs.append(readout_parser.Paragraph(section.heading, section.heading_span))
        paragraphs.extend(section.paragraphs)
    paragraphs.sort(key=lambda p: p.span.start)
    statements = list(readout.statements)
    for paragraph in paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        inside = [s for s in statements if start <= s.span.start < end]
        assert " ".join(s.text for s in inside) == paragraph.text
        assert all(s.span.end <= end for s in inside)
    assert sum(
        1 for s in statements for p in paragraphs if p.span.start <= s.span.start < p.span.end
    ) == len(statements)
