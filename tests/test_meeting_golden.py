"""Golden cases: the facts of each meeting as a careful reader writes them down.

The expectations live in ``tests/golden/meeting/*.json`` (format and field
conventions in ``tests/golden/README.md``) and are checked field by field
against ``readout_parser.parse(text).meeting``. Cases the extractor is known
to get wrong are listed with the reason in
``tests/golden/meeting/known_failures.json`` and run as strict xfails, so
fixing one is noticed.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

import readout_parser
from golden_cases import golden_cases, known_failures
from readout_parser import Meeting, Person

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "meeting"
KNOWN_FAILURES = known_failures("meeting")

PERSON_KEYS = ("name", "honorific", "title", "family_name")


def _time(value: datetime.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def _minutes(value: datetime.timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 60


def _person_problems(expected: dict[str, Any], actual: Person, where: str) -> list[str]:
    return [
        f"{where}.{key}: expected {expected[key]!r}, got {getattr(actual, key)!r}"
        for key in PERSON_KEYS
        if key in expected and expected[key] != getattr(actual, key)
    ]


def meeting_problems(expected: dict[str, Any], actual: Meeting) -> list[str]:
    """Every field where *actual* differs from the golden *expected* meeting."""
    got: dict[str, Any] = {
        "date": actual.date.isoformat() if actual.date else None,
        "start": _time(actual.start),
        "start_qualifier": actual.start_qualifier,
        "time_zone": actual.time_zone,
        "japan_time": _time(actual.japan_time),
        "duration_minutes": _minutes(actual.duration),
        "duration_approximate": actual.duration_approximate,
        "format": actual.format.value if actual.format else None,
        "occasion": actual.occasion,
        "location": actual.location,
    }
    problems = [
        f"{key}: expected {expected[key]!r}, got {value!r}"
        for key, value in got.items()
        if key in expected and expected[key] != value
    ]
    people = expected.get("participants", [])
    if len(people) != len(actual.participants):
        names = [p.name for p in actual.participants]
        problems.append(f"participants: {len(people)} expected, got {len(names)}: {names}")
    for index, (want, person) in enumerate(zip(people, actual.participants, strict=False)):
        problems.extend(_person_problems(want, person, f"participants[{index}]"))
    attendees = expected.get("attendees", [])
    if len(attendees) != len(actual.attendees):
        names = [a.person.name for a in actual.attendees]
        problems.append(f"attendees: {len(attendees)} expected, got {len(names)}: {names}")
    for index, (want, attendee) in enumerate(zip(attendees, actual.attendees, strict=False)):
        where = f"attendees[{index}]"
        problems.extend(_person_problems(want, attendee.person, where))
        if "side" in want and want["side"] != attendee.side:
            problems.append(f"{where}.side: expected {want['side']!r}, got {attendee.side!r}")
    return problems


def test_meeting_problems_sees_each_field() -> None:
    person = Person("Fumio Kishida", readout_parser.Span(0, 1), None, "Minister", "Kishida")
    meeting = Meeting(start=datetime.time(14, 15), participants=(person,))
    expected: dict[str, Any] = {
        "start": "14:15",
        "duration_minutes": None,
        "participants": [{"name": "Fumio Kishida", "family_name": "Kishida"}],
        "attendees": [],
    }
    assert meeting_problems(expected, meeting) == []
    assert meeting_problems({**expected, "start": "14:16"}, meeting) == [
        "start: expected '14:16', got '14:15'"
    ]
    wrong_person = {**expected, "participants": [{"name": "Fumio Kishida", "title": None}]}
    assert meeting_problems(wrong_person, meeting) == [
        "participants[0].title: expected None, got 'Minister'"
    ]
    assert meeting_problems({**expected, "participants": []}, meeting) == [
        "participants: 0 expected, got 1: ['Fumio Kishida']"
    ]


def test_known_failures_name_existing_cases() -> None:
    names = {path.name for path in GOLDEN.glob("*.json")}
    assert set(KNOWN_FAILURES) <= names


@pytest.mark.parametrize("path", golden_cases("meeting"))
def test_golden_meeting(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / case["source"]).read_text(encoding="utf-8")
    meeting = readout_parser.parse(text).meeting
    problems = meeting_problems(case["meeting"], meeting)
    assert not problems, "\n".join(problems)
