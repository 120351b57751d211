"""A copy hard-wrapped at a fixed width gives back its paragraphs whole.

Some copies of the site's pages break every line at a fixed width
(``tests/corpus/announce_announce_2009_10_1196770_1144.txt`` breaks at
~80 characters). On such a page a sentence can end right at a line's end
with the paragraph going on below, and only the line's length tells: a line
that fills the width wraps, a short one ends its paragraph. Each case below
is a page of that shape, written line by line; the paragraphs a reader sees
are the line groups of the table, joined by spaces.
"""

from __future__ import annotations

import textwrap

import pytest

from readout_parser import Section, parse

HEADER = "Japan-Chile Relations\nMay 9, 2018\n"
LEAD = (
    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with "
    "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile. The overview is as follows.\n"
)

Paragraphs = tuple[tuple[str, ...], ...]


def page(paragraphs: Paragraphs) -> str:
    return HEADER + LEAD + "".join(line + "\n" for lines in paragraphs for line in lines)


def read_back(paragraphs: Paragraphs) -> list[str]:
    """The paragraphs the page gives below its lead line."""
    return [paragraph.text for paragraph in parse(page(paragraphs)).lead[1:]]


def joined(paragraphs: Paragraphs) -> list[str]:
    # A "- " opening a paragraph is its bullet, not its text.
    return [" ".join(lines).removeprefix("- ") for lines in paragraphs]


# A narrow copy, every line under 60 characters; "... Latin America." (57)
# fills it and the next sentence goes on in the same paragraph.
NARROW: Paragraphs = (
    (
        "Minister Kono stated that the Japan-Chile strategic",
        "partnership will remain the cornerstone of the relations",
        "of the two countries. Minister Ampuero responded that",
        "Chile would like to deepen cooperation in trade and",
        "investment, science and technology, and disaster risk",
        "reduction.",
    ),
    (
        "Regarding regional affairs, the two ministers exchanged",
        "views on the situation in East Asia and in Latin America.",
        "They confirmed that the two countries will continue to",
        "cooperate closely.",
    ),
)

# A wide copy, every wrapped line of 91-100 characters; "... in the Pacific
# region." (96) fills it.
WIDE: Paragraphs = (
    (
        "Minister Kono stated that the Japan-Chile strategic "
        "partnership will remain the cornerstone of the",
        "relations of the two countries in the years ahead, "
        "and that Japan would like to work with Chile on",
        "trade and investment, science and technology, and "
        "disaster risk reduction in the Pacific region.",
        "Minister Ampuero responded that Chile values the partnership "
        "with Japan, and that he would like to",
        "deepen cooperation in the Pacific Alliance and the "
        "CPTPP, in which the two countries work together",
        "closely.",
    ),
    (
        "Regarding regional affairs, the two ministers exchanged "
        "views on the situation in East Asia,",
        "including the nuclear and missile issues of North "
        "Korea and in Latin America. They confirmed that",
        "the two countries will continue to cooperate closely "
        "in the international community, including at",
        "the United Nations.",
    ),
)

# Exactly six lines break off mid-sentence (the first, third to sixth and
# eighth): the fewest that make a page wrapped at a width.
SIX_BREAKS: Paragraphs = (
    (
        "- Minister Kono stated that the Japan-Chile partnership will continue to",
        "be the cornerstone of the relations of the two countries in the years ahead.",
        "Minister Ampuero expressed his aim to further deepen the partnership so",
        "that it will remain firm for thirty to fifty years ahead. Minister Kono",
        "responded that the partnership is the cornerstone of peace and stability",
        "of the region as a whole, and that he would like to further strengthen",
        "the partnership toward the future.",
    ),
    (
        "- Regarding trade, Minister Ampuero pointed out the importance of the",
        "agreement.",
    ),
)


@pytest.mark.parametrize(
    ("paragraphs", "shortest", "longest", "breaks"),
    [
        pytest.param(NARROW, 50, 59, 7, id="wrapped-under-60"),
        pytest.param(WIDE, 91, 100, 7, id="wrapped-over-90"),
        pytest.param(SIX_BREAKS, 50, 100, 6, id="six-lines-break-mid-sentence"),
    ],
)
def test_a_line_that_fills_the_width_goes_on_after_its_full_stop(
    paragraphs: Paragraphs, shortest: int, longest: int, breaks: int
) -> None:
    # The page's shape as the case names it: the lines that break off
    # mid-sentence are all of the stated widths, and there are so many.
    mid_sentence = [line for lines in paragraphs for line in lines[:-1] if not line.endswith(".")]
    assert len(mid_sentence) == breaks
    assert all(shortest <= len(line) <= longest for line in mid_sentence)
    assert read_back(paragraphs) == joined(paragraphs)


# The Okada page's width: its longest line broken mid-sentence is 80
# characters ("appreciation toward ... replenishment"), so a line of 68
# (85 per cent) is full and one of 67 is short.
OKADA_TOP: tuple[str, ...] = (
    "- As for aid to Afghanistan and Pakistan, Admiral Mullen expressed his",
    "appreciation toward Japan's assistance to both countries including replenishment",
    "support activities as well as his expectations toward Japan's further aid.",
    "In response, Minister Okada stated that based on the outcome of his recent",
    "visits to Afghanistan and Pakistan, he is currently considering new assistance",
    "measures towards the two countries that are effective for the region and",
    "the people of both countries, and would like to consult with the United",
    "States closely on the measures, including on their timing and their scale",
)
OKADA_NEXT = "Admiral Mullen welcomed this."


def read_okada(paragraphs: Paragraphs) -> list[str]:
    """The paragraphs below the lead of the Okada page, its body given as *paragraphs*."""
    text = (
        "Japan-U.S. Relations\nOctober 23, 2009\n"
        "As part of his visit to Japan, Admiral Mike Mullen, Chairman of the Joint Chiefs of "
        "Staff of the United States, paid a courtesy call on Mr. Katsuya Okada, Minister for "
        "Foreign Affairs, on Friday, October 23. The outline is as follows.\n"
        + "".join(line + "\n" for lines in paragraphs for line in lines)
    )
    return [paragraph.text for paragraph in parse(text).lead[1:]]


@pytest.mark.parametrize(
    ("last", "goes_on"),
    [
        # 68 characters: full.
        pytest.param("of the assistance, in close cooperation with the other donors there.", True),
        # 67, 62 and 60 characters: short.
        pytest.param("of the assistance, in close cooperation with the other donors, too.", False),
        pytest.param("of the assistance, in close cooperation with the other donors.", False),
        pytest.param("of the assistance, in cooperation with all the other donors.", False),
    ],
)
def test_on_a_wrapped_page_only_a_full_line_goes_on_after_a_full_stop(
    last: str, goes_on: bool
) -> None:
    assert len(last) >= 68 if goes_on else len(last) < 68
    lines = (*OKADA_TOP, last)
    paragraphs = ((*lines, OKADA_NEXT),) if goes_on else (lines, (OKADA_NEXT,))
    assert read_okada(paragraphs) == joined(paragraphs)


