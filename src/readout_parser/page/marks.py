"""Whether the input is a readout page at all: its marks, HTML, transcripts.

Scrapers feed whatever the web gives them. A readout page has marks that
other text lacks: a line naming the site section ("Japan-China Relations",
"Press Releases"), a date line, a headline or lead describing a meeting
("... held a meeting with ..."), photos of who met, numbered items, and the
"Back to ..." footer. Text with fewer than two of them (a news item, a recipe, an error
page, a stack trace, a press-conference transcript) is parsed all the same,
with a ``not-a-readout`` warning; HTML markup gets ``html-input`` instead,
saying how to turn the page into text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from readout_parser import diagnostics
from readout_parser._patterns import lazy
from readout_parser.diagnostics import Problem
from readout_parser.model import Photo, Section, Span
from readout_parser.page.header import MEETING_WORD
from readout_parser.page.text import Passage

# A readout page shows at least this many of its marks; every real page of
# the corpus shows three or more, a cut-off one at least two.
MIN_MARKS = 2

# The section of the site a readout is filed under: "Japan-China Relations",
# "Press Releases - From Embassy", "Countries & Regions", "Japan and the
# United Nations" (the ministry files each page under Japan's relations).
SITE_SECTION = lazy(r"\b(?:Relations|Releases|Regions)\b|^Japan\b")

# What a lead describing a meeting says happened: "held a meeting with",
# "had a telephone talk", "paid a courtesy call", "visited", "exchanged views".
MEETING_EVENT = lazy(
    r"\b(?:met|meets?|meetings?|held|holds?|talks?|talked|conversations?|calls?|called|"
    r"visits?|visited|visiting|summit|dialogue|consultations?|courtesy|exchanged\s++views|"
    r"conferences?|teleconference|lunch|luncheon|dinner|breakfast)\b",
    regex.IGNORECASE,
)

# A lead opening on the day of the meeting: "On May 19, commencing at ...",
# "On Tuesday, March 24, ...", "On Mar. 16".
DATED_OPENING = lazy(
    r"On\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?+\s++)?+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*+\.?+\s++\d"
)

# Who meets in a readout: office holders and honorifics. "Minister", "President",
# "Prime Minister", "Secretary", "H.E.", "Mr.", "Crown Prince", "the two sides".
PRINCIPAL = lazy(
    r"\b(?:Ministers?|President|Prime|Secretary|Ambassador|Chancellor|King|Queen|Emperor|"
    r"Premier|Leaders?|Governor|Director|Chairman|Chair|Crown\s++Prince|Majesty|Highness|"
    r"Mr|Ms|Mrs|Dr)\b|\bH\.\s?E\.|\b(?i:ministers|leaders|sides|delegations)\b"
)

# Two parties named together in a headline: "Japan-Chile", "Japan-U.S.".
PAIR = lazy(r"\p{Lu}[\p{L}.]*+-\p{Lu}")

# An event one side holds alone, which a readout does not report.
ONE_SIDED = lazy(r"\bPress\s++(?:Conference|Briefing)|\bInterview\b", regex.IGNORECASE)

# A turn of a transcript: a speaker's label and a colon opening the
# paragraph. "Reporter: ...", "Minister Kishida: ...", "Q: ...".
TURN = lazy(r"(?:\p{Lu}[\p{L}.'’-]*+\s){0,3}\p{Lu}[\p{L}.'’-]*+\s?:\s")

# A transcript has at least this many turns, and they make up at least half
# of its paragraphs.
MIN_TURNS = 3

# Markup that only an HTML document holds: "<!DOCTYPE html>", "<html lang=en>",
# "<head>", "<body class=...>"; or element tags in numbers ("<div>", "</p>",
# '<a href="...">') on most lines, where a web copy leaves a stray "<br>"
# here and there. A document tag is matched whole, to its ">" on the same
# line, as the diagnostic's span shows it.
DOCUMENT_TAG = lazy(
    r"(?:<!doctype\s++html|<(?:html|head|body)(?=[\s>]))(?:[^<>\n]*+>)?+", regex.IGNORECASE
)
ELEMENT_TAG = lazy(
    r"</?+(?P<name>div|p|span|a|li|ul|ol|table|tr|td|th|h[1-6]|img|script|style|meta|link|"
    r"section|article|nav|header|footer|main|strong|em|b|i|br|hr|title|form|input|button)"
    r"(?=[\s/>])[^<>]*+>",
    regex.IGNORECASE,
)
MIN_ELEMENT_TAGS = 8
MIN_ELEMENT_NAMES = 3


class Marks(NamedTuple):
    """What a page shows of a readout, as the page side read it."""

    category: str | None
    title: Passage | None
    has_date_line: bool
    lead: Sequence[Passage]
    sections: Sequence[Section]
    back_link: str | None
    photos: Sequence[Photo] = ()


def judge(source: str, marks: Marks) -> list[Problem]:
    """``html-input`` or ``not-a-readout`` for *source*, if either applies.

    >>> [p.code for p in judge("<!DOCTYPE html><html><body>Hi</body></html>", _NONE)]
    ['html-input']
    >>> [p.code for p in judge("404 Not Found", _NONE)]
    ['not-a-readout']
    """
    html = _html(source)
    if html is not None:
        return [html]
    if _has_marks(marks) and not _transcript(marks):
        return []
    return [_not_a_readout(source)]


def _has_marks(marks: Marks) -> bool:
    """Whether the page shows at least :data:`MIN_MARKS` marks of a readout.

    The marks are counted cheapest first, and counting stops at enough.
    """
    category = marks.category
    found = (
        (category is not None and SITE_SECTION().search(category) is not None)
        + marks.has_date_line
        + bool(marks.sections)
        + (marks.back_link is not None)
    )
    if found >= MIN_MARKS:
        return True
    # A headline naming a meeting and who held it is how a readout is titled
    # ("Japan-France Summit Meeting"): it counts twice. So does a lead opening
    # on the day with who met ("On May 9, Mr. Kono, ... held a meeting with").
    found += 2 * _meeting_headline(marks.title)
    if found < MIN_MARKS and marks.lead:
        found += _meeting_lead(marks.lead[0].text)
    if found < MIN_MARKS:
        found += any(_meeting_photo(photo) for photo in marks.photos)
    return found >= MIN_MARKS


def _meeting_photo(photo: Photo) -> bool:
    # "Foreign Minister Iwaya shaking hands with Secretary General Rutte",
    # "(Photo: Cabinet Public Relations Office)": the photos of a meeting.
    return photo.credit is not None or PRINCIPAL().search(photo.caption) is not None


def _meeting_headline(title: Passage | None) -> bool:
    # "Japan-Chile Foreign Ministers' Meeting", "Telephone Talks between Prime
    # Minister Abe and ...": a meeting, and who holds it.
    if title is None:
        return False
    text = title.text
    return (
        MEETING_WORD().search(text) is not None
        and (PAIR().search(text) is not None or PRINCIPAL().search(text) is not None)
        and ONE_SIDED().search(text) is None
    )


def _meeting_lead(text: str) -> int:
    # "On May 9, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a
    # meeting with ...": when, and who met, in a narrative, not a speaker's turn.
    dated = DATED_OPENING().match(text) is not None
    met = (
        MEETING_EVENT().search(text) is not None
        and PRINCIPAL().search(text) is not None
        and TURN().match(text) is None
    )
    return dated + met


def _transcript(marks: Marks) -> bool:
    """Whether the page reads as a transcript: speakers' turns, not a narrative."""
    texts = [passage.text for passage in marks.lead]
    for section in marks.sections:
        texts.extend(paragraph.text for paragraph in section.paragraphs)
    # A turn holds its colon: a paragraph without one skips the pattern, and
    # where too few have one, so does every paragraph.
    colons = [text for text in texts if ":" in text]
    if len(colons) < MIN_TURNS or 2 * len(colons) < len(texts):
        return False
    turns = sum(1 for text in colons if TURN().match(text) is not None)
    return turns >= MIN_TURNS and 2 * turns >= len(texts)


