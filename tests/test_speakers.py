"""Who speaks, sentence form by sentence form: a table of real phrasings.

Each row is a body sentence under a lead whose principals are Kishida (of
Japan) and Tillerson (of the United States), and the family names of the
principals the sentence reports speaking, with the verb.
"""

from __future__ import annotations

import pytest

import readout_parser
from readout_parser import Statement

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
    # A meeting held is one however long its name; a view held is one.
    ('The two ministers also held the second Japan-U.S. "2+2" following the meeting.', [], None),
    (
        "The two ministers held the Seventh Japan-U.S. Foreign and Defense Ministerial Meeting.",
        [],
        None,
    ),
    (
        "The two ministers held the view that the meeting mattered.",
        ["Kishida", "Tillerson"],
        "held",
    ),
    ("The two ministers had a discussion on the summit meeting.", ["Kishida", "Tillerson"], "had"),
    # What is held is the head of the object, before the word that ends it.
    (
        "The two ministers had a candid discussion about the upcoming summit.",
        ["Kishida", "Tillerson"],
        "had",
    ),
    (
        "The two ministers held in-depth discussions concerning the outcome of the Summit.",
        ["Kishida", "Tillerson"],
        "held",
    ),
    (
        "The two ministers had a productive exchange ahead of the summit.",
        ["Kishida", "Tillerson"],
        "had",
    ),
    (
        "The two ministers held a candid discussion with the press during the dinner.",
        ["Kishida", "Tillerson"],
        "held",
    ),
    ("The two ministers held a Japan-Republic of Korea Foreign Ministers' Meeting.", [], None),
    (
        "The two ministers held the Third Japan-Republic of Korea High-Level Economic Dialogue.",
        [],
        None,
    ),
    (
        "The two ministers held the view, as the summit meeting did, that trade matters.",
        ["Kishida", "Tillerson"],
        "held",
    ),
    ("Minister Kishida hosted a breakfast for Secretary Tillerson.", [], None),
    ("The overview is as follows.", [], None),
    # Calls paid report no view; a call on someone to act does.
    ("Minister Kishida paid a courtesy call on President Obama.", [], None),
    ("Minister Kishida called on President Obama.", [], None),
    (
        "Minister Kishida called on Secretary Tillerson to attend the conference.",
        ["Kishida"],
        "called",
    ),
    # Events the principals took part in report no view.
    ("Following the meeting, the two ministers held a joint press conference.", [], None),
    ("The two ministers attended a dinner hosted by Minister Kishida.", [], None),
    ("The two ministers witnessed the exchange of notes.", [], None),
    ("Minister Kishida and Secretary Tillerson signed the document.", [], None),
    # Background about a principal's career: what they did, not said.
    ("Secretary Tillerson assumed office as Secretary of State in February 2017.", [], None),
    ("Secretary Tillerson took office in February 2017.", [], None),
    ("Secretary Tillerson served as Chairman of ExxonMobil from 2006 to 2016.", [], None),
    ("Minister Kishida took part in the dinner.", [], None),
    ("Secretary Tillerson arrived in Tokyo on March 15.", [], None),
    ("Secretary Tillerson arrived at Haneda Airport on March 15.", [], None),
    ("Secretary Tillerson departed for Seoul on March 17.", [], None),
    ("Secretary Tillerson graduated from the University of Texas.", [], None),
    ("Secretary Tillerson took office, succeeding Secretary Kerry.", [], None),
    ("Secretary Tillerson became Secretary of State in February 2017.", [], None),
    ("Secretary Tillerson assumed the post in February 2017.", [], None),
    # The same verbs reporting a view.
    (
        "The two ministers arrived at a common understanding that talks should continue.",
        ["Kishida", "Tillerson"],
        "arrived",
    ),
    (
        "The two ministers became convinced that dialogue matters.",
        ["Kishida", "Tillerson"],
        "became",
    ),
    ("Minister Kishida assumed that the talks would resume.", ["Kishida"], "assumed"),
    ("Minister Kishida assumed the talks would resume.", ["Kishida"], "assumed"),
    (
        "The two ministers arrived at a shared recognition that cooperation matters.",
        ["Kishida", "Tillerson"],
        "arrived",
    ),
    ("The two ministers arrived at an understanding.", ["Kishida", "Tillerson"], "arrived"),
    ("Secretary Tillerson arrived.", [], None),
    ("Secretary Tillerson arrived on an official visit.", [], None),
    ("Secretary Tillerson became the first Secretary to visit Hokkaido.", [], None),
    # "took up" raises a topic.
    (
        "Minister Kishida took up the abduction issue.",
        ["Kishida"],
        "took",
    ),
    # "The two" and "Both" with no noun, when they count every principal.
    ("The two also exchanged views on regional affairs.", ["Kishida", "Tillerson"], "exchanged"),
    ("Both agreed to meet again.", ["Kishida", "Tillerson"], "agreed"),
    # "had" or "held" after the head alone: a discussion or a view held.
    ("The two had a candid discussion about Hong Kong.", ["Kishida", "Tillerson"], "had"),
    ("Both held the view that trade matters.", ["Kishida", "Tillerson"], "held"),
    # A meeting had is no view, after the head alone as after "The two ministers".
    ("The two had talks over lunch.", [], None),
    ("The three agreed to meet again.", [], None),
    # An auxiliary and its verb: a position refused, a request made before.
    ("Minister Kishida did not accept this.", ["Kishida"], "did not accept"),
    ("Secretary Tillerson could not agree.", ["Tillerson"], "could not agree"),
    ("Minister Kishida cannot accept the claim.", ["Kishida"], "cannot accept"),
    ("Minister Kishida had stated that Japan would respond.", ["Kishida"], "had stated"),
    ("Minister Kishida has requested the release.", ["Kishida"], "has requested"),
    ("The U.S. side did not agree.", ["Tillerson"], "did not agree"),
    # "could not (help) but" and a verb of report: a view held all the same.
    (
        "Minister Kishida could not but express his regret.",
        ["Kishida"],
        "could not but express",
    ),
    (
        "Secretary Tillerson could not help but note the progress.",
        ["Tillerson"],
        "could not help but note",
    ),
    ("Minister Kishida could not but attend the dinner.", [], None),
    (
        "Minister Kishida stated his view, and Secretary Tillerson did not agree.",
        ["Kishida", "Tillerson"],
        "stated",
    ),
    # Inside what a speaker said, "and" and an auxiliary go on with it.
    (
        "Minister Kishida stated that it was serious and Japan could not accept it.",
        ["Kishida"],
        "stated",
    ),
    (
        "Minister Kishida stated that he was grateful and the United States had requested it.",
        ["Kishida"],
        "stated",
    ),
    (
        "Secretary Tillerson stated that he was grateful and Japan had requested it.",
        ["Tillerson"],
        "stated",
    ),
    # Not an event not attended, a side's intention, or a clause inside the sentence.
    ("Minister Kishida did not attend the dinner.", [], None),
    ("Minister Kishida did not meet the delegation.", [], None),
    ("Minister Kishida did not go into detail.", [], None),
    ("Japan would not accept any change.", [], None),
    ("Minister Kishida has been to Washington.", [], None),
    (
        "Minister Kishida explained the measures which the United States has introduced.",
        ["Kishida"],
        "explained",
    ),
    (
        "Minister Kishida raised the measures, and noted that the United States has introduced "
        "them.",
        ["Kishida"],
        "raised",
    ),
    # What the sides settled, written without an agent, is every principal's.
    ("It was agreed that the two ministers would meet again.", ["Kishida", "Tillerson"], "agreed"),
    ("It was also confirmed that talks continue.", ["Kishida", "Tillerson"], "confirmed"),
    # With its agent named, it is the agent's.
    (
        "It was confirmed by both ministers that talks continue.",
        ["Kishida", "Tillerson"],
        "confirmed",
    ),
    ("It was agreed by Secretary Tillerson to send a team.", ["Tillerson"], "agreed"),
    ("It was confirmed by the press that talks continue.", [], None),
    # Views exchanged with no agent: the principals exchanged them.
    (
        "Views were also exchanged on the situation in the Middle East.",
        ["Kishida", "Tillerson"],
        "exchanged",
    ),
    (
        "In addition, views were exchanged on regional affairs.",
        ["Kishida", "Tillerson"],
        "exchanged",
    ),
    ("The views of the two sides were far apart.", [], None),
    ("Views were exchanged between the directors-general on consular matters.", [], None),
    ("Views were then exchanged at length on North Korea.", ["Kishida", "Tillerson"], "exchanged"),
    # What they did, not said.
    ("The two ministers co-chaired the Japan-U.S. Security Consultative Committee.", [], None),
    (
        "Minister Kishida invited Secretary Tillerson, and it was decided that he would visit.",
        ["Kishida", "Tillerson"],
        "invited",
    ),
    ("It was reported that talks continue.", [], None),
    # An event, unless a reporting verb follows after "and".
    (
        "Minister Kishida attended the session and expressed Japan's position.",
        ["Kishida"],
        "expressed",
    ),
    (
        "Secretary Tillerson also met with the families of the abductees during his visit.",
        [],
        None,
    ),
    (
        "The two ministers met again in the afternoon and confirmed the plan.",
        ["Kishida", "Tillerson"],
        "confirmed",
    ),
    (
        "The two ministers had a discussion on pressing regional issues.",
        ["Kishida", "Tillerson"],
        "had",
    ),
    (
        "The two ministers held the view that pressure must be kept up.",
        ["Kishida", "Tillerson"],
        "held",
    ),
    ("The two ministers held a working lunch.", [], None),
    # "The two" or "Both" before a word that is no reporting verb is no subject.
    ("The two aforementioned agreements entered into force.", [], None),
    ("Both concerned ministries will cooperate.", [], None),
    # An adverb between "was" and the participle of a passive.
    (
        "Minister Kishida was also briefed by Secretary Tillerson on the situation.",
        ["Tillerson"],
        "briefed",
    ),
    (
        "Minister Kishida was then informed by Secretary Tillerson of the plan.",
        ["Tillerson"],
        "informed",
    ),
    # What the principals did, then ", and" what they said: one subject.
    (
        "Following the meeting, the two ministers witnessed the exchange of documents, and "
        "issued a joint statement.",
        ["Kishida", "Tillerson"],
        "issued",
    ),
    # ", to which" or ", for which" a principal answers: a clause of its own.
    (
        "Minister Kishida sought cooperation on the abductions issue, to which Secretary "
        "Tillerson expressed his support.",
        ["Kishida", "Tillerson"],
        "sought",
    ),
    (
        "Minister Kishida explained the plan, for which Secretary Tillerson expressed his "
        "appreciation.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    (
        "Minister Kishida referred to the agreement, to which both countries are parties.",
        ["Kishida"],
        "referred",
    ),
    # The comma inside closing quotes, as the site writes it.
    (
        "Minister Kishida explained Japan’s “Free and Open Indo-Pacific Strategy,” to which "
        "Secretary Tillerson expressed his support.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    (
        "Minister Kishida stated that Japan and the United States share the “rule of law,” and "
        "the Secretary expressed his support.",
        ["Kishida", "Tillerson"],
        "stated",
    ),
    (
        'Minister Kishida explained the "Proactive Contribution to Peace," while Secretary '
        "Tillerson expressed his support.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    # The principal who answers may be named by office or side.
    (
        "Minister Kishida explained the plan, to which the Secretary expressed his appreciation.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    # Inside what a speaker said, "and the two countries" opens no clause,
    # past a clause of "since" too.
    (
        "Secretary Tillerson stated that since Japan and the United States concluded the "
        "treaty, trade grew and the two countries shared values.",
        ["Tillerson"],
        "stated",
    ),
    # Without the comma, "to which" opens no clause of its own.
    (
        "Minister Kishida referred to the plan to which Secretary Tillerson agreed.",
        ["Kishida"],
        "referred",
    ),
    # A list joined by "and", each part a name, an office or a side.
    ("The Secretary and Minister Kishida exchanged views.", ["Tillerson", "Kishida"], "exchanged"),
    ("Minister Kishida and his counterpart confirmed it.", ["Kishida", "Tillerson"], "confirmed"),
    # One acting "together with" or "along with" another: both speak, the
    # subject first; an aside of no principal adds no one.
    (
        "Minister Kishida, together with Secretary Tillerson, welcomed the progress.",
        ["Kishida", "Tillerson"],
        "welcomed",
    ),
    (
        "The Secretary, along with Minister Kishida, expressed concern.",
        ["Tillerson", "Kishida"],
        "expressed",
    ),
    (
        "Together with Secretary Tillerson, Minister Kishida condemned the launch.",
        ["Kishida", "Tillerson"],
        "condemned",
    ),
    (
        "Minister Kishida, together with other G7 ministers, condemned the launch.",
        ["Kishida"],
        "condemned",
    ),
    (
        "Minister Kishida stated that Japan, together with the Secretary, would act.",
        ["Kishida"],
        "stated",
    ),
    # A list with a part that names no principal names no one.
    ("Japan and Ruritania confirmed their cooperation.", [], None),
    # Two sides listed with "and".
    (
        "Japan and the United States confirmed their cooperation.",
        ["Kishida", "Tillerson"],
        "confirmed",
    ),
    # Who is named in a phrase opening on a participle is not its subject.
    (
        "Recalling that Secretary Tillerson called for a review, Minister Kishida said "
        "that Japan would consider it.",
        ["Kishida"],
        "said",
    ),
    (
        "Noting that Secretary Tillerson had visited the region, Minister Kishida expressed "
        "his appreciation.",
        ["Kishida"],
        "expressed",
    ),
    (
        "Following the meeting, the two ministers held a joint press conference.",
        [],
        None,
    ),
    # Without a subject after the phrase, the one inside it stands: a heading
    # run into its text.
    (
        "Opening remarks Secretary Tillerson stated that he was pleased, and that he was grateful.",
        ["Tillerson"],
        "stated",
    ),
    # A word in "-ing" that a verb follows is a subject.
    ("Beijing expressed its concern.", [], None),
    # "and" without a comma opens a clause of its own where the principals
    # together, in lower case, are its subject.
    (
        "Secretary Tillerson expressed his appreciation for Japan's support so far and the "
        "two sides concurred to strengthen cooperation.",
        ["Tillerson", "Kishida"],
        "expressed",
    ),
    (
        "Minister Kishida explained the situation and both leaders agreed to cooperate.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    # Not inside what a speaker said, nor "they", which may stand for things.
    (
        "Minister Kishida stated that Japan had been a close ally and the two countries "
        "shared fundamental values.",
        ["Kishida"],
        "stated",
    ),
    (
        "Minister Kishida stated that Japan and Canada had worked together on "
        "free trade and the two countries shared fundamental values.",
        ["Kishida"],
        "stated",
    ),
    # A reported clause ending on a name before "and" and another speaker's verb.
    (
        "Minister Kishida stated that Japan would continue to support Ukraine and Secretary "
        "Tillerson expressed his support.",
        ["Kishida", "Tillerson"],
        "stated",
    ),
    (
        "Minister Kishida explained the measures that Japan has taken against North Korea and "
        "Secretary Tillerson welcomed them.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    (
        "Secretary Tillerson explained the measures taken by the two governments and they "
        "showed results.",
        ["Tillerson"],
        "explained",
    ),
    (
        "Secretary Tillerson welcomed Japan and the two countries' cooperation.",
        ["Tillerson"],
        "welcomed",
    ),
    # What the sides settled, after an opening phrase.
    (
        "At the end of the meeting, it was confirmed that a secretariat would be launched.",
        ["Kishida", "Tillerson"],
        "confirmed",
    ),
    ("Finally, it was agreed that the two would meet again.", ["Kishida", "Tillerson"], "agreed"),
    (
        "In addition, it was also confirmed that consultations would continue.",
        ["Kishida", "Tillerson"],
        "confirmed",
    ),
    ("In this regard, it was reported that talks had begun.", [], None),
    # Only after a phrase that opens the clause and says no verb.
    (
        "Secretary Tillerson stated that, as for the plan, it was decided that the U.S. would "
        "contribute.",
        ["Tillerson"],
        "stated",
    ),
    (
        "Minister Kishida noted that since 2015, it was confirmed that the two countries "
        "would cooperate.",
        ["Kishida"],
        "noted",
    ),
    ("At the meeting it was agreed that the two would meet again.", [], None),
    # A clause a subordinator opens, at the start of the sentence too.
    (
        "When Secretary Tillerson explained the plan, Minister Kishida welcomed it.",
        ["Kishida"],
        "welcomed",
    ),
    (
        "After Secretary Tillerson explained the plan, Minister Kishida highly appreciated it.",
        ["Kishida"],
        "appreciated",
    ),
    (
        "Before Minister Kishida left the room, Secretary Tillerson thanked him.",
        ["Tillerson"],
        "thanked",
    ),
    # "While" opening a sentence sets what each side said side by side.
    (
        "While Secretary Tillerson expressed his gratitude for the invitation, Minister "
        "Kishida stated that he would like to work closely.",
        ["Tillerson", "Kishida"],
        "expressed",
    ),
    ("While welcoming the progress, Minister Kishida stated his view.", ["Kishida"], "stated"),
    # The main clause's subject may be "the" and an office.
    (
        "While Minister Kishida expressed his appreciation, the Secretary stated that the "
        "United States would monitor the situation.",
        ["Kishida", "Tillerson"],
        "expressed",
    ),
    (
        "While Minister Kishida expressed concern, the U.S. side stated its position.",
        ["Kishida", "Tillerson"],
        "expressed",
    ),
    # So after a phrase opening the sentence.
    (
        "Regarding North Korea, while Minister Kishida asked for cooperation, Secretary "
        "Tillerson stated that the United States would cooperate.",
        ["Kishida", "Tillerson"],
        "asked",
    ),
    (
        "With regard to the situation in the East and South China Seas, while Minister Kishida "
        "expressed concern, the U.S. side shared the view.",
        ["Kishida", "Tillerson"],
        "expressed",
    ),
    # Not after a clause that says something: "while" there opens a clause of its own.
    (
        "Minister Kishida explained the plan, while welcoming the progress, and Secretary "
        "Tillerson agreed.",
        ["Kishida", "Tillerson"],
        "explained",
    ),
    # A list in what the first clause reports opens no clause of its own.
    (
        "While Minister Kishida noted that Japan, the Philippines and Australia shared "
        "values, Secretary Tillerson stated his view.",
        ["Kishida", "Tillerson"],
        "noted",
    ),
    (
        "Although Secretary Tillerson explained the plan, Minister Kishida expressed concern.",
        ["Kishida"],
        "expressed",
    ),
    (
        "Because Secretary Tillerson had explained the plan, Minister Kishida agreed.",
        ["Kishida"],
        "agreed",
    ),
]


@pytest.mark.parametrize(("sentence", "speakers", "verb"), CASES, ids=[c[0][:40] for c in CASES])
def test_speakers_of_a_sentence(sentence: str, speakers: list[str], verb: str | None) -> None:
    readout = readout_parser.parse(LEAD + sentence)
    assert [p.family_name for p in readout.meeting.participants] == ["Kishida", "Tillerson"]
    statement = readout.statements[-1]
    assert statement.text == sentence
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A place written short ends a sentence before an office opening the next.
        (
            "Minister Kishida welcomed Secretary Tillerson on his visit to Washington, D.C. "
            "Minister Kishida expressed his gratitude.",
            [
                (
                    "Minister Kishida welcomed Secretary Tillerson on his visit to "
                    "Washington, D.C.",
                    "welcomed",
                ),
                ("Minister Kishida expressed his gratitude.", "expressed"),
            ],
        ),
        # "U.S." qualifies the office after it.
        (
            "Minister Kishida welcomed the U.S. Secretary of State to Tokyo.",
            [("Minister Kishida welcomed the U.S. Secretary of State to Tokyo.", "welcomed")],
        ),
        # A question ends its sentence, after a place's name too; a letter a
        # broken encoding lost inside a name before its office does not.
        (
            "Minister Kishida asked whether the two could keep a peaceful East China Sea? "
            "Mr. Tillerson responded that they could.",
            [
                (
                    "Minister Kishida asked whether the two could keep a peaceful East China Sea?",
                    "asked",
                ),
                ("Mr. Tillerson responded that they could.", "responded"),
            ],
        ),
        (
            "Minister Kishida asked whether Japan should invite Secretary Tillerson? Tillerson "
            "said yes.",
            [
                (
                    "Minister Kishida asked whether Japan should invite Secretary Tillerson?",
                    "asked",
                ),
                ("Tillerson said yes.", "said"),
            ],
        ),
        (
            "Minister Kishida asked whether they agreed? Tillerson, for his part, said yes.",
            [
                ("Minister Kishida asked whether they agreed?", "asked"),
                ("Tillerson, for his part, said yes.", "said"),
            ],
        ),
        (
            "Minister Kishida welcomed Mr. Gordan Grli? Radman, Minister of Croatia, to Tokyo.",
            [
                (
                    "Minister Kishida welcomed Mr. Gordan Grli? Radman, Minister of Croatia, to "
                    "Tokyo.",
                    "welcomed",
                )
            ],
        ),
        # An article of a charter, an amount in billions: no sentence ends there.
        (
            "Minister Kishida referred to Art. 51 of the UN Charter. Secretary Tillerson agreed.",
            [
                ("Minister Kishida referred to Art. 51 of the UN Charter.", "referred"),
                ("Secretary Tillerson agreed.", "agreed"),
            ],
        ),
        # But a museum of art ends its sentence.
        (
            "Minister Kishida visited the National Gallery of Art. Secretary Tillerson "
            "welcomed it.",
            [
                ("Minister Kishida visited the National Gallery of Art.", None),
                ("Secretary Tillerson welcomed it.", "welcomed"),
            ],
        ),
        # A newspaper named "Japan Times" is no zone of the time before it.
        (
            "Minister Kishida arrived at 3 p.m. Japan Times reported that Minister Kishida "
            "stated his view.",
            [
                # Arriving is what he did, not said: no verb. What a paper
                # reported is a reported clause, whose subject speaks for no one.
                ("Minister Kishida arrived at 3 p.m.", None),
                ("Japan Times reported that Minister Kishida stated his view.", None),
            ],
        ),
    ],
)
def test_where_an_abbreviation_ends_a_sentence(
    text: str, sentences: list[tuple[str, str | None]]
) -> None:
    readout = readout_parser.parse(LEAD + text)
    got = [(s.text, s.verb) for s in readout.statements[1:]]
    assert got == sentences


