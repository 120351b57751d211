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

from readout_parser import diagnostics
from readout_parser.model import Boilerplate, BoilerplateKind, Diagnostic, Paragraph, Section, Span
from readout_parser.page.furniture import back_link_target, strip_inline
from readout_parser.page.lines import Classified, Kind, Marker, Style
from readout_parser.page.photos import PhotoPiece
from readout_parser.page.text import Line

# The end of a sentence: ".", "!", "?", ":", ";", possibly inside closing
# quotes or brackets: 'as follows.', 'cooperation."', 'follows):', '(END).'.
SENTENCE_END = regex.compile(r"[.!?:;。][\"'”’)\]]*+$")

# A comma that opens a clause ("..., they will") marks running text; headings
# list topics with capitals after commas ("Trade, Investment and Economy").
CLAUSE_COMMA = regex.compile(r",\s\p{Ll}")

# A short line introducing what follows, even without a colon:
# "Minister Momen stated the following.", "The overview is as follows".
INTRODUCES = regex.compile(r"\b(?:the\s++following|as\s++follows)\s*+[.:]?+$")

# An introduction ending in ":" is one short sentence; a numbered lead of
# several sentences that happens to end "as follows:" is content.
MAX_INTRODUCTION_WORDS = 30

# An abbreviation at the end of a line: "... Regional Affairs etc.", "... the U.S."
ABBREVIATION_END = regex.compile(
    r"(?:\b(?:etc|Co|Inc|Ltd|No|Nos|Jr|Sr|St|Mt|vs)\.|\b(?:\p{Lu}\.){2,})$"
)

# A short opening phrase closed by a comma: "At the outset, ", "In response, ".
OPENER = regex.compile(r"(?:[^\s,]++\s){0,3}[^\s,]++,\s")

# A line opening with such a phrase and longer than this is a sentence.
MAX_OPENER_HEADING_WORDS = 8

# Headings are short: the longest topic lines in the corpus are ~15 words.
MAX_HEADING_WORDS = 20

# A last item with nothing below it and more words than this is a sentence the
# page was cut in, not a heading ("(4)The Issue of" stays a heading).
MAX_CUT_HEADING_WORDS = 4

# A table of contents lists at least this many sections.
MIN_CONTENTS_ITEMS = 2

# Unnumbered topic lines are short ("Global security challenges"), and a page
# headed by them has at least this many when they are followed by prose.
MAX_TOPIC_WORDS = 12
MIN_TOPIC_LINES = 2

# Real pages nest three levels deep at most; deeper input (a run of ever more
# indented "1." lines) is kept at this depth so that every consumer of the
# tree, recursive or not, stays cheap.
MAX_DEPTH = 8

# Extra indentation that makes a "1." under a "1." item a nested list.
MIN_NESTING_INDENT = 2


@attrs.frozen
class Body:
    """What the body holds, before photos are assembled page-wide."""

    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    photos: tuple[PhotoPiece, ...]
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
            span=Span(self.line.start, self.end),
            heading_span=self.heading_span,
            paragraphs=tuple(self.paragraphs),
            subsections=tuple(self.children),
        )


def is_heading(text: str) -> bool:
    """Whether a numbered line's text names a topic rather than saying something.

    >>> is_heading("Japan-U.S. security"), is_heading("Prime Minister Abe stated the following:")
    (True, True)
    >>> is_heading("Bilateral Relations, Regional Affairs etc.")
    True
    >>> is_heading("The two sides confirmed their cooperation.")
    False
    """
    words = text.count(" ") + 1
    if (text.endswith(":") and words <= MAX_INTRODUCTION_WORDS) or (
        words <= MAX_HEADING_WORDS and INTRODUCES.search(text) is not None
    ):
        return True
    if _ends_sentence_proper(text) or CLAUSE_COMMA.search(text) is not None:
        return False
    if words > MAX_OPENER_HEADING_WORDS and OPENER.match(text) is not None:
        # "At the outset, Prime Minister Abe welcomed ... Summit" lost its full stop.
        return False
    return 0 < words <= MAX_HEADING_WORDS


def _ends_sentence_proper(text: str) -> bool:
    # "etc." and "U.S." end abbreviations, not sentences.
    return SENTENCE_END.search(text) is not None and ABBREVIATION_END.search(text) is None


def ends_sentence(text: str) -> bool:
    """Whether *text* ends as a complete sentence or note does."""
    if SENTENCE_END.search(text) is not None:
        return True
    # A note wholly in parentheses: "(Also present were ..., among others)".
    return text.startswith("(") and text.endswith(")")


