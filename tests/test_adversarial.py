"""Worst-shape inputs: ``parse`` must finish on a megabyte of anything, in linear time.

Each shape is a kind of input a scraper can hand over by accident (a page
without line breaks, a list of a hundred thousand empty items, a megabyte of
non-breaking spaces) or that is built to hit one rule of the parser as often
as possible. Every test parses the shape at full size and checks a value of
the result that follows from how the page reads, plus that every span lies
inside the input. There are no timing assertions here: the times, and the
ratio between 100 KB and 1 MB, are measured by ``benchmarks/bench.py``.

A shape found to take time that grows faster than its size (so at full size
it would stall the suite for minutes or hours) is listed with ``waits_for``
naming the fix it waits for: until the fix lands its full-size test is
skipped and it runs at its ``small`` size instead. Every shape found so far
has been made linear (fixes F1-F6 and F10 in ``docs/performance.md``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import NamedTuple

import pytest

from readout_parser import Readout, Span, parse
from walk import spans_of

FULL = 1_000_000
"""The size of a full-size shape, in characters."""

SMALL = 20_000
"""The size at which a shape known to be super-linear still runs quickly."""

MANY_LINES = 200_000
"""The size of a shape made of short lines: tens of thousands of lines."""


def fill(unit: str, size: int) -> str:
    """Whole copies of *unit* up to about *size* characters, on one line."""
    return unit * max(1, size // len(unit))


def repeat_lines(line: str, size: int) -> str:
    """Whole copies of *line* (ending in a newline) up to about *size* characters."""
    return line * max(1, size // len(line))


def counted_lines(template: str, size: int) -> str:
    """Lines of *template* numbered 1 to 999 and again, up to about *size* characters.

    The twin of :func:`repeat_lines` with no two lines alike among any 999 in
    a row (an item's number has three digits at most), so that a parse cannot
    read a line once for all its copies.
    """
    lines: list[str] = []
    total = 0
    number = 1
    while total < size:
        line = template.format(number)
        lines.append(line)
        total += len(line)
        number = number % 999 + 1
    return "".join(lines)


def _word(number: int) -> str:
    """A capitalised word of letters, one for each *number*: 0 -> "Ab", 25 -> "Acb"."""
    letters = ""
    while True:
        number, digit = divmod(number, 25)
        letters = "bcdefghijklmnopqrstuvwxyz"[digit] + letters
        if not number:
            return "A" + letters


def codes(readout: Readout, code: str) -> int:
    return sum(1 for diagnostic in readout.diagnostics if diagnostic.code == code)


def header_holds(readout: Readout, text: str) -> None:
    # A lone line of one "word" is neither prose nor a numbered item, so it is
    # header text: the breadcrumb or the headline keeps it whole.
    assert text in (readout.category, readout.title)


class Shape(NamedTuple):
    name: str
    build: Callable[[int], str]
    check: Callable[[Readout, str], None]
    waits_for: str | None = None
    # The size the suite parses; shapes of many short lines cost most per
    # character, so they run smaller here (the benchmark runs every shape at
    # 100 KB and 1 MB).
    size: int = FULL
    # The size of the quick run while the shape waits for a fix.
    small: int = SMALL
    # Whether the shape is one for who said what: its check reads the
    # statements, and the benchmark times reading them with the parse.
    statements: bool = False


def _check_single_line(r: Readout, text: str) -> None:
    # Hundreds of thousands of words on one line are prose: one lead paragraph.
    assert r.sections == ()
    assert len(r.lead) == 1
    assert r.lead[0].span == Span(0, len(text.rstrip()))


def _check_paren_one_line(r: Readout, text: str) -> None:
    # "(1)(1)(1)...": one item whose marker is the first "(1)".
    assert len(r.sections) == 1
    assert r.sections[0].marker == "(1)"


def _check_empty_items(marker: str) -> Callable[[Readout, str], None]:
    def check(r: Readout, text: str) -> None:
        # Every line is an item with nothing after its marker: one section per
        # line, each repeating the number before it.
        lines = text.count("\n")
        assert len(r.sections) == lines
        assert {s.marker for s in r.sections} == {marker}
        assert codes(r, "numbering-repeat") == lines - 1

    return check


def _check_empty(r: Readout, text: str) -> None:
    assert [d.code for d in r.diagnostics] == ["empty-input"]
    assert r.lead == ()
    assert r.sections == ()
    assert r.photos == ()


def _check_title(r: Readout, text: str) -> None:
    title = text.split("\n")[1]
    assert r.category == "Japan-China Relations"
    assert r.title == title
    assert r.date == datetime.date(2018, 5, 9)


def _check_photo_labels_line(r: Readout, text: str) -> None:
    # Labels with no alt text between them: images without captions.
    assert r.photos
    assert all(photo.caption == "" for photo in r.photos)


def _check_photo_label_lines(r: Readout, text: str) -> None:
    # One bare "(Photo)" per line: one image without a caption per line.
    assert len(r.photos) == text.count("\n")
    assert all(photo.caption == "" for photo in r.photos)


def _check_back_links(r: Readout, text: str) -> None:
    # Footer links with no page above them: each is furniture, none is content.
    assert r.lead == ()
    assert r.sections == ()
    back_links = [b for b in r.boilerplate if b.kind.value == "back-link"]
    assert len(back_links) == text.count("\n")


def _check_no_content(r: Readout, text: str) -> None:
    # Bullets with nothing after them carry no text.
    assert r.lead == ()
    assert r.sections == ()


def _check_wrapped(r: Readout, text: str) -> None:
    # A complete sentence, then lower-case lines that never end a sentence:
    # a hard-wrapped paragraph, joined into one.
    lines = text.split("\n")
    assert len(r.lead) == 2
    assert r.lead[0].text == lines[0]
    assert r.lead[1].text == " ".join(line for line in lines[1:] if line)


def _check_one_lead(r: Readout, text: str) -> None:
    assert len(r.lead) == 1


def _check_caption_run(r: Readout, text: str) -> None:
    # Caption lines below the date, each ending in "and" as if wrapped: every
    # line is in a caption (alt text wraps over a few lines at most, so there
    # are many captions), none in the body.
    assert r.date == datetime.date(2018, 5, 9)
    assert sum(photo.caption.count("x and") for photo in r.photos) == text.count("x and")
    assert r.lead == ()


def _check_pdf_labels(r: Readout, text: str) -> None:
    labels = [b for b in r.boilerplate if b.kind.value == "link-label"]
    assert len(labels) == text.count("(PDF)")
    assert "(PDF)" not in r.lead[0].text


def count_sections(readout: Readout) -> int:
    """The number of sections at every depth, without recursion (trees can be deep)."""
    count = 0
    stack = list(readout.sections)
    while stack:
        section = stack.pop()
        count += 1
        stack.extend(section.subsections)
    return count


def _check_all_items_kept(r: Readout, text: str) -> None:
    # However the items nest, every numbered line is a section somewhere.
    assert count_sections(r) == text.count("\n")


def _check_counted_items(r: Readout, text: str) -> None:
    # Items numbered 1, 2, 3, ... in order: one section each, at the top
    # level until the numbers start again, each number read.
    assert count_sections(r) == text.count("\n")
    assert [s.number for s in r.sections[:3]] == [1, 2, 3]
    assert r.sections[998].number == 999


def _check_distinct_unplaced(r: Readout, text: str) -> None:
    # As for two names by turns, with no two lines alike.
    lines = text.split("\n")
    assert (r.category, r.title) == (lines[0], lines[-2])
    assert codes(r, "unplaced-line") == len(lines) - 3


def _check_date(r: Readout, text: str) -> None:
    assert r.date == datetime.date(2018, 5, 9)


def _check_markup(r: Readout, text: str) -> None:
    assert [b.kind.value for b in r.boilerplate] == ["markup"]
    assert r.lead == ()


def _check_unplaced(r: Readout, text: str) -> None:
    # Capitalised one-word header lines: the first is the breadcrumb, the last
    # the headline, and each one between is reported as unplaced.
    lines = text.count("\n")
    assert r.category == "Abc"
    assert r.title == "Abd"
    assert codes(r, "unplaced-line") == lines - 2


def _check_numbered(r: Readout, text: str) -> None:
    assert count_sections(r) == text.count("\n")


def _crowded_lead(unit: str) -> Callable[[int], str]:
    """A lead of one sentence crowded with *unit* (names, offices, commas) up to *size*."""
    head = "Japan-China Relations\nMay 9, 2018\nOn May 9, "
    tail = "held a meeting."
    return lambda size: head + fill(unit, size - len(head) - len(tail)) + tail


def _check_crowded_sentence(r: Readout, text: str) -> None:
    # One sentence telling a meeting, no view: one statement over all of
    # it, with no speaker.
    assert [statement.speakers for statement in r.statements] == [()]
    assert r.statements[0].span == Span(text.index("On May 9"), len(text))


def _indented_items(size: int) -> str:
    lines: list[str] = []
    total = 0
    depth = 0
    while total < size:
        line = " " * (2 * depth) + "1. a\n"
        lines.append(line)
        total += len(line)
        depth += 1
    return "".join(lines)


SHAPES: tuple[Shape, ...] = (
    Shape(
        "single-line-no-newline",
        lambda n: fill("The two sides met and talked ", n),
        _check_single_line,
    ),
    Shape(
        "paren-markers-one-line",
        lambda n: "Japan-China Relations\nMay 9, 2018\n" + fill("(1)", n - 34),
        _check_paren_one_line,
    ),
    Shape(
        "paren-marker-lines",
        lambda n: repeat_lines("(1)\n", n),
        _check_empty_items("(1)"),
        size=MANY_LINES,
    ),
    Shape(
        "dot-marker-lines",
        lambda n: repeat_lines("1.\n", n),
        _check_empty_items("1."),
        size=MANY_LINES,
    ),
    Shape(
        "counted-dot-lines",
        lambda n: counted_lines("{}.\n", n),
        _check_counted_items,
        size=MANY_LINES,
    ),
    Shape(
        "counted-paren-lines",
        lambda n: counted_lines("({})\n", n),
        _check_counted_items,
        size=MANY_LINES,
    ),
    Shape("spaces", lambda n: " " * n, _check_empty),
    Shape("nbsp", lambda n: "\u00a0" * n, _check_empty),
    Shape("bom", lambda n: "\ufeff" * n, _check_empty),
    Shape("crlf-only", lambda n: "\r\n" * (n // 2), _check_empty, size=MANY_LINES // 2),
    Shape("digits", lambda n: "1" * n, header_holds),
    Shape("digits-and-dots", lambda n: fill("1.2.3.4.5.6.7.8.9.0", n), header_holds),
    Shape("nested-parentheses", lambda n: "(" * (n // 2) + ")" * (n // 2), header_holds),
    Shape("lone-surrogates", lambda n: "\ud800" * n, header_holds),
    Shape(
        "title-500kb",
        lambda n: (
            "Japan-China Relations\n"
            + fill("Summit", n // 2)
            + "\nMay 9, 2018\nThe two leaders met today in Tokyo.\n"
        ),
        _check_title,
    ),
    Shape("photo-labels-one-line", lambda n: fill("(Photo)", n), _check_photo_labels_line),
    Shape(
        "photo-label-lines",
        lambda n: repeat_lines("(Photo)\n", n),
        _check_photo_label_lines,
        size=MANY_LINES,
    ),
    Shape(
        "photo-colons-then-paren",
        lambda n: "x " + fill("photo: ", n - 3) + "(",
        _check_one_lead,
    ),
    Shape(
        "back-to-lines",
        lambda n: repeat_lines("Back to Index\n", n),
        _check_back_links,
        size=MANY_LINES,
    ),
    Shape(
        "bullet-lines", lambda n: repeat_lines("•\n", n), _check_no_content, size=MANY_LINES // 2
    ),
    Shape(
        "wrapped-caption-lines",
        lambda n: "May 9, 2018\n" + repeat_lines("x and\n", n - 12),
        _check_caption_run,
        size=MANY_LINES,
    ),
    Shape(
        "pdf-labels-in-prose",
        lambda n: "The two sides met today. " + fill("(PDF) x ", n - 25),
        _check_pdf_labels,
    ),
    Shape(
        "hard-wrapped-paragraph",
        lambda n: "On May 9, the two leaders met.\n" + repeat_lines("word word\n", n - 31),
        _check_wrapped,
        size=MANY_LINES,
    ),
    Shape(
        "self-nesting-items",
        lambda n: repeat_lines("1. a\n", n),
        _check_all_items_kept,
        size=MANY_LINES,
    ),
    Shape(
        "counted-item-lines",
        lambda n: counted_lines("{}. a\n", n),
        _check_counted_items,
        size=MANY_LINES,
    ),
    Shape("indented-items", _indented_items, _check_all_items_kept),
    Shape(
        "bulleted-heading-items",
        lambda n: repeat_lines("- 1 Topic\n", n),
        _check_all_items_kept,
        size=MANY_LINES,
        small=3_000,
    ),
    Shape("date-lines", lambda n: repeat_lines("May 9, 2018\n", n), _check_date, size=MANY_LINES),
    Shape("markup-line", lambda n: fill("<br>", n), _check_markup),
    Shape(
        "unplaced-header-lines",
        # Two names by turns: a line naming the breadcrumb's section again
        # right under it would be site furniture, not an unplaced line.
        lambda n: repeat_lines("Abc\nAbd\n", n),
        _check_unplaced,
        size=MANY_LINES,
    ),
    Shape(
        "distinct-header-lines",
        lambda n: "".join(_word(k) + "\n" for k in range(max(2, n // 5))),
        _check_distinct_unplaced,
        size=MANY_LINES,
    ),
    Shape(
        "numbered-topics",
        lambda n: "".join(f"{k % 999 + 1}. Topic\n" for k in range(n // 10)),
        _check_numbered,
        size=MANY_LINES,
    ),
    # Who said what in one sentence of thousands of names: each name is a
    # subject the reader tries, and none may send it over the whole
    # sentence again (F11 in docs/performance.md).
    Shape(
        "names-between-commas",
        _crowded_lead("Mr. A, "),
        _check_crowded_sentence,
        statements=True,
    ),
    Shape(
        "names-joined-by-and",
        _crowded_lead("Mr. A and "),
        _check_crowded_sentence,
        statements=True,
    ),
    Shape(
        "names-and-offices-listed",
        _crowded_lead("Mr. A B, Minister of C, and "),
        _check_crowded_sentence,
        statements=True,
    ),
)


def _run(shape: Shape, size: int) -> None:
    text = shape.build(size)
    readout = parse(text)
    assert isinstance(readout, Readout)
    for span in spans_of(readout):
        assert 0 <= span.start <= span.end <= len(text), span
    shape.check(readout, text)


@pytest.mark.parametrize("shape", [pytest.param(shape, id=shape.name) for shape in SHAPES])
def test_full_size_shape_parses(shape: Shape) -> None:
    _run(shape, shape.size)


def test_no_shape_waits_for_a_fix() -> None:
    # A shape found super-linear is listed with the fix it waits for and runs
    # small until then; every known shape is linear now.
    assert [shape.name for shape in SHAPES if shape.waits_for] == []
