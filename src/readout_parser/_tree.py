"""The body: the lead, and the tree of numbered sections below it.

Nesting follows the page's own numbering styles, not fixed levels: the first
style seen ("1.", "(1)", ...) is the top level, a new style opens a level
under the current item, and a style already open closes back to its level.
That is how the site's nested HTML lists come out in a web copy, whichever
style a page starts with.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from readout_parser import _boilerplate, _photos, diagnostics
from readout_parser._lines import Classified, Kind, Marker
from readout_parser._text import Line
from readout_parser.model import Boilerplate, BoilerplateKind, Diagnostic, Paragraph, Section, Span

# The end of a sentence: ".", "!", "?", ":", ";", possibly inside closing
# quotes or brackets: 'as follows.', 'cooperation."', 'follows):', '(END).'.
SENTENCE_END = regex.compile(r"[.!?:;。][\"'”’)\]]*+$")

# A comma that opens a clause ("..., they will") marks running text; headings
# list topics with capitals after commas ("Trade, Investment and Economy").
CLAUSE_COMMA = regex.compile(r",\s\p{Ll}")

# Headings are short: the longest topic lines in the corpus are ~15 words.
MAX_HEADING_WORDS = 20

# A last item with nothing below it and more words than this is a sentence the
# page was cut in, not a heading ("(4)The Issue of" stays a heading).
MAX_CUT_HEADING_WORDS = 4

# Extra indentation that makes a "1." under a "1." item a nested list.
MIN_NESTING_INDENT = 2


@attrs.frozen
class Body:
    """What the body holds, before photos are assembled page-wide."""

    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    photos: tuple[_photos.PhotoPiece, ...]
    boilerplate: tuple[Boilerplate, ...]
    back_link: str | None
    back_link_span: Span | None
    diagnostics: tuple[Diagnostic, ...]
    # The text of the last line of content and whether it was left empty, for
    # the truncation check: None when the body has no content.
    last_text: str | None
    last_item_empty: bool


@attrs.define
class _Open:
    """A section being built; local to :func:`build_body`, frozen on close."""

    marker: Marker
    line: Line
    heading: str | None
    heading_span: Span | None
    paragraphs: list[Paragraph] = attrs.Factory(list)
    children: list[Section] = attrs.Factory(list)
    last_number: int = 0
    end: int = 0

    def freeze(self) -> Section:
        return Section(
            number=self.marker.number,
            marker=self.marker.text,
            heading=self.heading,
            span=Span(self.line.offset(self.marker.start), self.end),
            heading_span=self.heading_span,
            paragraphs=tuple(self.paragraphs),
            subsections=tuple(self.children),
        )


def is_heading(text: str) -> bool:
    """Whether a numbered line's text names a topic rather than saying something.

    >>> is_heading("Japan-U.S. security"), is_heading("Prime Minister Abe stated the following:")
    (True, True)
    >>> is_heading("The two sides confirmed their cooperation.")
    False
    """
    if text.endswith(":"):
        return True
    if SENTENCE_END.search(text) is not None or CLAUSE_COMMA.search(text) is not None:
        return False
    return 0 < text.count(" ") + 1 <= MAX_HEADING_WORDS


def ends_sentence(text: str) -> bool:
    """Whether *text* ends as a complete sentence or note does."""
    if SENTENCE_END.search(text) is not None:
        return True
    # A note wholly in parentheses: "(Also present were ..., among others)".
    return text.startswith("(") and text.endswith(")")


def build_body(source: str, lines: Sequence[Classified]) -> Body:
    """Build the lead and the section tree from the body's classified lines."""
    lead: list[Paragraph] = []
    top: list[Section] = []
    stack: list[_Open] = []
    pieces: list[_photos.PhotoPiece] = []
    boilerplate: list[Boilerplate] = []
    found: list[Diagnostic] = []
    back_link: str | None = None
    back_link_span: Span | None = None
    top_last_number = 0
    # The paragraph a hard-wrapped next line would continue, if any.
    joinable: Paragraph | None = None
    last_text: str | None = None
    last_item_empty = False

    def add_paragraph(paragraph: Paragraph) -> None:
        target = stack[-1].paragraphs if stack else lead
        target.append(paragraph)
        if stack:
            stack[-1].end = paragraph.span.end

    def close_to(depth: int) -> None:
        nonlocal top_last_number
        while len(stack) > depth:
            closed = stack.pop()
            section = closed.freeze()
            if stack:
                stack[-1].children.append(section)
                stack[-1].end = max(stack[-1].end, section.span.end)
            else:
                top.append(section)

    for item in lines:
        line = item.line
        kind = item.kind
        if kind is Kind.BLANK:
            joinable = None
            continue
        if kind is Kind.ITEM:
            joinable = None
            assert item.marker is not None
            marker = item.marker
            close_to(_level(stack, marker, line))
            siblings_last = stack[-1].last_number if stack else top_last_number
            if marker.number is not None:
                found.extend(_numbering(source, line, marker, siblings_last))
                if stack:
                    stack[-1].last_number = marker.number
                else:
                    top_last_number = marker.number
            text, labels = _boilerplate.strip_inline(line, marker.body, len(line.text))
            boilerplate.extend(labels)
            opened = _Open(marker, line, None, None, end=line.end)
            if text and is_heading(text):
                opened.heading = text
                opened.heading_span = line.span(marker.body)
            elif text:
                paragraph = Paragraph(text, line.span(marker.body))
                opened.paragraphs.append(paragraph)
                joinable = paragraph
            stack.append(opened)
            last_text = text
            last_item_empty = not text
            continue
        if kind is Kind.PHOTO:
            joinable = None
            pieces.extend(item.photos)
            continue
        if kind is Kind.BACK_LINK:
            joinable = None
            target = _boilerplate.back_link_target(line.text)
            assert target is not None
            back_link, start, end = target
            back_link_span = line.span(start, end)
            boilerplate.append(Boilerplate(BoilerplateKind.BACK_LINK, line.text, line.span()))
            continue
        if kind is Kind.BOILERPLATE:
            joinable = None
            assert item.boilerplate is not None
            boilerplate.append(Boilerplate(item.boilerplate, line.text, line.span()))
            continue
        # BULLET, TEXT, and DATE or other lines met inside the body: running text.
        start = item.body if kind is Kind.BULLET else 0
        text, labels = _boilerplate.strip_inline(line, start, len(line.text))
        boilerplate.extend(labels)
        if not text:
            # A bullet with nothing after it: list markup left behind.
            boilerplate.append(Boilerplate(BoilerplateKind.MARKUP, line.text, line.span()))
            joinable = None
            continue
        if (
            joinable is not None
            and kind is Kind.TEXT
            and text[:1].islower()
            and not ends_sentence(joinable.text)
        ):
            # A line broken mid-sentence by a hard wrap: continue the paragraph.
            merged = attrs.evolve(
                joinable,
                text=f"{joinable.text} {text}",
                span=Span(joinable.span.start, line.end),
            )
            _replace_last(stack[-1].paragraphs if stack else lead, merged)
            if stack:
                stack[-1].end = line.end
            joinable = merged
            last_text = merged.text
            continue
        paragraph = Paragraph(text, line.span(start), item.bullet)
        add_paragraph(paragraph)
        joinable = paragraph
        last_text = text
        last_item_empty = False

    if stack and _cut_heading(stack[-1], last_text):
        # A page cut inside an item's first sentence leaves a short line with
        # nothing below it; several words without an ending are that sentence.
        cut = stack[-1]
        assert cut.heading is not None
        assert cut.heading_span is not None
        cut.paragraphs.append(Paragraph(cut.heading, cut.heading_span))
        cut.heading = cut.heading_span = None
    close_to(0)
    return Body(
        lead=tuple(lead),
        sections=tuple(top),
        photos=tuple(pieces),
        boilerplate=tuple(boilerplate),
        back_link=back_link,
        back_link_span=back_link_span,
        diagnostics=tuple(found),
        last_text=last_text,
        last_item_empty=last_item_empty,
    )


