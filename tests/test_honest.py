"""Whatever the parser cannot place is reported: never silently misplaced or lost.

Each table row is a real readout shape (or a dev-corpus page with one thing
changed, as a scraper meets it) and what a reader says the result is.
"""

from __future__ import annotations

import datetime
import json

import pytest

from readout_parser import Readout, Span, parse

HEADER = "Japan-Chile Relations\nMay 9, 2018\n"
LEAD = (
    "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with "
    "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile. The overview is as follows.\n"
)


# ---------------------------------------------------------------------------
# Case-insensitive matches are followed by total lookups
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        (
            "日中外相会談\n令和7年7月4日\n7月4日、岩屋外務大臣は、王毅外交部長と会談を行いました。",
            False,
        ),
        ("404 Not Found\nThe page you requested could not be found.", True),
    ],
)
def test_a_page_in_another_script_is_told_to_read_the_english_one(text: str, latin: bool) -> None:
    message = next(d.message for d in parse(text).diagnostics if d.code == "not-a-readout")
    assert ("only the English pages of the site are read" in message) is not latin
    assert ("Check that this is the page you meant to parse." in message) is latin


@pytest.mark.parametrize(
    "text",
    [
        # "ſ" (long s) and "İ" (dotted capital I) fold to ASCII letters under
        # IGNORECASE, but lower-case to something no table holds.
        "Auguſt 1, 2017",
        "Aprİl 1, 2017",
        "Japan-Chile Relations\nAuguſt 1, 2017\nOn Auguſt 1, the two ministers met.",
        "Japan-Chile Relations\nAprİl 1, 2017\nOn Aprİl 1, the two ministers met.",
        # The Kelvin sign folds to "k", "ﬀ" to "ff".
        "Japan-Chile Relations\nMay 9, 2018\nOn May 9, the two met. The overview is as ſollows.",
        "Japan-Chile Relations\nMay 9, 2018\n1. Bac\u212a to top\n(Photo: Cabinet O\ufb00ice)",
    ],
)
def test_case_folding_letters_never_crash(text: str) -> None:
    readout = parse(text)
    # Not a month name: no date is read from a line the site never writes.
    assert readout.date is None or "ſ" not in text.splitlines()[1]
    Readout.from_dict(json.loads(readout.to_json()))


def test_lone_surrogates_are_escaped_in_json() -> None:
    text = HEADER + "On May 9, the two ministers met in \udc80 Santiago.\n"
    readout = parse(text)
    encoded = readout.to_json()
    encoded.encode("utf-8")
    assert "\\udc80" in encoded
    assert Readout.from_dict(json.loads(encoded)) == readout
    assert readout.lead[0].text == "On May 9, the two ministers met in \udc80 Santiago."


# ---------------------------------------------------------------------------
# The site around the readout: menus above it, the footer below it
# ---------------------------------------------------------------------------

BODY = (
    "1. Bilateral relations\nThe two ministers welcomed the progress in trade.\n"
    "2. Regional affairs\nThey discussed North Korea.\n"
)
FOOTER = "Back to Japan-Chile Relations\n"


def _kinds(readout: Readout) -> list[tuple[str, str]]:
    return [(item.kind.value, item.text) for item in readout.boilerplate]


@pytest.mark.parametrize(
    ("tail", "site"),
    [
        ("Related Links\nPrivacy Policy\n", ["Related Links", "Privacy Policy"]),
        ("(1) Cookie settings\n", ["(1) Cookie settings"]),
        (
            "Copyright © 2018 Ministry of Foreign Affairs of Japan\n",
            ["Copyright © 2018 Ministry of Foreign Affairs of Japan"],
        ),
        # Prose below the footer is the site's too: a cookie banner.
        (
            "We use cookies to give you the best experience on our website.\nAccept\n",
            ["We use cookies to give you the best experience on our website.", "Accept"],
        ),
        ("• Japan-Chile Summit Meeting (2017)\n", ["• Japan-Chile Summit Meeting (2017)"]),
    ],
)
def test_text_after_the_footer_is_site_furniture(tail: str, site: list[str]) -> None:
    readout = parse(HEADER + LEAD + BODY + FOOTER + tail)
    assert [section.heading for section in readout.sections] == [
        "Bilateral relations",
        "Regional affairs",
    ]
    assert readout.sections[-1].paragraphs[-1].text == "They discussed North Korea."
    assert len(readout.lead) == 1
    assert readout.back_link == "Japan-Chile Relations"
    assert [text for kind, text in _kinds(readout) if kind == "site"] == site
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("box", "site"),
    [
        (
            "\nRelated Links\n\n  • G7 Ise-Shima Summit\n"
            "  • Japan-Chile Joint Statement (PDF)Open a New Window\n\n",
            [
                "Related Links",
                "• G7 Ise-Shima Summit",
                "• Japan-Chile Joint Statement (PDF)Open a New Window",
            ],
        ),
        (
            "Related Links\nJapan-Chile Summit Meeting (2017)\n",
            ["Related Links", "Japan-Chile Summit Meeting (2017)"],
        ),
        # A link's label counts no words of its title, and a bullet is a link
        # however long: the links after it stay in the box.
        (
            "Related Links\nJapan-Chile Joint Statement on the Strategic Partnership for the "
            "Next Decade (PDF)Open a New Window\n"
            "• Japan-Chile Joint Statement: Special Strategic Partnership for the 21st Century "
            "in the Asia-Pacific Region (PDF)Open a New Window\n• Prime Minister Abe’s Visit\n",
            [
                "Related Links",
                "Japan-Chile Joint Statement on the Strategic Partnership for the Next Decade "
                "(PDF)Open a New Window",
                "• Japan-Chile Joint Statement: Special Strategic Partnership for the 21st "
                "Century in the Asia-Pacific Region (PDF)Open a New Window",
                "• Prime Minister Abe’s Visit",
            ],
        ),
    ],
)
def test_a_box_of_related_links_above_the_footer_is_site_furniture(
    box: str, site: list[str]
) -> None:
    readout = parse(HEADER + LEAD + BODY + box + FOOTER)
    assert [p.text for p in readout.sections[-1].paragraphs] == ["They discussed North Korea."]
    assert [text for kind, text in _kinds(readout) if kind == "site"] == site
    assert readout.back_link == "Japan-Chile Relations"


def test_a_long_line_below_related_links_ends_the_box() -> None:
    # Longer than a link's label, though it ends no sentence: the readout's own.
    line = (
        "The two ministers agreed to hold the next round of talks in Santiago at an early "
        "date and to"
    )
    readout = parse(HEADER + LEAD + BODY + f"Related Links\n{line}\n" + FOOTER)
    assert [p.text for p in readout.sections[-1].paragraphs][-1] == line
    assert [text for kind, text in _kinds(readout) if kind == "site"] == ["Related Links"]


def test_a_sentence_below_related_links_ends_the_box() -> None:
    # The box holds links; a sentence is the readout's own and stays content.
    readout = parse(
        HEADER
        + LEAD
        + BODY
        + "Related Links\nThe two ministers agreed to meet again soon.\n"
        + FOOTER
    )
    assert [p.text for p in readout.sections[-1].paragraphs] == [
        "They discussed North Korea.",
        "The two ministers agreed to meet again soon.",
    ]
    assert [text for kind, text in _kinds(readout) if kind == "site"] == ["Related Links"]


@pytest.mark.parametrize(
    "target",
    [
        "Japan-U.S. Relations",
        "Japan-U.K. Relations",
        "U.S.",
        "Japan-U.S. Security Arrangements",
        # A short name in brackets after it.
        "Japan-Australia-India-U.S. (Quad)",
        # A letter a broken encoding left as "?".
        "Japan-C?te d'Ivoire Relations",
    ],
)
def test_a_footer_naming_an_abbreviation_is_the_footer(target: str) -> None:
    readout = parse(HEADER + LEAD + BODY + f"Back to {target}\n")
    assert readout.back_link == target
    assert readout.sections[-1].paragraphs[-1].text == "They discussed North Korea."
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize("mark", ["• ", "- ", "« ", "<< ", "・"])
def test_a_footer_marked_as_a_list_item_or_an_arrow_is_the_footer(mark: str) -> None:
    line = f"{mark}Back to Japan-China Relations"
    text = HEADER + LEAD + BODY + line + "\nPrivacy Policy\n"
    readout = parse(text)
    assert readout.back_link == "Japan-China Relations"
    assert readout.spans.back_link is not None
    assert readout.spans.back_link.slice(text) == "Japan-China Relations"
    assert [(b.kind.value, b.text) for b in readout.boilerplate] == [
        ("back-link", line),
        ("site", "Privacy Policy"),
    ]
    assert readout.sections[-1].paragraphs[-1].text == "They discussed North Korea."
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize("line", ["- Back to the two sides.", "• Back to normal relations."])
def test_a_bulleted_sentence_opening_back_to_is_no_footer(line: str) -> None:
    readout = parse(HEADER + LEAD + BODY + line + "\n")
    assert readout.back_link is None
    assert readout.sections[-1].paragraphs[-1].text == line[2:]


@pytest.mark.parametrize(
    "line",
    [
        "Back to the two sides.",
        "Back to the two sides?",
        "Back to plan a.",
        "Back to normal. They met.",
        "Back to the U.S. (and its allies).",
    ],
)
def test_a_sentence_opening_back_to_is_no_footer(line: str) -> None:
    readout = parse(HEADER + LEAD + BODY + line + "\n")
    assert readout.back_link is None
    assert readout.sections[-1].paragraphs[-1].text == line


def test_a_wrapped_line_opening_back_to_is_no_footer() -> None:
    # A line of a sentence the copy wrapped, with an abbreviation in it.
    lines = (
        "1. Secretary Tillerson stated that he would come\n"
        "back to the U.S.-Japan summit agenda in his talks with Prime Minister Abe and\n"
        "expressed his gratitude for the hospitality.\n"
        "2. The two ministers confirmed their cooperation.\n"
    )
    readout = parse(HEADER + LEAD + lines)
    assert readout.back_link is None
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []
    assert [str(p) for p in readout.sections[0].paragraphs] == [
        "Secretary Tillerson stated that he would come back to the U.S.-Japan summit agenda in "
        "his talks with Prime Minister Abe and expressed his gratitude for the hospitality."
    ]


