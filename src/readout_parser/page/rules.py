"""The context rules: what a line is, given its neighbours.

:mod:`.lines` says what each line looks like on its own; the rules below,
run in the order :data:`RULES` lists them, change what a line is where its
neighbours say otherwise, and find where the header ends and the body
begins. Once the table has run, each line's kind is final: the header reader
and the tree builder only read it.

A new rule is a small function ``rule(page: Lines) -> None`` with a
docstring example of the lines it changes, added to :data:`RULES` at the
place in the order where what it needs is settled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readout_parser.model import BoilerplateKind
from readout_parser.page.lines import Classified, Kind, Marker, Style
from readout_parser.page.photos import caption_piece
from readout_parser.page.tree import ends_sentence, has_sentence_end, introduces, is_heading

# Prose is what a header never holds: a sentence of a few words or more, or a
# line too long to be a headline or a caption (the longest captions in the
# corpus run to ~35 words).
MIN_SENTENCE_WORDS = 3
MIN_PROSE_WORDS = 50

# A page whose last line is text of this many words, with no prose before
# it, was cut inside its lead.
MIN_CUT_LEAD_WORDS = 5

# A table of contents lists at least this many sections.
MIN_CONTENTS_ITEMS = 2

# Unnumbered topic lines are short ("Global security challenges"), and a page
# headed by them has at least this many when they are followed by prose.
MAX_TOPIC_WORDS = 12
MIN_TOPIC_LINES = 2


class Lines:
    """The classified lines of a page, and where its body starts, as the rules settle them."""

    __slots__ = ("body", "lines")

    def __init__(self, lines: list[Classified]) -> None:
        self.lines = lines
        # Until the body_start rule has run, the page is all header.
        self.body = len(lines)


Rule = Callable[[Lines], None]


def settle(lines: list[Classified]) -> Lines:
    """Run every rule of :data:`RULES`, in order, over a page's classified lines."""
    page = Lines(lines)
    for rule in RULES:
        rule(page)
    return page


def captions_above_credits(page: Lines) -> None:
    """Read a short line directly above a photo credit as that photo's caption.

    "- Photograph of the leaders shaking hands" / "(Photo: Cabinet Public
    Relations Office)": a credit applies to the caption above it, so the line
    above is alt text (PHOTO, not BULLET) wherever it stands below the
    page's headline.
    """
    lines = page.lines
    # Above the first date or photo line stand breadcrumb and headline, which
    # a credit below them does not make captions.
    zone = next(
        (i for i, item in enumerate(lines) if item.kind in (Kind.DATE, Kind.PHOTO)),
        len(lines),
    )
    below: Classified | None = None
    for index in range(len(lines) - 1, zone, -1):
        item = lines[index]
        if item.kind is Kind.BLANK:
            continue
        if (
            below is not None
            and item.kind in (Kind.TEXT, Kind.BULLET)
            and below.kind is Kind.PHOTO
            and not below.photos[0].caption
            and not is_prose(item.line.text)
            and not ends_sentence(item.line.text)
        ):
            piece = caption_piece(item.line, item.body)
            lines[index] = Classified(Kind.PHOTO, item.line, photos=(piece,))
        below = lines[index]


def body_start(page: Lines) -> None:
    """Find the first line of the body: a numbered item or a line of prose.

    "Japan-China Relations" / "May 9, 2018" / "The two leaders met. ...": the
    body starts at the third line; the lines above it are the header.
    """
    lines = page.lines
    last_text = -1
    for index, item in enumerate(lines):
        if item.kind in (Kind.ITEM, Kind.BACK_LINK):
            page.body = index
            return
        if item.kind in (Kind.TEXT, Kind.BULLET) and is_prose(item.line.text):
            page.body = _wrapped_start(lines, index)
            return
        if item.kind is not Kind.BLANK:
            last_text = index if item.kind is Kind.TEXT else -1
    if last_text > 0 and _words(lines[last_text].line.text) >= MIN_CUT_LEAD_WORDS:
        # No prose at all, and the page ends on a line of text below the
        # header: a lead cut off before its first sentence ended
        # ("On March 16, commencing at 2:15 p.m. for"), not a photo caption.
        page.body = _wrapped_start(lines, last_text)
        return
    page.body = len(lines)


