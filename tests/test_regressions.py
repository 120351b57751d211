"""Inputs that once broke ``parse`` or what callers do with its result.

Each row is an input that crashed, or produced a ``Readout`` that could not be
serialised, compared or pickled, with where it came from. A row that still
fails is a strict xfail naming the fix it waits for (see
``docs/performance.md``); once the fix lands the xfail turns into a failure,
and the mark comes off.

Section nesting is bounded (8 levels) since the rows on nested "1." items
were found; they stay as regressions.

Every row is checked for what the fuzz target (``tests/fuzz/fuzz_parse.py``)
checks, and for a pickle round trip, so a row is also a replay of a fuzz
finding: add the decoded input of a crash file here with its origin.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from readout_parser import Readout, parse
from walk import spans_of


class Case(NamedTuple):
    name: str
    text: str
    origin: str
    waits_for: str | None = None


def _indented_ones(depth: int) -> str:
    return "".join(" " * (2 * level) + "1. a\n" for level in range(depth))


CASES: tuple[Case, ...] = (
    Case(
        "self-nesting-items",
        "1. a\n" * 400,
        "adversarial review: each '1. a' is a heading awaiting its list, so the next"
        " '1.' nests under it; 400 levels exhaust the recursion limit in to_dict, ==,"
        " repr and pickle",
    ),
    Case(
        "self-nesting-items-deeper",
        "1. a\n" * 2000,
        "adversarial review: 2,000 levels (10 KB of input) make parse itself raise"
        " RecursionError, in parser.lead_candidates -> _first_paragraphs",
    ),
    Case(
        "indented-self-nesting-items",
        _indented_ones(400),
        "adversarial review: each '1.' indented two more spaces nests under the one"
        " above; 400 levels exhaust the recursion limit",
    ),
    Case("lone-surrogate", "Japan-China Relations\n\ud800\nMay 9, 2018\n", "edge of str"),
    Case(
        "information-separators",
        "Japan-China Relations\x1c\nMay 9, 2018\n\x1fThe two leaders met.\x1e",
        "edge of white space: str.isspace() knows U+001C-U+001F, regex \\s does not",
    ),
    Case("lone-carriage-returns", "Japan\rMay 9, 2018\r\rThe two leaders met.\r", "edge"),
    Case("bom-inside-lines", "\ufeffJapan\ufeff\n\ufeff May 9, 2018 \ufeff\n", "edge"),
    Case("only-a-marker", "(1)", "edge"),
    Case("photo-label-only", "(Photo)", "edge"),
    Case(
        "long-s-in-a-month",
        "Auguſt 1, 2017",
        "reliability review: 'ſ' matches 's' case-insensitively but lower-cases to"
        " itself, and the month lookup raised KeyError",
    ),
    Case(
        "dotted-capital-i-in-a-month",
        "Aprİl 1, 2017",
        "reliability review: 'İ' lower-cases to two characters; KeyError in the month lookup",
    ),
    Case(
        "lone-surrogate-in-the-lead",
        "Japan-China Relations\nMay 9, 2018\nThe two leaders \udc80 met.\n",
        "issue on honest parsing: to_json() gave a str that could not be encoded",
    ),
    Case(
        "invisible-characters-only",
        "\u200b\u200e\n\ufeff\u2060\n\u00ad",
        "edge: a line of invisible characters is blank",
    ),
    Case(
        "doubled-labels-only",
        "(Photo)(Photo)(Photo)\n(Photo: Cabinet Office)(Photo: Cabinet Office)",
        "edge: labels and credits the copy doubled, with no caption",
    ),
    Case(
        "footer-then-joined-page",
        "Japan-China Relations\nMay 9, 2018\nThe two met.\nBack to Japan-China Relations\n"
        "Japan-Korea Relations\nMay 10, 2018\nThe two met again.\n",
        "edge: a second readout after the footer",
    ),
)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case.name,
            marks=[
                pytest.mark.xfail(
                    raises=RecursionError, strict=True, reason=f"waits for {case.waits_for}"
                )
            ]
            if case.waits_for
            else [],
        )
        for case in CASES
    ],
)
def test_input_parses_serialises_and_pickles(case: Case) -> None:
    readout = parse(case.text)
    assert isinstance(readout, Readout)
    for span in spans_of(readout):
        assert 0 <= span.start <= span.end <= len(case.text), span
    assert Readout.from_dict(readout.to_dict()) == readout
    assert pickle.loads(pickle.dumps(readout)) == readout
    readout.to_json().encode("utf-8")


def test_fuzz_dictionary_is_well_formed() -> None:
    """Every entry of the fuzz dictionary is name="..." with libFuzzer's escapes only."""
    path = Path(__file__).parent / "fuzz" / "readout.dict"
    entry = re.compile(r'[A-Za-z_][A-Za-z0-9_]*="(?:[ !#-\[\]-~]|\\x[0-9A-F]{2}|\\\\|\\")+"')
    entries = [
        line for line in path.read_text(encoding="ascii").splitlines() if not line.startswith("#")
    ]
    assert len(entries) > 100
    assert [line for line in entries if not entry.fullmatch(line)] == []
    # The letters that once crashed the month lookup are in it.
    assert "\\xC5\\xBF" in path.read_text(encoding="ascii")  # "ſ"
    assert "\\xC4\\xB0" in path.read_text(encoding="ascii")  # "İ"
