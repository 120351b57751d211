"""The words of a lead sentence: how days, styles, name parts and verbs are written.

Each row is a lead phrase of a form the site's pages use (people named as
MOFA writes them) and what a reader takes from it: the day and the words
that state it, a person's style, name, family name and letters, and who
met whom.
"""

from __future__ import annotations

import datetime

import pytest

from readout_parser.meeting import Located, read_meeting
from readout_parser.model import Meeting, Person

KONO = "Mr. Taro Kono, Minister for Foreign Affairs of Japan,"


def read(lead: str, page_date: datetime.date = datetime.date(2018, 5, 9)) -> Meeting:
    meeting, _ = read_meeting([Located.at(lead)], None, page_date)
    return meeting


@pytest.mark.parametrize(
    ("opening", "page_date", "day", "evidence"),
    [
        # A weekday written with the day, before it or after it in brackets,
        # is part of the words that state the day.
        pytest.param(
            "On Thurs., September 22",
            datetime.date(2011, 9, 23),
            datetime.date(2011, 9, 22),
            "Thurs., September 22",
            id="weekday-abbreviated",
        ),
        pytest.param(
            "On September 24(Wednesday)",
            datetime.date(2014, 9, 25),
            datetime.date(2014, 9, 24),
            "September 24(Wednesday)",
            id="weekday-bracket-no-space",
        ),
        pytest.param(
            "On May 18 (Mon.), 2009",
            datetime.date(2009, 5, 19),
            datetime.date(2009, 5, 18),
            "May 18 (Mon.), 2009",
            id="weekday-bracket-and-year",
        ),
        pytest.param(
            "On Monday 18 May 2009",
            datetime.date(2009, 5, 19),
            datetime.date(2009, 5, 18),
            "Monday 18 May 2009",
            id="day-first-year-no-comma",
        ),
        pytest.param(
            "On Sept. 23rd",
            datetime.date(2011, 9, 26),
            datetime.date(2011, 9, 23),
            "Sept. 23rd",
            id="abbreviated-ordinal",
        ),
    ],
)
def test_the_words_stating_the_day(
    opening: str, page_date: datetime.date, day: datetime.date, evidence: str
) -> None:
    lead = f"{opening}, {KONO} held a meeting with Mr. Roberto Ampuero, Minister of Chile."
    meeting = read(lead, page_date)
    assert meeting.date == day
    assert meeting.spans.date is not None
    assert meeting.spans.date.slice(lead) == evidence


def counterpart(written: str) -> Person:
    meeting = read(f"On May 9, {KONO} held a meeting with {written}.")
    assert len(meeting.participants) == 2
    return meeting.participants[1]