@pytest.mark.parametrize(
    ("last", "following", "goes_on"),
    [
        # 66 + 1 + 15 = 82 characters: past the width of 80, so the wrap broke it.
        (
            "of the assistance, in cooperation with the donors and the Hatoyama",
            "Administration. Admiral Mullen welcomed this.",
            True,
        ),
        # 66 + 1 + 8 = 75: the word would have fitted, so the break is the copy's own.
        (
            "of the assistance, in cooperation with the donors and the Hatoyama",
            "Cabinet. Admiral Mullen welcomed this.",
            False,
        ),
    ],
)
def test_only_a_line_the_next_word_would_not_fit_on_goes_on_mid_sentence(
    last: str, following: str, goes_on: bool
) -> None:
    paragraphs = ((*OKADA_TOP, last, following),) if goes_on else ((*OKADA_TOP, last), (following,))
    assert read_okada(paragraphs) == joined(paragraphs)


@pytest.mark.parametrize(
    "lines",
    [
        # A line in lower case after an abbreviation.
        (
            "The two ministers met from 9:30 a.m.",
            "for approximately 45 minutes and discussed the alliance.",
        ),
        *(
            (f"The two ministers discussed the project of {company}", "in the region.")
            for company in ("Mitsubishi Heavy Industries, Ltd.", "Toyota Co.", "Sony Inc.")
        ),
        ("The two ministers discussed trade, investment, etc.", "and agreed to meet again."),
        # A line going on from the one above is no topic itself.
        (
            "Prime Minister Noda expressed his gratitude for the support",
            "extended by the Philippines after the Great East Japan",
            "Earthquake.",
        ),
        # Up to three words of a sentence's end.
        (
            "Prime Minister Noda expressed his gratitude for the support",
            "extended by the Philippines after the Great",
            "East Japan Earthquake.",
        ),
        # A quotation left open goes on.
        (
            'The two leaders decided to upgrade the bilateral relationship to a "Strategic',
            'Partnership."',
        ),
    ],
)
def test_a_sentence_broken_over_lines_is_one_paragraph(lines: tuple[str, ...]) -> None:
    assert read_back((lines,)) == joined((lines,))


def test_a_paragraph_of_two_lines_that_lost_its_full_stop_keeps_apart_from_the_next() -> None:
    paragraphs = (
        (
            "Minister Kono stated that Japan and China should build a stable relationship,",
            "taking the opportunity of the anniversary of the Treaty of Peace and Friendship",
        ),
        ("Mr. Wang Yi responded that China shares this view.",),
    )
    assert read_back(paragraphs) == joined(paragraphs)


def test_a_lead_sentence_broken_over_lines_goes_on_past_a_name_and_office() -> None:
    lead = (
        "On October 26, commencing at 11:05 a.m. for approximately 50 minutes, Mr. HAYASHI",
        "Yoshimasa, Minister for Foreign Affairs of Japan, held a Japan-Sri Lanka Foreign",
        "Ministers' Meeting with H.E. Mr. M.U.M. Ali",
        "Sabry, Minister of Foreign Affairs of the Democratic Socialist Republic",
        "of Sri Lanka, who was visiting Japan.",
    )
    readout = parse(HEADER + "\n".join(lead) + "\n1. Opening\nThey met.\n")
    assert [p.text for p in readout.lead] == [" ".join(lead)]
    assert readout.meeting.participants[1].name == "M.U.M. Ali Sabry"


@pytest.mark.parametrize(
    ("below", "paragraphs"),
    [
        # Broken after its first line, before a capital: the sentence goes on.
        ("House. After the meeting, the two leaders attended a signing.", 1),
        # A short topic below it, which ends no sentence, does not.
        ("Bilateral Relations\nThe two leaders agreed.", 3),
    ],
)
def test_a_lead_sentence_broken_once_goes_on_past_a_capital(below: str, paragraphs: int) -> None:
    first = (
        "On May 2, from 5:40 p.m. for approximately 80 minutes, Prime Minister Kishida held a "
        "Japan-Thailand Summit Meeting with H.E. General Prayut Chan-o-cha, Prime Minister of "
        "the Kingdom of Thailand, at the Government"
    )
    readout = parse(HEADER + first + "\n" + below + "\n")
    assert len(readout.lead) == paragraphs
    if paragraphs == 1:
        assert readout.lead[0].text == first + " " + below
        assert readout.meeting.location == "the Government House"
    else:
        assert readout.lead[0].text == first


@pytest.mark.parametrize(
    ("below", "paragraphs"),
    [
        # The last word of the sentence, a capital and its full stop, goes on.
        ("Republic.\nThe two leaders agreed.", 2),
        # A short topic below it, which ends no sentence, does not.
        ("Republic.\nBilateral Relations\nThe two leaders agreed.", 3),
    ],
)
def test_a_lead_sentence_broken_over_three_lines_goes_on_to_its_last_word(
    below: str, paragraphs: int
) -> None:
    lead = (
        "On September 2, commencing at 9:00 p.m. for approximately 25 minutes, Mr. Shinzo Abe, "
        "Prime",
        "Minister of Japan, held a telephone talk with H.E. Mr. Emmanuel Macron, President of "
        "the French",
    )
    readout = parse(HEADER + "\n".join(lead) + "\n" + below + "\n")
    assert readout.lead[0].text == " ".join(lead) + " Republic."
    assert len(readout.lead) == paragraphs
    assert readout.meeting.participants[1].title == "President of the French Republic"


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            (
                "On January 6, commencing at 8:40 a.m. for approximately 25 minutes, Mr. MOTEGI "
                "Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with "
                "the Honorable Michael R.",
                "Pompeo, Secretary of State of the United States of America.",
            ),
            id="after-the-initial",
        ),
        pytest.param(
            (
                "On January 6, commencing at 8:40 a.m. for approximately 25 minutes, Mr. MOTEGI "
                "Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with "
                "the Honorable Michael",
                "R. Pompeo, Secretary of State of the United States of America.",
            ),
            id="before-the-initial",
        ),
    ],
)
def test_a_lead_broken_at_a_middle_initial_is_one_paragraph(lead: tuple[str, str]) -> None:
    # "R." after a given name is an initial, not the end of a sentence, and
    # the name goes on below past it.
    readout = parse(HEADER + "\n".join(lead) + "\nMinister Motegi thanked him.\n")
    assert [p.text for p in readout.lead] == [" ".join(lead), "Minister Motegi thanked him."]
    assert readout.meeting.participants[1].name == "Michael R. Pompeo"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "Plan B." ends its sentence: no style stands before "Plan", so "B."
        # is no initial, though a name and an office open the next line.
        pytest.param(
            (
                ("The two ministers welcomed the progress on the Action Plan B.",),
                ("Chile, Minister Ampuero stated, will continue its support.",),
            ),
            id="plan-b",
        ),
        pytest.param(
            (
                ("The two ministers met in Washington D.C.",),
                ("Then, Minister Kono stated that Japan would continue to cooperate.",),
            ),
            id="washington-dc",
        ),
        # "U.S." opens an office, not a name going on past its initials.
        pytest.param(
            (
                ("Minister Kono stated that Japan would host the meeting of the Quad in Tokyo",),
                ("U.S. Secretary of State Pompeo stated that he would attend it.",),
            ),
            id="us-office",
        ),
    ],
)
def test_a_sentence_ending_on_letters_that_are_no_initials_ends(paragraphs: Paragraphs) -> None:
    assert read_back(paragraphs) == joined(paragraphs)


