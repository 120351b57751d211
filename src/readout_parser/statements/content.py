"""The content statements are read from: the lead, the sections' paragraphs, and
the headings that introduce what follows, each with its section path.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout_parser.meeting.lead import Located
from readout_parser.model import Paragraph, Section, Span
from readout_parser.statements import Content

__all__ = ["content_of"]


def content_of(
    source: str, lead: Sequence[Paragraph], sections: Sequence[Section]
) -> list[Content]:
    """The content of a readout in document order, located in *source*."""
    found = [Content((), locate(source, paragraph.text, paragraph.span)) for paragraph in lead]
    _walk(source, sections, (), found)
    return found


def _walk(
    source: str, sections: Sequence[Section], path: tuple[int, ...], found: list[Content]
) -> None:
    for position, section in enumerate(sections, start=1):
        where = (*path, _number(section, position))
        if (
            section.heading is not None
            and section.heading_span is not None
            and section.heading.endswith((":", "."))
        ):
            found.append(Content(where, locate(source, section.heading, section.heading_span)))
        found.extend(Content(where, locate(source, p.text, p.span)) for p in section.paragraphs)
        _walk(source, section.subsections, where, found)


def _number(section: Section, position: int) -> int:
    """The item's number as printed; a letter counts its place ("(b)" is 2); else its position."""
    if section.number is not None:
        return section.number
    letters = [char for char in section.marker if char.isalpha()]
    if len(letters) == 1 and letters[0].isascii():
        return ord(letters[0].lower()) - ord("a") + 1
    return position


def locate(source: str, text: str, span: Span) -> Located:
    """*text* (normalised) with the input offset of each character within *span*.

    Inline furniture cut out of a paragraph ("(PDF)Open a New Window") makes the
    text differ from its source; its characters are then matched in order.
    """
    located = Located.of(source, span.start, span.end)
    if located.text == text:
        return located
    offsets: list[int] = []
    cursor = span.start
    for char in text:
        if char == " ":
            offsets.append(cursor)
            while cursor < span.end and source[cursor].isspace():
                cursor += 1
            continue
        found = source.find(char, cursor, span.end)
        if found < 0:
            found = cursor
        offsets.append(found)
        cursor = found + 1
    offsets.append(cursor)
    return Located(text, offsets)
