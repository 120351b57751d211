"""The body: the lead, and the tree of numbered sections below it.

Nesting follows the page's own numbering styles, not fixed levels: the first
style seen ("1.", "(1)", ...) is the top level, a new style opens a level
under the current item, and a style already open closes back to its level.
That is how the site's nested HTML lists come out in a web copy, whichever
style a page starts with.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from readout_parser import calendar, diagnostics
from readout_parser import vocabulary as words
from readout_parser._patterns import lazy
from readout_parser.diagnostics import Problem, new_problem
from readout_parser.model import (
    Boilerplate,
    BoilerplateKind,
    Paragraph,
    Section,
    Span,
    new_boilerplate,
    new_paragraph,
    new_section,
    new_span,
)
from readout_parser.page.furniture import back_link_target, strip_inline, whole_line_kind
from readout_parser.page.lines import (
    BACK_LINK_LINE,
    BLANK_LINE,
    BOILERPLATE_LINE,
    BULLET_LINE,
    ITEM_LINE,
    PART_STYLE,
    PHOTO_LINE,
    TEXT_LINE,
    Classified,
    Marker,
    Style,
)
from readout_parser.page.photos import PhotoPiece
from readout_parser.page.text import Line, Passage
from readout_parser.sentences import iter_sentence_bounds

# The end of a sentence: ".", "!", "?", ":", ";", possibly inside closing
# quotes or brackets: 'as follows.', 'cooperation."', 'follows):', '(END).'.
SENTENCE_ENDS = ".!?:;。"
CLOSERS = "\"'”’)]"

# A comma that opens a clause ("..., they will") marks running text; headings
# list topics with capitals after commas ("Trade, Investment and Economy").
# A closing ", etc." lists on: "Japan-China Relations in General, etc.".
CLAUSE_COMMA = lazy(r",\s(?!etc\.)\p{Ll}")

# A comma before a name written with "the" ("North Korea, the East China
# Sea and ...") may list it as well as open a clause ("..., the Japanese side
# explained").
NAMED_WITH_THE = lazy(r",\sthe\s\p{Lu}")

# A short line introducing what follows, even without a colon:
# "Minister Momen stated the following.", "The overview is as follows".
INTRODUCES = lazy(r"\b(?:the\s++following|as\s++follows)\s*+[.:]?+$")

# An introduction ending in ":" is one short sentence; a numbered lead of
# several sentences that happens to end "as follows:" is content.
MAX_INTRODUCTION_WORDS = 30

# An abbreviation at the end of a line: "... Regional Affairs etc.", "... the U.S."
ABBREVIATION_END = lazy(r"(?:\b(?:etc|Co|Inc|Ltd|No|Nos|Jr|Sr|St|Mt|vs)\.|\b(?:\p{Lu}\.){2,})$")

# How far from the end of a line an abbreviation ending it can start: the
# longest word form ("Nos.") is four characters, and a run of initials
# ("U.S.A.") matches from any two of its last letters.
ABBREVIATION_TAIL = 8

# A note in brackets closing a topic line, one level of brackets inside:
# " (commencing at 10:00 a.m., for approximately 45 minutes)", " (Time: 11:15-12:00)".
TRAILING_NOTE = lazy(r"\s*+\((?:[^()]++|\([^()]*+\))*+\)$")

# Words longer than this are capitalised in a title ("of", "and", "the" are not).
MIN_TITLE_WORD = 3

# The end of a line that goes on: "... issued the", "... welcomed,", "... Japan and",
# "... held a meeting with Mr.", "... Mr. KISHIDA Fumio, Prime" (words that
# open an office and, but for "Deputy" in a few parliaments, never close one),
# "... who is visiting" (its place follows).
GOES_ON = lazy(
    r"(?:\b(?:and|or|of|between|with|the|for|to|on|in|by|at|from|a|an|that|which)"
    r"|\b(?:Prime|Vice|Deputy)|\bis\svisiting"
    r"|\b(?:Mr|Mrs|Ms|Dr|Hon)\.|\bH\.E\.|[,&])$"
)
# How far from a line's end a match of GOES_ON can start: "is visiting" is 11
# characters, and one before them for the word boundary.
GOES_ON_TAIL = 12


def _says_before_introducing(text: str) -> bool:
    """Whether a line introducing what follows holds a whole sentence before the introduction."""
    return next(iter_sentence_bounds(text), (0, len(text)))[1] < len(text)


# A date opening an entry of a list of events, with a colon after it:
# "February 2023: President Ruto visited Japan ...", "September 6, 2011: ...".
DATE_LABEL = lazy(r"(?:" + calendar.MONTH_NAME + r")\.?\s(?:\d{1,2},?\s)?\d{4}:\s")

# A figure stated after a label and a colon, as an entry of a list of facts:
# "Japanese nationals residing in Peru: approximately 3,400", "Japan's
# imports from Qatar in 2011: 2.5 trillion yen", "Trade: US$1.2 billion",
# "Area: approximately 799,000 square kilometers", "Area: 799,380 km²": a
# number closing the line or followed by a bracket, "%" or a unit; not a year
# ("Japan-China Relations: 2023 and beyond"), an ordinal ("120th
# anniversary"), "2+2", "5G", "1.5°C" nor a count of something ("3 issues").
FIGURE_LABEL = lazy(
    r":\s++(?:(?:approximately|approx\.|about|around|some|over|nearly|roughly|under"
    r"|more\s++than|less\s++than)\s++)?+(?:US\$|\$|¥|€|£)?+(?!(?:19|20)\d\d\b)"
    r"\d[\d,]*+(?:\.\d++)?+(?=\s*+$|\s*+[(%]|\s++(?:hundred|thousand|million|billion|trillion"
    r"|yen|dollars?|euros?|people|persons|nationals|companies|firms|tons?|tonnes?|visitors"
    r"|students|cases|residents|inhabitants|percent|per\s++cent|hectares"
    r"|(?:square\s++)?+(?:kilomet(?:er|re)s|km|miles|met(?:er|re)s))\b|\s*+km[²2])"
)

# How a lead opens, on the day of the meeting: "On April 9, ...", "On Tuesday,
# March 24, ...". A page cut right after it ("On Apr") was cut in its lead.
LEAD_OPENING = lazy(
    r"On\s++(?:\p{Lu}\p{Ll}*day,?+\s++)?+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)

# A meeting told as held, as a lead tells it and a caption, which names one,
# does not: "held a meeting with", "held a Japan-U.S. Summit Meeting with",
# "paid a courtesy call on", "received a courtesy call from", "had talks with".
MEETING_HELD = lazy(
    r"\b(?:held|had|paid|received|hosted)\s++(?:an?\s++|the\s++)?+(?:\S++\s++){0,5}?"
    r"(?i:meeting|talks?|call|conversation|conference|consultations?|dialogue|summit"
    r"|lunch(?:eon)?|dinner|breakfast)\s++(?:with|on|from|for)\b"
)

# On a page hard-wrapped at a fixed width, a line of at least this share of
# the width is full: the next line goes on with it.
WRAP_FILL = 0.85

# A short opening phrase closed by a comma: "At the outset, ", "In response, ".
OPENER = lazy(r"(?:[^\s,]++\s){0,3}[^\s,]++,\s")

# A line opening with such a phrase and longer than this is a sentence.
MAX_OPENER_HEADING_WORDS = 8

# Headings are short: the longest topic lines in the corpus are ~15 words.
MAX_HEADING_WORDS = 20

# A long name heading an item is shorter than this: "Memorandum of
# Cooperation in the Field of Healthcare and Wellness between the Ministry of
# Health, Labour and Welfare of Japan and the Ministry of ... of India" (31).
MAX_NAME_HEADING_WORDS = 40

# A last item with nothing below it and more words than this is a sentence the
# page was cut in, not a heading ("(4)The Issue of" stays a heading).
MAX_CUT_HEADING_WORDS = 4

# Real pages nest three levels deep at most; deeper input (a run of ever more
# indented "1." lines) is kept at this depth so that every consumer of the
# tree, recursive or not, stays cheap.
MAX_DEPTH = 8

# The longest text, and the most texts, of items whose reading as a heading
# or not the body keeps for the items alike below: "Topic", "Regional affairs".
MAX_SEEN_HEADING = 40
MAX_SEEN_HEADINGS = 256

# The most numbering messages the body keeps for the items numbered alike.
MAX_SEEN_MESSAGES = 256

# Extra indentation that makes a "1." under a "1." item a nested list.
MIN_NESTING_INDENT = 2


# Furniture that a copy leaves inside a sentence: a link's label, stray markup.
_INSIDE_SENTENCE = frozenset((BoilerplateKind.LINK_LABEL, BoilerplateKind.MARKUP))


class Body(NamedTuple):
    """What the body holds, before photos are assembled page-wide."""

    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    photos: tuple[PhotoPiece, ...]
    boilerplate: tuple[Boilerplate, ...]
    back_link: str | None
    back_link_span: Span | None
    problems: tuple[Problem, ...]
    # The text of the last line of content and whether it was left empty, for
    # the truncation check: None when the body has no content.
    last_text: str | None
    last_item_empty: bool
    # The paragraphs the meeting facts are read from, with their offsets.
    lead_passages: tuple[Passage, ...]
    # The first paragraph after the lead: a lead that only says a meeting was
    # held ("the consultations were held in Tokyo.") leaves who held it to it.
    after_lead: Passage | None
    # On a page with no lead, the paragraphs of the item after the one read in
    # its place: the meeting a first item telling a visit is followed by.
    next_item: tuple[Passage, ...]
    # Every paragraph, and every heading that is content (see
    # :func:`is_content_heading`), with its offsets, by the identity of the
    # value the model holds for it (``id(paragraph)``, ``id(section)`` for a
    # heading), for the readers of sentences.
    passages: dict[int, Passage]


class _Paragraph:
    """A paragraph being read: its lines so far, joined when it is done."""

    __slots__ = ("glued", "marker", "marker_span", "parts", "span", "texts")

    def __init__(
        self,
        text: str,
        part: tuple[Line, Sequence[int]],
        span: Span,
        marker: str | None = None,
        marker_span: Span | None = None,
    ) -> None:
        self.texts = [text]
        self.parts = [part]
        self.span = span
        self.marker = marker
        self.marker_span = marker_span
        # The lines joined to the one above with no space (see ``Passage.glued``).
        self.glued: frozenset[int] = frozenset()

    def text(self) -> str:
        if not self.glued:
            return " ".join(self.texts)
        return "".join(
            piece if number == 0 or number in self.glued else " " + piece
            for number, piece in enumerate(self.texts)
        )

    def passage(self) -> Passage:
        return Passage(self.text(), self.parts, self.span, self.glued)


class _Open:
    """A section being built; local to :func:`build_body`, frozen on close."""

    __slots__ = (
        "children",
        "end",
        "heading",
        "heading_lines",
        "heading_part",
        "last_number",
        "line",
        "marker",
        "numbered",
        "paragraphs",
        "start",
    )

    def __init__(
        self,
        marker: Marker,
        line: Line,
        start: int,
        numbered: Span | None = None,
    ) -> None:
        self.marker = marker
        self.line = line
        # Where the section starts: its line, or its marker on a line that
        # numbers an item before it ("2. (1) ...").
        self.start = start
        self.heading: Passage | None = None
        # The line and characters the heading was read from: a heading left
        # as the last text of a page cut short becomes a paragraph again.
        self.heading_part: tuple[Line, Sequence[int]] | None = None
        # The lines of a heading wrapped over several, once it goes on below
        # its own ("... North Korea, the East China Sea and the" / "South China Sea").
        self.heading_lines: _Paragraph | None = None
        self.paragraphs: list[_Paragraph] = []
        self.children: list[Section] = []
        self.last_number = 0
        self.end = line.end
        # The span of the item's numbering diagnostic, if it has one: an item
        # that is its marker alone ("1.") shares it rather than holding an equal one.
        self.numbered = numbered

    def passages(self) -> list[Passage]:
        found = [self.heading] if self.heading is not None else []
        return found + [paragraph.passage() for paragraph in self.paragraphs]

    def freeze(self, passages: dict[int, Passage]) -> Section:
        """The section as the model holds it; its passages go into *passages*."""
        heading = self.heading
        marker = self.marker
        span = self.numbered
        if span is None or span.start != self.start or span.end != self.end:
            span = new_span(self.start, self.end)
        if heading is None and not self.paragraphs and not self.children:
            # An empty item ("1." alone), as a page of list markup has many of.
            return new_section(marker.number, marker.text, None, span)
        # An item of a heading alone, as nested lists have many of, skips the generator.
        paragraphs = (
            tuple(_frozen(paragraph, passages) for paragraph in self.paragraphs)
            if self.paragraphs
            else ()
        )
        section = new_section(
            number=marker.number,
            marker=marker.text,
            heading=heading.text if heading is not None else None,
            span=span,
            heading_span=heading.span if heading is not None else None,
            paragraphs=paragraphs,
            subsections=tuple(self.children),
        )
        if heading is not None and is_content_heading(heading.text):
            # Only a heading the statements read needs its passage: a page
            # of many headed items does not keep one per item for nothing.
            passages[id(section)] = heading
        return section


def is_content_heading(heading: str) -> bool:
    """Whether a heading is a sentence of content, read for statements as a paragraph is.

    >>> is_content_heading("Prime Minister Abe stated the following:")
    True
    >>> is_content_heading("Japan-U.S. security")
    False
    """
    return heading.endswith((":", "."))


def _frozen(paragraph: _Paragraph, passages: dict[int, Passage]) -> Paragraph:
    """*paragraph* as the model holds it, its passage recorded in *passages*."""
    # The lines are joined once, for the value and its passage alike.
    text = paragraph.text()
    frozen = new_paragraph(text, paragraph.span, paragraph.marker, paragraph.marker_span)
    passages[id(frozen)] = Passage(text, paragraph.parts, paragraph.span, paragraph.glued)
    return frozen


def is_heading(text: str) -> bool:
    """Whether a numbered line's text names a topic rather than saying something.

    >>> is_heading("Japan-U.S. security"), is_heading("Prime Minister Abe stated the following:")
    (True, True)
    >>> is_heading("Bilateral Relations, Regional Affairs etc.")
    True
    >>> is_heading("The two sides confirmed their cooperation."), is_heading("")
    (False, False)
    >>> is_heading("the construction of the Japan-Turkey University; and")
    False
    """
    if not text:
        # An empty item names nothing.
        return False
    if text[-1] in ",;" or text.endswith(_LIST_ITEM_ENDS):
        # "(b) the construction of the University; and": an item of a list
        # that goes on, never a topic.
        return False
    words = text.count(" ") + 1
    if words > MAX_HEADING_WORDS and text[-1:] not in ":)":
        # A long line neither introducing what follows nor closing a note
        # that may be cut off: a sentence, as most numbered content is,
        # unless it is a long name, as of a document signed.
        return words <= MAX_NAME_HEADING_WORDS and names_only(text)
    if DATE_LABEL().match(text) is not None or (":" in text and FIGURE_LABEL().search(text)):
        # "February 2023: President Ruto visited Japan ...", "Japanese
        # nationals residing in Peru: approximately 3,400": an entry of a list
        # of dated events or of facts, content whatever else it holds.
        return False
    if text.endswith(":") and _says_before_introducing(text):
        # "2. The two ministers confirmed ... Indo-Pacific.” Secretary Blinken
        # stated the following:": a sentence of content, then the introduction.
        return False
    if (text.endswith(":") and words <= MAX_INTRODUCTION_WORDS) or (
        words <= MAX_HEADING_WORDS and introduces(text)
    ):
        return True
    return _names_a_topic(text, words)


def _names_a_topic(text: str, words: int) -> bool:
    """Whether *text* of *words* words, neither long nor an introduction, names a topic."""
    topic = TRAILING_NOTE().search(text) if text.endswith(")") else None
    if topic is not None and topic.start() > 0 and title_case(text[: topic.start()]):
        # "Japan-Indonesia Foreign Ministers' Meeting (commencing at 10:00 a.m., for
        # approximately 45 minutes)": a topic with a note on it; the topic decides.
        text = text[: topic.start()]
        words = text.count(" ") + 1
    if (
        _ends_sentence_proper(text)
        # "Minister Okada stated that he would visit the U.S.": a sentence's last word.
        or (text[-1] == "." and reads_as_sentence(text))
        or (
            "," in text
            and CLAUSE_COMMA().search(text) is not None
            and not _lists_names(text)
            and not _lists_topics(text)
        )
    ):
        return False
    opener = OPENER().match(text) if words > MAX_OPENER_HEADING_WORDS else None
    if opener is not None and (
        says_something(text[opener.end() :]) or any(c.isdigit() for c in opener.group())
    ):
        # "At the outset, Prime Minister Abe welcomed ... Summit" lost its full
        # stop, and "June 13, 2010: Prime Minister Kan and Premier Wen" is an
        # entry of a list of dates; "Meeting with Mr. Sharma, Secretary of
        # State for Business" names a person and their office.
        return False
    return 0 < words <= MAX_HEADING_WORDS


def names_only(text: str) -> bool:
    """Whether *text* is a document's name in capitals, joined by small words and only by them.

    A document's name is as long as a sentence but says nothing: it opens on
    a document's word (:data:`readout_parser.vocabulary.DOCUMENT_WORDS`:
    "Memorandum", "Agreement", "Exchange of Notes", ...), has no word in
    lower case but "of", "the", "between" and their like
    (:data:`readout_parser.vocabulary.NAME_JOINERS`), and no full stop. A
    run of capitalised words with none to join them is no name, nor is a
    list of people ("Prime Minister Shinzo Abe, Minister for Foreign
    Affairs Fumio Kishida and ...").

    >>> names_only("Memorandum of Cooperation in the Field of Clean Energy between the "
    ...            "Ministry of Economy, Trade and Industry of Japan and the Ministry of Power")
    True
    >>> names_only("The two leaders welcomed the Memorandum of Cooperation"), names_only("Trade.")
    (False, False)
    """
    written = text.split()
    small = [word for word in written if word[:1].islower()]
    return (
        written[0] in words.DOCUMENT_WORDS
        and bool(small)
        and all(word in words.NAME_JOINERS for word in small)
        and title_case(text)
        and not has_sentence_end(text)
    )


def _lists_names(text: str) -> bool:
    """Whether the commas of *text* list names, some written with "the", in a topic.

    Its commas before words in lower case all stand before "the" and a
    name, a list closes on "and" or ", etc.", and no verb tells that someone
    said or did something: "Regional Affairs including North Korea, the East
    China Sea and the South China Sea", "Ukraine, the Middle East, etc."; not
    "In response, the Japanese side explained its position", "Moreover, the
    United States supports Japan" nor "Finally, the Prime Minister".
    """
    clauses = CLAUSE_COMMA().findall(text)
    listed = text[text.find(", ") :]
    return (
        len(clauses) == len(NAMED_WITH_THE().findall(text))
        and (" and " in listed or listed.endswith(", etc."))
        and title_case(text)
        and not _tells_someone_doing(text)
    )


def _lists_topics(text: str) -> bool:
    """Whether *text* is a short list of topics, its commas closing on "and" and no verb in it.

    "Infrastructure, technology and people-to-people exchanges"; not "In
    response, the two sides agreed", "Japan, China and Korea will
    cooperate" nor "However, trade and investment remain strong".

    >>> _lists_topics("Infrastructure, technology and people-to-people exchanges")
    True
    >>> _lists_topics("Japan, China and Korea will cooperate")
    False
    >>> _lists_topics("However, trade and energy")
    False
    """
    written = text.split()
    return (
        len(written) <= MAX_OPENER_HEADING_WORDS
        and " and " in text[text.rfind(", ") :]
        and written[0].rstrip(",") not in words.SENTENCE_OPENERS
        and not any(_may_be_verb(word.rstrip(",.")) for word in written[1:])
        and all(len(item.split()) <= MAX_TOPIC_ITEM_WORDS for item in _LIST_ITEM().split(text))
    )


# The topics of such a list are this many words each at most: "people-to-people
# exchanges"; "tourism stay strong" is a clause.
MAX_TOPIC_ITEM_WORDS = 2

# Between the topics of a list: "Infrastructure|, |technology| and |people-to-people exchanges".
_LIST_ITEM = lazy(r",\s(?:and\s)?|\sand\s")


def _may_be_verb(word: str) -> bool:
    """Whether *word* may be a verb or a participle: "agreed", "said", "will", "including"."""
    return (
        _tells_of(word)
        or word in words.IRREGULAR_PAST
        or word in _VERBS_OF_STATE
        or (word.islower() and word.endswith(("ed", "ing")))
    )


# Verbs a short sentence of a list may have besides the past: "Japan, China
# and Korea will cooperate", "trade and investment remain strong".
_VERBS_OF_STATE = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may"}
    | {"must", "remain", "remains", "has", "have", "had", "be", "been"}
)


def _tells_an_act(text: str) -> bool:
    """Whether someone named in *text* does something: a capitalised word, then a past verb.

    >>> _tells_an_act("Prime Minister Kishida congratulated Prime Minister")
    True
    >>> _tells_an_act("Bilateral relations"), _tells_an_act("Expanded cooperation")
    (False, False)
    """
    seen = text.split()
    return any(
        before[:1].isupper()
        and word[:1].islower()
        and (_tells_of(word) or word in words.IRREGULAR_PAST or word.endswith("ed"))
        for before, word in itertools.pairwise(seen)
    )


def says_something(text: str, allowed: frozenset[str] = words.OFFICE_JOINERS) -> bool:
    """Whether *text* holds a word in lower case besides the *allowed* ones.

    By default those that join a name or an office:

    >>> says_something("Prime Minister Abe welcomed President Putin"), says_something(
    ...     "Secretary of State for Business")
    (True, False)
    """
    return any(word[:1].islower() and word not in allowed for word in text.split())


# How an item of a list written as one sentence ends: "...; and", "..., or".
_LIST_ITEM_ENDS = ("; and", "; or", ", and", ", or")


def title_case(text: str) -> bool:
    """Whether most longer words of *text* are capitalised, as in a topic line.

    >>> title_case("Japan-Indonesia Foreign Ministers' Meeting"), title_case("The two agreed")
    (True, False)
    """
    long = [word for word in text.split() if len(word) > MIN_TITLE_WORD]
    return bool(long) and 2 * sum(word[0].isupper() for word in long) >= len(long)


def introduces(text: str) -> bool:
    """Whether *text* ends introducing what follows ("... as follows.").

    >>> introduces("The overview is as follows"), introduces("The two followed up.")
    (True, False)
    """
    # Both phrases hold "follow"; most lines do not, and skip the pattern.
    return "follow" in text and INTRODUCES().search(text) is not None


def has_sentence_end(text: str) -> bool:
    """Whether *text* ends in a full stop or the like, maybe inside closing quotes.

    >>> [has_sentence_end(text) for text in ('follows):', 'cooperation."', 'Trade')]
    [True, True, False]
    """
    tail = text.rstrip(CLOSERS)
    return bool(tail) and tail[-1] in SENTENCE_ENDS


def _ends_sentence_proper(text: str) -> bool:
    # "etc." and "U.S." end abbreviations, not sentences. An abbreviation
    # at the end is short, so only the tail of the line is searched.
    return (
        has_sentence_end(text)
        and ABBREVIATION_END().search(text, max(0, len(text) - ABBREVIATION_TAIL)) is None
    )


def ends_sentence(text: str) -> bool:
    """Whether *text* ends as a complete sentence or note does."""
    if has_sentence_end(text):
        return True
    # A note wholly in parentheses: "(Also present were ..., among others)".
    return text.startswith("(") and text.endswith(")")


def build_body(lines: Iterable[Classified], width: int | None = None) -> Body:
    """Build the lead and the section tree from the body's classified lines.

    *width* is the width the body is hard-wrapped at, if it is.
    """
    builder = _Builder(width)
    for item in lines:
        builder.read(item)
    return builder.finish()


class _Builder:
    """The state of :func:`build_body` as it reads the body line by line."""

    __slots__ = (
        "back_link",
        "back_link_span",
        "bare",
        "boilerplate",
        "candidate",
        "first_opened",
        "headed",
        "headings",
        "joinable",
        "last_item_empty",
        "last_text",
        "lead",
        "messages",
        "passages",
        "pieces",
        "problems",
        "speaking",
        "stack",
        "top",
        "top_last_number",
        "width",
    )

    def __init__(self, width: int | None) -> None:
        self.width = width
        self.lead: list[_Paragraph] = []
        self.top: list[Section] = []
        self.stack: list[_Open] = []
        self.passages: dict[int, Passage] = {}
        # The code and message of each numbering problem, by the marker's
        # text, its number and the number before it (see :meth:`numbering`).
        self.messages: dict[tuple[str, int, int], tuple[str, str]] = {}
        # Whether each short text of an item is a heading: items alike
        # ("1. Topic") ask once (see :meth:`is_heading`).
        self.headings: dict[str, bool] = {}
        self.pieces: list[PhotoPiece] = []
        self.boilerplate: list[Boilerplate] = []
        self.problems: list[Problem] = []
        self.back_link: str | None = None
        self.back_link_span: Span | None = None
        self.top_last_number = 0
        # The paragraph a hard-wrapped next line would continue, if any.
        self.joinable: _Paragraph | None = None
        # The item whose own line was just read as its heading: a line in
        # lower case right below it goes on with that line instead.
        self.headed: _Open | None = None
        self.last_text: str | None = None
        self.last_item_empty = False
        # The first item opened, and the first to hold text (for the meeting
        # when there is no lead).
        self.first_opened: _Open | None = None
        self.candidate: _Open | None = None
        # The first item holding a paragraph of its own.
        self.speaking: _Open | None = None
        # The item just opened that is its marker alone ("1."): a heading on
        # the next line is its own.
        self.bare: _Open | None = None

    def read(self, item: Classified) -> None:
        kind = item.kind
        if kind is BLANK_LINE:
            # A heading goes on across no blank line; a bare item's heading may.
            self.joinable = self.headed = None
            return
        bare, self.bare = self.bare, None
        if kind is TEXT_LINE:
            if bare is not None and self.bare_heading(bare, item):
                return
            # Only a line of text may go on below an item's heading (see text()).
            self.text(item)
            return
        self.headed = None
        if kind is ITEM_LINE:
            self.joinable = None
            marker = item.marker
            assert marker is not None
            if marker.counter is None:
                self.open(item, marker, item.start, len(item.text))
            else:
                self.item(item)
        elif kind is PHOTO_LINE:
            self.joinable = None
            self.pieces.extend(item.photos)
        elif kind is BACK_LINK_LINE:
            self.joinable = None
            self.back(item)
        elif kind is BOILERPLATE_LINE:
            # A link label on a line of its own may stand inside a sentence
            # ("... the joint statement (" / "(PDF)Open a New Window" / ") which ..."),
            # so the paragraph above stays open across it.
            if item.boilerplate not in _INSIDE_SENTENCE:
                self.joinable = None
            assert item.boilerplate is not None
            self.boilerplate.append(new_boilerplate(item.boilerplate, item.text, item.span()))
        else:
            # BULLET, and DATE or other lines met inside the body: running text.
            self.text(item)

    def bare_heading(self, bare: _Open, item: Classified) -> bool:
        """Read the line of text *item* as the heading of the item *bare* above it, if it is one.

        "1." / "Bilateral relations" / "Minister Motegi stated ...": a copy
        that put an item's heading on a line of its own below its marker.
        """
        if not self.stack or self.stack[-1] is not bare:
            return False
        line = item.line
        text, where, labels = strip_inline(line, 0, len(line.text))
        if not text or not self.is_heading(text) or _tells_an_act(text):
            # "1." / "Prime Minister Kishida congratulated Prime Minister" /
            # "Modi on ...": a sentence a hard wrap broke is the item's text.
            return False
        self.boilerplate.extend(labels)
        bare.heading_part = (line, where)
        bare.heading = Passage(text, (bare.heading_part,), line.span())
        self.headed = bare
        self.last_text = text
        self.last_item_empty = False
        if self.candidate is None:
            self.candidate = bare
        return True

    def _next_item_passages(self, top: Sequence[Section], item: _Open) -> list[Passage]:
        """The paragraphs' passages of the item after *item*, if it is one of *top*.

        "1. H.E. Dr. Dipu Moni ... is visiting Japan from November 24 to 27
        ..." / "2. On November 26, ... met with Foreign Minister Dr. Dipu
        Moni.": on a page with no lead, the meeting may be told in the item
        after the visit's, as in the paragraph after it, where that item opens
        on a day ("2. Bilateral relations" over a body is no lead).
        """
        at = next(
            (index for index, section in enumerate(top) if section.span.start == item.start), None
        )
        if at is None or at + 1 >= len(top):
            return []
        following = top[at + 1]
        # An item opening on the meeting's day ("On May 9", "On 9 May", "From
        # 5:30 p.m. on May 9"), not a topic's heading over its body.
        if not following.paragraphs or not _opens_on_a_day(following.paragraphs[0].text):
            return []
        return [self.passages[id(paragraph)] for paragraph in following.paragraphs]

    def item(self, item: Classified) -> None:
        """Open the items of a line that numbers an item before its own."""
        marker = item.marker
        assert marker is not None
        counter = marker.counter
        assert counter is not None
        # "2. (1) At the beginning ...": item 2, its text starting with
        # its first subsection.
        self.open(item, counter, item.start, counter.body)
        self.open(item, marker, item.offset(marker.start), len(item.text))

    def open(self, line: Line, marker: Marker, start: int, end: int) -> None:
        stack = self.stack
        if stack:
            level = _level(stack, marker, line)
            if stack[0].marker.style is PART_STYLE and self._after_part(marker):
                # "2." after a "(Reference)" part's list: the page's list goes on.
                level = 0
            depth = level if level < MAX_DEPTH else MAX_DEPTH - 1
            if len(stack) > depth:
                self.close_to(depth)
        numbered = None
        number = marker.number
        if number is not None:
            previous = stack[-1].last_number if stack else self.top_last_number
            if number != previous + 1:
                problem = self.numbering(line, marker, previous)
                self.problems.append(problem)
                numbered = problem.span
            if stack:
                stack[-1].last_number = number
            else:
                self.top_last_number = number
        opened = _Open(marker, line, start, numbered)
        if self.first_opened is None:
            self.first_opened = opened
        stack.append(opened)
        if marker.body >= end:
            # An item that is its marker alone ("1."), as list markup leaves
            # many of: no text to strip of labels, nor to read.
            self.last_text = ""
            self.last_item_empty = True
            self.bare = opened
            return
        self.heading_or_text(opened, line, marker.body, end)

    def heading_or_text(self, opened: _Open, line: Line, body: int, end: int) -> None:
        """Read the text of the item *opened* on *line*, from *body* to *end*."""
        text, where, labels = strip_inline(line, body, end)
        self.boilerplate.extend(labels)
        if text and self.is_heading(text):
            opened.heading_part = (line, where)
            opened.heading = Passage(text, (opened.heading_part,), line.span(body))
            self.headed = opened
        elif text:
            paragraph = _Paragraph(text, (line, where), line.span(body))
            opened.paragraphs.append(paragraph)
            self.joinable = paragraph
            if self.speaking is None:
                self.speaking = opened
        if text and self.candidate is None:
            self.candidate = opened
        self.last_text = text
        self.last_item_empty = not text

    def is_heading(self, text: str) -> bool:
        """:func:`is_heading`, asked once for each short text of the body's items."""
        if len(text) > MAX_SEEN_HEADING:
            return is_heading(text)
        known = self.headings.get(text)
        if known is None:
            known = is_heading(text)
            if len(self.headings) < MAX_SEEN_HEADINGS:
                self.headings[text] = known
        return known

    def numbering(self, line: Line, marker: Marker, previous: int) -> Problem:
        """The problem of an item with *marker* numbered other than after *previous*."""
        assert marker.number is not None
        key = (marker.text, marker.number, previous)
        said = self.messages.get(key)
        if said is None:
            said = _numbering_message(*key)
            if len(self.messages) < MAX_SEEN_MESSAGES:
                # Items numbered alike ("1." on every line) repeat a message:
                # they share one rather than each hold a copy.
                self.messages[key] = said
        code, message = said
        return new_problem(code, message, line.span(marker.start, marker.end))

    def back(self, line: Line) -> None:
        target = back_link_target(line.text)
        assert target is not None
        self.back_link, start, end = target
        self.back_link_span = line.span(start, end)
        # A link the copy ran in, glued ("RelationsPage Top") or after a space.
        rest = line.text[end:].lstrip()
        glued = whole_line_kind(rest) if rest else None
        if glued is None:
            self.boilerplate.append(Boilerplate(BoilerplateKind.BACK_LINK, line.text, line.span()))
            return
        # "Back to Japan-Argentina RelationsPage Top": the copy ran the next
        # link into the footer; each is what it is.
        self.boilerplate.append(
            Boilerplate(BoilerplateKind.BACK_LINK, line.text[:end], line.span(0, end))
        )
        self.boilerplate.append(Boilerplate(glued, rest, line.span(len(line.text) - len(rest))))

    def text(self, item: Classified) -> None:
        line = item.line
        start = item.body if item.kind is BULLET_LINE else 0
        text, where, labels = strip_inline(line, start, len(line.text))
        self.boilerplate.extend(labels)
        if not text:
            # A bullet with nothing after it: list markup left behind.
            self.boilerplate.append(new_boilerplate(BoilerplateKind.MARKUP, line.text, line.span()))
            self.joinable = None
            return
        headed, self.headed = self.headed, None
        if headed is not None and item.kind is TEXT_LINE and _heading_goes_on(headed, text):
            # A page cut below it is cut in the heading, as on one line.
            self.last_text = _extend_heading(headed, line, text, where)
            self.headed = headed
            return
        if (
            headed is not None
            and item.kind is TEXT_LINE
            and _goes_on_below(headed, text, self.width)
        ):
            # "1. Minister Matsumoto expressed his gratitude for Qatar's support
            # following the" / "Great East Japan Earthquake, ...": the item's
            # line is a sentence's start, not a topic.
            self.joinable = _unheaded(headed)
        joinable = self.joinable
        self.last_text = text
        closes = _closes_bracket(joinable, text)
        if (
            joinable is not None
            and item.kind is TEXT_LINE
            and (closes or _continues(joinable, text, self.width, in_lead=not self.stack))
        ):
            # A line broken mid-sentence by a hard wrap, or by a link whose label
            # the copy put on a line of its own: continue the paragraph.
            if closes:
                joinable.glued = joinable.glued | {len(joinable.texts)}
            joinable.span = new_span(joinable.span.start, line.end)
            joinable.texts.append(text)
            joinable.parts.append((line, where))
            if self.stack:
                self.stack[-1].end = line.end
            return
        marker_span = line.span(0, 1) if item.bullet is not None else None
        paragraph = _Paragraph(text, (line, where), line.span(start), item.bullet, marker_span)
        if self.stack:
            self.stack[-1].paragraphs.append(paragraph)
            self.stack[-1].end = paragraph.span.end
            if self.candidate is None:
                self.candidate = self.stack[-1]
            if self.speaking is None:
                self.speaking = self.stack[-1]
        else:
            self.lead.append(paragraph)
        self.joinable = paragraph
        self.last_item_empty = False

    def _after_part(self, marker: Marker) -> bool:
        """Whether *marker* goes on the page's own list below a part a label heads."""
        first = self.first_opened
        return (
            self.stack[0].marker.style is PART_STYLE
            and first is not None
            and first.marker.style is not PART_STYLE
            and marker.style is first.marker.style
        )

    def close_to(self, depth: int) -> None:
        stack = self.stack
        passages = self.passages
        while len(stack) > depth:
            section = stack.pop().freeze(passages)
            if stack:
                parent = stack[-1]
                parent.children.append(section)
                if section.span.end > parent.end:
                    parent.end = section.span.end
            else:
                self.top.append(section)

    def _footer_after(self, item: _Open) -> bool:
        """Whether the page's "Back to ..." footer comes after *item*: the page was not cut there.

        "(2) Japan-Chile Foreign Ministers' Meeting (November 2022, Phnom
        Penh)" / "Back to Press Releases": the last item is a topic line, not
        a sentence the copy was cut in.
        """
        footer = self.back_link_span
        return footer is not None and footer.start > item.start

    def previous_sibling(self) -> Section | None:
        """The item before the last open one, at its level, if any."""
        stack = self.stack
        if len(stack) > 1:
            children = stack[-2].children
            return children[-1] if children else None
        return self.top[-1] if self.top else None

    def finish(self) -> Body:
        stack = self.stack
        if (
            stack
            and not self._footer_after(stack[-1])
            and _cut_heading(stack[-1], self.last_text, self.previous_sibling())
        ):
            # A page cut inside an item's first sentence leaves a short line with
            # nothing below it; several words without an ending are that sentence.
            cut = stack[-1]
            cut.paragraphs.append(_heading_paragraph(cut))
            cut.heading = None
        self.close_to(0)
        lead = [_frozen(paragraph, self.passages) for paragraph in self.lead]
        # The lead's passages, as recorded when its paragraphs were frozen.
        passages = [self.passages[id(paragraph)] for paragraph in lead]
        top = self.top
        if not lead and _is_wrapper(top):
            # "  1. On June 26, ... as follows." holding the whole page, with the
            # real list one level in: a one-item list the copy wrapped around it.
            # Its "1." is list markup left behind.
            self.boilerplate.append(_wrapper_marker(self.first_opened))
            lead.extend(top[0].paragraphs)
            top = list(top[0].subsections)
        after_lead = None
        next_item: list[Passage] = []
        if not passages and self.candidate is not None:
            passages = self.candidate.passages()
            next_item = self._next_item_passages(top, self.candidate)
            speaking = self.speaking
            if speaking is not None and speaking is not self.candidate:
                # The first paragraph of the body, for who speaks first on a
                # page with no lead: "1. Japan-U.S. Relations" / "(1)The
                # Outline" / "Minister Maehara and Secretary Clinton affirmed ...".
                after_lead = speaking.paragraphs[0].passage()
        elif passages and top and top[0].paragraphs:
            after_lead = self.passages[id(top[0].paragraphs[0])]
        return Body(
            lead=tuple(lead),
            sections=tuple(top),
            photos=tuple(self.pieces),
            boilerplate=tuple(self.boilerplate),
            back_link=self.back_link,
            back_link_span=self.back_link_span,
            problems=tuple(self.problems),
            last_text=self.last_text,
            last_item_empty=self.last_item_empty,
            lead_passages=tuple(passages),
            after_lead=after_lead,
            next_item=tuple(next_item),
            passages=self.passages,
        )


def _opens_on_a_day(text: str) -> bool:
    """Whether *text* opens on a day: "On 9 May, ...", "From 5:30 p.m. on May 9, ...".

    Only words of time stand before the day: not "Regarding the election on
    May 8, ...", a day of another's.

    >>> _opens_on_a_day("On the morning of May 9, ...")
    True
    >>> _opens_on_a_day("Regarding the election on May 8, ...")
    False
    """
    day = calendar.find_day(text)
    return day is not None and calendar.opens_on(text, 0, day.start)


def opens_lead(text: str) -> bool:
    """Whether *text* opens a lead sentence: on the day of the meeting, or telling it held.

    >>> opens_lead("On May 9, Prime Minister Abe held"), opens_lead("Mr. Okada held talks with")
    (True, True)
    >>> opens_lead("Foreign Minister Okada and Secretary of State Clinton")
    False
    """
    return LEAD_OPENING().match(text) is not None or MEETING_HELD().search(text) is not None


def goes_on(text: str) -> bool:
    """Whether *text* ends on a word or sign no sentence or topic ends on.

    >>> goes_on("Minister Matsumoto expressed his gratitude for the support of"), goes_on("Trade")
    (True, False)
    """
    return GOES_ON().search(text, max(0, len(text) - GOES_ON_TAIL)) is not None


def _open_quotation(text: str) -> bool:
    """Whether *text* ends inside a quotation: its last opening quote, before a word, is not closed.

    >>> _open_quotation('upgrade the relationship to a "Strategic')
    True
    >>> _open_quotation('realize a "Free and Open Indo-Pacific”.'), _open_quotation("a meeting.“")
    (False, False)
    """
    opened = max(text.rfind(' "'), text.rfind("“"))
    if opened < 0 or opened + 2 >= len(text):
        return False
    start = opened + 2 if text[opened] == " " else opened + 1
    return text[start : start + 1].isalpha() and not any(
        quote in text[start:] for quote in ('"', "”")
    )


def _goes_on_below(item: _Open, text: str, width: int | None) -> bool:
    """Whether the line *text* right below *item*'s heading goes on with it.

    It does after a heading that ends on a word no topic ends on ("...
    following the", "... and", a comma), or in lower case after a heading
    of more than a few words that ends no sentence, when the heading reads
    as a sentence rather than a topic in title case. A heading the page
    ends on stays one: "(4)The Issue of" is a cut topic. On a page wrapped
    at a fixed *width*, a line that reads as a sentence goes on where the
    next word would not have fitted on it.
    """
    heading = item.heading
    assert heading is not None
    written = heading.text
    long = written.count(" ") + 1 > MAX_TOPIC_WORDS
    long_above_lower = long and text[:1].islower()
    if title_case(written):
        # A topic ("Overview", "Japan-U.S. Security Cooperation and") is left
        # as it is. One of many words is a sentence broken off above a line
        # in lower case when it ends on a word in lower case, holds a clause
        # before a comma ("(2) Regarding the Situation in Afghanistan,
        # Secretary Clinton" / "expressed her gratitude ..."), or has someone
        # in it say or do something ("2. Minister Kamikawa explained Japan's
        # position on the discharge of ALPS" / "treated water into the
        # sea."); when it ends on a word no topic ends on ("1. Minister Okada
        # stated that the Japan-U.S. Alliance is the cornerstone of" /
        # "Japan's diplomacy ..."); or, someone in it saying something, above
        # the last words of the sentence or the rest of a name ("... for the
        # support of France after the Great East Japan" / "Earthquake.").
        if ends_sentence(written):
            return False
        last_word = written[written.rfind(" ") + 1 :]
        sentence = reads_as_sentence(written)
        return (
            (long_above_lower and (last_word[:1].islower() or ", " in written or sentence))
            or (long and goes_on(written))
            or (sentence and _closes_sentence_above(item, text, width))
            # "1. At the outset, Minister Balakrishnan welcomed" / "Minister
            # Kono's visit ...": someone's verb, its object still to come.
            or _object_below(written, text)
            # "4. On the negotiations for the Japan-Australia Economic
            # Partnership" / "Agreement, the two ministers ...": a sentence's
            # opening phrase, which a fixed width broke.
            or (_opens_on_phrase(written) and _overflows(item, text, width))
        )
    if long_above_lower or _lower_entry_broken(item, text, width):
        return not ends_sentence(written)
    if (
        not ends_sentence(written)
        and reads_as_sentence(written)
        and _closes_sentence_above(item, text, width)
    ):
        # "2. The two ministers confirmed that they would accelerate the
        # negotiations on the Japan-Australia" / "Economic Partnership
        # Agreement.": the sentence's last words or the rest of a name below.
        return True
    # 'to a "Strategic' / 'Partnership."': a quotation left open goes on, and
    # so does a verb with its object still to come.
    return goes_on(written) or _open_quotation(written) or _object_below(written, text)


def _lower_entry_broken(item: _Open, text: str, width: int | None) -> bool:
    """Whether *item*'s heading is an entry of a list in lower case a fixed *width* broke.

    "(a) the early conclusion of the negotiations on the Japan-Turkey
    Economic" / "Partnership Agreement;": the next word would not have
    fitted on its line.
    """
    heading = item.heading
    return heading is not None and heading.text[:1].islower() and _overflows(item, text, width)


def _opens_on_phrase(text: str) -> bool:
    """Whether *text* opens on a phrase a sentence opens with: "On the negotiations ...".

    >>> _opens_on_phrase("On the negotiations for the Economic Partnership")
    True
    >>> _opens_on_phrase("Economic Partnership Agreement")
    False
    """
    return text.split(" ", 1)[0] in _PHRASE_OPENERS


# First words of a phrase opening a sentence before its subject: "On the
# negotiations ..., the two ministers", "Regarding North Korea, ...".
_PHRASE_OPENERS = frozenset({"On", "Regarding", "Concerning", "As", "With", "Upon", "In"})


def _closes_sentence_above(item: _Open, text: str, width: int | None) -> bool:
    """Whether the line *text* goes on with a sentence *item*'s line broke off.

    It holds the sentence's last words or the rest of a name ("Earthquake.",
    "Republic, who ..."), or, on a page wrapped at a fixed *width*, its first
    word would not have fitted on the line above.
    """
    return _sentence_tail(text) or _goes_on_naming(text) or _overflows(item, text, width)


# A heading of this many words or fewer may be a topic in lower case
# ("Bilateral relations and regional affairs"), whatever follows it.
MAX_TOPIC_WORDS = 6


def _heading_paragraph(item: _Open) -> _Paragraph:
    """The heading of *item*, over the lines it was read from, as a paragraph."""
    if item.heading_lines is not None:
        return item.heading_lines
    heading = item.heading
    assert heading is not None
    assert item.heading_part is not None
    return _Paragraph(heading.text, item.heading_part, heading.span)


def _heading_goes_on(item: _Open, text: str) -> bool:
    """Whether the line *text* goes on with *item*'s heading, wrapped in the middle of a topic.

    "2. Regional Affairs including North Korea, the East China Sea and the" /
    "South China Sea": a long topic in title case ending on a word no topic
    ends on, and a line opening in capitals below it that closes the topic.
    A sentence broken off (a line in lower case below it, or a word in lower
    case a topic has none of, as a verb) goes on as a paragraph instead.
    """
    heading = item.heading
    assert heading is not None
    written = heading.text
    if _year_alone(text):
        # "... and the Saudi-Japan Vision" / "2030": a name's year, no paragraph.
        return not ends_sentence(written)
    if _short_tail(written, text):
        # "... and the" / "South China Sea", "... of civil nuclear" / "energy":
        # a few words no paragraph is, unless they end a sentence ("energy.",
        # which no heading does).
        return is_heading(f"{written} {text}")
    if not (text[:1].isupper() and title_case(written)):
        return False
    if not goes_on(written) and not name_left_open(written, text):
        return False
    return not _tells_something(written) and is_heading(f"{written} {text}")


def _short_tail(written: str, text: str) -> bool:
    """Whether the line *text* is a few words closing the topic *written* above it.

    In lower case below a topic in lower case ("... of civil nuclear" /
    "energy"; below one in title case, a line in lower case is a sentence's),
    or in capitals after a word no topic ends on ("the" / "South China
    Sea"); never the rest of a sentence ("The two ministers confirmed" /
    "the agreement").
    """
    return (
        text.count(" ") < MAX_TOPIC_TAIL_WORDS
        and (
            (text[:1].islower() and not title_case(written))
            or (text[:1].isupper() and goes_on(written))
        )
        and not _tells_someone_doing(f"{written} {text}")
        and _MODALS.isdisjoint(written.split())
    )


# Verbs no topic holds: "Japan will continue to support the reconstruction of".
_MODALS = frozenset({"will", "would", "can", "could", "should", "shall", "must", "is", "are"})


def _tells_someone_doing(text: str) -> bool:
    """Whether *text* has a verb that reports or tells a meeting, as no topic has.

    >>> _tells_someone_doing("The two ministers shared the view that")
    True
    >>> _tells_someone_doing("Exchange of views")
    False
    """
    return any(map(_tells_of, text.split()))


def _tells_of(word: str) -> bool:
    """Whether *word* is a verb that reports or tells a meeting: "stated", "held"."""
    return word in words.REPORTING_VERBS or word in words.LEAD_VERB_WORDS


# A line closing a topic wrapped above it is this many words at most:
# "South China Sea", "Indo-Pacific", "energy".
MAX_TOPIC_TAIL_WORDS = 3


def name_left_open(written: str, text: str) -> bool:
    """Whether a line ends on a name opened after "the" that the short line *text* closes.

    A topic ("(2) Cooperation on Climate Change and the Copenhagen" /
    "Accord") or a headline ("Statement by Mr. Katsuya Okada, ..., on the
    Nuclear" / "Security Summit").
    """
    last = written.rsplit(" ", 2)
    return (
        last[-2:-1] == ["the"]
        # "... with the President" / "Outline": an office and a label.
        and last[-1] not in words.OFFICE_HEADS
        and text.lower() not in words.HEADLINE_SUFFIXES
        and text.count(" ") < MAX_NAME_TAIL_WORDS
        and title_case(text)
    )


# The rest of a name a line may close a topic with: "Accord", "Peace Process".
MAX_NAME_TAIL_WORDS = 2


def _year_alone(text: str) -> bool:
    """Whether *text* is a year alone, which no paragraph is: "2030"."""
    return len(text) == YEAR_DIGITS and text.isdigit()


# A year is written in this many digits.
YEAR_DIGITS = 4


def _tells_something(text: str) -> bool:
    """Whether *text* has a word in lower case that no topic has, as a verb.

    "Foreign Minister Kono and Secretary Pompeo laid a wreath at the" tells
    something; "Regional Affairs including North Korea, the East China Sea
    and the" names a topic.
    """
    return says_something(text, _TOPIC_WORDS)


# Words in lower case a topic may hold: those joining a name or an office, and
# those linking its parts ("Cooperation including ...", "Cooperation toward a
# Free and Open Indo-Pacific with the ...").
_TOPIC_WORDS = words.OFFICE_JOINERS | frozenset(
    {
        *("including", "regarding", "concerning", "between", "such", "as", "with", "toward"),
        *("towards", "among", "by", "through", "against", "after", "before", "within", "under"),
        *("over", "across", "from", "into", "beyond", "a", "an", "its", "their", "both", "etc."),
    }
)


def _extend_heading(item: _Open, line: Line, text: str, where: Sequence[int]) -> str:
    """Add the line *text* to *item*'s heading, as a wrapped paragraph takes its next line.

    Returns the heading's text so far.
    """
    lines = _heading_paragraph(item)
    lines.texts.append(text)
    lines.parts.append((line, where))
    lines.span = new_span(lines.span.start, line.end)
    item.heading_lines = lines
    item.heading = lines.passage()
    item.end = line.end
    return item.heading.text


def _unheaded(item: _Open) -> _Paragraph:
    """The heading of *item* made its first paragraph: its line begins a sentence."""
    paragraph = _heading_paragraph(item)
    item.paragraphs.append(paragraph)
    item.heading = None
    item.heading_part = None
    return paragraph


def _overflows(item: _Open, text: str, width: int | None) -> bool:
    """Whether the first word of *text* would not have fitted on *item*'s heading line."""
    if width is None or item.heading_part is None:
        return False
    line = item.heading_part[0]
    return next_word_overflows(line.indent + len(line.text), text, width)


def next_word_overflows(reach: int, text: str, width: int) -> bool:
    """Whether the first word of *text* would have run a line of *reach* past the *width*."""
    word = text.split(" ", 1)[0]
    return reach + 1 + len(word) > width


# The last words of a sentence a wrap left on a line of their own are this
# few at most: "Earthquake.", "Security Arrangements.".
MAX_TAIL_WORDS = 3

# Quotation marks a paragraph of a quotation opens with.
_QUOTES = "\"“‘'"


def _continues(paragraph: _Paragraph, text: str, width: int | None, in_lead: bool = False) -> bool:
    """Whether the line *text* goes on with the hard-wrapped *paragraph*.

    "... the cooperative" / "relationship.": a lower-case line after a line
    that ends no sentence, or any line after one that ends on a word or sign
    no paragraph ends on. A wrap can also fall after an abbreviation: "...
    matters related to Japan-U.S." / "Security Arrangements." goes on with a
    paragraph already wrapped over lines, as does any line after a line that
    fills the *width* the page is hard-wrapped at, if it is.
    """
    last = paragraph.texts[-1]
    if text[:1].islower():
        # "... from 9:30 a.m." / "for approximately 45 minutes.": after an
        # abbreviation a line in lower case goes on too.
        return not ends_sentence(last) or _ends_on_abbreviation(last)
    if _closes_open_bracket(last, text):
        return True
    if _left_open(last, text):
        return True
    if (
        _open_quotation(last)
        and not ends_sentence(last)
        and text[:1] not in _QUOTES
        and text.split(" ", 1)[0] not in words.SENTENCE_OPENERS
    ):
        # 'to upgrade the relationship to a "Strategic' / 'Partnership."'; not
        # a quotation over paragraphs, each opening with its quotation mark.
        return True
    if width is None and _broken_off(paragraph, text, in_lead):
        # (On a page hard-wrapped at a fixed width, the width tells instead.)
        return True
    # How far the last line runs on the page, its indentation included: a
    # text browser indents a subsection's lines ("       (1) Prime Minister ...").
    line = paragraph.parts[-1][0]
    reach = line.indent + len(line.text)
    if width is not None and not ends_sentence(last) and next_word_overflows(reach, text, width):
        # "... under the Hatoyama" / "Administration. Secretary Clinton ...":
        # a line that ends no sentence, and that the next word would not have
        # fitted on, was broken by the wrap.
        return True
    if not text[:1].isupper():
        return False
    if not _ends_sentence_proper(last) and (
        ABBREVIATION_END().search(last, max(0, len(last) - ABBREVIATION_TAIL)) is not None
    ):
        # After an abbreviation, a line goes on in a paragraph already wrapped,
        # or from its first line where the next word would not have fitted on
        # it: "... the realignment of U.S." / "Forces in Japan ...".
        return len(paragraph.texts) > 1 or (
            width is not None and next_word_overflows(reach, text, width)
        )
    if len(paragraph.texts) < 2:
        return False
    # A page hard-wrapped at a fixed width ends a paragraph on a short line;
    # a line that fills the width wraps, even after a full stop: "... under
    # Hatoyama Administration." / "Mr. Okada expressed his aim ...".
    return width is not None and reach >= WRAP_FILL * width


def _left_open(last: str, text: str) -> bool:
    """Whether the line *last* leaves open what the line *text* goes on with.

    "... the two leaders issued the" / "Japan-Chile Joint Statement (PDF)": a
    line cannot end a paragraph on "the" or a comma, nor on someone's verb
    before what they said ("... Minister Balakrishnan welcomed"), nor on an
    infinitive before its object ("... would like to work together to
    improve" / "Japan-China relations in a stable manner."), unless *text*
    opens on a clause of its own.
    """
    if goes_on(last) or _verb_left_open(last):
        return True
    return _infinitive_left_open(last) and not _opens_on_clause(text)


def _closes_open_bracket(last: str, text: str) -> bool:
    """Whether *text* closes a bracket the line *last* left open.

    "(Japan: Minister Okada, ..., etc." / "The U.S.: Secretary Clinton, ...,
    etc.)": a note the copy broke over lines is one paragraph.
    """
    return last.count("(") > last.count(")") and text.count(")") > text.count("(")


def _object_below(heading: str, text: str) -> bool:
    """Whether an item's line ends on someone's verb whose object is the line *text* below.

    A clause of a few words at least ("(3) The two ministers shared" / "the
    view that ..."), above a line that does not open on a subject and verb
    of its own: "1. Points agreed" / "The two ministers agreed ..." is a
    topic and its text.

    >>> _object_below("At the outset, Minister Balakrishnan welcomed", "Minister Kono's visit.")
    True
    >>> _object_below("Issues the two ministers discussed", "The two ministers agreed.")
    False
    """
    return (
        heading.count(" ") + 1 >= MIN_CLAUSE_WORDS
        and _verb_left_open(heading)
        and not _opens_on_clause(text)
    )


# A line ending on its subject and verb is this many words at least: "The
# two ministers shared"; "Points agreed" is a topic.
MIN_CLAUSE_WORDS = 4


def _opens_on_clause(text: str) -> bool:
    """Whether *text* opens on a subject and its verb: "The two ministers agreed ..."."""
    opening = [word.rstrip(",.;:") for word in text.split(" ", MAX_SUBJECT_WORDS + 1)]
    return any(
        _tells_of(word) and _subject_word(opening[at - 1])
        for at, word in enumerate(opening[: MAX_SUBJECT_WORDS + 1])
        if at > 0
    )


# A subject opening a line is this many words at most: "Foreign Minister
# Hayashi| raised", "The two ministers| agreed".
MAX_SUBJECT_WORDS = 4


def _verb_left_open(text: str) -> bool:
    """Whether *text* ends on someone and the verb that reports them, its object still to come.

    >>> _verb_left_open("... and security. Minister Balakrishnan welcomed")
    True
    >>> _verb_left_open("the proposal the two ministers welcomed."), _verb_left_open("was welcomed")
    (False, False)
    """
    before, _, last = text.rpartition(" ")
    if last not in words.REPORTING_VERBS:
        return False
    return _subject_word(before[before.rfind(" ") + 1 :])


def _infinitive_left_open(text: str) -> bool:
    """Whether *text* ends on "to" and a verb in lower case, its object still to come.

    >>> _infinitive_left_open("he would like to work together to improve")
    True
    >>> _infinitive_left_open("Efforts to Improve"), _infinitive_left_open("to Japan")
    (False, False)
    """
    said = text.rsplit(" ", 2)
    return len(said) == 3 and said[1] == "to" and said[2].isalpha() and said[2].islower()


def _ends_on_abbreviation(text: str) -> bool:
    """Whether *text* ends on an abbreviation: "9:30 a.m.", "Japan-U.S.", "Co."."""
    return text.endswith((" a.m.", " p.m.")) or (
        ABBREVIATION_END().search(text, max(0, len(text) - ABBREVIATION_TAIL)) is not None
    )


def _broken_off(paragraph: _Paragraph, text: str, in_lead: bool) -> bool:
    """Whether the sentence the paragraph's last line broke off goes on in the line *text*.

    "... held a summit meeting with H.E. Mr. Emmanuel Macron, President of
    the French" / "Republic, who is visiting Japan, ...": a line of content
    that ends no sentence, on an office or before a line that goes on with
    the name or office it broke off, or before the last word or two of its
    sentence ("... after the Great East Japan" / "Earthquake."); not before a
    sentence of its own ("On August 26, ...", "Mr. Wang Yi responded ...").
    In a lead sentence broken over lines *in_lead* ("On October 26, ... with
    H.E. Mr. M.U.M. Ali" / "Sabry, Minister of ...", "... at the Government"
    / "House. After ..."), any line goes on but a short topic ("Bilateral
    Relations").
    """
    last = paragraph.texts[-1]
    first_word, _, rest = text.partition(" ")
    if first_word.rstrip(",") in words.SENTENCE_OPENERS:
        return False
    if ends_sentence(last):
        # "... with the Honorable Michael R." / "Pompeo, Secretary of State
        # ...": an initial, with the rest of the name and an office below.
        return (
            _ends_on_initial(last)
            and _closes_name(first_word)
            and _office_after(first_word, rest.split(" ", 1)[0])
        )
    if in_lead and opens_lead(paragraph.texts[0]):
        # A lead sentence broken over lines goes on ("... M.U.M. Ali" /
        # "Sabry, ...", "... of the French" / "Republic."), but for a short
        # topic below it ("Bilateral Relations"), which ends no sentence.
        return not (
            text.count(" ") < MAX_TOPIC_WORDS and title_case(text) and not ends_sentence(text)
        )
    # Only a name or an office it broke off goes on ("the French" /
    # "Republic, who ...", "... of Prime Minister" / "Johnson as ..."), or
    # the last word or two of a sentence ("... after the Great East Japan" /
    # "Earthquake."), not a sentence of its own ("... and Friendship" / "Mr.
    # Wang Yi responded ...").
    ends_on_office = last[last.rfind(" ") + 1 :] in words.OFFICE_WORDS
    # A line like a topic is one, unless someone in it says or does something.
    topic = len(paragraph.texts) == 1 and is_heading(last) and not reads_as_sentence(last)
    return not topic and (ends_on_office or _sentence_tail(text) or _goes_on_naming(text))


def _ends_on_initial(text: str) -> bool:
    """Whether *text* ends on an initial after a style and a given name: "... Hon. Michael R.".

    >>> _ends_on_initial("... with the Honorable Michael R.")
    True
    >>> _ends_on_initial("... the Action Plan B."), _ends_on_initial("... in Washington D.C.")
    (False, False)
    """
    words_at_end = text.rsplit(" ", 3)
    if len(words_at_end) < 3:
        return False
    style, given, last = words_at_end[-3:]
    return _initials(last) and given[:1].isupper() and given.isalpha() and style in _STYLE_ENDS


# The styles a given name follows: "Mr.", "Honorable", "H.E.".
_STYLE_ENDS = frozenset(
    {
        *words.PERSONAL_STYLES,
        *(f"{style}." for style in words.PERSONAL_STYLES),
        *("Hon.", "Hon", "Honorable", "Honourable", "Excellency", "Sir", "Dame", "Senator"),
    }
)


def _closes_name(word: str) -> bool:
    """Whether *word* is a capitalised word closed by a comma: "Sabry,", "Republic,"."""
    return word.endswith(",") and word[:1].isupper() and word[:-1].isalpha()


def _office_after(first: str, second: str) -> bool:
    """Whether *second* opens an office after the name *first*: "Sabry," "Minister".

    Not after an adverb opening a sentence: "Secondly, Minister ...".
    """
    return second in words.OFFICE_WORDS and not first.endswith("ly,")


def _initials(word: str) -> bool:
    """Whether *word* is a name's initials: "R.", "H.W."."""
    return (
        len(word) >= 2
        and len(word) % 2 == 0
        and all(word[at].isupper() and word[at + 1] == "." for at in range(0, len(word), 2))
    )


def _sentence_tail(text: str) -> bool:
    """Whether *text* is the last word or two of a sentence a wrap left alone: "Earthquake."."""
    return text.count(" ") < MAX_TAIL_WORDS and has_sentence_end(text) and text[:1] != "("


def reads_as_sentence(text: str) -> bool:
    """Whether *text* is too long for a topic and has someone in it say or do something.

    A name or the principals together followed by a verb that reports or
    tells a meeting ("Gemba expressed", "Noda held", "the two ministers
    confirmed"), or a reporting verb before "that" ("... stated that"); not a
    topic whose words are in lower case ("Japan's continued support to the
    reconstruction of Ukraine").

    >>> reads_as_sentence("Minister Gemba expressed his gratitude to Turkey after the Great East")
    True
    >>> reads_as_sentence("The two ministers confirmed that they would accelerate the talks")
    True
    >>> reads_as_sentence("Japan's continued support to the reconstruction of Ukraine")
    False
    """
    written = text.split()
    if len(written) <= MAX_TOPIC_WORDS:
        return False
    for at, word in enumerate(written):
        if not _tells_of(word):
            continue
        if written[at + 1 : at + 2] == ["that"] and word in words.REPORTING_VERBS:
            return True
        # The subject, past any adverbs: "The two ministers also exchanged".
        before = at - 1
        while before > 0 and written[before] in words.ADVERBS:
            before -= 1
        if before >= 0 and _subject_word(written[before]):
            return True
    return False


def _subject_word(word: str) -> bool:
    """Whether *word* may be the subject of a verb right after it: "Gemba", "ministers", "he"."""
    if word[:1].isupper():
        return not word.endswith(("'s", "’s"))
    return word in words.JOINT_NOUNS or word in _LOWER_SUBJECTS


# Subjects in lower case besides the principals together: "..., and he welcomed".
_LOWER_SUBJECTS = frozenset({"he", "she", "they", "side"})


def _goes_on_naming(text: str) -> bool:
    """Whether *text* opens by going on with a name or an office broken off above.

    Its first word closes with a comma before a word in lower case or an
    office ("Republic, who is visiting Japan", "Sabry, Minister of ..."; not
    "Secondly, Minister ..."), or it is an office or a body that "of" or
    "for" follows ("Representative of the European Union"; not
    "Representatives of both sides").

    >>> _goes_on_naming("Republic, who is visiting Japan"), _goes_on_naming("Mr. Wang responded")
    (True, False)
    """
    first, _, rest = text.partition(" ")
    if _initials(first) and _closes_name(rest.split(" ", 1)[0]):
        # "R. Pompeo, Secretary of State ...": the name goes on past its
        # initial (not "U.S. Secretary of State Blinken stated ...").
        first, _, rest = rest.partition(" ")
    second = rest.split(" ", 1)[0]
    if _closes_name(first):
        # "Republic, who ...", "Sabry, Minister of ..."; not "Secondly, Minister ...".
        return second[:1].islower() or _office_after(first, second)
    return second in _NAME_GOES_ON and (first in words.OFFICE_WORDS or first in words.BODY_WORDS)


# Words that go on with an office or a body right after its first word:
# "Representative of ...", "Minister for ...".
_NAME_GOES_ON = frozenset({"of", "for"})


def _closes_bracket(paragraph: _Paragraph | None, text: str) -> bool:
    """Whether *text* opens by closing a bracket the paragraph left open.

    "The two leaders issued the joint statement (Japanese" / ") which sets out
    the direction of cooperation.": one sentence, broken at a link label.
    """
    if paragraph is None or text[:1] != ")":
        return False
    last = paragraph.texts[-1]
    return last.count("(") > last.count(")")


def _wrapper_marker(wrapper: _Open | None) -> Boilerplate:
    assert wrapper is not None
    line = wrapper.line
    marker = line.span(0, wrapper.marker.body)
    return Boilerplate(BoilerplateKind.MARKUP, line.text[: wrapper.marker.body].rstrip(), marker)


def _level(stack: list[_Open], marker: Marker, line: Line) -> int:
    """How many open items stay open when an item with *marker* starts.

    Normally the one open item of the same style is closed (a sibling follows).
    A style nested in itself is told apart from a restart where the page shows
    it: "  1. General remarks" followed by "    1. ..." (a "1." indented deeper
    than the open "1."), or "2. Regional affairs" with nothing under it followed
    by "1. The two ministers ..." (a heading awaiting its list). Later items go
    back to the open item whose indentation they match.
    """
    style = marker.style
    if style is PART_STYLE:
        # "(Reference) Recent high-level exchanges": no item's, but the page's.
        return 0
    if len(stack) == 1 and stack[0].marker.style is style:
        # One item open, of this style: a list opens under it, or a sibling
        # follows it (the most common case, without a scan).
        only = stack[0]
        nests = marker.number == 1 and (
            line.indent >= only.line.indent + MIN_NESTING_INDENT or _awaits_list(only)
        )
        return 1 if nests else 0
    depth = _deepest_of(stack, style)
    if depth < 0:
        return len(stack)
    deepest = stack[depth]
    awaits = depth == len(stack) - 1 and _awaits_list(deepest)
    if marker.number == 1 and (line.indent >= deepest.line.indent + MIN_NESTING_INDENT or awaits):
        return len(stack)
    return _depth_indented(stack, style, depth, line.indent)


def _deepest_of(stack: list[_Open], style: Style) -> int:
    """The depth of the deepest open item of *style*, or -1; sought from the end, where it is."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].marker.style is style:
            return depth
    return -1


def _depth_indented(stack: list[_Open], style: Style, deepest: int, indent: int) -> int:
    """The deepest open item of *style* from *deepest* up indented no deeper than *indent*.

    With none, the first open item of that style.
    """
    first = deepest
    for depth in range(deepest, -1, -1):
        open_ = stack[depth]
        if open_.marker.style is style:
            if open_.line.indent <= indent:
                return depth
            first = depth
    return first


def _is_wrapper(top: list[Section]) -> bool:
    if len(top) != 1:
        return False
    only = top[0]
    return (
        only.number == 1
        and only.heading is None
        and bool(only.paragraphs)
        and bool(only.subsections)
        and only.subsections[0].number == 1
        # The same style one level in, so only indentation kept them apart.
        and only.subsections[0].marker == only.marker
    )


def _awaits_list(item: _Open) -> bool:
    return item.heading is not None and not item.paragraphs and not item.children


def _cut_heading(item: _Open, last_text: str | None, sibling: Section | None) -> bool:
    # "3. The two minist" after items that hold their text directly ("1. The
    # two ministers agreed ..."): a cut-off item reads like its siblings.
    heading = item.heading
    return (
        heading is not None
        and heading.text == last_text
        and not item.paragraphs
        and not item.children
        and not heading.text.endswith(":")
        and (
            heading.text.count(" ") + 1 > MAX_CUT_HEADING_WORDS
            or (sibling is not None and sibling.heading is None and bool(sibling.paragraphs))
        )
    )


def _numbering_message(text: str, number: int, previous: int) -> tuple[str, str]:
    before = f"item {previous}" if previous else "the start of the list"
    if number > previous + 1:
        code = diagnostics.NUMBERING_GAP
        what = f"skips from {before} to {number}"
    elif number == previous:
        code = diagnostics.NUMBERING_REPEAT
        what = f"repeats the number of {before}"
    else:
        code = diagnostics.NUMBERING_RESTART
        what = f"goes back from {before} to {number}"
    message = (
        f"item {text!r} {what} at the same level; it was kept as the next "
        "section in page order. Check the page for a lost item or a typo in the number."
    )
    return code, message
