"""How far a lead is read: the meeting sentence where copies put it, and long titles.

Each case is a lead of a shape the site's pages have (background sentences
before the meeting sentence, a sentence a copy cut with blank lines, an
office given in parentheses) and what a reader writes down from it: who
met, with the office each holds, on what day.
"""

from __future__ import annotations

import datetime

import pytest

from readout_parser import parse
from readout_parser.meeting import Located, read_meeting

HEADER = "Japan-Chile Relations\nMay 9, 2018\n\n"
BODY = "\n\n1. Bilateral relations\nThe two ministers welcomed the progress in trade.\n"
MEETING = (
    "On May 9, commencing at 3:00 p.m. for approximately 45 minutes, Mr. Taro Kono, "
    "Minister for Foreign Affairs of Japan, held a meeting with Mr. Roberto Ampuero, "
    "Minister of Foreign Affairs of Chile. The overview is as follows."
)
JORDAN = "Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan"
KONO = ("Taro Kono", "Minister for Foreign Affairs of Japan")
AMPUERO = ("Roberto Ampuero", "Minister of Foreign Affairs of Chile")

# Background sentences a lead may open with; none tells who held a meeting.
VISIT = "Minister Ampuero is visiting Japan from May 8 to 11 as a Guest of the Ministry."
FIRST = "This is his first visit to Japan as Minister."


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(MEETING, id="first-sentence"),
        pytest.param(f"{VISIT} {MEETING}", id="second-sentence"),
        pytest.param(f"{VISIT} {FIRST} {MEETING}", id="third-sentence"),
    ],
)
def test_the_meeting_sentence_may_follow_two_sentences_of_background(lead: str) -> None:
    readout = parse(HEADER + lead + BODY)
    assert [paragraph.text for paragraph in readout.lead] == [lead]
    meeting = readout.meeting
    assert meeting.date == datetime.date(2018, 5, 9)
    assert meeting.start == datetime.time(15, 0)
    assert [(person.name, person.title) for person in meeting.participants] == [KONO, AMPUERO]


