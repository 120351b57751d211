"""Properties of meeting extraction over generated leads and arbitrary text.

- A lead generated from the grammar (:func:`strategies.leads.leads`) comes
  back with exactly the facts it was generated from.
- Any text at all, cut into paragraphs anyhow, gives a :class:`Meeting`
  whose spans lie inside the input and whose diagnostics carry ``meeting-``
  codes; nothing raises.
"""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from golden_cases import extract_meeting
from readout_parser import parse
from readout_parser.diagnostics import MEETING_CODES, MEETING_INVALID_DATE
from readout_parser.meeting import Located, read_meeting
from readout_parser.model import Meeting, MeetingSpans, Paragraph, Readout, Span
from strategies.leads import GeneratedLead, leads, spoken_number
from strategies.readouts import MONTHS, tricky_texts


def _read(generated: GeneratedLead) -> Meeting:
    text = generated.text
    meeting, diagnostics = extract_meeting(
        text, [Paragraph(text, Span(0, len(text)))], None, generated.page_date
    )
    assert diagnostics == ()
    return meeting


@given(leads())
def test_generated_lead_gives_back_its_time_facts(generated: GeneratedLead) -> None:
    meeting = _read(generated)
    assert meeting.date == generated.date
    assert meeting.start == generated.start
    assert meeting.start_qualifier == generated.start_qualifier
    assert meeting.time_zone == generated.time_zone
    assert meeting.japan_time == generated.japan_time
    minutes = None if meeting.duration is None else meeting.duration.total_seconds() / 60
    assert minutes == generated.duration_minutes
    assert meeting.duration_approximate == generated.duration_approximate


@given(leads())
def test_generated_lead_gives_back_its_people_and_manner(generated: GeneratedLead) -> None:
    meeting = _read(generated)
    got = [(p.honorific, p.name, p.title, p.family_name) for p in meeting.participants]
    assert got == [attrs.astuple(person) for person in generated.participants]
    assert (meeting.format, meeting.occasion) == (generated.format, generated.occasion)
    assert meeting.location == generated.location
    assert meeting.attendees == ()


@given(leads())
def test_every_span_shows_what_was_read(generated: GeneratedLead) -> None:
    meeting = _read(generated)
    text = generated.text
    spans = meeting.spans
    if meeting.location is not None:
        assert spans.location is not None
        assert text[spans.location.start : spans.location.end] == meeting.location
    if meeting.time_zone is not None:
        assert spans.time_zone is not None
        assert text[spans.time_zone.start : spans.time_zone.end] == meeting.time_zone
    for person in meeting.participants:
        assert person.name in text[person.span.start : person.span.end]
    assert (spans.start is None) == (meeting.start is None)
    assert (spans.duration is None) == (meeting.duration is None)


@given(leads())
def test_meeting_round_trips_through_to_dict(generated: GeneratedLead) -> None:
    readout = Readout(meeting=_read(generated))
    assert Readout.from_dict(readout.to_dict()) == readout


def test_spoken_numbers_are_read_back() -> None:
    def minutes(spoken: str) -> float | None:
        text = f"On May 9, for {spoken} minutes, Mr. Aa Bb held a meeting with Mr. Cc Dd."
        meeting, _ = read_meeting([Located.at(text)], None, datetime.date(2020, 5, 9))
        return None if meeting.duration is None else meeting.duration.total_seconds() / 60

    assert [minutes(spoken_number(n)) for n in range(1, 60)] == list(range(1, 60))


# -- arbitrary input --------------------------------------------------------------


def _all_spans(meeting: Meeting) -> list[Span]:
    found = [
        getattr(meeting.spans, field.name)
        for field in attrs.fields(MeetingSpans)
        if getattr(meeting.spans, field.name) is not None
    ]
    found.extend(person.span for person in meeting.participants)
    found.extend(attendee.person.span for attendee in meeting.attendees)
    return found


def _check(source: str, meeting: Meeting, diagnostics: tuple[object, ...]) -> None:
    assert isinstance(meeting, Meeting)
    for span in _all_spans(meeting):
        assert 0 <= span.start <= span.end <= len(source)
    for diagnostic in diagnostics:
        code = getattr(diagnostic, "code", "")
        assert code in MEETING_CODES
        span = getattr(diagnostic, "span", Span(-1, -1))
        assert 0 <= span.start <= span.end <= len(source)


_dates = st.none() | st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31))


# Cuts anywhere, inside the text or not; a Span never ends before it starts.
_cuts = st.lists(st.tuples(st.integers(), st.integers()).map(sorted).map(tuple), max_size=4)


@given(st.text(), _cuts, _dates)
def test_arbitrary_text_gives_a_meeting(
    source: str, cuts: list[tuple[int, int]], page_date: datetime.date | None
) -> None:
    paragraphs = [Paragraph("", Span(a, b)) for a, b in cuts] or [
        Paragraph(source, Span(0, len(source)))
    ]
    meeting, diagnostics = extract_meeting(
        source, paragraphs, Span(0, min(20, len(source))), page_date
    )
    _check(source, meeting, diagnostics)


@given(tricky_texts(), _dates)
def test_tricky_text_gives_a_meeting(source: str, page_date: datetime.date | None) -> None:
    meeting, diagnostics = extract_meeting(
        source, [Paragraph(source, Span(0, len(source)))], None, page_date
    )
    _check(source, meeting, diagnostics)


