"""When a meeting was held and for how long: dates, clock times, durations.

Every function here reads the white-space normalised lead from the meeting
sentence on and reports positions in that text; days come from the shared
:mod:`readout_parser.calendar`. Nothing here raises: what cannot be read
comes back as a :class:`Unreadable`. Patterns compile on first use.
"""

from __future__ import annotations

import datetime
from typing import Final, NamedTuple

import regex

from readout_parser import calendar
from readout_parser._patterns import lazy, lazy_re, lowered_finds_all

# Month and weekday names from the one calendar: "March", "Mar.", "Monday".
_MONTH = rf"(?:{calendar.MONTH_NAME})\.?"
_WEEKDAY = rf"(?:{calendar.WEEKDAY_NAME})\.?"
_ORDINAL = r"(?:st|nd|rd|th)"

# A clock time with a.m./p.m. in any of the spellings found:
# "2:15 p.m.", "9:20a.m.", "5:25PM", "4.30pm", "1 p.m.", "3pm", "10:00AM", "3:25 p.m".
TIME_12H: Final = lazy(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?+\s?"
    r"(?P<meridiem>[ap])\.?\s?m(?:\.|(?![\w]))",
    regex.IGNORECASE,
)

# A 24-hour clock time, optionally followed by "noon": "18:40", "09:00", "12:00 noon".
TIME_24H: Final = lazy(r"(?<![\d:.])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?![\d:])")

# Noon written as a word: "at Noon local time", "(12:00 noon Japan time)".
NOON: Final = lazy(r"(?<![\w])(?:[Nn]oon|NOON)(?![\w])")

# Something written like a clock time that none of the patterns above can
# read: "25:70", "3:4 p.m.". Found so that it is reported, not skipped.
TIME_LIKE: Final = lazy(r"(?<![\w:.])\d{1,3}:\d{1,3}(?![\d])")

# The four patterns above in one, for the first clock time of a text. Where
# several match at one place ("2:15 p.m." is also "2:15") the longest reading
# there is the right one, and when it cannot be read ("13:15 a.m."), a
# shorter one ("13:15") is no better: at one place a 12-hour time is always
# the longest, and a 24-hour one covers a time-like one ("12:00 noon" even
# goes further). So they are tried in that order. "a", "p" and "m" fold to
# no other letter, so the 12-hour part needs no case-insensitive flag:
# "2:15 p.m.", "18:40", "Noon", "25:70".
CLOCK: Final = lazy(
    r"(?<![\d:.])(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?+\s?"
    r"(?P<meridiem>[apAP])\.?\s?[mM](?:\.|(?![\w]))"
    r"|(?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?![\d:]))"
    r"|(?P<noon>(?<![\w])(?:[Nn]oon|NOON)(?![\w]))"
    r"|(?<![\w:.])\d{1,3}:\d{1,3}(?![\d])"
)

# The words that qualify a time, written right before it: "around", "shortly
# after", "a little after", "just before", "past".
_QUALIFIERS: Final = (
    r"around|about|approximately|approx\.|shortly\safter|just\safter|"
    r"a\slittle\safter|soon\safter|shortly\sbefore|just\sbefore|past"
)

# What qualifies a start time, written right before it:
# "around ", "at about ", "shortly after ", "commencing a little after ", "past ".
START_QUALIFIER: Final = lazy(r"(?i)(?<![\w])(?P<qualifier>" + _QUALIFIERS + r")\s?$")

# How each START_QUALIFIER ends, in lower case.
_QUALIFIER_ENDS: Final = ("around", "about", "approximately", "approx.", "after", "before", "past")

# The end of a time range, right after its start: " to 17:10", " until 10:05 p.m.", "-3 p.m.".
RANGE_LINK: Final = lazy(r"\s?(?:to|until|till|[-–])\s?")

# A second session of the meeting after its first range: " and from 2:40 p.m."
# in "from 11:55 a.m. to 12:45 p.m. and from 2:40 p.m. to 3:25 p.m local time".
NEXT_SESSION: Final = lazy(r",?\s(?:and\s)?from\s")

# A time zone or "local time" stated with a time:
# "local time", "at local time", "Japan Standard Time", "Japan time", "JST", "EST", "NY time",
# "U.S. Eastern Time", "Pacific Standard Time".
_ZONE = (
    r"(?P<zone>local\stime|Local\sTime|Japan\sStandard\sTime|Japan\s[Tt]ime|Tokyo\s[Tt]ime|"
    r"(?:NY|New\sYork|Washington|Beijing|Seoul)\s[Tt]ime|"
    r"Eastern\s(?:(?:Standard|Daylight)\s)?Time|Pacific\s(?:(?:Standard|Daylight)\s)?Time|"
    r"U\.S\.\s(?:Eastern|Pacific|Central|Mountain)\s(?:(?:Standard|Daylight)\s)?Time|"
    r"Central\sEuropean(?:\sSummer)?\sTime|Greenwich\sMean\sTime|"
    r"JST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|CET|CEST|BST|GMT|UTC|KST|AEST|AEDT|IST)(?![\w])"
)
ZONE: Final = lazy(_ZONE)

