"""The data model: frozen, typed values that :func:`readout_parser.parse` returns.

Every node carries a :class:`Span` into the *original* input string, so a
caller can always go back to the text a value came from::

    >>> from readout_parser import parse
    >>> text = "Japan-China Relations\\n\\nMay 9, 2018\\n\\nThe two sides met."
    >>> r = parse(text)
    >>> r.category, r.date.isoformat()
    ('Japan-China Relations', '2018-05-09')
    >>> text[r.spans.date.start : r.spans.date.end]
    'May 9, 2018'

All string values are white-space normalised: runs of spaces, tabs,
non-breaking spaces and newlines become one space, and the ends are trimmed.
Every other character (curly quotes, typos, odd punctuation) is kept as
written.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

__all__ = [
    "Attendee",
    "Boilerplate",
    "BoilerplateKind",
    "Diagnostic",
    "FieldSpans",
    "Meeting",
    "MeetingFormat",
    "MeetingSpans",
    "Paragraph",
    "Person",
    "Photo",
    "Readout",
    "Section",
    "Span",
]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input.

    Offsets count Python ``str`` characters of the string given to
    :func:`~readout_parser.parse`, before any normalisation, so
    ``text[span.start:span.end]`` is the source of a value.

    >>> Span(3, 8).slice("0123456789")
    '34567'
    """

    start: int
    end: int

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Paragraph:
    """One paragraph of running text.

    ``str(paragraph)`` is its text, so a paragraph can be used wherever a
    string is expected:

    >>> p = Paragraph("The two sides met.", Span(0, 18))
    >>> str(p)
    'The two sides met.'

    ``span`` covers the text as written; ``marker`` keeps an unnumbered
    bullet as written ("•", "-"), and ``marker_span`` where it stands.
    Numbered items become :class:`Section` nodes instead.
    """

    text: str
    span: Span
    marker: str | None = None
    marker_span: Span | None = None

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Section:
    """A numbered (or lettered) item of the body, with what it contains.

    ``marker`` is the list marker as written ("1.", "2", "(1)", "(a)", "a.");
    ``number`` is its arabic value, or None for lettered items. ``heading``
    is the item's own line when it names a topic ("Japan-U.S. security") or
    introduces what follows ("Prime Minister Abe stated the following:");
    when that line is itself content, ``heading`` is None and the text is
    ``paragraphs[0]``.

    >>> s = Section(number=1, marker="1.", heading="Opening", span=Span(0, 10))
    >>> s.heading, s.paragraphs, s.subsections
    ('Opening', (), ())
    """

    number: int | None
    marker: str
    heading: str | None
    span: Span
    heading_span: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    subsections: tuple[Section, ...] = ()

    def walk(self) -> tuple[Section, ...]:
        """This section and all sections below it, in document order."""
        found: list[Section] = [self]
        for sub in self.subsections:
            found.extend(sub.walk())
        return tuple(found)


@attrs.frozen
class Photo:
    """A photo caption (the image's alt text) and its credit line, if any.

    ``caption`` is empty when the page shows only a credit such as
    "(Photo: Cabinet Public Relations Office)" for an image without alt text.
    ``span`` covers the caption as written (with its photo label);
    ``credit_span`` the credit, which may stand on a line of its own below.

    >>> Photo("Japan-U.S. Summit Meeting1", "Cabinet Public Relations Office", Span(0, 26))
    ... # doctest: +NORMALIZE_WHITESPACE
    Photo(caption='Japan-U.S. Summit Meeting1', credit='Cabinet Public Relations Office',
          span=Span(start=0, end=26), credit_span=None)
    """

    caption: str
    credit: str | None
    span: Span
    credit_span: Span | None = None


class BoilerplateKind(str, enum.Enum):
    """The kinds of site furniture a web copy drags along."""

    BACK_LINK = "back-link"
    """The "Back to ..." link at the foot of the page."""
    END_MARK = "end-mark"
    """"(END)" closing a press release."""
    PAGE_TOP = "page-top"
    """A "Page Top" link."""
    LINK_LABEL = "link-label"
    """Labels of links: "(PDF)", "Open a New Window", "Japanese"."""
    MARKUP = "markup"
    """Stray markup such as "<br>" or "![]() |"."""
    TRANSLATION_NOTE = "translation-note"
    """A note that the text is a provisional translation."""
    CONTENTS = "contents"
    """An in-page table of contents: bulleted links to the numbered sections below."""


