"""Flat tables of readouts for datasets: meetings, participants, attendees, statements.

Each table is a list of rows, one ``dict`` per meeting, per principal, per
other attendee or per statement, with plain values (strings, numbers, booleans, None) and the same
keys in every row, so ``pandas.DataFrame(rows)`` or a CSV writer takes them
as they are. Every row carries the file it came from (when given) and the
readout's date.

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
from typing import Final

from readout_parser.model import Attendee, Meeting, Person, Readout, Statement, Table

__all__ = ["COLUMNS", "TABLES", "Row", "Table", "rows"]

Row = dict[str, str | int | float | bool | None]
"""One row: column name to a plain value."""

TABLES: Final[tuple[Table, ...]] = ("meetings", "participants", "attendees", "statements")
"""Every table, in the order the command line lists them."""

COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "meetings": (
        "file",
        "date",
        "category",
        "title",
        "meeting_date",
        "start",
        "start_qualifier",
        "time_zone",
        "japan_time",
        "duration_minutes",
        "duration_approximate",
        "format",
        "occasion",
        "location",
        "participants",
        "diagnostics",
    ),
    "participants": (
        "file",
        "date",
        "meeting_date",
        "index",
        "name",
        "honorific",
        "title",
        "family_name",
        "post_nominal",
        "span_start",
        "span_end",
    ),
    "attendees": (
        "file",
        "date",
        "meeting_date",
        "index",
        "side",
        "name",
        "honorific",
        "title",
        "family_name",
        "post_nominal",
        "span_start",
        "span_end",
    ),
    "statements": (
        "file",
        "date",
        "meeting_date",
        "index",
        "section",
        "text",
        "speakers",
        "speaker_family_names",
        "speaker_indexes",
        "verb",
        "other_speaker",
        "span_start",
        "span_end",
    ),
}
"""The columns of each table, in order: the keys of every row."""


def rows(
    readout: Readout, table: Table, *, file: str | os.PathLike[str] | None = None
) -> list[Row]:
    """The rows *readout* gives in *table*; *file* names where it came from.

    A path given as *file* is kept as its string, so every value is plain.
    *table* is one of :data:`TABLES` (a type checker holds a name to them);
    a name given at run time that is none raises ``ValueError``, naming those
    that are.
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
    # Keys in the order of the columns, so a CSV and a DataFrame agree.
    return [{column: {**common, **row}[column] for column in columns} for row in builder(readout)]


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
        _statement(index, statement, participants)
        for index, statement in enumerate(readout.statements)
    ]


def _statement(index: int, statement: Statement, participants: tuple[Person, ...]) -> Row:
    speakers: tuple[Person, ...] = statement.speakers
    return {
        "index": index,
        "section": ".".join(str(number) for number in statement.where),
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
