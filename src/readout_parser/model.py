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
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

# The name of a table of :mod:`readout_parser.tables`, kept here so that a
# Readout's rows() can name it; readout_parser.tables exports it as Table.
Table = Literal["meetings", "participants", "attendees", "statements"]

if TYPE_CHECKING:
    from readout_parser.tables import AttendeeRow, MeetingRow, ParticipantRow, StatementRow

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
    "Statement",
    "Statements",
]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input.

    Offsets count Python ``str`` characters of the string given to
    :func:`~readout_parser.parse`, before any normalisation, so
    ``text[span.start:span.end]`` is the source of a value.

    >>> Span(3, 8).slice("0123456789")
    '34567'

    A span never ends before it starts:

    >>> Span(8, 3)
    Traceback (most recent call last):
    ...
    ValueError: start 8 is after end 3; a span runs from its start to its end
    """

    start: int
    end: int = attrs.field()

    @end.validator
    def _check(self, _attribute: attrs.Attribute[int], end: int) -> None:
        if self.start > end:
            raise ValueError(
                f"start {self.start} is after end {end}; a span runs from its start to its end"
            )

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
        found: list[Section] = []
        pending: list[Section] = [self]
        while pending:
            section = pending.pop()
            found.append(section)
            pending.extend(reversed(section.subsections))
        return tuple(found)


@attrs.frozen
class Photo:
    """A photo caption (the image's alt text) and its credit line, if any.

    ``caption`` is empty when the page shows only a credit such as
    "(Photo: Cabinet Public Relations Office)" for an image without alt text.
    ``span`` covers the lines the photo was read from: its caption with any
    label and bullet, through a credit line below it that credits it;
    ``credit_span`` covers the credit's own text.

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
    """Stray markup such as ``<br>`` or ``![]() |``."""
    TRANSLATION_NOTE = "translation-note"
    """A note that the text is a provisional translation."""
    CONTENTS = "contents"
    """An in-page table of contents: bulleted links to the numbered sections below."""
    SITE = "site"
    """The site around the readout: menus and skip links above it, the site
    footer ("Related Links", "Privacy Policy", a copyright line) below "Back to ...", and a
    "Related Links" box with its links above it."""


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
    """Face to face: "held a meeting", "Summit Meeting", "paid a courtesy call", "working lunch"."""
    TELEPHONE = "telephone"
    """By telephone: "telephone talk", "Telephone Talk", "telephone call"."""
    VIDEO = "video"
    """By video: "video conference", "teleconference", "online meeting"."""


@attrs.frozen
class Person:
    """A person named in the lead, as the readout writes them.

    From "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan":

    - ``name``: the name as written, without honorifics: "MOTEGI Toshimitsu",
      "Fumio Kishida", "Rex W. Tillerson".
    - ``span``: where the whole mention (honorific, name and title, with the
      bracket closing a title written in brackets) is in the input.
    - ``honorific``: as written, or None: "Mr.", "H.E. Mr.", "the Honorable",
      "The Rt Hon", "His Majesty".
    - ``title``: the office after the name between commas ("Minister for
      Foreign Affairs of Japan") or in brackets, or before it ("U.S. Secretary of State" in
      "U.S. Secretary of State John Kerry"), or None.
    - ``family_name``: the family name in ordinary capitalisation: the word(s)
      written in capitals when there are any ("MOTEGI Toshimitsu" -> "Motegi",
      "José Manuel ALBARES" -> "Albares"), else the last word of the name
      ("Rex W. Tillerson" -> "Tillerson"), but the first of a Chinese, Korean,
      Vietnamese or Cambodian name written family name first ("Wang Yi" ->
      "Wang", "Moon Jae-in" -> "Moon"); ``docs/meeting.md`` states the rules.
    - ``post_nominal``: letters written after the name, kept out of it:
      "MP" in "the Rt Hon Boris Johnson MP"; None when there are none.

    >>> p = Person("MOTEGI Toshimitsu", Span(0, 60), "Mr.",
    ...            "Minister for Foreign Affairs of Japan", "Motegi")
    >>> p.family_name, p.post_nominal
    ('Motegi', None)
    """

    name: str
    span: Span
    honorific: str | None = None
    title: str | None = None
    family_name: str | None = None
    post_nominal: str | None = None


@attrs.frozen
class Attendee:
    """A person listed as attending, with the side they were listed under.

    ``side`` is as written: "U.S." for "attending on the U.S. side were ...",
    "Japanese" for "... and others from the Japanese side", "Thailand" for
    "from Thailand, Mr. ..."; None when the note names no side.

    >>> a = Attendee(Person("Roos", Span(0, 29), title="U.S. Ambassador to Japan",
    ...                     family_name="Roos"), side="U.S.")
    >>> a.person.title, a.side
    ('U.S. Ambassador to Japan', 'U.S.')
    """

    person: Person
    side: str | None = None


@attrs.frozen
class MeetingSpans:
    """The evidence for each fact of a :class:`Meeting`: where it was read.

    Each is the span of the input the fact came from, or None when the fact
    was not stated. ``start`` covers the qualifier with the time ("around
    11:50 a.m."), ``duration`` its qualifier with the length ("approximately
    90 minutes", or the range "from 16:25 to 17:10" it was computed from),
    ``format`` the words naming it ("telephone talk"), ``time_zone`` the zone
    ("local time") and ``japan_time`` the Japan time ("5:00 a.m.").
    People carry their own spans (:attr:`Person.span`).
    """

    date: Span | None = None
    start: Span | None = None
    duration: Span | None = None
    format: Span | None = None
    occasion: Span | None = None
    location: Span | None = None
    time_zone: Span | None = None
    japan_time: Span | None = None


@attrs.frozen
class Meeting:
    """The facts of the meeting, read from the lead sentence (and the title).

    Every field is None or empty when the text does not say it. From "On
    January 14, commencing at around 11:50 a.m. (local time; around 5:00 a.m.
    Japan time on January 15) for approximately 90 minutes, Mr. MOTEGI
    Toshimitsu, Minister for Foreign Affairs of Japan, held a Foreign
    Ministers’ Meeting over lunch with the Honorable Mike Pompeo, ..." on a
    page dated January 14, 2020:

    - ``date``: the day it was held, 2020-01-14. The year comes from the lead
      if stated, else from the page date, across the year boundary ("On
      December 31" on a page dated January 2 is the previous year).
    - ``start``: the local start time as first stated, 11:50 ("2:15 p.m." ->
      14:15, "0:10 p.m." -> 12:10, "at Noon" -> 12:00).
    - ``start_qualifier``: the word(s) before the time, lower case: "around"
      ("shortly after", "past", ...); None when stated plainly.
    - ``time_zone``: the zone stated with the start, as written: "local time"
      ("EST", "JST", "Japan Standard Time", ...).
    - ``japan_time``: the Japan time given alongside a local start, 05:00;
      None when the start itself is Japan time.
    - ``japan_date``: the day in Japan at that Japan time, 2020-01-15: the day
      named with it ("on January 15"), else the meeting's day moved by the
      clocks' difference; None without a Japan time. ``date`` plus
      ``japan_time`` is no timestamp: this with ``japan_time`` is one in
      Japan's zone.
    - ``duration``: the length of the (first) meeting, 90 minutes ("one and a
      half hours", "95minutes"; from a range "from 3:35 p.m. to 5:10 p.m."
      when no length is written).
    - ``duration_approximate``: True for "approximately", "about", "nearly",
      ...; False when stated plainly or computed from a range.
    - ``format``: :attr:`MeetingFormat.IN_PERSON` here (a meeting over lunch);
      TELEPHONE for a "telephone talk", VIDEO for a "video conference".
    - ``occasion``: the meal or kind of call, lower case: "lunch" ("working
      dinner", "breakfast", "banquet", "courtesy call").
    - ``location``: the place as written, without the words introducing it:
      None here; "Washington, D.C." for "during his visit to Washington, D.C.".
    - ``participants``: the principals in order of mention: Motegi, then Pompeo.
    - ``attendees``: the people of an attendance note ("(attending on the
      U.S. side were ...)"), each with its side.
    - ``spans``: where each fact was read (:class:`MeetingSpans`).

    >>> Meeting() == Meeting(date=None, participants=())
    True
    """

    date: datetime.date | None = None
    start: datetime.time | None = None
    start_qualifier: str | None = None
    time_zone: str | None = None
    japan_time: datetime.time | None = None
    japan_date: datetime.date | None = None
    duration: datetime.timedelta | None = None
    duration_approximate: bool | None = None
    format: MeetingFormat | None = None
    occasion: str | None = None
    location: str | None = None
    participants: tuple[Person, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    spans: MeetingSpans = MeetingSpans()


@attrs.frozen
class Statement:
    """One sentence of the readout's content, with the principals it reports speaking.

    From "In response, Secretary Kerry expressed his gratitude." in item 1 of
    a readout of a meeting between Kishida and Kerry:

    - ``text``: the sentence, stops included; ``span`` where it is in the input.
    - ``where``: the section path, ``(1,)`` here; ``(2, 1)`` for "(1)" under
      "2.", ``()`` for the lead.
    - ``speakers``: the principals of :attr:`Meeting.participants` the sentence
      reports as speaking, proposing, agreeing or holding a view: Kerry here;
      both for "The two ministers confirmed ..."; empty for background and for
      the sentence telling the meeting itself.
    - ``verb``: the reporting verb as written, "expressed"; None when no one
      speaks, and for a sentence that carries on remarks a sentence before it
      introduced ("President Erdogan stated the following:"). With no
      speakers and no ``other_speaker``, someone spoke whom the sentence does
      not tell apart ("The Minister explained ..." where two principals are
      ministers).
    - ``other_speaker``: a speaker who is not a principal, as named
      ("Ambassador Sasae"); None otherwise.

    >>> s = Statement("The two sides met.", Span(0, 18))
    >>> s.where, s.speakers, s.verb
    ((), (), None)
    """

    text: str
    span: Span
    where: tuple[int, ...] = ()
    speakers: tuple[Person, ...] = ()
    verb: str | None = None
    other_speaker: str | None = None


class Statements(Sequence[Statement]):
    """A readout's statements, read the first time they are asked for.

    :func:`~readout_parser.parse` gives every readout one of these as
    ``Readout.statements``, so a caller who wants only the structure or the
    meeting facts never pays for reading who said what. Once read, they are
    kept. It is a read-only sequence that compares equal to the tuple of the
    statements (and to any sequence holding the same), hashes as that tuple,
    and pickles, copies and serialises as it; it does not support ``+`` or
    ordering.

    >>> s = Statements(lambda: (Statement("The two sides met.", Span(0, 18)),))
    >>> len(s), s[0].text, s == (Statement("The two sides met.", Span(0, 18)),)
    (1, 'The two sides met.', True)
    """

    __slots__ = ("_found", "_lock", "_read")

    def __init__(self, read: Callable[[], tuple[Statement, ...]]) -> None:
        self._read: Callable[[], tuple[Statement, ...]] | None = read
        self._found: tuple[Statement, ...] | None = None
        self._lock = threading.Lock()

    def _all(self) -> tuple[Statement, ...]:
        found = self._found
        if found is None:
            with self._lock:
                found = self._found
                if found is None:
                    read = self._read
                    assert read is not None
                    found = self._found = read()
                    # What they were read from is no longer needed.
                    self._read = None
        return found

    @overload
    def __getitem__(self, index: int) -> Statement: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Statement, ...]: ...

    def __getitem__(self, index: int | slice) -> Statement | tuple[Statement, ...]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Statement]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self) -> tuple[type[tuple[Statement, ...]], tuple[tuple[Statement, ...]]]:
        # Pickled and copied as the tuple it reads.
        return tuple, (self._all(),)