@pytest.mark.parametrize(
    ("items", "marker_at", "marker"),
    [
        # The copy lost the line break before "2.": no item follows.
        (
            "1. Bilateral relations\nThe two ministers welcomed the progress in trade. "
            "2. Regional affairs The two ministers discussed North Korea.\n",
            "2. Regional",
            "2.",
        ),
        # ... and "3." follows, with its numbering gap.
        (
            "1. Bilateral relations\nThe two ministers welcomed the progress in trade. "
            "2. Regional affairs The two ministers discussed North Korea.\n"
            "3. Global affairs\nThey met again.\n",
            "2. Regional",
            "2.",
        ),
        # In a list numbered "(1)".
        (
            "(1) Trade\nThe two ministers welcomed the progress in trade. "
            "(2) Security The two ministers discussed North Korea.\n",
            "(2) Security",
            "(2)",
        ),
        # Run into the last paragraph of the item's last subsection.
        (
            "1. Bilateral relations\n(1) Trade\nThe two ministers welcomed the progress. "
            "2. Regional affairs The two ministers discussed North Korea.\n",
            "2. Regional",
            "2.",
        ),
    ],
)
def test_an_item_run_into_the_paragraph_above_has_a_diagnostic(
    items: str, marker_at: str, marker: str
) -> None:
    text = HEADER + LEAD + items
    readout = parse(text)
    [found] = [d for d in readout.diagnostics if d.code == "run-in-item"]
    start = text.index(marker_at)
    assert found.span == Span(start, start + len(marker))
    assert found.line == text[:start].count("\n") + 1
    assert f"item {marker!r}" in found.message
    # The text stays where the copy put it.
    last = readout.sections[0]
    while last.subsections:
        last = last.subsections[-1]
    assert marker_at in last.paragraphs[-1].text


@pytest.mark.parametrize(
    "items",
    [
        # The next item is there on its own line: a number inside a sentence is no item.
        "1. Trade\nThe two ministers welcomed the progress. 2. Security is next.\n"
        "2. Security\nThey met.\n",
        # No sentence ends before the number.
        "1. Trade\nThe two ministers discussed resolution 2. The rest was left.\n",
        # Not the number that comes next.
        "1. Trade\nThe two ministers welcomed the progress. 3. Security The two met.\n",
    ],
)
def test_a_number_inside_a_paragraph_is_no_run_in_item(items: str) -> None:
    readout = parse(HEADER + LEAD + items)
    assert "run-in-item" not in [d.code for d in readout.diagnostics]


def test_numbering_going_on_below_the_footer_is_content_with_a_diagnostic() -> None:
    readout = parse(HEADER + LEAD + BODY + FOOTER + "3. Global affairs\nThey met again.\n" + FOOTER)
    assert [section.number for section in readout.sections] == [1, 2, 3]
    assert readout.sections[2].paragraphs[0].text == "They met again."
    after = [d for d in readout.diagnostics if d.code == "after-footer"]
    assert len(after) == 1
    assert after[0].line == 9


@pytest.mark.parametrize(
    "above",
    [
        "• Home\n• Foreign Policy\n• Countries & Regions\n",
        "Skip to main content\n",
        "Skip to main content\nHome\nMenu\n",
        "Home\nForeign Policy\n",
        "• Home • Foreign Policy • Countries & Regions\n",
        # Entries too long for a menu's, and one naming meetings, still stand
        # above the breadcrumb, where nothing of the page's own stands.
        "• Home\n• Speeches and Statements by the Prime Minister\n",
        "• Foreign Policy\n• Summit Meetings and Foreign Ministers' Meetings\n",
        # The site's top bar above its skip link, whatever it holds.
        "• 日本語\n• English\nSkip to main content\nMinistry of Foreign Affairs of Japan\n• Home\n",
        "Site Map | Contact Us | Japanese\nSkip to main content\n",
        "SearchSearch\nText Size S M L\nSkip to main content\n• Home\n• Foreign Policy\n",
    ],
)
def test_navigation_above_the_header_is_site_furniture(above: str) -> None:
    readout = parse(
        above + "Japan-Chile Relations\nJapan-Chile Foreign Ministers' Meeting\n"
        "May 9, 2018\n" + LEAD + BODY + FOOTER
    )
    assert readout.category == "Japan-Chile Relations"
    assert readout.title == "Japan-Chile Foreign Ministers' Meeting"
    assert readout.date is not None
    assert readout.photos == ()
    assert [text for kind, text in _kinds(readout) if kind == "site"] == above.splitlines()
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("above", "site"),
    [
        # Twelve words is the longest label a link of the site's menu is read as.
        ("• One two three four five six seven eight nine ten eleven twelve\n", True),
        ("• One two three four five six seven eight nine ten eleven twelve thirteen\n", False),
        # A sentence is no link, however short.
        ("• The two foreign ministers met in Tokyo.\n", False),
    ],
)
def test_only_labels_above_the_breadcrumb_are_the_sites(above: str, site: bool) -> None:
    readout = parse(
        above + "Japan-Chile Relations\nJapan-Chile Foreign Ministers' Meeting\n"
        "May 9, 2018\n" + LEAD + BODY + FOOTER
    )
    assert (above.strip() in [text for kind, text in _kinds(readout) if kind == "site"]) is site
    assert (readout.category == "Japan-Chile Relations") is site


# ---------------------------------------------------------------------------
# Inputs that are not a readout, or more than one
# ---------------------------------------------------------------------------

NOT_READOUTS = {
    "news article": (
        "World\nStocks rally as inflation cools\nBy Jane Doe, Markets Reporter\n"
        "Updated 3:42 PM EST, Tue March 14, 2023\n"
        "NEW YORK - U.S. stocks rose on Tuesday after data showed consumer prices rose "
        "less than expected in February.\nThe S&P 500 gained 1.7%.\n"
    ),
    "dated news article": (
        "Business\nCarmakers cut prices as demand slows\nMarch 14, 2023\n"
        "Several carmakers cut prices on Tuesday, citing weaker demand in Europe.\n"
    ),
    "recipe": (
        "Classic Pancakes\nServes 4\nIngredients\n1 cup flour\n2 eggs\nMethod\n"
        "1. Whisk the flour, eggs and milk into a smooth batter.\n"
        "2. Heat a pan and pour in a ladle of batter.\n3. Cook until golden.\n"
    ),
    "error page": (
        "404 Not Found\nThe requested URL /files/100.html was not found on this server.\n"
    ),
    "stack trace": (
        'Traceback (most recent call last):\n  File "scrape.py", line 12, in <module>\n'
        "    page = fetch(url)\nTimeoutError: read timed out\n"
    ),
    "press-conference transcript": (
        "Press Conferences\nPress Conference by Foreign Minister Fumio Kishida\n"
        "March 16, 2017\nOpening Remarks\n"
        "Minister Kishida: Today I would like to report on my visit to Germany.\n"
        "Questions and Answers\n"
        "Reporter: Could you tell us about the meeting with Secretary Tillerson?\n"
        "Minister Kishida: We had a candid exchange of views.\n"
        "Reporter: What about North Korea?\nMinister Kishida: We agreed to coordinate.\n"
        "Back to Press Conferences\n"
    ),
}


@pytest.mark.parametrize("text", NOT_READOUTS.values(), ids=NOT_READOUTS.keys())
def test_text_that_is_no_readout_is_reported(text: str) -> None:
    codes = [d.code for d in parse(text).diagnostics]
    assert codes.count("not-a-readout") == 1
    assert "html-input" not in codes
    # What such text lacks as a page says nothing more of it.
    assert not {"no-date", "empty-body", "truncated", "meeting-no-lead"} & set(codes)


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html lang='en'>\n<head><title>Japan-Chile Relations</title></head>\n"
        "<body><p>May 9, 2018</p><p>The two ministers met.</p></body></html>\n",
        '<div class="main"><h1>Japan-Chile Summit Meeting</h1>\n<p>May 9, 2018</p>\n'
        '<ul><li><a href="/">Home</a></li><li><a href="/p">Foreign Policy</a></li></ul>\n'
        "<p>On May 9, Mr. Taro Kono held a meeting with Mr. Roberto Ampuero.</p></div>\n",
    ],
)
def test_html_is_reported_with_how_to_make_text(text: str) -> None:
    found = [d for d in parse(text).diagnostics if d.code == "html-input"]
    assert len(found) == 1
    # The span is the first tag, whole.
    assert found[0].span.slice(text) == text[: text.index(">") + 1]
    assert "parse_html" in found[0].message
    # Only how to make text of it: a date line or a body it lacks as text is
    # no news ("put the date on a line of its own" would mislead).
    assert [d.code for d in parse(text).diagnostics] == ["html-input"]


def test_an_unclosed_document_tag_is_the_span_alone() -> None:
    # The tag's ">" is not on its line: the span stops at the tag's name
    # rather than running on to the next bracket in the page.
    text = "<html lang=en\n" + HEADER + LEAD + BODY + FOOTER
    found = [d for d in parse(text).diagnostics if d.code == "html-input"]
    assert [d.span.slice(text) for d in found] == ["<html"]


