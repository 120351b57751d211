"""The page side: from the text of a readout page to its structure.

Read the modules in the order the text flows through them:

- :mod:`~readout_parser.page.text`: lines with their offsets into the input,
  and white-space normalisation that keeps the map back to it;
- :mod:`~readout_parser.page.lines`: what each line looks like on its own
  (date, numbered item, bullet, photo, furniture, text), one pass per line;
- :mod:`~readout_parser.page.rules`: the ordered table of context rules that
  settle each line's kind from its neighbours;
- :mod:`~readout_parser.page.header`: breadcrumb, headline, date and captions;
- :mod:`~readout_parser.page.tree`: the lead and the tree of numbered sections;
- :mod:`~readout_parser.page.photos`: captions and credits, in every style;
- :mod:`~readout_parser.page.furniture`: what a web copy drags along that is
  not the readout ("Back to ...", "(END)", "(PDF)", the site's menus and footer);
- :mod:`~readout_parser.page.marks`: whether the input is a readout at all
  (``not-a-readout``, ``html-input``).
- :mod:`~readout_parser.page.runin`: numbered items the copy ran into the
  paragraph above them (``run-in-item``).

A new page variant goes where its difference is first visible: a new line
shape in ``lines``, a line whose meaning depends on its neighbours as a rule
in ``rules``, a new kind of furniture in ``furniture``. ``CONTRIBUTING.md``
walks through adding one.
"""

from __future__ import annotations

import datetime
import itertools
import operator
from typing import NamedTuple

from readout_parser import diagnostics
from readout_parser.diagnostics import Problem
from readout_parser.model import (
    Boilerplate,
    BoilerplateKind,
    FieldSpans,
    Paragraph,
    Photo,
    Section,
    Span,
)
from readout_parser.page import photos as photo_lines
from readout_parser.page.header import Header, names_section, read_header
from readout_parser.page.lines import BLANK_LINE, Classified, classify_lines
from readout_parser.page.marks import Marks, judge
from readout_parser.page.photos import PhotoPiece
from readout_parser.page.rules import settle
from readout_parser.page.runin import run_in_items
from readout_parser.page.text import Passage, released
from readout_parser.page.tree import Body, build_body, ends_sentence

__all__ = ["Page", "read_page"]


class Page(NamedTuple):
    """What the page side read: every field of the readout but the meeting."""

    category: str | None
    title: str | None
    date: datetime.date | None
    photos: tuple[Photo, ...]
    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    back_link: str | None
    boilerplate: tuple[Boilerplate, ...]
    spans: FieldSpans
    problems: list[Problem]
    # What the meeting is read from: the lead paragraphs (or the first
    # item's text) and the headline, each with its offsets into the input.
    lead_passages: tuple[Passage, ...]
    # The first paragraph after the lead, for a lead that names nobody.
    after_lead: Passage | None
    # On a page with no lead, the item after the one read in its place.
    next_item: tuple[Passage, ...]
    title_passage: Passage | None
    # Every paragraph and every heading that is content with its offsets, by
    # the identity of its value in ``lead`` and ``sections`` (see ``Body.passages``).
    passages: dict[int, Passage]


def read_page(source: str) -> Page | None:
    """Read the structure of the page *source*; None when it holds no text at all."""
    if not source or source.isspace():
        # White space and line breaks alone: every line is blank, and none
        # need be made to say so.
        return None
    # One line at a time: each line is classified and left, its fields kept in what it is.
    lines = classify_lines(source)
    if all(item.kind is BLANK_LINE for item in lines):
        return None
    settled = settle(lines)
    start, width, rule_problems = settled.body, settled.width, settled.problems
    # A second readout joined on is left out, the diagnostic covering it.
    del lines[settled.end :]
    ends = _ends(lines, settled.written())
    # Header and body take their lines one at a time, each let go of once
    # read: a page of many short lines does not hold them all while its
    # header and sections are built.
    header_lines, body_lines = _split(lines, start)
    header = read_header(released(header_lines))
    body = build_body(released(body_lines), width)

    pieces = (*header.photos, *body.photos)
    photos = photo_lines.assemble(pieces, _breaks(ends.written, pieces))
    boilerplate = _boilerplate(header, body, pieces)
    found = _page_problems(source, ends, header, body, photos, boilerplate)
    if not (found and found[0].code == diagnostics.HTML_INPUT):
        # Markup read as text misplaces its lines; that it is markup is
        # the one thing to say of it.
        found.extend((*rule_problems, *header.problems, *body.problems))
        found.extend(run_in_items(body.sections, body.passages))
    return Page(
        category=header.category,
        title=header.title,
        date=header.date,
        photos=photos,
        lead=body.lead,
        sections=body.sections,
        back_link=body.back_link,
        boilerplate=boilerplate,
        spans=FieldSpans(
            category=header.spans.category,
            title=header.spans.title,
            date=header.spans.date,
            back_link=body.back_link_span,
        ),
        problems=found,
        lead_passages=body.lead_passages,
        after_lead=body.after_lead,
        next_item=body.next_item,
        title_passage=header.title_passage,
        passages=body.passages,
    )


# Where a value starts in the input: the sort key of boilerplate, taken in C.
_SPAN_START = operator.attrgetter("span.start")


def _split(lines: list[Classified], start: int) -> tuple[list[Classified], list[Classified]]:
    """The lines above *start* and the lines from it on, *lines* itself the longer part.

    The shorter part is the one copied: a page of many lines, all header or
    all body, is not held twice while it is split.
    """
    if start <= len(lines) // 2:
        header_lines = lines[:start]
        del lines[:start]
        return header_lines, lines
    body_lines = lines[start:]
    del lines[start:]
    return lines, body_lines


