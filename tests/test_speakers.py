"""Who speaks, sentence form by sentence form: a table of real phrasings.

Each row is a body sentence under a lead whose principals are Kishida (of
Japan) and Tillerson (of the United States), and the family names of the
principals the sentence reports speaking, with the verb.
"""

from __future__ import annotations

import pytest

import readout_parser

LEAD = (
    "Japan-U.S. Relations\nMarch 16, 2017\nOn March 16, Mr. Fumio Kishida, Minister for "
    "Foreign Affairs, held a meeting with the Honorable Rex W. Tillerson, Secretary of State "
    "of the United States of America.\n1. "
)

CASES = [
    # (sentence, speakers, verb)
    ("Minister Kishida stated that the alliance is strong.", ["Kishida"], "stated"),
    ("In response, Secretary Tillerson expressed his gratitude.", ["Tillerson"], "expressed"),
    ("The two ministers confirmed their cooperation.", ["Kishida", "Tillerson"], "confirmed"),
    ("Both sides shared the view that dialogue matters.", ["Kishida", "Tillerson"], "shared"),
    (
        "Minister Kishida and Secretary Tillerson agreed to meet.",
        ["Kishida", "Tillerson"],
        "agreed",
    ),
    ("The Japanese side explained its position.", ["Kishida"], "explained"),
    ("The U.S. side explained its position.", ["Tillerson"], "explained"),
    ("Japan proposed a plan.", ["Kishida"], "proposed"),
    ("The United States proposed a plan.", ["Tillerson"], "proposed"),
    ("The U.S. explained its position.", ["Tillerson"], "explained"),
    ("The Japan-U.S. Alliance is strong.", [], None),
    ("Japan will continue its support.", [], None),
    ("Minister Kishida was briefed by Secretary Tillerson.", ["Tillerson"], "briefed"),
    ("Minister Kishida was told by Secretary Tillerson that it mattered.", ["Tillerson"], "told"),
    (
        "Minister Kishida was given an explanation by Secretary Tillerson.",
        ["Tillerson"],
        "given",
    ),
    (
        "Minister Kishida was informed by Secretary Tillerson of America's position.",
        ["Tillerson"],
        "informed",
    ),
    (
        "Minister Kishida, welcoming the visit, stated that he was pleased.",
        ["Kishida"],
        "stated",
    ),
    (
        "Minister Kishida stated his view, and Secretary Tillerson responded in kind.",
        ["Kishida", "Tillerson"],
        "stated",
    ),
    (
        "Minister Kishida stated his view; Secretary Tillerson agreed.",
        ["Kishida", "Tillerson"],
        "stated",
    ),
    ("Minister Kishida welcomed the visit, and he expressed his hope.", ["Kishida"], "welcomed"),
    ("Minister Kishida stated that the two countries agreed on it.", ["Kishida"], "stated"),
    ("At the invitation of Secretary Tillerson, Minister Kishida spoke.", ["Kishida"], "spoke"),
    ("Minister Kishida welcomed Secretary Tillerson.", ["Kishida"], "welcomed"),
    ("Trade between the two countries doubled.", [], None),
    # A meal held or hosted is the meeting told, not a view held.
    ("The two ministers also held a working breakfast.", [], None),
    ("Minister Kishida hosted a breakfast for Secretary Tillerson.", [], None),
    ("The overview is as follows.", [], None),
]


@pytest.mark.parametrize(("sentence", "speakers", "verb"), CASES, ids=[c[0][:40] for c in CASES])
def test_speakers_of_a_sentence(sentence: str, speakers: list[str], verb: str | None) -> None:
    readout = readout_parser.parse(LEAD + sentence)
    assert [p.family_name for p in readout.meeting.participants] == ["Kishida", "Tillerson"]
    statement = readout.statements[-1]
    assert statement.text == sentence
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


def test_he_is_the_last_speaker_across_sentences() -> None:
    readout = readout_parser.parse(
        LEAD + "Secretary Tillerson stated his view. He also noted the date."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Tillerson"]


def test_he_after_a_joint_sentence_is_the_last_principal_who_spoke_alone() -> None:
    readout = readout_parser.parse(
        LEAD + "Secretary Tillerson stated his view. The two ministers confirmed their "
        "cooperation. He also noted the date."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Tillerson"]


def test_he_after_joint_sentences_alone_is_every_principal_of_them() -> None:
    readout = readout_parser.parse(
        LEAD + "The two ministers confirmed their cooperation. He also noted the date."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Kishida", "Tillerson"]


@pytest.mark.parametrize(
    ("side", "speakers"), [("The Chinese side", ["Wang"]), ("The Japanese side", ["Kono"])]
)
def test_a_side_no_office_names_is_the_counterpart_whose_office_names_none(
    side: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(
        "Japan-China Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono, Minister for Foreign "
        "Affairs, held a meeting with Mr. Wang Yi, State Councilor and Foreign Minister.\n1. "
        f"{side} stated that the case would be handled in accordance with law."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, "stated")


def test_an_office_held_by_one_principal_names_them() -> None:
    readout = readout_parser.parse(LEAD + "The Secretary responded positively.")
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Tillerson"]


def test_another_speaker_is_named() -> None:
    readout = readout_parser.parse(LEAD + "Ambassador Sasae explained the schedule.")
    statement = readout.statements[-1]
    assert (statement.speakers, statement.other_speaker) == ((), "Ambassador Sasae")