def test_a_stray_br_is_no_html_input() -> None:
    readout = parse(HEADER + LEAD + "<br>\n" + BODY + FOOTER)
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_joined_readouts_are_reported_where_the_second_starts() -> None:
    second = (
        "Japan-Peru Relations\nMay 10, 2018\n"
        "On May 10, Mr. Taro Kono held a meeting with Mr. Nestor Popolizio.\n"
        "1. Trade\nThe two ministers met.\nBack to Japan-Peru Relations\n"
    )
    first = HEADER + LEAD + BODY + FOOTER
    readout = parse(first + second)
    assert len(readout.sections) == 2
    assert readout.back_link == "Japan-Chile Relations"
    found = [d for d in readout.diagnostics if d.code == "several-readouts"]
    assert len(found) == 1
    assert found[0].line == first.count("\n") + 1
    assert found[0].span.slice(first + second) == second.rstrip("\n")
    # Without a footer between them, the date line of the second still shows.
    readout = parse(HEADER + LEAD + BODY + second)
    assert [d.code for d in readout.diagnostics if d.code == "several-readouts"] == [
        "several-readouts"
    ]
    assert len(readout.sections) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Below the footer, an undated page: breadcrumb, headline and lead.
        (
            HEADER + LEAD + BODY + FOOTER,
            "Japan-Italy Relations\nJapan-Italy Summit Meeting\n\n"
            "On Monday, May 2, Mr. Shinzo Abe held a summit meeting with Mr. Matteo Renzi. "
            "The overview is as follows.\n1. Bilateral relations\nThey met.\n",
        ),
        # Below an end mark, with no footer at all.
        (
            HEADER + LEAD + BODY + "(END)\n",
            "Japan-Italy Relations\nJapan-Italy Summit Meeting\n"
            "On Monday, May 2, Mr. Shinzo Abe held a summit meeting with Mr. Matteo Renzi.\n",
        ),
        # No footer above it, photos between its headline and its date.
        (
            HEADER + LEAD + BODY,
            "Overview of Japan-China Foreign Ministers' Meeting\n"
            "  • (photo) Foreign Minister Maehara shaking hands with Dr. Yang\n"
            "November 14, 2010\n"
            "On November 14, Mr. Seiji Maehara held a meeting with Dr. Yang Jiechi.\n",
        ),
        # No footer above it; four photos, each with its credit, between its
        # date and its lead: eight lines, as many as a header holds.
        (
            HEADER + LEAD + BODY,
            "Japan-Korea Relations\nJapan-Korea Foreign Ministers' Meeting\nMay 10, 2018\n"
            + "".join(
                f"(Photo) {caption}\n(Photo: Ministry of Foreign Affairs of Japan)\n"
                for caption in (
                    "Foreign Minister Kono welcoming Foreign Minister Kang",
                    "Foreign Ministers shaking hands",
                    "Foreign Ministers' Meeting",
                    "Working dinner",
                )
            )
            + "On May 10, Mr. Taro Kono held a meeting with Ms. Kang Kyung-wha. "
            "The overview is as follows.\n1. Bilateral relations\nThey met.\n",
        ),
        # No footer and no header: a date line and a lead opening under it.
        (
            HEADER + LEAD + BODY,
            "May 18, 2009\nOn May 18 (Monday), 2009 (JST), Minister Nakasone gave a telephone "
            "call to the Minister for Foreign Affairs of Iran.\n",
        ),
        # A page cut before its footer, then one without a date line: its
        # breadcrumb, headline and lead still show.
        (
            HEADER + LEAD + BODY + "Foreign Minister Ampuero explained that Japan is a reliable\n",
            "Japan-Italy Relations\nJapan-Italy Summit Meeting\n\n"
            "On Monday, May 2, Mr. Shinzo Abe held a summit meeting with Mr. Matteo Renzi.\n"
            "1. Bilateral relations\nThey met.\n",
        ),
        # The same, with the photos the site puts between headline and lead.
        (
            HEADER + LEAD + BODY,
            "Press Releases\nMeeting between Mr. Fumio Kishida and the NATO Secretary General\n"
            "(Photo) The two shaking hands\n"
            "On April 15, Mr. Fumio Kishida held a meeting with Mr. Jens Stoltenberg.\n",
        ),
    ],
)
def test_a_second_readout_is_reported_in_each_shape_a_join_leaves(first: str, second: str) -> None:
    text = first + second
    readout = parse(text)
    found = [d for d in readout.diagnostics if d.code == "several-readouts"]
    assert [(d.line, d.span.slice(text)) for d in found] == [
        (first.count("\n") + 1, second.rstrip("\n"))
    ]
    # The first page is read as it stands alone.
    alone = parse(first)
    assert (readout.title, readout.lead, readout.sections) == (
        alone.title,
        alone.lead,
        alone.sections,
    )


def test_a_page_of_prose_above_its_only_date_line_is_one_page() -> None:
    # A line the copy put above the date: the page has no other date line,
    # so the lead under its date is its own.
    text = (
        "Japan-Chile Relations\nThe two ministers exchanged views on regional affairs.\n"
        "May 9, 2018\n" + LEAD + BODY + FOOTER
    )
    readout = parse(text)
    assert "several-readouts" not in [d.code for d in readout.diagnostics]
    assert [s.heading for s in readout.sections] == ["Bilateral relations", "Regional affairs"]


@pytest.mark.parametrize(
    "tail",
    [
        # A heading naming a section, with no headline under it.
        "Japan-Italy Relations\nOn Monday, May 2, the two leaders met again.\n",
        # A headline under it, but no lead opening on a day.
        "Japan-Italy Relations\nJapan-Italy Summit Meeting\nThe two leaders met again.\n",
        # A headline and a lead opening, with no section named above them.
        "Other matters\nJapan-Italy Summit Meeting\nOn Monday, May 2, the two leaders met.\n",
        # Headings of a body naming no pair of parties, a meeting word and a day.
        "Economic Relations\nThe two ministers welcomed the entry into force of the CPTPP.\n"
        "Cultural Relations\nYouth Exchange\n"
        "On May 9, the two ministers attended a youth exchange event.\n"
        "Minister Kono stated that exchanges among young people underpin the relationship.\n",
        # A part of a body summing up an earlier meeting.
        "Japan-Chile Relations\nSummary of the previous meeting\n"
        "On May 9, 2017, the two ministers met in Santiago.\n",
        # A sentence naming a meeting is no headline.
        "Japan-Italy Relations\nThe two leaders held a summit meeting in Rome.\n"
        "On Monday, May 2, they met again.\n",
    ],
)
def test_a_body_with_part_of_a_header_in_it_is_one_page(tail: str) -> None:
    readout = parse(HEADER + LEAD + BODY + tail)
    assert "several-readouts" not in [d.code for d in readout.diagnostics]
    # The page's last line is kept as content, at whatever depth its headings put it.
    last = readout.sections[-1]
    while last.subsections:
        last = last.subsections[-1]
    assert last.paragraphs[-1].text == tail.splitlines()[-1]


def test_the_site_footer_below_back_to_is_no_second_readout() -> None:
    # Links below the footer name sections but hold no prose.
    text = (
        HEADER
        + LEAD
        + BODY
        + FOOTER
        + "Japan-Italy Relations\nJapan-France Relations\n(1) Cookie settings\n"
    )
    readout = parse(text)
    assert "several-readouts" not in [d.code for d in readout.diagnostics]
    assert [kind for kind, _ in _kinds(readout)].count("site") == 3


# ---------------------------------------------------------------------------
# Invisible characters change nothing
# ---------------------------------------------------------------------------

PAGE = (
    "Japan-Chile Relations\nMay 9, 2018\nJapan-Chile Foreign Ministers' Meeting\n"
    "(Photo: Cabinet Public Relations Office)\n" + LEAD + BODY + FOOTER
)


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        # A BOM inside a word is no space in the value.
        ("Chile Relations", "Ch\ufeffile Relations"),
        ("welcomed", "wel\ufeffcomed"),
        # A zero-width space, a soft hyphen, bidi marks inside words.
        ("Regional", "Re\u200bgional"),
        ("progress", "pro\u00adgress"),
        ("Bilateral", "\u200eBilateral\u200f"),
        # Before a credit line, before a marker, before the footer.
        ("(Photo: Cabinet", "\u200b(Photo: Cabinet"),
        ("2. Regional", "\u2066\u200e2. Regional"),
        ("Back to", "\ufeffBack to"),
        ("May 9, 2018", "\u202aMay 9, 2018\u202c"),
    ],
)
def test_invisible_characters_change_nothing(find: str, replace: str) -> None:
    assert find in PAGE
    plain, marked = parse(PAGE), parse(PAGE.replace(find, replace, 1))
    fields = ("category", "title", "date", "back_link")
    assert [getattr(marked, name) for name in fields] == [getattr(plain, name) for name in fields]
    assert [(p.caption, p.credit) for p in marked.photos] == [
        (p.caption, p.credit) for p in plain.photos
    ]
    assert [p.text for p in marked.lead] == [p.text for p in plain.lead]
    assert [(s.marker, s.heading, [p.text for p in s.paragraphs]) for s in marked.sections] == [
        (s.marker, s.heading, [p.text for p in s.paragraphs]) for s in plain.sections
    ]
    assert [d.code for d in marked.diagnostics] == [d.code for d in plain.diagnostics]


# ---------------------------------------------------------------------------
# A page cut off inside its last item
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "heading", "text"),
    [
        # Its siblings hold their text directly: the cut item is text too.
        ("3. The two minist", None, "The two minist"),
        # Its siblings are headed: a short heading stays a heading.
        ("3. Regional affairs", "Regional affairs", None),
    ],
)
def test_a_cut_off_last_item_reads_like_its_siblings(
    last: str, heading: str | None, text: str | None
) -> None:
    if heading is None:
        body = (
            "1. The two ministers agreed to strengthen trade.\n"
            "2. The two ministers discussed North Korea.\n"
        )
    else:
        body = BODY
    readout = parse(HEADER + LEAD + body + last)
    cut = readout.sections[-1]
    assert cut.number == 3
    assert cut.heading == heading
    assert [p.text for p in cut.paragraphs] == ([text] if text else [])
    assert "truncated" in [d.code for d in readout.diagnostics]


@pytest.mark.parametrize(
    ("last", "heading"),
    [
        # Up to four words, a heading cut off from its text; five are a
        # sentence the page was cut in.
        ("3. The Issue of Abductions", "The Issue of Abductions"),
        ("3. Cooperation in the Security Field", None),
    ],
)
def test_a_cut_off_last_item_under_headed_siblings_is_a_heading_if_short(
    last: str, heading: str | None
) -> None:
    readout = parse(HEADER + LEAD + BODY + last)
    cut = readout.sections[-1]
    assert cut.heading == heading
    assert [p.text for p in cut.paragraphs] == ([] if heading else [last[3:]])
    assert "truncated" in [d.code for d in readout.diagnostics]


@pytest.mark.parametrize(
    ("footer", "heading", "text"),
    [
        # The page goes on to its footer: the last item is a topic line.
        (
            "\nBack to Press Releases",
            "Japan-Chile Foreign Ministers’ Meeting (November 2022)",
            None,
        ),
        # Nothing after it: a line of five words or more is the sentence the copy was cut in.
        ("", None, "Japan-Chile Foreign Ministers’ Meeting (November 2022)"),
    ],
)
def test_a_last_topic_line_above_the_footer_is_no_cut_sentence(
    footer: str, heading: str | None, text: str | None
) -> None:
    body = (
        "(Reference) Recent high-level exchanges\n"
        "(1) Japan-Chile Summit Meeting (September 2023, New York)\n"
        "(2) Japan-Chile Foreign Ministers’ Meeting (November 2022)"
    )
    readout = parse(HEADER + LEAD + body + footer)
    reference = readout.sections[-1]
    first, last = reference.subsections
    assert first.heading == "Japan-Chile Summit Meeting (September 2023, New York)"
    assert (last.heading, [p.text for p in last.paragraphs]) == (heading, [text] if text else [])
    assert ("truncated" in [d.code for d in readout.diagnostics]) == (heading is None)


@pytest.mark.parametrize(
    ("category", "footer", "cut"),
    [
        # The footer links back to the breadcrumb's section: cut inside a word.
        ("Japan-Colombia Relations", "Back to Japan-Co", True),
        ("Japan-Colombia Relations", "Back to Japan-", True),
        ("Japan-Colombia Relations", "Back to Japan-Colombia Relations", False),
        # Cut between words: the footer names no section of the site.
        ("Japan-Colombia Relations", "Back to Japan-Colombia", True),
        ("Japan-United Kingdom Relations", "Back to Japan-United", True),
        ("Japan-United Kingdom Relations", "Back to Japan", True),
        # Whole words naming a section: a link to the section's parent, not a cut.
        ("Press Releases - From Embassy", "Back to Press Releases", False),
    ],
)
def test_a_footer_cut_inside_a_word_is_a_truncated_page(
    category: str, footer: str, cut: bool
) -> None:
    text = f"{category}\nJapan-Colombia Summit Meeting\nMay 9, 2018\n{LEAD}{BODY}{footer}\n"
    readout = parse(text)
    assert readout.back_link == footer.removeprefix("Back to ")
    truncated = [d for d in readout.diagnostics if d.code == "truncated"]
    assert [d.span.slice(text) for d in truncated] == ([footer] if cut else [])