def read_lead(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Who met, by name and office, in a lead of *paragraphs* (blank lines between)."""
    located = []
    at = 0
    for paragraph in paragraphs:
        located.append(Located.at(paragraph, at))
        at += len(paragraph) + 2
    meeting, _ = read_meeting(located, None, datetime.date(2018, 5, 9))
    return [(person.name, person.title) for person in meeting.participants]


def test_a_lead_sentence_a_copy_cut_into_six_paragraphs_is_read_whole() -> None:
    # A blank line after each phrase: every paragraph but the last ends on a
    # comma or on "with", so all six are one sentence, and the last piece
    # holds the counterpart's office.
    pieces = (
        "On May 9, commencing at 3:00 p.m. for approximately 45 minutes,",
        "Mr. Taro Kono,",
        "Minister for Foreign Affairs of Japan,",
        "held a meeting with",
        "Mr. Roberto Ampuero,",
        "Minister of Foreign Affairs of Chile. The overview is as follows.",
    )
    assert read_lead(*pieces) == [KONO, AMPUERO]


def test_the_meeting_sentence_may_stand_in_the_sixth_lead_paragraph() -> None:
    # Five paragraphs of background, none telling who held a meeting, then
    # the meeting sentence with its day.
    background = (
        VISIT,
        FIRST,
        "It is the first visit by a Foreign Minister of Chile in five years.",
        "Japan and Chile mark the 120th anniversary of their relations this year.",
        "The two countries are strategic partners.",
    )
    assert read_lead(*background, MEETING) == [KONO, AMPUERO]


@pytest.mark.parametrize(
    ("lead", "people"),
    [
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with "
            "Mr. Ayman Safadi (Minister of Foreign Affairs and Expatriates of the Hashemite "
            "Kingdom of Jordan).",
            [KONO, ("Ayman Safadi", JORDAN)],
            id="office-of-twelve-words",
        ),
        pytest.param(
            "On May 9, Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a "
            "telephone talk with the Rt Hon Dominic Raab MP (First Secretary of State and "
            "Secretary of State for Foreign, Commonwealth and Development Affairs of the United "
            "Kingdom).",
            [
                ("Toshimitsu Motegi", "Minister for Foreign Affairs of Japan"),
                (
                    "Dominic Raab",
                    "First Secretary of State and Secretary of State for Foreign, Commonwealth "
                    "and Development Affairs of the United Kingdom",
                ),
            ],
            # Eighteen words and a comma: as long as an office between commas may be.
            id="office-of-eighteen-words",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono (Minister for Foreign Affairs of Japan) held a trilateral "
            "meeting with Mr. Rex Tillerson (Secretary of State of the United States), and "
            "Ms. Kang Kyung-wha (Minister of Foreign Affairs of the Republic of Korea).",
            [
                KONO,
                ("Rex Tillerson", "Secretary of State of the United States"),
                ("Kang Kyung-wha", "Minister of Foreign Affairs of the Republic of Korea"),
            ],
            # ") , and": the list goes on after the closing bracket.
            id="list-after-an-office-in-parentheses",
        ),
    ],
)
def test_an_office_in_parentheses_after_a_name(
    lead: str, people: list[tuple[str, str | None]]
) -> None:
    assert read_lead(lead) == people
    text = HEADER + lead + BODY
    meeting = parse(text).meeting
    assert [(person.name, person.title) for person in meeting.participants] == people
    for person in meeting.participants:
        # The mention ends on the bracket closing its office, where it has one.
        closed = f"({person.title})"
        mention = person.span.slice(text)
        assert mention.endswith(closed) if closed in lead else mention.endswith(str(person.title))


YAMADA = "Mr. Shigeo Yamada, Ambassador of Japan to Chile"
AYARES = "Mr. Gustavo Ayares, Ambassador of Chile to Japan"
YAMADA_READ = ("Shigeo Yamada", "Ambassador of Japan to Chile", None)
AYARES_READ = ("Gustavo Ayares", "Ambassador of Chile to Japan", None)


@pytest.mark.parametrize(
    ("note", "attendees"),
    [
        # The words of the cue stand before the word it is found by
        # ("attend", "present"): up to 13 characters of "were also in ".
        pytest.param(
            f"{YAMADA}, and {AYARES}, were also in attendance.",
            [YAMADA_READ, AYARES_READ],
            id="were-also-in-attendance",
        ),
        pytest.param(
            f"{YAMADA}, was also in attendance.",
            [YAMADA_READ],
            id="was-also-in-attendance",
        ),
        pytest.param(
            f"{YAMADA}, and {AYARES}, were also present.",
            [YAMADA_READ, AYARES_READ],
            id="were-also-present",
        ),
        pytest.param(
            f"Those who attended from the Japanese side were {YAMADA}, and others.",
            [("Shigeo Yamada", "Ambassador of Japan to Chile", "Japanese")],
            id="those-who-attended",
        ),
    ],
)
def test_an_attendance_note_whose_cue_opens_before_its_key_word(
    note: str, attendees: list[tuple[str, str | None, str | None]]
) -> None:
    lead = MEETING.replace(" The overview", f" {note} The overview")
    meeting = parse(HEADER + lead + BODY).meeting
    assert [(person.name, person.title) for person in meeting.participants] == [KONO, AMPUERO]
    read = [(a.person.name, a.person.title, a.side) for a in meeting.attendees]
    assert read == attendees


def test_a_lead_sentence_cut_by_two_blank_lines_is_no_caption() -> None:
    pieces = (
        "On May 9, commencing at 3:00 p.m. for approximately 45 minutes, Mr. Taro Kono,",
        "Minister for Foreign Affairs of Japan, held a meeting with",
        "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile. The overview is as follows.",
    )
    readout = parse(HEADER + "\n\n".join(pieces) + BODY)
    assert readout.photos == ()
    assert [(p.name, p.title) for p in readout.meeting.participants] == [KONO, AMPUERO]


def test_an_office_in_brackets_ends_before_a_clause_about_its_holder() -> None:
    lead = (
        "On May 9, Mr. Taro Kono (Minister for Foreign Affairs of Japan) held a meeting with "
        "H.E. Mr. Park Jin (Minister of Foreign Affairs of the Republic of Korea, who is "
        "visiting Japan to attend the Trilateral Foreign Ministers' Meeting)."
    )
    text = HEADER + lead + BODY
    park = parse(text).meeting.participants[1]
    assert park.title == "Minister of Foreign Affairs of the Republic of Korea"
    # The mention still takes in the whole bracket.
    assert park.span.slice(text).endswith("Foreign Ministers' Meeting)")
