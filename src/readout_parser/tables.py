"""Flat tables of readouts for datasets: meetings, participants, attendees, statements.

Each table is a list of rows, one ``dict`` per meeting, per principal, per
other attendee or per statement, with plain values (strings, numbers, booleans, None) and the same
keys in every row, so ``pandas.DataFrame(rows)`` or a CSV writer takes them
as they are. Each table's rows have a type of their own (:class:`MeetingRow`,
:class:`ParticipantRow`, :class:`AttendeeRow`, :class:`StatementRow`), so a
type checker knows what each column holds. Every row carries the file it
came from (when given) and the readout's date.

>>> import readout_parser
>>> text = '''Japan-United States of America Relations
... March 16, 2017
... On March 16, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with
... the Honorable Rex W. Tillerson, Secretary of State of the United States of America.
... 1. Minister Kishida welcomed Secretary Tillerson. The two ministers agreed to cooperate.'''
>>> readout = readout_parser.parse(text)
>>> [(row["speakers"], row["verb"]) for row in rows(readout, "statements")][1:]
[('Fumio Kishida', 'welcomed'), ('Fumio Kishida; Rex W. Tillerson', 'agreed')]
>>> rows(readout, "statements")[2]["speaker_indexes"]
'0; 1'
>>> rows(readout, "participants", file="a.txt")[1]["name"]
'Rex W. Tillerson'
>>> noted = readout_parser.parse(text.replace("America.", "America (attending on the U.S. "
...                                           "side were U.S. Ambassador to Japan Roos)."))
>>> [(row["side"], row["name"], row["title"]) for row in rows(noted, "attendees")]
[('U.S.', 'Roos', 'U.S. Ambassador to Japan')]
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from typing import Final, Literal, TypedDict, cast, overload

from readout_parser.model import (
    Attendee,
    Meeting,
    Person,
    Readout,
    Section,
    Span,
    Statement,
    Table,
)

__all__ = [
    "COLUMNS",
    "TABLES",
    "AttendeeRow",
    "MeetingRow",
    "ParticipantRow",
    "Row",
    "StatementRow",
    "Table",
    "rows",
]

Row = dict[str, str | int | float | bool | None]
"""One row of any table: column name to a plain value. What every row is at run
time; to a type checker, rows are of their table's own type (:class:`MeetingRow`
...)."""


class MeetingRow(TypedDict):
    """A row of the ``meetings`` table: one per readout. Its keys are the columns, in order."""

    file: str | None
    date: str | None
    category: str | None
    title: str | None
    meeting_date: str | None
    start: str | None
    start_qualifier: str | None
    time_zone: str | None
    japan_time: str | None
    japan_date: str | None
    duration_minutes: float | None
    duration_approximate: bool | None
    format: str | None
    occasion: str | None
    location: str | None
    participants: str
    diagnostics: str


class ParticipantRow(TypedDict):
    """A row of the ``participants`` table: one per principal of the meeting."""

    file: str | None
    date: str | None
    meeting_date: str | None
    index: int
    name: str
    honorific: str | None
    title: str | None
    family_name: str | None
    post_nominal: str | None
    span_start: int
    span_end: int


class AttendeeRow(TypedDict):
    """A row of the ``attendees`` table: one per other attendee, with their side."""

    file: str | None
    date: str | None
    meeting_date: str | None
    index: int
    side: str | None
    name: str
    honorific: str | None
    title: str | None
    family_name: str | None
    post_nominal: str | None
    span_start: int
    span_end: int


class StatementRow(TypedDict):
    """A row of the ``statements`` table: one per sentence of the body, with who said it."""

    file: str | None
    date: str | None
    meeting_date: str | None
    index: int
    section: str
    section_heading: str | None
    text: str
    speakers: str
    speaker_family_names: str
    speaker_indexes: str
    verb: str | None
    other_speaker: str | None
    span_start: int
    span_end: int


TABLES: Final[tuple[Table, ...]] = ("meetings", "participants", "attendees", "statements")
"""Every table, in the order the command line lists them."""

COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    table: tuple(row_type.__annotations__)
    for table, row_type in zip(
        TABLES, (MeetingRow, ParticipantRow, AttendeeRow, StatementRow), strict=True
    )
}
"""The columns of each table, in order: the keys of every row (those of its row's type)."""


@overload
def rows(
    readout: Readout, table: Literal["meetings"], *, file: str | os.PathLike[str] | None = None
) -> list[MeetingRow]: ...
@overload
def rows(
    readout: Readout,
    table: Literal["participants"],
    *,
    file: str | os.PathLike[str] | None = None,
) -> list[ParticipantRow]: ...
@overload
def rows(
    readout: Readout, table: Literal["attendees"], *, file: str | os.PathLike[str] | None = None
) -> list[AttendeeRow]: ...
@overload
def rows(
    readout: Readout, table: Literal["statements"], *, file: str | os.PathLike[str] | None = None
) -> list[StatementRow]: ...
def rows(
    readout: Readout, table: Table, *, file: str | os.PathLike[str] | None = None
) -> list[MeetingRow] | list[ParticipantRow] | list[AttendeeRow] | list[StatementRow]:
    """The rows *readout* gives in *table*; *file* names where it came from.

    A path given as *file* is kept as its string, so every value is plain.
    *table* is one of :data:`TABLES` (a type checker holds a name to them);
    a name given at run time that is none raises ``ValueError``, naming those
    that are. A table named by its literal name gives rows of its own type
    (:class:`MeetingRow`, :class:`ParticipantRow`, :class:`AttendeeRow`,
    :class:`StatementRow`), so a type checker knows each column's type:
    ``rows(readout, "participants")[0]["span_start"]`` is an ``int``.
    """
    builder = _BUILDERS.get(table)
    if builder is None:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    common: Row = {
        "file": None if file is None else os.fspath(file),
        "date": _iso(readout.date),
        "meeting_date": _iso(readout.meeting.date),
    }
    columns = COLUMNS[table]
    # Keys in the order of the columns, so a CSV and a DataFrame agree. Each
    # builder's rows hold the columns of its table's row type but the common
    # three, so the rows are of that type once those are in.
    return cast(
        "list[MeetingRow] | list[ParticipantRow] | list[AttendeeRow] | list[StatementRow]",
        [{column: {**common, **row}[column] for column in columns} for row in builder(readout)],
    )


def _iso(value: datetime.date | datetime.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _meetings(readout: Readout) -> list[Row]:
    meeting: Meeting = readout.meeting
    duration = meeting.duration
    return [
        {
            "category": readout.category,
            "title": readout.title,
            "start": _iso(meeting.start),
            "start_qualifier": meeting.start_qualifier,
            "time_zone": meeting.time_zone,
            "japan_time": _iso(meeting.japan_time),
            "japan_date": _iso(meeting.japan_date),
            "duration_minutes": None if duration is None else duration.total_seconds() / 60,
            "duration_approximate": meeting.duration_approximate,
            "format": None if meeting.format is None else meeting.format.value,
            "occasion": meeting.occasion,
            "location": meeting.location,
            "participants": "; ".join(person.name for person in meeting.participants),
            "diagnostics": "; ".join(d.code for d in readout.diagnostics),
        }
    ]


def _participants(readout: Readout) -> list[Row]:
    return [
        {
            "index": index,
            "name": person.name,
            "honorific": person.honorific,
            "title": person.title,
            "family_name": person.family_name,
            "post_nominal": person.post_nominal,
            "span_start": person.span.start,
            "span_end": person.span.end,
        }
        for index, person in enumerate(readout.meeting.participants)
    ]


def _attendees(readout: Readout) -> list[Row]:
    return [_attendee(index, attendee) for index, attendee in enumerate(readout.meeting.attendees)]


def _attendee(index: int, attendee: Attendee) -> Row:
    person = attendee.person
    return {
        "index": index,
        "side": attendee.side,
        "name": person.name,
        "honorific": person.honorific,
        "title": person.title,
        "family_name": person.family_name,
        "post_nominal": person.post_nominal,
        "span_start": person.span.start,
        "span_end": person.span.end,
    }


def _statements(readout: Readout) -> list[Row]:
    participants = readout.meeting.participants
    return [
        _statement(index, statement, participants, _heading_over(readout.sections, statement.span))
        for index, statement in enumerate(readout.statements)
    ]


def _heading_over(sections: tuple[Section, ...], span: Span) -> str | None:
    """The heading nearest above what lies at *span*: its section's, or its parent's.

    "(1)" with no heading under "1. Bilateral relations": "Bilateral
    relations". Sections are found by where they lie, so two items of one
    number ("2." twice) are told apart. None in the lead.
    """
    heading: str | None = None
    while True:
        inside = next((s for s in sections if s.span.start <= span.start < s.span.end), None)
        if inside is None:
            return heading
        heading = inside.heading or heading
        sections = inside.subsections


def _statement(
    index: int, statement: Statement, participants: tuple[Person, ...], heading: str | None
) -> Row:
    speakers: tuple[Person, ...] = statement.speakers
    return {
        "index": index,
        "section": ".".join(str(number) for number in statement.where),
        "section_heading": heading,
        "text": statement.text,
        # Names as written identify a person; a family name read by the
        # rules may be a given name ("Kamikawa Yoko" gives "Yoko").
        "speakers": "; ".join(p.name for p in speakers),
        "speaker_family_names": "; ".join(p.family_name or "" for p in speakers),
        # The key that joins a statement to the participants table of its page.
        "speaker_indexes": "; ".join(str(participants.index(p)) for p in speakers),
        "verb": statement.verb,
        "other_speaker": statement.other_speaker,
        "span_start": statement.span.start,
        "span_end": statement.span.end,
    }


_BUILDERS: Final[dict[str, Callable[[Readout], list[Row]]]] = {
    "meetings": _meetings,
    "participants": _participants,
    "attendees": _attendees,
    "statements": _statements,
}