_LEAD_WORDS = st.sampled_from(
    [
        "On",
        "May 24,",
        "December 31",
        "commencing at",
        "around",
        "2:15 p.m.",
        "25:70",
        "18:40",
        "(local time;",
        "Japan time)",
        "for approximately",
        "one hour and 20 minutes",
        "95minutes",
        "Mr.",
        "H.E.",
        "the Honorable",
        "MOTEGI Toshimitsu,",
        "Minister for Foreign Affairs of Japan,",
        "held a meeting with",
        "who was visiting",
        "Seoul,",
        "(attending on the U.S. side were",
        "and",
        ";",
        "among others)",
        "Prime Minister",
        "of",
        "in",
        "at the",
        ".",
        "(",
        ")",
        "\u00a0",
        "\n",
    ]
)


@given(st.lists(_LEAD_WORDS, max_size=60), _dates)
def test_shuffled_lead_words_give_a_meeting(
    words: list[str], page_date: datetime.date | None
) -> None:
    source = " ".join(words)
    meeting, diagnostics = extract_meeting(
        source, [Paragraph(source, Span(0, len(source)))], None, page_date
    )
    _check(source, meeting, diagnostics)


def test_huge_input_is_read_only_in_part() -> None:
    source = "On May 24, commencing at 2:15 p.m., Mr. Cc Dd held a meeting with " + (
        "Mr. Aa Bb, Minister, " * 50_000
    )
    meeting, _ = extract_meeting(source, [Paragraph(source, Span(0, len(source)))], None, None)
    assert meeting.start == datetime.time(14, 15)
    assert all(person.span.end <= 7000 for person in meeting.participants)


_TOKEN_PIECES = st.sampled_from(
    [
        *("Kishida", "Affairs", "2017", "16", "9:20", "p.m.", "a.m", "H.E.", "Jos?", "Kono’s"),
        *("O'Brien", "Dato'Amran", "95minutes", "(", ")", ",", ".", ";", ":", "-", "?", "’"),
        *("\u0301", "²", "x"),
    ]
)


@given(st.lists(st.lists(_TOKEN_PIECES, min_size=1, max_size=4).map("".join), max_size=12))
def test_tokens_cover_the_text_in_order(chunks: list[str]) -> None:
    from readout_parser.meeting.tokens import tokenize

    text = " ".join(chunks)
    tokens = tokenize(text)
    assert [text[a:b] for a, b in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert "".join(tokens.words) == text.replace(" ", "")
    assert all(a < b for a, b in zip(tokens.starts, tokens.starts[1:], strict=False))
    # A text is split at its spaces first: each chunk splits as it would alone.
    alone = [word for chunk in chunks for word in tokenize(chunk).words]
    assert tokens.words == alone


def _nearest(month: int, day: int, page_date: datetime.date) -> datetime.date | None:
    """The day *month*/*day* nearest *page_date*, the earlier on a tie; None past half a year.

    Found by walking out from the page date a day at a time, both ways.
    """
    for offset in sorted(range(-183, 184), key=lambda offset: (abs(offset), offset)):
        day_seen = page_date + datetime.timedelta(days=offset)
        if (day_seen.month, day_seen.day) == (month, day):
            return day_seen
    return None


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 31),
)
def test_a_lead_day_without_a_year_is_the_nearest_to_the_page_date(
    page_date: datetime.date, month: int, day: int
) -> None:
    # The page's date line gives the year: the meeting is the day of that
    # name nearest the page, within half a year, or no date and a diagnostic.
    text = (
        f"Japan-China Relations\n"
        f"{MONTHS[page_date.month - 1]} {page_date.day}, {page_date.year}\n"
        f"On {MONTHS[month - 1]} {day}, Mr. Taro Kono, Minister for Foreign Affairs, "
        "held a meeting with Mr. Wang Yi, Minister of Foreign Affairs of China.\n"
    )
    readout = parse(text)
    expected = _nearest(month, day, page_date)
    assert readout.meeting.date == expected
    codes = [d.code for d in readout.diagnostics]
    assert codes == ([] if expected is not None else [MEETING_INVALID_DATE])


@pytest.mark.parametrize(
    ("page_date", "lead_day", "expected"),
    [
        # 183 days each way: the earlier, as a readout follows its meeting.
        pytest.param(datetime.date(2020, 1, 1), "July 2", datetime.date(2019, 7, 2), id="tie"),
        # A leap day 183 days before the page is still read; 184 is too far.
        pytest.param(
            datetime.date(2020, 8, 30), "February 29", datetime.date(2020, 2, 29), id="183-days"
        ),
        pytest.param(datetime.date(2020, 8, 31), "February 29", None, id="184-days"),
        # Nearer in the year after than in the page's own year.
        pytest.param(datetime.date(2019, 12, 28), "June 20", datetime.date(2020, 6, 20), id="next"),
        pytest.param(datetime.date(2020, 1, 5), "July 20", datetime.date(2019, 7, 20), id="prev"),
    ],
)
def test_lead_day_at_the_edges_of_half_a_year(
    page_date: datetime.date, lead_day: str, expected: datetime.date | None
) -> None:
    text = (
        f"Japan-China Relations\n"
        f"{MONTHS[page_date.month - 1]} {page_date.day}, {page_date.year}\n"
        f"On {lead_day}, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with "
        "Mr. Wang Yi, Minister of Foreign Affairs of China.\n"
    )
    assert parse(text).meeting.date == expected
