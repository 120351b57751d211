"""The public entry point, :func:`parse`, composing the readers.

lines (``_text``) -> what each line looks like (``_lines``) -> header
(``_header``) and body tree (``_tree``) -> photos (``_photos``) -> meeting facts
(``_meeting``) -> :class:`~readout_parser.model.Readout`.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout_parser import diagnostics
from readout_parser._meeting import extract_meeting
from readout_parser.errors import ReadoutError
from readout_parser.model import (
    BoilerplateKind,
    Diagnostic,
    FieldSpans,
    Paragraph,
    Readout,
    Section,
    Span,
)
from readout_parser.page import photos as _photos
from readout_parser.page.header import read_header
from readout_parser.page.lines import Classified, Kind, classify
from readout_parser.page.text import split_lines
from readout_parser.page.tree import build_body, ends_sentence

# Prose is what a header never holds: a sentence of a few words or more, or a
# line too long to be a headline or a caption (the longest captions in the
# corpus run to ~35 words).
MIN_SENTENCE_WORDS = 3
MIN_PROSE_WORDS = 50

# A page whose last line is text of this many words, with no prose before
# it, was cut inside its lead.
MIN_CUT_LEAD_WORDS = 5


def parse(text: str, *, strict: bool = False) -> Readout:
    """Parse the plain text of a meeting readout into a :class:`Readout`.

    *text* is the page as a web copy gives it: breadcrumb, headline, date,
    photo captions, lead, numbered sections, "Back to ..." footer, in any of
    the layouts the site has used. ``parse`` never raises for a ``str``:
    whatever it cannot place is reported in ``Readout.diagnostics``. With
    ``strict=True`` it raises :class:`~readout_parser.ReadoutError` instead of
    returning a readout that has diagnostics.

    >>> r = parse('''Japan-United States of America Relations
    ... March 16, 2017
    ... On March 16, the two ministers met. The overview is as follows.
    ... 1 Opening remarks
    ... Minister Kishida welcomed Secretary Tillerson.
    ... Back to Japan-United States of America Relations''')
    >>> r.category, r.date.isoformat(), len(r.lead)
    ('Japan-United States of America Relations', '2017-03-16', 1)
    >>> section = r.sections[0]
    >>> section.number, section.heading, str(section.paragraphs[0])
    (1, 'Opening remarks', 'Minister Kishida welcomed Secretary Tillerson.')
    >>> r.back_link
    'Japan-United States of America Relations'

    Raises ``TypeError`` for anything but ``str`` (decode ``bytes`` first).
    """
    if not isinstance(text, str):
        raise TypeError(_type_error_message(text))
    readout = _parse(text)
    if strict and readout.diagnostics:
        raise ReadoutError(readout)
    return readout


def _type_error_message(value: object) -> str:
    given = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (
            f"parse() takes the page text as str, not {given}; decode it first, "
            "e.g. parse(data.decode('utf-8'))"
        )
    return f"parse() takes the page text as str, not {given}"


def _parse(source: str) -> Readout:
    classified = _captions_above_credits([classify(line) for line in split_lines(source)])
    if all(item.kind is Kind.BLANK for item in classified):
        return Readout(diagnostics=(_empty(source),))

    body_start = _body_start(classified)
    header = read_header(
        source, [item for item in classified[:body_start] if item.kind is not Kind.BLANK]
    )
    body = build_body(source, classified[body_start:])

    pieces = (*header.photos, *body.photos)
    photo_lines = {piece.line for piece in pieces}
    breaks = frozenset(
        item.line.index
        for item in classified
        if item.kind is not Kind.BLANK and item.line.index not in photo_lines
    )
    photos = _photos.assemble(pieces, breaks)

    boilerplate = tuple(
        sorted((*header.boilerplate, *body.boilerplate), key=lambda item: item.span.start)
    )
    found: list[Diagnostic] = [*header.diagnostics, *body.diagnostics]
    if not header.has_date_line:
        found.append(_no_date(source, classified))
    if not body.lead and not body.sections:
        found.append(_empty_body(source, classified))
    ended = body.back_link is not None or any(
        item.kind is BoilerplateKind.END_MARK for item in boilerplate
    )
    if (not ended and _looks_truncated(body.last_text, body.last_item_empty)) or (
        _cut_in_footer(body.back_link, header.category)
    ):
        found.append(_truncated(source, classified))

    meeting, meeting_problems = extract_meeting(
        source,
        lead_candidates(body.lead, body.sections),
        header.title,
        header.spans.title,
        header.date,
    )
    found.extend(meeting_problems)

    return Readout(
        category=header.category,
        title=header.title,
        date=header.date,
        photos=photos,
        lead=body.lead,
        sections=body.sections,
        back_link=body.back_link,
        boilerplate=boilerplate,
        diagnostics=tuple(sorted(found, key=lambda d: (d.span.start, d.code))),
        meeting=meeting,
        spans=FieldSpans(
            category=header.spans.category,
            title=header.spans.title,
            date=header.spans.date,
            back_link=body.back_link_span,
        ),
    )


def _body_start(classified: Sequence[Classified]) -> int:
    """Index of the first line of the body: a numbered item or a line of prose."""
    last_text = -1
    for index, item in enumerate(classified):
        if item.kind in (Kind.ITEM, Kind.BACK_LINK):
            return index
        if item.kind in (Kind.TEXT, Kind.BULLET) and _is_prose(item.line.text):
            return _wrapped_start(classified, index)
        if item.kind is not Kind.BLANK:
            last_text = index if item.kind is Kind.TEXT else -1
    if last_text > 0 and _words(classified[last_text].line.text) >= MIN_CUT_LEAD_WORDS:
        # No prose at all, and the page ends on a line of text below the
        # header: a lead cut off before its first sentence ended
        # ("On March 16, commencing at 2:15 p.m. for"), not a photo caption.
        return _wrapped_start(classified, last_text)
    return len(classified)


def _words(text: str) -> int:
    return text.count(" ") + 1


def _wrapped_start(classified: Sequence[Classified], index: int) -> int:
    """Where a first line of prose really starts, if a hard wrap split it.

    "On May 9, the two leaders met and were" / "discussing the issue of the
    day.": the body starts at the line the lower-case line continues.
    """
    while classified[index].line.text[:1].islower():
        above = index - 1
        while above >= 0 and classified[above].kind is Kind.BLANK:
            above -= 1
        if (
            above < 0
            or classified[above].kind is not Kind.TEXT
            or ends_sentence(classified[above].line.text)
        ):
            break
        index = above
    return index


def _captions_above_credits(classified: list[Classified]) -> list[Classified]:
    """Read a short line directly above a photo credit as that photo's caption.

    "- Photograph of the leaders shaking hands" / "(Photo: Cabinet Public
    Relations Office)": a credit applies to the caption above it, so the line
    above is alt text wherever it stands below the page's headline.
    """
    # Above the first date or photo line stand breadcrumb and headline, which
    # a credit below them does not make captions.
    zone = next(
        (i for i, item in enumerate(classified) if item.kind in (Kind.DATE, Kind.PHOTO)),
        len(classified),
    )
    below: Classified | None = None
    for index in range(len(classified) - 1, zone, -1):
        item = classified[index]
        if item.kind is Kind.BLANK:
            continue
        if (
            below is not None
            and item.kind in (Kind.TEXT, Kind.BULLET)
            and below.kind is Kind.PHOTO
            and not below.photos[0].caption
            and not _is_prose(item.line.text)
            and not ends_sentence(item.line.text)
        ):
            piece = _photos.caption_piece(item.line, item.body)
            classified[index] = Classified(Kind.PHOTO, item.line, photos=(piece,))
        below = classified[index]
    return classified


def _is_prose(text: str) -> bool:
    words = text.count(" ") + 1
    if words >= MIN_PROSE_WORDS:
        return True
    return words >= MIN_SENTENCE_WORDS and ends_sentence(text) and not text.startswith("(")


def _looks_truncated(last_text: str | None, last_item_empty: bool) -> bool:
    if last_text is None:
        return False
    return last_item_empty or not ends_sentence(last_text)


def _cut_in_footer(back_link: str | None, category: str | None) -> bool:
    # The footer links back to the breadcrumb's section, so "Back to Japan-Co"
    # under "Japan-Colombia Relations" is a page cut inside its last line.
    # The cut falls inside a word: "Press Releases" under "Press Releases -
    # From Embassy" is a whole link to the parent section, not a cut.
    return (
        back_link is not None
        and category is not None
        and len(back_link) < len(category)
        and category.startswith(back_link)
        and category[len(back_link)].isalnum()
        and back_link[-1:].isalnum()
    )


def lead_candidates(
    lead: tuple[Paragraph, ...], sections: tuple[Section, ...]
) -> tuple[Paragraph, ...]:
    """The paragraphs the meeting facts are read from.

    The lead; when a page numbers its lead sentence as item 1 ("1. On June 26,
    ..."), the text of the first item that has any.
    """
    if lead:
        return lead
    for section in sections:
        for found in section.walk():
            texts = list(found.paragraphs)
            if found.heading is not None and found.heading_span is not None:
                texts.insert(0, Paragraph(found.heading, found.heading_span))
            if texts:
                return tuple(texts)
    return ()


def _last_content_span(classified: Sequence[Classified]) -> Span:
    for item in reversed(classified):
        if item.kind is not Kind.BLANK:
            return item.line.span()
    return Span(0, 0)


def _empty(source: str) -> Diagnostic:
    return diagnostics.make(
        diagnostics.EMPTY_INPUT,
        "the input holds no text (it is empty or only white space); pass the text of a "
        "readout page.",
        source,
        Span(0, len(source)),
    )


def _empty_body(source: str, classified: Sequence[Classified]) -> Diagnostic:
    last = next(item.line for item in reversed(classified) if item.kind is not Kind.BLANK)
    return diagnostics.make(
        diagnostics.EMPTY_BODY,
        "the page has a header but no lead and no numbered items, so it says nothing "
        "about the meeting; check that the copy of the page is complete.",
        source,
        Span(last.end, last.end),
    )


def _no_date(source: str, classified: Sequence[Classified]) -> Diagnostic:
    first = next(item.line for item in classified if item.kind is not Kind.BLANK)
    return diagnostics.make(
        diagnostics.NO_DATE,
        "no date line was found in the header, so Readout.date is None; if the page has "
        "a date, put it on a line of its own (e.g. 'March 16, 2017').",
        source,
        Span(first.start, first.start),
    )


def _truncated(source: str, classified: Sequence[Classified]) -> Diagnostic:
    span = _last_content_span(classified)
    return diagnostics.make(
        diagnostics.TRUNCATED,
        "the text looks cut off: it ends mid-sentence or with an empty item and has no "
        "'Back to ...' footer; what is there was parsed, but the page may be incomplete.",
        source,
        span,
    )