def _html(source: str) -> Problem | None:
    if "<" not in source:
        return None
    document = DOCUMENT_TAG().search(source)
    if document is not None:
        return _html_problem(Span(document.start(), document.end()))
    names: set[str] = set()
    first: Span | None = None
    # Markup stands on most lines of HTML (or all on one line), on few lines
    # of a web copy with stray tags.
    lines = source.count("\n") + 1
    marked = 0
    line_end = -1
    for count, match in enumerate(ELEMENT_TAG().finditer(source), start=1):
        if first is None:
            first = Span(match.start(), match.end())
        names.add(match.group("name").lower())
        if match.start() > line_end:
            marked += 1
            found = source.find("\n", match.start())
            line_end = found if found >= 0 else len(source)
        if count >= MIN_ELEMENT_TAGS and len(names) >= MIN_ELEMENT_NAMES and 2 * marked > lines:
            return _html_problem(first)
    return None


def _html_problem(span: Span) -> Problem:
    return Problem(
        diagnostics.HTML_INPUT,
        "the input is HTML markup, not the text of a page; pass it to "
        "readout_parser.parse_html (or turn it into text with readout_parser.html_to_text, "
        "or copy the page's text from a browser) instead.",
        span,
    )


def _not_a_readout(source: str) -> Problem:
    if _mostly_not_latin(source):
        advice = (
            "Most of its letters are not Latin ones: only the English pages of the site are "
            "read; parse the English version of this page."
        )
    else:
        advice = "Check that this is the page you meant to parse."
    return Problem(
        diagnostics.NOT_A_READOUT,
        "the text does not look like a meeting readout: it lacks the marks of one (a site "
        "section line such as 'Japan-China Relations', a date line, a headline or lead "
        "describing a meeting, numbered items, a 'Back to ...' footer), so every field "
        f"read from it is a guess. {advice}",
        Span(0, 0),
    )


# The letters of a page this long at most are counted to tell its script.
MAX_SCRIPT_SAMPLE = 2_000


def _mostly_not_latin(source: str) -> bool:
    """Whether most letters of (the start of) *source* are outside the Latin script.

    >>> _mostly_not_latin("日中外相会談 令和7年7月4日"), _mostly_not_latin("Japan-China Relations")
    (True, False)
    """
    letters = [char for char in source[:MAX_SCRIPT_SAMPLE] if char.isalpha()]
    latin = sum(1 for char in letters if char.isascii() or "\u00c0" <= char <= "\u024f")
    return 2 * latin < len(letters)


_NONE = Marks(None, None, False, (), (), None)