# ---------------------------------------------------------------------------
# Photo captions in the shapes the site uses
# ---------------------------------------------------------------------------

PHOTO_HEADER = "Japan-Chile Relations\nJapan-Chile Summit Meeting\nMay 9, 2018\n"
OFFICE = "Cabinet Public Relations Office"


@pytest.mark.parametrize(
    ("lines", "photos", "markup"),
    [
        # Label, caption and credit on one line.
        (
            f"photo2: Japan-Chile Summit Meeting (Photo: {OFFICE})",
            [("Japan-Chile Summit Meeting", OFFICE)],
            [],
        ),
        # A caption in brackets after its label.
        ("(Photo1)(Japan-Italy Summit Meeting)", [("Japan-Italy Summit Meeting", None)], []),
        # Stray markup inside a caption.
        (
            f"Two leaders<br>shaking hands\n(Photo: {OFFICE})",
            [("Two leaders shaking hands", OFFICE)],
            [],
        ),
        # A language link is no caption.
        (
            "(Photo) Japan-Chile Summit Meeting\n(Japanese)",
            [("Japan-Chile Summit Meeting", None)],
            [],
        ),
        # A label the copy doubled, and a credit it doubled, are accounted for.
        (
            "(Photo)(Photo) Japan-Chile Summit Meeting",
            [("Japan-Chile Summit Meeting", None)],
            ["(Photo)"],
        ),
        (
            f"Japan-Chile Summit Meeting (Photo: {OFFICE}) (Photo: {OFFICE})",
            [("Japan-Chile Summit Meeting", OFFICE)],
            [f"(Photo: {OFFICE})"],
        ),
        # Alt text wrapped onto a second line before its credit.
        (
            f"Two leaders shaking\nhands before the meeting\n(Photo: {OFFICE})",
            [("Two leaders shaking hands before the meeting", OFFICE)],
            [],
        ),
        # Alt text wrapped over three lines, rarely more.
        (
            f"Foreign Minister Kono shaking\nhands with Minister Ampuero before\n"
            f"the meeting (Photo: {OFFICE})",
            [
                (
                    "Foreign Minister Kono shaking hands with Minister Ampuero before the meeting",
                    OFFICE,
                )
            ],
            [],
        ),
        (
            f"(Photo) Foreign Minister Kono shaking hands with\nForeign Minister Ampuero\n"
            f"(Photo: {OFFICE})",
            [("Foreign Minister Kono shaking hands with Foreign Minister Ampuero", OFFICE)],
            [],
        ),
        (
            f"Foreign Minister Kono and Foreign Minister Ampuero\nshaking hands (Photo: {OFFICE})",
            [("Foreign Minister Kono and Foreign Minister Ampuero shaking hands", OFFICE)],
            [],
        ),
        # Wrapped onto a line that carries its credit: one caption, credited.
        (
            f"(Photo) Foreign Minister Kono shaking hands with\nForeign Minister Ampuero "
            f"(Photo: {OFFICE})",
            [("Foreign Minister Kono shaking hands with Foreign Minister Ampuero", OFFICE)],
            [],
        ),
        (
            "(Photo) Prime Minister Abe welcoming President Humala of the Republic of\n"
            f"Peru, at the Prime Minister’s Office (Photo: {OFFICE})\n"
            f"(Photo) Japan-Peru Summit Meeting (Photo: {OFFICE})",
            [
                (
                    "Prime Minister Abe welcoming President Humala of the Republic of Peru, at "
                    "the Prime Minister’s Office",
                    OFFICE,
                ),
                ("Japan-Peru Summit Meeting", OFFICE),
            ],
            [],
        ),
        # A line with a label of its own is a photo of its own, below a cut caption.
        (
            "(Photo) Foreign Minister Kono shaking hands with\n"
            f"(Photo) Foreign Minister Ampuero (Photo: {OFFICE})",
            [
                ("Foreign Minister Kono shaking hands with", None),
                ("Foreign Minister Ampuero", OFFICE),
            ],
            [],
        ),
        # A name wrapped after the office written before it.
        (
            "(Photo) Foreign Minister Kono shaking hands with Foreign Minister\nAmpuero\n"
            f"(Photo: {OFFICE})",
            [("Foreign Minister Kono shaking hands with Foreign Minister Ampuero", OFFICE)],
            [],
        ),
        # Not after an office with its article, which names no one to come.
        (
            "(Photo) Prime Minister Abe meeting with the President\n"
            f"Wreath Laying (Photo: {OFFICE})",
            [
                ("Prime Minister Abe meeting with the President", None),
                ("Wreath Laying", OFFICE),
            ],
            [],
        ),
        (
            "(Photo) Foreign Minister Kono meeting with the Prime Minister\n"
            f"Wreath Laying (Photo: {OFFICE})",
            [
                ("Foreign Minister Kono meeting with the Prime Minister", None),
                ("Wreath Laying", OFFICE),
            ],
            [],
        ),
        # Not a caption of its own, which names no one.
        (
            "(Photo) Prime Minister Abe meeting with the President\n"
            f"Japan-Chile Summit Meeting (Photo: {OFFICE})",
            [
                ("Prime Minister Abe meeting with the President", None),
                ("Japan-Chile Summit Meeting", OFFICE),
            ],
            [],
        ),
        # So is a line written alike above, which is read once for both.
        (
            "(Photo) Talks\n(Photo) Foreign Minister Kono shaking hands with\n(Photo) Talks",
            [("Talks", None), ("Foreign Minister Kono shaking hands with", None), ("Talks", None)],
            [],
        ),
        # A credit after "Image courtesy", in any case: "ſ" reads as "s".
        (
            f"Two leaders shaking hands (Image courte\u017fy: {OFFICE})",
            [("Two leaders shaking hands", OFFICE)],
            [],
        ),
        # "Image courtesy of ..." on a line of its own credits the caption above;
        # "(Photo courtesy of ...)" the caption it closes.
        (
            "Prime Minister Kishida shaking hands with President Zelenskyy\n"
            "Image courtesy of the Office of the President of Ukraine",
            [
                (
                    "Prime Minister Kishida shaking hands with President Zelenskyy",
                    "the Office of the President of Ukraine",
                )
            ],
            [],
        ),
        (
            "Meeting between the two leaders (Photo courtesy of the Prime Minister's Office of "
            "India)",
            [("Meeting between the two leaders", "the Prime Minister's Office of India")],
            [],
        ),
        (
            "(Photo) Summit Meeting\nPhoto Courtesy: Presidential Communications Office",
            [("Summit Meeting", "Presidential Communications Office")],
            [],
        ),
        # A credit naming no office is a credit by its "courtesy".
        (
            "Summit Meeting\nImage courtesy of the Presidency of the Republic of Kenya",
            [("Summit Meeting", "the Presidency of the Republic of Kenya")],
            [],
        ),
        (
            "photo2: Japan-Ukraine Summit Meeting (Photo courtesy of the Presidency of Ukraine)",
            [("Japan-Ukraine Summit Meeting", "the Presidency of Ukraine")],
            [],
        ),
        # A bullet before a label labels one photo: nothing doubled.
        ("• (Photo) Japan-Chile Summit Meeting", [("Japan-Chile Summit Meeting", None)], []),
        # Alt text and the visible caption run together: kept as the page writes it.
        (
            f"(photo1)Japan-Chile Summit Meeting Japan-Chile Summit Meeting\n(Photo: {OFFICE})",
            [("Japan-Chile Summit Meeting Japan-Chile Summit Meeting", OFFICE)],
            [],
        ),
        # A caption the page cut short, then captions of their own.
        (
            "(Photo) Foreign Minister Kono shakes hands with\n"
            "Photo session before the meeting between the two ministers\n"
            "(Photo) Meeting between the two ministers",
            [
                ("Foreign Minister Kono shakes hands with", None),
                ("Photo session before the meeting between the two ministers", None),
                ("Meeting between the two ministers", None),
            ],
            [],
        ),
    ],
)
def test_photo_captions(
    lines: str, photos: list[tuple[str, str | None]], markup: list[str]
) -> None:
    # Above the lead, as the page template puts photos, and below the body.
    for text in (
        PHOTO_HEADER + lines + "\n" + LEAD + BODY + FOOTER,
        PHOTO_HEADER + LEAD + BODY + lines + "\n" + FOOTER,
    ):
        readout = parse(text)
        assert [(photo.caption, photo.credit) for photo in readout.photos] == photos
        assert [text for kind, text in _kinds(readout) if kind == "markup"] == markup
        assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []
        assert readout.sections[-1].paragraphs[-1].text == "They discussed North Korea."


def test_one_credit_below_a_row_of_captions_one_of_them_wrapped_credits_them_all() -> None:
    # Alt text without labels, above the lead as the page template puts it.
    text = (
        PHOTO_HEADER + "Japan-Chile Summit Meeting 1\nJapan-Chile Summit Meeting 2\n"
        "Prime Minister Abe shaking hands with\nPresident Bachelet\nSigning ceremony\n"
        f"(Photos: {OFFICE})\n" + LEAD + BODY
    )
    readout = parse(text)
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        ("Japan-Chile Summit Meeting 1", OFFICE),
        ("Japan-Chile Summit Meeting 2", OFFICE),
        ("Prime Minister Abe shaking hands with President Bachelet", OFFICE),
        ("Signing ceremony", OFFICE),
    ]
    # The wrapped caption's span covers both its lines; the credit line
    # belongs to the photo right above it.
    assert [photo.span.slice(text) for photo in readout.photos] == [
        "Japan-Chile Summit Meeting 1",
        "Japan-Chile Summit Meeting 2",
        "Prime Minister Abe shaking hands with\nPresident Bachelet",
        f"Signing ceremony\n(Photos: {OFFICE})",
    ]


def test_a_caption_wrapped_inside_its_brackets_is_one_caption() -> None:
    text = (
        PHOTO_HEADER
        + "(Photo) Visit to Kawasaki Heavy Industries Hyogo Works (together with Foreign\n"
        "Minister Ampuero)\n(Photo: Cabinet Public Relations Office)\n" + LEAD + BODY
    )
    readout = parse(text)
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        (
            "Visit to Kawasaki Heavy Industries Hyogo Works (together with Foreign Minister "
            "Ampuero)",
            "Cabinet Public Relations Office",
        )
    ]
    [photo] = readout.photos
    assert photo.span.slice(text) == (
        "(Photo) Visit to Kawasaki Heavy Industries Hyogo Works (together with Foreign\n"
        "Minister Ampuero)\n(Photo: Cabinet Public Relations Office)"
    )