def test_a_lead_sentence_going_on_with_a_reporting_verb_still_has_no_speakers() -> None:
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nJapan-U.S. Summit Meeting\nMay 9, 2017\nOn May 9, Prime Minister "
        "Shinzo Abe held a summit meeting with President Donald J. Trump, and the two leaders "
        "issued a joint statement.\n1. Trade\nThe two leaders agreed.\n"
    )
    first = readout.statements[0]
    assert (first.speakers, first.verb) == ((), None)


def test_on_a_page_with_no_lead_the_first_speakers_sentence_reports_them() -> None:
    # seeds/000: the principals are who speak first in the body, and the
    # sentence that names the first of them is a statement, not a lead.
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nJapan-U.S. Foreign Ministers’ Meeting\nNovember 18, 2016\n"
        "1. Opening Remarks\nSecretary Kerry noted that the alliance is strong.\n"
        "Minister Kishida noted that the alliance is the cornerstone.\n"
        # Below the first item: no third who speaks first, which would leave who met unknown.
        "2. Other meetings\nMinister Wang Yi of China stated his view at a separate meeting.\n"
    )
    got = [
        ([p.family_name for p in s.speakers], s.verb, s.other_speaker) for s in readout.statements
    ]
    assert got == [
        (["Kerry"], "noted", None),
        (["Kishida"], "noted", None),
        # An office written with another name is someone else's, even when a
        # principal's title is that office alone ("Minister").
        ([], "stated", "Minister Wang Yi of China"),
    ]


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


def test_he_after_joint_sentences_alone_is_no_one_where_both_may_be_men() -> None:
    # A pronoun of one person stands for one: neither of the two is he more than the other.
    readout = readout_parser.parse(
        LEAD + "The two ministers confirmed their cooperation. He also noted the date."
    )
    assert readout.statements[-1].speakers == ()


