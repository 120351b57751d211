"""The page side hands the meeting reader text with a map back to the input.

Each lead passage and the headline keep, for every character of their
normalised text, the offset of the character it came from; a space that
joins two lines or stands for a run of white space maps to white space.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from readout_parser import Section, parse
from readout_parser.page import read_page
from readout_parser.page.text import Passage


def check_map(source: str, passage: Passage) -> None:
    text, offsets = passage.text, passage.offsets
    assert len(offsets) == len(text) + 1
    for char, offset in zip(text, offsets, strict=False):
        if char == " ":
            assert source[offset].isspace() or source[offset] == "\ufeff", (text, offset)
        else:
            assert source[offset] == char, (text, offset)
    assert list(offsets) == sorted(offsets)
    assert offsets[-1] <= len(source)


def test_corpus_passages_map_to_their_source(corpus_text: str) -> None:
    page = read_page(corpus_text)
    assert page is not None
    passages = [*page.lead_passages]
    if page.title_passage is not None:
        passages.append(page.title_passage)
    for passage in passages:
        check_map(corpus_text, passage)
    # Every paragraph and heading of the content, too.
    for passage in page.passages.values():
        check_map(corpus_text, passage)


@pytest.mark.parametrize(
    ("source", "lead"),
    [
        # A hard-wrapped lead: the joining space stands where the first line ends.
        (
            "May 9, 2018\nOn May 9, the two leaders\n  met in Tokyo.",
            "On May 9, the two leaders met in Tokyo.",
        ),
        # Odd white space inside a line collapses to one space.
        ("May 9, 2018\nOn May 9,\u00a0\u00a0the two met.", "On May 9, the two met."),
        # A link label cut out of the lead.
        ("May 9, 2018\nThe statement (PDF)Open a New Window is out.", "The statement is out."),
        # No lead: the first numbered item's text.
        ("May 9, 2018\n1. On May 9, the two met.\n2. Trade", "On May 9, the two met."),
        # Invisible characters are left out of the text, not turned into spaces.
        (
            "May 9, 2018\nOn May 9, the two\u200b le\ufeffaders met.",
            "On May 9, the two leaders met.",
        ),
        # So are control characters: a NUL of a broken file, DEL; not a C1
        # control, which tells what windows-1252 read as Latin-1 meant.
        (
            "May 9, 2018\nOn May 9, the two\x00 le\x01aders me\x7ft in Japan\x96China.",
            "On May 9, the two leaders met in Japan\x96China.",
        ),
        # A line closing a bracket joins the one above with no space.
        (
            "May 9, 2018\nThe two issued a statement (Japanese\n) which sets out the way.",
            "The two issued a statement (Japanese) which sets out the way.",
        ),
    ],
)
def test_lead_passage_text_and_map(source: str, lead: str) -> None:
    page = read_page(source)
    assert page is not None
    assert [passage.text for passage in page.lead_passages][:1] == [lead]
    check_map(source, page.lead_passages[0])


def test_marker_groups_are_read_by_their_numbers() -> None:
    # _marker reads ITEM's groups by number, for speed; the numbers must be
    # those of the named groups.
    from readout_parser.page import lines

    groups = lines.ITEM().groupindex
    assert groups["bullet"] == lines._BULLET_GROUP
    assert groups["counter"] == lines._COUNTER_GROUP
    assert groups["marker"] == lines._MARKER_GROUP


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("2024/5/4", True),
        ("May 9 2018", True),
        ("(May 9, 2018)", True),
        ("1.", False),
        ("Thursday, March 28, 2019", True),
        ("Tue. Apr. 11, 2023", True),
        ("July 4, 2016 (Monday)", True),
        ("(Wednesday, September 24th, 2013 (Wednesday))", True),
        ("Monday", False),
    ],
)
def test_date_pre_check_lets_every_date_line_through(text: str, is_date: bool) -> None:
    from readout_parser import calendar
    from readout_parser.page import lines

    assert calendar.match_date_line(text)[0] is is_date
    assert lines._may_be_date(text) is is_date


def test_a_date_line_with_its_weekday_dates_the_page_under_its_headline() -> None:
    readout = parse(
        "Japan-India Relations\nJapan-India Foreign Ministers' Strategic Dialogue\n"
        "Thursday, March 28, 2019\nOn March 28, Mr. Taro Kono held a meeting with Dr. S. "
        "Jaishankar, Minister of External Affairs of India.\n1. The two ministers met.\n"
    )
    assert (readout.title, readout.date) == (
        "Japan-India Foreign Ministers' Strategic Dialogue",
        datetime.date(2019, 3, 28),
    )
    assert readout.diagnostics == ()


@pytest.mark.parametrize(
    "line", ["July 4, 2016 (Mon)", "July 4, 2016 (Monday)", "(July 4, 2016)", "4 July, 2016"]
)
def test_a_date_line_closed_by_a_bracket_or_its_year_dates_the_page(line: str) -> None:
    readout = parse(
        f"Japan-Italy Relations\n{line}\nOn July 4, Mr. Fumio Kishida held a meeting with "
        "Mr. Paolo Gentiloni, Minister of Foreign Affairs of Italy.\n"
    )
    assert readout.date == datetime.date(2016, 7, 4)
    assert readout.spans.date is not None
    assert readout.spans.date.slice(f"Japan-Italy Relations\n{line}\n").strip("()") == (
        line.strip("()")
    )


def test_full_width_markers_and_bullets_without_a_space_are_read() -> None:
    readout = parse(
        "Japan-China Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono held a meeting with Mr. "
        "Wang Yi.\n１．Bilateral Relations\n（1） Minister Kono spoke.\n（2） The two agreed.\n"
        "２．Regional Affairs\n・Memorandum on the Expansion of Strategic Partnership\n"
        "•Exchange of Notes on Grant Aid\n"
    )
    first, second = readout.sections
    assert (first.marker, first.number, first.heading) == ("１．", 1, "Bilateral Relations")
    assert [(s.marker, s.number) for s in first.subsections] == [("（1）", 1), ("（2）", 2)]
    assert [str(p) for p in first.subsections[1].paragraphs] == ["The two agreed."]
    assert (second.marker, second.number) == ("２．", 2)
    assert [(p.marker, str(p)) for p in second.paragraphs] == [
        ("・", "Memorandum on the Expansion of Strategic Partnership"),
        ("•", "Exchange of Notes on Grant Aid"),
    ]


def test_a_dash_or_an_asterisk_without_a_space_is_no_bullet() -> None:
    readout = parse(
        "Japan-China Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono held a meeting with Mr. "
        "Wang Yi.\n1. Bilateral Relations\n*Note: the figures are provisional.\n"
        "-based on the plan.\n"
    )
    assert [(p.marker, str(p)) for p in readout.sections[0].paragraphs] == [
        (None, "*Note: the figures are provisional."),
        (None, "-based on the plan."),
    ]


def test_a_link_run_into_the_footer_is_boilerplate_of_its_own() -> None:
    text = (
        "Japan-Argentina Relations\nMay 9, 2018\nOn May 9, Mr. Taro Kono held a meeting with "
        "Mr. Jorge Faurie.\n1. The two ministers met.\nBack to Japan-Argentina RelationsPage Top\n"
    )
    readout = parse(text)
    assert readout.back_link == "Japan-Argentina Relations"
    assert [(b.kind.value, b.text, b.span.slice(text)) for b in readout.boilerplate] == [
        ("back-link", "Back to Japan-Argentina Relations", "Back to Japan-Argentina Relations"),
        ("page-top", "Page Top", "Page Top"),
    ]


@pytest.mark.parametrize(
    ("footer", "pieces"),
    [
        # The label doubled with a space, or the link again: one footer.
        (
            "Back to Japan-Brazil Relations Japan-Brazil Relations",
            [("back-link", "Back to Japan-Brazil Relations Japan-Brazil Relations")],
        ),
        (
            "Back to Japan-Brazil Relations Back to Japan-Brazil Relations",
            [("back-link", "Back to Japan-Brazil Relations Back to Japan-Brazil Relations")],
        ),
        # The next link after a space: each is what it is.
        (
            "Back to Japan-Brazil Relations Page Top",
            [("back-link", "Back to Japan-Brazil Relations"), ("page-top", "Page Top")],
        ),
        # Below the footer, "Page Top" is the page's own link, the rest the site's.
        (
            "Back to Japan-Brazil Relations\nPage Top\nRelated Links\nPage Top",
            [
                ("back-link", "Back to Japan-Brazil Relations"),
                ("page-top", "Page Top"),
                ("site", "Related Links"),
                ("page-top", "Page Top"),
            ],
        ),
    ],
)
def test_a_footer_the_copy_ran_on_after_a_space(footer: str, pieces: list[tuple[str, str]]) -> None:
    text = (
        "Japan-Brazil Relations\nSeptember 22, 2009\nOn September 22, Mr. Katsuya Okada held a "
        f"meeting with Mr. Celso Amorim.\n1. The two ministers met.\n{footer}\n"
    )
    readout = parse(text)
    assert readout.back_link == "Japan-Brazil Relations"
    assert readout.spans.back_link is not None
    assert readout.spans.back_link.slice(text) == "Japan-Brazil Relations"
    assert [(b.kind.value, b.text) for b in readout.boilerplate] == pieces
    assert all(b.span.slice(text) == b.text for b in readout.boilerplate)
    assert readout.sections[-1].paragraphs[-1].text == "The two ministers met."


@pytest.mark.parametrize(
    "note",
    ["(Provisional translation)", "(Tentative translation)", "* This is a tentative translation."],
)
def test_a_translation_note_under_the_headline_is_furniture(note: str) -> None:
    text = (
        "Japan-Russia Relations\n\nJapan-Russia Summit Telephone Talk\n\n"
        f"{note}\n\nApril 23, 2016\n\nOn April 23, Prime Minister Abe held a telephone talk "
        "with President Putin.\n"
    )
    readout = parse(text)
    assert readout.title == "Japan-Russia Summit Telephone Talk"
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("translation-note", note)
    ]
    assert readout.date == datetime.date(2016, 4, 23)


def test_a_headline_written_as_a_sentence_with_no_stop_above_the_date_is_the_headline() -> None:
    headline = (
        "Special Envoy of the Prime Minister Mr. Ichiro Aisawa paid a Courtesy Call on H.E. Mr. "
        "William Samoei Ruto, President of the Republic of Kenya"
    )
    text = (
        f"Japan-Kenya Relations\n\n{headline}\n\nSeptember 14, 2022\n\nOn September 13, Mr. "
        "Ichiro Aisawa, Special Envoy of the Prime Minister of Japan, paid a courtesy call on "
        "H.E. Dr. William Samoei Ruto, President of the Republic of Kenya.\n"
    )
    readout = parse(text)
    assert (readout.title, readout.date) == (headline, datetime.date(2022, 9, 14))
    assert [p.text[:16] for p in readout.lead] == ["On September 13,"]
    assert readout.diagnostics == ()


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "Statement by Mr. Katsuya Okada, Minister for Foreign Affairs, on the Nuclear\n"
            "Security Summit",
            "Statement by Mr. Katsuya Okada, Minister for Foreign Affairs, on the Nuclear "
            "Security Summit",
        ),
    ],
)
def test_a_headline_wrapped_inside_a_name_after_the_is_one_title(lines: str, title: str) -> None:
    text = (
        f"Press Releases\n{lines}\nApril 14, 2010\n1. Japan welcomes the success of the summit.\n"
    )
    assert parse(text).title == title


@pytest.mark.parametrize("link", ["Full text (PDF)", "Joint Statement (PDF: 120KB)"])
def test_a_link_to_a_file_above_the_date_is_no_headline(link: str) -> None:
    text = (
        f"Japan-India Relations\nJapan-India Summit Meeting\n{link}\nMay 9, 2018\nOn May 9, "
        "Prime Minister Abe held a summit meeting with Prime Minister Modi.\n"
    )
    readout = parse(text)
    assert (readout.category, readout.title) == (
        "Japan-India Relations",
        "Japan-India Summit Meeting",
    )
    assert [(d.code, d.line) for d in readout.diagnostics] == [("unplaced-line", 3)]


def test_not_plain_is_white_space_but_the_space_or_invisible() -> None:
    # split_lines takes a line as its own text when NOT_PLAIN finds nothing in
    # it; that must be exactly what str.split() and INVISIBLE would act on.
    from readout_parser.page.text import INVISIBLE, NOT_PLAIN

    for code in range(0x110000):
        char = chr(code)
        acts = (char.isspace() and char != " ") or INVISIBLE().fullmatch(char) is not None
        assert (NOT_PLAIN().fullmatch(char) is not None) is acts, hex(code)
        # _make_line takes a printable line as plain without the pattern.
        assert not (acts and char.isprintable()), hex(code)


def test_photo_token_groups_are_read_by_their_numbers() -> None:
    # _tokens unpacks PHOTO_TOKEN's groups in order and reads the text of a
    # token by group number, for speed; both must follow the pattern.
    from readout_parser.page import photos

    groups = photos.PHOTO_TOKEN().groupindex
    assert sorted(groups, key=groups.__getitem__) == [
        "label",
        "paren",
        "courtesy",
        "body",
        "leading",
        "leading_courtesy",
        "leading_body",
        "image",
    ]
    assert (groups["body"], groups["leading_body"], groups["image"]) == (
        photos._BODY,
        photos._LEADING_BODY,
        photos._IMAGE,
    )


def test_space_characters_are_those_of_the_white_space_run() -> None:
    # normalize_with_offsets trims with _SPACE_CHARS and finds runs with
    # IRREGULAR_SPACE; both must know the white space WHITESPACE_RUN knows.
    from readout_parser.page.text import _SPACE_CHARS, IRREGULAR_SPACE, WHITESPACE_RUN

    for code in range(0x110000):
        char = chr(code)
        space = WHITESPACE_RUN().fullmatch(char) is not None
        assert (char in _SPACE_CHARS) is space, hex(code)
        assert (IRREGULAR_SPACE().fullmatch(char) is not None) is (space and char != " ")


@pytest.mark.parametrize(
    ("line", "furniture", "kept"),
    [
        # A link label in any case is cut out of the text it stands in.
        ("The two agreed (Pdf) to talk.", ("link-label", "(Pdf)"), "The two agreed to talk."),
        (
            "The statement open a new window is out.",
            ("link-label", "open a new window"),
            "The statement is out.",
        ),
        # "İ" matches "i" in a case-insensitive pattern, not in a lower-cased test.
        (
            "The statement Open a New W\u0130ndow is out.",
            ("link-label", "Open a New W\u0130ndow"),
            "The statement is out.",
        ),
        # A copyright line may open with its year.
        (
            "2024 Ministry of Foreign Affairs of Japan. All Rights Reserved.",
            ("site", "2024 Ministry of Foreign Affairs of Japan. All Rights Reserved."),
            None,
        ),
        ("All Rights Reserved.", ("site", "All Rights Reserved."), None),
    ],
)
def test_furniture_whatever_its_case_or_first_character(
    line: str, furniture: tuple[str, str] | None, kept: str | None
) -> None:
    text = f"Japan-China Relations\nMay 9, 2018\nThe two leaders met.\n1. Trade\n{line}\n"
    readout = parse(text)
    found = [(b.kind.value, text[b.span.start : b.span.end].strip()) for b in readout.boilerplate]
    assert found == ([furniture] if furniture is not None else [])
    paragraphs = [p.text for section in readout.sections for p in section.paragraphs]
    assert paragraphs == ([kept] if kept is not None else [])


def test_items_nested_deeper_than_eight_levels_are_kept_at_the_eighth() -> None:
    # Ten "1." items, each indented under the one above: the first eight
    # nest, the last three stand side by side at the eighth level, the two
    # after the first there repeating its number.
    items = [f"{'  ' * depth}1. Item {depth} text.\n" for depth in range(10)]
    text = "Japan-China Relations\nMay 9, 2018\nThe overview is as follows.\n" + "".join(items)
    readout = parse(text)
    levels = []
    siblings = readout.sections
    while siblings:
        levels.append([p.text for section in siblings for p in section.paragraphs])
        siblings = siblings[-1].subsections
    assert levels == [[f"Item {depth} text."] for depth in range(7)] + [
        ["Item 7 text.", "Item 8 text.", "Item 9 text."]
    ]
    repeats = [d for d in readout.diagnostics if d.code == "numbering-repeat"]
    assert [(d.line, d.span.slice(text)) for d in repeats] == [(12, "1."), (13, "1.")]


def _words(count: int, end: str = "") -> str:
    phrase = [
        "Japan-China",
        "Cooperation",
        "Trade",
        "Investment",
        "Energy",
        "Regional",
        "Security",
        "Culture",
    ]
    return " ".join(phrase[index % len(phrase)] for index in range(count)) + end


@pytest.mark.parametrize(
    ("first_line", "heading"),
    [
        # A topic line is a heading up to twenty words; past them, a sentence
        # that lost its full stop, unless it is a name its small words join (below).
        (_words(20), True),
        (_words(21), False),
        # An introduction ending in ":" may run to thirty words.
        (_words(30, ":"), True),
        (_words(31, ":"), False),
        # A long line after a short phrase and a comma: a sentence that lost
        # its full stop when it says something, a topic when it names a
        # person and their office.
        ("At the outset, Prime Minister Abe welcomed President Putin to the Summit", False),
        ("Meeting with Mr. Sharma, Secretary of State for Business", True),
        # A comma before a name written with "the" lists topics; before other
        # words in lower case it opens a clause.
        (
            "Regional Affairs including North Korea, the East China Sea and the South China Sea",
            True,
        ),
        ("Regarding North Korea, the two leaders confirmed their close cooperation", False),
        ("Regarding North Korea, the United States expressed its concern", False),
        ("In response, the Japanese side explained its position", False),
        ("Moreover, the United States supports Japan", False),
        ("On the situation in the Middle East, the Japanese side explained its position", False),
        # Names listed with "the", closing on "and" or ", etc."; a comma before
        # "the" and one name may open a clause.
        ("Ukraine, the Middle East, etc.", True),
        ("Finally, the Prime Minister", False),
        # Not when someone in it says something, nor in a line not in title case.
        ("Ukraine, the G7 and Japan confirmed Solidarity", False),
        ("In turn, the Abe cabinet and its parties", False),
        ("June 13, 2010: Prime Minister Kan and Premier Wen", False),
        # A sentence of content before the introduction: content too.
        (
            "The two ministers confirmed their cooperation. Secretary Tillerson stated "
            "the following:",
            False,
        ),
        ("Secretary Tillerson stated the following:", True),
        # An entry of a list of dated events is content, whatever its length.
        ("February 2023: President Ruto visited Japan and held a summit meeting", False),
        ("August 2022: TICAD 8", False),
        # So is an entry of a list of facts, a figure after its label and colon.
        ("Japanese nationals residing in Peru: approximately 3,400 (as of October 2015)", False),
        ("Japan's imports from Qatar in 2011: 2.5 trillion yen", False),
        ("Trade: US$1.2 billion", False),
        ("Area: approximately 799,000 square kilometers", False),
        ("Area: 799,380 km²", False),
        ("Population: 31.2 million inhabitants", False),
        # A year after the colon is no figure, nor is a number before it, an
        # ordinal, "2+2", "5G", a temperature or a count of things.
        ("Japan-China Relations: 2023 and beyond", True),
        ("Session 1: Regional affairs", True),
        ("Security: 2+2 Ministerial Meeting", True),
        ("Exchanges: 120th anniversary of Japanese immigration", True),
        ("Japan-Peru Relations: 150 Years of Friendship", True),
        ("Climate change: 1.5°C goal", True),
        ("Economic relations: 5G and digital cooperation", True),
        ("North Korea: 3 issues", True),
        ("Share of exports: 12%", False),
        # A short list of topics in lower case, closing on "and", with no verb.
        ("Infrastructure, technology and people-to-people exchanges", True),
        ("Security, economy and culture", True),
        ("However, trade and investment remain strong", False),
        ("Economy, trade and investment were discussed", False),
        ("Trade, investment and tourism stay strong", False),
        # Nor one ending on a verb, its sentence cut short.
        ("Trade, investment and tourism remain", False),
        # A document's name is as long as a sentence, but says nothing.
        (
            "Memorandum of Cooperation in the Field of Healthcare and Wellness between the "
            "Ministry of Health, Labour and Welfare of Japan and the Ministry of Health and "
            "Family Welfare of India",
            True,
        ),
        (
            "Agreement between Japan and the Republic of India for the Avoidance of Double "
            "Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
            True,
        ),
        # Not a list of people, nor a name past forty words.
        (
            "Prime Minister Shinzo Abe, Minister for Foreign Affairs Fumio Kishida, Minister of "
            "Economy, Trade and Industry Hiroshige Seko and Deputy Chief Cabinet Secretary "
            "Yasutoshi Nishimura",
            False,
        ),
        (
            "Memorandum of Cooperation in the Field of Healthcare and Wellness between the "
            "Ministry of Health, Labour and Welfare of Japan and the Ministry of Health and "
            "Family Welfare of the Republic of India and the Ministry of External Affairs of the "
            "Republic of India",
            False,
        ),
        # A sentence of as many words says something, or ends as one.
        (
            "The two leaders welcomed the signing of the Memorandum of Cooperation in the "
            "Field of Clean Energy between the two Ministries",
            False,
        ),
        (
            "Memorandum of Cooperation in the Field of Healthcare and Wellness between the "
            "Ministry of Health, Labour and Welfare of Japan and the Ministry of India.",
            False,
        ),
    ],
)
def test_how_long_a_numbered_heading_may_be(first_line: str, heading: bool) -> None:
    text = (
        "Japan-China Relations\nMay 9, 2018\nThe two ministers met. The overview is as follows.\n"
        f"1. {first_line}\nThe two ministers agreed.\n2. Trade\nThey talked.\n"
    )
    section = parse(text).sections[0]
    assert section.heading == (first_line if heading else None)
    paragraphs = [p.text for p in section.paragraphs]
    assert paragraphs == (
        ["The two ministers agreed."] if heading else [first_line, "The two ministers agreed."]
    )


def test_one_bulleted_heading_repeated_below_is_no_table_of_contents() -> None:
    # One entry lists nothing: the bulleted heading is an item of its own,
    # the numbered ones below it its list.
    text = (
        "Japan-China Relations\nMay 9, 2018\n"
        "On May 9, the two ministers met. The overview is as follows.\n"
        "- 1 Opening remarks\n"
        "1 Opening remarks\nMinister Kono welcomed Mr. Wang.\n"
        "2 Bilateral relations\nThey discussed trade.\n"
    )
    readout = parse(text)
    assert readout.boilerplate == ()
    assert [(s.heading, [c.heading for c in s.subsections]) for s in readout.sections] == [
        ("Opening remarks", ["Opening remarks", "Bilateral relations"])
    ]


@pytest.mark.parametrize(
    "entries",
    [
        pytest.param(("- 1 Opening remarks", "- 2 Bilateral relations"), id="numbered"),
        # Entries written without their numbers, indented as a copy of the list gives them.
        pytest.param(("  • Opening remarks", "  • Bilateral relations"), id="unnumbered"),
    ],
)
def test_a_table_of_contents_of_two_entries_is_boilerplate(entries: tuple[str, str]) -> None:
    # The fewest a table of contents lists: two bulleted headings, then the
    # first section repeating the first of them.
    text = (
        "Japan-China Relations\nMay 9, 2018\n"
        "On May 9, Minister Kono met Mr. Wang Yi. The overview is as follows.\n"
        f"{entries[0]}\n{entries[1]}\n"
        "1 Opening remarks\nMinister Kono welcomed Mr. Wang.\n"
        "2 Bilateral relations\nThey discussed trade.\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("contents", entries[0].lstrip()),
        ("contents", entries[1].lstrip()),
    ]
    assert [(s.number, s.heading) for s in readout.sections] == [
        (1, "Opening remarks"),
        (2, "Bilateral relations"),
    ]
    assert readout.diagnostics == ()


def test_a_short_menu_entry_above_the_breadcrumb_is_site_furniture() -> None:
    # Menu entries are labels of at most five words.
    text = (
        "• Home\n• Policy Speeches and Press Releases\n"
        "Japan-China Relations\nJapan-China Summit Meeting\nMay 9, 2018\n"
        "On May 9, the two leaders met.\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("site", "• Home"),
        ("site", "• Policy Speeches and Press Releases"),
    ]
    assert (readout.category, readout.title) == (
        "Japan-China Relations",
        "Japan-China Summit Meeting",
    )


@pytest.mark.parametrize(
    "below",
    [
        # A copy of the whole page: the logo's alt text above the menu.
        "• Home\n• Press Releases\nHome > Countries & Regions > Japan-India Relations\n",
        "\n• Home\nJapan-India Relations\n",
        # Or above the site's link to its other language.
        "Japanese\nJapan-India Relations\n",
        # Or above the breadcrumb itself, or its trail wrapped above it.
        "Japan-India Relations\n",
        "Home > Foreign Policy > Countries & Regions >\nJapan-India Relations\n",
    ],
)
def test_the_site_name_on_the_first_line_is_site_furniture(below: str) -> None:
    text = (
        f"Ministry of Foreign Affairs of Japan\n{below}Japan-India Summit Meeting\n"
        "March 20, 2023\nOn March 20, the two leaders met.\n"
    )
    _assert_site_name_is_furniture(text)
    # Furniture above it, as the skip link a whole-page copy opens with.
    _assert_site_name_is_furniture("Skip to main content\n" + text)


def _assert_site_name_is_furniture(text: str) -> None:
    readout = parse(text)
    assert (readout.category, readout.title, readout.photos) == (
        "Japan-India Relations",
        "Japan-India Summit Meeting",
        (),
    )
    [logo] = [b for b in readout.boilerplate if b.text.startswith("Ministry")]
    assert logo.kind.value == "site"
    skips = [b.kind.value for b in readout.boilerplate if b.text == "Skip to main content"]
    assert skips == (["site"] if text.startswith("Skip to main content") else [])
    assert logo.span.slice(text) == "Ministry of Foreign Affairs of Japan"
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    "first",
    [
        # More than the site's name, or the name above the page's own headline.
        "Ministry of Foreign Affairs of Japan Press Release\nJapan-India Relations\n",
        "Ministry of Foreign Affairs of Japan\nJapan-India Summit Meeting\n",
    ],
)
def test_a_first_line_that_is_not_the_sites_logo_is_no_furniture(first: str) -> None:
    text = f"{first}March 20, 2023\nOn March 20, the two leaders met.\n"
    assert all(b.kind.value != "site" for b in parse(text).boilerplate)


# The site's header as a copy of the whole page gives it, in the order one
# layout draws it: skip link, language switch, logo, search box, menu.
SITE_TOP = (
    "Skip to main content\n\n• Japanese\n• English\n\nMinistry of Foreign Affairs of "
    "Japan\n\nSearch\n• Home\n• Press Releases\n• Foreign Policy\n• Countries & Regions\n"
)
TRAIL = "Home > Countries & Regions > Japan-United States of America Relations\n"
# A sidebar's box of links, which a copy may put between the breadcrumb and the headline.
SIDEBAR = (
    "Related Links\n• Japan-U.S. Security Arrangements\n• Prime Minister's Visit to the U.S.\n"
)
ARTICLE = (
    "Japan-U.S. Foreign Ministers’ Meeting\n\nMarch 16, 2017\n\nOn March 16, Mr. Fumio "
    "Kishida, Minister for Foreign Affairs, held a meeting with the Honorable Rex W. "
    "Tillerson, Secretary of State of the United States of America.\n"
)


# A box of links under a heading of the site's own choosing, which a copy
# may put between the breadcrumb and the headline.
NEWS_BOX = (
    "Latest News\n• Japan-India Summit Meeting\n• Press Conference by the Foreign Press Secretary\n"
)
# The layout of 2009: a bar of links, then a menu of one link a line whose
# entries name sections as a breadcrumb does ("Press Releases"), close above
# the trail.
BARS_AND_MENU = (
    "Ministry of Foreign Affairs of Japan\nJapanese | Site Map | Contact Us\nHome\n"
    "Press Releases\nCountries & Regions\nForeign Policy\n\n"
)
# A menu of regions under a heading that names a section too.
REGIONS_MENU = (
    "Skip to main content\n• Japanese\nMinistry of Foreign Affairs of Japan\nSearch\nMenu\n"
    "Countries & Regions\n• Asia\n• Oceania\n• North America\n• Europe\n• Middle East\n"
    "• Africa\n"
)
# The layout of 2009-2011: bars of links written with "|".
BARS = (
    "Japanese | Site Map | Contact Us\nMinistry of Foreign Affairs of Japan\n"
    "Home | Policy | Countries & Regions | Press Releases | Media | About Us\n"
)


@pytest.mark.parametrize(
    "heading", ["What's New", "Pick Up", "Press Releases", "Speeches and Statements", "Topics"]
)
def test_a_box_of_links_under_the_sites_headings(heading: str) -> None:
    box = f"{heading}\n• Japan-India Summit Meeting\n• Japan-Peru Summit Meeting\n"
    readout = parse(TRAIL + box + ARTICLE)
    assert readout.title == "Japan-U.S. Foreign Ministers’ Meeting"
    assert readout.photos == ()


@pytest.mark.parametrize(
    "header",
    [
        SITE_TOP + TRAIL,
        SITE_TOP + TRAIL + SIDEBAR,
        TRAIL + SIDEBAR,
        SIDEBAR + TRAIL,
        TRAIL + NEWS_BOX,
        SITE_TOP + TRAIL + NEWS_BOX + "\n",
        SITE_TOP + TRAIL + NEWS_BOX.partition("\n")[2],
        REGIONS_MENU + TRAIL,
        BARS + TRAIL,
        BARS_AND_MENU + TRAIL,
        "Ministry of Foreign Affairs of Japan\nSite Map | Contact Us\n" + TRAIL,
    ],
    ids=[
        "top",
        "top-and-sidebar",
        "sidebar-below-the-breadcrumb",
        "sidebar-above-it",
        "box-with-a-heading-of-its-own",
        "top-and-box-with-a-heading",
        "top-and-box-with-no-heading",
        "menu-of-regions",
        "bars-of-links",
        "menu-naming-sections-above-a-trail",
        "logo-above-a-bar-of-two-links",
    ],
)
def test_the_sites_furniture_above_the_headline_in_any_order(header: str) -> None:
    text = header + ARTICLE
    readout = parse(text)
    assert readout.category == "Japan-United States of America Relations"
    assert readout.title == "Japan-U.S. Foreign Ministers’ Meeting"
    assert readout.date is not None
    assert readout.photos == ()
    # Every line above the headline but the breadcrumb is the site's.
    above = [line for line in header.splitlines() if line and line != TRAIL.strip()]
    # Each as it stands in the page, with the breadcrumb's path and nothing else.
    site = sorted(b.text for b in readout.boilerplate if b.kind.value == "site")
    assert site == sorted([*above, "Home > Countries & Regions >"])
    assert all(b.span.slice(text) == b.text for b in readout.boilerplate)
    assert [d.code for d in readout.diagnostics] == []


@pytest.mark.parametrize("box", [NEWS_BOX])
def test_a_box_of_links_below_a_breadcrumb_naming_a_country_alone(box: str) -> None:
    # Under its own heading: bullets with none under a first line that may be
    # the headline (a copy with no breadcrumb) are its photos.
    text = "Republic of Korea\n" + box + ARTICLE
    readout = parse(text)
    assert (readout.category, readout.title) == (
        "Republic of Korea",
        "Japan-U.S. Foreign Ministers’ Meeting",
    )
    assert readout.photos == ()
    assert sorted(b.text for b in readout.boilerplate) == sorted(box.splitlines())


def test_a_blank_line_under_the_heading_of_a_box_of_links_is_in_the_box() -> None:
    text = (
        TRAIL + "Related Links\n\n• Japan-U.S. Security Arrangements\n• Prime Minister's Visit "
        "to the U.S.\nJapan-U.S. Foreign Ministers’ Meeting\nMarch 16, 2017\nOn March 16, the "
        "two ministers met.\n"
    )
    readout = parse(text)
    assert (readout.title, readout.photos) == ("Japan-U.S. Foreign Ministers’ Meeting", ())


def test_a_blank_line_ends_a_box_of_links_above_the_date() -> None:
    # Bullets after it are the page's photo list again.
    text = (
        TRAIL + "Japan-U.S. Foreign Ministers’ Meeting\nRelated Links\n• Japan-U.S. Security "
        "Arrangements\n\n• Japan-U.S. Foreign Ministers’ Meeting 1\nMarch 16, 2017\nOn "
        "March 16, the two ministers met.\n"
    )
    readout = parse(text)
    assert [p.caption for p in readout.photos] == ["Japan-U.S. Foreign Ministers’ Meeting 1"]
    assert "• Japan-U.S. Security Arrangements" in {b.text for b in readout.boilerplate}


@pytest.mark.parametrize(
    "between",
    [
        # The headline above its photo bullets and a caption of its own.
        "Japan-U.S. Foreign Ministers’ Meeting\n• Japan-U.S. Foreign Ministers’ Meeting 1\n"
        "Photo session before the meeting\n",
        # A heading that names a meeting is the headline, bullets below it its photos.
        "Japan-U.S. Foreign Ministers’ Meeting\n• Handshake\n• Before the meeting\n"
        "Japan-U.S. Foreign Ministers’ Meeting (Overview)\n",
        # No line after the bullets above the date: the first line is the headline.
        "Latest News\n• Japan-India Summit Meeting\n",
        # With no heading, bullets repeating the line after them are its photos.
        "• Japan-U.S. Foreign Ministers’ Meeting 1\n• Japan-U.S. Foreign Ministers’ Meeting 2\n"
        "Japan-U.S. Foreign Ministers’ Meeting\n",
        # ... and so are those above a line that is not the last above the date.
        "• Handshake\n• Before the meeting\nJapan-U.S. Foreign Ministers’ Meeting\n"
        "Working Dinner\n",
        # A headline naming no meeting, above photo bullets and a subtitle: no box's heading.
        "Prime Minister Kishida in Beijing\n• Arrival at the airport\n• Welcome ceremony\n"
        "Summit Meeting with Premier Li\n",
        # A bullet too long for a link's label: the bullets are photos.
        "Photos\n• The two ministers shaking hands before the meeting at the Iikura Guest House "
        "in Tokyo on March 16\n"
        "Japan-U.S. Foreign Ministers’ Meeting (Overview)\n",
    ],
)
def test_bullets_below_a_breadcrumb_are_no_box_unless_headed_and_followed(between: str) -> None:
    text = TRAIL + between + "March 16, 2017\nOn March 16, the two ministers met.\n"
    readout = parse(text)
    bullets = [line[2:] for line in between.splitlines() if line.startswith("• ")]
    assert [p.caption for p in readout.photos][: len(bullets)] == bullets
    assert all(b.kind.value != "site" for b in readout.boilerplate if b.text.startswith("•"))


def test_a_bulleted_caption_below_a_breadcrumb_stays_a_photo() -> None:
    # Below the breadcrumb, bullets are the page's photo list, not a menu.
    text = (
        TRAIL + "Japan-U.S. Foreign Ministers’ Meeting\n• Japan-U.S. Foreign Ministers’ Meeting\n"
    )
    text += "March 16, 2017\nOn March 16, the two ministers met.\n"
    readout = parse(text)
    assert [p.caption for p in readout.photos] == ["Japan-U.S. Foreign Ministers’ Meeting"]


def test_the_site_name_below_the_date_is_the_issuing_office() -> None:
    # Older pages print the issuing office under the date: not the site's.
    text = (
        "Japan-China Relations\nJapan-China Summit Meeting\nMay 9, 2018\n"
        "Ministry of Foreign Affairs of Japan\nOn May 9, the two leaders met.\n"
    )
    assert parse(text).boilerplate == ()


def test_a_bulleted_line_of_six_words_ends_the_menu_above_a_headline() -> None:
    # Six words are more than a menu's label: the menu ends above the line
    # (with no breadcrumb below, which would show it to be the site's).
    text = (
        "• Home\n• Policy Speeches and Press Releases Today\n"
        "Japan-China Summit Meeting\nMay 9, 2018\n"
        "On May 9, the two leaders met.\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [("site", "• Home")]


@pytest.mark.parametrize(
    ("last_line", "cut_lead"),
    [
        # Five words or more ending the page below its header: a lead cut
        # off before its first sentence ended.
        ("Mr. Kono met Mr. Wang", True),
        # Fewer: a photo caption, and the page has no body.
        ("Foreign Minister Kono with", False),
    ],
)
def test_a_page_ending_in_a_line_below_its_header(last_line: str, cut_lead: bool) -> None:
    text = (
        f"Japan-China Relations\nJapan-China Foreign Ministers Meeting\nMay 9, 2018\n{last_line}\n"
    )
    readout = parse(text)
    assert [p.text for p in readout.lead] == ([last_line] if cut_lead else [])
    assert [p.caption for p in readout.photos] == ([] if cut_lead else [last_line])
    assert [d.code for d in readout.diagnostics] == (["truncated"] if cut_lead else ["empty-body"])


# A press release of 2010 with a part of its own after its items.
_RELEASE = (
    "Japan-New Zealand Relations\n"
    "Visit to Japan by the Hon. Murray McCully, Minister of Foreign Affairs of New Zealand\n"
    "March 2, 2010\n"
    "1. The Hon. Murray McCully, Minister of Foreign Affairs of New Zealand, will visit Japan "
    "from March 8 to 10.\n"
    "2. It is expected that this visit will further strengthen the relations between Japan "
    "and New Zealand.\n"
    "\n"
    "{label}\n"
    "{below}"
    "Back to Japan-New Zealand Relations\n"
)
# The text of item 2 of _RELEASE.
_SECOND_ITEM = [
    "It is expected that this visit will further strengthen the relations between Japan "
    "and New Zealand."
]
_EXCHANGES = (
    "(1) Prime Minister John Key visited Japan in July 2009.\n"
    "(2) Minister Okada and Minister McCully held a meeting in Singapore in November 2009.\n"
)


def _outline(sections: tuple[Section, ...]) -> list[Any]:
    return [
        (s.marker, s.heading, [p.text for p in s.paragraphs], _outline(s.subsections))
        for s in sections
    ]


@pytest.mark.parametrize(
    ("label", "below", "part"),
    [
        # A label in brackets over a list from (1) heads a part of the page,
        # not a subsection of the item above it.
        ("(Reference) Recent high-level exchanges", _EXCHANGES, True),
        ("(Reference)", _EXCHANGES, True),
        ("(Background) Exchanges since 2009", _EXCHANGES, True),
        # In square or full-width brackets too.
        ("[Reference] Recent high-level exchanges", _EXCHANGES, True),
        ("【Reference】", _EXCHANGES, True),
        ("（Reference）", _EXCHANGES, True),
        ("[Reference] Mr. Key visited Japan in July 2009.", _EXCHANGES, False),
        # A sentence after the label, or a label no part is headed by, is text
        # of the item above.
        ("(Reference) Mr. Key visited Japan in July 2009.", _EXCHANGES, False),
        ("(Outline) Recent high-level exchanges", _EXCHANGES, False),
    ],
)
def test_a_label_in_brackets_heads_a_part_of_the_page(label: str, below: str, part: bool) -> None:
    readout = parse(_RELEASE.format(label=label, below=below))
    items: list[Any] = [
        ("(1)", None, ["Prime Minister John Key visited Japan in July 2009."], []),
        (
            "(2)",
            None,
            ["Minister Okada and Minister McCully held a meeting in Singapore in November 2009."],
            [],
        ),
    ]
    if part:
        expected = [("2.", None, _SECOND_ITEM, []), ("", label, [], items)]
    else:
        expected = [("2.", None, [*_SECOND_ITEM, label], items)]
    assert _outline(readout.sections)[1:] == expected
    assert all(section.number is None for section in readout.sections[2:])


@pytest.mark.parametrize(
    ("label", "part"),
    [
        # A label alone above running text heads a part, the text its own.
        ("(Reference)", True),
        ("(Background)", True),
        ("[Reference]", True),
        # A label no part is headed by stays text of the item above.
        ("(Outline)", False),
        ("[Outline]", False),
        # Brackets that do not close as they open are no label.
        ("[Reference)", False),
    ],
)
def test_a_label_above_running_text_heads_a_part_of_the_page(label: str, part: bool) -> None:
    note = (
        "On March 8, an earthquake of magnitude 6.8 struck the central region of New Zealand, "
        "causing great damage."
    )
    readout = parse(_RELEASE.format(label=label, below=note + "\n"))
    expected: list[Any]
    if part:
        expected = [("2.", None, _SECOND_ITEM, []), ("", label, [note], [])]
    else:
        expected = [("2.", None, [*_SECOND_ITEM, label, note], [])]
    assert _outline(readout.sections)[1:] == expected


@pytest.mark.parametrize(
    ("label", "part"),
    [
        # A label heads the lines of data below it, as it heads running text.
        ("[Reference]", True),
        ("(Reference) Japan-Mexico economic relations", True),
        # A topic line is no part's label: the data stay text of the item above.
        ("Japan-Mexico economic relations", False),
    ],
)
def test_a_label_above_lines_of_data_heads_a_part_of_the_page(label: str, part: bool) -> None:
    data = [
        "Japanese companies in Mexico: 1,111 (as of October 2015)",
        "Japanese nationals residing in Mexico: 10,550 (as of October 2015)",
    ]
    readout = parse(_RELEASE.format(label=label, below="\n".join(data) + "\n"))
    expected: list[Any]
    if part:
        expected = [("2.", None, _SECOND_ITEM, []), ("", label, data, [])]
    else:
        expected = [("2.", None, [*_SECOND_ITEM, label, *data], [])]
    assert _outline(readout.sections)[1:] == expected


def test_the_page_list_goes_on_below_a_part_a_label_heads() -> None:
    text = (
        "Japan-Ruritania Relations\nMay 9, 2018\n"
        "On May 9, Mr. Taro Kono held a meeting with Mr. John Doe. The overview is as follows.\n"
        "1. Bilateral relations\nThe two ministers welcomed the progress.\n"
        "(Reference) Trade figures\n(1) Exports rose by 5 percent.\n"
        "(2) Imports rose by 3 percent.\n"
        "2. Regional affairs\nThe two ministers exchanged views.\n"
        "3. Global issues\nThey agreed to cooperate.\n"
    )
    readout = parse(text)
    assert [(s.marker, s.heading) for s in readout.sections] == [
        ("1.", "Bilateral relations"),
        ("", "(Reference) Trade figures"),
        ("2.", "Regional affairs"),
        ("3.", "Global issues"),
    ]
    assert [s.marker for s in readout.sections[1].subsections] == ["(1)", "(2)"]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_the_last_bullet_of_a_list_above_the_first_item_heads_nothing() -> None:
    # A bulleted list closing the lead: its last entry is no topic line that
    # lost its number, however short, and the numbered items stay on top.
    text = (
        "Japan-Australia Relations\nOctober 22, 2022\n"
        "On October 22, the two leaders issued a joint statement, which includes the "
        "following:\n"
        "  • Cooperation in energy security\n"
        "  • Cooperation in critical minerals\n"
        "1. Bilateral relations\nThe two leaders welcomed the progress.\n"
        "2. Regional affairs\nThey exchanged views on North Korea.\n"
    )
    readout = parse(text)
    assert [(p.marker, p.text) for p in readout.lead[1:]] == [
        ("•", "Cooperation in energy security"),
        ("•", "Cooperation in critical minerals"),
    ]
    assert [(s.number, s.heading, s.subsections) for s in readout.sections] == [
        (1, "Bilateral relations", ()),
        (2, "Regional affairs", ()),
    ]


@pytest.mark.parametrize(
    "link",
    [
        "Joint Statement (PDF)Open a New Window",
        "Joint Statement (PDF)",
        "Joint Statement Open a New Window",
    ],
)
def test_a_link_to_a_file_above_the_first_item_heads_nothing(link: str) -> None:
    # A link line between the lead and "1." is the lead's, not a topic that
    # lost its number over the whole list.
    text = (
        "Japan-Kazakhstan Relations\nDecember 19, 2022\n"
        "On December 19, the two leaders held a meeting and signed a Joint Statement.\n"
        f"{link}\n"
        "1. Bilateral relations\n(1) The two leaders welcomed the progress.\n"
        "(2) They confirmed cooperation.\n"
        "2. Regional affairs\nThey exchanged views on North Korea.\n"
    )
    readout = parse(text)
    assert [p.text for p in readout.lead[1:]] == ["Joint Statement"]
    assert [(s.number, s.heading) for s in readout.sections] == [
        (1, "Bilateral relations"),
        (2, "Regional affairs"),
    ]


def test_language_links_closing_a_statement_are_link_labels() -> None:
    # A statement of the Press Secretary ends on links to its English and
    # Japanese texts; in a sentence, the same words are content.
    text = (
        "Press Releases\nStatement by Press Secretary KOBAYASHI Maki\nMarch 21, 2024\n"
        "1. Japan welcomes the peaceful conduct of the election (English version attached).\n"
        "2. Japan will continue to work closely with Indonesia.\n"
        "(English)\n(Japanese)\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("link-label", "(English)"),
        ("link-label", "(Japanese)"),
    ]
    assert [[p.text for p in s.paragraphs] for s in readout.sections] == [
        ["Japan welcomes the peaceful conduct of the election (English version attached)."],
        ["Japan will continue to work closely with Indonesia."],
    ]


@pytest.mark.parametrize(
    "link",
    [
        "(English (PDF)Open a New Window)",
        "(English (PDF))",
        "(Japanese (PDF)Open a New Window)",
        "(English Open a New Window)",
    ],
)
def test_a_language_link_with_its_files_labels_inside_its_brackets_is_a_link_label(
    link: str,
) -> None:
    text = (
        "Japan-Indonesia Relations\nDecember 16, 2023\n"
        "1. The two leaders issued a joint statement.\n"
        "Joint Statement on the Comprehensive Strategic Partnership\n"
        f"{link}\n"
        "2. Prime Minister Kishida stated his view.\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("link-label", link)
    ]
    assert [str(p) for p in readout.sections[0].paragraphs] == [
        "The two leaders issued a joint statement.",
        "Joint Statement on the Comprehensive Strategic Partnership",
    ]


def test_a_bulleted_topic_below_a_list_inside_a_part_heads_the_next_part() -> None:
    # Below the first numbered item, a bullet after a list of bullets may head
    # a part of the page of its own, as its first bullet does.
    text = (
        "Japan-Australia Relations\nOctober 22, 2022\n"
        "On October 22, the two leaders held a summit meeting. The overview is as follows.\n"
        "• Bilateral relations\n"
        "(1) The two leaders signed the joint declaration, which includes the following:\n"
        "• Cooperation in energy security\n"
        "• Cooperation in critical minerals\n"
        "• Regional affairs\n"
        "(1) The two leaders exchanged views on North Korea.\n"
        "(2) The two leaders confirmed close cooperation.\n"
    )
    readout = parse(text)
    assert [(s.heading, [c.number for c in s.subsections]) for s in readout.sections] == [
        ("Bilateral relations", [1]),
        ("Regional affairs", [1, 2]),
    ]
    assert [p.text for p in readout.sections[0].subsections[0].paragraphs] == [
        "Cooperation in energy security",
        "Cooperation in critical minerals",
    ]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("text", "where", "sections"),
    [
        # Bullets inside a section list what was signed, and the section
        # below names the first of them: content, not a table of contents.
        pytest.param(
            "Japan-Philippines Relations\nApril 10, 2024\n"
            "On April 10, the two leaders held a summit meeting. The overview is as follows.\n"
            "1. Overview\nThe two leaders welcomed the signing of the following documents:\n"
            "• Joint Vision Statement\n• Memorandum of Cooperation on Infrastructure\n"
            "2. Joint Vision Statement\nThe two leaders confirmed its direction.\n",
            "section",
            [(1, "Overview"), (2, "Joint Vision Statement")],
            id="inside-a-section",
        ),
        # Bullets a line introduces list what was discussed: content too.
        pytest.param(
            "Japan-Australia Relations\nOctober 22, 2022\n"
            "On October 22, the two leaders held a summit meeting. The two leaders discussed "
            "the following topics:\n"
            "• Bilateral relations\n• Regional affairs\n"
            "1. Bilateral relations\nThe two leaders welcomed the progress.\n"
            "2. Regional affairs\nThey exchanged views on North Korea.\n",
            "lead",
            [(1, "Bilateral relations"), (2, "Regional affairs")],
            id="introduced",
        ),
    ],
)
def test_bullets_that_list_content_are_no_table_of_contents(
    text: str, where: str, sections: list[tuple[int, str]]
) -> None:
    readout = parse(text)
    assert readout.boilerplate == ()
    paragraphs = readout.lead if where == "lead" else readout.sections[0].paragraphs
    assert [p.marker for p in paragraphs if p.marker is not None] == ["•", "•"]
    assert [(s.number, s.heading) for s in readout.sections] == sections


def test_a_bulleted_topic_above_the_first_item_heads_a_part_on_a_page_of_bulleted_parts() -> None:
    # The page heads its parts with bullets; the first part holds a list of
    # its own, and the bullet below that list heads the second part.
    text = (
        "Japan-Australia Relations\nOctober 22, 2022\n"
        "On October 22, the two leaders held a summit meeting. The overview is as follows.\n"
        "• Bilateral relations\n"
        "The two leaders welcomed the joint declaration, which covers the following areas:\n"
        "• Cooperation in energy security\n"
        "• Cooperation in critical minerals\n"
        "• Regional affairs\n"
        "(1) The two leaders exchanged views on North Korea.\n"
        "(2) The two leaders confirmed close cooperation.\n"
    )
    readout = parse(text)
    assert [(s.heading, [c.number for c in s.subsections]) for s in readout.sections] == [
        ("Regional affairs", [1, 2])
    ]
    assert [p.text for p in readout.lead][-3:] == [
        "The two leaders welcomed the joint declaration, which covers the following areas:",
        "Cooperation in energy security",
        "Cooperation in critical minerals",
    ]


def test_bullets_a_lead_introduces_with_the_following_are_no_table_of_contents() -> None:
    text = (
        "Japan-Philippines Relations\nNovember 3, 2023\n"
        "On November 3, the two leaders held a summit meeting. Following the meeting, the two "
        "leaders witnessed the exchange of the following documents.\n"
        "• Exchange of Notes concerning Official Security Assistance\n"
        "• Memorandum of Cooperation on Infrastructure\n"
        "1. Exchange of Notes concerning Official Security Assistance\n"
        "The two leaders welcomed the first provision.\n"
        "2. Regional affairs\nThe two leaders exchanged views on the South China Sea.\n"
    )
    readout = parse(text)
    assert readout.boilerplate == ()
    assert [p.marker for p in readout.lead] == [None, "•", "•"]


def test_a_bulleted_topic_below_a_list_of_other_bullets_heads_its_part() -> None:
    # "-" bullets list what the lead introduces; the "•" line below them is
    # no entry of that list, but the heading of the items that follow.
    text = (
        "Japan-Australia Relations\nOctober 22, 2022\n"
        "On October 22, the two leaders issued a joint declaration, which includes:\n"
        "- Cooperation in energy security\n"
        "- Cooperation in critical minerals\n"
        "• Regional affairs\n"
        "(1) The two leaders exchanged views on North Korea.\n"
        "(2) The two leaders confirmed close cooperation.\n"
    )
    readout = parse(text)
    assert [(s.heading, [c.number for c in s.subsections]) for s in readout.sections] == [
        ("Regional affairs", [1, 2])
    ]


def test_the_last_bullet_of_the_second_list_of_a_lead_heads_nothing() -> None:
    # Two lists in the lead, each introduced: no bullet heads a part of the page.
    text = (
        "Japan-Australia Relations\nOctober 22, 2022\n"
        "On October 22, the two leaders held a summit meeting. The two leaders signed the "
        "following documents:\n"
        "• Japan-Australia Joint Declaration on Security Cooperation\n"
        "• Japan-Australia Critical Minerals Partnership\n"
        "The joint declaration includes the following:\n"
        "• Cooperation in energy security\n"
        "• Cooperation in critical minerals\n"
        "1. Bilateral relations\nThe two leaders welcomed the progress.\n"
        "2. Regional affairs\nThe two leaders exchanged views on North Korea.\n"
    )
    readout = parse(text)
    assert [(s.number, s.heading, s.subsections) for s in readout.sections] == [
        (1, "Bilateral relations", ()),
        (2, "Regional affairs", ()),
    ]
    assert [p.marker for p in readout.lead] == [None, "•", "•", None, "•", "•"]


def test_a_lead_telling_of_the_following_day_still_has_a_table_of_contents() -> None:
    # "the following day" introduces nothing; the lead's last sentence does not
    # introduce the bullets either.
    text = (
        "Japan-China Relations\nMay 9, 2018\n"
        "On May 9, Minister Kono met Mr. Wang Yi, and the two ministers will co-chair the "
        "Dialogue on the following day. The overview is as follows.\n"
        "  • Opening remarks\n  • Bilateral relations\n"
        "1 Opening remarks\nMinister Kono welcomed Mr. Wang.\n"
        "2 Bilateral relations\nThey discussed trade.\n"
    )
    readout = parse(text)
    assert [(b.kind.value, b.span.slice(text)) for b in readout.boilerplate] == [
        ("contents", "• Opening remarks"),
        ("contents", "• Bilateral relations"),
    ]


@pytest.mark.parametrize(
    ("line", "photos"),
    [
        # An office in brackets closing a labelled caption is its credit.
        (
            "(Photo) Japan-Indonesia Summit Meeting (Cabinet Public Affairs Office)",
            [("Japan-Indonesia Summit Meeting", "Cabinet Public Affairs Office")],
        ),
        (
            "(Photo) Summit Meeting (Cabinet Public Affairs Office) (Photo) Signing Ceremony",
            [
                ("Summit Meeting", "Cabinet Public Affairs Office"),
                ("Signing Ceremony", None),
            ],
        ),
        # Other words in brackets are the caption's, a place named with an office too.
        (
            "(Photo) Japan-Indonesia Summit Meeting (at the Prime Minister's Office)",
            [("Japan-Indonesia Summit Meeting (at the Prime Minister's Office)", None)],
        ),
        (
            "(Photo) Japan-Indonesia Summit Meeting (Overview)",
            [("Japan-Indonesia Summit Meeting (Overview)", None)],
        ),
    ],
)
def test_a_bracketed_office_closing_a_labelled_caption_is_its_credit(
    line: str, photos: list[tuple[str, str | None]]
) -> None:
    text = f"Japan-Indonesia Relations\nJune 1, 2023\n{line}\nOn June 1, the two leaders met.\n"
    readout = parse(text)
    assert [(p.caption, p.credit) for p in readout.photos] == photos
    for photo in readout.photos:
        if photo.credit is not None:
            assert photo.credit_span is not None
            assert photo.credit_span.slice(text) == photo.credit


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_heading_on_the_line_below_its_bare_marker_is_the_items(gap: str) -> None:
    text = (
        "Japan-Portugal Relations\nJanuary 26, 2021\nOn January 26, the two ministers held a "
        f"telephone talk.\n1.\n{gap}Bilateral relations\nMinister Motegi stated that Portugal "
        f"is an important partner.\n2.\n{gap}Regional affairs\nThe two ministers exchanged "
        "views on regional affairs.\n"
    )
    readout = parse(text)
    assert [(s.marker, s.heading, s.subsections) for s in readout.sections] == [
        ("1.", "Bilateral relations", ()),
        ("2.", "Regional affairs", ()),
    ]
    first = readout.sections[0]
    assert first.heading_span is not None
    assert first.heading_span.slice(text) == "Bilateral relations"
    assert [p.text for p in first.paragraphs] == [
        "Minister Motegi stated that Portugal is an important partner."
    ]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_a_wrapped_sentence_below_a_bare_marker_is_the_items_text() -> None:
    # A hard wrap left the sentence's first line with no stop: it is no heading.
    text = (
        "Japan-India Relations\nMay 9, 2018\nOn May 9, the two leaders held a telephone "
        "talk.\n1.\nPrime Minister Kishida congratulated Prime Minister\nModi on his "
        "re-election.\n"
    )
    (section,) = parse(text).sections
    assert section.heading is None
    assert section.paragraphs[0].text.startswith("Prime Minister Kishida congratulated")


def test_prose_below_a_bare_marker_is_the_items_text() -> None:
    text = (
        "Japan-Portugal Relations\nJanuary 26, 2021\nOn January 26, the two ministers held a "
        "telephone talk.\n1.\nMinister Motegi stated that Portugal is an important partner.\n"
    )
    (section,) = parse(text).sections
    assert (section.heading, [p.text for p in section.paragraphs]) == (
        None,
        ["Minister Motegi stated that Portugal is an important partner."],
    )


# A page with no "Back to ..." link, copied with the site's footer.
NO_BACK_LINK = (
    "Japan-France Relations\nJapan-France Foreign Ministers’ Meeting\nMay 9, 2018\nOn May 9, "
    "Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.E. Mr. Jean-Yves Le "
    "Drian, Minister for Europe and Foreign Affairs of France.\n1. Bilateral relations\nThe two "
    "ministers exchanged views on North Korea.\n\nPage Top\n\n{footer}"
)


@pytest.mark.parametrize(
    "footer",
    [
        "• Privacy Policy\n• Legal Matters\n• Accessibility\nCopyright © Ministry of Foreign "
        "Affairs of Japan\n",
        "Privacy Policy\nLegal Matters\n",
        # Links to the site's sections: the list the page is in, its country's page.
        "• Press Releases\n• Japan-France Relations\n",
        "Japan-France Relations\n",
        # ... and the site's furniture written as a bullet among them.
        "• Press Releases\n• Japan-France Relations\n• Privacy Policy\n",
    ],
)
def test_links_below_the_last_page_top_with_no_footer_are_the_sites(footer: str) -> None:
    text = NO_BACK_LINK.format(footer=footer)
    readout = parse(text)
    assert [p.text for p in readout.sections[0].paragraphs] == [
        "The two ministers exchanged views on North Korea."
    ]
    below = [line for line in footer.splitlines() if line]
    assert [b.text for b in readout.boilerplate if b.kind.value == "site"] == below
    assert readout.diagnostics == ()


@pytest.mark.parametrize(
    "below",
    [
        # A part of the page's own, and its list, with the site's footer after it.
        "(Reference) Attendees\n• Mr. Taro Yamada, Director-General\nCopyright © Ministry of "
        "Foreign Affairs of Japan\n",
        # Links with nothing of the site's to show a footer: the page's.
        "• Joint Statement (PDF)\n• Fact Sheet (PDF)\n",
        "• Joint Statement (PDF)\n• Japan-France Relations in Culture\n",
        # One link of the page's own among links to sections: the page's.
        "• Joint Statement (PDF)\n• Japan-France Relations\n",
        "• Security\n• Economic Relations\n• Cultural Relations\n",
    ],
)
def test_a_page_top_above_the_pages_own_lines_ends_nothing(below: str) -> None:
    readout = parse(NO_BACK_LINK.format(footer=below))
    site = [b.text for b in readout.boilerplate if b.kind.value == "site"]
    assert all(not text.startswith(("(Reference)", "•")) for text in site)


def test_a_page_top_with_content_below_ends_nothing() -> None:
    # "Page Top" between sections: what follows is the page's.
    text = NO_BACK_LINK.format(footer="2. Regional affairs\nThe two ministers agreed.\n")
    readout = parse(text)
    assert [s.heading for s in readout.sections] == ["Bilateral relations", "Regional affairs"]
    assert [b.kind.value for b in readout.boilerplate] == ["page-top"]


READER_LEAD = (
    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.E. Mr. "
    "Roberto Ampuero, Minister of Foreign Affairs of Chile.\n1. They met.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # A breadcrumb below its headline, menus between them or none.
        "Japan-Chile Foreign Ministers' Meeting\n• Japanese\n• English\nJapan-Chile Relations\n",
        "Japan-Chile Foreign Ministers' Meeting\nJapan-Chile Relations\n",
        # A reader view's title above, its quotes curly, the headline's straight.
        "Japan-Chile Foreign Ministers’ Meeting\nwww.mofa.go.jp\n4–5 minutes\n"
        "Japan-Chile Relations\n\nJapan-Chile Foreign Ministers' Meeting\n",
    ],
)
def test_the_breadcrumb_and_headline_in_other_orders(header: str) -> None:
    readout = parse(header + "May 9, 2018\n" + READER_LEAD)
    assert (readout.category, readout.title) == (
        "Japan-Chile Relations",
        "Japan-Chile Foreign Ministers' Meeting",
    )
    assert [d.code for d in readout.diagnostics] == []


HEADED = (
    "Japan-France Relations\nJapan-France Foreign Ministers’ Meeting\nMarch 16, 2017\n\n"
    "On March 16, the two ministers held a meeting in Tokyo. The overview is as follows.\n\n"
)


@pytest.mark.parametrize(
    ("body", "caption"),
    [
        # A photo placed between the lead and the list leaves its alt text there.
        (
            "Japan-France Foreign Ministers’ Meeting 1\n1. Bilateral relations\nThey met.\n",
            "Japan-France Foreign Ministers’ Meeting 1",
        ),
        # Or between two items, bulleted, its number after a hyphen.
        (
            "1. Bilateral relations\nThey met.\n• Japan-France Foreign Ministers' Meeting-2\n"
            "2. Regional affairs\nThey talked.\n",
            "Japan-France Foreign Ministers' Meeting-2",
        ),
        # Or the headline alone.
        (
            "Japan-France Foreign Ministers’ Meeting\n1. Bilateral relations\nThey met.\n",
            "Japan-France Foreign Ministers’ Meeting",
        ),
    ],
)
def test_the_headline_repeated_in_the_body_is_a_photos_alt_text(body: str, caption: str) -> None:
    text = HEADED + body
    readout = parse(text)
    [photo] = readout.photos
    assert photo.caption == caption
    line = next(line for line in text.splitlines() if line.endswith(caption))
    assert photo.span.slice(text) == line
    assert (readout.sections[0].number, readout.sections[0].heading) == (1, "Bilateral relations")
    assert all(caption not in p.text for s in readout.sections for p in s.paragraphs)
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    "topic",
    [
        # More than the headline and a photo's number: a topic of its own.
        "Japan-France Foreign Ministers’ Meeting on the Economy",
        "Japan-France Foreign Ministers’ Meeting 2017",
        "Japan-France Foreign Ministers’ Meeting II",
    ],
)
def test_a_line_opening_with_the_headline_and_going_on_is_no_caption(topic: str) -> None:
    readout = parse(HEADED + topic + "\n1. Bilateral relations\nThey met.\n")
    assert readout.photos == ()
    assert readout.sections[0].heading == topic


def test_a_headline_of_two_words_is_not_looked_for_in_the_body() -> None:
    # Too short to tell a caption from a topic line of the same words.
    text = HEADED.replace("Japan-France Foreign Ministers’ Meeting", "Bilateral Meeting")
    readout = parse(text + "Bilateral Meeting\n1. Bilateral relations\nThey met.\n")
    assert readout.photos == ()
    assert readout.sections[0].heading == "Bilateral Meeting"


@pytest.mark.parametrize(
    "above",
    [
        "Home > Foreign Policy > Countries & Regions\n",
        "Skip to main content\nMinistry of Foreign Affairs of Japan\nHome  > Foreign Policy  > "
        "Countries & Regions\n",
    ],
)
def test_a_trail_whose_last_step_has_a_line_of_its_own_ends_there(above: str) -> None:
    # The copy put the page's own section below the trail.
    text = above + "Japan-United States of America Relations\n" + ARTICLE
    readout = parse(text)
    assert readout.category == "Japan-United States of America Relations"
    assert readout.spans.category is not None
    assert readout.spans.category.slice(text) == readout.category
    assert readout.title == "Japan-U.S. Foreign Ministers’ Meeting"
    [path] = [b for b in readout.boilerplate if ">" in b.text]
    assert (path.kind.value, path.span.slice(text)) == ("site", above.splitlines()[-1])
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_a_line_repeating_a_trails_last_step_is_the_sites_repeat() -> None:
    text = "Home > Countries & Regions > Japan-U.S. Relations\nJapan-U.S. Relations\n" + ARTICLE
    readout = parse(text)
    assert readout.category == "Japan-U.S. Relations"
    assert readout.spans.category is not None
    assert readout.spans.category.start == text.index("Japan-U.S. Relations")


@pytest.mark.parametrize(
    ("trail", "below"),
    [
        # The line below names a meeting: the headline, not a step.
        ("Home > Foreign Policy > Japan-China Relations", None),
        # The line below names a step the trail has passed: the site's, not deeper.
        (
            "Home > Foreign Policy > Countries & Regions > Japan-China Relations",
            "Countries & Regions",
        ),
        ("Home > Press Releases > Japan-China Relations", "Press Releases"),
    ],
)
def test_a_trail_ending_on_the_pages_own_section_keeps_it(trail: str, below: str | None) -> None:
    headline = "Japan-China Summit Meeting on Economic Relations"
    text = f"{trail}\n{below + chr(10) if below else ''}{headline}\nMay 5, 2023\n"
    text += "On May 5, the two leaders held a meeting in Beijing.\n"
    readout = parse(text)
    assert (readout.category, readout.title) == ("Japan-China Relations", headline)


def test_the_headline_alone_above_prose_heads_it_as_a_topic() -> None:
    # Pages of a summit and a dinner head each part by its name, the first
    # the meeting's own.
    text = HEADED.replace("France", "Australia") + (
        "Japan-Australia Foreign Ministers’ Meeting\n\nMinister Kishida stated that Japan "
        "valued Australia.\n\nWorking Dinner\n\nThe two ministers exchanged views.\n"
    )
    readout = parse(text)
    assert readout.photos == ()
    assert [s.heading for s in readout.sections] == [
        "Japan-Australia Foreign Ministers’ Meeting",
        "Working Dinner",
    ]


def test_a_box_heading_with_no_line_between_its_links_and_the_date_stays_the_headline() -> None:
    # The lead below the date names a meeting; it is no headline after the box.
    text = (
        TRAIL + "Latest News\n• Japan-India Summit Meeting\nMarch 16, 2017\nOn March 16, the "
        "two ministers held a summit meeting.\n"
    )
    readout = parse(text)
    assert readout.title == "Latest News"
    assert [p.caption for p in readout.photos] == ["Japan-India Summit Meeting"]


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("Tweet\nShare\n", ""),
        ("• Tweet\n• Share\n• Share on LINE\n", ""),
        ("", "Tweet\nShare\n"),
        ("", "• Tweet\n• Share\n• Japan-Philippines Summit Meeting 1\n"),
    ],
)
def test_the_sites_share_buttons_are_furniture(above: str, below: str) -> None:
    text = (
        f"Japan-Philippines Relations\nJapan-Philippines Summit Meeting\n{above}May 9, 2023\n"
        f"{below}On May 9, Mr. KISHIDA Fumio held a meeting with H.E. Mr. Ferdinand R. Marcos "
        "Jr.\n1. They met.\nBack to Japan-Philippines Relations\n"
    )
    readout = parse(text)
    buttons = [line for line in (above + below).splitlines() if "Summit" not in line]
    assert readout.title == "Japan-Philippines Summit Meeting"
    assert [b.text for b in readout.boilerplate if b.kind.value == "site"] == buttons
    assert [p.caption for p in readout.photos] == (
        ["Japan-Philippines Summit Meeting 1"] if "Summit" in below else []
    )
    assert readout.diagnostics == ()


@pytest.mark.parametrize(
    "header",
    [
        # No breadcrumb: the first line is the headline, its bullets photos.
        "Japan-U.S. Foreign Ministers’ Meeting\n• Japan-U.S. Foreign Ministers’ Meeting 1\n"
        "Photo session before the meeting\n",
        # A breadcrumb, and bullets that name no meeting: captions, not links.
        "Japan-United States of America Relations\n• Foreign Minister Kishida shaking hands with "
        "Secretary Tillerson\n• The two ministers at the meeting\n"
        "Japan-U.S. Foreign Ministers’ Meeting\n",
    ],
)
def test_photo_bullets_above_a_headline_are_no_box_of_links(header: str) -> None:
    text = header + "March 16, 2017\n" + ARTICLE.split("\n\n", 2)[2]
    readout = parse(text)
    bullets = [line[2:] for line in header.splitlines() if line.startswith("• ")]
    assert [p.caption for p in readout.photos][: len(bullets)] == bullets
    assert [b.kind.value for b in readout.boilerplate] == []


def test_a_box_with_no_heading_below_a_trail_ending_on_a_country() -> None:
    text = (
        "Home > Countries & Regions > Republic of Korea\n• Japan-ROK Foreign Ministers’ Meeting\n"
        "• Japan-ROK Summit Telephone Talk\nJapan-ROK Summit Meeting\nJanuary 13, 2026\n"
        "On January 13, Ms. TAKAICHI Sanae, Prime Minister of Japan, held a meeting with H.E. "
        "Mr. Lee Jae-myung, President of the Republic of Korea.\n"
    )
    readout = parse(text)
    assert (readout.category, readout.title, readout.photos) == (
        "Republic of Korea",
        "Japan-ROK Summit Meeting",
        (),
    )