def test_a_group_photo_below_a_caption_cut_short_is_a_caption_of_its_own() -> None:
    # "Group photo ..." opens a caption as "Photo session ..." does, even
    # below alt text the page cut after "with".
    readout = parse(
        PHOTO_HEADER + "(Photo) Foreign Minister Kono shakes hands with\n"
        "Group photo of the Japan-Chile Foreign Ministers' Meeting\n" + LEAD + BODY
    )
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        ("Foreign Minister Kono shakes hands with", None),
        ("Group photo of the Japan-Chile Foreign Ministers' Meeting", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # In the header, a line of text between the caption and the credit.
        PHOTO_HEADER
        + "(Photo) Foreign Minister Kono and Foreign Minister Ampuero\n"
        + "Foreign Minister Kono welcomed the guests.\n"
        + f"(Photo: {OFFICE})\n"
        + LEAD
        + BODY,
        # In a section, a paragraph between them.
        PHOTO_HEADER
        + LEAD
        + "1. Bilateral relations\n"
        + "(Photo) Foreign Minister Kono and Foreign Minister Ampuero\n"
        + "The two ministers welcomed the progress in trade.\n"
        + f"(Photo: {OFFICE})\n"
        + "They discussed North Korea.\n",
    ],
)
def test_a_credit_alone_does_not_reach_back_across_running_text(text: str) -> None:
    # The credit is an image of its own: the caption above it is another photo's.
    readout = parse(text)
    assert [(photo.caption, photo.credit) for photo in readout.photos] == [
        ("Foreign Minister Kono and Foreign Minister Ampuero", None),
        ("", OFFICE),
    ]


# ---------------------------------------------------------------------------
# Headlines, topic lines and sentences the copy broke
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            "Foreign Minister Kono Meets\nMr. Roberto Ampuero, Foreign Minister of Chile",
            "Foreign Minister Kono Meets Mr. Roberto Ampuero, Foreign Minister of Chile",
        ),
        (
            "Japan-Chile Summit Meeting\n& Working Lunch",
            "Japan-Chile Summit Meeting & Working Lunch",
        ),
        # A line breaks only at a space, so a headline wrapped before its
        # colon had a space there; the title keeps it.
        (
            "Visit to Japan by Foreign Minister Ampuero\n: Japan-Chile Foreign Ministers' Meeting",
            "Visit to Japan by Foreign Minister Ampuero : Japan-Chile Foreign Ministers' Meeting",
        ),
        (
            "Courtesy Call on Foreign Minister Kono by Mr. Roberto Ampuero,\n"
            "Minister of Foreign Affairs of Chile",
            "Courtesy Call on Foreign Minister Kono by Mr. Roberto Ampuero, "
            "Minister of Foreign Affairs of Chile",
        ),
        # Wrapped after a style and after a possessive, over three lines.
        (
            "Meeting between Foreign Minister Kono and Mr.\nRoberto Ampuero, Minister of "
            "Foreign Affairs of the People's\nRepublic of Chile",
            "Meeting between Foreign Minister Kono and Mr. Roberto Ampuero, Minister of "
            "Foreign Affairs of the People's Republic of Chile",
        ),
        (
            "Courtesy Call on Foreign Minister Kono by H.E.\nMr. Roberto Ampuero",
            "Courtesy Call on Foreign Minister Kono by H.E. Mr. Roberto Ampuero",
        ),
        # A compound that only qualifies the noun after it.
        (
            "Japan-Chile Foreign Ministers' Meeting on the Margins of the ASEAN-related\n"
            "Foreign Ministers' Meetings",
            "Japan-Chile Foreign Ministers' Meeting on the Margins of the ASEAN-related "
            "Foreign Ministers' Meetings",
        ),
        (
            "Japan-Chile High-level\nEconomic Dialogue",
            "Japan-Chile High-level Economic Dialogue",
        ),
        ("Japan-Chile HIGH-LEVEL\nECONOMIC DIALOGUE", "Japan-Chile HIGH-LEVEL ECONOMIC DIALOGUE"),
        ("Japan-Chile Rules-based\nOrder Dialogue", "Japan-Chile Rules-based Order Dialogue"),
        ("Japan-Chile ASEAN-led\nForum Meeting", "Japan-Chile ASEAN-led Forum Meeting"),
    ],
)
def test_a_headline_over_two_lines_is_one_title(lines: str, title: str) -> None:
    readout = parse("Japan-Chile Relations\n" + lines + "\nMay 9, 2018\n" + LEAD + BODY + FOOTER)
    assert readout.title == title
    assert readout.category == "Japan-Chile Relations"
    assert "unplaced-line" not in [d.code for d in readout.diagnostics]


@pytest.mark.parametrize(
    "headline",
    [
        "Courtesy Call on Foreign Minister Kishida by Professor Joseph S. Nye, Jr.",
        "Courtesy Call on Foreign Minister Kishida by Mr. James Dimon, Chairman and CEO of "
        "JPMorgan Chase & Co.",
        "Meeting between Foreign Minister Kono and the Chairman of Toyota Motor Co., Ltd.",
    ],
)
def test_a_headline_closing_on_a_words_own_stop_is_the_title(headline: str) -> None:
    # "Jr.", "Co.", "Ltd." end the headline as a word, not a sentence: the
    # date line below it dates the page.
    source = "Japan-Chile Relations\n" + headline + "\n\nMay 9, 2018\n" + LEAD + BODY + FOOTER
    readout = parse(source)
    assert (readout.category, readout.title, readout.date) == (
        "Japan-Chile Relations",
        headline,
        datetime.date(2018, 5, 9),
    )
    assert readout.spans.title == Span(
        source.index(headline), source.index(headline) + len(headline)
    )
    assert [paragraph.text for paragraph in readout.lead] == [LEAD.strip()]
    assert [d.code for d in readout.diagnostics] == []


def test_a_headline_closing_on_a_words_own_stop_heads_a_page_with_no_date() -> None:
    headline = "Courtesy Call on Prime Minister Abe by the Chairman of Toyota Motor Co., Ltd."
    readout = parse(headline + "\n1. The two sides met.\n2. They discussed trade.\n")
    assert (readout.category, readout.title) == (None, headline)
    assert [section.paragraphs[0].text for section in readout.sections] == [
        "The two sides met.",
        "They discussed trade.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "On May 9, Foreign Minister Kono met Professor Joseph S. Nye, Jr.",
        "On May 9, Foreign Minister Kono met with Mr. James Dimon of JPMorgan Chase & Co.",
        "Attendees: Secretary Enrique Manalo and Mr. Jose Manuel Romualdez Jr.",
    ],
)
def test_a_lead_closing_on_a_words_own_stop_is_the_lead(lead: str) -> None:
    # A line opening a lead, or saying something in lower case, is no headline.
    readout = parse(HEADER + lead + "\n" + BODY + FOOTER)
    assert [paragraph.text for paragraph in readout.lead] == [lead]
    assert readout.photos == ()


def test_a_sentence_above_the_date_closing_on_a_words_own_stop_is_prose() -> None:
    # A line with a verb in lower case tells something: the page's lead,
    # copied above its date, whatever word it ends on.
    sentence = "The two ministers welcomed Professor Joseph S. Nye, Jr."
    readout = parse("Japan-Chile Relations\n" + sentence + "\nMay 9, 2018\n" + BODY)
    assert readout.title is None
    assert readout.lead[0].text == sentence


def test_a_long_line_alone_above_the_body_is_the_headline_not_a_section() -> None:
    # A section of the site is named in a few words; a statement's headline is long.
    headline = (
        "Statement by the Press Secretary/Director-General for Press and Public Relations, "
        "Ministry of Foreign Affairs, on the Presidential Election in Afghanistan"
    )
    readout = parse(
        headline + "\n1. Japan welcomes the election.\n2. Japan will continue its support.\n"
    )
    assert (readout.category, readout.title) == (None, headline)


def test_a_text_browsers_page_top_link_is_furniture() -> None:
    readout = parse(HEADER + LEAD + BODY + "   [5]Page Top\n" + FOOTER)
    assert readout.sections[-1].paragraphs[-1].text == "They discussed North Korea."
    assert ("page-top", "[5]Page Top") in _kinds(readout)


@pytest.mark.parametrize(
    "issuer",
    [
        "Ministry of Foreign Affairs of Japan",
        "Latin American and Caribbean Affairs Bureau",
        "Economic Affairs Bureau, Economic Security Division",
        "Consular Affairs Department",
    ],
)
def test_the_issuing_office_under_the_date_is_reported_not_read_as_a_caption(issuer: str) -> None:
    # Older pages print the office under the date, where image alt text
    # stands on newer ones: it is no photo, and no field holds it.
    text = f"Japan-Chile Relations\nJapan-Chile Summit Meeting\nMay 9, 2018\n{issuer}\n{LEAD}{BODY}"
    readout = parse(text)
    assert readout.photos == ()
    assert [(d.code, d.span.slice(text)) for d in readout.diagnostics] == [
        ("unplaced-line", issuer)
    ]


@pytest.mark.parametrize(
    "topic",
    [
        "Japan-Indonesia Foreign Ministers' Meeting (commencing at 10:00 a.m., "
        "for approximately 45 minutes)",
        "Japan-Indonesia Foreign Ministers' Meeting (commencing at 10:00 a.m.)",
    ],
)
def test_a_numbered_topic_line_with_a_note_is_a_heading(topic: str) -> None:
    text = (
        HEADER + LEAD + f"1. {topic}\nThe two ministers met.\n"
        "2. Working Lunch (commencing at 12:00 p.m.)\nThey discussed trade.\n" + FOOTER
    )
    readout = parse(text)
    assert [s.heading for s in readout.sections] == [
        topic,
        "Working Lunch (commencing at 12:00 p.m.)",
    ]
    assert [p.text for p in readout.sections[0].paragraphs] == ["The two ministers met."]