@pytest.mark.parametrize(
    ("pronoun", "family"), [("He", "Kishida"), ("She", "Bishop")], ids=["he", "she"]
)
def test_a_pronoun_after_joint_sentences_alone_is_the_one_it_fits(
    pronoun: str, family: str
) -> None:
    readout = readout_parser.parse(
        "Japan-Australia Relations\nMay 9, 2018\nOn May 9, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs, held a meeting with the Honourable Ms. Julie Bishop, Minister for "
        "Foreign Affairs of Australia.\n1. The two ministers confirmed their cooperation. "
        f"{pronoun} also noted the date."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == ([family], "noted")


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


def test_a_counterpart_whose_office_ends_on_its_body_is_the_side_no_office_names() -> None:
    # "... Central Foreign Affairs Commission" names a body, not a country.
    readout = readout_parser.parse(
        "Japan-China Relations\nJuly 13, 2023\nOn July 13, Mr. HAYASHI Yoshimasa, Minister for "
        "Foreign Affairs of Japan, held a meeting with Mr. Wang Yi, Member of the Political "
        "Bureau of the Communist Party of China (CPC) Central Committee and Director of the "
        "Office of the Central Foreign Affairs Commission.\n1. The Chinese side stated its "
        "position."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (["Wang"], "stated")


TRIO = (
    "Japan-Australia Relations\nSeptember 2, 2022\nOn September 2, Mr. KISHIDA Fumio, Prime "
    "Minister of Japan, received a courtesy call from the Hon. Penny Wong, Minister for Foreign "
    "Affairs of Australia, and the Hon. Richard Marles, Deputy Prime Minister and Minister for "
    "Defence of Australia.\n1. "
)


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        # An office named with a country written with "the".
        (
            "On June 27, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. "
            "Mr. Mark Rutte, Prime Minister of the Kingdom of the Netherlands.",
            "The Prime Minister of the Netherlands also touched upon the situation. He also "
            "stated his view.",
            [["Rutte"], ["Rutte"]],
        ),
        # A country of two words: "of Viet Nam".
        (
            "On June 6, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. "
            "Mr. Nguyen Xuan Phuc, Prime Minister of the Socialist Republic of Viet Nam.",
            "The Prime Minister of Viet Nam stated his view. Prime Minister Abe welcomed it.",
            [["Nguyen"], ["Abe"]],
        ),
        # Two offices so named, joined by "and".
        (
            "On June 27, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. "
            "Mr. Mark Rutte, Prime Minister of the Kingdom of the Netherlands.",
            "The Prime Minister of the Netherlands and the Prime Minister of Japan welcomed the "
            "progress. Prime Minister Abe stated his view.",
            [["Rutte", "Abe"], ["Abe"]],
        ),
        # "The Amir", as "the Emir".
        (
            "On July 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-Qatar Summit "
            "Meeting with His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of "
            "Qatar.",
            "The Amir welcomed the visit. Prime Minister Kishida stated his view.",
            [["Al Thani"], ["Kishida"]],
        ),
        # A royal style alone names its holder, written out or short ("H.H.").
        (
            "On July 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-Qatar Summit "
            "Meeting with His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of "
            "Qatar.",
            "His Highness welcomed the visit. Prime Minister Kishida stated his view.",
            [["Al Thani"], ["Kishida"]],
        ),
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.H. "
            "Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International "
            "Cooperation of the United Arab Emirates.",
            "In response, His Highness expressed his appreciation. His visit was welcomed.",
            [["Al Nahyan"], []],
        ),
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with His "
            "Majesty King Abdullah II bin Al-Hussein of the Hashemite Kingdom of Jordan.",
            "His Majesty stated that the ties are strong. Her Majesty stated her view.",
            [["bin Al-Hussein"], []],
        ),
        # Written short, the style is "His" or "Her" as the principal's rank tells.
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, paid a courtesy call on H.M. "
            "King Abdullah II bin Al-Hussein of the Hashemite Kingdom of Jordan.",
            "His Majesty stated that the ties are strong. Her Majesty stated her view.",
            [["bin Al-Hussein"], []],
        ),
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.R.H. "
            "Princess Basma bint Talal of the Hashemite Kingdom of Jordan.",
            "His Royal Highness stated his view. Her Royal Highness stated that the ties are "
            "strong.",
            [[], ["bint Talal"]],
        ),
        # "His Excellency" opens no reference; the name after it does.
        (
            "On July 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-Qatar Summit "
            "Meeting with His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of "
            "Qatar.",
            "His Excellency Mr. Kishida stated that Japan valued Qatar. His Highness welcomed it.",
            [["Kishida"], ["Al Thani"]],
        ),
        # A foreign minister in full or short, by the one principal who is one.
        (
            "On April 5, Prime Minister Naoto Kan received a courtesy call from the Hon. Kevin "
            "Rudd MP, Minister for Foreign Affairs of Australia.",
            "The Foreign Minister expressed his condolences. The Minister for Foreign Affairs "
            "stated that Australia stands with Japan.",
            [["Rudd"], ["Rudd"]],
        ),
        # A lesser office alone is not the greater one.
        (
            "On April 10, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the "
            "Honorable Joseph R. Biden, Jr., President of the United States, and the Honorable "
            "Kamala D. Harris, Vice President of the United States.",
            "The Vice President explained the outcome. The President stated his view.",
            [["Harris"], ["Biden"]],
        ),
        # "... of the Russian Federation" names Russia: "the Chinese side" is not his.
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr. "
            "Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.",
            "The Chinese side stated its position. The Russian side stated its position.",
            [[], ["Lavrov"]],
        ),
    ],
)
def test_an_office_names_its_holder_in_the_sites_spellings(
    lead: str, sentence: str, speakers: list[list[str]]
) -> None:
    readout = readout_parser.parse(f"Japan Relations\nMay 9, 2019\n{lead}\n1. {sentence}")
    found = [[p.family_name for p in s.speakers] for s in readout.statements[-2:]]
    assert found == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("The Prime Minister stated his view.", ["Kishida"]),
        # A lesser office of the name is not the office: "Deputy Prime Minister".
        ("The Deputy Prime Minister explained the outcome.", ["Marles"]),
        ("Deputy Prime Minister Marles explained the outcome.", ["Marles"]),
    ],
)
def test_an_office_alone_names_its_holder_not_the_holder_of_a_greater_one(
    sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(TRIO + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


def test_an_office_held_by_one_principal_names_them() -> None:
    readout = readout_parser.parse(LEAD + "The Secretary responded positively.")
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Tillerson"]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Ambassador Sasae explained the schedule.", "Ambassador Sasae"),
        # An office a principal holds, with its portfolio and another's name.
        ("Secretary of Defense Mattis explained the schedule.", "Secretary of Defense Mattis"),
        (
            "Minister for Foreign Affairs Kono explained the schedule.",
            "Minister for Foreign Affairs Kono",
        ),
        ("Mr. Ou reported on the activities of the secretariat.", "Mr. Ou"),
        (
            "Mr. Ou Boqian, Secretary-General of the TCS, reported on its activities.",
            "Mr. Ou Boqian",
        ),
        # An adverb after the aside.
        (
            "Mr. Ou Boqian, Secretary-General of the TCS, also reported on its activities.",
            "Mr. Ou Boqian",
        ),
    ],
)
def test_another_speaker_is_named(sentence: str, other: str) -> None:
    readout = readout_parser.parse(LEAD + sentence)
    statement = readout.statements[-1]
    assert (statement.speakers, statement.other_speaker) == ((), other)
    assert statement.verb is not None


def _speech(counterpart: str, sentence: str) -> tuple[list[str | None], str | None]:
    """The family names and verb of *sentence* under a lead with Kishida and *counterpart*."""
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2018\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        f"Affairs, held a meeting with {counterpart}.\n1. {sentence}"
    )
    statement = readout.statements[-1]
    assert statement.text == sentence
    return [p.family_name for p in statement.speakers], statement.verb


@pytest.mark.parametrize(
    ("country", "subject"),
    [
        # A country named by the adjective its office uses, and the reverse.
        ("of the Russian Federation", "Russia"),
        ("of the French Republic", "France"),
        ("of the Italian Republic", "Italy"),
        ("of the Republic of South Africa", "South Africa"),
        ("of the Republic of Türkiye", "Türkiye"),
        ("of the Republic of Türkiye", "The Turkish side"),
        ("of Ukraine", "The Ukrainian side"),
        ("of the Kingdom of Norway", "The Norwegian side"),
        ("of the Republic of Peru", "The Peruvian side"),
        ("of the Kingdom of Belgium", "The Belgian side"),
        ("of the United Arab Emirates", "The Emirati side"),
        ("of the United Arab Emirates", "The UAE"),
        ("of the Kingdom of Morocco", "The Moroccan side"),
        ("of the Hellenic Republic", "The Greek side"),
        ("of the Hellenic Republic", "Greece"),
        ("of the Republic of Azerbaijan", "The Azerbaijani side"),
        ("of Nepal", "The Nepalese side"),
        ("of the Democratic Republic of Timor-Leste", "The Timorese side"),
        ("of the Republic of Ghana", "The Ghanaian side"),
        ("of the Republic of Senegal", "The Senegalese side"),
        ("of the State of Palestine", "The Palestinian side"),
        ("of the Republic of Singapore", "The Singaporean side"),
        # A country of several words named before the last "of".
        ("of the United Kingdom of Great Britain and Northern Ireland", "The UK side"),
        ("of the United Kingdom of Great Britain and Northern Ireland", "The British side"),
        ("of the United Kingdom of Great Britain and Northern Ireland", "The United Kingdom"),
        ("of the United Kingdom of Great Britain and Northern Ireland", "Britain"),
    ],
)
def test_a_side_is_named_by_its_country_or_its_people(country: str, subject: str) -> None:
    counterpart = f"H.E. Mr. John Doe, Minister of Foreign Affairs {country}"
    assert _speech(counterpart, f"{subject} proposed a dialogue.") == (["Doe"], "proposed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister al-Maliki welcomed the visit.",
        "Dr. al-Maliki welcomed the visit.",
        "Minister Riyad al-Maliki welcomed the visit.",
        "Regarding Jerusalem, Minister al-Maliki welcomed the visit.",
    ],
)
def test_a_family_name_opening_on_a_hyphened_particle_names_its_holder(sentence: str) -> None:
    counterpart = (
        "H.E. Dr. Riyad al-Maliki, Minister of Foreign Affairs and Expatriates of the State "
        "of Palestine"
    )
    assert _speech(counterpart, sentence) == (["al-Maliki"], "welcomed")


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # At a meeting of two, "the other leaders" and "the two other leaders"
        # are others than the two who met.
        (
            "Minister Kishida explained the outcome of the G7 Summit, which the other leaders "
            "welcomed.",
            ["Kishida"],
            "explained",
        ),
        (
            "Minister Kishida stated that he had met President Xi and President Trump, and the "
            "two other leaders shared his concern.",
            ["Kishida"],
            "stated",
        ),
        # "Each" of a wider group, or of no noun of the principals, names none of them.
        ("Each delegation of the G20 expressed views.", [], None),
        ("Each country's position was explained.", [], None),
        ("Each of the ministers stated a view.", [], None),
        ("Each session concluded with a summary.", [], None),
        ("Each side explained its position.", ["Kishida", "Doe"], "explained"),
        # Views exchanged with a comma closing the clause, "exchanged" again later.
        (
            "Views were exchanged, and Minister Doe welcomed that officials would be exchanged "
            "regularly.",
            ["Kishida", "Doe"],
            "exchanged",
        ),
        # A relative "which" with no comma before it opens no clause of its own.
        (
            "Minister Kishida explained the plan which the two ministers confirmed last year.",
            ["Kishida"],
            "explained",
        ),
        # An office's "for" inside a subject after ", to which".
        (
            "Minister Kishida sought support, to which the Minister for Foreign Affairs of the "
            "Republic of Korea expressed his support.",
            ["Kishida", "Doe"],
            "sought",
        ),
    ],
)
def test_others_and_each_at_a_meeting_of_two(
    sentence: str, speakers: list[str], verb: str | None
) -> None:
    counterpart = "H.E. Mr. John Doe, Minister of Foreign Affairs of the Republic of Korea"
    assert _speech(counterpart, sentence) == (speakers, verb)


@pytest.mark.parametrize(
    ("counterpart", "sentence", "speakers"),
    [
        # A name with particles after ", to which": its subject all the same.
        (
            "H.E. Ms. Ursula von der Leyen, President of the European Commission",
            "Minister Kishida welcomed the launch of the Japan-EU High-Level Economic Dialogue, "
            "to which President von der Leyen expressed her support.",
            ["Kishida", "von der Leyen"],
        ),
        (
            "H.E. Mr. Agustín de la Fuente, Minister of Foreign Affairs of Ruritania",
            "Minister Kishida explained the plan, for which Minister de la Fuente expressed his "
            "appreciation.",
            ["Kishida", "de la Fuente"],
        ),
        # A particle that opens no name after it is no subject's.
        (
            "H.E. Ms. Ursula von der Leyen, President of the European Commission",
            "Minister Kishida referred to the plan, to which the parties de facto agreed.",
            ["Kishida"],
        ),
    ],
)
def test_a_subject_with_particles_after_to_which(
    counterpart: str, sentence: str, speakers: list[str]
) -> None:
    assert _speech(counterpart, sentence)[0] == speakers


_COLONNA = (
    "Japan-France Relations\nMay 9, 2023\nOn May 9, Ms. Catherine Colonna, Minister for Europe "
    "and Foreign Affairs of the French Republic, paid a courtesy call on Mr. KISHIDA Fumio, "
    "Prime Minister.\n1. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # A Prime Minister is "the Minister" only where no principal is a minister as such.
        ("The Minister also explained France's policy.", ["Colonna"], "explained"),
        ("The Prime Minister and the Minister confirmed it.", ["Kishida", "Colonna"], "confirmed"),
        ("The Prime Minister briefed Minister Colonna on it.", ["Kishida"], "briefed"),
    ],
)
def test_the_minister_beside_a_prime_minister_is_the_minister(
    sentence: str, speakers: list[str], verb: str
) -> None:
    statement = readout_parser.parse(_COLONNA + sentence).statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


def test_a_prime_minister_beside_no_minister_is_the_minister() -> None:
    text = TRILATERAL + "The Minister also explained Japan's policy."
    statement = readout_parser.parse(text).statements[-1]
    assert [p.family_name for p in statement.speakers] == ["Kishida"]


def test_a_kingdom_named_before_its_country_is_no_other_side() -> None:
    counterpart = "H.E. Mr. John Doe, Minister of Foreign Affairs of the Kingdom of Thailand"
    assert _speech(counterpart, "The UK side proposed a dialogue.") == ([], None)
    assert _speech(counterpart, "The Thai side proposed a dialogue.") == (["Doe"], "proposed")


def test_two_countries_listed_are_both_sides() -> None:
    counterpart = (
        "Dr. Naledi Pandor, Minister of International Relations and Cooperation "
        "of the Republic of South Africa"
    )
    sentence = "Japan and South Africa confirmed that they would cooperate."
    assert _speech(counterpart, sentence) == (["Kishida", "Pandor"], "confirmed")


@pytest.mark.parametrize(
    ("counterpart", "sentence", "speakers"),
    [
        # "She" before anyone spoke: the one principal not styled as a man.
        (
            "the Honorable Julie Bishop, Minister for Foreign Affairs of Australia",
            "She expressed her gratitude for the invitation.",
            ["Bishop"],
        ),
        # "He" may be either of them: no one.
        (
            "the Honorable Julie Bishop, Minister for Foreign Affairs of Australia",
            "He expressed his gratitude for the invitation.",
            [],
        ),
        # A woman's style other than "Ms.", and a rank read as her title.
        (
            "Sheikha Lubna Al Qasimi, Minister of State for Tolerance of the UAE",
            "He expressed his gratitude for the visit.",
            ["Kishida"],
        ),
        (
            "Queen Maxima of the Netherlands",
            "He expressed his gratitude for the visit.",
            ["Kishida"],
        ),
    ],
)
def test_a_pronoun_before_anyone_spoke_is_the_one_principal_it_fits(
    counterpart: str, sentence: str, speakers: list[str]
) -> None:
    assert _speech(counterpart, sentence)[0] == speakers