# The first letters of the zones above: one of them stands at most five
# characters after a time that a zone follows (", at JST").
ZONE_INITIALS: Final = frozenset("lLJTNWBSEPCGMKAUI")

# A zone directly after a time: " local time", " at local time", " EST", ", JST".
DIRECT_ZONE: Final = lazy(r",?\s?(?:at\s)?" + _ZONE)

# A zone stated with the day rather than the time: "On June 7 (local time)",
# "On May 18 (Monday), 2009 (JST)", "On June 17 (Monday local time)".
ZONE_AFTER_DATE: Final = lazy(r"\s?\((?:" + _WEEKDAY + r",?\s)?" + _ZONE + r"\)")

# A zone opening the brackets after a time, maybe after the weekday:
# "local time", "Monday local time" in "from 2:30 p.m. on June 17 (Monday local time)".
DAY_ZONE: Final = lazy(r"(?:" + _WEEKDAY + r",?\s)?" + _ZONE)

# The opening of a parenthesis after a time: " (", ", (".
PAREN_OPEN: Final = lazy(r"\s?,?\s?\(")

# What may stand between "from"/"to" and the time itself: "to shortly after 3 p.m.",
# "to just before 11:00".
RANGE_END_QUALIFIER: Final = lazy(r"(?:" + _QUALIFIERS + r")\s")

# A date named right after a time, skipped to reach what follows it:
# " on November 11", " on September 23rd", " on the same day".
DATE_AFTER_TIME: Final = lazy(
    rf"\s?,?\s?on\s(?:the\ssame\sday|(?:{_WEEKDAY},?\s)?{_MONTH}\s\d{{1,2}}{_ORDINAL}?+"
    rf"(?:,\s\d{{4}})?+|\d{{1,2}}{_ORDINAL})(?![\w])"
)

_UNITS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS: Final = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# A number in words: "twenty-five", "eleven".
_NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine)(?![\w]))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
)
# The same, not part of a longer word or of "twenty-first".
_NUMBER_WORD = _NUMBER_WORDS + r"(?![\w-])"
# What a length written as an adjective measures, a word or three after it:
# "a one-hour working dinner", "a thirty-minute telephone talk". Not "a
# 24-hour visit" or "the 72-hour ceasefire", which are no meeting's length.
_MEASURED = (
    r"(?:meetings?|summit|talks?|call|conversation|dinner|lunch(?:eon)?|breakfast|banquet|"
    r"session|dialogue|conference|discussions?|consultations?)(?![\w])"
)
_DURATION_QUALIFIER = (
    r"approximately|approx\.|about|around|nearly|some|roughly|almost|more\sthan|over|"
    r"less\sthan|just\sunder|just\sover|a\slittle\sover|a\slittle\smore\sthan|close\sto"
)
_MINUTES_WORD = r"min(?:ute|iute|ite)s?(?![\w])|mins?\.?(?![\w])"

# A stated length of time, with its qualifier:
# "approximately one hour and 20 minutes", "one and a half hours", "95minutes",
# "nearly one hour", "approximately an hour", "an hour and a half", "half an hour",
# "3 hour", "approximately twenty-five minutes", "60 minute", "1.5 hours",
# "a 30-minute telephone talk", and before what it measures, "a one-hour
# working dinner", "a two-hour-long meeting"; "a quarter of an hour", and a
# range of minutes, "15 to 20 minutes", "15-20 minutes".
_DURATION = rf"""
    (?<![\w])
    (?:(?P<qualifier>{_DURATION_QUALIFIER})\s)?+
    (?:
        (?P<half_an_hour>half\san\shour|(?:three\squarters|(?:a\s)?quarter)\sof\san\shour)
      | (?P<hours>\d{{1,2}}(?:\.\d)?|{_NUMBER_WORD}|an|a)\s?
        (?:(?P<and_a_half>and\sa\shalf)\s)?+
        hours?(?![\w])
        (?:\s(?P<trailing_half>and\sa\s(?:half|quarter)))?+
        (?:,?\s(?:and\s)?(?P<extra_minutes>\d{{1,2}}|{_NUMBER_WORD})[\s-]?(?:{_MINUTES_WORD}))?+
      | (?:(?P<low>\d{{1,3}}|{_NUMBER_WORD})\s?(?:to|-|–)\s?)?+
        (?P<minutes>\d{{1,3}}|{_NUMBER_WORD})[\s-]?(?:{_MINUTES_WORD})
      | (?P<adjective>\d{{1,2}}(?:\.\d)?|{_NUMBER_WORDS})-(?P<adjective_unit>hour|minute)(?:-long)?
        (?=(?:\s\S+){{0,3}}?\s{_MEASURED})
    )
    """
DURATION: Final = lazy(_DURATION, regex.VERBOSE | regex.IGNORECASE)

# A length right after a start time, before the zone that belongs to the time:
# " for approximately 35 minutes" in "at 10:00 a.m. for approximately 35 minutes, (Japan time)".
LENGTH_AFTER_TIME: Final = lazy(r",?\s?for\s" + _DURATION, regex.VERBOSE | regex.IGNORECASE)

