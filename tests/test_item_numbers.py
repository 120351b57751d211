"""The number a statement's item counts, in lists lettered or numbered in roman.

Under "1. Bilateral relations" a page lists its points as "(a)", "(b)", ...
or, where the page's HTML numbers an inner list in roman (``<ol
type="i">``, which :mod:`readout_parser.html` writes as "(i)", "(ii)"), as
"(i)", "(ii)", "(iii)". A statement's ``where`` counts the item it is in.
"""

from __future__ import annotations

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


def test_the_ninth_letter_after_the_eighth_is_the_ninth_item() -> None:
    markers = [f"({letter})" for letter in "abcdefghij"]
    assert item_numbers(markers) == [(1, n) for n in range(1, 11)]


def test_a_list_numbered_in_roman_counts_its_numerals() -> None:
    assert item_numbers(["(i)", "(ii)", "(iii)", "(iv)"]) == [(1, 1), (1, 2), (1, 3), (1, 4)]


ROMAN = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)", "(xi)"]


def test_a_roman_list_is_one_list_of_items() -> None:
    body = "".join(
        f"{marker} The two ministers discussed point {n}.\n" for n, marker in enumerate(ROMAN, 1)
    )
    readout = readout_parser.parse(HEAD + body)
    [section] = readout.sections
    assert [s.marker for s in section.subsections] == ROMAN
    assert [str(s.paragraphs[0]) for s in section.subsections] == [
        f"The two ministers discussed point {n}." for n in range(1, 12)
    ]
    assert not [d for d in readout.diagnostics if d.code.startswith("numbering")]


def test_a_long_roman_list_counts_five_and_ten() -> None:
    assert item_numbers(ROMAN) == [(1, n) for n in range(1, 12)]


def test_a_lettered_list_runs_past_v_and_x() -> None:
    markers = [f"({chr(code)})" for code in range(ord("a"), ord("z") + 1)]
    assert item_numbers(markers) == [(1, n) for n in range(1, 27)]


def test_the_html_reader_and_the_text_reader_agree_on_a_roman_list() -> None:
    items = "".join(f"<li>The two ministers discussed point {n}.</li>" for n in range(1, 5))
    html = (
        "<html><body><p>Japan-Chile Relations</p><p>May 9, 2018</p>"
        "<p>On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting "
        "with Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile.</p>"
        f'<ol><li>Bilateral relations<ol type="i">{items}</ol></li></ol></body></html>'
    )
    readout = readout_parser.parse_html(html)
    [section] = readout.sections
    assert [s.marker for s in section.subsections] == ["(i)", "(ii)", "(iii)", "(iv)"]
    assert [s.where for s in readout.statements if "discussed point" in s.text] == [
        (1, n) for n in range(1, 5)
    ]
