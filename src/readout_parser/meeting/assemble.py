"""Reading the lead once and putting the facts together into a :class:`Meeting`.

Each reader returns typed findings with positions in the lead text; this
module maps the positions to input spans and builds the meeting from them.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from readout_parser import calendar, vocabulary
from readout_parser._patterns import lazy
from readout_parser.diagnostics import (
    MEETING_DOUBTFUL_DATE,
    MEETING_INVALID_DATE,
    MEETING_NO_LEAD,
    MEETING_NO_PARTICIPANTS,
    MEETING_NO_YEAR,
    MEETING_UNREAD_ATTENDEES,
    MEETING_UNREAD_PARTICIPANT,
    MEETING_UNREADABLE_DURATION,
    MEETING_UNREADABLE_TIME,
    Problem,
)
from readout_parser.meeting import attendees as attendance
from readout_parser.meeting import place
from readout_parser.meeting import time as clock
from readout_parser.meeting.further import further_meetings
from readout_parser.meeting.lead import (
    MAX_DAYS_FROM_PAGE,
    RELATIVE_DAY,
    Lead,
    Located,
    bounded,
    find_lead,
    has_lead_verb,
    meeting_noun,
    visit_told,
)
from readout_parser.meeting.people import Mention, people_in
from readout_parser.meeting.principals import Principals, find_principals
from readout_parser.meeting.tokens import Tokens, tokenize
from readout_parser.model import Attendee, Meeting, MeetingFormat, MeetingSpans, Person, Span
from readout_parser.sentences import iter_sentence_bounds

__all__ = ["read_meeting"]

_PROBLEM_CODES = {
    "time": MEETING_UNREADABLE_TIME,
    "date": MEETING_INVALID_DATE,
    "doubtful": MEETING_DOUBTFUL_DATE,
    "year": MEETING_NO_YEAR,
    "duration": MEETING_UNREADABLE_DURATION,
}


class _Times(NamedTuple):
    """What the lead says of when: each fact with its span, or None."""

    date: tuple[datetime.date, Span] | None = None
    start: clock.StartFact | None = None
    start_span: Span | None = None
    zone_span: Span | None = None
    japan_span: Span | None = None
    japan_date: datetime.date | None = None
    duration: tuple[datetime.timedelta, bool, Span] | None = None
    # Where a stated length ends in the lead's paragraph: a meal may follow it.
    length_end: int | None = None


class _Note(NamedTuple):
    """An attendance note: a parenthesis or sentence listing who else attended."""

    paragraph: Located
    start: int
    end: int


def read_meeting(
    lead: Sequence[Located],
    title: Located | None = None,
    page_date: datetime.date | None = None,
    *,
    after: Located | None = None,
    next_item: Sequence[Located] = (),
) -> tuple[Meeting, tuple[Problem, ...]]:
    """Read the facts of the meeting from the *lead* paragraphs (and the *title*).

    *lead* holds the lead paragraphs as :class:`Located` texts; *title* the
    headline, read for the format and the people when the lead does not say;
    *page_date* the year a lead's "On May 24" is in; *after* the paragraph
    after the lead, read only for who met where the lead names nobody ("the
    consultations were held in Tokyo."), or on a page with no lead the
    first paragraph of its body, read for who speaks first, and *next_item*
    the item after (:func:`_lead_of`). Spans point into the input.

    >>> text = ("On March 16, commencing at 2:15 p.m. for approximately one hour and "
    ...         "20 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a "
    ...         "meeting with the Honorable Rex W. Tillerson, Secretary of State.")
    >>> meeting, problems = read_meeting([Located.at(text)], None, datetime.date(2017, 3, 16))
    >>> meeting.date, meeting.start, meeting.format.value
    (datetime.date(2017, 3, 16), datetime.time(14, 15), 'in-person')
    >>> meeting.duration, meeting.duration_approximate
    (datetime.timedelta(seconds=4800), True)
    >>> [(p.honorific, p.name, p.family_name) for p in meeting.participants]
    [('Mr.', 'Fumio Kishida', 'Kishida'), ('the Honorable', 'Rex W. Tillerson', 'Tillerson')]
    >>> text[meeting.spans.duration.start : meeting.spans.duration.end]
    'approximately one hour and 20 minutes'
    """
    paragraphs, found = _lead_of(lead, next_item, page_date)
    problems: list[Problem] = []
    notes = _notes(paragraphs, found)
    times = _Times()
    principals: Principals | None = None
    location: tuple[str, Span] | None = None
    named_in = found
    spoken: tuple[Person, ...] = ()
    named = _formats_named(found, title)
    if found is None and paragraphs:
        problems.extend(_no_lead(paragraphs[0], title))
        spoken = _speakers_with_no_lead(paragraphs, title, after)
    if found is not None:
        times = _read_times(found, page_date, problems, _is_remote(named))
        principals = _read_principals(found, notes, problems)
        location = _read_location(found, principals, notes, _is_remote(named))
        if not principals.people:
            following = _next_sentence(
                paragraphs, found, bounded([after])[0] if after is not None else None
            )
            if following is not None:
                named_in, principals, notes = _named_after(following, principals, notes)
    people = _people(named_in, principals, title) or _speakers_met(found, title, spoken)
    if found is not None:
        problems.extend(_people_problems(paragraphs, found, people, principals))
    manner = _read_manner(found, title, principals, times.length_end, named)
    attendees = _read_attendees(notes, problems)
    meeting = _assemble(times, people, manner, location, attendees)
    return meeting, tuple(problems)


def _people_problems(
    paragraphs: Sequence[Located],
    lead: Lead,
    people: Sequence[Person],
    principals: Principals | None,
) -> tuple[Problem, ...]:
    """No one read from the meeting sentence, or a further meeting the lead tells."""
    if not people:
        return (_no_participants(lead),)
    if principals is not None and principals.people:
        return further_meetings(paragraphs, lead, principals.people)
    return ()


def _notes(paragraphs: Sequence[Located], lead: Lead | None) -> tuple[_Note, ...]:
    """The attendance notes of the lead, but for the sentence of a visit the lead tells first.

    "..., attended the APEC Ministerial Meeting in Manila." tells the visit
    the meeting was part of, and names no one who attended the meeting.
    """
    return tuple(
        _Note(paragraph, low, high)
        for paragraph in paragraphs
        for low, high in attendance.notes_in(paragraph.text)
        if not _in_visit(lead, paragraph, low)
    )


def _in_visit(lead: Lead | None, paragraph: Located, at: int) -> bool:
    """Whether *at* in *paragraph* lies in the sentence of the visit *lead* tells first."""
    return (
        lead is not None
        and lead.visit is not None
        and paragraph is lead.paragraph
        and lead.visit <= at < lead.start
    )


class _Formats(NamedTuple):
    """Where a format is looked for, the meeting sentence and the headline, and what each names."""

    places: tuple[tuple[Located, int, int], ...]
    found: tuple[tuple[MeetingFormat, int, int] | None, ...]


def _formats_named(lead: Lead | None, title: Located | None) -> _Formats:
    """The format each of the meeting sentence and the headline names, read once for all readers."""
    places: list[tuple[Located, int, int]] = []
    if lead is not None:
        places.append((lead.paragraph, lead.start, lead.end))
    if title is not None:
        places.append((title, 0, len(title.text)))
    found = tuple(place.find_format(holder.text, low, high) for holder, low, high in places)
    return _Formats(tuple(places), found)


def _is_remote(named: _Formats) -> bool:
    """Whether the meeting sentence or the headline says it was a telephone or video talk."""
    return any(
        found is not None and found[0] is not MeetingFormat.IN_PERSON for found in named.found
    )


def _read_times(
    lead: Lead, page_date: datetime.date | None, problems: list[Problem], remote: bool
) -> _Times:
    """Date, start and duration: the first of each from the lead sentence on.

    *remote* tells whether the meeting was a telephone or video talk.
    """
    paragraph = lead.paragraph
    # A paragraph may open with words that are not about this meeting, never
    # with its facts after them.
    offset = lead.start
    text = paragraph.text[offset:]
    whole = paragraph.span

    def span(low: int, high: int) -> Span:
        return whole(offset + low, offset + high)

    found: list[clock.Unreadable] = []
    day, problem, told_day = _meeting_day(text, lead, page_date, problems)
    found.extend([problem] if problem is not None else [])
    start, problem = clock.find_start(text)
    if start is not None and start.local_range is not None and remote:
        # A telephone talk: the time in brackets is the other side's clock.
        start, problem = clock.find_start(text, local_in_brackets=False)
    found.extend([problem] if problem is not None else [])
    length, problem = clock.find_duration(text)
    found.extend([problem] if problem is not None else [])
    if start is not None and start.local_range is not None:
        # The local time in brackets names the local day too, when it differs.
        local_day, _ = clock.find_date(text, page_date, *start.local_range)
        day = local_day or day
    if start is not None and start.zone is None and day is not None:
        stated = clock.zone_after_date(text, day.end)
        if stated is not None and start.japan_time is None:
            start = start._replace(zone=stated[0], zone_span=stated[1])
    length_read = _length(text, length, start if problem is None else None, found)
    duration = None
    if length_read is not None:
        value, approximate, low, high = length_read
        duration = (value, approximate, span(low, high))
    problems.extend(
        Problem(_PROBLEM_CODES[item.kind], item.message, span(item.start, item.end))
        for item in found
    )
    date = (day.value, span(day.start, day.end)) if day is not None else told_day
    return _Times(
        date=date,
        japan_date=_japan_date(text, start, date[0] if date is not None else None),
        start=start,
        start_span=span(*start.span) if start is not None else None,
        zone_span=span(*start.zone_span) if start and start.zone_span else None,
        japan_span=span(*start.japan_span) if start and start.japan_span else None,
        duration=duration,
        length_end=offset + length.end if length is not None else None,
    )


def _day_of_visit(
    lead: Lead, page_date: datetime.date | None
) -> tuple[clock.DateFact | None, clock.Unreadable | None]:
    """The day the sentence of the visit before the meeting sentence names, if any.

    "On May 9, Mr. Kono visited Kenya. During his visit, Minister Kono held
    a meeting with ...". Offsets count from the meeting sentence, as the
    other times' do, so they are negative.
    """
    assert lead.visit is not None
    if RELATIVE_DAY().search(lead.paragraph.text, lead.start, lead.end) is not None:
        # "On the following day, Minister Kono held ...": not the visit's day.
        return None, None
    day, problem = clock.find_date(lead.paragraph.text, page_date, lead.visit, lead.start)
    shift = lead.start
    if day is not None:
        day = day._replace(start=day.start - shift, end=day.end - shift)
    if problem is not None:
        problem = problem._replace(start=problem.start - shift, end=problem.end - shift)
    return day, problem


def _lead_of(
    lead: Sequence[Located], next_item: Sequence[Located], page_date: datetime.date | None
) -> tuple[list[Located], Lead | None]:
    """The lead paragraphs read and the meeting sentence among them.

    "1. ... is visiting Japan from November 24 to 27 ..." / "2. On November
    26, ... met with ...": after a first item telling only the visit, the
    item after it is read as the lead's next paragraph, where its meeting
    sentence names someone the visit's does.
    """
    paragraphs = bounded(lead)
    found = find_lead(paragraphs, page_date)
    if (
        found is None
        or not next_item
        or visit_told(found.paragraph.text, found.start, found.end) is None
    ):
        return paragraphs, found
    more = bounded([*lead, *next_item])
    meeting = find_lead(more, page_date)
    if meeting is None or not _shares_someone(found, meeting):
        # Another pair's meeting ("2. On May 9, Mr. Takeo Akiba, Vice-Minister
        # ..., held a meeting with ..."): not the visitor's.
        return paragraphs, found
    return more, meeting


def _shares_someone(visit: Lead, meeting: Lead) -> bool:
    """Whether the meeting sentence names one the visit's names (:func:`_same_person`)."""

    def mentions(lead: Lead) -> list[Mention]:
        tokens = tokenize(lead.paragraph.text, lead.start, lead.end)
        return [mention for mention, _, _ in people_in(tokens, 0, len(tokens))]

    visitors = mentions(visit)
    return any(_same_person(person, visitors) for person in mentions(meeting))


def _day_before(lead: Lead, page_date: datetime.date | None) -> clock.DateFact | None:
    """The day the sentence just before the meeting sentence opens on, if any.

    "On January 10, Minister Kishida laid a wreath at the Rizal Monument.
    Following this, from 3:00 p.m., Minister Kishida held a meeting with
    ...": the day the events told are on. Not a day named inside a sentence
    ("Kenya held its general election on May 3.", "The two Ministers last
    met on May 4."), nor one after the page's or more than a week before it
    ("On May 3, 2015, ..."). "On the following day, ..." opening the
    meeting sentence is the day after it, its evidence that phrase. Offsets
    count from the meeting sentence, as :func:`_day_of_visit`'s do.
    """
    text = lead.paragraph.text
    before = [bounds for bounds in iter_sentence_bounds(text) if bounds[1] <= lead.start]
    if not before:
        return None
    start, end = before[-1]
    day, _ = clock.find_date(text, page_date, start, end)
    if day is None or not calendar.opens_on(text, start, day.start):
        return None
    if page_date is not None and not 0 <= (page_date - day.value).days <= MAX_DAYS_FROM_PAGE:
        return None
    if not _told_of_them(lead, text, day.end, end):
        # "On May 3, Kenya held its general election.", "On May 2, it was
        # announced that ...": a day of another's.
        return None
    relative = _RELATIVE_OPENING().match(text, lead.start, lead.end)
    if relative is None:
        return day._replace(start=day.start - lead.start, end=day.end - lead.start)
    return clock.DateFact(
        _shifted(day.value, relative.group()),
        relative.start("day") - lead.start,
        relative.end("day") - lead.start,
    )


def _told_of_them(lead: Lead, text: str, at: int, end: int) -> bool:
    """Whether the sentence going on at *at*, after its day, tells of one who met next.

    Its subject, the first person it names after nothing but brackets and
    phrases closed by a comma ("On January 10 (local time), at the
    invitation of Secretary Yasay, Minister Kishida laid a wreath ..."), is
    one the meeting sentence names, or the one its "he" or "she", named
    before anyone, stands for ("Following this, he held a meeting with
    ..."). Not "On May 3, Kenya held its election, which Minister Kishida
    welcomed."
    """
    tokens = tokenize(text, at, end)
    subject = next(
        (m for m, _, _ in people_in(tokens, 0, len(tokens)) if _opens_clause(text, at, m.start)),
        None,
    )
    if subject is None:
        return False
    meeting = tokenize(text, lead.start, lead.end)
    met = [m for m, _, _ in people_in(meeting, 0, len(meeting))]
    pronoun = _PRONOUN_SUBJECT().search(text, lead.start, lead.end)
    if pronoun is not None and all(m.start > pronoun.start() for m in met):
        # "Following this, he held a meeting with ...": no one named before him.
        return True
    return _same_person(subject, met)


def _opens_clause(text: str, at: int, start: int) -> bool:
    """Whether ``text[at:start]`` holds only brackets and phrases each closed by a comma."""
    between = _BRACKETED().sub("", text[at:start]).strip()
    return not between or between.endswith(",")


# A bracket in a sentence's opening: "(local time)".
_BRACKETED = lazy(r"\([^()]*\)")

# A pronoun as the meeting sentence's subject: "he held a meeting with",
# "she also met".
_PRONOUN_SUBJECT = lazy(
    r"(?<![\w-])(?:[Hh]e|[Ss]he)\s(?:[a-z]+ly\s|also\s|then\s)?"
    r"(?:held|had|met|received|paid|hosted|exchanged|attended|took)(?![\w-])"
)


def _same_person(person: Mention, others: Sequence[Mention]) -> bool:
    """Whether *person* is one of *others*: the same family name, and given names that agree.

    "Minister Kishida" is "Fumio Kishida", "S. Jaishankar" is "Subrahmanyam
    Jaishankar", "MOTEGI Toshimitsu" is "Toshimitsu Motegi" and "Perfecto R.
    Yasay Jr." is "Perfecto Yasay"; "Yuko Kishida" is not "Fumio Kishida".
    """
    given = _given_name(person)
    return person.family_name is not None and any(
        person.family_name == other.family_name and _agree(given, _given_name(other))
        for other in others
    )


def _given_name(person: Mention) -> str | None:
    """The first word of *person*'s name that is not the family name: "Fumio", "S."."""
    family = (person.family_name or "").casefold().split()
    return next(
        (word for word in person.name.split() if word.casefold().strip(",") not in family),
        None,
    )


def _agree(one: str | None, other: str | None) -> bool:
    """Whether two given names may be one: the same, one missing, or an initial of the other."""
    if one is None or other is None:
        return True
    one, other = one.rstrip(".").casefold(), other.rstrip(".").casefold()
    if len(one) == 1 or len(other) == 1:
        return one[:1] == other[:1]
    return one == other


# A day told from the one before, opening the meeting sentence: "On the
# following day", "The next morning", "On the previous evening".
_RELATIVE_OPENING = lazy(
    r"(?i)(?:on\s)?(?:the\s)?(?P<day>(?:following|next|previous)\s(?:day|morning|evening))"
)


def _shifted(day: datetime.date, phrase: str) -> datetime.date:
    """*day* moved to the one *phrase* tells: "following day", "previous evening"."""
    return day + datetime.timedelta(days=-1 if "previous" in phrase.lower() else 1)


def _meeting_day(
    text: str, lead: Lead, page_date: datetime.date | None, problems: list[Problem]
) -> tuple[clock.DateFact | None, clock.Unreadable | None, tuple[datetime.date, Span] | None]:
    """The day *text*, the lead from its meeting sentence on, names; else its visit's.

    The visit's sentence before it in its paragraph gives a day as *text*'s
    own; one in a paragraph of its own gives the third value, with its span.
    """
    day, problem = clock.find_date(text, page_date)
    if day is None and problem is None and lead.visit is not None:
        day, problem = _day_of_visit(lead, page_date)
    if day is None and problem is None and lead.visit is None and lead.start > 0:
        day = _day_before(lead, page_date)
    if day is None and problem is None and lead.told is not None:
        # "... visited Japan from June 11 to 15." / "During his visit, ...".
        return None, None, _day_told(lead.told, lead, page_date, problems)
    return day, problem, None


def _japan_date(
    text: str, start: clock.StartFact | None, day: datetime.date | None
) -> datetime.date | None:
    """The day in Japan at the Japan time given with the start, or None.

    The day named with it ("1:50 a.m. on February 8, Japan time"), else the
    meeting's *day* moved by the clocks' difference: a Japan time earlier
    on the clock than the local start is the next day where Japan is ahead
    ("11:50 a.m. (local time; 5:00 a.m. Japan time)" in Washington), the day
    before where it is behind (New Zealand, by a few hours).
    """
    if start is None or start.japan_time is None or start.japan_span is None or day is None:
        return None
    low, high = start.japan_span
    # A day before the Japan time is its own only in its phrase: "(Wednesday,
    # May 10, 5:00 a.m. Japan time)"; not "on May 9 (local time; 5:00 a.m."
    # nor "on May 9 (5:00 a.m. Japan time)", the local day.
    earliest = max(0, low - MAX_DAY_BEFORE_TIME)
    opens = max(
        earliest,
        text.rfind("(", earliest, low) + 1,
        text.rfind(";", earliest, low) + 1,
        _end_of(text, "local time", earliest, low),
    )
    named = clock.find_date(text, day, opens, high + MAX_DAY_AFTER_TIME)
    if named[0] is not None and abs((named[0].value - day).days) <= 1:
        return named[0].value
    local = start.value.hour * 60 + start.value.minute
    japan = start.japan_time.hour * 60 + start.japan_time.minute
    ahead = (japan - local) % MINUTES_A_DAY
    if ahead <= MAX_JAPAN_AHEAD:
        return day + datetime.timedelta(days=1) if local + ahead >= MINUTES_A_DAY else day
    return day - datetime.timedelta(days=1) if local < MINUTES_A_DAY - ahead else day


def _end_of(text: str, word: str, start: int, end: int) -> int:
    """Where the last *word* in ``text[start:end]`` ends, or -1."""
    at = text.rfind(word, start, end)
    return at + len(word) if at >= 0 else -1


# How far from the Japan time the day named with it may stand: "5:00 a.m. on
# January 15, Japan time", "(January 15, 5:00 a.m. Japan time)".
MAX_DAY_BEFORE_TIME = 20
MAX_DAY_AFTER_TIME = 25

# Japan's clock is ahead of a local one by at most this many minutes (Hawaii,
# UTC-10); more on the clocks' face means it is behind, by five hours at most
# (New Zealand, Fiji, Tonga, Samoa, Kiribati).
MAX_JAPAN_AHEAD = 19 * 60
MINUTES_A_DAY = 24 * 60


def _day_told(
    told: Lead, lead: Lead, page_date: datetime.date | None, problems: list[Problem]
) -> tuple[datetime.date, Span] | None:
    """The day the visit's sentence *told*, in a paragraph of its own, names, if any.

    "On the following day" or "the next day" in the meeting sentence is the
    day after it, and "the previous day" the day before.
    """
    relative = RELATIVE_DAY().search(lead.paragraph.text, lead.start, lead.end)
    paragraph = told.paragraph
    day, problem = clock.find_date(paragraph.text, page_date, told.start, told.end)
    if day is not None and _DAYS_TO().match(paragraph.text, day.end, told.end) is not None:
        # "from October 10 to 13": the visit's days, not the meeting's.
        return None
    if problem is not None:
        span = paragraph.span(problem.start, problem.end)
        problems.append(Problem(_PROBLEM_CODES[problem.kind], problem.message, span))
    if day is None:
        return None
    if relative is None:
        return day.value, paragraph.span(day.start, day.end)
    return _shifted(day.value, relative.group()), lead.paragraph.span(
        relative.start(), relative.end()
    )


# The end of a range of days after its first: " to 13" of "from October 10
# to 13", " to June 15", "-13", " until 15".
_DAYS_TO = lazy(r"\s?(?:to|until|through|[-–])\s?(?:\p{Lu}\p{Ll}+\.?\s)?\d{1,2}(?![\d:])")


def _length(
    text: str,
    length: clock.DurationFact | None,
    start: clock.StartFact | None,
    found: list[clock.Unreadable],
) -> tuple[datetime.timedelta, bool, int, int] | None:
    """The meeting's length and where it is told: as a length, else as a range of times.

    A length of zero is a slip of the page and no length: *found* gains why.
    """
    if length is not None:
        if length.value > _NO_TIME:
            return length.value, length.approximate, length.start, length.end
        # "for 0 minutes".
        found.append(_no_length(text, length.start, length.end, "names"))
        return None
    if start is None or start.end is None:
        return None
    assert start.range_span is not None
    value = clock.range_duration(start.value, start.end)
    if value > _NO_TIME:
        return value, start.range_approximate, *start.range_span
    # "from 2:00 p.m. to 2:00 p.m.".
    found.append(
        _no_length(text, *start.range_span, "starts and ends at the same time, so it gives")
    )
    return None


def _no_lead(first: Located, title: Located | None) -> tuple[Problem, ...]:
    """The problem of a page with no lead, unless its headline tells no meeting held.

    A statement, an announced visit or a signing ("Statement by ...", "Visit
    to Japan by ...") has no lead by nature: its lack is no news. A headline
    that opens so but names a meeting ("Emergency ... Foreign Ministers'
    Telephone Talk", "Visit to Japan by ... (Japan-Australia Summit
    Meeting)") expects a lead all the same.
    """
    if _tells_no_meeting(title):
        return ()
    return (_no_lead_problem(first),)


def _speakers_met(
    lead: Lead | None, title: Located | None, spoken: tuple[Person, ...]
) -> tuple[Person, ...]:
    """Those who speak first in the body, as the participants of a page naming none.

    Not on a page whose headline tells no meeting held and which has no
    lead: a statement's speakers met no one.
    """
    return spoken if lead is not None or not _tells_no_meeting(title) else ()


def _tells_no_meeting(title: Located | None) -> bool:
    """Whether the headline tells no meeting held: "Statement by ...", "Visit to Japan by ...".

    A visit may be named by its kind first: "State Visit to Japan by ...",
    "Official Visit to ...".
    """
    if title is None:
        return False
    text = title.text
    first, _, rest = text.partition(" ")
    if first in _VISIT_KINDS and rest.startswith("Visit"):
        first = rest.partition(" ")[0]
    return (
        first in vocabulary.NO_MEETING_HEADLINES
        or text.startswith(vocabulary.NO_MEETING_OPENINGS)
        or any(aside in text for aside in vocabulary.NO_MEETING_ASIDES)
    ) and place.find_format(text, 0, len(text)) is None


# The kinds a visit's headline may name first: "State Visit to Japan by ...".
_VISIT_KINDS = frozenset({"State", "Official", "Working"})


def _no_lead_problem(first: Located) -> Problem:
    return Problem(
        MEETING_NO_LEAD,
        "no sentence of the page tells who held the meeting (as a lead does: 'On May 9, "
        "Mr. X, ..., held a meeting with Mr. Y, ...'), so Readout.meeting has no date or time "
        "but what the headline gives, and its participants are those who speak first in the "
        "body, if any; check that the copy kept the lead.",
        first.span(0, 0),
    )


# A headline naming a meeting of Japan and one other side:
# "Japan-U.S. Foreign Ministers’ Meeting", "Japan-India Summit Meeting (Overview)";
# not "Japan-U.S.-ROK Summit Meeting" nor "G7 Foreign Ministers' Meeting".
BILATERAL_HEADLINE = lazy(r"Japan-[^\s\-]++\s(?:[^\s]+\s)*?" + meeting_noun() + r"(?![\w-])")


def _speakers_with_no_lead(
    paragraphs: Sequence[Located], title: Located | None, after: Located | None
) -> tuple[Person, ...]:
    """The principals of a page with no lead whose headline names a meeting of two sides."""
    if title is None or not _names_a_bilateral_meeting(title.text):
        return ()
    return _first_speakers([*paragraphs, *bounded([after] if after else [])])


def _names_a_bilateral_meeting(headline: str) -> bool:
    """Whether a headline names a meeting of Japan and one other side.

    Not of a grouping: "Japan-ASEAN Foreign Ministers' Meeting".
    """
    partner = headline[len("Japan-") :]
    return BILATERAL_HEADLINE().match(headline) is not None and not any(
        partner.startswith((grouping + " ", grouping + "-")) for grouping in vocabulary.GROUPINGS
    )


# How many paragraphs of a page with no lead are read for who speaks first.
MAX_SPEAKING_PARAGRAPHS = 4


def _first_speakers(paragraphs: Sequence[Located]) -> tuple[Person, ...]:
    """The principals of a page with no lead: who speaks first in its body, or ().

    The subjects of the first sentences of the paragraphs read in the lead's
    place (the first item's, and the first paragraph of the body), named
    with an office and a reporting verb after them ("Secretary Kerry noted
    ...", "Minister Maehara and Secretary Clinton affirmed ..."), each once,
    in order of mention. The headline names a meeting of two sides, so two
    of them make it: one alone, or a third ("Ambassador Yagi reported ..."),
    leaves who met unknown.
    """
    found: dict[str | None, Person] = {}
    for paragraph in paragraphs[:MAX_SPEAKING_PARAGRAPHS]:
        bounds = next(iter_sentence_bounds(paragraph.text), None)
        if bounds is None:
            continue
        tokens = tokenize(paragraph.text, *bounds)
        subject = _subject(tokens, find_principals(tokens, 0, len(tokens)).people)
        if subject and _speaks(tokens, subject[-1]):
            for mention in subject:
                if mention.title is not None:
                    found.setdefault(mention.family_name, _person(paragraph, mention))
    return tuple(found.values()) if len(found) == MIN_SIDES else ()


def _subject(tokens: Tokens, chain: Sequence[Mention]) -> tuple[Mention, ...]:
    """The people of a sentence's subject: the first, and those listed right after ("and B")."""
    subject: list[Mention] = []
    for mention in chain:
        if subject:
            gap = tokens.words[tokens.index_at(subject[-1].end) : tokens.index_at(mention.start)]
            if not gap or any(word not in (",", "and") for word in gap):
                break
        subject.append(mention)
    return tuple(subject)


def _speaks(tokens: Tokens, mention: Mention) -> bool:
    """Whether a reporting verb follows *mention*, maybe after an adverb: "Kerry also stated"."""
    index = tokens.index_at(mention.end)
    words = tokens.words
    while index < len(words) and words[index] in vocabulary.ADVERBS:
        index += 1
    return index < len(words) and words[index] in vocabulary.REPORTING_VERBS


def _no_participants(lead: Lead) -> Problem:
    return Problem(
        MEETING_NO_PARTICIPANTS,
        "no principal could be read from the meeting sentence (as from 'Mr. X, ..., held a "
        "meeting with Mr. Y, ...'), the sentence after it or the headline, so "
        "Readout.meeting has no participants; read the sentence for who met.",
        lead.paragraph.span(lead.start, lead.end),
    )


# A meeting lasts longer than this.
_NO_TIME = datetime.timedelta(0)


def _no_length(text: str, start: int, end: int, says: str) -> clock.Unreadable:
    return clock.Unreadable(
        "duration",
        f"{text[start:end]!r} {says} no length; Meeting.duration is None. Check the page "
        "for a slip in the times or the length.",
        start,
        end,
    )


def _read_principals(lead: Lead, notes: Sequence[_Note], problems: list[Problem]) -> Principals:
    paragraph = lead.paragraph
    tokens = tokenize(paragraph.text, lead.start, lead.end)
    excluded = [(note.start, note.end) for note in notes if note.paragraph is paragraph]
    principals = find_principals(tokens, 0, len(tokens), excluded)
    if lead.visit is not None:
        principals = principals._replace(people=_with_visitor(lead, tokens, principals.people))
    if principals.unread is not None:
        low, high = principals.unread
        problems.append(
            Problem(
                MEETING_UNREAD_PARTICIPANT,
                "the lead names a counterpart whose name could not be read: "
                f"{paragraph.text[low:high]!r}",
                paragraph.span(low, high),
            )
        )
    return principals


def _with_visitor(lead: Lead, tokens: Tokens, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The principals *found* in the meeting sentence, with what the visit's sentence tells.

    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited Kenya. He
    held a meeting with ...": the visitor is the first principal when the
    meeting sentence calls them "He" or "She", or names no one ("The two
    ministers held a meeting"); and a principal named short ("Minister
    Kono") is named as the visit's sentence names them in full.
    """
    visitor = _visitor(lead)
    if visitor is None:
        return found
    if not found or _called_by_pronoun(tokens, found[0]):
        return (visitor, *found)
    return tuple(_in_full(mention, visitor) for mention in found)


def _visitor(lead: Lead) -> Mention | None:
    """Who visited in the visit's sentence: the last person named before its verb.

    "At the invitation of President Kenyatta, Mr. Kono ... visited Kenya." is Mr. Kono.
    """
    assert lead.visit is not None
    return _visitor_in(lead.paragraph.text, lead.visit, lead.start)


def _visitor_in(text: str, start: int, end: int) -> Mention | None:
    """The last person named before the visit's verb in ``text[start:end]``, if any."""
    verb = visit_told(text, start, end)
    if verb is None:
        return None
    visit = tokenize(text, start, verb)
    named = [mention for mention, _, _ in people_in(visit, 0, len(visit))]
    return named[-1] if named else None


def _called_by_pronoun(tokens: Tokens, first: Mention) -> bool:
    """Whether "He" or "She" stands before the first principal: "During his visit, he held"."""
    before = tokens.words[: tokens.index_at(first.start)]
    return any(word in _SUBJECT_PRONOUNS for word in before)


_SUBJECT_PRONOUNS = frozenset({"He", "She", "he", "she"})


def _in_full(mention: Mention, visitor: Mention) -> Mention:
    """*mention*, or the visitor's fuller mention when it names the visitor short.

    Short is a shorter name ("Minister Kono"), or the whole name with no
    office ("Mr. Wang Yi" after "H.E. Mr. Wang Yi, State Councilor and ...,
    visited Japan").
    """
    if not _same_person(mention, [visitor]):
        # Not "Mrs. Yuko Kishida" beside her husband's visit.
        return mention
    if len(visitor.name) > len(mention.name) or (
        visitor.name == mention.name and mention.title is None and visitor.title is not None
    ):
        return visitor
    return mention


# A sentence after a lead that names nobody names the heads of two to four
# sides, and says so: "represented Japan", "attended by ... from the Lao side",
# "head of the Japanese delegation", "co-chaired by", "A and B attended the
# meeting" (but not "also attended": those are attendees). A sentence telling
# who met whom ("A met B", "A held talks with B") is read too: see _tells_who_met.
MIN_SIDES = 2
MAX_SIDES = 4
HEADS_CUE = lazy(
    r"(?<![\w-])(?:represent(?:ed|ing|s)?|attended\sby|head(?:ed|s)?|led\sby|"
    r"(?:[Aa]ttending|[Pp]articipating)(?=\sfrom\s)|"
    r"(?:co-)?chair(?:ed|s)?|delegations?|sides?|"
    r"(?<!also\s)(?:attended|took\spart(?:\sin)?|participated(?:\sin)?)"
    r"(?:\s(?:the|this)\s" + meeting_noun() + r"|(?=[.;]|$|\sfrom\s)))(?![\w-])"
)


def _named_after(
    following: tuple[Located, int, int], principals: Principals, notes: tuple[_Note, ...]
) -> tuple[Lead, Principals, tuple[_Note, ...]]:
    """The principals of a lead that names nobody, from the sentence after it.

    "On April 28, the first meeting of the Japan-Laos Consultation was held in
    Vientiane. The meeting was attended by Mr. Kunio Umeda, ..., from the
    Japanese side, and from the Lao side by Mr. Phouangkeo Langsy, ...": the
    people that sentence names, outside brackets, head the sides. It is then
    no attendance note; notes after it in the same paragraph still are.
    """
    paragraph, start, end = following
    text = paragraph.text
    lead = Lead(paragraph, start, end)
    if HEADS_CUE().search(text, start, end) is None and not _tells_who_met(text, start, end):
        return lead, principals, notes
    tokens = tokenize(text, start, end)
    inside = [(low, high) for low, high in attendance.brackets(text) if start <= low < end]
    named = _first_of_each(
        mention
        for mention, _, _ in people_in(tokens, 0, len(tokens))
        if not any(low <= mention.start < high for low, high in inside)
    )
    if not MIN_SIDES <= len(named) <= MAX_SIDES:
        return lead, principals, notes
    if not any(note.paragraph is paragraph for note in notes):
        # The paragraph after the lead: its notes count once it names the heads.
        notes = (*notes, *_notes([paragraph], None))
    kept = tuple(n for n in notes if n.paragraph is not paragraph or not start <= n.start < end)
    return lead, principals._replace(people=named), kept


# Those who "also attended" are attendees, whatever verb the sentence has.
ALSO_ATTENDED = lazy(r"(?<![\w-])also\s(?:attended|joined|participated|took\spart)(?![\w-])")


def _tells_who_met(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells who met whom: "Mr. A ... held talks with Mr. B ..."."""
    return has_lead_verb(text, start, end) and ALSO_ATTENDED().search(text, start, end) is None


def _first_of_each(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Each name once, where first named: a person named twice is one head of a side.

    The mention kept is the first that gives an office, if one does.
    """
    first: dict[str, Mention] = {}
    for mention in mentions:
        kept = first.get(mention.name)
        if kept is None or (kept.title is None and mention.title is not None):
            # A dict keeps a key where it was first put: the order stays.
            first[mention.name] = mention
    return tuple(first.values())


def _next_sentence(
    paragraphs: Sequence[Located], lead: Lead, after: Located | None
) -> tuple[Located, int, int] | None:
    """The sentence after the lead sentence: in its paragraph, or first in the next."""
    bounds = next(iter_sentence_bounds(lead.paragraph.text, lead.end), None)
    if bounds is not None:
        return lead.paragraph, *bounds
    index = next(i for i, paragraph in enumerate(paragraphs) if paragraph is lead.paragraph)
    following = [*paragraphs[index + 1 : index + 2], *([after] if after is not None else [])]
    for paragraph in following[:1]:
        bounds = next(iter_sentence_bounds(paragraph.text), None)
        if bounds is not None:
            return paragraph, *bounds
    return None


def _people(
    lead: Lead | None, principals: Principals | None, title: Located | None
) -> tuple[Person, ...]:
    if lead is not None and principals is not None and principals.people:
        people = tuple(_person(lead.paragraph, mention) for mention in principals.people)
        return _named_in_full(lead.told, principals.people, people)
    if title is None or not title.text or (lead is None and _tells_no_meeting(title)):
        # A statement or a visit announced, with no lead: its people met no one.
        return ()
    # The lead names nobody ("the two ministers met"): the headline may
    # ("Foreign Minister Kono’s Meeting with State Council Member Yang Jiechi").
    tokens = tokenize(title.text)
    return tuple(_person(title, mention) for mention, _, _ in people_in(tokens, 0, len(tokens)))


def _named_in_full(
    told: Lead | None, mentions: tuple[Mention, ...], people: tuple[Person, ...]
) -> tuple[Person, ...]:
    """*people*, the visitor named as the visit's own paragraph *told* names them in full.

    "H.E. Ms. Shirley Ayorkor Botchwey, Minister for Foreign Affairs ..., is
    visiting Japan ..." / "... held a meeting with Minister Botchwey ...":
    the counterpart is H.E. Ms. Shirley Ayorkor Botchwey, as where the two
    sentences share a paragraph (:func:`_in_full`); the span is that mention.
    """
    visitor = None if told is None else _visitor_in(told.paragraph.text, told.start, told.end)
    if told is None or visitor is None:
        return people
    return tuple(
        _person(told.paragraph, visitor) if _in_full(mention, visitor) is visitor else person
        for mention, person in zip(mentions, people, strict=True)
    )


def _person(holder: Located, mention: Mention) -> Person:
    return Person(
        name=mention.name,
        span=holder.span(mention.start, mention.end),
        honorific=mention.honorific,
        title=mention.title,
        family_name=mention.family_name,
        post_nominal=mention.post_nominal,
    )


def _read_location(
    lead: Lead, principals: Principals, notes: Sequence[_Note], remote: bool
) -> tuple[str, Span] | None:
    paragraph = lead.paragraph
    excluded = [(mention.start, mention.end) for mention in principals.people]
    excluded.extend((note.start, note.end) for note in notes if note.paragraph is paragraph)
    if "(" in paragraph.text[lead.start : lead.end]:
        # The "(" test spares the bracket scan in most leads.
        excluded.extend(_clock_places(paragraph.text, remote))
    found = place.find_location(paragraph.text, lead.start, lead.end, excluded)
    if found is None and lead.visit is not None and not remote:
        # "... visited the Republic of Kenya. During his visit, ... held a
        # meeting with ...": the place visited.
        found = place.find_location(paragraph.text, lead.visit, lead.start, excluded)
    if found is None and lead.told is not None and not remote:
        # The same, told in a paragraph of its own.
        paragraph = lead.told.paragraph
        found = place.find_location(paragraph.text, lead.told.start, lead.told.end, [])
    if found is None:
        return None
    return found.value, paragraph.span(found.start, found.end)


def _clock_places(text: str, remote: bool) -> Iterator[tuple[int, int]]:
    """The brackets of *text* that name a clock's place, not the meeting's.

    "(3:15 p.m. local time in Riyadh)", "(2:00 p.m. in Brussels)": in a
    telephone or video talk the place of a clock is where the other side
    was. "(local time; same time in Japan)": Japan's clock, in any meeting.
    """
    for low, high in attendance.brackets(text):
        bracket = text[low:high]
        timed = "time" in bracket
        if (timed and "in Japan" in bracket) or (
            remote and (timed or clock.CLOCK().search(text, low, high) is not None)
        ):
            yield low, high


class _Manner(NamedTuple):
    format: tuple[MeetingFormat, Span] | None
    occasion: tuple[str, Span] | None


def _read_manner(
    lead: Lead | None,
    title: Located | None,
    principals: Principals | None,
    length_end: int | None,
    named: _Formats,
) -> _Manner:
    """Format and occasion, from the lead sentence or else the headline."""
    occasion = _occasion(lead, title, principals)
    if occasion is None and lead is not None and length_end is not None:
        # "for approximately two hours including a working dinner".
        found = place.occasion_in_length(lead.paragraph.text, length_end)
        if found is None:
            # "... from 11:00 a.m., including a working lunch, Mr. A held ...":
            # before the subject, in the time phrase.
            before = principals.people[0].start if principals and principals.people else lead.end
            found = place.included_meal(lead.paragraph.text, lead.start, before)
        if found is not None:
            occasion = (found.value, lead.paragraph.span(found.start, found.end))
    if occasion is None and lead is not None:
        # "... the second half of the meeting was held ... in the form of a
        # working dinner": a part of the meeting, told after its sentence.
        text = lead.paragraph.text
        found = place.meal_as_part(text, lead.end, len(text))
        if found is not None:
            occasion = (found.value, lead.paragraph.span(found.start, found.end))
    return _Manner(_format_in(named), occasion)


def _format_in(named: _Formats) -> tuple[MeetingFormat, Span] | None:
    """Telephone or video named anywhere wins over a meeting named anywhere.

    A meeting named after the body that meets ("the Joint Committee was
    held") counts only when nothing else names one.
    """
    fallback: tuple[MeetingFormat, Span] | None = None
    for (holder, _, _), found in zip(named.places, named.found, strict=True):
        if found is None:
            continue
        kind, start, end = found
        if kind is not MeetingFormat.IN_PERSON:
            return kind, holder.span(start, end)
        if fallback is None:
            fallback = (kind, holder.span(start, end))
    if fallback is None:
        for holder, low, high in named.places:
            found = place.find_format(holder.text, low, high, by_body=True)
            if found is not None:
                return found[0], holder.span(found[1], found[2])
    return fallback


def _occasion(
    lead: Lead | None, title: Located | None, principals: Principals | None
) -> tuple[str, Span] | None:
    if lead is not None:
        holder = lead.paragraph
        low, high = lead.start, lead.end
        if principals is not None and len(principals.people) > 1:
            # Between the subject and the counterpart: "held a working lunch
            # with"; past hosts named together: "X and Mrs. Y hosted a dinner for Z".
            low, high = _verb_gap(holder.text, principals.people)
    elif title is not None:
        holder, low, high = title, 0, len(title.text)
    else:
        return None
    found = place.find_occasion(holder.text, low, high)
    if (
        found is None
        and lead is not None
        and principals is not None
        and principals.people
        and lead.start <= principals.people[-1].end <= lead.end
    ):
        # "received H.E. Mr. X, ..., over a working lunch": right after those
        # met, in the meeting sentence (not the sentence after it they came from).
        found = place.meal_after_person(holder.text, principals.people[-1].end)
    if found is None:
        return None
    return found.value, holder.span(found.start, found.end)


def _verb_gap(text: str, people: Sequence[Mention]) -> tuple[int, int]:
    """Where the lead's verb stands: the first gap between two principals that is no "and".

    "X, ..., and Mrs. Y hosted a dinner for Z": past the hosts named together;
    "X held a summit meeting with Y, ahead of a working lunch with Z": before
    the second principal, not the third.
    """
    for before, after in itertools.pairwise(people):
        if text[before.end : after.start].strip(" ,") not in ("", "and"):
            return before.end, after.start
    return people[0].end, people[1].start


def _read_attendees(notes: Sequence[_Note], problems: list[Problem]) -> tuple[Attendee, ...]:
    attendees: list[Attendee] = []
    seen: set[tuple[int, int]] = set()
    for note in notes:
        text = note.paragraph.text
        listed = attendance.people_in(text, note.start, note.end)
        fresh = [m for m in listed if (id(note.paragraph), m.start) not in seen]
        seen.update((id(note.paragraph), mention.start) for mention in listed)
        if not listed:
            problems.append(
                Problem(
                    MEETING_UNREAD_ATTENDEES,
                    "an attendance note names no person that could be read: "
                    f"{text[note.start : note.end][:80]!r}",
                    note.paragraph.span(note.start, note.end),
                )
            )
            continue
        sides = attendance.sides(text, note.start, note.end, fresh)
        attendees.extend(
            Attendee(_person(note.paragraph, mention), side)
            for mention, side in zip(fresh, sides, strict=True)
        )
    return _once_each(attendees)


def _once_each(attendees: Sequence[Attendee]) -> tuple[Attendee, ...]:
    """Each person once: a page that repeats its note lists the same people again.

    A person is their name on their side; the first mention stands.
    """
    named: set[tuple[str, str | None]] = set()
    kept: list[Attendee] = []
    for attendee in attendees:
        key = (attendee.person.name, attendee.side)
        if key not in named:
            named.add(key)
            kept.append(attendee)
    return tuple(kept)


def _assemble(
    times: _Times,
    people: tuple[Person, ...],
    manner: _Manner,
    location: tuple[str, Span] | None,
    attendees: tuple[Attendee, ...],
) -> Meeting:
    start = times.start
    return Meeting(
        date=times.date[0] if times.date else None,
        start=start.value if start else None,
        start_qualifier=start.qualifier if start else None,
        time_zone=start.zone if start else None,
        japan_time=start.japan_time if start else None,
        japan_date=times.japan_date,
        duration=times.duration[0] if times.duration else None,
        duration_approximate=times.duration[1] if times.duration else None,
        format=manner.format[0] if manner.format else None,
        occasion=manner.occasion[0] if manner.occasion else None,
        location=location[0] if location else None,
        participants=people,
        attendees=attendees,
        spans=MeetingSpans(
            date=times.date[1] if times.date else None,
            start=times.start_span,
            duration=times.duration[2] if times.duration else None,
            format=manner.format[1] if manner.format else None,
            occasion=manner.occasion[1] if manner.occasion else None,
            location=location[1] if location else None,
            time_zone=times.zone_span,
            japan_time=times.japan_span,
        ),
    )