# The unit every length names, as a word or after digits: "hours" in "one
# and a half hours", "minutes" in "95minutes", "mins" in "20 mins.".
UNIT: Final = lazy(
    r"(?<![^\W\d_])(?:hours?|min(?:ute|iute|ite)s?|mins?)(?![^\W\d_])", regex.IGNORECASE
)

# How far before its unit a length can start: "a little more than
# twenty-five minutes", "approximately seventy-five and a half hours".
MAX_BEFORE_UNIT = 80

# How far into a length its unit word can stand at most: "a little more than
# seventy-seven and a half hours" has "hours" 44 characters in.
MAX_UNIT_OFFSET = 44


def _first_length_start(lowered: str, start: int, unit_end: int) -> int:
    """Where a length at or after *start* can start at the earliest, in *lowered*.

    *lowered* is the text in lower case, free of "İ" and "ſ". Every length
    holds its unit word ("hour", "min...") at most MAX_UNIT_OFFSET
    characters in, so none starts further than that before the first of
    those words, which is at the latest the unit found at ``[...,
    unit_end)``; and it starts with a word that can open a length. The length
    pattern, which costs by the word it is tried at, is tried from there.

    >>> text = "on tuesday, september 24, at the state guest house, for approximately one hour"
    >>> text[_first_length_start(text, 0, len(text)) :]
    'approximately one hour'
    """
    first = _first_unit_word(lowered[start:unit_end])
    if first < 0:
        return start
    return _first_opening(lowered, start + max(0, first - MAX_UNIT_OFFSET), unit_end)


# The first word of a length, in lower case, which a space, a hyphen or a
# point follows: a qualifier's ("approximately", "more" of "more than",
# "approx" of "approx."), a number's ("twenty" of "twenty-five", "an") and
# "half" of "half an hour".
_OPENING_WORDS: Final = frozenset(
    {alternative.split("\\")[0] for alternative in _DURATION_QUALIFIER.split("|")}
    | {*_UNITS, *_TEENS, *_TENS, "half", "a", "an"}
)