def test_a_lead_broken_after_is_visiting_is_one_paragraph() -> None:
    # "... who is visiting" / "Japan to attend ...": the place visited goes on
    # below, though "Japan" may open a sentence.
    lead = (
        "On December 17, commencing at 9:00 a.m. for approximately 40 minutes, Mr. KISHIDA",
        "Fumio, Prime Minister of Japan, held a summit meeting with H.E. Dato' Seri Anwar",
        "Ibrahim, Prime Minister of Malaysia, who is visiting",
        "Japan to attend the Commemorative Summit. The overview is as follows.",
    )
    readout = parse(HEADER + "\n".join(lead) + "\n1. Opening\nThey met.\n")
    assert [p.text for p in readout.lead] == [" ".join(lead)]
    # Broken once, on its first line.
    first = (" ".join(lead[:3]), lead[3])
    readout = parse(HEADER + "\n".join(first) + "\n1. Opening\nThey met.\n")
    assert [p.text for p in readout.lead] == [" ".join(first)]


def test_a_lead_broken_inside_an_office_is_one_paragraph() -> None:
    # "Prime" / "Minister ...": the line below opens on a word a sentence may
    # open on, but the line above ends on the first word of an office.
    lead = (
        "On March 3, commencing at 10:05 a.m. for about 45 minutes, Mr. KISHIDA Fumio, Prime",
        "Minister of Japan, held a meeting with H.E. Ms. Dina Boluarte, President of the Republic",
        "of Peru. The overview of the meeting is as follows.",
    )
    readout = parse(HEADER + "\n".join(lead) + "\n1. Opening\nThey met.\n")
    assert [p.text for p in readout.lead] == [" ".join(lead)]
    assert readout.meeting.participants[0].title == "Prime Minister of Japan"


@pytest.mark.parametrize(
    ("first", "second", "goes_on"),
    [
        # A name or an office broken off in a sentence of more words than a
        # topic has: the sentence goes on.
        (
            "On May 10, Minister Kono also received a courtesy call from Mr. Emmanuel Bonne, "
            "Diplomatic Adviser to the President of the French",
            "Republic, who is visiting Japan, and the two exchanged views.",
            True,
        ),
        # A line opening a sentence of its own, or a topic, starts a paragraph.
        (
            "Minister Kono stated that the two countries would deepen cooperation with Japan",
            "Prime Minister Abe also welcomed the visit.",
            False,
        ),
        (
            "Minister Kono stated that the two countries would deepen cooperation with Japan",
            "Regional Affairs",
            False,
        ),
        # A paragraph that lost its full stop, and a sentence of its own below.
        (
            "Minister Kono stated that Japan and China should build a stable relationship, "
            "taking the opportunity of the 40th anniversary of the Treaty of Peace and Friendship",
            "Mr. Wang Yi responded that China shares this view.",
            False,
        ),
        (
            "The two ministers welcomed the progress on the resumption of the High-Level "
            "Economic Dialogue between the two countries (see the attachment)",
            "Chinese Vice Premier Liu He will visit Japan.",
            False,
        ),
        # Sentence openings are no name going on: "Secondly, ...", "Representatives of ...".
        (
            "Minister Kono stated that the two countries would deepen cooperation with Japan",
            "Secondly, Minister Kono raised the issue of the East China Sea.",
            False,
        ),
        (
            "Minister Kono stated that the two countries would deepen cooperation with Japan",
            "Representatives of both sides will meet again next month.",
            False,
        ),
        # A quotation over paragraphs: each opens with its quotation mark.
        (
            'Minister Kono stated, "Japan will stand with Ukraine for as long as it takes.',
            '"Japan will host the conference on reconstruction next year."',
            False,
        ),
        # An infinitive whose object is the next line; not above a clause of its own.
        (
            "Minister Kono stated that he would like to work together to improve",
            "Japan-China relations in a stable manner.",
            True,
        ),
        (
            "Minister Kono stated that the two countries would continue to cooperate",
            "The two ministers agreed to meet again.",
            False,
        ),
        # A line ending on an office goes on with the name.
        (
            "In closing, Prime Minister Suga paid homage to the leadership of Prime Minister",
            "Johnson as the G7 President in organizing the first summit of the year.",
            True,
        ),
    ],
)
def test_a_line_breaking_off_a_sentence_goes_on_unless_the_next_opens_one(
    first: str, second: str, goes_on: bool
) -> None:
    # On a page wrapped at no fixed width, a line of content ending no
    # sentence goes on in a line that is no topic and opens no sentence.
    paragraphs = ((first, second),) if goes_on else ((first,), (second,))
    assert read_back(paragraphs) == joined(paragraphs)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The two ministers welcomed the Economic Partnership Agreement, which",
            "Japan and Chile signed in 2007, as the basis of their relations.",
        ),
        ("The two ministers confirmed that", "Japan and Chile will continue to cooperate."),
        (
            "The two ministers welcomed the growth of trade between",
            "Japan and Chile over the past decade.",
        ),
        # The first word of an office ends no line: the office goes on below,
        # though a sentence may open with "Minister" or "President".
        (
            "Minister Kono also met Mr. Mahathir bin Mohamad, Prime",
            "Minister of Malaysia, in the afternoon.",
        ),
        (
            "Minister Kono also held talks with Mr. Ma Zhaoxu, Vice",
            "Minister of Foreign Affairs of China, on the same day.",
        ),
        (
            "Minister Kono also received Ms. Amina J. Mohammed, Deputy",
            "Secretary-General of the United Nations.",
        ),
        # Nor on someone and the verb reporting them, before what they said.
        (
            "Minister Kono stated that Singapore is an important partner of Japan. "
            "Minister Balakrishnan welcomed",
            "Minister Kono’s visit and stated that Singapore would work closely with Japan.",
        ),
        (
            "Minister Kono stated that Japan would host it, and the two ministers confirmed",
            "Japan's role as the host.",
        ),
        (
            "Minister Balakrishnan stated that Singapore valued the partnership, and he welcomed",
            "Minister Kono’s visit.",
        ),
    ],
)
def test_a_line_ending_on_a_word_no_sentence_ends_on_goes_on(first: str, second: str) -> None:
    # On a page wrapped at no fixed width, a break after "which", "that" or
    # "between" still falls inside a sentence, whatever the next line opens with.
    paragraphs = ((first, second),)
    assert read_back(paragraphs) == joined(paragraphs)