def test_a_pronoun_after_someone_who_is_no_principal_is_that_speaker() -> None:
    readout = readout_parser.parse(
        GERMANY + "Minister Hayashi stated his view. In response, Ambassador Schmidt expressed "
        "his thanks. He also expressed hope for cooperation. Minister Baerbock agreed. She "
        "added more."
    )
    assert [
        ([p.family_name for p in s.speakers], s.verb, s.other_speaker)
        for s in readout.statements[1:]
    ] == [
        (["Hayashi"], "stated", None),
        ([], "expressed", "Ambassador Schmidt"),
        ([], "expressed", "Ambassador Schmidt"),
        (["Baerbock"], "agreed", None),
        (["Baerbock"], "added", None),
    ]


def test_a_pronoun_a_speakers_style_rules_out_is_not_that_speaker() -> None:
    readout = readout_parser.parse(
        GERMANY + "Minister Hayashi stated his view. In response, Mr. Ou Boqian, Ambassador, "
        "expressed his thanks. She added more."
    )
    last = readout.statements[-1]
    assert (last.speakers, last.other_speaker) == ((), None)


def test_a_pronoun_another_speakers_style_rules_out_is_the_principal_before() -> None:
    # Mr. Ou is no "She": it is Baerbock, the last woman among the principals who spoke alone.
    readout = readout_parser.parse(
        GERMANY + "Minister Baerbock stated her view. In response, Mr. Ou Boqian, Ambassador, "
        "expressed his thanks. She added more."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Baerbock"]


def test_a_pronoun_another_speakers_style_rules_out_is_no_principal_of_unknown_gender() -> None:
    # No principal is known to be a woman: "She" names no one.
    readout = readout_parser.parse(
        "Japan-China Relations\nMay 9, 2024\nOn May 9, Prime Minister KISHIDA Fumio held a "
        "meeting with Mr. Li Qiang, Premier of the State Council of China.\n1. Prime Minister "
        "Kishida explained the situation. Mr. Ou Boqian, Ambassador, expressed his thanks. She "
        "added more."
    )
    last = readout.statements[-1]
    assert (last.speakers, last.other_speaker) == ((), None)


WONG = (
    "Japan-Australia Relations\nJuly 12, 2023\nOn July 12, Mr. HAYASHI Yoshimasa, Minister "
    "for Foreign Affairs of Japan, held a meeting with Senator the Hon. Penny Wong, Minister "
    "for Foreign Affairs of Australia. The overview is as follows.\n"
)


@pytest.mark.parametrize(
    ("said", "speakers"),
    [
        # "her" after what she expressed: Wong is a woman, and "He" is Hayashi.
        ("Minister Wong expressed her appreciation.", ["Hayashi"]),
        # "her" after "thanked" is whom she thanked: it tells nothing of Wong,
        # and "He" is the last principal who spoke alone.
        ("Minister Wong thanked her counterpart.", ["Wong"]),
        # "extended her an invitation": "her" is whom the invitation is for.
        ("Minister Wong extended her an invitation to visit Canberra.", ["Wong"]),
        # "her" after a second verb of hers, joined by "and".
        (
            "Minister Wong welcomed Minister Hayashi's visit and expressed her appreciation.",
            ["Hayashi"],
        ),
        # ... not after "that" opens what she said, nor "who" a clause of
        # someone else's.
        ("Minister Wong stated that Ms. Ardern agreed and expressed her support.", ["Wong"]),
        (
            "Minister Wong welcomed Ms. Ardern, who attended the summit and expressed her support.",
            ["Wong"],
        ),
        # The verb written twice: the "her" after the first is someone else's.
        (
            "Recalling that Ms. Ardern expressed her support, Minister Wong expressed thanks.",
            ["Wong"],
        ),
    ],
)
def test_a_possessive_after_a_speakers_verb_tells_whom_he_stands_for(
    said: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(
        WONG + "Minister Hayashi stated his view. " + said + " Minister Hayashi explained "
        "Japan's position, and Minister Wong expressed understanding. He also stated his hope."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


def test_her_after_a_second_verb_tells_nothing_in_a_sentence_of_two_speakers() -> None:
    # "his" after Hayashi's second verb is his, not the sentence's first speaker's.
    readout = readout_parser.parse(
        WONG + "Minister Wong stated that Australia agreed. Minister Wong welcomed the "
        "progress, and Minister Hayashi also welcomed it and expressed his hope. She also "
        "stated her view."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Wong"]


def test_a_gender_learned_later_passes_he_back_to_the_man_who_spoke_before() -> None:
    # Wong spoke alone twice, and only the second time said "her": "He" is
    # Hayashi, the last man to speak alone, not Wong.
    readout = readout_parser.parse(
        WONG + "Minister Hayashi stated his view. Minister Wong stated that Australia agreed. "
        "Minister Wong expressed her appreciation. He also stated his hope."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Hayashi"]


@pytest.mark.parametrize(
    ("pronoun", "speakers"),
    [
        # The sentence's "her" tells its two speakers apart: "He" is the other
        # of them, not Kishida, who spoke alone before.
        ("He", ["Michel"]),
        ("She", ["von der Leyen"]),
    ],
)
def test_a_pronoun_after_two_speakers_their_genders_tell_apart_is_the_one_it_fits(
    pronoun: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(
        "Japan-EU Relations\nApril 5, 2022\nOn April 5, H.E. Mr. Charles Michel, President of "
        "the European Council, and "
        "President Ursula von der Leyen held a telephone talk with Mr. KISHIDA Fumio, Prime "
        "Minister of Japan.\n1. Prime Minister Kishida stated that Japan stands with Europe.\n"
        "2. President Michel welcomed the call, and President von der Leyen expressed her "
        f"condolences. {pronoun} also stated that the EU stands with Japan."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


def test_a_cardinal_is_no_she() -> None:
    # Before anyone spoke, "She" is the one principal it fits: a cardinal's
    # rank tells he is a man, and "Dr." tells nothing.
    readout = readout_parser.parse(
        "Holy See\nMay 4, 2024\nOn May 4, Dr. Ngozi Okonjo-Iweala, Director-General of the World "
        "Trade Organization, held a meeting with Cardinal Pietro Parolin, Secretary of State of "
        "the Holy See.\n1. She stated that trade mattered."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Okonjo-Iweala"]


def test_a_possessive_in_a_sentence_of_two_speakers_tells_whom_she_stands_for() -> None:
    # Blinken's style tells nothing, but his own "his" does: "She" is Kamikawa.
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nJuly 12, 2023\nOn July 12, Ms. KAMIKAWA Yoko, Minister for "
        "Foreign Affairs of Japan, held a meeting with the Honorable Antony J. Blinken, Secretary "
        "of State of the United States.\n1. Minister Kamikawa welcomed the progress, and "
        "Secretary Blinken also expressed his appreciation for Japan's efforts. She also stated "
        "her hope for cooperation."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Kamikawa"]


KAMIKAWA_BLINKEN = (
    "Japan-U.S. Relations\nJuly 12, 2023\nOn July 12, Ms. KAMIKAWA Yoko, Minister for Foreign "
    "Affairs of Japan, held a meeting with the Honorable Antony J. Blinken, Secretary of State of "
    "the United States.\n1. "
)


def test_the_latter_may_be_named_in_a_possessive() -> None:
    readout = readout_parser.parse(
        KAMIKAWA_BLINKEN + "Minister Kamikawa welcomed Secretary Blinken’s visit to Japan. The "
        "latter expressed his gratitude for the welcome."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Blinken"]


def test_his_excellency_opens_no_reference_but_the_name_after_it() -> None:
    readout = readout_parser.parse(
        "Japan-Qatar Relations\nJuly 18, 2023\nOn July 18, Mr. KISHIDA Fumio, Prime Minister "
        "of Japan, held a Japan-Qatar Summit Meeting with His Highness Sheikh Tamim bin Hamad "
        "Al Thani, Amir of the State of Qatar.\n1. His Excellency Dr. Mohammed Al-Khulaifi, "
        "Minister of State, stated that the talks were useful."
    )
    last = readout.statements[-1]
    assert (last.speakers, last.verb, last.other_speaker) == (
        (),
        "stated",
        "Dr. Mohammed Al-Khulaifi",
    )


def test_the_latter_counts_a_principal_named_by_office() -> None:
    readout = readout_parser.parse(
        "Japan-Australia Relations\nApril 5, 2011\nOn April 5, Prime Minister Naoto Kan "
        "received a courtesy call from the Hon. Kevin Rudd MP, Minister for Foreign Affairs of "
        "Australia.\n1. The Prime Minister briefed Minister Rudd on the situation. The latter "
        "stated that Australia has confidence in Japan. The former thanked him."
    )
    assert [[p.family_name for p in s.speakers] for s in readout.statements[-2:]] == [
        ["Rudd"],
        ["Kan"],
    ]


def test_the_latter_counts_a_principal_named_by_an_office_of_several_words() -> None:
    # "the Deputy Secretary" is the Deputy Secretary of State, last named.
    readout = readout_parser.parse(
        "Japan-United States of America Relations\nOctober 17, 2017\nOn October 17, Mr. "
        "Shinsuke Sugiyama, Vice-Minister for Foreign Affairs of Japan, held a meeting with the "
        "Honorable John J. Sullivan, Deputy Secretary of State of the United States of "
        "America.\n1. While Vice-Minister Sugiyama expressed his hope, the Deputy Secretary "
        "stated that the U.S. side would make thorough preparations.\nThe latter also touched "
        "upon the importance of the Free and Open Indo-Pacific Strategy."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Sullivan"]


def test_a_possessive_after_the_latter_tells_his_gender() -> None:
    # "The latter expressed his gratitude": Blinken is a man, so "She" is Kamikawa.
    readout = readout_parser.parse(
        KAMIKAWA_BLINKEN + "Minister Kamikawa welcomed Secretary Blinken's visit to Japan. The "
        "latter expressed his gratitude for the welcome. Secretary Blinken stated that the "
        "alliance is strong. She welcomed this."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Kamikawa"]


def test_he_with_one_principal_is_no_one_before_the_principal_speaks() -> None:
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2018\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        "Affairs, received a courtesy call from a delegation.\n1. He stated his view."
    )
    assert [p.family_name for p in readout.meeting.participants] == ["Kishida"]
    assert readout.statements[-1].speakers == ()


@pytest.mark.parametrize(
    ("counterpart", "speakers"),
    [
        # The style or rank tells: "Her Excellency", "Queen".
        ("Her Excellency Dr. Jane Doe, Minister of Foreign Affairs of Ruritania", ["Doe"]),
        ("Her Majesty Queen Jane of Ruritania", ["Jane"]),
        # A style women and men both hold tells neither: "She" may be her.
        ("Tan Sri Dr. Zeti Akhtar Aziz, Governor of the Central Bank of Malaysia", ["Aziz"]),
        # A man's style: "She" is no one.
        ("H.E. Mr. John Doe, Minister of Foreign Affairs of Ruritania", []),
    ],
)
def test_she_is_named_by_style_or_rank(counterpart: str, speakers: list[str]) -> None:
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2018\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        f"Affairs, held a meeting with {counterpart}.\n1. The two sides met. She added more."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


GERMANY = (
    "Japan-Germany Relations\nMay 9, 2022\nOn May 9, Mr. HAYASHI Yoshimasa, Minister for "
    "Foreign Affairs of Japan, held a meeting with Ms. Annalena Baerbock, Federal Minister "
    "for Foreign Affairs of the Federal Republic of Germany.\n1. "
)


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        # "She" is the last woman who spoke alone, "He" the last man, by their styles.
        (
            "Minister Baerbock stated her view. Minister Hayashi welcomed it. She added more.",
            ["Baerbock"],
        ),
        (
            "Minister Hayashi stated his view. Minister Baerbock welcomed it. He added more.",
            ["Hayashi"],
        ),
        # Before any woman spoke, "She" is the one principal who may be a woman.
        ("Minister Hayashi stated his view. She added more.", ["Baerbock"]),
        ("She stated her view.", ["Baerbock"]),
        # "He" is the one principal who may be a man: Ms. Baerbock is none.
        ("He stated his view.", ["Hayashi"]),
        # Someone who is no principal spoke last: "He" is that person.
        (
            "Minister Hayashi stated his view. In response, Ambassador Schmidt "
            "expressed his thanks. He added more.",
            [],
        ),
        # Inside a sentence, too.
        (
            "Minister Hayashi stated his view. In response, Ambassador Schmidt expressed his "
            "thanks, and he added more.",
            [],
        ),
        # Before any principal spoke alone, those who spoke last together whom
        # the pronoun may stand for.
        ("The two ministers confirmed it. She added more.", ["Baerbock"]),
        ("The two ministers confirmed it. He added more.", ["Hayashi"]),
        (
            "The two ministers confirmed it. Minister Hayashi stated his view. She added more.",
            ["Baerbock"],
        ),
    ],
)
def test_he_and_she_are_the_last_man_and_woman_who_spoke(
    sentences: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(GERMANY + sentences)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


TRILATERAL = (
    "Japan-U.S.-ROK Relations\nMay 9, 2023\nOn May 9, Mr. Fumio Kishida, Prime Minister of "
    "Japan, held a meeting with the Honorable Joseph R. Biden, Jr., President of the United "
    "States, and H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea.\n1. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Both Presidents welcomed the progress.", ["Biden", "Yoon"]),
        ("The two Presidents stated their support.", ["Biden", "Yoon"]),
        ("The three leaders agreed to meet again.", ["Kishida", "Biden", "Yoon"]),
        ("The leaders agreed to meet again.", ["Kishida", "Biden", "Yoon"]),
    ],
)
def test_a_joint_noun_naming_an_office_is_those_holding_it(
    sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(TRILATERAL + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # An office named with its side, in a list joined by "and".
        (
            "The Prime Minister and the President of the Republic of Korea welcomed this.",
            ["Kishida", "Yoon"],
            "welcomed",
        ),
        ("President Biden and the Korean President welcomed this.", ["Biden", "Yoon"], "welcomed"),
        # An office written with "of" after ", to which", listed with a name.
        (
            "Prime Minister Kishida sought support, to which the President of the United States "
            "and President Yoon expressed their support.",
            ["Kishida", "Biden", "Yoon"],
            "sought",
        ),
        # The holders of an office together, capitalised, after ", to which"
        # or ", which"; one principal answering with the verb closing the clause.
        (
            "Prime Minister Kishida sought support, to which the two Presidents expressed their "
            "support.",
            ["Kishida", "Biden", "Yoon"],
            "sought",
        ),
        (
            "Prime Minister Kishida sought support, which both Presidents welcomed.",
            ["Kishida", "Biden", "Yoon"],
            "sought",
        ),
        (
            "President Biden explained the plan, which Prime Minister Kishida welcomed.",
            ["Biden", "Kishida"],
            "explained",
        ),
        (
            "President Biden explained the plan, which Prime Minister Kishida proposed in 2022.",
            ["Biden"],
            "explained",
        ),
        # A verb of answer that does not close the clause answers nothing here.
        (
            "President Biden explained the plan, which Prime Minister Kishida welcomed last year.",
            ["Biden"],
            "explained",
        ),
        # Opposition reported by a side.
        ("The Korean side strongly opposed the plan.", ["Yoon"], "opposed"),
        # A side named by its country's formal name, alone or in a list.
        ("The Republic of Korea expressed its support.", ["Yoon"], "expressed"),
        (
            "Japan, the United States and the Republic of Korea confirmed their cooperation.",
            ["Kishida", "Biden", "Yoon"],
            "confirmed",
        ),
        (
            "Japan, the Republic of Korea and the United States confirmed their cooperation.",
            ["Kishida", "Yoon", "Biden"],
            "confirmed",
        ),
        (
            "Japan, the United States, and the Republic of Korea confirmed their cooperation.",
            ["Kishida", "Biden", "Yoon"],
            "confirmed",
        ),
        # A list of names written with their countries, longer than a dozen words.
        (
            "Prime Minister Kishida sought support, to which President Joseph R. Biden of the "
            "United States and President Yoon Suk Yeol of the Republic of Korea expressed their "
            "support.",
            ["Kishida", "Biden", "Yoon"],
            "sought",
        ),
        # The count before "other", and the principals together after ", which".
        (
            "Prime Minister Kishida sought support, and the two other leaders expressed their "
            "support.",
            ["Kishida", "Biden", "Yoon"],
            "sought",
        ),
        (
            "Prime Minister Kishida proposed a dialogue, which the other two leaders welcomed.",
            ["Kishida", "Biden", "Yoon"],
            "proposed",
        ),
        (
            "Prime Minister Kishida proposed a dialogue, which the three countries established "
            "in 2010.",
            ["Kishida"],
            "proposed",
        ),
        # A list acting "together with" another principal.
        (
            "Prime Minister Kishida and President Biden, together with President Yoon, "
            "confirmed their cooperation.",
            ["Kishida", "Biden", "Yoon"],
            "confirmed",
        ),
        # "Each" and a joint noun, one by one: every principal.
        ("Each leader explained his position.", ["Kishida", "Biden", "Yoon"], "explained"),
        ("Each side explained its position.", ["Kishida", "Biden", "Yoon"], "explained"),
        ("Each of the measures was explained.", [], None),
    ],
)
def test_principals_named_in_lists_and_later_clauses(
    sentence: str, speakers: list[str], verb: str | None
) -> None:
    statement = readout_parser.parse(TRILATERAL + sentence).statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


_QUAD = (
    "Japan-Australia-India-U.S. Relations\nOctober 6, 2020\nOn October 6, Mr. MOTEGI "
    "Toshimitsu, Minister for Foreign Affairs of Japan, held the Japan-Australia-India-U.S. "
    "Foreign Ministers' Meeting with Senator the Hon. Marise Payne, Minister for Foreign "
    "Affairs of Australia, Dr. Subrahmanyam Jaishankar, Minister of External Affairs of "
    "India, and the Honorable Michael R. Pompeo, Secretary of State of the United States.\n1. "
)


def test_the_holders_of_an_office_of_two_words_answer_after_to_which() -> None:
    readout = readout_parser.parse(
        _QUAD + "Minister Motegi explained Japan's position, to which the three Foreign "
        "Ministers responded positively."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (
        ["Motegi", "Payne", "Jaishankar", "Pompeo"],
        "explained",
    )


def test_principals_listed_after_to_which_answer_together() -> None:
    readout = readout_parser.parse(
        TRILATERAL + "Prime Minister Kishida requested cooperation on the abductions issue, to "
        "which President Biden and President Yoon expressed their support."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (
        ["Kishida", "Biden", "Yoon"],
        "requested",
    )


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "Minister Motegi explained Japan's position, to which the other three "
            "ministers expressed their support.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
        ),
        (
            "Minister Motegi explained Japan's position, and the other ministers welcomed it.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
        ),
        # With no one speaking before them in the sentence, whom they are
        # besides is not said.
        ("The other ministers welcomed it.", []),
        # A count of others without "the" says not which of the three they are.
        (
            "Minister Motegi explained Japan's position, and two other ministers expressed "
            "their support.",
            ["Motegi"],
        ),
    ],
)
def test_the_other_principals_are_those_besides_the_speakers_before(
    sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(_QUAD + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        # A count opening the joint noun in lower case, after an opening phrase.
        (
            TRILATERAL,
            "At the outset, three leaders welcomed the meeting.",
            ["Kishida", "Biden", "Yoon"],
        ),
        (
            _QUAD,
            "At the outset, four ministers welcomed the meeting.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
        ),
        (
            _QUAD,
            "At the outset, all ministers welcomed the meeting.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
        ),
    ],
)
def test_a_joint_noun_may_open_on_its_count_in_lower_case(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(lead + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


def test_the_former_and_the_latter_are_the_last_two_principals_named() -> None:
    readout = readout_parser.parse(
        LEAD + "Minister Kishida raised the issue with Secretary Tillerson. The latter stated "
        "his view. The former welcomed it. Secretary Tillerson invited Minister Kishida to visit, "
        "and the latter expressed his gratitude."
    )
    found = [([p.family_name for p in s.speakers], s.verb) for s in readout.statements[-3:]]
    assert found == [
        (["Tillerson"], "stated"),
        (["Kishida"], "welcomed"),
        (["Tillerson", "Kishida"], "invited"),
    ]


def _last_statement(lead: str, sentence: str, principals: list[str]) -> Statement:
    """The statement of *sentence* in item 1 under *lead*, whose *principals* are checked first."""
    readout = readout_parser.parse(lead + sentence)
    assert [p.family_name for p in readout.meeting.participants] == principals
    statement = readout.statements[-1]
    assert statement.text == sentence
    return statement


_EU_SUMMIT = (
    "Japan-EU Relations\nJuly 13, 2023\nOn July 13, Mr. KISHIDA Fumio, Prime Minister of Japan, "
    "held the Japan-EU Summit with H.E. Mr. Charles Michel, President of the European Council, "
    "and H.E. Dr. Ursula von der Leyen, President of the European Commission.\n1. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # The offices of the European Council and Commission are of the EU side.
        ("The EU side expressed its support.", ["Michel", "von der Leyen"], "expressed"),
        ("The EU proposed a plan.", ["Michel", "von der Leyen"], "proposed"),
        ("The European side explained its position.", ["Michel", "von der Leyen"], "explained"),
        ("Japan explained its position.", ["Kishida"], "explained"),
        # A name's particles run on to it in a list joined by "and".
        (
            "President Michel and President von der Leyen welcomed the visit.",
            ["Michel", "von der Leyen"],
            "welcomed",
        ),
        (
            "Mr. Michel and Dr. von der Leyen welcomed the visit.",
            ["Michel", "von der Leyen"],
            "welcomed",
        ),
    ],
)
def test_speakers_at_a_summit_with_the_eu(sentence: str, speakers: list[str], verb: str) -> None:
    statement = _last_statement(_EU_SUMMIT, sentence, ["Kishida", "Michel", "von der Leyen"])
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


_SENATOR = (
    "Japan-U.S. Relations\nOctober 4, 2019\nOn October 4, Mr. MOTEGI Toshimitsu, Minister for "
    "Foreign Affairs of Japan, received a courtesy call from Senator Cory Gardner, Chairman of "
    "the Subcommittee on East Asia, the Pacific, and International Cybersecurity Policy of the "
    "U.S. Senate Committee on Foreign Relations.\n1. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb", "other"),
    [
        # A rank written as a style names its one holder.
        ("The Senator expressed his full support.", ["Gardner"], "expressed", None),
        # The rank before another name is another person.
        (
            "Senator Sullivan, who accompanied Senator Gardner, stated that he would visit.",
            [],
            "stated",
            "Senator Sullivan",
        ),
        ("The two sides exchanged views.", ["Motegi", "Gardner"], "exchanged", None),
    ],
)
def test_a_rank_written_as_a_style_names_its_holder(
    sentence: str, speakers: list[str], verb: str, other: str | None
) -> None:
    statement = _last_statement(_SENATOR, sentence, ["Motegi", "Gardner"])
    got = ([p.family_name for p in statement.speakers], statement.verb, statement.other_speaker)
    assert got == (speakers, verb, other)


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # A list of three or four, with or without its last comma.
        (
            "Minister Payne, Minister Jaishankar and Secretary Pompeo expressed their support.",
            ["Payne", "Jaishankar", "Pompeo"],
            "expressed",
        ),
        (
            "Minister Payne, Minister Jaishankar, and Secretary Pompeo expressed their support.",
            ["Payne", "Jaishankar", "Pompeo"],
            "expressed",
        ),
        (
            "Japan, Australia, India and the United States agreed to meet again.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
            "agreed",
        ),
        # A list of a principal and sides, each side its principal.
        (
            "Minister Payne, the Indian side and the U.S. side expressed their support.",
            ["Payne", "Jaishankar", "Pompeo"],
            "expressed",
        ),
        (
            "Minister Jaishankar and the U.S. side expressed their support.",
            ["Jaishankar", "Pompeo"],
            "expressed",
        ),
        (
            "The Australian side, the Indian side and the U.S. side welcomed the plan.",
            ["Payne", "Jaishankar", "Pompeo"],
            "welcomed",
        ),
        # Sides listed before "sides": each side's principal.
        (
            "The Indian and U.S. sides expressed their support.",
            ["Jaishankar", "Pompeo"],
            "expressed",
        ),
        # A side no principal serves speaks, but names no one.
        ("The Indian and Chinese sides expressed their support.", ["Jaishankar"], "expressed"),
        # So does a party named with its article in a list of principals.
        (
            "Minister Payne, the Chamber and the U.S. side discussed trade.",
            ["Payne", "Pompeo"],
            "discussed",
        ),
        # A side no principal serves speaks in the list, but is no principal.
        (
            "Minister Payne, the Chinese side and the U.S. side expressed their support.",
            ["Payne", "Pompeo"],
            "expressed",
        ),
        # An aside between commas is no list.
        ("Minister Payne, who visited Tokyo and Kyoto, stated her view.", ["Payne"], "stated"),
        # Clauses after ", and" still have their own subjects.
        (
            "Minister Motegi stated his view, and Minister Payne responded.",
            ["Motegi", "Payne"],
            "stated",
        ),
        # A clause opened by "since" or "when" has no speaker of the sentence.
        (
            "This was the first meeting of the four since Secretary Pompeo took office.",
            [],
            None,
        ),
        (
            "When Secretary Pompeo explained the plan, Minister Motegi welcomed it.",
            ["Motegi"],
            "welcomed",
        ),
        # Nor does a relative clause opened by "that", after a verb the reader
        # does not take for one (the present tense).
        (
            "Japan highly appreciates the condolences that the United States extended on the "
            "passing of former Prime Minister Abe.",
            [],
            None,
        ),
        ("Japan appreciates the support that Secretary Pompeo offered.", [], None),
        (
            "In response, touching upon the fact that Minister Payne and Secretary Pompeo agreed "
            "on it, Minister Motegi said that Japan attaches importance to it.",
            ["Motegi"],
            "said",
        ),
        # An aside with "and" in it is no list: "State Councilor and Foreign Minister".
        (
            "Secretary Pompeo, Chair and Host, explained the plan.",
            ["Pompeo"],
            "explained",
        ),
        # The principals together after "and": "the four ministers".
        (
            "Minister Motegi explained Japan's view and the four ministers agreed to meet again.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
            "explained",
        ),
        # Issuing a statement is stating it (signing a document is not).
        (
            "The four Ministers also issued a Joint Statement.",
            ["Motegi", "Payne", "Jaishankar", "Pompeo"],
            "issued",
        ),
        ("The four Ministers also signed a Memorandum.", [], None),
    ],
)
def test_speakers_at_a_meeting_of_four(
    sentence: str, speakers: list[str], verb: str | None
) -> None:
    statement = _last_statement(_QUAD, sentence, ["Motegi", "Payne", "Jaishankar", "Pompeo"])
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


def test_a_european_body_that_is_no_eu_institution_is_no_eu_side() -> None:
    counterpart = (
        "Sir Suma Chakrabarti, President of the European Bank for Reconstruction and Development"
    )
    assert _speech(counterpart, "The EU side explained its position.") == ([], None)
    assert _speech(counterpart, "The EU proposed a plan.") == ([], None)


@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        ("Minister Kishida stated the following:", ["Kishida"]),
        ("The two ministers confirmed the following:", ["Kishida", "Tillerson"]),
        # After one of them spoke alone, too.
        (
            "Minister Kishida stated his view. The two ministers confirmed the following:",
            ["Kishida", "Tillerson"],
        ),
    ],
)
def test_items_below_a_sentence_introducing_them_carry_its_speakers(
    opening: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(
        LEAD.removesuffix("1. ")
        + f"1. {opening}\n(1) The alliance is strong.\n(2) Cooperation will deepen.\n"
    )
    below = [s for s in readout.statements if len(s.where) == 2]
    assert [s.text for s in below] == ["The alliance is strong.", "Cooperation will deepen."]
    assert [[p.family_name for p in s.speakers] for s in below] == [speakers, speakers]


def _two_plus_two(japanese: str, defense: str) -> str:
    return (
        "Japan-United States of America Relations\nJuly 28, 2024\nOn July 28, "
        f"{japanese}, Minister for Foreign Affairs, and {defense}, Minister of Defense, held the "
        "Japan-U.S. Security Consultative Committee (“2+2”) with the Honorable Antony J. "
        "Blinken, Secretary of State, and the Honorable Lloyd J. Austin III, Secretary of "
        "Defense.\n1. "
    )


@pytest.mark.parametrize(
    "lead",
    [
        _two_plus_two("Ms. KAMIKAWA Yoko", "Mr. KIHARA Minoru"),
        _two_plus_two("Ms. Yoko Kamikawa", "Mr. Minoru Kihara"),
    ],
)
@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # The principals the meeting sentence names first, joined by "and",
        # held the meeting: Japan's side, whose offices name no country.
        ("Both Japanese ministers explained Japan's efforts.", ["Kamikawa", "Kihara"]),
        ("The Japanese side explained Japan's efforts.", ["Kamikawa", "Kihara"]),
        ("Japan explained its efforts.", ["Kamikawa", "Kihara"]),
        ("Japan and the United States confirmed their cooperation.", ["Kamikawa", "Kihara"]),
        # Those after "with" whose offices name no country are the other side:
        # "of Defense" names none.
        ("The U.S. side expressed its support.", ["Blinken", "Austin"]),
        ("The Minister of Defense noted the plan.", ["Kihara"]),
        ("The Secretary of Defense agreed.", ["Austin"]),
    ],
)
def test_at_a_two_plus_two_the_principals_named_first_are_japans_side(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(lead + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        # One principal before "with": the counterpart is the other side, its
        # name written in capitals as Japan's is.
        (
            "Japan-China Relations\nNovember 24, 2020\nOn November 24, Mr. MOTEGI Toshimitsu, "
            "Minister for Foreign Affairs, held a Japan-China Foreign Ministers' Meeting with "
            "Mr. WANG Yi, State Councilor and Foreign Minister, who is visiting Japan.\n1. ",
            "The Chinese side explained its position.",
            ["Wang"],
        ),
        # Both named before the verb, and no one after: the sides stay as the
        # offices tell them.
        (
            "Japan-United States of America Relations\nJuly 28, 2019\nOn July 28, Prime "
            "Minister Abe and President Trump held a telephone talk.\n1. ",
            "The U.S. side explained its position.",
            ["Trump"],
        ),
        # All named before the verb, and no one after: no side held it.
        (
            "Japan-United States of America Relations\nJuly 28, 2019\nOn July 28, Prime "
            "Minister Abe, President Trump and President Moon held a trilateral summit "
            "meeting.\n1. ",
            "The Japanese side explained its position.",
            ["Abe"],
        ),
        # A counterpart named first: the side named with them is not Japan's.
        (
            "Japan-Chile Relations\nMay 9, 2019\nOn May 9, H.E. Mr. Sebastián Piñera, "
            "President of the Republic of Chile, and Mr. Roberto Ampuero paid a courtesy call "
            "on Mr. Shinzo Abe, Prime Minister of Japan.\n1. ",
            "The Japanese side explained its position.",
            ["Abe"],
        ),
        # Two named before "with" and one after: no side of two held it.
        (
            "Japan-United States of America Relations\nAugust 18, 2023\nOn August 18, Minister "
            "for Foreign Affairs Hayashi and Secretary of State Blinken held a Japan-U.S.-ROK "
            "Foreign Ministers' Meeting with Minister of Foreign Affairs Park Jin.\n1. ",
            "The Japanese side explained its position.",
            ["Hayashi"],
        ),
        # Visitors named first pay a call "on", not hold a meeting "with".
        (
            "Japan-United States of America Relations\nMay 9, 2023\nOn May 9, the Honorable "
            "Antony J. Blinken, Secretary of State, and the Honorable Lloyd J. Austin III, "
            "Secretary of Defense, paid a courtesy call on Mr. KISHIDA Fumio, Prime Minister, "
            "and Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs.\n1. ",
            "The U.S. side stated that the Alliance is strong.",
            [],
        ),
        # Two who met the leaders of two countries: no "2+2".
        (
            "Japan-Australia-India-U.S. (Quad) Relations\nMay 24, 2022\nOn May 24, Mr. KISHIDA "
            "Fumio, Prime Minister, and the Honorable Joseph R. Biden, Jr., President, held the "
            "Japan-Australia-India-U.S. Leaders' Meeting with the Honourable Anthony Albanese MP, "
            "Prime Minister of Australia, and H.E. Mr. Narendra Modi, Prime Minister of "
            "India.\n1. ",
            "The Japanese side explained its position.",
            ["Kishida"],
        ),
        # Two who met three: no "2+2".
        (
            "Japan-United States of America Relations\nAugust 4, 2022\nOn August 4, Minister "
            "for Foreign Affairs Hayashi and Secretary of State Blinken held a meeting with "
            "Minister Wong, Minister Park and Minister Jaishankar.\n1. ",
            "The Japanese side explained its position.",
            ["Hayashi"],
        ),
        # The other side named with "the" before each office.
        (
            "Japan-United Kingdom Relations\nDecember 14, 2017\nOn December 14 Minister for "
            "Foreign Affairs of Japan, H.E. Mr. Taro Kono, and Minister of Defence, H.E. Mr. "
            "Itsunori Onodera, who were both visiting the UK, held the Third Japan-UK Foreign and "
            "Defense Ministerial Meeting (“2+2”) with the Secretary of State for Foreign and "
            "Commonwealth Affairs of the UK, the Rt Hon Boris Johnson and the Secretary of State "
            "for Defense, the Rt Hon Gavin Williamson.\n1. ",
            "Japan mentioned its initiatives.",
            ["Kono", "Onodera"],
        ),
        # Meetings with one and then two: no side of two held one.
        (
            "Japan-Chile Relations\nMay 9, 2019\nOn May 9, Mr. KONO Taro, Minister for "
            "Foreign Affairs, held a meeting with H.E. Mr. Roberto Ampuero, Minister of Foreign "
            "Affairs, and then a meeting with H.E. Mr. Alberto van Klaveren, Vice Minister, and "
            "H.E. Mr. Rodrigo Yanez, Vice Minister for Trade.\n1. ",
            "The Japanese side explained its position.",
            ["Kono"],
        ),
        # Those named first of a counterpart's side are not Japan's.
        (
            "Japan-Chile Relations\nMay 9, 2019\nOn May 9, H.E. Mr. Sebastián Piñera, "
            "President of the Republic of Chile, and H.E. Mr. Roberto Ampuero, Minister of "
            "Foreign Affairs, held a meeting with Mr. Shinzo Abe, Prime Minister of Japan, and Mr. "
            "Taro Kono, Minister for Foreign Affairs.\n1. ",
            "The Japanese side explained its position.",
            ["Abe"],
        ),
        # A spouse named with Japan's principal holds no office of Japan's side.
        (
            "Japan-Philippines Relations\nFebruary 9, 2023\nOn February 9, Mr. KISHIDA Fumio, "
            "Prime Minister of Japan, and Mrs. KISHIDA Yuko held a meeting with H.E. Mr. "
            "Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines, and "
            "Mrs. Louise Araneta-Marcos.\n1. ",
            "Japan explained its efforts.",
            ["Kishida"],
        ),
        # A side of several principals whose offices name its country.
        (
            "Japan-United States of America Relations\nJuly 29, 2022\nOn July 29, Mr. HAYASHI "
            "Yoshimasa, Minister for Foreign Affairs, and Mr. HAGIUDA Koichi, Minister of "
            "Economy, Trade and Industry, held the Japan-U.S. Economic Policy Consultative "
            "Committee (Economic “2+2”) with the Honorable Antony J. Blinken, Secretary of "
            "State, and the Honorable Gina Raimondo, Secretary of Commerce.\n1. ",
            "Both Japanese ministers explained Japan's efforts.",
            ["Hayashi", "Hagiuda"],
        ),
    ],
)
def test_the_side_that_held_the_meeting_is_told_by_where_the_lead_names_it(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(lead + sentence)
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


SENATORS = (
    "Japan-U.S. Relations\nMay 9, 2023\nOn May 9, Mr. KISHIDA Fumio, Prime Minister of Japan, "
    "received a courtesy call from the Honorable Bill Hagerty, United States Senator from "
    "Tennessee, and the Honorable Chris Coons, United States Senator from Delaware.\n1. "
)


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # An office opening on a country of several words names that side.
        ("The U.S. side expressed concern over the launch.", ["Hagerty", "Coons"], "expressed"),
        ("The American side explained its view.", ["Hagerty", "Coons"], "explained"),
        # A list part counting the holders of an office in the plural names them.
        (
            "The Prime Minister and the two Senators confirmed that they would work together.",
            ["Kishida", "Hagerty", "Coons"],
            "confirmed",
        ),
        ("Both Senators expressed their gratitude.", ["Hagerty", "Coons"], "expressed"),
        # What was settled, told with "to" and a verb, is every principal's.
        (
            "It was also agreed to establish a new dialogue.",
            ["Kishida", "Hagerty", "Coons"],
            "agreed",
        ),
        (
            "It was decided to hold the next meeting in Tokyo.",
            ["Kishida", "Hagerty", "Coons"],
            "decided",
        ),
        # Not where "to" opens no verb, nor a fact ("to be"), nor whom it was told.
        ("It was confirmed to the press that the visit went well.", [], None),
        ("It was confirmed to Senator Hagerty that the visit went well.", [], None),
        ("It was confirmed to be important.", [], None),
    ],
)
def test_senators_named_by_country_count_and_office(
    sentence: str, speakers: list[str], verb: str | None
) -> None:
    readout = readout_parser.parse(SENATORS + sentence)
    statement = readout.statements[-1]
    assert statement.text == sentence
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


