"""The facts of a meeting read from the lead of a readout (and its title).

:func:`extract_meeting` finds the lead sentence ("On January 14, commencing
at around 11:50 a.m. ... Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs
of Japan, held a Foreign Ministers’ Meeting over lunch with the Honorable
Mike Pompeo, ...") and reads from it the day, the start time, the length,
the format and occasion, the place and the people. The readers live in
:mod:`readout_parser._meeting_time`, :mod:`readout_parser._meeting_people`,
:mod:`readout_parser._meeting_place` and :mod:`readout_parser._meeting_attendees`;
this module picks the text they read and turns their findings into a
:class:`~readout_parser.model.Meeting`.

What cannot be read becomes a diagnostic with one of the codes below, never
an exception and never a guess. Only the first :data:`MAX_PARAGRAPHS`
paragraphs, and the first :data:`MAX_CHARS` characters of each, are read: a
lead is never longer, and the bound keeps the work linear in the input.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, Final

import attrs
import regex

from readout_parser import _meeting_attendees as attendees_of
from readout_parser import _meeting_people as people
from readout_parser import _meeting_place as place
from readout_parser import _meeting_time as clock
from readout_parser._meeting_sentences import sentence_bounds
from readout_parser._text import normalize_with_offsets
from readout_parser.diagnostics import (
    MEETING_CODES,
    MEETING_INVALID_DATE,
    MEETING_NO_YEAR,
    MEETING_UNREAD_ATTENDEES,
    MEETING_UNREAD_PARTICIPANT,
    MEETING_UNREADABLE_DURATION,
    MEETING_UNREADABLE_TIME,
    make,
)
from readout_parser.model import (
    Attendee,
    Diagnostic,
    Meeting,
    MeetingFormat,
    MeetingSpans,
    Paragraph,
    Person,
    Span,
)

__all__ = [
    "MEETING_CODES",
    "MEETING_INVALID_DATE",
    "MEETING_NO_YEAR",
    "MEETING_UNREADABLE_DURATION",
    "MEETING_UNREADABLE_TIME",
    "MEETING_UNREAD_ATTENDEES",
    "MEETING_UNREAD_PARTICIPANT",
    "extract_meeting",
]


"""Every code :func:`extract_meeting` emits."""

MAX_PARAGRAPHS: Final = 6
"""How many of the given paragraphs are read."""

MAX_CHARS: Final = 6000
"""How many characters of each paragraph are read."""

_PROBLEM_CODES: Final = {
    "time": MEETING_UNREADABLE_TIME,
    "date": MEETING_INVALID_DATE,
    "year": MEETING_NO_YEAR,
    "duration": MEETING_UNREADABLE_DURATION,
}

# A verb a lead sentence tells the meeting with: "held", "had", "paid a
# courtesy call", "received", "hosted", "gave a telephone call", "met",
# "exchanged views", "took part in", "were held", "was convened".
LEAD_VERB: Final = regex.compile(
    r"(?<![\w])(?:held|had|paid|received|hosted|gave|met|exchanged|took\spart|visited|"
    r"was\sconvened|talked|spoke|conducted)(?![\w])"
)


@attrs.frozen
class _Text:
    """A paragraph's normalised text and the source offset of each character."""

    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]``."""
        if end <= start:
            return Span(self.offsets[start], self.offsets[start])
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


@attrs.frozen
class _Lead:
    """The paragraph holding the lead sentence, and that sentence's bounds."""

    paragraph: _Text
    start: int
    end: int