def test_a_numbered_line_wrapped_mid_sentence_is_no_heading() -> None:
    readout = parse(
        "Japan-Qatar Relations\nApril 27, 2011\nOn April 27, Mr. Takeaki Matsumoto held a "
        "meeting with Sheikh Hamad.\n1. Minister Matsumoto expressed his gratitude for Qatar's "
        "support following the\nGreat East Japan Earthquake.\n2. Minister Kishida expressed his "
        "gratitude for the support of\nthe people of Italy.\n(4)The Issue of\n"
    )
    first, second = readout.sections
    assert (first.heading, [str(p) for p in first.paragraphs]) == (
        None,
        [
            "Minister Matsumoto expressed his gratitude for Qatar's support following the Great "
            "East Japan Earthquake."
        ],
    )
    assert (second.heading, [str(p) for p in second.paragraphs]) == (
        None,
        ["Minister Kishida expressed his gratitude for the support of the people of Italy."],
    )
    # A topic the page ends on stays a topic, cut.
    assert second.subsections[0].heading == "The Issue of"


@pytest.mark.parametrize(
    ("line", "below", "heading"),
    [
        # Names make most of its longer words capitalised, but it ends on a
        # verb in lower case: a sentence the wrap broke.
        (
            "(2) Regarding the relocation of Futenma Air Station, Mr. Okada explained",
            "that the Government of Japan will make a decision by May.",
            None,
        ),
        # A long topic in title case ends on a capitalised word: it stays one.
        (
            "(2) Relocation of Futenma Air Station and the Realignment of U.S. Forces",
            "the two ministers discussed the schedule.",
            "Relocation of Futenma Air Station and the Realignment of U.S. Forces",
        ),
        # A clause before a comma makes it a sentence, even ending on a name
        # and with no word in lower case but those that join names.
        (
            "(2) Regarding the Situation in Afghanistan, Secretary Clinton",
            "expressed her gratitude for Japan's assistance.",
            None,
        ),
        # A long topic in title case holding "with" is a topic all the same.
        (
            "(2) Relocation of Futenma Air Station and Cooperation with U.S. Forces",
            "the two ministers discussed the schedule.",
            "Relocation of Futenma Air Station and Cooperation with U.S. Forces",
        ),
        # A clause before a comma makes it a sentence, even ending on a name.
        (
            "(2) Regarding the realignment of U.S. forces in Japan, Minister Okada",
            "explained that the new Government is currently reviewing the process.",
            None,
        ),
        # Names and an acronym make most of its longer words capitalised, but
        # it says something in lower case between them: a sentence.
        (
            "(2) Minister Okada explained Japan's position on the discharge of ALPS",
            "treated water into the sea.",
            None,
        ),
        (
            "(2) Minister Okada stated that Japan welcomes the AUKUS",
            "partnership between the three countries.",
            None,
        ),
        (
            "(2) Prime Minister Kishida welcomed Brazil's hosting of the COP",
            "meeting next year.",
            None,
        ),
        # A long line ending on a word no topic ends on goes on, whatever the case below.
        (
            "(2) Minister Okada stated that the Japan-U.S. Alliance is the cornerstone of",
            "Japan's diplomacy and that the new Government would like to deepen it.",
            None,
        ),
        # Not in title case, the principals reported saying something: a
        # sentence cut short, not a topic that lost its full stop.
        (
            "(2) The two ministers confirmed that they would accelerate the negotiations "
            "on the Japan-Australia",
            "Economic Partnership Agreement.",
            None,
        ),
        (
            "(2) Both ministers shared the view that the two countries should cooperate "
            "on the reform of the United Nations",
            "Security Council.",
            None,
        ),
        (
            "(2) The government explained that it would accelerate the negotiations on the "
            "Japan-EU",
            "Economic Partnership Agreement.",
            None,
        ),
        # A line ending on someone and their verb, its object below, in title
        # case or not.
        (
            "(2) At the outset, Minister Balakrishnan welcomed",
            "Minister Kono's visit and stated that Singapore valued its relations with Japan.",
            None,
        ),
        (
            "(2) The two ministers shared",
            "the view that the missile launch was a provocation.",
            None,
        ),
        # A topic ending on a verb stays one: too short for a clause, or above
        # a sentence opening on its own subject and verb.
        ("(2) Points agreed", "Cooperation in energy and critical minerals.", "Points agreed"),
        (
            "(2) Points agreed",
            "The two ministers agreed to launch a new dialogue.",
            "Points agreed",
        ),
        (
            "(2) Issues the two ministers discussed",
            "The two ministers exchanged views on regional affairs.",
            "Issues the two ministers discussed",
        ),
        (
            "(2) What the Prime Minister welcomed",
            "Minister Hayashi raised the issue of North Korea.",
            "What the Prime Minister welcomed",
        ),
        # A topic in lower case with no one reported in it stays one.
        (
            "(2) Cooperation on the reform of the United Nations agreed at the last meeting",
            "The two ministers reviewed its progress.",
            "Cooperation on the reform of the United Nations agreed at the last meeting",
        ),
        # Nor one that names what the principals said, above a sentence of its own.
        (
            "(2) Matters the two ministers confirmed on economic cooperation",
            "Minister Okada stated that Japan would promote investment.",
            "Matters the two ministers confirmed on economic cooperation",
        ),
    ],
)
def test_a_long_numbered_line_in_title_case_goes_on_when_it_reads_as_a_sentence(
    line: str, below: str, heading: str | None
) -> None:
    readout = parse(
        "Japan-U.S. Relations\nJanuary 12, 2010\nOn January 12, Mr. Katsuya Okada held a "
        f"meeting with the Honorable Hillary Rodham Clinton.\n1. Japan-U.S. Alliance\n{line}\n"
        f"{below}\n"
    )
    [item] = readout.sections[0].subsections
    text = line.removeprefix("(2) ")
    expected = [below] if heading else [f"{text} {below}"]
    assert (item.heading, [str(p) for p in item.paragraphs]) == (heading, expected)


QATAR = (
    "Japan-Qatar Relations\nApril 27, 2011\nOn April 27, Mr. Takeaki Matsumoto held a "
    "meeting with Sheikh Hamad.\n"
)


@pytest.mark.parametrize(
    ("body", "heading", "paragraphs"),
    [
        # A topic heading is not joined to a lower-case line below it.
        ("1. Overview\nthe two ministers met.\n", "Overview", ["the two ministers met."]),
        # Nor is a numbered introduction.
        (
            "1. The two leaders confirmed the following:\n"
            "the two countries share fundamental values.\n",
            "The two leaders confirmed the following:",
            ["the two countries share fundamental values."],
        ),
        # Nor a numbered line across a blank line.
        (
            "1. Minister Kishida expressed his gratitude for the support of\n\n"
            "the people of Italy.\n",
            "Minister Kishida expressed his gratitude for the support of",
            ["the people of Italy."],
        ),
        # A short heading in lower case is a topic above a lower-case line.
        (
            "2. Bilateral relations and regional affairs\nthe two ministers agreed to cooperate.\n",
            "Bilateral relations and regional affairs",
            ["the two ministers agreed to cooperate."],
        ),
    ],
)
def test_a_numbered_line_that_stays_a_heading(
    body: str, heading: str, paragraphs: list[str]
) -> None:
    section = parse(QATAR + body).sections[0]
    assert (section.heading, [str(p) for p in section.paragraphs]) == (heading, paragraphs)


