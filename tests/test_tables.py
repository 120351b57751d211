"""Tables for datasets: ``Readout.rows`` and ``readout-parser --table``.

Rows carry the columns of :data:`readout_parser.tables.COLUMNS` in that
order, the file and the readout's date, and statement rows point back at
their sentences.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import readout_parser
from readout_parser.cli import ExitCode, main
from readout_parser.tables import (
    COLUMNS,
    TABLES,
    AttendeeRow,
    MeetingRow,
    ParticipantRow,
    StatementRow,
    Table,
    rows,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("path", SEEDS, ids=[path.stem for path in SEEDS])
def test_rows_hold_the_columns_in_order(path: Path, table: Table) -> None:
    readout = readout_parser.parse(path.read_text(encoding="utf-8"))
    for row in rows(readout, table, file=path.name):
        assert tuple(row) == COLUMNS[table]
        assert row["file"] == path.name
        assert row["date"] == (readout.date.isoformat() if readout.date else None)


ROW_TYPES = {
    "meetings": MeetingRow,
    "participants": ParticipantRow,
    "attendees": AttendeeRow,
    "statements": StatementRow,
}


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("path", SEEDS, ids=[path.stem for path in SEEDS])
def test_each_value_is_of_its_columns_type(path: Path, table: Table) -> None:
    # The row types say what each column holds; a type checker relies on it.
    hints = typing.get_type_hints(ROW_TYPES[table])
    assert tuple(hints) == COLUMNS[table]
    readout = readout_parser.parse(path.read_text(encoding="utf-8"))
    for row in rows(readout, table, file=path.name):
        for column, value in row.items():
            assert isinstance(value, typing.get_args(hints[column]) or hints[column]), column


def test_a_table_named_by_its_name_gives_rows_a_type_checker_knows() -> None:
    readout = readout_parser.parse(SEEDS[0].read_text(encoding="utf-8"))
    # Checked by mypy --strict as the suite is: each column has its own type.
    start: int = readout.rows("participants")[0]["span_start"]
    name: str = rows(readout, "participants")[0]["name"]
    minutes: float | None = readout.rows("meetings")[0]["duration_minutes"]
    side: str | None = readout.rows("attendees")[0]["side"] if readout.meeting.attendees else None
    speakers: str = readout.rows("statements")[0]["speakers"]
    assert (start, name) == (
        readout.meeting.participants[0].span.start,
        readout.meeting.participants[0].name,
    )
    assert minutes is None or minutes > 0
    assert side is None or side
    assert isinstance(speakers, str)


@pytest.mark.parametrize("path", SEEDS, ids=[path.stem for path in SEEDS])
def test_statement_rows_point_at_their_sentences(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    readout = readout_parser.parse(text)
    table = readout.rows("statements")
    assert len(table) == len(readout.statements)
    for row, statement in zip(table, readout.statements, strict=True):
        assert (row["span_start"], row["span_end"]) == (statement.span.start, statement.span.end)
        assert row["text"] == statement.text
        assert row["speakers"] == "; ".join(p.name for p in statement.speakers)
        assert row["section"] == ".".join(map(str, statement.where))


def test_participant_rows_follow_the_principals() -> None:
    readout = readout_parser.parse(SEEDS[1].read_text(encoding="utf-8"))
    table = readout.rows("participants")
    assert [row["name"] for row in table] == [p.name for p in readout.meeting.participants]
    assert [row["index"] for row in table] == list(range(len(table)))


def test_participant_rows_point_at_their_mentions() -> None:
    text = (
        "Japan-U.S. Relations\nMarch 16, 2017\nOn March 16, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs, held a meeting with the Honorable Rex W. Tillerson, Secretary of State "
        "of the United States."
    )
    covered = []
    for row in readout_parser.parse(text).rows("participants"):
        start, end = row["span_start"], row["span_end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        covered.append(text[start:end])
    assert covered == [
        "Mr. Fumio Kishida, Minister for Foreign Affairs",
        "the Honorable Rex W. Tillerson, Secretary of State of the United States",
    ]


def test_attendee_rows_follow_the_attendance_note() -> None:
    text = (
        "Japan-U.S. Relations\nMarch 16, 2017\nOn March 16, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs, held a meeting with the Honorable Rex W. Tillerson, Secretary of State "
        "of the United States (attending on the U.S. side were U.S. Ambassador to Japan Roos "
        "and Acting Assistant Secretary Thornton, among others)."
    )
    readout = readout_parser.parse(text)
    table = readout.rows("attendees", file="a.txt")
    assert [(row["side"], row["name"], row["title"]) for row in table] == [
        ("U.S.", "Roos", "U.S. Ambassador to Japan"),
        ("U.S.", "Thornton", "Acting Assistant Secretary"),
    ]
    assert [row["index"] for row in table] == [0, 1]
    people = [attendee.person for attendee in readout.meeting.attendees]
    assert [(row["span_start"], row["span_end"]) for row in table] == [
        (person.span.start, person.span.end) for person in people
    ]
    assert [person.span.slice(text) for person in people] == [
        "U.S. Ambassador to Japan Roos",
        "Acting Assistant Secretary Thornton",
    ]


def test_an_unknown_table_names_the_tables() -> None:
    with pytest.raises(ValueError, match="meetings, participants, attendees, statements"):
        # A name from outside the program: a type checker would refuse it.
        readout_parser.parse("May 9, 2018").rows("people")  # type: ignore[call-overload]


def test_the_command_line_writes_the_table_as_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--table", "statements", str(SEEDS[1]), str(SEEDS[4])]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "\r" not in out
    read = list(csv.DictReader(io.StringIO(out)))
    expected = [
        *readout_parser.parse(SEEDS[1].read_text(encoding="utf-8")).statements,
        *readout_parser.parse(SEEDS[4].read_text(encoding="utf-8")).statements,
    ]
    assert [row["text"] for row in read] == [s.text for s in expected]
    assert {row["file"] for row in read} == {str(SEEDS[1]), str(SEEDS[4])}
    assert out.splitlines()[0] == ",".join(COLUMNS["statements"])


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_the_table_is_utf_8_whatever_standard_outputs_encoding(
    tmp_path: Path, encoding: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Japan-Türkiye Relations\nJapan-Türkiye Foreign Ministers’ Meeting\nMay 9, 2018\n"
        "The two sides met.",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "readout_parser", "--table", "meetings", str(page)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    (row,) = csv.DictReader(io.StringIO(done.stdout.decode("utf-8")))
    assert row["category"] == "Japan-Türkiye Relations"
    assert row["title"] == "Japan-Türkiye Foreign Ministers’ Meeting"


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_standard_output_has_its_encoding_back_after_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    # The switch to UTF-8 is the table's alone: what is written after it (a
    # caller's own messages, another run of main) is in the stream's encoding.
    page = tmp_path / "page.txt"
    page.write_text("Japan-Türkiye Relations\nMay 9, 2018\nThe two sides met.", encoding="utf-8")
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding)
    monkeypatch.setattr("sys.stdout", stream)
    assert main(["--table", "meetings", str(page)]) == ExitCode.OK
    assert stream.encoding == encoding
    (row,) = csv.DictReader(io.StringIO(raw.getvalue().decode("utf-8")))
    assert row["category"] == "Japan-Türkiye Relations"


class _AsciiStream(io.StringIO):
    """An output stream in ASCII that cannot be switched to UTF-8 (an IDE's console)."""

    encoding = "ascii"


def test_the_table_escapes_what_a_stream_not_taking_utf_8_cannot_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Japan-Türkiye Relations\nMay 9, 2018\nThe two sides met.", encoding="utf-8")
    stream = _AsciiStream()
    monkeypatch.setattr("sys.stdout", stream)
    assert main(["--table", "meetings", str(page)]) == ExitCode.OK
    out = stream.getvalue()
    assert out.isascii()
    assert "Japan-T\\xfcrkiye Relations" in out


def test_the_csv_writes_booleans_as_the_codebook_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Japan-Chile Relations\nMay 9, 2018\nOn May 9, from 10:00 a.m. for approximately 30 "
        "minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Roberto "
        "Ampuero, Minister of Foreign Affairs of Chile.",
        encoding="utf-8",
    )
    assert main(["--table", "meetings", str(page)]) == ExitCode.OK
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["duration_approximate"] == "true"
    assert row["duration_minutes"] == "30.0"
    page.write_text(
        page.read_text(encoding="utf-8").replace("for approximately 30", "for 30"), encoding="utf-8"
    )
    assert main(["--table", "meetings", str(page)]) == ExitCode.OK
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["duration_approximate"] == "false"