def extract_meeting(
    source: str,
    paragraphs: Sequence[Paragraph],
    title: str | None,
    title_span: Span | None,
    page_date: datetime.date | None,
) -> tuple[Meeting, tuple[Diagnostic, ...]]:
    """Read the facts of the meeting from the lead *paragraphs* of *source*.

    *title* and *title_span* give the page headline, read for the format
    (and the people) when the lead does not say; *page_date* gives the year
    a lead's "On May 24" is in. Every span returned points into *source*.

    >>> text = ("On March 16, commencing at 2:15 p.m. for approximately one hour and "
    ...         "20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a "
    ...         "meeting with the Honorable Rex W. Tillerson, Secretary of State.")
    >>> meeting, problems = extract_meeting(
    ...     text, [Paragraph(text, Span(0, len(text)))], None, None, datetime.date(2017, 3, 16))
    >>> meeting.date, meeting.start, meeting.format.value
    (datetime.date(2017, 3, 16), datetime.time(14, 15), 'in-person')
    >>> meeting.duration, meeting.duration_approximate
    (datetime.timedelta(seconds=4800), True)
    >>> [(p.honorific, p.name, p.family_name) for p in meeting.participants]
    [('Mr.', 'Fumio Kishida', 'Kishida'), ('the Honorable', 'Rex W. Tillerson', 'Tillerson')]
    >>> text[meeting.spans.duration.start : meeting.spans.duration.end]
    'approximately one hour and 20 minutes'
    """
    texts = [_normalised(source, paragraph.span) for paragraph in paragraphs[:MAX_PARAGRAPHS]]
    headline = _normalised(source, title_span) if title_span is not None else None
    diagnostics: list[Diagnostic] = []
    lead = _find_lead(texts)
    fields: dict[str, Any] = {}
    spans: dict[str, Span | None] = {}
    principals: people.Principals | None = None
    if lead is not None:
        _read_times(source, lead, page_date, fields, spans, diagnostics)
        principals = people.find_principals(lead.paragraph.text, lead.start, lead.end)
        if principals is not None and principals.unread is not None:
            low, high = principals.unread
            diagnostics.append(
                make(
                    MEETING_UNREAD_PARTICIPANT,
                    "the lead names a counterpart whose name could not be read: "
                    f"{lead.paragraph.text[low:high]!r}",
                    source,
                    lead.paragraph.span(low, high),
                )
            )
    notes = tuple(
        _Note(paragraph, low, high)
        for paragraph in texts
        for low, high in attendees_of.notes_in(paragraph.text)
    )
    _read_manner(lead, headline, principals, fields, spans)
    if lead is not None:
        excluded = [
            *people.spans_of(principals.people if principals else ()),
            *_ranges(notes, lead),
        ]
        found = place.find_location(lead.paragraph.text, lead.start, lead.end, excluded)
        if found is not None:
            fields["location"] = found.value
            spans["location"] = lead.paragraph.span(found.start, found.end)
    participants: tuple[Person, ...] = ()
    if principals is not None and lead is not None:
        participants = tuple(_person(lead.paragraph, m) for m in principals.people)
    if not participants and headline is not None and headline.text:
        # The lead names nobody ("the two ministers met"): the headline may
        # ("Foreign Minister Kono’s Meeting with State Council Member Yang Jiechi").
        named = people.find_principals(headline.text, 0, len(headline.text))
        if named is not None:
            participants = tuple(_person(headline, m) for m in named.people)
    attendees, attendee_problems = _read_attendees(source, notes)
    diagnostics.extend(attendee_problems)
    evidence = attrs.evolve(MeetingSpans(), **spans)
    meeting = attrs.evolve(
        Meeting(participants=participants, attendees=attendees, spans=evidence), **fields
    )
    return meeting, tuple(diagnostics)


def _normalised(source: str, span: Span) -> _Text:
    start = max(0, min(span.start, len(source)))
    end = max(start, min(span.end, len(source), start + MAX_CHARS))
    text, offsets = normalize_with_offsets(source, start, end)
    return _Text(text, offsets)


def _find_lead(texts: Sequence[_Text]) -> _Lead | None:
    """The lead sentence: the first telling who held a meeting.

    The first paragraph needs only the verb; a later one must also state a
    day or time, so a body paragraph ("The two sides held talks") passed in
    place of an empty lead is not taken for it.
    """
    for index, paragraph in enumerate(texts):
        sentences = sentence_bounds(paragraph.text)[:3]
        with_verb = [(a, b) for a, b in sentences if LEAD_VERB.search(paragraph.text, a, b)]
        if not with_verb:
            continue
        if index > 0 and not any(_states_when(paragraph.text, a, b) for a, b in with_verb):
            continue
        for start, end in with_verb:
            if people.first_person(paragraph.text, start, end) is not None:
                return _Lead(paragraph, start, end)
        return _Lead(paragraph, *with_verb[0])
    return None