@pytest.mark.parametrize(
    ("office", "subject"),
    [
        ("Chair of the Committee on Foreign Affairs of the European Parliament", "the Chair"),
        ("Co-Chair of the Japan-EU Parliamentary Group", "the Co-Chair"),
        ("Speaker of the Parliament of Finland", "the Speaker"),
    ],
)
def test_a_chair_or_speaker_is_named_by_office(office: str, subject: str) -> None:
    readout = readout_parser.parse(
        "Japan-EU Relations\nMay 9, 2023\nOn May 9, Mr. David McAllister, "
        f"{office}, paid a courtesy call on Ms. KAMIKAWA Yoko, Minister for Foreign Affairs.\n"
        f"1. In response, {subject} expressed his gratitude for the warm welcome."
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (
        ["McAllister"],
        "expressed",
    )


def test_a_count_of_office_holders_that_is_not_the_principals_names_none_of_them() -> None:
    # One Senator is a principal: "the two Senators" are not the principals
    # holding the office, and the Prime Minister beside them speaks alone.
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nMay 9, 2023\nOn May 9, Mr. KISHIDA Fumio, Prime Minister of "
        "Japan, received a courtesy call from the Honorable Bill Hagerty, United States Senator "
        "from Tennessee.\n1. The Prime Minister and the two Senators confirmed their cooperation."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["Kishida"]


def test_both_senators_are_the_principals_styled_senator() -> None:
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nAugust 11, 2016\nOn August 11, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs, received a courtesy call from Senator John McCain, Chairman of the "
        "Senate Armed Services Committee, and Senator Sheldon Whitehouse, Member of the Senate "
        "Armed Services Committee.\n1. Both Senators expressed their gratitude."
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == ["McCain", "Whitehouse"]


def test_a_comma_inside_closing_quotes_closes_an_opening_clause() -> None:
    sentence = (
        "When Minister Kishida explained the policy of “Proactive Contribution to Peace,” "
        "Secretary Tillerson expressed his support."
    )
    statement = readout_parser.parse(LEAD + sentence).statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (
        ["Tillerson"],
        "expressed",
    )


CALLS = "Japan Relations\nMay 9, 2012\nOn May 9, {lead}\n1. {sentence}"

DONOHUE = (
    "Mr. Fumio Kishida, Minister for Foreign Affairs, received a courtesy call from Mr. "
    "Thomas J. Donohue, President and CEO of the U.S. Chamber of Commerce."
)


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        (DONOHUE, "The Japanese delegation explained its position.", ["Kishida"]),
        # Japan as where an office is held is no side it serves.
        (
            "Mr. Fumio Kishida, Minister for Foreign Affairs, received a courtesy call from H.E. "
            "Mr. Lee Jun-gyu, Ambassador of the Republic of Korea to Japan.",
            "The Japanese side explained its position.",
            ["Kishida"],
        ),
        (
            "Mr. Fumio Kishida, Minister for Foreign Affairs, received a courtesy call from Mr. "
            "Christopher J. LaFleur, Chairman of the American Chamber of Commerce in Japan "
            "(ACCJ).",
            "The Japanese side explained its position.",
            ["Kishida"],
        ),
        # Japan's principal holds an office of a body, and the counterpart's
        # names no country: the first principal is Japan's.
        (
            "Mr. Fukushiro Nukaga, Speaker of the House of Representatives, received a "
            "courtesy call from Mr. Antony Blinken, Secretary of State.",
            "The Japanese side explained its position.",
            ["Nukaga"],
        ),
        # "The delegation" alone names no one: which side visits, the offices
        # do not say (Japan's Prime Minister may be the visitor).
        (DONOHUE, "The delegation expressed its support.", []),
    ],
)
def test_japans_side_and_the_delegations_at_a_call(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(CALLS.format(lead=lead, sentence=sentence))
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        # A visitor named first whose office names their side, or a body: Japan's
        # principal is the one holding an office of Japan's government.
        (
            "Mr. Bill Gates, Co-Chair of the Bill & Melinda Gates Foundation, paid a courtesy "
            "call on Mr. Koichiro Gemba, Minister for Foreign Affairs.",
            "The Japanese side stated its view.",
            ["Gemba"],
        ),
        (
            "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile, paid a courtesy call on "
            "Mr. Shinzo Abe, Prime Minister.",
            "The Japanese side stated its view.",
            ["Abe"],
        ),
        (
            "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile, paid a courtesy call on "
            "Mr. Shinzo Abe, Prime Minister.",
            "The Chilean side stated its view.",
            ["Ampuero"],
        ),
        # Japan's principal is no counterpart of a side no office names.
        (
            "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile, paid a courtesy call on "
            "Mr. Shinzo Abe, Prime Minister.",
            "The Peruvian side stated its view.",
            [],
        ),
        (
            "H.E. Mr. Ahmed Shide, Minister of Finance of the Federal Democratic Republic of "
            "Ethiopia, paid a courtesy call on Mr. Kenji Yamada, State Minister for Foreign "
            "Affairs.",
            "The Japanese side stated its view.",
            ["Yamada"],
        ),
        # Japan's principal named first, holding an office naming no side: the
        # counterpart's office as Japan's would be written does not move it.
        (
            "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. "
            "Lee Nak-yon, Prime Minister.",
            "The Japanese side stated its view.",
            ["Kishida"],
        ),
        # Japan's principal of a body, the counterpart's office not one of Japan's.
        (
            "Mr. Fukushiro Nukaga, Speaker of the House of Representatives, received a "
            "courtesy call from Mr. Antony Blinken, Secretary of State.",
            "The Japanese side stated its view.",
            ["Nukaga"],
        ),
        # Nor where a counterpart with a dignitary's style holds an office
        # written as Japan's is: an office of a Japanese body or an envoy's
        # names no country of Japan's.
        (
            "Mr. Fukushiro Nukaga, Speaker of the House of Representatives, received a "
            "courtesy call from the Hon. Stephen Smith, Foreign Minister.",
            "The Japanese side stated its view.",
            ["Nukaga"],
        ),
        (
            "Mr. Tadamori Oshima, Speaker of the House of Representatives, who is visiting "
            "India, paid a courtesy call on H.E. Mr. Narendra Modi, Prime Minister.",
            "The Japanese side stated its view.",
            ["Oshima"],
        ),
        (
            "Mr. Yoshimasa Hayashi, Special Envoy of the Prime Minister to the Republic of "
            "Korea, paid a courtesy call on H.E. Mr. Yoon Suk Yeol, President, and H.E. Mr. Han "
            "Duck-soo, Prime Minister.",
            "The Japanese side stated its view.",
            ["Hayashi"],
        ),
        # A principal of one of Japan's bodies named first keeps Japan's side,
        # whatever the counterpart's style; not a body of a country named.
        (
            "Mr. Tadamori Oshima, Speaker of the House of Representatives, received a courtesy "
            "call from Mr. Kevin Rudd, Prime Minister.",
            "The Japanese side stated its view.",
            ["Oshima"],
        ),
        (
            "Ms. Yuriko Koike, Governor of Tokyo, paid a courtesy call on Ms. Julie Bishop, "
            "Minister for Foreign Affairs.",
            "The Japanese side stated its view.",
            ["Koike"],
        ),
        (
            "Ms. Nancy Pelosi, Speaker of the United States House of Representatives, paid a "
            "courtesy call on Mr. Fumio Kishida, Prime Minister.",
            "The Japanese side stated its view.",
            ["Kishida"],
        ),
        # Two visitors named first: Japan's is the first holding Japan's office
        # with no dignitary's style.
        (
            "H.E. Mr. Anthony Albanese, Prime Minister of Australia, and Senator the Hon. Penny "
            "Wong, Foreign Minister, paid a courtesy call on Mr. Fumio Kishida, Prime Minister.",
            "The Japanese side stated its view.",
            ["Kishida"],
        ),
    ],
)
def test_a_visitor_named_first_is_not_japans_side(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(CALLS.format(lead=lead, sentence=sentence))
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


VICE_MINISTERS = (
    "Japan-Viet Nam Relations\nDecember 10, 2018\nOn December 10, Mr. Takeo Akiba, "
    "Vice-Minister for Foreign Affairs, held the 8th Japan-Viet Nam Strategic Partnership "
    "Dialogue with Mr. Bui Thanh Son, Permanent Deputy Minister of Foreign Affairs of the "
    "Socialist Republic of Viet Nam.\n1. "
)

VICE_MINISTERIAL_TRILATERAL = (
    "Japan-U.S.-ROK Relations\nJuly 21, 2021\nOn July 21, Mr. MORI Takeo, Vice-Minister for "
    "Foreign Affairs of Japan, held the Japan-U.S.-ROK Vice-Ministerial Meeting with the "
    "Honorable Wendy R. Sherman, Deputy Secretary of State of the United States, and H.E. Mr. "
    "Choi Jong Kun, First Vice Minister of Foreign Affairs of the Republic of Korea.\n1. "
)

STATE_MINISTER = (
    "Japan-Nigeria Relations\nFebruary 21, 2024\nOn 21 February, Mr. TSUGE Yoshifumi, State "
    "Minister for Foreign Affairs, held a meeting with H.E. Amb. Yusuf Maitama Tuggar, Minister "
    "of Foreign Affairs of the Federal Republic of Nigeria.\n1. "
)
SENIOR_VICE_MINISTER = (
    "Japan-China Relations\nJune 14, 2018\nOn June 14, Mr. Kentaro Sonoura, Senior "
    "Vice-Minister for Foreign Affairs, held a meeting with Mr. Le Yucheng, Vice Minister of "
    "Foreign Affairs of the People's Republic of China.\n1. "
)

UNDERSECRETARY = (
    "Japan-Philippines Relations\nDecember 3, 2018\nOn December 3, Mr. Takeo Akiba, "
    "Vice-Minister for Foreign Affairs of Japan, and H.E. Mr. Enrique A. Manalo, "
    "Undersecretary for Policy of the Department of Foreign Affairs of the Republic of the "
    "Philippines, held the Seventh Japan-Philippines Vice-Ministerial Strategic Dialogue in "
    "Tokyo.\n1. "
)
FIRST_VICE_MINISTER = (
    "Japan-ROK Relations\nMay 9, 2018\nOn May 9, Mr. AKIBA Takeo, Vice-Minister for Foreign "
    "Affairs of Japan, held a meeting with H.E. Mr. Cho Sei-young, First Vice Minister of "
    "Foreign Affairs of the Republic of Korea.\n1. "
)
PARLIAMENTARY_VICE_MINISTER = (
    "Japan-Russia Relations\nJune 14, 2018\nOn June 14, Mr. Kentaro Sonoura, Parliamentary "
    "Vice-Minister for Foreign Affairs, held a meeting with Mr. Evgeny Ivanov, Vice Minister of "
    "Foreign Affairs of the Russian Federation.\n1. "
)

DIRECTORS = (
    "Japan-ROK Relations\nNovember 4, 2020\nOn November 4, Mr. TAKIZAKI Shigeki, "
    "Director-General of the Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs of "
    "Japan, held a consultation with Mr. Kim Jung-han, Director-General for Asian and Pacific "
    "Affairs, Ministry of Foreign Affairs of the Republic of Korea.\n1. "
)


@pytest.mark.parametrize(
    ("lead", "sentence", "speakers"),
    [
        # The one principal a Vice-Minister, however the office is spelled.
        (VICE_MINISTERS, "The Vice-Minister explained Japan's position.", ["Akiba"]),
        (VICE_MINISTERS, "The Vice Minister explained Japan's position.", ["Akiba"]),
        # The Permanent Deputy Minister is no Vice-Minister, nor a Minister.
        (VICE_MINISTERS, "The Minister explained Japan's position.", []),
        # Vice-Ministers and Directors-General together, in the site's spelling.
        (
            VICE_MINISTERS,
            "The two Vice-Ministers exchanged views on North Korea.",
            ["Akiba", "Son"],
        ),
        (
            VICE_MINISTERIAL_TRILATERAL,
            "The three Vice-Ministers welcomed the opportunity to meet in person.",
            ["MORI", "Sherman", "Choi"],
        ),
        (
            DIRECTORS,
            "The two Directors-General also exchanged views on North Korea.",
            ["TAKIZAKI", "Kim"],
        ),
        # The spellings of a Vice-Minister's office, and a Deputy Minister's.
        (
            "Japan-China Relations\nJune 14, 2018\nOn June 14, Mr. Taro Kono, Minister for "
            "Foreign Affairs, held a meeting with Mr. Le Yucheng, Vice Minister for Foreign "
            "Affairs of the People's Republic of China.\n1. ",
            "The Vice-Minister explained China's position.",
            ["Le"],
        ),
        (
            "Japan-Russia Relations\nJune 14, 2018\nOn June 14, Mr. Taro Kono, Minister for "
            "Foreign Affairs, held a meeting with Mr. Andrei Rudenko, Vice-Minister of Foreign "
            "Affairs of the Russian Federation.\n1. ",
            "The Vice-Minister explained Russia's position.",
            ["Rudenko"],
        ),
        (
            "Japan-Russia Relations\nJune 14, 2018\nOn June 14, Mr. Taro Kono, Minister for "
            "Foreign Affairs, held a meeting with Mr. Igor Morgulov, Deputy Minister of Foreign "
            "Affairs of the Russian Federation.\n1. ",
            "The Deputy Foreign Minister explained Russia's position.",
            ["Morgulov"],
        ),
        # A Senior or Parliamentary Vice-Minister is no "Vice-Minister".
        (SENIOR_VICE_MINISTER, "The Vice Minister explained China's position.", ["Le"]),
        (SENIOR_VICE_MINISTER, "The Vice-Minister explained China's position.", ["Le"]),
        (SENIOR_VICE_MINISTER, "The Senior Vice-Minister explained Japan's position.", ["Sonoura"]),
        (PARLIAMENTARY_VICE_MINISTER, "The Vice Minister explained Russia's position.", ["Ivanov"]),
        # Japan's State Minister for Foreign Affairs is no "Minister" nor "Foreign Minister".
        (STATE_MINISTER, "The Minister expressed his gratitude for Japan's support.", ["Tuggar"]),
        (STATE_MINISTER, "The Foreign Minister expressed his gratitude.", ["Tuggar"]),
        (STATE_MINISTER, "The Minister of Foreign Affairs expressed his gratitude.", ["Tuggar"]),
        (STATE_MINISTER, "The State Minister welcomed the visit.", ["TSUGE"]),
        # An Undersecretary is "the Undersecretary", however "Under Secretary" is written.
        (UNDERSECRETARY, "The Undersecretary expressed his support.", ["Manalo"]),
        (UNDERSECRETARY, "The Under Secretary expressed his support.", ["Manalo"]),
        (UNDERSECRETARY, "The Vice-Minister explained Japan's position.", ["Akiba"]),
        # Nor is a First Vice Minister, who is "the First Vice Minister".
        (FIRST_VICE_MINISTER, "The Vice-Minister stated Japan's position.", ["AKIBA"]),
        (FIRST_VICE_MINISTER, "The First Vice Minister stated the ROK's position.", ["Cho"]),
        (
            FIRST_VICE_MINISTER.replace("First", "Second"),
            "The Vice-Minister stated Japan's position.",
            ["AKIBA"],
        ),
    ],
)
def test_vice_ministers_and_directors_general(
    lead: str, sentence: str, speakers: list[str]
) -> None:
    readout = readout_parser.parse(lead + sentence)
    statement = readout.statements[-1]
    assert statement.text == sentence
    names = [p.name for p in readout.meeting.participants]
    assert [p.name for p in statement.speakers] == [
        next(name for name in names if speaker in name) for speaker in speakers
    ]


def test_a_name_whose_capital_a_broken_encoding_lost_still_names_its_holder() -> None:
    # "?avu?o?lu" for "Çavuşoğlu": the "?" stands for a capital, in the lead and the body.
    readout = readout_parser.parse(
        "Japan-Turkey Relations\nApril 7, 2016\nOn April 7, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs, held a meeting with H.E. Mr. Mevl?t ?avu?o?lu, Minister of Foreign "
        "Affairs of the Republic of Turkey.\n1. Minister ?avu?o?lu expressed his gratitude.\n"
        "2. He also stated that Turkey would like to accelerate the negotiations.\n"
    )
    first, second = readout.statements[-2:]
    assert [p.name for p in first.speakers] == ["Mevl?t ?avu?o?lu"]
    assert [p.name for p in second.speakers] == ["Mevl?t ?avu?o?lu"]


def test_an_office_of_several_words_beside_its_ranked_holder_is_the_unranked_ones() -> None:
    readout = readout_parser.parse(
        "Japan-Russia Relations\nMay 9, 2018\nOn May 9, Mr. Takeo Mori, Deputy Minister for "
        "Foreign Affairs of Japan, held a meeting with H.E. Mr. Andrey Rudenko, First Deputy "
        "Minister of Foreign Affairs of the Russian Federation.\n1. The Deputy Minister "
        "explained Japan's position."
    )
    assert [p.name for p in readout.statements[-1].speakers] == ["Takeo Mori"]


@pytest.mark.parametrize(
    ("counterpart", "sentence", "speaker"),
    [
        # A ranked office is its office where no principal holds it unranked.
        (
            "H.E. Dr. Eshaq Jahangiri, First Vice President of the Islamic Republic of Iran",
            "The Vice President stated that Iran valued its relations with Japan.",
            "Eshaq Jahangiri",
        ),
        (
            "H.E. Mr. Igor Shuvalov, First Deputy Prime Minister of the Russian Federation",
            "The Deputy Prime Minister stated that Russia would cooperate.",
            "Igor Shuvalov",
        ),
        (
            "HRH Prince Mohammed bin Salman Al Saud, Deputy Crown Prince, Second Deputy Prime "
            "Minister and Minister of Defense of the Kingdom of Saudi Arabia",
            "The Deputy Prime Minister stated that the Kingdom would cooperate.",
            "Mohammed bin Salman Al Saud",
        ),
        (
            "the Rt. Hon. Nicola Sturgeon, First Minister of Scotland",
            "The Minister expressed her hope for closer ties.",
            "Nicola Sturgeon",
        ),
    ],
)
def test_a_ranked_office_held_alone_is_its_office(
    counterpart: str, sentence: str, speaker: str
) -> None:
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2018\nOn May 9, Mr. Fumio Kishida, Prime Minister of Japan, "
        f"held a meeting with {counterpart}.\n1. {sentence}"
    )
    assert [p.name for p in readout.statements[-1].speakers] == [speaker]