# A row of a codebook table in docs/api.md and the columns its first cell
# names: "| `span_start`, `span_end` | integers | ... |".
CODEBOOK_ROW = re.compile(r"^\| ((?:`\w+`(?:, )?)+) \|", re.MULTILINE)
CODEBOOK_NAME = re.compile(r"`(\w+)`")


def _codebook() -> dict[str, list[str]]:
    """The columns each codebook table of docs/api.md describes, by the table it opens with."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    section = text.split("## Tables for datasets", 1)[1].split("\n## ", 1)[0]
    described: dict[str, list[str]] = {}
    for part in section.split("\nThe `")[1:]:
        described[part.split("`", 1)[0]] = [
            name for cell in CODEBOOK_ROW.findall(part) for name in CODEBOOK_NAME.findall(cell)
        ]
    described["common"] = [
        name
        for cell in CODEBOOK_ROW.findall(section.split("\nThe `")[0])
        for name in CODEBOOK_NAME.findall(cell)
    ]
    return described


def test_the_codebook_describes_every_column_once() -> None:
    described = _codebook()
    common = described.pop("common")
    assert common == ["file", "date", "meeting_date"]
    assert sorted(described) == sorted(TABLES)
    for table, columns in described.items():
        assert sorted(common + columns) == sorted(COLUMNS[table]), table


def test_a_path_given_as_the_file_is_kept_as_its_string() -> None:
    readout = readout_parser.parse("May 9, 2018\nThe two sides met.")
    [row] = readout.rows("meetings", file=Path("pages") / "a.txt")
    assert row["file"] == str(Path("pages") / "a.txt")
    assert type(row["file"]) is str


def test_speaker_indexes_join_each_statement_to_its_speakers_rows(corpus_text: str) -> None:
    readout = readout_parser.parse(corpus_text)
    people = {row["index"]: row["name"] for row in rows(readout, "participants")}
    for row in rows(readout, "statements"):
        indexes = [int(i) for i in str(row["speaker_indexes"]).split("; ") if i]
        names = [name for name in str(row["speakers"]).split("; ") if name]
        assert [people[i] for i in indexes] == names


def test_a_statement_row_names_the_heading_over_it() -> None:
    text = (
        "Japan-United States of America Relations\nMarch 16, 2017\nOn March 16, Mr. Fumio "
        "Kishida, Minister for Foreign Affairs, held a meeting with the Honorable Rex W. "
        "Tillerson, Secretary of State of the United States of America.\n"
        "1. Bilateral relations\n(1) Minister Kishida stated that the alliance is strong.\n"
        "(2) Secretary Tillerson stated that he agreed.\n"
        "2. Regional affairs\nThe two ministers discussed North Korea.\n"
        # The site repeated a number: the sections are told apart by where they lie.
        "2. Climate change\nThe two ministers agreed to cooperate.\n"
    )
    got = [
        (row["section"], row["section_heading"])
        for row in rows(readout_parser.parse(text), "statements")
    ]
    assert got == [
        ("", None),
        ("1.1", "Bilateral relations"),
        ("1.2", "Bilateral relations"),
        ("2", "Regional affairs"),
        ("2", "Climate change"),
    ]