def _boilerplate(
    header: Header, body: Body, pieces: tuple[PhotoPiece, ...]
) -> tuple[Boilerplate, ...]:
    """The page's boilerplate in page order: header, body and photo lines doubled."""
    if not any(piece.extras for piece in pieces):
        # Boilerplate from one side only, in page order already, as a page of
        # many lines of furniture has: kept as it is, not copied twice more.
        if not body.boilerplate and _in_page_order(header.boilerplate):
            return header.boilerplate
        if not header.boilerplate and _in_page_order(body.boilerplate):
            return body.boilerplate
    found = [*header.boilerplate, *body.boilerplate]
    for piece in pieces:
        found.extend(piece.extras)
    # Sorted in place, stable as sorted() is: no second list of them all.
    found.sort(key=_SPAN_START)
    return tuple(found)


def _in_page_order(boilerplate: tuple[Boilerplate, ...]) -> bool:
    """Whether *boilerplate* is in the order of where each starts, compared in C."""
    following = map(_SPAN_START, boilerplate)
    next(following, None)
    return all(map(operator.le, map(_SPAN_START, boilerplate), following))


class _Ends(NamedTuple):
    """What the checks of the page as a whole need of its lines, kept when the body is read."""

    # The first and the last line that is not blank.
    first: Classified | None
    last: Classified | None
    # Whether each line is written (not blank), in order, one byte a line: a
    # line's index is its place on the page.
    written: bytes


def _ends(lines: list[Classified], written: bytes) -> _Ends:
    """The ends of *lines*, whose bytes in *written* say which are not blank."""
    first, last = written.find(1), written.rfind(1)
    return _Ends(lines[first] if first >= 0 else None, lines[last] if last >= 0 else None, written)


def _breaks(written: bytes, pieces: tuple[PhotoPiece, ...]) -> frozenset[int]:
    """The lines that interrupt a run of photo lines: every other non-blank line."""
    if not pieces:
        # No photos, no runs to interrupt: a page of many lines need not list them.
        return frozenset()
    # A caption wrapped over lines, joined by the header, spans them all.
    photo_line_numbers = {
        line for piece in pieces for line in range(piece.line - piece.lines + 1, piece.line + 1)
    }
    # The written lines' indices, picked in C.
    return frozenset(itertools.compress(range(len(written)), written)).difference(
        photo_line_numbers
    )


def _page_problems(
    source: str,
    ends: _Ends,
    header: Header,
    body: Body,
    photos: tuple[Photo, ...],
    boilerplate: tuple[Boilerplate, ...],
) -> list[Problem]:
    """What the page as a whole lacks: the marks of a readout, a date, a body, an ending.

    Text that is no readout page, or HTML markup, is told so, and only so:
    that it lacks a date line or ends mid-sentence says nothing more of it.
    """
    marks = Marks(
        header.category,
        header.title_passage,
        header.has_date_line,
        body.lead_passages,
        body.sections,
        body.back_link,
        photos,
    )
    found = judge(source, marks)
    if found:
        return found
    if not header.has_date_line:
        found.append(_no_date(ends.first))
    if not body.lead and not body.sections:
        found.append(_empty_body(ends.last))
    ended = body.back_link is not None or any(
        item.kind is BoilerplateKind.END_MARK for item in boilerplate
    )
    if _cut_in_footer(body.back_link, header.category):
        found.append(_cut_footer(ends.last, body.back_link, header.category))
    elif not ended and _looks_truncated(body.last_text, body.last_item_empty):
        found.append(_truncated(ends.last))
    return found


def _looks_truncated(last_text: str | None, last_item_empty: bool) -> bool:
    if last_text is None:
        return False
    return last_item_empty or not ends_sentence(last_text)


def _cut_in_footer(back_link: str | None, category: str | None) -> bool:
    # The footer links back to the breadcrumb's section, so "Back to Japan-Co"
    # under "Japan-Colombia Relations" is a page cut inside its last line, and
    # so is "Back to Japan-United" under "Japan-United Kingdom Relations", cut
    # between words: a footer that names no section of the site. "Press
    # Releases" under "Press Releases - From Embassy" is a whole link to the
    # parent section, not a cut.
    if (
        back_link is None
        or category is None
        or len(back_link) >= len(category)
        or not category.startswith(back_link)
    ):
        return False
    return category[len(back_link)].isalnum() or not names_section(back_link)


def _cut_footer(last: Classified | None, back_link: str | None, category: str | None) -> Problem:
    return Problem(
        diagnostics.TRUNCATED,
        f"the 'Back to ...' footer is cut: 'Back to {back_link}' under the breadcrumb "
        f"{category!r}, so the page ends inside its last line; Readout.back_link holds "
        "only what is there.",
        last.span() if last is not None else Span(0, 0),
    )


def _empty_body(last: Classified | None) -> Problem:
    assert last is not None
    return Problem(
        diagnostics.EMPTY_BODY,
        "the page has a header but no lead and no numbered items, so it says nothing "
        "about the meeting; check that the copy of the page is complete.",
        Span(last.end, last.end),
    )


def _no_date(first: Classified | None) -> Problem:
    assert first is not None
    return Problem(
        diagnostics.NO_DATE,
        "no date line was found in the header, so Readout.date is None; if the page has "
        "a date, put it on a line of its own (e.g. 'March 16, 2017').",
        Span(first.start, first.start),
    )


def _truncated(last: Classified | None) -> Problem:
    return Problem(
        diagnostics.TRUNCATED,
        "the text looks cut off: it ends mid-sentence or with an empty item and has no "
        "'Back to ...' footer; what is there was parsed, but the page may be incomplete.",
        last.span() if last is not None else Span(0, 0),
    )