WANG_YI = (
    "Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee, Director of the "
    "Office of the Central Foreign Affairs Commission and Minister of Foreign Affairs of the "
    "People's Republic of China"
)
PARK_JIN = "H.E. Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea"
LEE = "H.E. Mr. Lee Jae-myung, President of the Republic of Korea"


@pytest.mark.parametrize(
    ("counterpart", "sentence", "other"),
    [
        # A name word of no principal next to the family name: another person.
        (LEE, "Former President Lee Myung-bak stated that it mattered.", "Lee Myung-bak"),
        (LEE, "Minister Lee Hae-chan stated that it mattered.", "Minister Lee Hae-chan"),
        (WANG_YI, "Minister of Commerce Wang Wentao explained the controls.", "Wang Wentao"),
        (WANG_YI, "Spokesperson Wang Wenbin stated that China objects.", "Wang Wenbin"),
        # An office the principal does not hold, a deputy's rank, "former".
        (PARK_JIN, "President Park stated in 2015 that it was resolved.", "President Park"),
        (WANG_YI, "Vice Minister Wang stated that China would review it.", "Vice Minister Wang"),
        (PARK_JIN, "Former Minister Park stated that it mattered.", "Former Minister Park"),
    ],
)
def test_another_person_of_a_principals_name_is_another_speaker(
    counterpart: str, sentence: str, other: str
) -> None:
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2023\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        f"Affairs, held a meeting with {counterpart}.\n1. {sentence}"
    )
    statement = readout.statements[-1]
    assert statement.speakers == ()
    assert statement.other_speaker is not None
    assert statement.other_speaker.endswith(other)
    assert statement.verb is not None


