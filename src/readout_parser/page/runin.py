"""Items the copy ran into the paragraph above them.

A copy that loses the line break before a numbered item runs the item into
the last paragraph of the item before it: "1. Bilateral relations" / "The
two ministers welcomed the progress in trade. 2. Regional affairs The two
ministers discussed North Korea." The item is kept where the copy put it, as
text, and a ``run-in-item`` problem says where it seems to start.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from readout_parser import diagnostics
from readout_parser._patterns import lazy_re
from readout_parser.diagnostics import Problem
from readout_parser.model import Paragraph, Section, Span
from readout_parser.page.text import Passage

__all__ = ["run_in_items"]

# A marker inside a paragraph, after the end of a sentence, before a capital
# or a digit: "... in trade. 2. Regional affairs", "... agreed. (2) The".
RUN_IN_MARKER = lazy_re(r"[.!?”\"’)] ([0-9]{1,3}\.|\([0-9]{1,3}\)) (?=[A-Z0-9“\"])")


def run_in_items(sections: Sequence[Section], passages: Mapping[int, Passage]) -> list[Problem]:
    """A problem for each top-level item that seems to run on inside the item before it.

    Only the number that should come next and does not is looked for, in the
    paragraphs of the item before its place, after a sentence's end.
    """
    found: list[Problem] = []
    for section, following in _without_next(sections):
        if not section.paragraphs and not section.subsections:
            # An item of its marker or its heading alone holds no text to run into.
            continue
        marker = _next_marker(section)
        if marker is None:
            continue
        for paragraph in _paragraphs(section):
            passage = passages.get(id(paragraph))
            if passage is None:
                continue
            at = _run_in(passage.text, marker)
            if at >= 0:
                found.append(_problem(passage, at, marker, section, following))
                break
    return found


def _without_next(sections: Sequence[Section]) -> Iterator[tuple[Section, Section | None]]:
    """Each item whose number the next item does not follow, with that next item."""
    for index, section in enumerate(sections):
        following = sections[index + 1] if index + 1 < len(sections) else None
        number = section.number
        if number is None or following is None or following.number != number + 1:
            yield section, following


def _next_marker(section: Section) -> str | None:
    """The marker of the item after *section* in its list ("2." after "1."), or None.

    Only lists numbered "1." or "(1)" are looked at.
    """
    marker, number = section.marker, section.number
    if number is None:
        return None
    if marker == f"{number}.":
        return f"{number + 1}."
    if marker == f"({number})":
        return f"({number + 1})"
    return None


def _paragraphs(section: Section) -> Iterator[Paragraph]:
    """The paragraphs of an item and of its last subsection, deepest last."""
    yield from section.paragraphs
    if section.subsections:
        yield from _paragraphs(section.subsections[-1])


def _run_in(text: str, marker: str) -> int:
    """Where *marker* opens an item inside *text*, after a sentence's end, or -1."""
    if marker not in text:
        return -1
    for match in RUN_IN_MARKER().finditer(text):
        if match.group(1) == marker:
            return match.start(1)
    return -1


def _problem(
    passage: Passage, at: int, marker: str, section: Section, following: Section | None
) -> Problem:
    offsets = passage.offsets
    span = Span(offsets[at], offsets[at + len(marker) - 1] + 1)
    after = passage.text[at : at + 40]
    then = (
        f"the next item is {following.marker!r}" if following is not None else "no item follows it"
    )
    return Problem(
        diagnostics.RUN_IN_ITEM,
        f"item {marker!r} seems to run on inside the paragraph of item {section.marker!r} "
        f"({after!r}), and {then}: the copy may have lost the line break before it. "
        f"It was kept as text of item {section.marker!r}; check the copy of the page.",
        span,
    )
