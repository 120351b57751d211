"""The one calendar: month and weekday names and every date form the pages use.

The page header ("March 16, 2017", "22 September, 2009", "2024/5/4") and the
meeting lead ("On Mar. 16", "On Saturday, November 12", "On May 18 (Monday),
2009") are read by the same grammar, so a form one side knows the other knows
too. Names are matched in ASCII only: "Auguſt" and "Aprİl" are not month
names, so every lookup after a match is total.

Patterns compile on first use, so importing the package stays cheap.
"""

from __future__ import annotations

import datetime
import re
from typing import Final, NamedTuple

from readout_parser._patterns import lazy_re

__all__ = [
    "MONTHS",
    "MONTH_NAME",
    "WEEKDAYS",
    "WEEKDAY_NAME",
    "DayMatch",
    "find_day",
    "match_date_line",
    "nearest_year",
]

# Each month's spellings, full name first: "September", "Sept.", "Sep".
_MONTH_NAMES: Final = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

MONTHS: Final[dict[str, int]] = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}
"""Month number by lower-case name or abbreviation: ``MONTHS["sept"] == 9``."""

_WEEKDAY_NAMES: Final = (
    ("monday", "mon"),
    ("tuesday", "tues", "tue"),
    ("wednesday", "wed"),
    ("thursday", "thurs", "thur", "thu"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)

WEEKDAYS: Final[dict[str, int]] = {
    name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names
}
"""ISO weekday (Monday is 0) by lower-case name or abbreviation."""

HALF_A_YEAR: Final = datetime.timedelta(days=183)
"""How far from the page date a lead's day without a year may be."""


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_MONTH = rf"(?:{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"


# A whole line that is a date, optionally in parentheses, with or without its
# weekday before it or in brackets after it:
# "March 16, 2017", "Mar. 16, 2017", "October 04, 2011", "November, 11, 2009",
# "(April 25, 2012)", "22 September, 2009", "20 May 2014", "2024/5/4",
# "Thursday, March 28, 2019", "Tue. Apr. 11, 2023", "July 4, 2016 (Monday)".
_date_line = lazy_re(
    rf"\(?\s*(?:{_WEEKDAY},?\s+)?(?:"
    rf"(?P<month>{_MONTH}),?\s*(?P<day>\d{{1,2}}){_ORDINAL}(?:,\s*|\s+)(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?P<month2>{_MONTH})(?:,\s*|\s+)(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})/(?P<month3>\d{1,2})/(?P<day3>\d{1,2})"
    rf")(?:\s*\(\s*{_WEEKDAY}\s*\))?\s*\)?",
    re.IGNORECASE | re.ASCII,
)


MONTH_NAME: Final = _alternation({name.capitalize(): 0 for name in MONTHS})
"""Month names and abbreviations capitalised, as a pattern: in running text "may" is a verb."""

WEEKDAY_NAME: Final = _alternation({name.capitalize(): 0 for name in WEEKDAYS})
"""Weekday names and abbreviations capitalised, as a pattern: "Monday", "Mon"."""

# Japan's zone, as a time is given in it: "10:30 p.m. Japan time", "(JST)",
# "Japan Standard Time"; not "Japan Times".
JAPAN_ZONE: Final = lazy_re(r"(?:Japan\sStandard\sTime|Japan\s[Tt]ime|Tokyo\s[Tt]ime|JST)(?!\w)")

# A day of a month inside a sentence, with an optional weekday and year:
# "May 24", "Mar. 16", "Saturday, November 12", "December 13th",
# "September 24 (Wednesday)", "May 18 (Monday), 2009", "October 28, 2009",
# "Thursday October 16", "3 May", "Tuesday 3 May", "22 September, 2009".
_day_in_text = lazy_re(
    rf"""
    (?<![\w.])
    (?:(?P<weekday>{WEEKDAY_NAME})\.?,?\s)?
    (?:
        (?P<month>{MONTH_NAME})\.?\s(?P<day>\d{{1,2}}){_ORDINAL}(?![\d:\w])
      | (?P<day2>\d{{1,2}}){_ORDINAL}\s(?P<month2>{MONTH_NAME})\b\.?
    )
    (?:\s?\((?P<weekday2>{WEEKDAY_NAME})\.?\))?
    (?:,?\s(?P<year>(?:19|20)\d\d)(?!\d))?
    """,
    re.VERBOSE | re.ASCII,
)


def match_date_line(text: str) -> tuple[bool, datetime.date | None]:
    """Whether *text* is a date line and, if it names a real day, which.

    >>> match_date_line("March 16, 2017")
    (True, datetime.date(2017, 3, 16))
    >>> match_date_line("Mar. 16, 2017")
    (True, datetime.date(2017, 3, 16))
    >>> match_date_line("February 30, 2019")
    (True, None)
    >>> match_date_line("On March 16, the two met.")
    (False, None)
    >>> match_date_line("Auguſt 1, 2017")
    (False, None)
    >>> match_date_line("March 162017")
    (False, None)
    >>> match_date_line("Thursday, March 28, 2019"), match_date_line("July 4, 2016 (Mon)")
    ((True, datetime.date(2019, 3, 28)), (True, datetime.date(2016, 7, 4)))
    """
    match = _date_line().fullmatch(text)
    if match is None:
        return False, None
    groups = match.groupdict()
    if groups["year3"] is not None:
        return True, _real_day(groups["year3"], groups["month3"], groups["day3"])
    month = groups["month"] or groups["month2"]
    day = groups["day"] or groups["day2"]
    year = groups["year"] or groups["year2"]
    return True, _real_day(year, str(MONTHS[month.rstrip(".").lower()]), day)


def _real_day(year: str, month: str, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


class DayMatch(NamedTuple):
    """A day named in running text, at ``[start, end)``; ``year`` and ``weekday`` only when written.

    ``weekday`` is the ISO weekday named with it (Monday is 0).
    """

    month: int
    day: int
    year: int | None
    start: int
    end: int
    weekday: int | None = None


def find_day(text: str, start: int = 0, end: int | None = None) -> DayMatch | None:
    """The first day of a month named in ``text[start:end]``.

    >>> find_day("On Mar. 16, the two ministers met.")
    DayMatch(month=3, day=16, year=None, start=3, end=10, weekday=None)
    >>> find_day("On Tuesday, July 5, the two ministers met.").weekday
    1
    >>> find_day("On Saturday, November 12, 2016, commencing at 2 p.m.")[:3]
    (11, 12, 2016)
    >>> find_day("the talks may 3 times a year") is None
    True
    >>> find_day("Last May, 3 ministers met") is None
    True
    """
    pattern = _day_in_text()
    match = pattern.search(text, start) if end is None else pattern.search(text, start, end)
    if match is None:
        return None
    # The groups in their order, all at once.
    weekday, month, day, day2, month2, weekday2, year = match.groups()
    month = month or month2
    day = day or day2
    weekday = weekday or weekday2
    return DayMatch(
        MONTHS[month.lower()],
        int(day),
        int(year) if year is not None else None,
        match.start(),
        match.end(),
        WEEKDAYS[weekday.lower()] if weekday is not None else None,
    )


def opens_on(text: str, start: int, day: int) -> bool:
    """Whether ``text[start:day]``, before a day, holds only words of time.

    A sentence or paragraph opening on its day: "On the morning of May 9",
    "From 5:30 p.m. (local time) on May 9", "At noon on", "Today, May 9";
    not "Regarding the election on May 8", a day of another's.

    >>> s = "On the morning of May 9, ..."
    >>> opens_on(s, 0, s.index("May")), opens_on("Regarding the election on May 8", 0, 25)
    (True, False)
    """
    return all(
        word in WORDS_BEFORE_A_DAY or word[:1].isdigit()
        for word in _PUNCTUATION().sub(" ", text[start:day].lower()).split()
    )


WORDS_BEFORE_A_DAY: Final = frozenset(
    {"on", "from", "at", "in", "the", "morning", "afternoon", "evening", "night", "of"}
    | {"noon", "midday", "midnight", "around", "about", "approximately", "until", "to"}
    | {"a.m.", "p.m.", "local", "time", "jst", "japan", "today", "same", "day"}
)
"""Words that may stand before the day a text opens on: "On the morning of", "At noon on"."""

# Brackets and commas between the words before a day: "(local time),".
_PUNCTUATION = lazy_re(r"[(),;]")


# A day this close to the page date in the page's year is the nearest: the
# same day in the year before or after is at least 365 days from it, so at
# least 183 days from the page date.
_NEARER_THAN_ANY_OTHER: Final = 182


def _real_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, page_date: datetime.date) -> datetime.date | None:
    """The day *month*/*day* within half a year of *page_date*, or None.

    A readout is published within days of the meeting, so "December 31" on a
    page dated January 2 is the previous year. A day with no such date near
    the page ("February 29" on a page of 2021) is None rather than a guess.

    >>> nearest_year(12, 31, datetime.date(2020, 1, 2))
    datetime.date(2019, 12, 31)
    >>> nearest_year(1, 2, datetime.date(2019, 12, 31))
    datetime.date(2020, 1, 2)
    >>> nearest_year(2, 29, datetime.date(2021, 3, 1)) is None
    True
    """
    same_year = _real_date(page_date.year, month, day)
    if same_year is not None and abs((same_year - page_date).days) <= _NEARER_THAN_ANY_OTHER:
        return same_year
    best: datetime.date | None = None
    for year in (page_date.year - 1, page_date.year, page_date.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - page_date) < abs(best - page_date):
            best = candidate
    if best is None or abs(best - page_date) > HALF_A_YEAR:
        return None
    return best