@pytest.mark.parametrize(
    ("written", "honorific", "name", "family", "letters"),
    [
        # "Dame" is a style, like "Sir": never part of the name.
        pytest.param(
            "H.E. Dame Cindy Kiro, Governor General of New Zealand",
            "H.E. Dame",
            "Cindy Kiro",
            "Kiro",
            None,
            id="dame",
        ),
        # A generational suffix belongs to the name, not the family name.
        pytest.param(
            "H.E. Mr. Benigno S. Aquino III, President of the Republic of the Philippines",
            "H.E. Mr.",
            "Benigno S. Aquino III",
            "Aquino",
            None,
            id="generational-III",
        ),
        # Queen's Counsel: letters after the name, not a word of it.
        pytest.param(
            "Senator the Hon. George Brandis QC, Minister for Foreign Affairs of Australia",
            "Senator the Hon.",
            "George Brandis",
            "Brandis",
            "QC",
            id="post-nominal-QC",
        ),
        # A name word opening on an ʻokina, or on an apostrophe after a space.
        pytest.param(
            "Hon. Samiuela ʻAkilisi Pohiva, Prime Minister of the Kingdom of Tonga",
            "Hon.",
            "Samiuela ʻAkilisi Pohiva",
            "Pohiva",
            None,
            id="okina",
        ),
        pytest.param(
            "Hon. Samiuela 'Akilisi Pohiva, Prime Minister of the Kingdom of Tonga",
            "Hon.",
            "Samiuela 'Akilisi Pohiva",
            "Pohiva",
            None,
            id="apostrophe-opening-a-word",
        ),
        # An apostrophe for a letter at a word's end; a capitalised particle
        # opens the family name.
        pytest.param(
            "H.E. Mr. Mohammed Shia' Al Sudani, Prime Minister of the Republic of Iraq",
            "H.E. Mr.",
            "Mohammed Shia' Al Sudani",
            "Al Sudani",
            None,
            id="apostrophe-closing-a-word",
        ),
        # A particle joined by a hyphen, in lower case.
        pytest.param(
            "Dr. Riyad al-Maliki, Minister of Foreign Affairs and Expatriates of the State of "
            "Palestine",
            "Dr.",
            "Riyad al-Maliki",
            "al-Maliki",
            None,
            id="particle-joined-by-a-hyphen",
        ),
        pytest.param(
            "H.E. Dr. Alexander Van der Bellen, Federal President of the Republic of Austria",
            "H.E. Dr.",
            "Alexander Van der Bellen",
            "Van der Bellen",
            None,
            id="capital-particle-before-lower-case",
        ),
        pytest.param(
            "H.E. Mr. Jean-Yves Le Drian, Minister for Europe and Foreign Affairs of the French "
            "Republic",
            "H.E. Mr.",
            "Jean-Yves Le Drian",
            "Le Drian",
            None,
            id="capital-particle",
        ),
        pytest.param(
            "H.E. Ms. Maria E. Gomes, Minister of Foreign Affairs of the Republic of Angola",
            "H.E. Ms.",
            "Maria E. Gomes",
            "Gomes",
            None,
            id="initial-is-no-particle",
        ),
        pytest.param(
            "H.E. Ms. Maria E Gomes, Minister of Foreign Affairs of the Republic of Angola",
            "H.E. Ms.",
            "Maria E Gomes",
            "Gomes",
            None,
            id="initial-without-its-stop-is-no-particle",
        ),
        # Letters after a name set off one by one with commas.
        pytest.param(
            "the Most Honourable Andrew Holness, ON, PC, MP, Prime Minister of Jamaica",
            "the Most Honourable",
            "Andrew Holness",
            "Holness",
            "ON, PC, MP",
            id="post-nominals-between-commas",
        ),
        # A Dutch particle inside the name; the family name keeps it.
        pytest.param(
            "Mr. Relus ter Beek, Minister of Defence of the Netherlands",
            "Mr.",
            "Relus ter Beek",
            "ter Beek",
            None,
            id="particle-ter",
        ),
    ],
)
def test_the_parts_of_a_name(
    written: str, honorific: str, name: str, family: str, letters: str | None
) -> None:
    person = counterpart(written)
    assert (person.honorific, person.name, person.family_name, person.post_nominal) == (
        honorific,
        name,
        family,
        letters,
    )


@pytest.mark.parametrize(
    "verb",
    ["held a meeting", "co-chaired the Japan-Mekong Foreign Ministers' Meeting", "hosted a lunch"],
)
def test_the_verb_after_a_clause_on_the_visit_tells_the_meeting(verb: str) -> None:
    # "..., who is visiting Viet Nam, co-chaired ... with Mr. X": the clause
    # ends at the verb, and the one met is the counterpart, not a companion
    # of the visit.
    lead = (
        f"On May 9, {KONO} who is visiting Viet Nam, {verb} with Mr. Pham Binh Minh, "
        "Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam."
    )
    meeting = read(lead)
    assert [person.name for person in meeting.participants] == ["Taro Kono", "Pham Binh Minh"]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "Her Excellency Dame Cindy Kiro, Governor-General of New Zealand",
            "Governor-General of New Zealand",
        ),
        (
            "Senator the Hon. George Brandis QC, Attorney-General of Australia",
            "Attorney-General of Australia",
        ),
    ],
)
def test_an_office_joined_to_general_by_a_hyphen(written: str, title: str) -> None:
    assert counterpart(written).title == title


@pytest.mark.parametrize(
    "others",
    [
        "Mr. Joseph R. Biden, Jr., and Mr. Yoon Suk Yeol",
        # The suffix before the country the name is of.
        "President Joseph R. Biden, Jr. of the United States and President Yoon Suk Yeol of the "
        "Republic of Korea",
    ],
)
def test_a_list_goes_on_after_a_name_closed_by_jr(others: str) -> None:
    meeting = read(
        f"On September 21, {KONO} held a trilateral meeting with {others}.",
        datetime.date(2022, 9, 21),
    )
    assert [person.name for person in meeting.participants] == [
        "Taro Kono",
        "Joseph R. Biden, Jr.",
        "Yoon Suk Yeol",
    ]


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        # "Ma" is also a family name: with no office after the next words, a
        # sentence ends after it.
        pytest.param(
            f"On May 9, {KONO} held a meeting with Mr. Ma. The two ministers discussed trade.",
            ["Taro Kono", "Ma"],
            id="short-family-name-ends-the-sentence",
        ),
        pytest.param(
            f"On May 9, {KONO} held a meeting with Mr. Ma. Mr. Kono said that the visit was "
            "timely.",
            ["Taro Kono", "Ma"],
            id="short-family-name-before-a-style",
        ),
        # ", III" after a comma closes a name only when the name ends there.
        pytest.param(
            f"On May 9, {KONO} held a meeting with Mr. Benigno Aquino, III, President of the "
            "Philippines.",
            ["Taro Kono", "Benigno Aquino, III"],
            id="suffix-after-a-comma",
        ),
    ],
)
def test_where_a_name_ends_at_a_stop_or_a_comma(lead: str, names: list[str]) -> None:
    assert [person.name for person in read(lead).participants] == names