@pytest.mark.parametrize(
    ("body", "outline", "opening"),
    [
        # After an item holding content, "2." numbers an item of its own and
        # "(1)" opens its first subsection.
        (
            "1. This was Minister Yun's first visit to Japan.\n"
            "2. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
            "(2) They discussed North Korea.\n",
            [("1.", ["This was Minister Yun's first visit to Japan."]), ("2.", [])],
            "(1)",
        ),
        # After a heading with nothing under it, "2." only counts the nested
        # list's first item.
        (
            "1. Bilateral Relations\n"
            "2. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
            "(2) They discussed North Korea.\n",
            [("1.", [])],
            "2. (1)",
        ),
        # A counter that does not go on from the item before counts the nested
        # list's items too.
        (
            "1. This was Minister Yun's first visit to Japan.\n"
            "3. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
            "(2) They discussed North Korea.\n",
            [("1.", ["This was Minister Yun's first visit to Japan."])],
            "3. (1)",
        ),
        # Counters on every inner item count the nested list, the first too.
        (
            "1. This was Minister Yun's first visit to Japan.\n"
            "2. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
            "3. (2) They discussed North Korea.\n",
            [("1.", ["This was Minister Yun's first visit to Japan."])],
            "2. (1)",
        ),
        # A counter equal to the inner number is the list's own rendering.
        (
            "1. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
            "2. (2) They discussed North Korea.\n",
            [
                ("(1)", ["At the beginning, Minister Kishida welcomed Minister Yun."]),
                ("(2)", ["They discussed North Korea."]),
            ],
            "1. (1)",
        ),
    ],
)
def test_a_counter_before_a_subsection_marker(
    body: str, outline: list[tuple[str, list[str]]], opening: str
) -> None:
    text = HEADER + LEAD + body
    readout = parse(text)
    assert [(s.marker, [p.text for p in s.paragraphs]) for s in readout.sections] == outline
    first = next(s for s in readout.walk() if s.marker == "(1)")
    # "(2)" is a sibling of "(1)", under the same item.
    siblings = next(
        (s.subsections for s in readout.walk() if first in s.subsections), readout.sections
    )
    assert [sub.marker for sub in siblings] == ["(1)", "(2)"]
    # The subsection starts at its marker, or with the line of a counter
    # that numbers no item of its own.
    assert text[first.span.start : first.span.end].startswith(opening + " At")
    assert first.paragraphs[0].text.startswith("At the beginning")
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_alt_text_wrapped_after_the_goes_on_onto_a_meeting_name() -> None:
    readout = parse(
        PHOTO_HEADER
        + "(Photo) Prime Minister Kishida and President Boric before the\nSummit Meeting\n"
        + LEAD
        + BODY
    )
    assert [photo.caption for photo in readout.photos] == [
        "Prime Minister Kishida and President Boric before the Summit Meeting"
    ]


@pytest.mark.parametrize(
    ("lead", "participants"),
    [
        # A lead hard-wrapped after a word no sentence ends on, onto capitals.
        (
            "On May 9, commencing at 3:00 p.m. for approximately 45 minutes, Mr. Taro Kono, "
            "Minister for Foreign Affairs of\nJapan, held a meeting with Senator the Hon. Penny "
            "Wong, Minister for Foreign Affairs of\nAustralia, who was visiting Japan. The "
            "overview is as follows.\n",
            ["Taro Kono", "Penny Wong"],
        ),
        # Wrapped after a style.
        (
            "On May 9, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with Mr.\n"
            "Wong, Minister for Foreign Affairs of Australia. The overview is as follows.\n",
            ["Taro Kono", "Wong"],
        ),
    ],
)
def test_a_lead_hard_wrapped_onto_capitals_is_one_paragraph(
    lead: str, participants: list[str]
) -> None:
    readout = parse(PHOTO_HEADER + lead + BODY)
    assert readout.photos == ()
    assert [paragraph.text for paragraph in readout.lead] == [" ".join(lead.split())]
    assert [person.name for person in readout.meeting.participants] == participants


def test_a_caption_cut_after_the_stays_above_the_lead() -> None:
    # "Two Ministers who sign the" / "Foreign Minister Kono held ...": the lines
    # the first goes on with do not open as a lead does, so it stays a caption.
    readout = parse(
        PHOTO_HEADER + "Two Ministers who sign the\n"
        "Foreign Minister Kono held a meeting with Mr. Wong, Minister for Foreign Affairs of "
        "Australia. The overview is as follows.\n" + BODY
    )
    assert [photo.caption for photo in readout.photos] == ["Two Ministers who sign the"]
    assert readout.lead[0].text.startswith("Foreign Minister Kono held")


@pytest.mark.parametrize("topic", ["Regional Affairs", "Exchange of Views on Regional Affairs"])
def test_a_topic_line_between_two_photos_is_no_caption(topic: str) -> None:
    body = (
        f"1. Bilateral relations\n(Photo) Summit meeting\n{topic}\n"
        "(Photo) Working dinner\nThey discussed North Korea.\n"
    )
    readout = parse(HEADER + LEAD + body)
    assert [photo.caption for photo in readout.photos] == ["Summit meeting", "Working dinner"]
    texts = [p.text for s in readout.walk() for p in s.paragraphs]
    headings = [s.heading for s in readout.walk()]
    assert topic in texts or topic in headings


def test_counters_of_items_that_each_open_a_list() -> None:
    # "2. (1)" and "3. (1)": each counter goes on from the item before and
    # each inner list starts again, so each numbers an item of its own.
    readout = parse(
        HEADER
        + LEAD
        + "1. This was Minister Yun's first visit to Japan.\n"
        + "2. (1) At the beginning, Minister Kishida welcomed Minister Yun.\n"
        + "3. (1) They discussed North Korea.\n"
    )
    outline = [(s.marker, [sub.marker for sub in s.subsections]) for s in readout.sections]
    assert outline == [("1.", []), ("2.", ["(1)"]), ("3.", ["(1)"])]


def test_a_hard_wrapped_paragraph_goes_on_after_a_full_line() -> None:
    # A page wrapped at a fixed width: a line that fills the width wraps,
    # even after a full stop; a short line ends the paragraph.
    # (announce_announce_2009_10_1196770_1144, shortened)
    body = (
        "- Minister Kishida stated that the Japan-Chile partnership will continue to\n"
        "be the cornerstone of cooperation in the region under the new agreement.\n"
        "Mr. Kishida expressed his aim to further deepen the relationship so\n"
        "that it will remain firm for thirty to fifty years ahead. Minister Ampuero\n"
        "responded that the partnership is the cornerstone of peace and stability\n"
        "of the region as a whole, and that he would like to further strengthen\n"
        "the partnership toward the future.\n"
        "- Regarding trade, Minister Ampuero pointed out the importance of the\n"
        "agreement. Minister Kishida replied that the Government is reviewing\n"
        "this issue, and that he would like to reach a conclusion as soon as possible.\n"
        "Both ministers will continue to consult closely on these matters.\n"
    )
    readout = parse(HEADER + LEAD + body)
    assert [p.text[:24] for p in readout.lead[1:]] == [
        "Minister Kishida stated ",
        "Regarding trade, Ministe",
    ]
    assert readout.lead[1].text.endswith("the partnership toward the future.")
    assert readout.lead[2].text.endswith("consult closely on these matters.")


@pytest.mark.parametrize(
    "body",
    [
        # Wrapped lines of unequal length: no fixed width, so a full stop
        # and a capital start a new paragraph.
        "The two leaders issued the\n"
        "Japan-Chile Joint Statement on the Strategic Partnership (PDF)\n"
        "Minister Ampuero expressed his gratitude for the support.\n",
        "Minister Kono welcomed Minister Ampuero, and\n"
        "the two ministers agreed to deepen cooperation in trade and investment.\n"
        "Minister Ampuero expressed his gratitude for the support.\n",
        # Two lines of about the same length are no page wrapped at a width.
        "Minister Kono welcomed Minister Ampuero's visit to Japan, and the two\n"
        "ministers agreed to deepen cooperation in trade and investment in.\n"
        "Minister Ampuero expressed his gratitude for the support.\n",
    ],
)
def test_a_paragraph_wrapped_at_no_fixed_width_ends_at_its_full_stop(body: str) -> None:
    readout = parse(HEADER + LEAD + body)
    assert [p.text[:20] for p in readout.lead[1:]] == [body[:20], "Minister Ampuero exp"]


def test_a_sentence_with_a_bracket_at_its_end_stays_text() -> None:
    readout = parse(
        HEADER + LEAD + "1. The two ministers agreed to cooperate (see the joint statement.)\n"
    )
    assert readout.sections[0].heading is None


@pytest.mark.parametrize(
    "broken",
    [
        "The two leaders issued the Joint Statement (Japanese\n) which sets out the way ahead.",
        "The two leaders issued the Joint Statement (\n(PDF)Open a New Window\n"
        ") which sets out the way ahead.",
    ],
)
def test_a_sentence_broken_at_a_link_label_is_one_paragraph(broken: str) -> None:
    for text in (HEADER + broken + "\n", HEADER + LEAD + "1. Trade\n" + broken + "\n"):
        readout = parse(text)
        paragraphs = readout.sections[0].paragraphs if readout.sections else readout.lead
        assert len(paragraphs) == 1
        assert paragraphs[0].text.startswith("The two leaders issued the Joint Statement (")
        assert paragraphs[0].text.endswith(") which sets out the way ahead.")
        assert " ) " not in paragraphs[0].text


def test_a_back_link_above_the_header_is_no_footer() -> None:
    text = "Press Releases\nBack to Press Releases\nJapan-Chile Summit Meeting\nMay 9, 2018\n"
    readout = parse(text + LEAD + BODY)
    assert readout.category == "Press Releases"
    assert readout.title == "Japan-Chile Summit Meeting"
    assert readout.date is not None
    assert [s.heading for s in readout.sections] == ["Bilateral relations", "Regional affairs"]
    assert _kinds(readout) == [("back-link", "Back to Press Releases")]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_a_date_line_inside_the_body_alone_is_no_second_readout() -> None:
    # A dated line in a reference list, with no footer before it and no
    # breadcrumb or headline above it, is the page's own text.
    text = (
        HEADER
        + LEAD
        + BODY
        + "(Reference) Previous meeting\nMay 1, 2017\nThe two ministers met in Tokyo.\n"
    )
    readout = parse(text)
    assert "several-readouts" not in [d.code for d in readout.diagnostics]


def test_a_bulleted_caption_at_the_top_is_no_menu() -> None:
    readout = parse("• Japan-Chile Summit Meeting\n" + LEAD + BODY + FOOTER)
    assert [photo.caption for photo in readout.photos] == ["Japan-Chile Summit Meeting"]


def test_a_topic_line_closing_with_etc_is_a_heading() -> None:
    readout = parse(
        HEADER + LEAD + "1. Japan-Chile relations\n(1) Bilateral Relations in General, etc.\n"
        "The two ministers met.\n"
    )
    assert readout.sections[0].subsections[0].heading == "Bilateral Relations in General, etc."