def _by_first_letter(words: frozenset[str]) -> str:
    """*words* as a pattern of alternatives grouped by their first letter.

    ``re`` tries the alternatives of a group one by one at each position;
    grouped, most positions fail at the first letter.

    >>> _by_first_letter(frozenset({"an", "a", "about", "one"}))
    'a(?:bout|n|)|o(?:ne)'
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(
        first + "(?:" + "|".join(sorted(rest, key=lambda r: (-len(r), r))) + ")"
        for first, rest in sorted(rests.items())
    )


# Where a length can open in lower-case text, read as runs of ASCII letters,
# runs of ASCII digits and single other characters: any character other than
# ASCII (a digit or letter the case-insensitive pattern may read otherwise);
# "a" or "an" run into the unit ("ahour"); a whole opening word that a
# hyphen, a space, another character than ASCII or the end follows, or
# "approx."; digits that a decimal point, a hyphen, the unit or "and a half"
# follow, maybe after a space ("1.5 hours", "30-minute", "95minutes", "3
# hours", "1 and a half hours", "15 to 20 minutes"), or another character
# than ASCII or the end.
# Not "a.m." or "5:30": "approximately" in "at 5:30 a.m. for approximately one hour".
# The space after the digits is optional, but possessive in effect: "(?:\s|(?!\s))"
# takes one if it is there (Python 3.10's re has no "?+").
_OPENING = lazy_re(
    r"[^\x00-\x7f]"
    r"|(?<![a-z])(?:an?hours?(?![a-z])|(?:"
    + _by_first_letter(_OPENING_WORDS)
    + r")(?![a-z])(?=\Z|[-\s]|[^\x00-\x7f])|approx\.)"
    r"|(?<![0-9])[0-9]+(?![0-9])(?:\s|(?!\s))(?:\Z|[^\x00-\x7f]|[.\-hm]|and|to\s)"
)


def _first_opening(lowered: str, pos: int, end: int) -> int:
    """Where in ``lowered[:end]`` (free of "İ" and "ſ") a length can start at *pos* or later.

    Nowhere before the first word or digits that can open one, or a
    character other than ASCII (a digit or letter the case-insensitive
    pattern may read otherwise): other words, clock times ("5:30 a.m.") and
    ASCII marks start none. At *end*, which follows a unit's letters, when
    there is none. A run cut at *pos* counts from there.

    >>> _first_opening("at 5:30 a.m. for approximately one hour", 0, 39)
    17
    """
    found = _OPENING().search(lowered[pos:end])
    return end if found is None else pos + found.start()


def _first_unit_word(lowered: str) -> int:
    """Where the first word that may be a unit ("hour", "min...") starts in *lowered*, or -1.

    "min" before "ist" ("Minister", "administration") is no unit: every unit
    spelled "min" goes on with "ute", "iute", "ite", "s", "." or no letter.

    >>> _first_unit_word("the prime minister met for 20 minutes")
    30
    """
    hour = lowered.find("hour")
    minutes = lowered.find("min")
    while minutes >= 0 and lowered.startswith("ist", minutes + 3):
        minutes = lowered.find("min", minutes + 3)
    found = [at for at in (hour, minutes) if at >= 0]
    return min(found) if found else -1


def _first_length(text: str, lowered: str, near: int, unit_end: int) -> regex.Match[str] | None:
    """The first length in *text* from *near* on, where the first unit word ends at *unit_end*.

    *lowered* is the text in lower case, free of "İ" and "ſ". Before
    *unit_end* the length pattern is tried only where a length can open
    (see :func:`_first_length_start` and :func:`_first_opening`), not at
    every character between as a search would: it costs by the character
    ("at around 11:50 a.m. for approximately 90 minutes" holds two openings,
    "around" and "approximately"). Past *unit_end* the search goes on as one.
    """
    pattern = DURATION()
    start = _first_length_start(lowered, near, unit_end)
    while start < unit_end:
        found = pattern.match(text, start)
        if found is not None:
            return found
        start = _first_opening(lowered, start + 1, unit_end)
    return pattern.search(text, start)


# "for" and a length in words the patterns above cannot read:
# "for several hours", "for a few minutes". Reported, never guessed.
DURATION_LIKE: Final = lazy(
    rf"(?i)(?<![\w])for\s(?:(?:{_DURATION_QUALIFIER})\s)?(?:a\s)?(?P<amount>[a-z]+)\s"
    r"(?:minutes|hours)(?![\w])"
)


class Unreadable(NamedTuple):
    """Something time-shaped that could not be read or trusted, at ``[start, end)``.

    ``kind`` says which fact: "time", "date", "year", "duration", or
    "doubtful" for a date read but at odds with its weekday.
    """

    kind: str
    message: str
    start: int
    end: int


class DateFact(NamedTuple):
    """A meeting day read from the text, at ``[start, end)``."""

    value: datetime.date
    start: int
    end: int


class ClockTime(NamedTuple):
    """A clock time found in the text; ``meridiem`` is "a" or "p" when written."""

    hour: int
    minute: int
    meridiem: str | None
    start: int
    end: int


class StartFact(NamedTuple):
    """The start of a meeting and what is said around it.

    Positions are ``[start, end)`` pairs in the normalised text; ``span``
    covers the qualifier and the time, ``range_span`` the whole "from X to Y"
    when an end time is given.
    """

    value: datetime.time
    span: tuple[int, int]
    qualifier: str | None = None
    zone: str | None = None
    zone_span: tuple[int, int] | None = None
    japan_time: datetime.time | None = None
    japan_span: tuple[int, int] | None = None
    end: datetime.time | None = None
    range_span: tuple[int, int] | None = None
    # Whether either end of the range is qualified ("from around 10:00 to
    # 10:40", "to approximately 11:00"), which makes its length approximate.
    range_approximate: bool = False
    # The brackets holding a local time given after the Japan time, where the
    # local day is named too: "(September 19, 1:07 p.m. local time)".
    local_range: tuple[int, int] | None = None


class DurationFact(NamedTuple):
    """A length of time read from the text, at ``[start, end)``."""

    value: datetime.timedelta
    approximate: bool
    start: int
    end: int


# -- dates ---------------------------------------------------------------------


def find_date(
    text: str, page_date: datetime.date | None, start: int = 0, end: int | None = None
) -> tuple[DateFact | None, Unreadable | None]:
    """The first day named in ``text[start:end]``, its year from the text or from *page_date*.

    >>> fact, _ = find_date("On December 31, the two met.", datetime.date(2020, 1, 2))
    >>> fact.value.isoformat()
    '2019-12-31'
    >>> find_date("On Mar. 16, the two met.", datetime.date(2017, 3, 17))[0].value.isoformat()
    '2017-03-16'
    """
    day = calendar.find_day(text, start, end)
    if day is None:
        return None, None
    if day.year is not None:
        try:
            value = datetime.date(day.year, day.month, day.day)
        except ValueError:
            return None, _unreadable_day(text, day, "{!r} names no real day")
        return DateFact(value, day.start, day.end), _other_weekday(text, day, value)
    if page_date is None:
        return None, Unreadable(
            "year",
            f"{text[day.start : day.end]!r} gives no year, and the page has no valid date to "
            "take it from",
            day.start,
            day.end,
        )
    near = calendar.nearest_year(day.month, day.day, page_date)
    if near is None:
        return None, _unreadable_day(text, day, "{!r} names no real day near the page date")
    return DateFact(near, day.start, day.end), _other_weekday(text, day, near)


def _other_weekday(text: str, day: calendar.DayMatch, value: datetime.date) -> Unreadable | None:
    """The problem of a weekday that is not *value*'s: "On Monday, July 5" in 2016, a Tuesday."""
    if day.weekday is None or day.weekday == value.weekday():
        return None
    return Unreadable(
        "doubtful",
        f"{text[day.start : day.end]!r} names a {_WEEKDAY_NAMES[day.weekday]}, but "
        f"{value.isoformat()} is a {_WEEKDAY_NAMES[value.weekday()]}; the date is kept as "
        "read: check the page",
        day.start,
        day.end,
    )


_WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