def test_an_item_ending_as_a_part_of_a_list_is_no_heading() -> None:
    readout = parse(
        "Japan-Turkey Relations\nApril 27, 2011\nOn April 27, Mr. Abe held a meeting with "
        "Mr. Erdogan.\n1. The two leaders agreed on the following:\n(a) the early conclusion of "
        "the EPA;\n(b) the construction of the Japan-Turkey Science and Technology University; "
        "and\n(c) cooperation in third countries.\n"
    )
    items = readout.sections[0].subsections
    assert [(s.heading, [str(p) for p in s.paragraphs]) for s in items] == [
        (None, ["the early conclusion of the EPA;"]),
        (None, ["the construction of the Japan-Turkey Science and Technology University; and"]),
        (None, ["cooperation in third countries."]),
    ]


def test_a_wrapped_line_of_a_sentence_is_no_unnumbered_topic() -> None:
    # Two lines that break a sentence at the width: one of many words not in
    # title case, one ending on "for". Neither is a topic that lost its number.
    readout = parse(
        "Japan-Indonesia Relations\nJanuary 18, 2013\nOn January 18, Prime Minister Abe held a "
        "meeting with President Yudhoyono.\n1. Economic relations\n"
        "The two leaders confirmed that they would promote the Metropolitan Priority\n"
        "Area for Investment and Industry (MPA) in the Jakarta metropolitan area.\n"
        "2. Civil nuclear cooperation\n"
        "The two leaders welcomed the signing of the Agreement between the\n"
        "Government of Japan and the Government of the Republic of India for\n"
        "Cooperation in the Peaceful Uses of Nuclear Energy.\n"
    )
    first, second = readout.sections
    assert [s.heading for s in (first, second)] == [
        "Economic relations",
        "Civil nuclear cooperation",
    ]
    assert (first.subsections, second.subsections) == ((), ())
    # Too few lines to tell a width: a line ending on a capitalised word ends
    # its paragraph, but the two stay the item's paragraphs.
    assert [str(p) for p in first.paragraphs] == [
        "The two leaders confirmed that they would promote the Metropolitan Priority",
        "Area for Investment and Industry (MPA) in the Jakarta metropolitan area.",
    ]
    assert [str(p) for p in second.paragraphs] == [
        "The two leaders welcomed the signing of the Agreement between the Government of Japan "
        "and the Government of the Republic of India for Cooperation in the Peaceful Uses of "
        "Nuclear Energy."
    ]


@pytest.mark.parametrize(
    "lead_lines",
    [
        # A 2009 lead wrapped at 76 columns, opening with the person, not "On ...".
        (
            "Mr. Katsuya Okada, Minister for Foreign Affairs, held a meeting with Mrs.",
            "Hillary Rodham Clinton, Secretary of State of the United States, for",
            "approximately 50 minutes from 10:00 a.m. on September 21 (local time) in New",
            "York. The summary of the meeting is as follows.",
        ),
        (
            "Mr. Shinzo Abe, Prime Minister of Japan, had a telephone conversation for",
            "approximately 30 minutes with H.E. Mr. Benjamin",
            "Netanyahu, Prime Minister of the State of Israel. The overview is as follows.",
        ),
    ],
)
def test_a_wrapped_lead_that_opens_with_the_person_is_the_lead(
    lead_lines: tuple[str, ...],
) -> None:
    # Its first lines tell a meeting held, which no photo caption does.
    text = (
        "Japan-U.S. Foreign Ministers' Meeting (Summary)\n\nSeptember 21, 2009\n\n"
        + "\n".join(lead_lines)
        + "\n\n1. Opening remarks\n\nThe two ministers met.\n"
    )
    readout = parse(text)
    assert readout.photos == ()
    assert [str(paragraph) for paragraph in readout.lead] == [" ".join(lead_lines)]
    assert len(readout.meeting.participants) == 2


TURKEY = (
    "Japan-Turkey Relations\nJanuary 5, 2012\nOn January 5, Mr. Koichiro Gemba held a meeting "
    "with H.E. Mr. Ahmet Davutoglu. The overview is as follows.\n"
)


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        # A sentence of an item's paragraph, broken inside a name: someone in
        # it says something, so the line is no topic, and the name goes on.
        (
            (
                "Minister Gemba expressed his gratitude for the assistance provided by Turkey "
                "after the Great East Japan",
                "Earthquake, and stated that Japan would like to strengthen the relationship.",
            ),
            1,
        ),
        (
            (
                "Minister Gemba expressed his gratitude for the assistance after the Great East "
                "Japan",
                "Earthquake.",
            ),
            1,
        ),
        # A topic in lower case, however long, is one: the line below is its own.
        (
            (
                "Japan's continued support to the reconstruction of the region",
                "Furthermore, the two ministers confirmed their cooperation.",
            ),
            2,
        ),
    ],
)
def test_a_paragraph_broken_inside_a_name_goes_on(lines: tuple[str, ...], paragraphs: int) -> None:
    readout = parse(TURKEY + "1. Bilateral relations\n" + "\n".join(lines) + "\n")
    expected = [" ".join(lines)] if paragraphs == 1 else list(lines)
    assert [str(p) for p in readout.sections[0].paragraphs] == expected


def test_an_item_line_broken_inside_a_name_goes_on() -> None:
    readout = parse(
        TURKEY + "1. Minister Gemba expressed his gratitude for the support of Turkey after the "
        "Great East Japan\nEarthquake.\n2. Regional affairs\nThe two ministers agreed.\n"
    )
    first, second = readout.sections
    assert (first.heading, [str(p) for p in first.paragraphs]) == (
        None,
        [
            "Minister Gemba expressed his gratitude for the support of Turkey after the Great "
            "East Japan Earthquake."
        ],
    )
    assert second.heading == "Regional affairs"


def test_a_first_line_ending_on_an_abbreviation_at_the_width_goes_on() -> None:
    # A body wrapped at 72 columns: "U.S." ends the first line of a paragraph
    # only because "Forces" did not fit; the line it goes on with then fills
    # the width and goes on past its full stop.
    body = (
        "Minister Okada explained that the review of the realignment of U.S.",
        "Forces in Japan was being conducted under the Hatoyama Administration.",
        "Secretary Clinton stated that the United States hoped for an early",
        "conclusion of the process, and the two ministers agreed to continue the",
        "discussion at the working group level.",
    )
    text = (
        "Japan-U.S. Relations\n\nNovember, 11, 2009\n\n"
        "On November 11, from 9:30 a.m. for approximately 45 minutes, Mr. Katsuya\n"
        "Okada, Minister for Foreign Affairs of Japan, held a meeting with the\n"
        "Honorable Hillary Rodham Clinton, Secretary of State of the United\n"
        "States, in Singapore, where both ministers were attending the APEC\n"
        "Ministerial Meeting. The overview of the meeting is as follows.\n\n"
        "1. Realignment of U.S. Forces in Japan\n\n" + "\n".join(body) + "\n\n"
        "2. Global issues\n\nThe two ministers confirmed that Japan and the United States would\n"
        "cooperate toward a successful outcome of the Copenhagen conference on\n"
        "climate change.\n"
    )
    readout = parse(text)
    assert [str(p) for p in readout.sections[0].paragraphs] == [" ".join(body)]