@pytest.mark.parametrize(
    "trail",
    [
        "Home > Foreign Policy > Countries & Regions > Japan-Chile Relations",
        # A copy that lost the spaces around the last separator.
        "Home > Foreign Policy > Countries & Regions>Japan-Chile Relations",
        "Home › Foreign Policy › Countries & Regions ›Japan-Chile Relations",
    ],
)
def test_a_breadcrumb_trail_names_the_section_last(trail: str) -> None:
    text = trail + "\nJapan-Chile Foreign Ministers' Meeting\nMay 9, 2018\n" + LEAD + BODY + FOOTER
    readout = parse(text)
    assert readout.category == "Japan-Chile Relations"
    assert readout.spans.category is not None
    assert readout.spans.category.slice(text) == "Japan-Chile Relations"
    assert readout.title == "Japan-Chile Foreign Ministers' Meeting"
    path = trail[: trail.index("Japan-Chile")].rstrip()
    site = readout.boilerplate[0]
    assert (site.kind.value, site.text) == ("site", path)
    # The path's span ends at its last separator, not before it.
    assert site.span.slice(text) == path
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("header", "category"),
    [
        # The site prints the section's name again under its breadcrumb trail.
        (
            "Home > Foreign Policy > Japan-Chile Relations\nJapan-Chile Relations\n",
            "Japan-Chile Relations",
        ),
        ("Japan-Chile Relations\nJAPAN-CHILE RELATIONS\n", "Japan-Chile Relations"),
        (
            "Japan-Chile Relations\nJapan-Chile Relations\nJapan-Chile Relations\n",
            "Japan-Chile Relations",
        ),
    ],
)
def test_a_line_naming_the_section_again_is_site_furniture(header: str, category: str) -> None:
    text = header + "Japan-Chile Foreign Ministers' Meeting\nMay 9, 2018\n" + LEAD + BODY + FOOTER
    readout = parse(text)
    assert readout.category == category
    assert readout.title == "Japan-Chile Foreign Ministers' Meeting"
    repeated = [b for b in readout.boilerplate if b.kind.value == "site" and "Home" not in b.text]
    lines = text.splitlines()
    expected = lines[1 : lines.index("Japan-Chile Foreign Ministers' Meeting")]
    assert [b.text for b in repeated] == expected
    assert [b.span.slice(text) for b in repeated] == expected
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    "header",
    [
        "Home > Press Releases > Japan-Chile Joint Statement\nJapan-Chile Joint Statement\n",
        "Japan-Chile Joint Statement\nJAPAN-CHILE JOINT STATEMENT\n",
    ],
)
def test_a_line_naming_the_section_again_with_nothing_below_is_the_headline(
    header: str,
) -> None:
    text = header + "May 9, 2018\n" + LEAD + BODY + FOOTER
    readout = parse(text)
    second = header.splitlines()[1]
    assert readout.title == second
    assert readout.spans.title is not None
    assert readout.spans.title.slice(text) == second
    assert second not in [b.text for b in readout.boilerplate]


def test_stray_tags_in_a_web_copy_are_no_html_input() -> None:
    # A copy that kept some markup: tags on a few of its lines.
    body = "".join(
        f"{n}. Topic {n}<br>\nThe two ministers met again.\n"
        "They agreed to meet.\nThey spoke on <em>trade</em>.\n"
        for n in range(1, 5)
    )
    body += "<p>They met <strong>twice</strong>.</p>\n"
    readout = parse(HEADER + LEAD + body + FOOTER)
    assert "html-input" not in [d.code for d in readout.diagnostics]


def test_a_paragraph_line_ending_on_the_goes_on() -> None:
    readout = parse(
        HEADER + LEAD + "1. Trade\nThe two leaders issued the\n"
        "Joint Statement (PDF)Open a New Window\nwhich sets out the way ahead.\n" + FOOTER
    )
    assert [p.text for p in readout.sections[0].paragraphs] == [
        "The two leaders issued the Joint Statement which sets out the way ahead."
    ]


# ---------------------------------------------------------------------------
# No real page is taken for something else
# ---------------------------------------------------------------------------

INPUT_CODES = ("not-a-readout", "html-input", "several-readouts", "after-footer")


@pytest.mark.parametrize("cut", [None, 2000, 1200, 600, 300])
def test_no_corpus_page_is_taken_for_no_readout(corpus_text: str, cut: int | None) -> None:
    # Whole, and cut off the way a download that stops early cuts it.
    text = corpus_text if cut is None else corpus_text[:cut]
    found = [d.code for d in parse(text).diagnostics if d.code in INPUT_CODES]
    assert found == []


def test_no_seed_is_taken_for_no_readout(seed_text: str) -> None:
    assert [d.code for d in parse(seed_text).diagnostics if d.code in INPUT_CODES] == []


# ---------------------------------------------------------------------------
# Diagnostics name the line their span starts on, whatever the line endings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offsets", "lines"),
    [
        ("a\nb\nc", [0, 2, 4], [1, 2, 3]),
        ("a\r\nb\r\nc", [0, 3, 6], [1, 2, 3]),
        ("a\rb\rc", [0, 2, 4], [1, 2, 3]),
        # Mixed endings, as a copy through several tools leaves them.
        ("a\r\nb\rc\nd", [0, 3, 5, 7], [1, 2, 3, 4]),
        # An offset on the "\n" of a "\r\n" is past the "\r" that ended line 1,
        # so on line 2; the "\n" is not counted again for the next offset.
        ("a\r\nb", [1, 2, 3], [1, 2, 2]),
        ("a\r\nb", [2, 3], [2, 2]),
        ("a\r\nb\r\nc", [2, 5, 6], [2, 3, 3]),
        # Empty lines count.
        ("\r\n\r\n\r\nx", [6], [4]),
        ("\n\r\r\nx", [4], [4]),
    ],
)
def test_diagnostic_line_numbers_follow_the_line_endings(
    text: str, offsets: list[int], lines: list[int]
) -> None:
    from readout_parser.diagnostics import NO_DATE, Problem, diagnose
    from readout_parser.model import Span

    found = diagnose(text, [Problem(NO_DATE, "x", Span(at, at)) for at in offsets])
    assert [d.line for d in found] == lines
    assert [d.span.start for d in found] == offsets


# ---------------------------------------------------------------------------
# Digits the pattern engine knows and Python does not are reported, not read
# ---------------------------------------------------------------------------


def _digit_python_cannot_read() -> str | None:
    """A digit in ``regex``'s Unicode tables that is not in this Python's ("𐵁", Garay)."""
    import regex

    for code in (0x10D41, 0x116D1, 0x11BF1, 0x16131, 0x1E4F1, 0x1E5F2):
        char = chr(code)
        if regex.fullmatch(r"\d", char) and not char.isdecimal():
            return char
    return None


@pytest.mark.parametrize(
    ("phrase", "written", "code", "fact"),
    [
        ("at {d} p.m.", "{d} p.m.", "meeting-unreadable-time", "start"),
        ("at {d}:{d}{d} a.m.", "{d}:{d}{d} a.m.", "meeting-unreadable-time", "start"),
        ("at {d}{d}:{d}{d}", "{d}{d}:{d}{d}", "meeting-unreadable-time", "start"),
        (
            "at 2 p.m. for approximately {d}.5 hours",
            "approximately {d}.5 hours",
            "meeting-unreadable-duration",
            "duration",
        ),
        (
            "at 2 p.m. in a {d}.5-hour meeting",
            "{d}.5-hour",
            "meeting-unreadable-duration",
            "duration",
        ),
    ],
)
def test_digits_python_cannot_read_are_reported(
    phrase: str, written: str, code: str, fact: str
) -> None:
    digit = _digit_python_cannot_read()
    if digit is None:
        pytest.skip("this Python knows every digit the pattern engine does")
    said = phrase.replace("{d}", digit)
    text = HEADER + f"On May 9, commencing {said}, " + LEAD[len("On May 9, ") :]
    readout = parse(text)
    assert getattr(readout.meeting, fact) is None
    found = [d for d in readout.diagnostics if d.code == code]
    assert [d.span.slice(text) for d in found] == [written.replace("{d}", digit)]


def test_an_item_counted_in_digits_python_cannot_read_keeps_its_own_marker() -> None:
    digit = _digit_python_cannot_read()
    if digit is None:
        pytest.skip("this Python knows every digit the pattern engine does")
    readout = parse(HEADER + LEAD + f"• {digit}. (1) Opening remarks\n" + FOOTER)
    [section] = readout.sections
    assert (section.marker, section.number) == ("(1)", 1)


@pytest.mark.parametrize(
    "opening",
    ["On November 12, ", "On Saturday, November 12, ", "On Saturday November 12, "],
)
def test_a_lead_broken_across_lines_below_photos_is_the_lead(opening: str) -> None:
    # A copy broke the lead after a comma; its first line, below the photos,
    # opens on the day of the meeting, so it is the lead, not a caption, and
    # the line below goes on with its sentence.
    first = (
        f"{opening}Prime Minister Yoshihiko Noda held a Japan-China summit meeting "
        "with Mr. Hu Jintao,\n"
    )
    second = "President of the People's Republic of China, for approximately 35 minutes.\n"
    text = (
        "Japan-China Relations\nNovember 13, 2011\n"
        "  • (Photo) Japan-China Summit Meeting-1\n"
        "    (Photo: Cabinet Public Relations Office)\n\n" + first + second
    )
    readout = parse(text)
    assert [photo.caption for photo in readout.photos] == ["Japan-China Summit Meeting-1"]
    assert [str(paragraph) for paragraph in readout.lead] == [
        first.rstrip("\n") + " " + second.rstrip("\n")
    ]
    assert readout.meeting.date == datetime.date(2011, 11, 12)


def test_a_lead_line_ending_in_a_bracket_is_the_lead() -> None:
    # The line ends on an attendance note in brackets, not on a stop; it
    # opens on the day of the meeting, so it is the lead, not a caption.
    lead = (
        "On May 9, Prime Minister Shinzo Abe held a meeting with Prime Minister Malcolm "
        "Turnbull. (Also present at the meeting were Chief Cabinet Secretary Hirano, etc. "
        "from the Japanese side)"
    )
    readout = parse("Japan-Australia Relations\nMay 9, 2018\n" + lead + "\n1. Trade\nThey met.\n")
    assert readout.photos == ()
    assert [str(paragraph) for paragraph in readout.lead] == [lead]
    assert [p.name for p in readout.meeting.participants] == ["Shinzo Abe", "Malcolm Turnbull"]
    assert [a.person.name for a in readout.meeting.attendees] == ["Hirano"]


@pytest.mark.parametrize(
    "headline",
    [
        "Japan-Russia Intergovernmental Committee on Trade and Economic Issues",
        "The Seventh Tokyo International Conference on African Development (TICAD 7)",
    ],
)
def test_a_meeting_named_like_a_body_alone_above_the_date_is_the_headline(headline: str) -> None:
    readout = parse(f"{headline}\nMay 9, 2018\n" + LEAD + BODY + FOOTER)
    assert (readout.category, readout.title) == (None, headline)


def test_a_body_named_with_a_meeting_word_ends_a_breadcrumb_trail() -> None:
    text = (
        "Home > Foreign Policy > Conference on Disarmament\nStatement by the Representative\n"
        "May 9, 2018\n" + LEAD + BODY + FOOTER
    )
    readout = parse(text)
    assert (readout.category, readout.title) == (
        "Conference on Disarmament",
        "Statement by the Representative",
    )
    assert readout.boilerplate[0].text == "Home > Foreign Policy >"


