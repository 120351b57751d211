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


# A page whose top-level topics are numbered in roman capitals, each with a
# list of its own (as the site writes a long dialogue's overview).
ROMAN_CAPITALS = (
    "Japan-China Relations\nThe Fourth Japan-China High-Level Economic Dialogue\nApril 16, 2018\n"
    "On April 16, the Fourth Japan-China High-Level Economic Dialogue was held in Tokyo. The "
    "overview is as follows.\n"
    "I. Macroeconomic policies\n"
    "1. The two sides exchanged views on the global economy.\n"
    "2. The two sides confirmed their cooperation.\n"
    "\n"
    "II. Trade and investment\n"
    "1. The Japanese side stated its view on trade.\n"
    "III. Other issues\n"
    "The two sides agreed to hold the next dialogue in Beijing.\n"
    "Back to Japan-China Relations\n"
)


def test_topics_numbered_in_roman_capitals_are_numbered_sections() -> None:
    readout = readout_parser.parse(ROMAN_CAPITALS)
    assert [(s.marker, s.number, s.heading) for s in readout.sections] == [
        ("I.", 1, "Macroeconomic policies"),
        ("II.", 2, "Trade and investment"),
        ("III.", 3, "Other issues"),
    ]
    first, second, third = readout.sections
    assert [(s.marker, s.number) for s in first.subsections] == [("1.", 1), ("2.", 2)]
    assert [(s.marker, s.number) for s in second.subsections] == [("1.", 1)]
    assert [str(p) for p in third.paragraphs] == [
        "The two sides agreed to hold the next dialogue in Beijing."
    ]
    for section in readout.sections:
        start = ROMAN_CAPITALS.index(section.marker + " ")
        assert section.span.start == start
    assert [s.where for s in readout.statements if s.text.startswith("The Japanese side")] == [
        (2, 1)
    ]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("name", "wrapped"),
    [
        # "V." and "I." of a name a hard wrap put at the start of a line.
        ("H.E. Mr. Sergey", "V. Lavrov"),
        ("H.E. Mr. Igor", "I. Ivanov"),
    ],
)
def test_an_initial_wrapped_to_the_start_of_a_line_numbers_nothing(name: str, wrapped: str) -> None:
    text = (
        "Japan-Russia Relations\nJapan-Russia Foreign Ministers' Meeting\nMarch 21, 2016\n"
        "On March 21, commencing at 11:00 a.m. for approximately 3 hours, Mr. Fumio Kishida,\n"
        f"Minister for Foreign Affairs of Japan, held a meeting with {name}\n"
        f"{wrapped}, Minister of Foreign Affairs of the Russian Federation, in Tokyo. The\n"
        "overview of the meeting is as follows.\n"
        "1. Minister Kishida stated that Japan would like to advance the relationship\n"
        "with Russia in all areas.\n"
        "2. The two ministers agreed to meet again.\n"
    )
    readout = readout_parser.parse(text)
    [lead] = readout.lead
    assert f"{name.split()[-1]} {wrapped}, Minister of Foreign Affairs" in lead.text
    assert [(s.marker, s.number) for s in readout.sections] == [("1.", 1), ("2.", 2)]
    assert readout.meeting.participants[1].name == f"{name.split()[-1]} {wrapped}"


def test_the_html_reader_and_the_text_reader_agree_on_roman_capitals() -> None:
    html = (
        "<html><body><p>Japan-China Relations</p><p>April 16, 2018</p>"
        "<p>On April 16, the Fourth Japan-China High-Level Economic Dialogue was held.</p>"
        '<ol type="I"><li>Macroeconomic policies<ol><li>The two sides exchanged views.</li>'
        "</ol></li><li>Trade and investment</li></ol></body></html>"
    )
    readout = readout_parser.parse_html(html)
    assert [(s.marker, s.number, s.heading) for s in readout.sections] == [
        ("I.", 1, "Macroeconomic policies"),
        ("II.", 2, "Trade and investment"),
    ]
    assert [s.marker for s in readout.sections[0].subsections] == ["(1)"]


