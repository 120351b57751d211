"""The context rules keep the page's byte of each line's kind in step with the line.

``page.rules.Lines`` holds a line's kind twice: in the line, and as one byte
of ``Lines.values``, which the rules search in C. Every rule that changes a
line goes through ``Lines.put``; a rule that wrote the line alone would leave
a stale byte for the rules after it. Each rule is run in turn, on real pages
and on pages made to exercise it, and both must agree after every one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readout_parser.page.lines import classify_lines
from readout_parser.page.rules import RULES, Lines

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))

LEAD = "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Wang Yi.\n"

# Pages that make each rule change a line, by the rule's name.
PAGES = [
    ("navigation", "• Home\n• Foreign Policy\nJapan-China Relations\nMay 9, 2018\n" + LEAD),
    (
        "captions_above_credits",
        (
            "Japan-China Relations\nMay 9, 2018\nTwo ministers shaking hands\n"
            "(Photo: Cabinet Public Relations Office)\n" + LEAD
        ),
    ),
    (
        "site_footer",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "1. Trade\nThey met.\n"
            "Back to Japan-China Relations\nRelated Links\nPrivacy Policy\n(1) Cookie settings\n"
        ),
    ),
    (
        "contents",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "- 1 Opening remarks\n"
            "- 2 Bilateral relations\n- 3 Regional affairs\n1 Opening remarks\nThey met.\n"
            "2 Bilateral relations\nThey talked.\n3 Regional affairs\nThey agreed.\n"
        ),
    ),
    (
        "counters",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "2. (1) At the beginning, they met.\n"
            "(2) They talked.\n"
        ),
    ),
    (
        "unnumbered_headings",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "Japan-China relations\n"
            "(1) At the beginning, Minister Kono welcomed Mr. Wang.\n(2) They talked.\n"
            "(Reference) Recent high-level exchanges\n(1) May 2018: a visit.\n"
        ),
    ),
    # A name's initial a hard wrap put at a line's start is no roman item.
    (
        "roman_items",
        (
            "Japan-Russia Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono held a meeting with "
            "H.E. Mr. Sergey\nV. Lavrov, Minister of Foreign Affairs of the Russian Federation.\n"
            "I. Bilateral relations\n1. They met.\nII. Regional affairs\n1. They talked.\n"
        ),
    ),
    # A "Back to ..." link above the readout's content is the site's.
    ("site_footer", "Japan-China Relations\nMay 9, 2018\nBack to Index\n" + LEAD),
    (
        "page_top_footer",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "1. Trade\nThey met.\nPage Top\n"
            "• Privacy Policy\n• Legal Matters\nCopyright © Ministry of Foreign Affairs of Japan\n"
        ),
    ),
    (
        "related_links",
        (
            "Japan-China Relations\nMay 9, 2018\n" + LEAD + "1. Trade\nThey met.\n"
            "Related Links\n• G7 Ise-Shima Summit\n• Japan-China Joint Statement (PDF)\n"
            "Back to Japan-China Relations\n"
        ),
    ),
]


def _kinds_in_step(text: str) -> None:
    page = Lines(classify_lines(text))
    for rule in RULES:
        rule(page)
        assert bytes(page.values) == bytes(item.kind.value for item in page.lines), rule.__name__


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.stem)
def test_on_real_pages(path: Path) -> None:
    _kinds_in_step(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "text"), PAGES, ids=[name for name, _ in PAGES])
def test_on_pages_each_rule_changes(name: str, text: str) -> None:
    page = Lines(classify_lines(text))
    for rule in RULES:
        before = list(page.lines)
        rule(page)
        if rule.__name__ == name:
            # The page is one this rule changes: else it would test nothing.
            assert any(a is not b for a, b in zip(before, page.lines, strict=True))
    _kinds_in_step(text)


def test_every_rule_that_changes_lines_has_a_page() -> None:
    assert {name for name, _ in PAGES} <= {rule.__name__ for rule in RULES}