def build_body(source: str, lines: Sequence[Classified]) -> Body:
    """Build the lead and the section tree from the body's classified lines."""
    lines = _unnumbered_headings(_contents(lines))
    lead: list[Paragraph] = []
    top: list[Section] = []
    stack: list[_Open] = []
    pieces: list[PhotoPiece] = []
    boilerplate: list[Boilerplate] = []
    found: list[Diagnostic] = []
    back_link: str | None = None
    back_link_span: Span | None = None
    top_last_number = 0
    # The paragraph a hard-wrapped next line would continue, if any, the list
    # holding it, and the texts of its lines (joined once, when it ends).
    joinable: Paragraph | None = None
    joinable_home: list[Paragraph] = lead
    wrapped: list[str] = []
    last_text: str | None = None
    last_item_empty = False

    def end_paragraph() -> None:
        nonlocal joinable
        if joinable is not None and len(wrapped) > 1:
            joinable_home[-1] = attrs.evolve(joinable, text=" ".join(wrapped))
        joinable = None
        wrapped.clear()

    def start_paragraph(paragraph: Paragraph, home: list[Paragraph]) -> None:
        nonlocal joinable, joinable_home
        end_paragraph()
        joinable, joinable_home = paragraph, home
        wrapped.append(paragraph.text)

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
            end_paragraph()
            continue
        if kind is Kind.ITEM:
            end_paragraph()
            assert item.marker is not None
            marker = item.marker
            close_to(min(_level(stack, marker, line), MAX_DEPTH - 1))
            siblings_last = stack[-1].last_number if stack else top_last_number
            if marker.number is not None:
                found.extend(_numbering(source, line, marker, siblings_last))
                if stack:
                    stack[-1].last_number = marker.number
                else:
                    top_last_number = marker.number
            text, labels = strip_inline(line, marker.body, len(line.text))
            boilerplate.extend(labels)
            opened = _Open(marker, line, None, None, end=line.end)
            if text and is_heading(text):
                opened.heading = text
                opened.heading_span = line.span(marker.body)
            elif text:
                paragraph = Paragraph(text, line.span(marker.body))
                opened.paragraphs.append(paragraph)
                start_paragraph(paragraph, opened.paragraphs)
            stack.append(opened)
            last_text = text
            last_item_empty = not text
            continue
        if kind is Kind.PHOTO:
            end_paragraph()
            pieces.extend(item.photos)
            continue
        if kind is Kind.BACK_LINK:
            end_paragraph()
            target = back_link_target(line.text)
            assert target is not None
            back_link, start, end = target
            back_link_span = line.span(start, end)
            boilerplate.append(Boilerplate(BoilerplateKind.BACK_LINK, line.text, line.span()))
            continue
        if kind is Kind.BOILERPLATE:
            end_paragraph()
            assert item.boilerplate is not None
            boilerplate.append(Boilerplate(item.boilerplate, line.text, line.span()))
            continue
        # BULLET, TEXT, and DATE or other lines met inside the body: running text.
        start = item.body if kind is Kind.BULLET else 0
        text, labels = strip_inline(line, start, len(line.text))
        boilerplate.extend(labels)
        if not text:
            # A bullet with nothing after it: list markup left behind.
            boilerplate.append(Boilerplate(BoilerplateKind.MARKUP, line.text, line.span()))
            end_paragraph()
            continue
        if (
            joinable is not None
            and kind is Kind.TEXT
            and text[:1].islower()
            and not ends_sentence(wrapped[-1])
        ):
            # A line broken mid-sentence by a hard wrap: continue the paragraph.
            joinable = attrs.evolve(joinable, span=Span(joinable.span.start, line.end))
            joinable_home[-1] = joinable
            wrapped.append(text)
            if stack:
                stack[-1].end = line.end
            last_text = text
            continue
        marker_span = line.span(0, 1) if item.bullet is not None else None
        paragraph = Paragraph(text, line.span(start), item.bullet, marker_span)
        end_paragraph()
        add_paragraph(paragraph)
        start_paragraph(paragraph, stack[-1].paragraphs if stack else lead)
        last_text = text
        last_item_empty = False

    end_paragraph()
    if stack and _cut_heading(stack[-1], last_text):
        # A page cut inside an item's first sentence leaves a short line with
        # nothing below it; several words without an ending are that sentence.
        cut = stack[-1]
        assert cut.heading is not None
        assert cut.heading_span is not None
        cut.paragraphs.append(Paragraph(cut.heading, cut.heading_span))
        cut.heading = cut.heading_span = None
    close_to(0)
    if not lead and _is_wrapper(top):
        # "  1. On June 26, ... as follows." holding the whole page, with the
        # real list one level in: a one-item list the copy wrapped around it.
        # Its "1." is list markup left behind.
        wrapper = top[0]
        marker_end = wrapper.paragraphs[0].span.start
        while marker_end > wrapper.span.start and source[marker_end - 1].isspace():
            marker_end -= 1
        marker_span = Span(wrapper.span.start, marker_end)
        boilerplate.append(
            Boilerplate(BoilerplateKind.MARKUP, marker_span.slice(source), marker_span)
        )
        lead.extend(wrapper.paragraphs)
        top = list(wrapper.subsections)
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
    awaits = same[-1] == len(stack) - 1 and _awaits_list(deepest)
    if marker.number == 1 and (line.indent >= deepest.line.indent + MIN_NESTING_INDENT or awaits):
        return len(stack)
    for depth in reversed(same):
        if stack[depth].line.indent <= line.indent:
            return depth
    return same[0]