def _unreadable_day(text: str, day: calendar.DayMatch, message: str) -> Unreadable:
    return Unreadable("date", message.format(text[day.start : day.end]), day.start, day.end)


# -- clock times ---------------------------------------------------------------


def _first_time(text: str, pos: int, endpos: int) -> ClockTime | Unreadable | None:
    """The first clock time in ``text[pos:endpos]``, or the problem with it."""
    found = CLOCK().search(text, pos, endpos)
    if found is None:
        return None
    hour, minute, meridiem, hour24, minute24, noon = found.groups()
    digits = (hour or "") + (minute or "") + (hour24 or "") + (minute24 or "")
    if digits and not digits.isdecimal():
        # Digits newer than Python's Unicode tables ("𐵁"): the pattern
        # knows them, int() does not; reported, never read.
        return Unreadable("time", f"{found.group()!r} is not a clock time", *found.span())
    if meridiem is not None:
        return _read_12h(found, int(hour), int(minute or 0), meridiem.lower())
    if hour24 is not None:
        return _read_24h(text, found, int(hour24), int(minute24))
    if noon is not None:
        return ClockTime(12, 0, "p", *found.span())
    return Unreadable("time", f"{found.group()!r} is not a clock time", *found.span())


def _read_12h(
    match: regex.Match[str], hour: int, minute: int, meridiem: str
) -> ClockTime | Unreadable:
    if minute > 59 or hour > 23 or (meridiem == "a" and hour > 12):
        return Unreadable("time", f"{match.group()!r} is not a clock time", *match.span())
    return ClockTime(hour, minute, meridiem, *match.span())


def _read_24h(text: str, match: regex.Match[str], hour: int, minute: int) -> ClockTime | Unreadable:
    if hour > 23 or minute > 59:
        return Unreadable("time", f"{match.group()!r} is not a clock time", *match.span())
    end = match.end()
    # "12:00 noon" is one time; keep the word in its span.
    noon = NOON().match(text, end + 1) if text[end : end + 1] == " " else None
    if noon is not None and hour == 12:
        return ClockTime(hour, minute, "p", match.start(), noon.end())
    return ClockTime(hour, minute, None, match.start(), end)


def to_time(clock: ClockTime) -> datetime.time:
    """The 24-hour time a clock reading stands for.

    "0:10 p.m." is ten past noon and "16:00 p.m." is 16:00, as leads write them.

    >>> to_time(ClockTime(0, 10, "p", 0, 0)), to_time(ClockTime(12, 5, "a", 0, 0))
    (datetime.time(12, 10), datetime.time(0, 5))
    """
    hour = clock.hour
    if clock.meridiem == "p" and hour < 12:
        hour += 12
    elif clock.meridiem == "a" and hour == 12:
        hour = 0
    return datetime.time(hour, clock.minute)


def find_start(
    text: str, *, local_in_brackets: bool = True
) -> tuple[StartFact | None, Unreadable | None]:
    """The first clock time of *text* as a meeting start, with what qualifies it.

    A time with no zone or Japan's followed by a local one in brackets ("at 2:07 a.m.
    (September 19, 1:07 p.m. local time)") is the Japan time, and the local
    one the start, unless *local_in_brackets* is false (a telephone talk,
    where the time in brackets is the other side's clock).

    >>> fact, _ = find_start("commencing at around 11:50 a.m. (local time; around "
    ...                      "5:00 a.m. Japan time on January 15) for 90 minutes")
    >>> fact.value, fact.qualifier, fact.zone, fact.japan_time
    (datetime.time(11, 50), 'around', 'local time', datetime.time(5, 0))
    """
    first = _first_time(text, 0, len(text))
    if first is None:
        return None, None
    if isinstance(first, Unreadable):
        return None, first
    qualifier, span_start = _qualifier_before(text, first)
    start_clock, end_clock = first, None
    link, past_zone = _range_link_of(text, first)
    after = _time_at(text, link) if link is not None else None
    if after is not None:
        end_clock = after
        start_clock = _inherit_meridiem(first, after)
    tail = first.end if end_clock is None or past_zone else _past_sessions(text, end_clock.end)
    zone, zone_span, japan, japan_span = _stated_zone(text, tail)
    if japan is None and end_clock is None and local_in_brackets:
        local = _local_after(text, tail, zone, zone_span)
        if local is not None:
            return _local_start(to_time(start_clock), first, qualifier, *local), None
    if end_clock is None:
        # Given by position, which is cheaper than by name.
        fact = StartFact(
            to_time(start_clock),
            (span_start, first.end),
            qualifier,
            zone,
            zone_span,
            japan,
            japan_span,
        )
        return fact, None
    fact = StartFact(
        value=to_time(start_clock),
        span=(span_start, first.end),
        qualifier=qualifier,
        zone=zone,
        zone_span=zone_span,
        japan_time=japan,
        japan_span=japan_span,
        end=to_time(end_clock),
        range_span=(span_start, end_clock.end),
        # The end's own qualifier lies between the link and its time.
        range_approximate=qualifier is not None or (link is not None and end_clock.start > link),
    )
    return fact, None