@attrs.frozen
class Boilerplate:
    """A piece of site furniture recognised and kept out of the content."""

    kind: BoilerplateKind
    text: str
    span: Span


@attrs.frozen
class Diagnostic:
    """Something the parser noticed but could not place or fully trust.

    ``code`` is stable and machine-readable (see :mod:`readout_parser.diagnostics`);
    ``message`` says in words what was found and what to do; ``line`` is the
    1-based line of the input it concerns.
    """

    code: str
    message: str
    line: int
    span: Span


@attrs.frozen
class FieldSpans:
    """Where each header field of a :class:`Readout` came from."""

    category: Span | None = None
    title: Span | None = None
    date: Span | None = None
    back_link: Span | None = None


class MeetingFormat(str, enum.Enum):
    """How the meeting was held."""

    IN_PERSON = "in-person"
    TELEPHONE = "telephone"
    VIDEO = "video"


@attrs.frozen
class Person:
    """A person named in the lead, as the readout writes them.

    ``name`` is without honorifics ("MOTEGI Toshimitsu"), ``honorific`` as
    written ("Mr.", "the Honorable", "H.E."), ``title`` the office that
    follows or precedes the name, and ``family_name`` the family name in
    ordinary capitalisation, knowing the convention of writing Japanese
    family names in capitals first ("MOTEGI Toshimitsu" -> "Motegi").
    """

    name: str
    span: Span
    honorific: str | None = None
    title: str | None = None
    family_name: str | None = None


@attrs.frozen
class Attendee:
    """A person listed as attending, with the side they were listed under."""

    person: Person
    side: str | None = None


@attrs.frozen
class MeetingSpans:
    """The evidence for each fact of a :class:`Meeting`: where it was read."""

    date: Span | None = None
    start: Span | None = None
    duration: Span | None = None
    format: Span | None = None
    occasion: Span | None = None
    location: Span | None = None


@attrs.frozen
class Meeting:
    """The facts of the meeting, read from the lead sentence (and the title).

    Every field is None or empty when the text does not say it.
    """

    date: datetime.date | None = None
    start: datetime.time | None = None
    start_qualifier: str | None = None
    time_zone: str | None = None
    japan_time: datetime.time | None = None
    duration: datetime.timedelta | None = None
    duration_approximate: bool | None = None
    format: MeetingFormat | None = None
    occasion: str | None = None
    location: str | None = None
    participants: tuple[Person, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    spans: MeetingSpans = MeetingSpans()


@attrs.frozen
class Readout:
    """A parsed meeting readout.

    ``lead`` holds the paragraphs between the header and the first numbered
    item (all body paragraphs when there are no numbered items);
    ``sections`` the numbered items with their subsections. Header values
    are plain data; where each came from is in ``spans``.

    >>> from readout_parser import parse
    >>> r = parse("Japan-Italy Relations\\nJuly 4, 2016\\n1. Opening\\nThe leaders met.")
    >>> r.sections[0].heading, str(r.sections[0].paragraphs[0])
    ('Opening', 'The leaders met.')
    """

    category: str | None = None
    title: str | None = None
    date: datetime.date | None = None
    photos: tuple[Photo, ...] = ()
    lead: tuple[Paragraph, ...] = ()
    sections: tuple[Section, ...] = ()
    back_link: str | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    meeting: Meeting = Meeting()
    spans: FieldSpans = FieldSpans()

    def walk(self) -> tuple[Section, ...]:
        """Every section at every depth, in document order."""
        found: list[Section] = []
        for section in self.sections:
            found.extend(section.walk())
        return tuple(found)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: dates and times as ISO strings, spans as ``[start, end]``.

        >>> from readout_parser import parse
        >>> parse("May 9, 2018").to_dict()["date"]
        '2018-05-09'
        """
        from readout_parser._serialize import unstructure

        result = unstructure(self)
        assert isinstance(result, dict)
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        """The :meth:`to_dict` data as a JSON string (UTF-8 text, not ASCII-escaped).

        >>> from readout_parser import parse
        >>> parse("May 9, 2018").to_json()[:30]
        '{"category": null, "title": nu'
        """
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Readout:
        """Rebuild a :class:`Readout` from :meth:`to_dict` output.

        >>> from readout_parser import parse
        >>> r = parse("May 9, 2018")
        >>> Readout.from_dict(r.to_dict()) == r
        True
        """
        from readout_parser._serialize import structure

        return structure(data, cls)