def _states_when(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a day or a clock time ("On June 26", "6:45 p.m.")."""
    return any(
        pattern.search(text, start, end) is not None
        for pattern in (clock.DATE, clock.TIME_12H, clock.TIME_24H)
    )


def _read_times(
    source: str,
    lead: _Lead,
    page_date: datetime.date | None,
    fields: dict[str, Any],
    spans: dict[str, Span | None],
    diagnostics: list[Diagnostic],
) -> None:
    """Date, start and duration: the first of each in the lead paragraph."""
    paragraph = lead.paragraph
    # Read from the lead sentence on: a paragraph may open with words that
    # are not about this meeting, never with its facts after them.
    offset = lead.start
    text = paragraph.text[offset:]
    problems: list[clock.Problem] = []
    date, problem = clock.find_date(text, page_date)
    if problem is not None:
        problems.append(problem)
    if date is not None:
        fields["date"] = date.value
        spans["date"] = paragraph.span(offset + date.start, offset + date.end)
    start, problem = clock.find_start(text)
    if problem is not None:
        problems.append(problem)
    if start is not None:
        fields["start"] = start.value
        fields["start_qualifier"] = start.qualifier
        fields["time_zone"] = start.zone
        fields["japan_time"] = start.japan_time
        spans["start"] = paragraph.span(offset + start.span[0], offset + start.span[1])
        if start.zone_span is not None:
            low, high = start.zone_span
            spans["time_zone"] = paragraph.span(offset + low, offset + high)
        if start.japan_span is not None:
            low, high = start.japan_span
            spans["japan_time"] = paragraph.span(offset + low, offset + high)
    duration, problem = clock.find_duration(text)
    if problem is not None:
        problems.append(problem)
    if duration is not None:
        fields["duration"] = duration.value
        fields["duration_approximate"] = duration.approximate
        spans["duration"] = paragraph.span(offset + duration.start, offset + duration.end)
    elif problem is None and start is not None and start.end is not None:
        assert start.range_span is not None
        fields["duration"] = clock.range_duration(start.value, start.end)
        fields["duration_approximate"] = False
        low, high = start.range_span
        spans["duration"] = paragraph.span(offset + low, offset + high)
    for found in problems:
        span = paragraph.span(offset + found.start, offset + found.end)
        diagnostics.append(make(_PROBLEM_CODES[found.kind], found.message, source, span))


def _read_manner(
    lead: _Lead | None,
    headline: _Text | None,
    principals: people.Principals | None,
    fields: dict[str, Any],
    spans: dict[str, Span | None],
) -> None:
    """Format and occasion, from the lead sentence or else the headline."""
    places: list[tuple[_Text, int, int]] = []
    if lead is not None:
        places.append((lead.paragraph, lead.start, lead.end))
    if headline is not None:
        places.append((headline, 0, len(headline.text)))
    found_format = _format_in(places)
    if found_format is not None:
        holder, kind, low, high = found_format
        fields["format"] = kind
        spans["format"] = holder.span(low, high)
    occasion: place.Found | None = None
    holder_of_occasion: _Text | None = None
    if lead is not None:
        holder_of_occasion = lead.paragraph
        if principals is not None and principals.people:
            occasion = place.find_occasion(
                lead.paragraph.text, principals.subject_end, principals.object_start
            )
        else:
            occasion = place.find_occasion(lead.paragraph.text, lead.start, lead.end)
    elif headline is not None:
        holder_of_occasion = headline
        occasion = place.find_occasion(headline.text, 0, len(headline.text))
    if occasion is not None and holder_of_occasion is not None:
        fields["occasion"] = occasion.value
        spans["occasion"] = holder_of_occasion.span(occasion.start, occasion.end)


def _format_in(
    places: Sequence[tuple[_Text, int, int]],
) -> tuple[_Text, MeetingFormat, int, int] | None:
    """Telephone or video named anywhere wins over a meeting named anywhere."""
    fallback: tuple[_Text, MeetingFormat, int, int] | None = None
    for holder, low, high in places:
        found = place.find_format(holder.text, low, high)
        if found is None:
            continue
        kind, start, end = found
        if kind is not MeetingFormat.IN_PERSON:
            return holder, kind, start, end
        if fallback is None:
            fallback = (holder, kind, start, end)
    return fallback


# -- people --------------------------------------------------------------------


def _person(holder: _Text, mention: people.Mention) -> Person:
    return Person(
        name=mention.name,
        span=holder.span(mention.start, mention.end),
        honorific=mention.honorific,
        title=mention.title,
        family_name=mention.family_name,
        post_nominal=mention.post_nominal,
    )


@attrs.frozen
class _Note:
    """An attendance note: a parenthesis or sentence listing who else attended."""

    paragraph: _Text
    start: int
    end: int


def _ranges(notes: Sequence[_Note], lead: _Lead) -> list[tuple[int, int]]:
    return [(note.start, note.end) for note in notes if note.paragraph is lead.paragraph]


def _read_attendees(
    source: str, notes: Sequence[_Note]
) -> tuple[tuple[Attendee, ...], list[Diagnostic]]:
    attendees: list[Attendee] = []
    problems: list[Diagnostic] = []
    seen: set[tuple[int, int]] = set()
    for note in notes:
        text = note.paragraph.text
        listed = attendees_of.people_in(text, note.start, note.end)
        fresh = [m for m in listed if (id(note.paragraph), m.start) not in seen]
        for mention in listed:
            seen.add((id(note.paragraph), mention.start))
        if not listed:
            problems.append(
                make(
                    MEETING_UNREAD_ATTENDEES,
                    "an attendance note names no person that could be read: "
                    f"{text[note.start : note.end][:80]!r}",
                    source,
                    note.paragraph.span(note.start, note.end),
                )
            )
            continue
        sides = attendees_of.sides(text, note.start, note.end, fresh)
        attendees.extend(
            Attendee(_person(note.paragraph, mention), side)
            for mention, side in zip(fresh, sides, strict=True)
        )
    return tuple(attendees), problems
