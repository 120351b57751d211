"""Whatever the parser cannot place is reported: never silently misplaced or lost.

Each table row is a real readout shape (or a dev-corpus page with one thing
changed, as a scraper meets it) and what a reader says the result is.
"""

from __future__ import annotations

import json

import pytest

from readout_parser import Readout, parse

HEADER = "Japan-Chile Relations\nMay 9, 2018\n"
LEAD = (
    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with "
    "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile. The overview is as follows.\n"
)


# ---------------------------------------------------------------------------
# Case-insensitive matches are followed by total lookups
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "ſ" (long s) and "İ" (dotted capital I) fold to ASCII letters under
        # IGNORECASE, but lower-case to something no table holds.
        "Auguſt 1, 2017",
        "Aprİl 1, 2017",
        "Japan-Chile Relations\nAuguſt 1, 2017\nOn Auguſt 1, the two ministers met.",
        "Japan-Chile Relations\nAprİl 1, 2017\nOn Aprİl 1, the two ministers met.",
        # The Kelvin sign folds to "k", "ﬀ" to "ff".
        "Japan-Chile Relations\nMay 9, 2018\nOn May 9, the two met. The overview is as ſollows.",
        "Japan-Chile Relations\nMay 9, 2018\n1. Bac\u212a to top\n(Photo: Cabinet O\ufb00ice)",
    ],
)
def test_case_folding_letters_never_crash(text: str) -> None:
    readout = parse(text)
    # Not a month name: no date is read from a line the site never writes.
    assert readout.date is None or "ſ" not in text.splitlines()[1]
    Readout.from_dict(json.loads(readout.to_json()))


def test_lone_surrogates_are_escaped_in_json() -> None:
    text = HEADER + "On May 9, the two ministers met in \udc80 Santiago.\n"
    readout = parse(text)
    encoded = readout.to_json()
    encoded.encode("utf-8")
    assert "\\udc80" in encoded
    assert Readout.from_dict(json.loads(encoded)) == readout
    assert readout.lead[0].text == "On May 9, the two ministers met in \udc80 Santiago."