# Item 3's line of each case reads as a sentence, and the next word would not
# have fitted on it on a page wrapped at 77 columns (the widest of the page's
# other lines that break off mid-sentence): so the line below goes on.
FIXED_WIDTH_ITEMS = [
    pytest.param(
        (
            "3. The two ministers also exchanged views on the preparations for the APEC",
            "Leaders' Meeting to be hosted by Japan in 2010.",
        ),
        id="word-far-past-the-width",
    ),
    pytest.param(
        # 74 characters, a space and "CEO" make 78: one past the width.
        (
            "3. The two ministers also exchanged views on the preparations for the APEC",
            "CEO Summit to be hosted by Japan in 2010.",
        ),
        id="word-one-past-the-width",
    ),
    # A line mostly in capitals where someone says something is a sentence too.
    pytest.param(
        (
            "3. Minister Matsumoto explained the current situation at the Fukushima Daiichi",
            "Nuclear Power Station. In this regard, both ministers confirmed their cooperation.",
        ),
        id="title-case-sentence",
    ),
    # A sentence's opening phrase, in capitals but for one word, broken by the width.
    pytest.param(
        (
            "3. On the negotiations for the Japan-Australia Economic Partnership",
            "Agreement, the two ministers shared the view that they should be advanced.",
        ),
        id="opening-phrase",
    ),
]


# The lead and item 1 of a page wrapped at 77 columns, as textwrap wraps them.
RUDD_PARAGRAPHS = (
    "On April 5, from 6:30 p.m. for approximately 40 minutes, Mr. Takeaki Matsumoto, "
    "Minister for Foreign Affairs of Japan, held a meeting with the Hon. Kevin Rudd, "
    "Minister for Foreign Affairs of Australia, who was visiting Japan to attend the "
    "Japan-Australia Ministerial Economic Dialogue and to exchange views on the regional "
    "situation with the members of the Cabinet. The summary of the meeting is as follows.",
    "1. Minister Rudd expressed his condolences and sympathy for the victims of the Great "
    "East Japan Earthquake. Minister Matsumoto expressed his gratitude for the assistance "
    "extended by Australia, including the dispatch of a rescue team.",
)


@pytest.mark.parametrize("item", FIXED_WIDTH_ITEMS)
def test_a_numbered_sentence_wrapped_at_a_fixed_width_is_no_heading(
    item: tuple[str, str],
) -> None:
    paragraphs = [
        *RUDD_PARAGRAPHS,
        "2. Minister Matsumoto stated that Japan would like to further strengthen economic "
        "relations with Australia. Minister Rudd replied that Australia would also like to "
        "promote trade and investment.",
    ]
    # Wrapped at 77 columns: the numbered lines of items 1 and 2 tell the width too.
    wrapped = "\n\n".join(textwrap.fill(text, 77) for text in paragraphs)
    page = f"Japan-Australia Relations\nApril 5, 2011\n\n{wrapped}\n\n" + "\n".join(item) + "\n"
    third = parse(page).sections[2]
    assert (third.heading, [p.text for p in third.paragraphs]) == (
        None,
        [" ".join(item).removeprefix("3. ")],
    )


def test_a_short_topic_opening_on_a_phrase_stays_a_heading_on_a_wrapped_page() -> None:
    # "On Regional Affairs" ends well short of the width: the line below has
    # room on it, so the topic is a topic.
    wrapped = "\n\n".join(textwrap.fill(text, 77) for text in RUDD_PARAGRAPHS)
    page = (
        f"Japan-Australia Relations\nApril 5, 2011\n\n{wrapped}\n\n2. On Regional Affairs\n"
        "The two ministers exchanged views on the situation in East Asia.\n"
    )
    second = parse(page).sections[1]
    assert (second.heading, [p.text for p in second.paragraphs]) == (
        "On Regional Affairs",
        ["The two ministers exchanged views on the situation in East Asia."],
    )


# A long topic in title case broken after "the", and its last words below.
WRAPPED_TOPIC = (
    "2. Regional Affairs including North Korea, the East China Sea and the",
    "South China Sea",
)

# What may stand below item 2 of the pages below: its text, the next item, or nothing.
BELOW_TEXT = "\nThe two ministers exchanged views.\n"
BELOW_ITEM = "\n3. Economic Relations\nThe two ministers exchanged views.\n"


def second_item(lines: tuple[str, ...], below: str) -> tuple[str, Section]:
    """A page with item 1, then *lines* as item 2 and *below* them; the page and item 2."""
    text = (
        f"{HEADER}{LEAD}1. Bilateral Relations\nThe two ministers agreed.\n"
        + "\n".join(lines)
        + below
    )
    return text, parse(text).sections[1]


def test_a_topic_wrapped_over_two_lines_is_one_heading() -> None:
    text, second = second_item(WRAPPED_TOPIC, BELOW_TEXT)
    assert second.heading == " ".join(WRAPPED_TOPIC).removeprefix("2. ")
    assert second.heading_span is not None
    assert second.heading_span.slice(text) == "\n".join(WRAPPED_TOPIC).removeprefix("2. ")
    assert [p.text for p in second.paragraphs] == ["The two ministers exchanged views."]
    assert second.span.slice(text).endswith("exchanged views.")


@pytest.mark.parametrize(
    ("lines", "heading", "paragraphs"),
    [
        # A name opened after "the" and closed on the line below.
        (
            ("2. Cooperation on Climate Change and the Copenhagen", "Accord"),
            "Cooperation on Climate Change and the Copenhagen Accord",
            ["The two ministers exchanged views."],
        ),
        # Not by a line that ends a sentence, nor one of more words, nor
        # below a topic that opened no name.
        (
            ("2. Relations with the Philippines", "Overview"),
            "Relations with the Philippines",
            ["Overview", "The two ministers exchanged views."],
        ),
        (
            ("2. Meeting with the President", "Agenda"),
            "Meeting with the President",
            ["Agenda", "The two ministers exchanged views."],
        ),
        (
            ("2. Cooperation on Climate Change", "Overview"),
            "Cooperation on Climate Change",
            ["Overview", "The two ministers exchanged views."],
        ),
        (
            ("2. Cooperation on Climate Change and the Copenhagen", "Accord."),
            "Cooperation on Climate Change and the Copenhagen",
            ["Accord.", "The two ministers exchanged views."],
        ),
        (
            ("2. Cooperation on Climate Change and the Copenhagen", "Accord Was Discussed Here"),
            "Cooperation on Climate Change and the Copenhagen",
            ["Accord Was Discussed Here", "The two ministers exchanged views."],
        ),
    ],
)
def test_a_topic_whose_last_name_is_closed_below_is_one_heading(
    lines: tuple[str, ...], heading: str, paragraphs: list[str]
) -> None:
    _, second = second_item(lines, BELOW_TEXT)
    assert (second.heading, [p.text for p in second.paragraphs]) == (heading, paragraphs)


