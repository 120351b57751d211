"""Where each page-structure diagnostic points: its line, and the exact text its span covers.

One row per code, on a small page that has it. A span that covers no text
(a point, such as where a missing date line would be) is stated by the text
just before it. An off-by-one or collapsed span fails its row. The meeting's
codes have tables of their own in ``test_meeting.py``.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import readout_parser
from readout_parser import diagnostics


class Row(NamedTuple):
    text: str
    code: str
    line: int
    # The text the span covers; for a point, "" and the text just before it.
    covered: str
    after: str = ""


ITALY = "Japan-Italy Relations\nJuly 4, 2016\n"

ROWS = [
    Row("", diagnostics.EMPTY_INPUT, 1, ""),
    # White space alone: the span is all of it.
    Row("  \n\t\n", diagnostics.EMPTY_INPUT, 1, "  \n\t\n"),
    # The first tag.
    Row(
        "<!DOCTYPE html>\n<html><body><p>May 9, 2018</p></body></html>",
        diagnostics.HTML_INPUT,
        1,
        "<!DOCTYPE html>",
    ),
    # A point at the start of the input.
    Row(
        "404 Not Found\nThe requested URL was not found on this server.",
        diagnostics.NOT_A_READOUT,
        1,
        "",
    ),
    # From the line where the next readout starts to the end.
    Row(
        ITALY + "The two ministers met.\nBack to Japan-Italy Relations\n"
        "Japan-Peru Relations\nJuly 5, 2016\nThe two ministers met again.",
        diagnostics.SEVERAL_READOUTS,
        5,
        "Japan-Peru Relations\nJuly 5, 2016\nThe two ministers met again.",
    ),
    # The item that goes on with the readout's numbering below the footer.
    Row(
        ITALY + "1. Trade\nThey met.\nBack to Japan-Italy Relations\n2. Security\nThey talked.",
        diagnostics.AFTER_FOOTER,
        6,
        "2. Security",
    ),
    # A point at the start of the header, where the page's lines begin.
    Row("Japan-Italy Relations\nThe two ministers met.", diagnostics.NO_DATE, 1, ""),
    Row(
        "Japan-Italy Relations\nFebruary 30, 2019\nThe two ministers met.",
        diagnostics.INVALID_DATE,
        2,
        "February 30, 2019",
    ),
    Row(
        ITALY + "May 9, 2018\nThe two ministers met.",
        diagnostics.UNPLACED_LINE,
        3,
        "May 9, 2018",
    ),
    # A point at the end of the header's last line, where the body would start.
    Row(ITALY.rstrip("\n"), diagnostics.EMPTY_BODY, 2, "", after=ITALY.rstrip("\n")),
    Row(ITALY + "\n\n", diagnostics.EMPTY_BODY, 2, "", after=ITALY.rstrip("\n")),
    # The page's last line.
    Row(
        ITALY + "The two ministers met.\n1. Trade\nThey agreed to work on",
        diagnostics.TRUNCATED,
        5,
        "They agreed to work on",
    ),
    # The marker of the item run into the paragraph above.
    Row(
        ITALY + "The two ministers met.\n1. Trade\n"
        "They agreed on trade. 2. Security They talked about security.",
        diagnostics.RUN_IN_ITEM,
        5,
        "2.",
        after="They agreed on trade. ",
    ),
    # The marker of the item whose number is out of turn.
    Row(
        ITALY + "The two ministers met.\n1. Trade\nThey met.\n3. Security\nThey talked.",
        diagnostics.NUMBERING_GAP,
        6,
        "3.",
    ),
    Row(
        ITALY + "The two ministers met.\n1. Trade\nThey met.\n1. Security\nThey talked.",
        diagnostics.NUMBERING_REPEAT,
        6,
        "1.",
        after="They met.\n",
    ),
    Row(
        ITALY + "The two ministers met.\n1. Trade\nThey met.\n2. Energy\nThey talked.\n"
        "1. Security\nThey agreed.",
        diagnostics.NUMBERING_RESTART,
        8,
        "1.",
        after="They talked.\n",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.code}-{row.line}")
def test_the_diagnostic_points_at_what_it_concerns(row: Row) -> None:
    found = [
        d
        for d in readout_parser.parse(row.text).diagnostics
        if d.code in diagnostics.STRUCTURE_CODES
    ]
    assert [d.code for d in found] == [row.code]
    [diagnostic] = found
    span = diagnostic.span
    assert diagnostic.line == row.line
    assert row.text[span.start : span.end] == row.covered
    if row.after:
        assert row.text[: span.start].endswith(row.after)
    elif not row.covered:
        assert span.start == _line_start(row.text, row.line)


def _line_start(text: str, line: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start


def test_every_structure_code_has_a_row() -> None:
    assert {row.code for row in ROWS} == set(diagnostics.STRUCTURE_CODES)