@pytest.mark.parametrize(
    ("first", "category"),
    [
        # A body whose name holds a meeting word is a section of the site.
        ("International Committee of the Red Cross", "International Committee of the Red Cross"),
        ("Conference on Disarmament", "Conference on Disarmament"),
        ("World Health Organization", "World Health Organization"),
        # A line naming a meeting is no breadcrumb.
        ("Japan-Chile Joint Committee", None),
        ("Japan-Chile Joint Committee Meeting", None),
        ("Japan-Chile Joint Committee 2018", None),
    ],
)
def test_a_body_named_with_a_meeting_word_is_the_breadcrumb(
    first: str, category: str | None
) -> None:
    headline = "Courtesy Call on Foreign Minister Kono by Mr. Peter Maurer"
    text = f"{first}\n{headline}\nMay 9, 2018\n" + LEAD + BODY + FOOTER
    readout = parse(text)
    assert readout.category == category
    assert readout.title == headline
    unplaced = [d for d in readout.diagnostics if d.code == "unplaced-line"]
    assert [d.span.slice(text) for d in unplaced] == ([] if category else [first])


# ---------------------------------------------------------------------------
# Copies made by other tools than a browser's copy and paste
# ---------------------------------------------------------------------------


def test_a_text_browser_dump_keeps_its_link_numbers_out_of_the_readout() -> None:
    # lynx -dump: links numbered "[n]", a footer numbered too, and the list of
    # the links' addresses below it.
    text = (
        "Japan-Chile Relations\nJapan-Chile Foreign Ministers' Meeting\nMay 9, 2018\n"
        "   [5]Japan-Chile Foreign Ministers' Meeting\n"
        "   (Photo: Cabinet Public Relations Office)\n"
        + LEAD
        + "1. Bilateral relations\nMinister Kono explained the [12]Free and Open Indo-Pacific.\n"
        "   [13]Back to Japan-Chile Relations\n\nReferences\n\n"
        "   1. https://www.mofa.go.jp/la_c/sa/cl/index.html\n"
        "   2. https://www.mofa.go.jp/files/000202962.jpg\n"
    )
    readout = parse(text)
    assert [(p.caption, p.credit) for p in readout.photos] == [
        ("Japan-Chile Foreign Ministers' Meeting", "Cabinet Public Relations Office")
    ]
    assert [str(p) for p in readout.sections[0].paragraphs] == [
        "Minister Kono explained the Free and Open Indo-Pacific."
    ]
    assert readout.back_link == "Japan-Chile Relations"
    assert [s.number for s in readout.sections] == [1]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []
    labels = [b for b in readout.boilerplate if b.kind.value == "link-label"]
    assert [b.span.slice(text) for b in labels] == ["[12]"]
    site = [b.text for b in readout.boilerplate if b.kind.value == "site"]
    assert site == [
        "References",
        "1. https://www.mofa.go.jp/la_c/sa/cl/index.html",
        "2. https://www.mofa.go.jp/files/000202962.jpg",
    ]


@pytest.mark.parametrize(
    ("breadcrumb", "category", "label"),
    [
        ("   [2]Japan-Malaysia Relations", "Japan-Malaysia Relations", "[2]"),
        ("[14]Japan-Malaysia Relations", "Japan-Malaysia Relations", "[14]"),
        # A numbered trail: its path, numbers and all, is the site's.
        (
            "   [2]Home > [3]Countries & Regions > Japan-Malaysia Relations",
            "Japan-Malaysia Relations",
            None,
        ),
        (
            "[2]Home > [3]Countries & Regions > [4]Japan-Malaysia Relations",
            "Japan-Malaysia Relations",
            None,
        ),
    ],
)
def test_a_text_browser_breadcrumb_keeps_its_link_number_out(
    breadcrumb: str, category: str, label: str | None
) -> None:
    text = (
        f"   [1]Skip to main content\n\n{breadcrumb}\n\nJapan-Malaysia Summit Meeting\n\n"
        "   May 30, 2019\n" + LEAD + BODY
    )
    readout = parse(text)
    assert (readout.category, readout.title) == (category, "Japan-Malaysia Summit Meeting")
    assert readout.spans.category is not None
    assert readout.spans.category.slice(text) == category
    labels = [b.span.slice(text) for b in readout.boilerplate if b.kind.value == "link-label"]
    assert labels == ([label] if label else [])
    site = [b.text for b in readout.boilerplate if b.kind.value == "site"]
    assert all(category not in text for text in site)
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


def test_a_reader_view_copy_keeps_its_address_and_reading_time_out() -> None:
    text = (
        "www.mofa.go.jp\nJapan-Chile Foreign Ministers' Meeting\n4–5 minutes\nMay 9, 2018\n"
        + LEAD
        + BODY
    )
    readout = parse(text)
    assert (readout.category, readout.title) == (None, "Japan-Chile Foreign Ministers' Meeting")
    assert [b.text for b in readout.boilerplate if b.kind.value == "site"] == [
        "www.mofa.go.jp",
        "4–5 minutes",
    ]


@pytest.mark.parametrize(
    ("title", "blank"),
    [
        ("Japan-Chile Foreign Ministers' Meeting", "\n"),
        # The page's title as the browser's tab gives it, ending on the site's name.
        ("Japan-Chile Foreign Ministers' Meeting | Ministry of Foreign Affairs of Japan", "\n"),
        ("Japan-Chile Foreign Ministers' Meeting | Ministry of Foreign Affairs of Japan", ""),
    ],
)
def test_a_reader_view_title_above_the_breadcrumb_is_the_views(title: str, blank: str) -> None:
    # The view prints the headline first, then the address and reading time,
    # then the page itself: breadcrumb, headline and date.
    text = (
        f"{title}\n{blank}www.mofa.go.jp\n{blank}4–5 minutes\n{blank}"
        "Japan-Chile Relations\n\nJapan-Chile Foreign Ministers' Meeting\n\nMay 9, 2018\n"
        + LEAD
        + BODY
    )
    readout = parse(text)
    assert (readout.category, readout.title) == (
        "Japan-Chile Relations",
        "Japan-Chile Foreign Ministers' Meeting",
    )
    assert readout.spans.title is not None
    assert readout.spans.title.start == text.index("Japan-Chile Foreign", len(title))
    site = [b.span.slice(text) for b in readout.boilerplate if b.kind.value == "site"]
    assert site == [title, "www.mofa.go.jp", "4–5 minutes"]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("bar", "site"),
    [
        (" | Ministry of Foreign Affairs of Japan", "| Ministry of Foreign Affairs of Japan"),
        (" | The Ministry of Foreign Affairs  ", "| The Ministry of Foreign Affairs"),
    ],
)
def test_a_reader_view_title_with_no_headline_below_stays_the_title(bar: str, site: str) -> None:
    # The view dropped the page's own headline: its title is the only one,
    # the site's name after the bar the site's.
    text = (
        f"Japan-Chile Foreign Ministers' Meeting{bar}\n"
        "www.mofa.go.jp\n4–5 minutes\nMay 9, 2018\n" + LEAD + BODY
    )
    readout = parse(text)
    assert readout.title == "Japan-Chile Foreign Ministers' Meeting"
    assert readout.spans.title == Span(0, len(readout.title))
    assert [b.span.slice(text) for b in readout.boilerplate if b.kind.value == "site"] == [
        site,
        "www.mofa.go.jp",
        "4–5 minutes",
    ]
    assert all(b.span.slice(text) == b.text for b in readout.boilerplate)


@pytest.mark.parametrize(
    "title",
    [
        # Only the site's name after the bar closes a title; nothing before it, no title to cut.
        "Japan-Chile Foreign Ministers' Meeting | Santiago",
        "Japan-Chile Foreign Ministers' Meeting | Ministry of Foreign Affairs of Chile",
        # Nothing before the bar: no title to cut, and none is left empty.
        "| Ministry of Foreign Affairs of Japan",
    ],
)
def test_a_headline_with_another_bar_is_kept_whole(title: str) -> None:
    text = f"Japan-Chile Relations\n{title}\nMay 9, 2018\n" + LEAD + BODY
    assert parse(text).title == title


@pytest.mark.parametrize("opening", ["   ", "  • "])
def test_a_text_browser_row_of_linked_images_is_a_photo_each(opening: str) -> None:
    # lynx puts the images of a row on one line, each after its link's number.
    row = "[3]Japan-Malaysia Summit Meeting 1 [4]Japan-Malaysia Summit Meeting 2"
    credit = "   (Photo: Cabinet Public Relations Office)"
    text = f"Japan-Malaysia Relations\nJune 12, 2018\n{opening}{row}\n{credit}\n" + LEAD + BODY
    readout = parse(text)
    assert [(p.caption, p.credit) for p in readout.photos] == [
        ("Japan-Malaysia Summit Meeting 1", "Cabinet Public Relations Office"),
        ("Japan-Malaysia Summit Meeting 2", "Cabinet Public Relations Office"),
    ]
    # The first photo takes in the line's bullet, the last the credit below.
    assert [p.span.slice(text) for p in readout.photos] == [
        f"{opening.lstrip()}[3]Japan-Malaysia Summit Meeting 1",
        f"[4]Japan-Malaysia Summit Meeting 2\n{credit}",
    ]
    assert [d.code for d in readout.diagnostics if not d.code.startswith("meeting-")] == []


@pytest.mark.parametrize(
    ("row", "caption"),
    [
        # A link beside the caption: its language version.
        ("[5]Japan-Chile Summit Meeting [6](Japanese)", "Japan-Chile Summit Meeting"),
        # A link inside the caption.
        (
            "[5]Prime Minister Abe and President [6]Bachelet",
            "Prime Minister Abe and President Bachelet",
        ),
    ],
)
def test_a_text_browser_link_in_a_caption_line_is_no_photo_of_its_own(
    row: str, caption: str
) -> None:
    text = (
        f"Japan-Chile Relations\nMay 9, 2018\n   {row}\n"
        "(Photo: Cabinet Public Relations Office)\n" + LEAD + BODY
    )
    assert [(p.caption, p.credit) for p in parse(text).photos] == [
        (caption, "Cabinet Public Relations Office")
    ]


@pytest.mark.parametrize("image", ["[IMG]", "[3][IMG]"])
def test_an_image_a_text_browser_marks_is_a_photo_without_alt_text(image: str) -> None:
    readout = parse(
        f"Japan-Chile Relations\nMay 9, 2018\n{image}\n(Photo: Cabinet Public Relations Office)\n"
        + LEAD
        + BODY
    )
    assert [(p.caption, p.credit) for p in readout.photos] == [
        ("", "Cabinet Public Relations Office")
    ]