@pytest.mark.parametrize(
    ("lines", "heading", "paragraphs"),
    [
        # A topic in lower case, its last few words below: one heading.
        (
            (
                "2. Regional affairs including North Korea, the East China Sea and the",
                "South China Sea",
            ),
            "Regional affairs including North Korea, the East China Sea and the South China Sea",
            ["The two ministers exchanged views."],
        ),
        (
            ("2. Economic cooperation and cooperation in the field of civil nuclear", "energy"),
            "Economic cooperation and cooperation in the field of civil nuclear energy",
            ["The two ministers exchanged views."],
        ),
        # Not a sentence's last words, nor a sentence with its verb above them.
        (
            ("2. Economic cooperation and cooperation in the field of civil nuclear", "energy."),
            None,
            [
                "Economic cooperation and cooperation in the field of civil nuclear energy.",
                "The two ministers exchanged views.",
            ],
        ),
        (
            ("2. The two ministers confirmed", "the agreement"),
            None,
            [
                "The two ministers confirmed the agreement",
                "The two ministers exchanged views.",
            ],
        ),
        (
            ("2. The two foreign ministers held a dialogue on", "trade"),
            None,
            [
                "The two foreign ministers held a dialogue on trade",
                "The two ministers exchanged views.",
            ],
        ),
        (
            ("2. Japan will continue to support the reconstruction of", "Ukraine"),
            None,
            [
                "Japan will continue to support the reconstruction of Ukraine",
                "The two ministers exchanged views.",
            ],
        ),
        (
            ("2. Cooperation in the field of energy is", "important"),
            None,
            [
                "Cooperation in the field of energy is important",
                "The two ministers exchanged views.",
            ],
        ),
    ],
    ids=[
        "capitals-after-the",
        "lower-case",
        "sentence-end",
        "verb-above",
        "lead-verb-above",
        "modal-above",
        "is-above",
    ],
)
def test_a_topic_in_lower_case_wrapped_over_two_lines_is_one_heading(
    lines: tuple[str, ...], heading: str | None, paragraphs: list[str]
) -> None:
    _, second = second_item(lines, BELOW_TEXT)
    assert (second.heading, [p.text for p in second.paragraphs]) == (heading, paragraphs)


def test_a_topic_wrapped_over_two_lines_that_ends_the_page_is_its_text() -> None:
    # A page cut off after a wrapped topic: the cut sentence, both its lines
    # kept as one paragraph, as for a topic on one line.
    text, second = second_item(WRAPPED_TOPIC, "")
    assert (second.heading, [p.text for p in second.paragraphs]) == (
        None,
        [" ".join(WRAPPED_TOPIC).removeprefix("2. ")],
    )
    assert second.paragraphs[0].span.slice(text) == "\n".join(WRAPPED_TOPIC).removeprefix("2. ")


@pytest.mark.parametrize(
    "item",
    [
        # A topic in title case above a line in lower case: a sentence broken
        # off, its text the item's first paragraph.
        pytest.param(
            (
                "2. Japan's Contribution to the Reconstruction of Ukraine and the",
                "reform of the Security Council",
            ),
            id="lower-case-below",
        ),
        pytest.param(
            (
                "2. Japan's Contribution to the Reconstruction of Ukraine and the",
                "reform agenda",
            ),
            id="few-words-in-lower-case-below",
        ),
        # Someone in it says something: a sentence that lost its full stop,
        # though the words below are in capitals.
        pytest.param(
            (
                "2. Minister Gemba expressed his gratitude for the support of the",
                "Government and People of Turkey",
            ),
            id="someone-says-something",
        ),
        # Someone in it does something: a verb and an article no topic has.
        pytest.param(
            (
                "2. Foreign Minister Kono and Secretary Pompeo laid a wreath at the",
                "Tomb of the Unknown Soldier at Arlington National Cemetery",
            ),
            id="someone-does-something",
        ),
    ],
)
def test_a_line_wrapped_below_a_numbered_sentence_is_its_text(item: tuple[str, str]) -> None:
    _, second = second_item(item, BELOW_TEXT)
    assert (second.heading, [p.text for p in second.paragraphs]) == (
        None,
        [" ".join(item).removeprefix("2. "), "The two ministers exchanged views."],
    )


def test_a_topic_wrapped_over_two_lines_above_the_next_item_ends_its_section() -> None:
    text, second = second_item(WRAPPED_TOPIC, BELOW_ITEM)
    assert (second.heading, second.paragraphs) == (" ".join(WRAPPED_TOPIC).removeprefix("2. "), ())
    assert second.span.slice(text) == "\n".join(WRAPPED_TOPIC)


@pytest.mark.parametrize(
    "topic",
    [
        ("2. Cooperation toward a Free and Open Indo-Pacific with the", "Quad and ASEAN"),
        ("2. Cooperation with India in the Fields of Defense, Space and the", "Digital Economy"),
    ],
)
def test_a_topic_with_its_links_in_lower_case_wrapped_over_two_lines_is_one_heading(
    topic: tuple[str, str],
) -> None:
    _, second = second_item(topic, BELOW_ITEM)
    assert (second.heading, second.paragraphs) == (" ".join(topic).removeprefix("2. "), ())


def test_a_year_wrapped_below_a_topic_goes_on_with_it() -> None:
    # "... the Saudi-Japan Vision" / "2030": a year is no paragraph of its own.
    text = (
        f"{HEADER}{LEAD}1. Bilateral Relations including Energy, Investment and the Saudi-Japan "
        "Vision\n2030\nMinister Hayashi stated that Japan would cooperate.\n"
    )
    first = parse(text).sections[0]
    assert first.heading == (
        "Bilateral Relations including Energy, Investment and the Saudi-Japan Vision 2030"
    )
    assert [p.text for p in first.paragraphs] == [
        "Minister Hayashi stated that Japan would cooperate."
    ]


# A page hard-wrapped at 72 characters.
WRAPPED_AT_72 = """Japan-U.S. Relations

Japan-U.S. Foreign Minister and Defense Secretary Meeting

October 21, 2009

On October 21, commencing at 2:10 p.m. for approximately one hour,
Mr. Katsuya Okada, Minister for Foreign Affairs, held a meeting with
the Honorable Robert M. Gates, Secretary of Defense of the United States
of America, who is visiting Japan. The outline of the meeting is as
follows.

1. Secretary Gates stated that the Japan-U.S. Alliance is the
cornerstone of peace and stability in the Asia-Pacific region, and that
the U.S. attaches importance to the realignment of U.S. Forces in Japan
under the roadmap agreed between the two Governments.

{item}
"""