@pytest.mark.parametrize(
    ("lead", "names", "start"),
    [
        # "met X": the verb's object is the counterpart, as after "met with".
        pytest.param(
            "On May 2, Japanese Foreign Minister HAYASHI Yoshimasa met Indian External Affairs "
            "Minister Dr. S. Jaishankar in New Delhi.",
            ["HAYASHI Yoshimasa", "S. Jaishankar"],
            None,
            id="met-office-first-with-a-portfolio",
        ),
        # Not the object of "met" inside a clause about the subject.
        pytest.param(
            "On May 2, Mr. HAYASHI Yoshimasa, who met Mr. Blinken on May 1, held a meeting with "
            "Dr. S. Jaishankar, External Affairs Minister of India.",
            ["HAYASHI Yoshimasa", "S. Jaishankar"],
            None,
            id="met-in-a-relative-clause",
        ),
        # A meeting that "took place" is told as one that "was held"; the
        # heads in the next sentence "met".
        pytest.param(
            "The Japan-Viet Nam Foreign Ministers' Meeting took place on December 5 from 4:30 "
            "p.m. for about one hour at the Iikura Guest House. Mr. IWAYA Takeshi, Minister for "
            "Foreign Affairs of Japan, met H.E. Mr. Bui Thanh Son, Minister of Foreign Affairs "
            "of the Socialist Republic of Viet Nam.",
            ["IWAYA Takeshi", "Bui Thanh Son"],
            datetime.time(16, 30),
            id="took-place-then-met",
        ),
        # Heads who "attended the summit", or just "attended".
        pytest.param(
            "On July 13, the 30th Japan-EU Summit was held in Brussels. Mr. KISHIDA Fumio, Prime "
            "Minister of Japan, H.E. Mr. Charles Michel, President of the European Council, and "
            "H.E. Dr. Ursula von der Leyen, President of the European Commission, attended the "
            "summit.",
            ["KISHIDA Fumio", "Charles Michel", "Ursula von der Leyen"],
            None,
            id="attended-the-summit",
        ),
        pytest.param(
            "On July 13, the Japan-EU Summit was held in Brussels. Mr. KISHIDA Fumio, Prime "
            "Minister of Japan, and H.E. Mr. Charles Michel, President of the European Council, "
            "attended.",
            ["KISHIDA Fumio", "Charles Michel"],
            None,
            id="attended-alone",
        ),
        pytest.param(
            "On April 5, the Japan-Indonesia Foreign and Defence Ministerial Meeting was held in "
            "Tokyo. Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, and Mr. KISHI Nobuo, "
            "Minister of Defense, attended from Japan, and H.E. Ms. Retno L.P. Marsudi, Minister "
            "for Foreign Affairs, and H.E. Mr. Prabowo Subianto, Minister of Defense, attended "
            "from Indonesia.",
            ["MOTEGI Toshimitsu", "KISHI Nobuo", "Retno L.P. Marsudi", "Prabowo Subianto"],
            None,
            id="attended-from-a-country",
        ),
        # "co-chaired by" in the meeting sentence names both principals.
        pytest.param(
            "On April 5, the Japan-Indonesia Vice-Ministerial Dialogue was held in Tokyo, "
            "co-chaired by Mr. MORI Takeo, Vice-Minister for Foreign Affairs, and H.E. Mr. "
            "Mahendra Siregar, Vice Minister for Foreign Affairs of Indonesia.",
            ["MORI Takeo", "Mahendra Siregar"],
            None,
            id="co-chaired-by",
        ),
        # A sentence with its verb ends at "a.m." before a style; one with
        # none runs on.
        pytest.param(
            "On February 2, Japan-U.S. Vice-Ministerial talks were held in Tokyo from 10:00 a.m. "
            "to 11:30 a.m. Mr. OKANO Masataka, Vice-Minister for Foreign Affairs of Japan, and "
            "Mr. Kurt M. Campbell, Deputy Secretary of State of the United States, attended the "
            "talks.",
            ["OKANO Masataka", "Kurt M. Campbell"],
            datetime.time(10, 0),
            id="sentence-ends-at-a-m-before-a-style",
        ),
        # "met" is the main verb only: not "having met", "as ... met".
        pytest.param(
            "On May 9, Mr. KONO Taro, having met Mr. Mike Pompeo earlier that day, held talks "
            "with Mr. John Bolton, National Security Advisor.",
            ["KONO Taro", "John Bolton"],
            None,
            id="having-met",
        ),
        pytest.param(
            "On May 9, Mr. KONO Taro held talks with Mr. Wang Yi, as the two ministers met Ms. "
            "Kang Kyung-wha the previous day.",
            ["KONO Taro", "Wang Yi"],
            None,
            id="met-in-a-clause",
        ),
        # "met" after a visit, "and" between them, is the subject's own; so
        # is "met" after a "who" clause that commas close, and "visited" a person.
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, visited Japan and met "
            "Prime Minister Abe.",
            ["Li Keqiang", "Abe"],
            None,
            id="visited-and-met",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, visited Japan and also met "
            "Prime Minister Abe.",
            ["Li Keqiang", "Abe"],
            None,
            id="visited-and-also-met",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Indonesia, "
            "met H.E. Mr. Joko Widodo, President of Indonesia.",
            ["Taro Kono", "Joko Widodo"],
            None,
            id="met-after-a-who-clause",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited H.E. Mr. Joko "
            "Widodo, President of Indonesia, at the Presidential Palace.",
            ["Taro Kono", "Joko Widodo"],
            None,
            id="visited-a-person",
        ),
        # Not someone named in the possessive, nor visited before the meeting
        # the sentence tells next, nor met beside a meeting held.
        pytest.param(
            "On September 13, Mr. Shinzo Abe, Prime Minister of Japan, visited Prime Minister "
            "Modi's home state of Gujarat, where he held a summit meeting with H.E. Mr. Narendra "
            "Modi, Prime Minister of the Republic of India.",
            ["Shinzo Abe", "Narendra Modi"],
            None,
            id="visited-a-possessive",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited Governor Anies "
            "Baswedan at City Hall and then held a meeting with H.E. Ms. Retno Marsudi, Minister "
            "for Foreign Affairs of Indonesia.",
            ["Taro Kono", "Retno Marsudi"],
            None,
            id="visited-before-a-meeting",
        ),
        pytest.param(
            "On September 13, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with "
            "H.E. Mr. Narendra Modi, Prime Minister of the Republic of India, and met Mr. Vijay "
            "Rupani, Chief Minister of Gujarat.",
            ["Shinzo Abe", "Narendra Modi"],
            None,
            id="met-beside-a-meeting",
        ),
        # A person visited stays the counterpart when no meeting with someone
        # else follows; "and met" goes on from a visit told other ways.
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited H.E. Mr. Joko Widodo, "
            "President of Indonesia, at the Presidential Palace and paid a courtesy call.",
            ["Taro Kono", "Joko Widodo"],
            None,
            id="visited-then-paid-a-call",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, arrived in Jakarta and met "
            "President Joko Widodo.",
            ["Li Keqiang", "Joko Widodo"],
            None,
            id="arrived-and-met",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, paid a visit to Indonesia and "
            "met President Joko Widodo.",
            ["Li Keqiang", "Joko Widodo"],
            None,
            id="paid-a-visit-and-met",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, traveled to Indonesia and "
            "met President Joko Widodo.",
            ["Li Keqiang", "Joko Widodo"],
            None,
            id="traveled-and-met",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, stopped over in Tokyo and "
            "met Prime Minister Abe.",
            ["Li Keqiang", "Abe"],
            None,
            id="stopped-over-and-met",
        ),
        pytest.param(
            "On May 9, Mr. Li Keqiang, Premier of the State Council, attended the ASEAN Summit "
            "and met Prime Minister Abe.",
            ["Li Keqiang", "Abe"],
            None,
            id="attended-and-met",
        ),
        # Not once the counterpart is named, whatever visit the sentence tells.
        pytest.param(
            "On September 13, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with "
            "H.E. Mr. Narendra Modi, Prime Minister of the Republic of India, during his visit to "
            "India, and met Mr. Vijay Rupani, Chief Minister of Gujarat.",
            ["Shinzo Abe", "Narendra Modi"],
            None,
            id="met-beside-a-meeting-during-a-visit",
        ),
        # The person visited stays the counterpart of a meeting with them, and
        # gives way to another met after the visit however the meeting is told.
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited H.E. Mr. Joko Widodo, "
            "President of Indonesia, at the Presidential Palace and held talks with him.",
            ["Taro Kono", "Joko Widodo"],
            None,
            id="visited-then-talks-with-him",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited Governor Anies "
            "Baswedan at City Hall and then paid a courtesy call on H.E. Mr. Joko Widodo, "
            "President of Indonesia.",
            ["Taro Kono", "Joko Widodo"],
            None,
            id="visited-before-a-call",
        ),
        # Someone's aide named after them in the possessive is the subject.
        pytest.param(
            "On May 9, Prime Minister Abe's special advisor Mr. Katsuyuki Kawai held a meeting "
            "with Mr. John Bolton, National Security Advisor.",
            ["Katsuyuki Kawai", "John Bolton"],
            None,
            id="possessive-before-an-aide",
        ),
        # Someone named in the possessive after the subject is no principal;
        # the subject may be so named.
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, visited Prime Minister Modi's "
            "home state of Gujarat.",
            ["Taro Kono"],
            None,
            id="possessive-straight",
        ),
        pytest.param(
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. Jared "
            "Kushner, President Trump’s Senior Advisor.",
            ["Taro Kono", "Jared Kushner"],
            None,
            id="possessive-curly",
        ),
        pytest.param(
            "On May 9, Prime Minister Abe's meeting with H.E. Mr. Narendra Modi, Prime Minister "
            "of India, was held in Tokyo.",
            ["Abe", "Narendra Modi"],
            None,
            id="possessive-subject",
        ),
        # Not "met" inside the clause, nor after a clause "as" opens.
        pytest.param(
            "On May 9, Mr. Li Keqiang, who visited Japan and met Prime Minister Abe, held a "
            "meeting with Mr. Taro Kono, Minister for Foreign Affairs.",
            ["Li Keqiang", "Taro Kono"],
            None,
            id="visited-and-met-in-a-clause",
        ),
        pytest.param(
            "On May 9, Mr. KONO Taro held talks with Mr. Wang Yi, as the two ministers visited "
            "Beijing and met Ms. Kang Kyung-wha.",
            ["KONO Taro", "Wang Yi"],
            None,
            id="visited-and-met-after-as",
        ),
        # After a sentence that took place or ends at "p.m.", who held talks
        # with whom in the next one.
        pytest.param(
            "On May 9, the Japan-Philippines Summit Meeting took place in Manila. Mr. Shinzo Abe, "
            "Prime Minister, held talks with H.E. Mr. Rodrigo Duterte, President of the Republic "
            "of the Philippines.",
            ["Shinzo Abe", "Rodrigo Duterte"],
            None,
            id="took-place-then-held-talks",
        ),
        # The chair of a meeting of many is no principal; co-chairs are.
        pytest.param(
            "On May 9, Mr. KONO Taro attended the G7 Foreign Ministers' Meeting chaired by Mr. "
            "Jean-Yves Le Drian, Minister for Europe and Foreign Affairs of France.",
            ["KONO Taro"],
            None,
            id="chaired-by",
        ),
        pytest.param(
            "On May 9, from 4:00 p.m. Mr. KISHIDA Fumio held a meeting with H.E. Mr. Wang Yi, "
            "Minister of Foreign Affairs of China.",
            ["KISHIDA Fumio", "Wang Yi"],
            datetime.time(16, 0),
            id="no-verb-before-the-style",
        ),
    ],
)
def test_how_a_lead_tells_the_meeting(
    lead: str, names: list[str], start: datetime.time | None
) -> None:
    meeting = read(lead)
    assert [person.name for person in meeting.participants] == names
    assert meeting.start == start


@pytest.mark.parametrize(
    "paragraph",
    [
        "Substantive discussions took place regarding the challenges of the region.",
        "On May 9, discussions at the summit took place in a friendly atmosphere.",
    ],
)
def test_something_else_taking_place_is_no_lead(paragraph: str) -> None:
    meeting, problems = read_meeting([Located.at(paragraph)], None, datetime.date(2018, 5, 9))
    assert meeting.participants == ()
    assert [problem.code for problem in problems] == ["meeting-no-lead"]
