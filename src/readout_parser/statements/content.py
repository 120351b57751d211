"""The content statements are read from: the lead, the sections' paragraphs, and
the headings that introduce what follows, each with its section path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readout_parser.model import Paragraph, Section
from readout_parser.page.lines import ROMAN_DIGITS, roman_value
from readout_parser.page.text import Passage
from readout_parser.page.tree import is_content_heading
from readout_parser.statements import Content

__all__ = ["content_of"]


def content_of(
    lead: Sequence[Paragraph], sections: Sequence[Section], passages: Mapping[int, Passage]
) -> list[Content]:
    """The content of a readout in document order, with the page's offsets for each part.

    *passages* holds the page side's passage of each paragraph and heading,
    by the identity of its value in *lead* and *sections*.
    """
    found = [_content((), passages[id(paragraph)]) for paragraph in lead]
    _walk(sections, (), passages, found)
    return found


def _content(where: tuple[int, ...], passage: Passage) -> Content:
    return Content(where, passage)


def _walk(
    sections: Sequence[Section],
    path: tuple[int, ...],
    passages: Mapping[int, Passage],
    found: list[Content],
) -> None:
    previous = 0
    for position, section in enumerate(sections, start=1):
        previous = _number(section, position, previous)
        where = (*path, previous)
        if _introduces(section.heading):
            found.append(_content(where, passages[id(section)]))
        found.extend(_content(where, passages[id(p)]) for p in section.paragraphs)
        _walk(section.subsections, where, passages, found)


def _introduces(heading: str | None) -> bool:
    """Whether a heading is a sentence of content: "Prime Minister Abe stated the following:"."""
    return heading is not None and is_content_heading(heading)


def _number(section: Section, position: int, previous: int) -> int:
    """The item's number as printed, after the sibling numbered *previous* (0 for none).

    A roman numeral counts its value ("(iv)" is 4), a letter its place ("(b)"
    is 2), an item without either its position among its siblings. A letter
    that is a numeral too counts its place where it follows the letter
    before it: "(i)" after "(h)" is 9, "(v)" after "(u)" 22.

    >>> from readout_parser.model import Span
    >>> [_number(Section(None, marker, None, Span(0, 4)), 7, 6) for marker in ("(iv)", "(b)", "")]
    [4, 2, 7]
    >>> [_number(Section(None, "(i)", None, Span(0, 3)), 9, previous) for previous in (8, 0)]
    [9, 1]
    """
    if section.number is not None:
        return section.number
    letters = "".join(char for char in section.marker if char.isalpha()).lower()
    place = ord(letters) - ord("a") + 1 if len(letters) == 1 and letters.isascii() else None
    if letters and set(letters) <= ROMAN_DIGITS.keys() and place != previous + 1:
        return roman_value(letters)
    return position if place is None else place