def _level(stack: list[_Open], marker: Marker, line: Line) -> int:
    """How many open items stay open when an item with *marker* starts.

    Normally the one open item of the same style is closed (a sibling follows).
    A style nested in itself is told apart from a restart where the page shows
    it: "  1. General remarks" followed by "    1. ..." (a "1." indented deeper
    than the open "1."), or "2. Regional affairs" with nothing under it followed
    by "1. The two ministers ..." (a heading awaiting its list). Later items go
    back to the open item whose indentation they match.
    """
    same = [depth for depth, open_ in enumerate(stack) if open_.marker.style is marker.style]
    if not same:
        return len(stack)
    deepest = stack[same[-1]]
    if marker.number == 1 and (
        line.indent >= deepest.line.indent + MIN_NESTING_INDENT or _awaits_list(deepest)
    ):
        return len(stack)
    for depth in reversed(same):
        if stack[depth].line.indent <= line.indent:
            return depth
    return same[0]


def _awaits_list(item: _Open) -> bool:
    return item.heading is not None and not item.paragraphs and not item.children


def _cut_heading(item: _Open, last_text: str | None) -> bool:
    heading = item.heading
    return (
        heading is not None
        and heading == last_text
        and not item.paragraphs
        and not item.children
        and not heading.endswith(":")
        and heading.count(" ") + 1 > MAX_CUT_HEADING_WORDS
    )


def _replace_last(paragraphs: list[Paragraph], paragraph: Paragraph) -> None:
    paragraphs[-1] = paragraph


def _numbering(source: str, line: Line, marker: Marker, previous: int) -> list[Diagnostic]:
    assert marker.number is not None
    number = marker.number
    if number == previous + 1:
        return []
    span = line.span(marker.start, marker.end)
    before = f"item {previous}" if previous else "the start of the list"
    if number > previous + 1:
        code = diagnostics.NUMBERING_GAP
        what = f"skips from {before} to {number}"
    elif number == previous:
        code = diagnostics.NUMBERING_REPEAT
        what = f"repeats the number of {before}"
    else:
        code = diagnostics.NUMBERING_RESTART
        what = f"goes back from {before} to {number}"
    message = (
        f"item {marker.text!r} {what} at the same level; it was kept as the next "
        "section in page order. Check the page for a lost item or a typo in the number."
    )
    return [diagnostics.make(code, message, source, span)]