RUSSIA_LEAD = (
    "Japan-Russia Relations\nJune 14, 2018\nOn June 14, Mr. Taro Kono, Minister for Foreign "
    "Affairs, held a meeting with H.E. Mr. Sergey Lavrov, Minister of Foreign Affairs of the "
    "Russian Federation. The overview is as follows.\n"
)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # An initial wrapped below an item's first line, or a heading's.
        (
            "1. Minister Kono stated that he welcomed Foreign Minister Sergey\n"
            "V. Lavrov to Tokyo.\n2. The two ministers exchanged views on North Korea.\n",
            "V. Lavrov to Tokyo.",
        ),
        (
            "1. Minister Kono stated that he had invited President Vladimir\n"
            "V. Putin to Japan.\nI. Political relations\nII. Economic relations\n",
            "V. Putin to Japan.",
        ),
        # "I." going on the line above, before a list of its own.
        (
            "1. Minister Kono stated that he had met Mr. Igor\n"
            "I. Ivanov in Moscow.\nI. Political relations\nII. Economic relations\n",
            "I. Ivanov in Moscow.",
        ),
        # Initials of a list of names: "I." alone counts no list.
        (
            "1. They met.\n(Attendees)\nI. Morgulov, Deputy Minister\n",
            "I. Morgulov, Deputy Minister",
        ),
        (
            "1. They met.\n(Attendees)\nI. Morgulov, Deputy Minister\nV. Nosov, Ambassador\n",
            "V. Nosov, Ambassador",
        ),
    ],
)
def test_a_capital_that_counts_no_list_is_text(body: str, kept: str) -> None:
    readout = readout_parser.parse(RUSSIA_LEAD + body)
    texts = [str(p) for section in readout.walk() for p in section.paragraphs]
    assert kept in texts
    assert not [d for d in readout.diagnostics if d.code.startswith("numbering")]


def test_a_roman_list_goes_on_below_a_line_without_its_stop() -> None:
    # "II." after "I." counts the list, whatever the line above it ends on.
    readout = readout_parser.parse(
        RUSSIA_LEAD + "I. Political relations\n"
        "The two ministers discussed the Peace Treaty, the joint economic activities and the "
        "visits of former residents\n"
        "II. Economic relations\nThe two ministers discussed energy.\n"
    )
    assert [(s.marker, s.heading) for s in readout.sections] == [
        ("I.", "Political relations"),
        ("II.", "Economic relations"),
    ]


def test_a_roman_number_before_a_quotation_numbers_a_section() -> None:
    readout = readout_parser.parse(
        RUSSIA_LEAD
        + "I. “Free and Open Indo-Pacific”\n1. They met.\nII. (Economy)\n2. They talked.\n"
    )
    assert [(s.marker, s.number) for s in readout.sections] == [("I.", 1), ("II.", 2)]


def test_an_initial_wrapped_in_the_lead_is_no_roman_item_before_a_roman_list() -> None:
    text = (
        "Japan-Russia Relations\nMarch 21, 2016\n"
        "On March 21, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a meeting "
        "with H.E. Mr. Igor\nI. Ivanov, Minister of Foreign Affairs of the Russian Federation.\n"
        "I. Political relations\nThe two ministers met.\nII. Economic relations\nThey talked.\n"
    )
    readout = readout_parser.parse(text)
    assert [str(p) for p in readout.lead] == [
        "On March 21, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a meeting "
        "with H.E. Mr. Igor I. Ivanov, Minister of Foreign Affairs of the Russian Federation."
    ]
    assert [(s.marker, s.heading) for s in readout.sections] == [
        ("I.", "Political relations"),
        ("II.", "Economic relations"),
    ]


def test_a_roman_number_before_a_word_in_lower_case_numbers_nothing() -> None:
    readout = readout_parser.parse(
        RUSSIA_LEAD + "I. Political relations\nThey met.\nII. Economic relations\n"
        "III. the rest was left to the working level.\n"
    )
    assert [s.marker for s in readout.sections] == ["I.", "II."]
    assert [str(p) for p in readout.sections[1].paragraphs] == [
        "III. the rest was left to the working level."
    ]


def test_a_roman_list_that_skips_a_numeral_keeps_its_items_and_says_so() -> None:
    readout = readout_parser.parse(
        RUSSIA_LEAD + "I. Bilateral relations\nThey met.\nII. Regional affairs\nThey talked.\n"
        "IV. Global issues\nThey discussed climate change.\n"
    )
    assert [(s.marker, s.heading) for s in readout.sections] == [
        ("I.", "Bilateral relations"),
        ("II.", "Regional affairs"),
        ("IV.", "Global issues"),
    ]
    assert [d.code for d in readout.diagnostics if d.code.startswith("numbering")] == [
        "numbering-gap"
    ]


def test_a_roman_list_below_a_heading_line_numbers_its_sections() -> None:
    # A heading above "I." is no sentence "I." could go on.
    readout = readout_parser.parse(
        RUSSIA_LEAD + "Overview of the talks\nI. Political relations\nThey met.\n"
        "II. Economic relations\nThey talked.\n"
    )
    assert [s.marker for s in readout.walk() if s.marker] == ["I.", "II."]