def _is_wrapper(top: list[Section]) -> bool:
    if len(top) != 1:
        return False
    only = top[0]
    return (
        only.number == 1
        and only.heading is None
        and bool(only.paragraphs)
        and bool(only.subsections)
        and only.subsections[0].number == 1
        # The same style one level in, so only indentation kept them apart.
        and only.subsections[0].marker == only.marker
    )


def _contents(lines: Sequence[Classified]) -> Sequence[Classified]:
    """Mark an in-page table of contents as boilerplate.

    "- 1 Opening remarks" / "- 2 Bilateral relations" / ... followed by the
    section "1 Opening remarks" itself: a run of bulleted heading-only items,
    the first section after it repeating one of their headings; the contents
    start at that heading. One pass over the items.
    """
    items = [i for i, item in enumerate(lines) if item.kind is Kind.ITEM]
    run: list[int] = []
    for index in [*items, -1]:
        item = lines[index] if index >= 0 else None
        if item is not None:
            assert item.marker is not None
            if item.marker.bulleted and is_heading(_item_text(item)):
                run.append(index)
                continue
        if item is not None and len(run) >= MIN_CONTENTS_ITEMS:
            target = _item_text(item).casefold()
            first = next(
                (
                    at
                    for at, entry in enumerate(run)
                    if _item_text(lines[entry]).casefold() == target
                ),
                None,
            )
            if first is not None and len(run) - first >= MIN_CONTENTS_ITEMS:
                marked = list(lines)
                for entry in run[first:]:
                    marked[entry] = Classified(
                        Kind.BOILERPLATE, lines[entry].line, boilerplate=BoilerplateKind.CONTENTS
                    )
                return marked
        run = []
    return lines


def _item_text(item: Classified) -> str:
    assert item.marker is not None
    return item.line.text[item.marker.body :]


def _unnumbered_headings(lines: Sequence[Classified]) -> Sequence[Classified]:
    """Read topic lines that lost their numbers as headings of unnumbered sections.

    "Japan-NATO relations" followed by "(1) At the beginning ...": a short
    topic line right before a list that starts at 1 is that list's heading.
    Topic lines followed by prose count too where a page has two or more, as
    a page of headed paragraphs does.
    """
    candidates: list[tuple[int, bool]] = []
    seen_text = False
    for index, item in enumerate(lines):
        if item.kind is Kind.BLANK:
            continue
        if not seen_text:
            seen_text = True
            continue
        if item.kind not in (Kind.TEXT, Kind.BULLET):
            continue
        text = item.line.text[item.body :]
        if not _is_topic(text):
            continue
        # Walk forward rather than slice: a slice per line would copy the rest
        # of the page for every topic-like line.
        following = next(
            (lines[n] for n in range(index + 1, len(lines)) if lines[n].kind is not Kind.BLANK),
            None,
        )
        if following is None or following.line.text[:1].islower():
            # Nothing after it, or a line it was hard-wrapped into ("At the" / "outset, ...").
            continue
        if following.kind is Kind.ITEM and following.marker and following.marker.number == 1:
            candidates.append((index, True))
        elif following.kind in (Kind.TEXT, Kind.BULLET) and _is_running_text(following.line.text):
            candidates.append((index, False))
    weak = sum(1 for _, strong in candidates if not strong)
    accepted = [index for index, strong in candidates if strong or weak >= MIN_TOPIC_LINES]
    if not accepted:
        return lines
    marked = list(lines)
    for index in accepted:
        item = lines[index]
        marker = Marker(Style.HEADING, None, "", 0, item.body, item.body)
        marked[index] = Classified(Kind.ITEM, item.line, marker=marker)
    return marked


def _is_running_text(text: str) -> bool:
    return ends_sentence(text) or text.count(" ") + 1 > MAX_TOPIC_WORDS


def _is_topic(text: str) -> bool:
    return (
        text[:1].isupper()
        and not text.endswith(":")
        and INTRODUCES.search(text) is None
        and SENTENCE_END.search(text) is None
        and text.count(" ") + 1 <= MAX_TOPIC_WORDS
        and is_heading(text)
    )


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
    return [diagnostics.make(code, message, source, span, line=line.number)]