def _statements(value: Sequence[Statement]) -> Sequence[Statement]:
    """Keep a :class:`Statements`; make any other sequence a tuple, so a readout hashes."""
    return value if isinstance(value, (Statements, tuple)) else tuple(value)


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
    statements: Sequence[Statement] = attrs.field(default=(), converter=_statements)

    def walk(self) -> tuple[Section, ...]:
        """Every section at every depth, in document order."""
        found: list[Section] = []
        for section in self.sections:
            found.extend(section.walk())
        return tuple(found)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: dates and times as ISO strings, durations in seconds.

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

        A lone surrogate in the input (text decoded with ``surrogateescape``,
        or built by hand) is written as a ``\\udXXX`` escape, so the result
        always encodes as UTF-8 and ``json.loads`` gives the same text back.

        >>> from readout_parser import parse
        >>> parse("May 9, 2018").to_json()[:30]
        '{"category": null, "title": nu'
        >>> "\\\\udc80" in parse("Japan-China Relations" + chr(0xDC80)).to_json()
        True
        """
        import json

        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        if _has_surrogate(text):
            return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
        return text

    @overload
    def rows(
        self, table: Literal["meetings"], *, file: str | os.PathLike[str] | None = None
    ) -> list[MeetingRow]: ...
    @overload
    def rows(
        self, table: Literal["participants"], *, file: str | os.PathLike[str] | None = None
    ) -> list[ParticipantRow]: ...
    @overload
    def rows(
        self, table: Literal["attendees"], *, file: str | os.PathLike[str] | None = None
    ) -> list[AttendeeRow]: ...
    @overload
    def rows(
        self, table: Literal["statements"], *, file: str | os.PathLike[str] | None = None
    ) -> list[StatementRow]: ...
    def rows(
        self, table: Table, *, file: str | os.PathLike[str] | None = None
    ) -> list[MeetingRow] | list[ParticipantRow] | list[AttendeeRow] | list[StatementRow]:
        """The rows of *table* ("meetings", "participants", "attendees" or "statements").

        One row per readout, per principal, per other attendee or per statement, with plain
        values and the file name (*file*, a string or a path, kept as a string) and the
        readout's date on each,
        ready for ``csv.DictWriter`` or ``pandas.DataFrame``; see
        :mod:`readout_parser.tables`.

        >>> from readout_parser import parse
        >>> parse("May 9, 2018\\nThe two sides met.").rows("meetings")[0]["date"]
        '2018-05-09'
        """
        from readout_parser.tables import rows

        return rows(self, table, file=file)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Readout:
        """Rebuild a :class:`Readout` from :meth:`to_dict` output.

        Raises ``ValueError`` naming the field (``Readout.photos[0].span``) when
        *data* is not such output: a field missing or unknown, a value of the
        wrong type, a date that is no date, a span that ends before it starts.
        Data written by 0.1.0 has no ``statements`` and is refused so: parse
        its text again (statements are read from the text).

        >>> from readout_parser import parse
        >>> r = parse("May 9, 2018")
        >>> Readout.from_dict(r.to_dict()) == r
        True
        """
        from readout_parser._serialize import structure

        return structure(data, cls)

    @classmethod
    def from_json(cls, text: str | bytes) -> Readout:
        """Rebuild a :class:`Readout` from :meth:`to_json` output.

        >>> from readout_parser import parse
        >>> r = parse("May 9, 2018")
        >>> Readout.from_json(r.to_json()) == r
        True
        """
        import json

        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError(f"Readout: expected a JSON object, got {type(data).__name__}")
        return cls.from_dict(data)


# A surrogate code point: never part of valid UTF-8, so it is escaped in JSON.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    # Nearly all text is valid UTF-8; encoding is much faster than a search.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# The parser's own constructors of the values a page of many short lines
# makes one of per line: a span, a section, a paragraph, a piece of
# boilerplate, a photo, a diagnostic. Each makes the very value the class's
# __init__ makes, with the slots set directly, about a third faster than
# attrs' frozen __init__ (0.24 against 0.38 µs a span on Python 3.11). The
# slots are set one by one, written out: a loop over them costs more than
# the __init__ it replaces. Only Span has a rule to check, and new_span
# checks it (tests/test_api.py holds the classes to that). Callers outside
# the parser use the classes.

_new = object.__new__


def _setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The setter of each slot of the attrs class *cls*, in field order."""
    return tuple(vars(cls)[field.name].__set__ for field in attrs.fields(cls))


