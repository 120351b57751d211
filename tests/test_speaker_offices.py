"""A principal called by their office alone in the body: "The Chancellor stated ...".

Each row is a counterpart as a lead names them (Prime Minister Abe's guest)
and a body sentence that calls them by an office only they hold; the
sentence reports that counterpart speaking. Abe is a "Prime Minister", so
"Minister" alone names no one.
"""

from __future__ import annotations

import pytest

import readout_parser

HEAD = (
    "Japan's Foreign Policy\nMarch 16, 2017\n"
    "On March 16, Mr. Shinzo Abe, Prime Minister of Japan, held a meeting with "
)

CASES = [
    # (counterpart, sentence, family name)
    (
        "Dr. Angela Merkel, Federal Chancellor of the Federal Republic of Germany",
        "The Chancellor stated that Germany values the partnership.",
        "Merkel",
    ),
    (
        "Mr. Li Keqiang, Premier of the State Council of the People's Republic of China",
        "The Premier stated that China values the partnership.",
        "Li",
    ),
    (
        "His Majesty King Abdullah II bin Al Hussein, King of the Hashemite Kingdom of Jordan",
        "The King stated that Jordan values the partnership.",
        "Al Hussein",
    ),
    (
        "Mr. Wang Yi, State Councilor and Minister of Foreign Affairs of the People's Republic "
        "of China",
        "The State Councilor stated that China values the partnership.",
        "Wang",
    ),
    (
        "Mr. Josep Borrell, High Representative of the European Union for Foreign Affairs and "
        "Security Policy",
        "The High Representative stated that the EU values the partnership.",
        "Borrell",
    ),
    (
        "Mr. António Guterres, Secretary-General of the United Nations",
        "The Secretary-General stated that the UN values the partnership.",
        "Guterres",
    ),
    (
        "Mr. Emmanuel Macron, President of the French Republic",
        "The President stated that France values the partnership.",
        "Macron",
    ),
]


@pytest.mark.parametrize(
    ("counterpart", "sentence", "family"), CASES, ids=[case[1][:24] for case in CASES]
)
def test_an_office_only_the_counterpart_holds_names_them(
    counterpart: str, sentence: str, family: str
) -> None:
    readout = readout_parser.parse(f"{HEAD}{counterpart}.\n1. {sentence}")
    assert [p.family_name for p in readout.meeting.participants] == ["Abe", family]
    statement = readout.statements[-1]
    assert statement.text == sentence
    assert ([p.family_name for p in statement.speakers], statement.verb) == ([family], "stated")