def _local_after(
    text: str, tail: int, zone: str | None, zone_span: tuple[int, int] | None
) -> tuple[ClockTime, regex.Match[str], tuple[int, int]] | None:
    """A local time in brackets after a Japan time ending at *tail*: see :func:`_bracketed_local`.

    Right after the time ("at 2:07 a.m. (... 1:07 p.m. local time)"), or after
    the zone of Japan written after it ("at 10:30 p.m. Japan time (9:30 a.m.
    local time)"); not after another zone, which is the start's own.
    """
    if zone is None:
        return _bracketed_local(text, tail)
    if zone_span is not None and calendar.JAPAN_ZONE().fullmatch(zone):
        return _bracketed_local(text, zone_span[1])
    return None


def _range_link(text: str, first: ClockTime) -> int | None:
    """Where the end of a range opened by the time *first* stands, or None.

    After " to ", " until " or a dash ("from 3:00 p.m. to 3:40 p.m."), or
    after " and " when "between" opens the range ("between 3:00 p.m. and
    3:40 p.m.").
    """
    if _may_link(text, first.end):
        link = RANGE_LINK().match(text, first.end)
        return link.end() if link is not None else None
    if text.startswith(" and ", first.end) and _opens_between(text, first.start):
        return first.end + len(" and ")
    return None


def _range_link_of(text: str, first: ClockTime) -> tuple[int | None, bool]:
    """Where the end of a range opened by *first* stands, and whether the start's zone is between.

    "from 10:30 a.m. (local time) to 11:15 a.m.": the zone in brackets is the start's.
    """
    link = _range_link(text, first)
    if link is not None:
        return link, False
    link = _link_past_brackets(text, first.end)
    return link, link is not None


def _link_past_brackets(text: str, pos: int) -> int | None:
    """Where a range's end stands past brackets at *pos*, or None.

    "from 10:30 a.m. (local time; 5:30 p.m. Japan time) to 11:15 a.m.": the
    brackets hold the start's zone, and " to " the end after them.
    """
    inside = _brackets_at(text, pos)
    if inside is None or not _may_link(text, inside[1] + 1):
        return None
    link = RANGE_LINK().match(text, inside[1] + 1)
    return link.end() if link is not None else None


def _opens_between(text: str, pos: int) -> bool:
    """Whether "between" stands right before *pos*: "between 3:00 p.m."."""
    return text[max(0, pos - len(" between ")) : pos].rstrip().lower().endswith("between")


def _may_link(text: str, pos: int) -> bool:
    """Whether RANGE_LINK can match at *pos*: its word or dash, maybe after a space, opens there."""
    opening = text[pos : pos + 1]
    if opening.isspace():
        opening = text[pos + 1 : pos + 2]
    return opening != "" and opening in "tu-\u2013"


def _qualifier_before(text: str, clock: ClockTime) -> tuple[str | None, int]:
    """The qualifier written right before *clock* ("around"), and where the start's span starts."""
    low = max(0, clock.start - 25)
    before = text[low : clock.start]
    if before.isascii() and not before.lower().rstrip().endswith(_QUALIFIER_ENDS):
        # Each qualifier ends the text before the time, but for white space.
        return None, clock.start
    found = START_QUALIFIER().search(text, low, clock.start)
    if found is None:
        return None, clock.start
    return " ".join(found.group("qualifier").lower().split()), found.start("qualifier")


def _stated_zone(
    text: str, tail: int
) -> tuple[str | None, tuple[int, int] | None, datetime.time | None, tuple[int, int] | None]:
    """The zone and Japan time stated after a start that ends at *tail*, or after its length."""
    zone, zone_span, japan, japan_span = _zone_and_japan_time(text, tail)
    length = None
    # The length opens with "for" (in any case) at most two characters in.
    if zone is None and japan is None and "for" in text[tail : tail + 5].lower():
        length = LENGTH_AFTER_TIME().match(text, tail)
    if length is not None:
        # "commencing at 10:00 a.m. for approximately 35 minutes, (Japan time)"
        zone, zone_span, japan, japan_span = _zone_and_japan_time(text, length.end())
    if zone is not None and calendar.JAPAN_ZONE().fullmatch(zone):
        japan, japan_span = None, None
    return zone, zone_span, japan, japan_span


# A meeting in more sessions than this is read no further for its zone.
MAX_SESSIONS = 3


def _past_sessions(text: str, pos: int) -> int:
    """Past the further ranges of a meeting held in sessions, to where a zone for all stands."""
    for _ in range(MAX_SESSIONS):
        link = NEXT_SESSION().match(text, pos)
        begin = _time_at(text, link.end()) if link is not None else None
        to = RANGE_LINK().match(text, begin.end) if begin is not None else None
        finish = _time_at(text, to.end()) if to is not None else None
        if finish is None:
            break
        pos = finish.end
    return pos


