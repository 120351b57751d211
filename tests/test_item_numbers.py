"""The number a statement's item counts, in lists lettered or numbered in roman.

Under "1. Bilateral relations" a page lists its points as "(a)", "(b)", ...
or, where the page's HTML numbers an inner list in roman (``<ol
type="i">``, which :mod:`readout_parser.html` writes as "(i)", "(ii)"), as
"(i)", "(ii)", "(iii)". A statement's ``where`` counts the item it is in.
"""

from __future__ import annotations

import pytest

import readout_parser

HEAD = (
    "Japan-Chile Relations\nMay 9, 2018\n"
    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with "
    "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile. The overview is as follows.\n"
    "1. Bilateral relations\n"
)


def item_numbers(markers: list[str]) -> list[tuple[int, ...]]:
    """The ``where`` of each point of a list with *markers*, one sentence each."""
    body = "".join(
        f"{marker} The two ministers discussed point {n}.\n"
        for n, marker in enumerate(markers, start=1)
    )
    readout = readout_parser.parse(HEAD + body)
    return [s.where for s in readout.statements if "discussed point" in s.text]


def test_a_lettered_list_counts_its_letters() -> None:
    markers = [f"({letter})" for letter in "abcdefgh"]
    assert item_numbers(markers) == [(1, n) for n in range(1, 9)]


@pytest.mark.xfail(
    strict=True, reason="'(i)' is read as the roman one even after '(h)' in a lettered list"
)
def test_the_ninth_letter_after_the_eighth_is_the_ninth_item() -> None:
    markers = [f"({letter})" for letter in "abcdefghij"]
    assert item_numbers(markers) == [(1, n) for n in range(1, 11)]


@pytest.mark.xfail(
    strict=True, reason="'(ii)' and later roman numerals are not read as list markers"
)
def test_a_list_numbered_in_roman_counts_its_numerals() -> None:
    assert item_numbers(["(i)", "(ii)", "(iii)", "(iv)"]) == [(1, 1), (1, 2), (1, 3), (1, 4)]
