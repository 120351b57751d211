"""Diagnostic codes: what the parser noticed but could not place or trust.

Codes are stable; messages may be reworded. Each code below is a constant
whose value is the code string found in :attr:`Diagnostic.code`.

>>> from readout_parser import parse
>>> [d.code for d in parse("").diagnostics]
['empty-input']
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import Final, NamedTuple

from readout_parser.model import Diagnostic, Span, new_diagnostic


class Problem(NamedTuple):
    """A problem a stage found: its code, a message, and where."""

    code: str
    message: str
    span: Span


def new_problem(code: str, message: str, span: Span) -> Problem:
    """``Problem(code, message, span)``, for the problems a page finds by the thousand.

    Made as the tuple it is: the named tuple's own constructor goes through
    the type's slots and costs half again as much.
    """
    return _new_tuple(Problem, (code, message, span))


_new_tuple = tuple.__new__


EMPTY_INPUT: Final = "empty-input"
"""The input holds no text at all (empty, or only white space)."""

NO_DATE: Final = "no-date"
"""No date line was found in the header."""

INVALID_DATE: Final = "invalid-date"
"""A line has the shape of a date but names no real day ("February 30, 2019")."""

UNPLACED_LINE: Final = "unplaced-line"
"""A header line that is neither breadcrumb, title, date nor photo; its text is in the message."""

NUMBERING_GAP: Final = "numbering-gap"
"""A numbered item skips numbers ("1." then "3.")."""

NUMBERING_RESTART: Final = "numbering-restart"
"""Numbering goes back to a lower number at the same level ("2." then "1.")."""

NUMBERING_REPEAT: Final = "numbering-repeat"
"""Two items in a row at the same level carry the same number ("(2)" then "(2)")."""

TRUNCATED: Final = "truncated"
"""The text looks cut off: it ends mid-sentence or with an empty item."""

EMPTY_BODY: Final = "empty-body"
"""The page has a header but neither a lead nor any section: nothing was said."""

AFTER_FOOTER: Final = "after-footer"
"""Text below the "Back to ..." footer goes on with the readout's numbering, so it
was read as content; everything else below the footer is site furniture."""

RUN_IN_ITEM: Final = "run-in-item"
"""A numbered item seems to run on inside the paragraph of the item before it
("... in trade. 2. Regional affairs ..."): the copy lost the line break before it."""

SEVERAL_READOUTS: Final = "several-readouts"
"""The input holds more than one readout, one after another; only the first is
parsed, and the span covers the rest."""

NOT_A_READOUT: Final = "not-a-readout"
"""The text has none of the marks of a readout page (site section line, date
line, a lead describing a meeting, numbered items, "Back to ..." footer)."""

HTML_INPUT: Final = "html-input"
"""The input is HTML markup, not the text of a page."""

STRUCTURE_CODES: Final = (
    EMPTY_INPUT,
    HTML_INPUT,
    NOT_A_READOUT,
    SEVERAL_READOUTS,
    EMPTY_BODY,
    NO_DATE,
    INVALID_DATE,
    UNPLACED_LINE,
    NUMBERING_GAP,
    NUMBERING_RESTART,
    NUMBERING_REPEAT,
    TRUNCATED,
    AFTER_FOOTER,
    RUN_IN_ITEM,
)
"""Every code the structure parser emits."""

MEETING_UNREADABLE_TIME: Final = "meeting-unreadable-time"
"""The lead writes something shaped like a clock time that is none ("25:70",
"13:15 a.m."); the start is left empty rather than taken from a later time."""

MEETING_INVALID_DATE: Final = "meeting-invalid-date"
"""The lead names a day that does not exist ("On February 30"), or none within
half a year of the page date ("On February 29" on a page of 2021)."""

MEETING_DOUBTFUL_DATE: Final = "meeting-doubtful-date"
"""The lead's date is read but the weekday named with it is another day's ("On
Monday, July 5" in 2016, a Tuesday). The date is kept as read."""

MEETING_NO_YEAR: Final = "meeting-no-year"
"""The lead names a day without a year ("On May 24") and the page has no date
to take the year from, so the meeting date is left empty."""

MEETING_UNREADABLE_DURATION: Final = "meeting-unreadable-duration"
"""The lead gives a length that is no number ("for several hours")."""

MEETING_UNREAD_PARTICIPANT: Final = "meeting-unread-participant"
"""The lead names a counterpart ("held a meeting with ...") whose name and
title could not be read; the participants hold only those that could."""

MEETING_UNREAD_ATTENDEES: Final = "meeting-unread-attendees"
"""An attendance note ("The meeting was also attended by ...") names no
person that could be read."""

MEETING_NO_LEAD: Final = "meeting-no-lead"
"""No sentence of the page tells who held the meeting ("On May 9, Mr. X ...
held a meeting with Mr. Y ..."), so the meeting has only what the headline
says; the span is where the lead would start."""

MEETING_NO_PARTICIPANTS: Final = "meeting-no-participants"
"""The meeting sentence tells of a meeting but names no one who could be read
as a principal, nor does the sentence after it or the headline; the span is
the meeting sentence."""

MEETING_FURTHER_MEETING: Final = "meeting-further-meeting"
"""The lead tells of another meeting after the meeting sentence, with someone
the meeting's participants do not include ("Subsequently, ... held a meeting
with ..."); ``Readout.meeting`` holds the first only. The span is that sentence."""

MEETING_CODES: Final = (
    MEETING_NO_LEAD,
    MEETING_NO_PARTICIPANTS,
    MEETING_UNREADABLE_TIME,
    MEETING_INVALID_DATE,
    MEETING_DOUBTFUL_DATE,
    MEETING_NO_YEAR,
    MEETING_UNREADABLE_DURATION,
    MEETING_UNREAD_PARTICIPANT,
    MEETING_UNREAD_ATTENDEES,
    MEETING_FURTHER_MEETING,
)
"""Every code meeting extraction emits; all start with ``meeting-``."""

CODES: Final = STRUCTURE_CODES + MEETING_CODES
"""Every code :func:`~readout_parser.parse` can emit."""


CODE_GROUPS: Final = {"structure": STRUCTURE_CODES, "meeting": MEETING_CODES}
"""Groups of codes named by one word: the page's structure, the meeting's facts."""


def named_codes(names: str | Iterable[str], *, given: str = "strict=") -> frozenset[str]:
    """The codes *names* name: codes or groups (:data:`CODE_GROUPS`), apart by commas in a str.

    A name that is no code is refused, with the code most likely meant, and
    so is an empty list: neither may silently let every page through.
    *given* names the argument in messages.

    >>> sorted(named_codes("truncated, no-date"))
    ['no-date', 'truncated']
    >>> "meeting-no-lead" in named_codes(["meeting"])
    True
    >>> named_codes("no_date")
    Traceback (most recent call last):
      ...
    ValueError: strict= names 'no_date', which is no diagnostic code (did you mean 'no-date'?); name codes such as 'truncated' or 'no-date', or a group: 'structure' or 'meeting' (every code is in readout_parser.diagnostics.CODES)
    """  # noqa: E501
    parts = names.split(",") if isinstance(names, str) else names
    wanted = [name.strip() for name in parts if name.strip()]
    if not wanted:
        every = "True" if given == "strict=" else "--strict"
        raise ValueError(
            f"{given} names no code: name codes such as 'truncated' or 'no-date', or a group "
            f"('structure', 'meeting'); {every} makes every code an error"
        )
    unknown = [name for name in wanted if name not in CODES and name not in CODE_GROUPS]
    if unknown:
        meant = [code for code in map(nearest_code, unknown) if code is not None]
        raise ValueError(
            f"{given} names {', '.join(map(repr, unknown))}, which "
            f"{'is' if len(unknown) == 1 else 'are'} no diagnostic code"
            + (f" (did you mean {', '.join(map(repr, meant))}?)" if meant else "")
            + "; name codes such as 'truncated' or 'no-date', or a group: 'structure' or "
            "'meeting' (every code is in readout_parser.diagnostics.CODES)"
        )
    return frozenset(code for name in wanted for code in CODE_GROUPS.get(name, (name,)))


def nearest_code(name: str) -> str | None:
    """The code *name* most likely meant, for a message about a code that is none.

    >>> nearest_code("no_date"), nearest_code("truncatd"), nearest_code("speeches")
    ('no-date', 'truncated', None)
    """
    import difflib  # Only a misspelt code needs it: not loaded at import.

    found = difflib.get_close_matches(name.strip().lower().replace("_", "-"), CODES, 1, 0.75)
    return found[0] if found else None


def diagnose(text: str, problems: list[Problem]) -> tuple[Diagnostic, ...]:
    r"""The :class:`Diagnostic` values of *problems* found in *text*, in page order.

    Lines are counted once for all problems, not once per problem; they end
    at ``\n``, ``\r\n`` or a lone ``\r``, as in :func:`~readout_parser.parse`.
    *problems* is emptied: each problem is let go once its diagnostic is
    made, so a page of many problems never holds both at once.

    >>> problems = [Problem(NO_DATE, "no date line", Span(3, 4))]
    >>> diagnose("a\r\nb", problems), problems
    ((Diagnostic(code='no-date', message='no date line', line=2, span=Span(start=3, end=4)),), [])
    """
    if not problems:
        return ()
    # Page order first, so that lines are counted in one sweep down the text;
    # then last first, so that each is taken off the end of the list.
    # Two stable sorts, by code and then by start, give the order of one
    # sort by (start, code) without a key tuple made for every problem, which
    # a page of many problems would hold all at once.
    problems.sort(key=_CODE)
    problems.sort(key=_START)
    lines = _line_numbers(text, [span.start for _, _, span in problems])
    problems.reverse()
    lines.reverse()
    found = []
    while problems:
        code, message, span = problems.pop()
        found.append(new_diagnostic(code, message, lines.pop(), span))
    return tuple(found)


# Page order is where a problem starts, then its code; the keys are taken in C.
_START = operator.attrgetter("span.start")
_CODE = operator.attrgetter("code")


def _line_numbers(text: str, offsets: list[int]) -> list[int]:
    """The 1-based line of each offset of *offsets*, which are in ascending order.

    The line breaks before an offset are counted in one sweep, from one
    offset to the next: every "\\n", and every "\\r" but that of a "\\r\\n"
    wholly before it. An offset between the two characters is past the
    "\\r" that ended its line, so on the next one, and the "\\n" is not counted
    again for the offsets after it.
    """
    crlf = "\r" in text
    numbers = []
    line, counted = 1, 0
    for offset in offsets:
        line += text.count("\n", counted, offset)
        if crlf:
            line += text.count("\r", counted, offset) - text.count("\r\n", counted, offset)
            if 0 < counted < offset and text[counted - 1] == "\r" and text[counted] == "\n":
                # The "\r\n" across the last offset: its "\r" was counted as
                # ending a line there, its "\n" now; it ends one line.
                line -= 1
        counted = offset
        numbers.append(line)
    return numbers
