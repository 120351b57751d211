"""The page's date line, in the shapes the site has used over the years."""

from __future__ import annotations

import datetime

import regex

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?+"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?+"
_YEAR = r"(?P<year>\d{4})"

# A whole line that is a date, optionally in parentheses:
# "March 16, 2017", "October 04, 2011", "November, 11, 2009", "(April 25, 2012)",
# "22 September, 2009", "20 May 2014", "2024/5/4".
DATE_LINE = regex.compile(
    r"\(?+\s*+(?:"
    rf"{_MONTH},?+\s*+{_DAY},?+\s*+{_YEAR}"
    rf"|{_DAY}\s++{_MONTH},?+\s*+{_YEAR}"
    r"|(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})"
    r")\s*+\)?+",
    regex.IGNORECASE,
)


def match_date_line(text: str) -> tuple[bool, datetime.date | None]:
    """Whether *text* is a date line and, if it names a real day, which.

    >>> match_date_line("March 16, 2017")
    (True, datetime.date(2017, 3, 16))
    >>> match_date_line("February 30, 2019")
    (True, None)
    >>> match_date_line("On March 16, the two met.")
    (False, None)
    """
    match = DATE_LINE.fullmatch(text)
    if match is None:
        return False, None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    try:
        return True, datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return True, None