@pytest.mark.parametrize(
    ("counterpart", "sentence", "family"),
    [
        # The principal, however the body shortens or varies their office.
        (LEE, "President Lee stated that it mattered.", "Lee"),
        (WANG_YI, "Foreign Minister Wang stated that it mattered.", "Wang"),
        (WANG_YI, "Director Wang Yi stated that it mattered.", "Wang"),
        (PARK_JIN, "Minister Park Jin stated that it mattered.", "Park"),
        (
            "H.E. Ms. Giorgia Meloni, President of the Council of Ministers of the Italian "
            "Republic",
            "Prime Minister Meloni stated that it mattered.",
            "Meloni",
        ),
        (
            "His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and "
            "International Cooperation of the United Arab Emirates",
            "His Highness Sheikh Abdullah stated that it mattered.",
            "Al Nahyan",
        ),
        (
            "H.E. Mr. Joko Widodo, President of the Republic of Indonesia",
            "President Joko Widodo stated that it mattered.",
            "Widodo",
        ),
        # A name hyphened otherwise than in the lead, a country before the name.
        (
            "H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea",
            "President Yoon Suk-yeol stated that it mattered.",
            "Yoon",
        ),
        (
            PARK_JIN,
            "Minister of Foreign Affairs of the ROK Park Jin stated that it mattered.",
            "Park",
        ),
        (LEE, "President Lee Jae Myung stated that it mattered.", "Lee"),
        (
            "H.E. Mr. Narendra Modi, Prime Minister of India",
            "Prime Minister of India Modi stated that it mattered.",
            "Modi",
        ),
    ],
)
def test_a_principal_by_name_with_any_office_they_hold(
    counterpart: str, sentence: str, family: str
) -> None:
    assert _speech(counterpart, sentence) == ([family], "stated")