def contents(page: Lines) -> None:
    """Mark an in-page table of contents as boilerplate.

    "- 1 Opening remarks" / "- 2 Bilateral relations" / ... followed by the
    section "1 Opening remarks" itself: a run of bulleted heading-only items,
    the first section after it repeating one of their headings; the contents
    start at that heading. One pass over the items.
    """
    lines = page.lines
    items = [i for i in range(page.body, len(lines)) if lines[i].kind is Kind.ITEM]
    run: list[int] = []
    for index in [*items, -1]:
        item = lines[index] if index >= 0 else None
        if item is not None:
            assert item.marker is not None
            if item.marker.bulleted and is_heading(_item_text(item)):
                run.append(index)
                continue
        if item is not None and len(run) >= MIN_CONTENTS_ITEMS:
            first = _repeated(lines, run, _item_text(item).casefold())
            if first is not None and len(run) - first >= MIN_CONTENTS_ITEMS:
                for entry in run[first:]:
                    lines[entry] = Classified(
                        Kind.BOILERPLATE, lines[entry].line, boilerplate=BoilerplateKind.CONTENTS
                    )
                return
        run = []


def _repeated(lines: Sequence[Classified], run: list[int], target: str) -> int | None:
    """Where in *run* the first entry whose text is *target* stands, if any."""
    return next(
        (at for at, entry in enumerate(run) if _item_text(lines[entry]).casefold() == target),
        None,
    )


def unnumbered_headings(page: Lines) -> None:
    """Read topic lines that lost their numbers as headings of unnumbered sections.

    "Japan-NATO relations" followed by "(1) At the beginning ...": a short
    topic line right before a list that starts at 1 is that list's heading
    (an ITEM of style HEADING). Topic lines followed by prose count too where
    a page has two or more, as a page of headed paragraphs does.
    """
    lines = page.lines
    candidates = _topic_lines(lines, page.body)
    weak = sum(1 for _, strong in candidates if not strong)
    for index, strong in candidates:
        if strong or weak >= MIN_TOPIC_LINES:
            item = lines[index]
            marker = Marker(Style.HEADING, None, "", 0, item.body, item.body)
            lines[index] = Classified(Kind.ITEM, item.line, marker=marker)


def _topic_lines(lines: Sequence[Classified], start: int) -> list[tuple[int, bool]]:
    """Topic-like lines of the body, each with whether a list starting at 1 follows it."""
    candidates: list[tuple[int, bool]] = []
    following: Classified | None = None
    # Walk backwards so that the next non-blank line is known without a scan.
    for index in range(len(lines) - 1, start - 1, -1):
        item = lines[index]
        if item.kind is Kind.BLANK:
            continue
        after, following = following, item
        if item.kind not in (Kind.TEXT, Kind.BULLET) or not _is_topic(item.line.text[item.body :]):
            continue
        if after is None or after.line.text[:1].islower():
            # Nothing after it, or a line it was hard-wrapped into ("At the" / "outset, ...").
            continue
        if after.kind is Kind.ITEM and after.marker and after.marker.number == 1:
            candidates.append((index, True))
        elif after.kind in (Kind.TEXT, Kind.BULLET) and _is_running_text(after.line.text):
            candidates.append((index, False))
    # The first non-blank line of the body is never a topic line.
    first = next((i for i in range(start, len(lines)) if lines[i].kind is not Kind.BLANK), None)
    return [(index, strong) for index, strong in reversed(candidates) if index != first]


RULES: tuple[Rule, ...] = (
    captions_above_credits,
    body_start,
    contents,
    unnumbered_headings,
)
"""The context rules, in the order they run."""


def is_prose(text: str) -> bool:
    """Whether *text* is a line of prose, which a header never holds.

    >>> is_prose("The two ministers met."), is_prose("Japan-China Relations")
    (True, False)
    """
    words = text.count(" ") + 1
    if words >= MIN_PROSE_WORDS:
        return True
    return words >= MIN_SENTENCE_WORDS and ends_sentence(text) and not text.startswith("(")


def _words(text: str) -> int:
    return text.count(" ") + 1


def _wrapped_start(lines: Sequence[Classified], index: int) -> int:
    """Where a first line of prose really starts, if a hard wrap split it.

    "On May 9, the two leaders met and were" / "discussing the issue of the
    day.": the body starts at the line the lower-case line continues.
    """
    while lines[index].line.text[:1].islower():
        above = index - 1
        while above >= 0 and lines[above].kind is Kind.BLANK:
            above -= 1
        if above < 0 or lines[above].kind is not Kind.TEXT or ends_sentence(lines[above].line.text):
            break
        index = above
    return index


def _item_text(item: Classified) -> str:
    assert item.marker is not None
    return item.line.text[item.marker.body :]


def _is_running_text(text: str) -> bool:
    return ends_sentence(text) or text.count(" ") + 1 > MAX_TOPIC_WORDS


def _is_topic(text: str) -> bool:
    return (
        text[:1].isupper()
        and not text.endswith(":")
        and not introduces(text)
        and not has_sentence_end(text)
        and text.count(" ") + 1 <= MAX_TOPIC_WORDS
        and is_heading(text)
    )