def _bracketed_local(
    text: str, pos: int
) -> tuple[ClockTime, regex.Match[str], tuple[int, int]] | None:
    """A local time in brackets after a Japan time at *pos*, its zone and the brackets.

    " (September 19, 1:07 p.m. local time)", " (11:40 a.m. on September 27,
    Eastern Standard Time)": the page gives the Japan time first.
    """
    inside = _brackets_at(text, pos)
    if inside is None:
        return None
    inner_start, inner_end = inside
    local = _first_time(text, inner_start, inner_end)
    if not isinstance(local, ClockTime):
        return None
    zone = ZONE().search(text, local.end, inner_end)
    if zone is None or calendar.JAPAN_ZONE().fullmatch(zone.group("zone")):
        return None
    return local, zone, (inner_start, inner_end)


def _local_start(
    japan: datetime.time,
    japan_clock: ClockTime,
    qualifier: str | None,
    local: ClockTime,
    zone: regex.Match[str],
    brackets: tuple[int, int],
) -> StartFact:
    """The start read from a local time given in brackets after the Japan time.

    "at around 6:00 a.m. (5:00 p.m. on May 23, local time)": the qualifier is
    of the moment, whichever clock tells it; each span holds its own time.
    """
    return StartFact(
        value=to_time(local),
        span=(local.start, local.end),
        qualifier=qualifier,
        zone=zone.group("zone"),
        zone_span=zone.span("zone"),
        japan_time=japan,
        japan_span=(japan_clock.start, japan_clock.end),
        local_range=brackets,
    )


def _time_at(text: str, pos: int) -> ClockTime | None:
    """A clock time starting exactly at *pos* (after a qualifier such as "shortly after")."""
    qualifier = RANGE_END_QUALIFIER().match(text, pos)
    if qualifier is not None:
        pos = qualifier.end()
    found = _first_time(text, pos, min(len(text), pos + 12))
    if isinstance(found, ClockTime) and found.start == pos:
        return found
    return None


def _inherit_meridiem(start: ClockTime, end: ClockTime) -> ClockTime:
    """Give "4:50" in "from 4:50 to 5:35 p.m." the afternoon its end time has."""
    if start.meridiem is not None or end.meridiem != "p" or start.hour >= 12:
        return start
    if start.hour + 12 <= to_time(end).hour:
        return start._replace(meridiem="p")
    return start


def _zone_and_japan_time(
    text: str, pos: int
) -> tuple[str | None, tuple[int, int] | None, datetime.time | None, tuple[int, int] | None]:
    """The zone stated after a time at *pos*, and a Japan time given alongside.

    Handles "local time", " (EST)", " (local time; 5:00 a.m. Japan time)",
    " local time (12:05 p.m. Japan time)", " on January 7th (local time, ...)".
    """
    zone: str | None = None
    zone_span: tuple[int, int] | None = None
    pos = _skip_date(text, pos)
    direct = None
    if not ZONE_INITIALS.isdisjoint(text[pos : pos + 6]):
        direct = DIRECT_ZONE().match(text, pos)
    if direct is not None:
        zone, zone_span = direct.group("zone"), direct.span("zone")
        pos = _skip_date(text, direct.end())
    inside = _brackets_at(text, pos)
    if inside is None:
        return zone, zone_span, None, None
    inner_start, inner_end = inside
    if zone is None:
        leading = DAY_ZONE().match(text, inner_start)
        if leading is not None:
            zone, zone_span = leading.group("zone"), leading.span("zone")
    japan, japan_span = _japan_time_in(text, inner_start, inner_end)
    return zone, zone_span, japan, japan_span