MONTCHALIN = (
    "Ms. Amélie de Montchalin, Minister of State for European Affairs attached to the Minister "
    "for Europe and Foreign Affairs of the French Republic"
)
CAMERON = (
    "the Rt Hon David Cameron, Secretary of State for Foreign, Commonwealth and Development "
    "Affairs of the United Kingdom"
)


@pytest.mark.parametrize(
    ("counterpart", "sentence", "family"),
    [
        # An office "attached to" another is one office, its country the side's.
        (MONTCHALIN, "The French side expressed its support.", "de Montchalin"),
        (MONTCHALIN, "France expressed its support.", "de Montchalin"),
        # "U.K." as "UK".
        (CAMERON, "The U.K. side expressed its support.", "Cameron"),
        (CAMERON, "The U.K. expressed its support.", "Cameron"),
    ],
)
def test_a_side_named_in_more_ways(counterpart: str, sentence: str, family: str) -> None:
    assert _speech(counterpart, sentence) == ([family], "expressed")


def test_an_office_attached_to_another_is_one_title() -> None:
    readout = readout_parser.parse(
        f"Japan-France Relations\nMay 9, 2019\nOn May 9, Mr. Taro Kono held a meeting with "
        f"{MONTCHALIN}.\n"
    )
    assert readout.meeting.participants[1].title == MONTCHALIN.split(", ", 1)[1]


YANG = "Mr. Yang Jiechi, Minister of Foreign Affairs of the People's Republic of China"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # Both principals are ministers: someone speaks whom the words do not tell apart.
        ("The Minister explained that the islands are part of Japan.", "explained"),
        ("In response, the Foreign Minister stated that it would be handled by law.", "stated"),
        # A later clause that names its speaker has the sentence's verb.
        ("The Minister stated that it mattered, and Minister Kishida agreed.", "agreed"),
        # No one speaks: an office inside the clause, not its subject.
        ("What the Minister welcomed was the plan.", None),
        ("The relationship is important.", None),
    ],
)
def test_an_office_two_principals_hold_speaks_unresolved(sentence: str, verb: str | None) -> None:
    readout = readout_parser.parse(
        "Japan-China Relations\nMay 9, 2012\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        f"Affairs, held a meeting with {YANG}.\n1. {sentence}"
    )
    statement = readout.statements[-1]
    speakers = ("Kishida",) if "Minister Kishida" in sentence else ()
    assert (
        tuple(p.family_name for p in statement.speakers),
        statement.other_speaker,
        statement.verb,
    ) == (speakers, None, verb)


def test_a_principal_the_lead_names_by_family_name_alone_keeps_any_given_name() -> None:
    # Nothing in the lead tells another given name from the principal's own.
    readout = readout_parser.parse(
        "Japan-U.S. Relations\nSeptember 23, 2009\nOn September 23, Prime Minister Hatoyama "
        "held a meeting with President Obama.\n1. Prime Minister Yukio Hatoyama stated that "
        "the alliance mattered. President Barack Obama stated that he agreed."
    )
    assert [[p.family_name for p in s.speakers] for s in readout.statements[-2:]] == [
        ["Hatoyama"],
        ["Obama"],
    ]


@pytest.mark.parametrize("country", ["France", "Korea", "China"])
def test_a_country_alone_is_no_counterpart_whose_office_names_none(country: str) -> None:
    # The office ends on its body: nothing says which country is his.
    director = WANG_YI.split(" and Minister of Foreign Affairs")[0]
    assert _speech(director, f"{country} expressed its support.") == ([], None)


@pytest.mark.parametrize(
    ("counterpart", "sentence", "speakers", "other"),
    [
        # A given name before the family name that no principal has: another person.
        (
            "Mr. Jake Sullivan, National Security Advisor of the United States",
            "Senator Dan Sullivan stated that it mattered.",
            [],
            "Senator Dan Sullivan",
        ),
        # An initial is no such name word.
        (
            "Mr. Rex Tillerson, Secretary of State of the United States",
            "Secretary Rex W. Tillerson stated that it mattered.",
            ["Tillerson"],
            None,
        ),
    ],
)
def test_a_name_word_beside_a_family_name(
    counterpart: str, sentence: str, speakers: list[str], other: str | None
) -> None:
    readout = readout_parser.parse(
        "Japan-X Relations\nMay 9, 2023\nOn May 9, Mr. Fumio Kishida, Minister for Foreign "
        f"Affairs, held a meeting with {counterpart}.\n1. {sentence}"
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.other_speaker) == (
        speakers,
        other,
    )


def test_a_side_inside_a_clause_about_a_thing_speaks_for_no_one() -> None:
    # "... restrictions which Brazil has introduced ...": what Brazil did, told by Matsumoto.
    readout = readout_parser.parse(
        "Japan-Brazil Relations\nApril 16, 2011\nOn April 16, Mr. Takeaki Matsumoto, Minister "
        "for Foreign Affairs of Japan, held a meeting with H.E. Mr. Antonio de Aguiar Patriota, "
        "Minister of External Relations of the Federative Republic of Brazil.\n1. Minister "
        "Matsumoto explained the situation at Fukushima Daiichi Nuclear Power Plant and Japan’s "
        "responses to the incident, and requested further relaxation of food import restrictions "
        "which Brazil has introduced against products from Japan.\n"
    )
    statement = readout.statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (
        ["Matsumoto"],
        "explained",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Together with Secretary Tillerson, ",
        "Along with Minister Kishida, ",
        "Minister Kishida and Secretary Tillerson, together with ",
    ],
)
def test_a_chain_of_partners_is_read_no_further_than_one(phrase: str) -> None:
    # Each partner is read without partners of its own: a chain of hundreds
    # is no recursion and no time growing with its square.
    readout = readout_parser.parse(LEAD + phrase * 800 + "Minister Kishida stated his view.")
    (statement,) = readout.statements[1:]
    assert statement.text.endswith("Minister Kishida stated his view.")
    assert {p.family_name for p in statement.speakers} <= {"Kishida", "Tillerson"}


@pytest.mark.parametrize(
    ("sentence", "speakers", "verb"),
    [
        # A partner speaks only through the clause's own first verb.
        (
            "Minister Kishida, together with Secretary Tillerson, attended the signing "
            "ceremony, and stated that the agreement was a milestone.",
            ["Kishida"],
            "stated",
        ),
        (
            "Together with Secretary Tillerson, Minister Kishida visited a school and stated "
            "that education is key.",
            ["Kishida"],
            "stated",
        ),
        (
            "Minister Kishida, together with Secretary Tillerson, welcomed the progress.",
            ["Kishida", "Tillerson"],
            "welcomed",
        ),
    ],
)
def test_a_partner_speaks_through_the_first_verb_only(
    sentence: str, speakers: list[str], verb: str
) -> None:
    statement = readout_parser.parse(LEAD + sentence).statements[-1]
    assert ([p.family_name for p in statement.speakers], statement.verb) == (speakers, verb)


@pytest.mark.parametrize(
    ("said", "speakers"),
    [
        # Her gender unknown (no "Ms."), his learned: "She" is the one who may be a woman.
        (
            "Prime Minister Carney expressed his congratulations to Prime Minister Takaichi. "
            "She expressed her gratitude.",
            ["Takaichi"],
        ),
        # Not after a sentence naming another woman.
        (
            "Prime Minister Carney expressed his condolences on the passing of Queen Elizabeth "
            "II. She had been a friend of Japan.",
            [],
        ),
    ],
)
def test_she_after_he_spoke_is_the_one_principal_she_may_be(said: str, speakers: list[str]) -> None:
    readout = readout_parser.parse(
        "Japan-Canada Relations\nJune 15, 2026\nOn June 15, TAKAICHI Sanae, Prime Minister of "
        "Japan, held a summit meeting with the Rt. Hon. Mark Carney, Prime Minister of Canada."
        f"\n1. At the outset, {said}\n"
    )
    assert [p.family_name for p in readout.statements[-1].speakers] == speakers


def test_she_is_the_one_woman_once_the_man_has_said_his() -> None:
    readout = readout_parser.parse(
        "Japan-Canada Relations\nJune 15, 2026\nOn June 15, Ms. TAKAICHI Sanae, Prime Minister "
        "of Japan, held a summit meeting with the Rt. Hon. Mark Carney, Prime Minister of "
        "Canada.\n1. At the outset, Prime Minister Carney expressed his congratulations to Prime "
        "Minister Takaichi. She expressed her gratitude.\n2. He explained Canada's efforts, "
        "which Prime Minister Takaichi highly appreciated.\n"
    )
    got = [([p.family_name for p in s.speakers], s.verb) for s in readout.statements[1:]]
    assert got == [
        (["Carney"], "expressed"),
        (["Takaichi"], "expressed"),
        (["Carney", "Takaichi"], "explained"),
    ]