_SPAN = _setters(Span)
_SECTION = _setters(Section)
_PARAGRAPH = _setters(Paragraph)
_BOILERPLATE = _setters(Boilerplate)
_DIAGNOSTIC = _setters(Diagnostic)
_PHOTO = _setters(Photo)


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)``."""
    if start > end:
        # The class says what is wrong.
        return Span(start, end)
    span = _new(Span)
    set_start, set_end = _SPAN
    set_start(span, start)
    set_end(span, end)
    return span


def new_section(
    number: int | None,
    marker: str,
    heading: str | None,
    span: Span,
    heading_span: Span | None = None,
    paragraphs: tuple[Paragraph, ...] = (),
    subsections: tuple[Section, ...] = (),
) -> Section:
    """``Section(number, marker, heading, span, heading_span, paragraphs, subsections)``."""
    section = _new(Section)
    set_number, set_marker, set_heading, set_span, set_heading_span, set_paragraphs, set_subs = (
        _SECTION
    )
    set_number(section, number)
    set_marker(section, marker)
    set_heading(section, heading)
    set_span(section, span)
    set_heading_span(section, heading_span)
    set_paragraphs(section, paragraphs)
    set_subs(section, subsections)
    return section


def new_paragraph(
    text: str, span: Span, marker: str | None = None, marker_span: Span | None = None
) -> Paragraph:
    """``Paragraph(text, span, marker, marker_span)``."""
    paragraph = _new(Paragraph)
    set_text, set_span, set_marker, set_marker_span = _PARAGRAPH
    set_text(paragraph, text)
    set_span(paragraph, span)
    set_marker(paragraph, marker)
    set_marker_span(paragraph, marker_span)
    return paragraph


def new_boilerplate(kind: BoilerplateKind, text: str, span: Span) -> Boilerplate:
    """``Boilerplate(kind, text, span)``."""
    boilerplate = _new(Boilerplate)
    set_kind, set_text, set_span = _BOILERPLATE
    set_kind(boilerplate, kind)
    set_text(boilerplate, text)
    set_span(boilerplate, span)
    return boilerplate


def new_photo(caption: str, credit: str | None, span: Span, credit_span: Span | None) -> Photo:
    """``Photo(caption, credit, span, credit_span)``."""
    photo = _new(Photo)
    set_caption, set_credit, set_span, set_credit_span = _PHOTO
    set_caption(photo, caption)
    set_credit(photo, credit)
    set_span(photo, span)
    set_credit_span(photo, credit_span)
    return photo


def new_diagnostic(code: str, message: str, line: int, span: Span) -> Diagnostic:
    """``Diagnostic(code, message, line, span)``."""
    diagnostic = _new(Diagnostic)
    set_code, set_message, set_line, set_span = _DIAGNOSTIC
    set_code(diagnostic, code)
    set_message(diagnostic, message)
    set_line(diagnostic, line)
    set_span(diagnostic, span)
    return diagnostic