def zone_after_date(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """A zone written right after the day at *pos*, standing for the lead's times.

    >>> zone_after_date("On June 7 (local time), Prime Minister Abe", 9)
    ('local time', (11, 21))
    """
    found = ZONE_AFTER_DATE().match(text, pos)
    if found is None:
        return None
    return found.group("zone"), found.span("zone")


def _skip_date(text: str, pos: int) -> int:
    if text.find("on", pos, pos + 5) < 0:
        # The date opens with "on" at most three characters in.
        return pos
    skipped = DATE_AFTER_TIME().match(text, pos)
    return skipped.end() if skipped is not None else pos


def _brackets_at(text: str, pos: int) -> tuple[int, int] | None:
    """The inside of brackets opening at *pos* (" (", ", ("), if they close."""
    if text.find("(", pos, pos + 4) < 0:
        return None
    opening = PAREN_OPEN().match(text, pos)
    if opening is None:
        return None
    inner_end = _closing_paren(text, opening.end())
    return None if inner_end is None else (opening.end(), inner_end)


def _closing_paren(text: str, pos: int) -> int | None:
    """The position of the ")" closing a parenthesis opened just before *pos*."""
    depth = 1
    limit = min(len(text), pos + 200)
    while True:
        close = text.find(")", pos, limit)
        if close < 0:
            return None
        depth += text.count("(", pos, close) - 1
        if depth == 0:
            return close
        pos = close + 1


def _japan_time_in(
    text: str, start: int, end: int
) -> tuple[datetime.time | None, tuple[int, int] | None]:
    """A time in ``text[start:end]`` whose zone, stated after it, is Japan's."""
    found = _first_time(text, start, end) if start < end else None
    while isinstance(found, ClockTime):
        # The time after this one is where the next round starts.
        next_time = _first_time(text, found.end, end)
        limit = next_time.start if isinstance(next_time, ClockTime) else end
        zone = ZONE().search(text, found.end, limit)
        if zone is not None and calendar.JAPAN_ZONE().fullmatch(zone.group("zone")):
            return to_time(found), (found.start, found.end)
        if found.end >= end:
            break
        found = next_time
    return None, None


# -- durations -----------------------------------------------------------------


def number_value(word: str) -> int | None:
    """The value of a number written in digits or words ("25", "twenty-five", "an").

    >>> number_value("twenty-five"), number_value("an"), number_value("several")
    (25, 1, None)
    """
    lowered = word.lower().replace("-", " ")
    if lowered.isdecimal():
        return int(lowered)
    if lowered in ("a", "an"):
        return 1
    parts = lowered.split()
    if len(parts) == 1:
        return _UNITS.get(parts[0]) or _TEENS.get(parts[0]) or _TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def find_duration(text: str) -> tuple[DurationFact | None, Unreadable | None]:
    """The first length of time stated in *text*.

    >>> fact, _ = find_duration("for approximately one hour and 20 minutes, Mr. X met")
    >>> fact.value.total_seconds() / 60, fact.approximate
    (80.0, True)
    """
    # "İ" lowers to two characters and moves what follows it; "ſ" reads as "s".
    lowered = text.lower() if lowered_finds_all(text) else None
    first = 0
    if lowered is not None:
        # Most leads name no length: a substring test says so before any scan.
        first = _first_unit_word(lowered)
        if first < 0:
            return None, None
    unit = UNIT().search(text, first)
    if unit is None:
        return None, None
    # Every length names its unit within a few words of its start; the
    # search starts there rather than scanning the sentence from its start.
    near = max(0, unit.start() - MAX_BEFORE_UNIT)
    if lowered is None:
        match = DURATION().search(text, near)
    else:
        match = _first_length(text, lowered, near, unit.end())
    vague = DURATION_LIKE().search(text, near, match.start() if match is not None else len(text))
    if vague is not None and number_value(vague.group("amount")) is None:
        return None, Unreadable(
            "duration", f"{vague.group()!r} gives no length that can be read", *vague.span()
        )
    if match is None:
        return None, None
    groups = match.groups()
    minutes = _minutes(groups)
    if minutes is None:
        return None, Unreadable(
            "duration", f"{match.group()!r} gives no length that can be read", *match.span()
        )
    return (
        DurationFact(
            datetime.timedelta(minutes=minutes),
            # Qualified, or a range of minutes ("15 to 20 minutes"): its longer end.
            groups[0] is not None or groups[6] is not None,
            *match.span(),
        ),
        None,
    )


# The groups of DURATION in their order: all at once is much cheaper than one by name.
DURATION_GROUPS: Final = (
    "qualifier",
    "half_an_hour",
    "hours",
    "and_a_half",
    "trailing_half",
    "extra_minutes",
    "low",
    "minutes",
    "adjective",
    "adjective_unit",
)


def _amount(text: str) -> float | None:
    """The number a length is counted in: "1.5", "90", "twenty-five".

    None for digits the pattern knows and Python's tables do not yet
    ("𐵁.5", Unicode 16), so the length is reported rather than read.

    >>> _amount("1.5"), _amount("twenty-five"), _amount("\U00010d41.5")
    (1.5, 25, None)
    """
    if "." not in text:
        return number_value(text)
    whole, _, part = text.partition(".")
    return float(text) if (whole + part).isdecimal() else None


def _minutes(groups: tuple[str | None, ...]) -> float | None:
    """The minutes a match of DURATION stands for, from its groups in DURATION_GROUPS order."""
    _, half_an_hour, hours_text, and_a_half, trailing_half, extra, _, minutes, adjective, unit = (
        groups
    )
    if half_an_hour:
        lowered = half_an_hour.lower()
        return 45 if lowered.startswith("three") else 15 if "quarter" in lowered else 30
    if adjective is not None:
        value = _amount(adjective)
        if value is None:
            return None
        assert unit is not None
        return value * 60 if unit.lower() == "hour" else value
    if minutes is not None:
        return number_value(minutes)
    assert hours_text is not None
    hours = _amount(hours_text)
    if hours is None:
        return None
    total = hours * 60
    if and_a_half:
        total += 30
    if trailing_half:
        # "an hour and a half", "an hour and a quarter".
        total += 15 if trailing_half.lower().endswith("quarter") else 30
    if extra is not None:
        extra_value = number_value(extra)
        if extra_value is None:
            return None
        total += extra_value
    return total


def range_duration(start: datetime.time, end: datetime.time) -> datetime.timedelta:
    """The time from *start* to *end*, past midnight if *end* is earlier.

    >>> range_duration(datetime.time(16, 25), datetime.time(17, 10))
    datetime.timedelta(seconds=2700)
    """
    begin = datetime.timedelta(hours=start.hour, minutes=start.minute)
    finish = datetime.timedelta(hours=end.hour, minutes=end.minute)
    if finish < begin:
        finish += datetime.timedelta(days=1)
    return finish - begin
