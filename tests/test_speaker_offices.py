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
    # Written with a space or a hyphen, in the lead or the body: one office.
    (
        "Mr. Jens Stoltenberg, Secretary General of the North Atlantic Treaty Organization (NATO)",
        "The Secretary General stated that the partnership was important.",
        "Stoltenberg",
    ),
    (
        "Mr. Jens Stoltenberg, Secretary General of the North Atlantic Treaty Organization (NATO)",
        "The Secretary-General stated that the partnership was important.",
        "Stoltenberg",
    ),
    (
        "Mr. Jens Stoltenberg, Secretary-General of NATO",
        "The Secretary General stated that the partnership was important.",
        "Stoltenberg",
    ),
    (
        "Dr. Angela Merkel, Federal Chancellor of the Federal Republic of Germany",
        "The Chancellor stated that Germany values the partnership.",
        "Merkel",
    ),
    # An office of several words that only the counterpart's office holds.
    (
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al-Saud, Deputy Crown "
        "Prince, Second Deputy Prime Minister and Minister of Defense of the Kingdom of Saudi "
        "Arabia",
        "The Deputy Crown Prince stated that Saudi Arabia is pursuing reforms.",
        "Al-Saud",
    ),
    (
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al-Saud, Deputy Crown "
        "Prince, Second Deputy Prime Minister and Minister of Defense of the Kingdom of Saudi "
        "Arabia",
        "The Minister of Defense stated that Saudi Arabia is pursuing reforms.",
        "Al-Saud",
    ),
    # As written as well as in the one spelling compared ("Federal Foreign Minister").
    (
        "Ms. Annalena Baerbock, Federal Minister for Foreign Affairs of the Federal Republic of "
        "Germany",
        "The Federal Minister also stated that she would like to visit Japan.",
        "Baerbock",
    ),
    (
        "Ms. Annalena Baerbock, Federal Minister for Foreign Affairs of the Federal Republic of "
        "Germany",
        "The Federal Foreign Minister stated that Germany values the partnership.",
        "Baerbock",
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
    (
        "Dr. Ngozi Okonjo-Iweala, Director-General of the World Trade Organization",
        "The Director-General stated that the WTO values the partnership.",
        "Okonjo-Iweala",
    ),
    (
        "Mr. Bhupendra Patel, Chief Minister of the State of Gujarat of the Republic of India",
        "The Chief Minister stated that Gujarat values the partnership.",
        "Patel",
    ),
    # "High" makes a lesser office of no name here: the High Commissioner is one office.
    (
        "Mr. Filippo Grandi, United Nations High Commissioner for Refugees",
        "The High Commissioner stated that UNHCR values the partnership.",
        "Grandi",
    ),
    (
        "Mr. Valdis Dombrovskis, European Commissioner for Trade",
        "The Commissioner stated that the EU values the partnership.",
        "Dombrovskis",
    ),
    # A field an office is for names no other country.
    (
        "H.E. Ms. Ana Silva, Secretary of Human Rights of Ruritania",
        "The Secretary of Human Rights stated her support.",
        "Silva",
    ),
    # A Foreign Minister is a Minister of External Affairs.
    (
        "Dr. S. Jaishankar, Minister of External Affairs of India",
        "The Indian Foreign Minister stated his support.",
        "Jaishankar",
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


# Offices named with a side, where two principals hold offices of one kind:
# the side picks the principal out; another country's office is no principal's.
SIDE_CASES = [
    # (sentence, family names of the speakers, other speaker)
    ("The Prime Minister of India stated that India values the partnership.", ["Modi"], None),
    ("The Indian Prime Minister stated that India values the partnership.", ["Modi"], None),
    ("The Japanese Prime Minister stated that Japan values the partnership.", ["Abe"], None),
    (
        "The Prime Minister of Australia stated that Australia values the partnership.",
        [],
        "Prime Minister of Australia",
    ),
    # Held by both: no one, and no other speaker either.
    ("The Prime Minister stated that the partnership matters.", [], None),
    # The office is not the principal's: Japan's Ambassador is not its Prime Minister.
    ("The Japanese Ambassador stated that the partnership matters.", [], None),
]


@pytest.mark.parametrize(
    ("sentence", "families", "other"), SIDE_CASES, ids=[case[0][:28] for case in SIDE_CASES]
)
def test_an_office_named_with_its_side_names_that_sides_principal(
    sentence: str, families: list[str], other: str | None
) -> None:
    readout = readout_parser.parse(
        f"{HEAD}H.E. Mr. Narendra Modi, Prime Minister of India.\n1. {sentence}"
    )
    assert [p.family_name for p in readout.meeting.participants] == ["Abe", "Modi"]
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.other_speaker) == (
        families,
        other,
    )


def test_a_foreign_minister_is_the_minister_for_foreign_affairs_of_the_side() -> None:
    readout = readout_parser.parse(
        "Japan-Mongolia Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono, Minister for Foreign "
        "Affairs of Japan, held a meeting with H.E. Ms. Battsetseg Batmunkh, Minister for "
        "Foreign Affairs of Mongolia.\n1. The Mongolian Foreign Minister stated her support.\n"
    )
    statement = readout.statements[-1]
    assert [p.family_name for p in statement.speakers] == ["Batmunkh"]


# A lesser office of the same name is not the office: "Vice Chairman" holds no
# "Chairman", "Emirates" no "Emir".
LESSER_CASES = [
    # (counterpart, sentence, other speaker)
    (
        "Mr. Zhang Youxia, Vice Chairman of the Central Military Commission of China",
        "Chairman Xi Jinping stated that China values peace.",
        "Chairman Xi Jinping",
    ),
    (
        "H.E. Mr. Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab "
        "Emirates",
        "The Emir stated his view.",
        None,
    ),
    (
        "The Honorable John Sullivan, Deputy Secretary of State of the United States",
        "The Secretary stated that the alliance was strong.",
        None,
    ),
    (
        "Ms. Wendy Sherman, Deputy Secretary of State of the United States",
        "Secretary Blinken stated that the alliance was strong.",
        "Secretary Blinken",
    ),
    # A body a principal's office names is no office.
    (
        "H.E. Mr. Koro Bessho, President of the United Nations Security Council",
        "The Security Council stated its concern over the situation.",
        None,
    ),
    # An office of several words within a lesser one.
    (
        "The Honorable John Sullivan, Deputy Secretary of State of the United States",
        "The Secretary of State stated that the alliance was strong.",
        "Secretary of State",
    ),
]


@pytest.mark.parametrize(
    ("counterpart", "sentence", "other"), LESSER_CASES, ids=[c[1][:24] for c in LESSER_CASES]
)
def test_an_office_within_a_lesser_one_names_no_principal(
    counterpart: str, sentence: str, other: str | None
) -> None:
    readout = readout_parser.parse(f"{HEAD}{counterpart}.\n1. {sentence}")
    statement = readout.statements[-1]
    assert (statement.speakers, statement.other_speaker) == ((), other)
