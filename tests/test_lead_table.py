"""Leads written in the site's style, each with the facts a reader writes down from it.

``tests/golden/leads/leads.jsonl`` holds 372 lead paragraphs, written in the
manner of the site's readouts from 2005 to 2025 (not copied from its pages),
each with the facts written down from reading it before it was ever parsed:
date, start, length, format, place and every principal's name, style,
office and family name (see ``tests/golden/README.md``). Each lead is read
as the lead of a page of its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from readout_parser import Meeting, parse

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "leads" / "leads.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


def _page(row: dict[str, Any]) -> str:
    headline = row.get("headline", "Japan-Xxx Relations")
    return (
        f"{headline}\n{row['page_date']}\n{row['lead']}\n"
        "1. The two sides exchanged views on regional affairs.\n"
    )


def _params() -> list[Any]:
    """The rows as parameters; a row known to be read wrong is a strict xfail with its reason."""
    return [
        pytest.param(
            row,
            id=row["id"],
            marks=[pytest.mark.xfail(reason=row["known"], strict=True)] if "known" in row else [],
        )
        for row in ROWS
    ]


def _facts(meeting: Meeting, fields: list[str]) -> dict[str, Any]:
    duration = meeting.duration
    got: dict[str, Any] = {
        "date": meeting.date.isoformat() if meeting.date else None,
        "start": meeting.start.strftime("%H:%M") if meeting.start else None,
        "duration_minutes": duration.total_seconds() / 60 if duration is not None else None,
        "format": meeting.format.value if meeting.format else None,
        "location": meeting.location,
        "occasion": meeting.occasion,
        "time_zone": meeting.time_zone,
        "japan_time": meeting.japan_time.strftime("%H:%M") if meeting.japan_time else None,
        "start_qualifier": meeting.start_qualifier,
    }
    return {field: got[field] for field in fields}


@pytest.mark.parametrize("row", _params())
def test_the_facts_of_a_lead(row: dict[str, Any]) -> None:
    expected = dict(row["expect"])
    people = expected.pop("participants")
    text = _page(row)
    meeting = parse(text).meeting
    assert _facts(meeting, list(expected)) == expected
    keys = list(people[0]) if people else ["name"]
    got = [{key: getattr(person, key) for key in keys} for person in meeting.participants]
    assert got == people
    for person in meeting.participants:
        # Each principal's span is the mention: it opens on the style, an
        # office written first or the name, holds the name, and ends on the
        # office after it, the name or its letters.
        mention = text[person.span.start : person.span.end]
        parts = [part for part in (person.honorific, person.title, person.name) if part]
        assert person.name in mention
        assert mention.split()[0] in {part.split()[0] for part in parts}, mention
        # Or on the country an office written first is of, which the title
        # ends with: "President Lee Myung-bak| of the Republic of Korea|".
        rest = mention[mention.index(person.name) + len(person.name) :]
        of_country = rest.startswith(" of ") and (person.title or "").endswith(rest)
        assert of_country or mention.endswith((*parts[1:], person.post_nominal or person.name)), (
            mention
        )