@pytest.mark.parametrize(
    ("item", "paragraphs"),
    [
        # The stop closes "U.S.", and "Alliance" would not have fitted on the
        # line: one paragraph, no topic.
        (
            "2. Minister Okada stated that the new Government places the Japan-U.S.\n"
            "Alliance at the core of its foreign policy, and that he would like to\n"
            "deepen the Alliance over the coming years.",
            [
                "Minister Okada stated that the new Government places the Japan-U.S. "
                "Alliance at the core of its foreign policy, and that he would like to "
                "deepen the Alliance over the coming years."
            ],
        ),
        # A sentence ending on "U.S." is no topic, and the next one opens.
        (
            "2. Minister Okada stated that he would visit the U.S.\n"
            "The two ministers agreed to meet again.",
            [
                "Minister Okada stated that he would visit the U.S.",
                "The two ministers agreed to meet again.",
            ],
        ),
    ],
)
def test_an_item_line_ending_on_an_abbreviation_is_a_sentence_not_a_topic(
    item: str, paragraphs: list[str]
) -> None:
    readout = parse(WRAPPED_AT_72.format(item=item))
    numbered = readout.sections[-1]
    assert (numbered.number, numbered.heading) == (2, None)
    assert [paragraph.text for paragraph in numbered.paragraphs] == paragraphs


# A page wrapped at 70 characters whose lead breaks after styles ("Mr.",
# "H.E."), which read as full stops: its numbered lines, wrapped like the
# rest, tell the width too.
PERU = """Japan-Peru Relations

Japan-Peru Foreign Ministers' Meeting

March 2, 2011

On March 2, commencing at 10:00 a.m. for approximately 45 minutes, Mr.
Seiji Maehara, Minister for Foreign Affairs, held a meeting with H.E.
Mr. José Antonio García Belaúnde, Minister of Foreign Affairs of the
Republic of Peru, who was visiting Japan. The overview of the meeting
is as follows.

1. Bilateral relations

(1) Minister Maehara welcomed the signing of the Japan-Peru Economic
Partnership Agreement last year and stated that he hoped for its early
entry into force.

(2) Minister García Belaúnde expressed his gratitude for Japan’s
cooperation in the fields of mining and energy, and stated that Peru
welcomes investment from Japanese companies.

2. Multilateral cooperation

The two ministers confirmed that they would continue to cooperate in
the negotiations on the Trans-Pacific Partnership.

Back to Japan-Peru Relations
"""


def test_numbered_lines_wrapped_at_the_width_go_on_below() -> None:
    readout = parse(PERU)
    [bilateral, multilateral] = readout.sections
    first, second = bilateral.subsections
    assert (first.heading, [p.text for p in first.paragraphs]) == (
        None,
        [
            "Minister Maehara welcomed the signing of the Japan-Peru Economic Partnership "
            "Agreement last year and stated that he hoped for its early entry into force."
        ],
    )
    assert (second.heading, [p.text for p in second.paragraphs]) == (
        None,
        [
            "Minister García Belaúnde expressed his gratitude for Japan’s cooperation in the "
            "fields of mining and energy, and stated that Peru welcomes investment from "
            "Japanese companies."
        ],
    )
    assert multilateral.heading == "Multilateral cooperation"
    assert first.paragraphs[0].span.slice(PERU).endswith("entry into force.")


def test_numbered_topic_lines_do_not_make_a_page_wrapped() -> None:
    # Six long topic lines with no stop, text under each: a page of one line a
    # paragraph, not one hard-wrapped at their length.
    topics = [
        "Bilateral relations, including trade, investment and people-to-people exchanges",
        "Cooperation in the international arena, including the United Nations and the G20",
        "Regional situation in East Asia, including North Korea and the South China Sea",
        "Economic relations, including the TPP11 Agreement and the Pacific Alliance",
        "Cooperation on disaster risk reduction, including earthquakes and tsunamis",
        "Climate change, environment and the protection of the oceans and fisheries",
    ]
    said = [
        "Minister Kono stated that Japan values the relationship with Chile and hopes to "
        "deepen cooperation in many fields.",
        "Minister Ampuero explained Chile's policy on free trade and welcomed the entry into "
        "force of the agreement.",
    ]
    body = "".join(
        f"({n}) {topic}\n{said[0]}\n{said[1]}\n\n" for n, topic in enumerate(topics, start=1)
    )
    readout = parse(HEADER + LEAD + "\n" + body)
    assert [[p.text for p in s.paragraphs] for s in readout.sections] == [
        [topic, *said] for topic in topics
    ]
    kono = [s for s in readout.statements if s.text == said[0]]
    assert [[p.family_name for p in s.speakers] for s in kono] == [["Kono"]] * 6


# A page wrapped at 70 columns, as a text browser dumps one: a lettered list
# entry in lower case, and a sentence after a part's label, each broken
# where the next word would not have fitted.
WRAPPED_PARTS = (
    "On April 15, commencing at 4:10 p.m. (local time) for approximately 150 minutes, Mr. Fumio "
    "Kishida, Minister for Foreign Affairs of Japan, who is visiting Moscow, held a meeting with "
    "H.E. Mr. Sergey V. Lavrov, Minister of Foreign Affairs of the Russian Federation. The "
    "overview of the meeting is as follows.",
    "1. Peace treaty negotiations",
    "(1) The two ministers had a frank discussion on the issue of the conclusion of a peace "
    "treaty, and agreed to continue negotiations in a new approach.",
    "(2) The two ministers confirmed that they would cooperate on the following matters in the "
    "coming year:",
    "(a) the early conclusion of the negotiations on the Japan-Russia Economic Partnership "
    "Agreement;",
    "(b) the facilitation of visits by the former island residents to the graves of their "
    "ancestors.",
    "2. Economic relations",
    "The two ministers confirmed the importance of economic cooperation in such areas as "
    "energy, medical care and the development of the Far East.",
    "(Reference) This was Minister Kishida's first visit to Russia since November 2013.",
    "Back to Japan-Russia Relations",
)


def test_a_lettered_entry_and_a_labelled_sentence_broken_at_the_width_are_text() -> None:
    text = "Japan-Russia Relations\n\nJapan-Russia Foreign Ministers' Meeting\n\nApril 15, 2016\n\n"
    text += "\n\n".join(textwrap.fill(paragraph, 70) for paragraph in WRAPPED_PARTS) + "\n"
    # Each of the two is broken over two lines.
    assert "Japan-Russia\nEconomic Partnership" in text
    assert "since\nNovember 2013." in text
    readout = parse(text)
    peace, economy = readout.sections
    entry = peace.subsections[1].subsections[0]
    assert (entry.marker, entry.heading) == ("(a)", None)
    assert [p.text for p in entry.paragraphs] == [WRAPPED_PARTS[4].removeprefix("(a) ")]
    # The labelled sentence is text of the item above, as on one line; no part of its own.
    assert [p.text for p in economy.paragraphs] == [WRAPPED_PARTS[7], WRAPPED_PARTS[8]]
    assert len(readout.sections) == 2
    assert readout.diagnostics == ()
