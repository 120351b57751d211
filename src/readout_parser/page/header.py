"""The header: breadcrumb, headline, date line and photo captions.

The header is every line before the body (the first numbered item or line
of prose). Its lines are read by position: text before the date line and
the first photo is breadcrumb and headline; text after it is photo alt text.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import NamedTuple

import regex

from readout_parser import diagnostics
from readout_parser import vocabulary as words
from readout_parser._patterns import lazy
from readout_parser.diagnostics import Problem, new_problem
from readout_parser.model import (
    Boilerplate,
    BoilerplateKind,
    FieldSpans,
    Span,
    new_boilerplate,
)
from readout_parser.page.lines import (
    BACK_LINK_LINE,
    BLANK_LINE,
    BOILERPLATE_LINE,
    BULLET_LINE,
    DATE_LINE,
    PHOTO_LINE,
    Classified,
)
from readout_parser.page.photos import PhotoPiece, caption_pieces, continues_caption, join_pieces
from readout_parser.page.text import Line, Passage, released
from readout_parser.page.tree import name_left_open

# Words that make a line name a meeting (a headline) rather than a site
# section (a breadcrumb): "Japan-U.S. Summit Meeting", "Telephone Talks between ...".
MEETING_WORD = lazy(
    r"\b(?:Meetings?|Talks?|Summit|Calls?|Visits?|Dialogue|Consultations?|Conversation|"
    r"Conference|Teleconference|Lunch|Luncheon|Dinner|Breakfast|Banquet|Overview|Summary|"
    r"Outline|Meets|Discussions?|Ministerial|Telephone|Committee|Reception|Ceremony|"
    r"Session|Forum|Exchange)\b|2\s*\+\s*2",
    regex.IGNORECASE,
)

# The site's name, as its logo's alt text gives it on a copy of the whole
# page: "Ministry of Foreign Affairs of Japan".
_SITE_NAME = r"(?:The\s++)?+Ministry\s++of\s++Foreign\s++Affairs(?:\s++of\s++Japan)?+"
SITE_NAME = lazy(_SITE_NAME)

# The site's name closing a title as the browser's tab gives it, after a bar:
# " | Ministry of Foreign Affairs of Japan".
SITE_SUFFIX = lazy(rf"\s*+\|\s*+{_SITE_NAME}\s*+$")

# Breadcrumbs name a section of the site: "Japan-China Relations",
# "Press Releases", "Countries & Regions".
BREADCRUMB_END = lazy(r"\b(?:Relations|Releases|Regions)$")
_SECTION_WORDS = ("Relations", "Releases", "Regions")
_SECTION_TAIL = max(map(len, _SECTION_WORDS))

# A text browser's number for a link, before the breadcrumb: "[2]" of "[2]Japan-Malaysia Relations".
LINK_NUMBER = lazy(r"\[\d{1,3}\](?=\S)")

# Between the steps of a breadcrumb trail: "Home > Foreign Policy > Japan-China Relations".
TRAIL_SEPARATOR = lazy(r"\s*+[>›»]\s*+")

# A line that qualifies the headline above it: "(Overview of Results)", "Summary".
QUALIFIER = lazy(r"\([^()]*+\)|(?:Summary|Overview|Outline)", regex.IGNORECASE)
# The lengths of QUALIFIER's words: case folding keeps one letter to one.
_QUALIFIER_LENGTHS = (7, 8)

# A headline line that cannot end there: "Telephone Talks between Prime Minister Abe and",
# "Foreign Minister Kamikawa Meets", "Courtesy Call on", a style or a
# possessive a copy wrapped before the name it belongs to: "... and Mr." /
# "Sun Weidong, ... of the People's" / "Republic of China", or a compound
# that only qualifies a noun after it: "... on the Margins of the
# ASEAN-related" / "Foreign Ministers' Meetings", "High-level".
CONTINUES = lazy(
    r"(?:\b(?:and|or|of|between|with|the|for|to|on|in|by|at|from|meets|visits|receives|"
    r"towards?+|regarding|concerning|among|including|a|an|Mr\.|Ms\.|Mrs\.|Dr\.)"
    r"|\bH\.E\.|\p{L}['’]s|[,&:–—-]|\p{L}-(?:related|level|based|led))$",
    regex.IGNORECASE,
)
# How far from the end CONTINUES can start: its longest word, "concerning".
CONTINUES_TAIL = 10

# The characters a match of CONTINUES can end in, case folding taken in
# ("ſ" is an "s"), and the line break its "$" stands before: a line ending
# in any other skips the search.
_CONTINUES_ENDS = frozenset("\n&,-:.ADEFGHLMNORSTYadefghlmnorsty\u017f\u2013\u2014")

# A headline line that continues the one above: it opens on what cannot
# start a headline: "& Prime Minister ...", "- Joint Statement -", ")".
CONTINUATION_START = lazy(r"[&,;:)\]’”]|\p{Ll}")

# The issuing office, printed under the date on some older pages:
# "Ministry of Foreign Affairs", "Asian and Oceanian Affairs Bureau".
ISSUER = lazy(
    r"(?:Ministry\s++of\s++Foreign\s++Affairs(?:\s++of\s++Japan)?+"
    r"|[\p{L} &,-]*?\b(?:Bureau|Division|Department))",
)


def names_section(text: str) -> bool:
    """Whether *text* ends naming a section of the site, as a breadcrumb does.

    >>> names_section("Japan-China Relations"), names_section("Japan-China Summit")
    (True, False)
    """
    # A substring test first; the pattern then only says the word is whole,
    # searched from where the longest word ("Relations") would start.
    return (
        text.endswith(_SECTION_WORDS)
        and BREADCRUMB_END().search(text, max(0, len(text) - _SECTION_TAIL)) is not None
    )


def _may_be_issuer(text: str) -> bool:
    # ISSUER takes a whole line that starts with "Ministry" or ends with the
    # name of a unit: a headline skips its scan.
    return text.startswith("Ministry") or text.endswith(("Bureau", "Division", "Department"))


class Header(NamedTuple):
    """What the header holds, before photos are assembled page-wide."""

    category: str | None
    title: str | None
    date: datetime.date | None
    spans: FieldSpans
    photos: tuple[PhotoPiece, ...]
    boilerplate: tuple[Boilerplate, ...]
    problems: tuple[Problem, ...]
    has_date_line: bool
    # The headline with the offsets of its characters, for the meeting.
    title_passage: Passage | None


def read_header(lines: Iterable[Classified]) -> Header:
    """Read the header from its classified lines (blank lines say nothing in it)."""
    reader = _Reader()
    for item in lines:
        reader.read(item)
    headlines = _read_headlines(reader)
    category, title = headlines.category, headlines.title
    # Each line in no field is let go of once its problem is made: a header
    # of many such lines does not hold them all besides their problems.
    reader.found.extend(_unplaced(line, reader.messages) for line in released(headlines.unplaced))
    return Header(
        category=category,
        title=title.text if title is not None else None,
        date=reader.date,
        spans=FieldSpans(
            category=headlines.category_span,
            title=title.span if title is not None else None,
            date=reader.date_span,
        ),
        photos=tuple(reader.pieces),
        boilerplate=tuple(reader.boilerplate),
        problems=tuple(reader.found),
        has_date_line=reader.has_date_line,
        title_passage=title,
    )


def _read_headlines(reader: _Reader) -> _Headlines:
    """The text lines above the date, read.

    The reader lets go of them, and its boilerplate gains the site's menu,
    the breadcrumb's path and lines naming its section again.
    """
    menu, headline_lines = _navigation(reader.headline_lines)
    reader.headline_lines = []
    reader.boilerplate.extend(
        Boilerplate(BoilerplateKind.SITE, line.text, line.span()) for line in menu
    )
    # The breadcrumb, a trail or not, stands below a headline a reader view
    # printed above it.
    above = _title_above(headline_lines)
    trail = _trail(headline_lines[len(above)]) if len(headline_lines) > len(above) else None
    if trail is not None:
        trail = _step_below(trail, headline_lines, len(above))
        reader.boilerplate.append(trail.path)
    headlines = _headlines(headline_lines, trail, above)
    reader.boilerplate.extend(
        Boilerplate(BoilerplateKind.SITE, line.text, line.span()) for line in headlines.repeated
    )
    if headlines.suffix is not None:
        reader.boilerplate.append(headlines.suffix)
    return headlines


class _Reader:
    """The state of :func:`read_header` as it reads the header line by line."""

    __slots__ = (
        "boilerplate",
        "date",
        "date_span",
        "follows",
        "found",
        "has_date_line",
        "headline_lines",
        "messages",
        "pieces",
        "zone_started",
    )

    def __init__(self) -> None:
        self.date: datetime.date | None = None
        self.date_span: Span | None = None
        self.has_date_line = False
        # Whether the date line or a photo has been met: text below is alt text.
        self.zone_started = False
        self.headline_lines: list[Line] = []
        self.pieces: list[PhotoPiece] = []
        self.boilerplate: list[Boilerplate] = []
        self.found: list[Problem] = []
        # The message of each unplaced line's text: lines alike share one, so
        # a page of thousands of them holds one copy, not thousands.
        self.messages: dict[str, str] = {}
        # The index of the header line before the one being read (blank lines
        # between header lines carry no meaning in a web copy).
        self.follows = -1

    def read(self, item: Classified) -> None:
        kind = item.kind
        if kind is BLANK_LINE:
            return
        follows, self.follows = self.follows, item.index
        if kind is BOILERPLATE_LINE or kind is BACK_LINK_LINE:
            assert item.boilerplate is not None
            self.boilerplate.append(new_boilerplate(item.boilerplate, item.text, item.span()))
        elif kind is DATE_LINE:
            self.date_line(item)
        elif kind is PHOTO_LINE:
            self.zone_started = True
            photos = item.photos
            self.add_piece(photos[0], follows)
            if len(photos) > 1:
                self.pieces.extend(photos[1:])
        elif _may_be_issuer(item.text) and ISSUER().fullmatch(item.text):
            self.found.append(_unplaced(item, self.messages))
        elif kind is BULLET_LINE and item.body >= len(item.text):
            # A bullet with nothing after it: list markup left behind.
            self.boilerplate.append(new_boilerplate(BoilerplateKind.MARKUP, item.text, item.span()))
        elif kind is BULLET_LINE or self.zone_started:
            # Header bullets are the photo list of the page template; text after
            # the date is image alt text.
            self.zone_started = True
            pieces = caption_pieces(item, item.body)
            self.add_piece(pieces[0], follows)
            if len(pieces) > 1:
                # The images of one line are as many photos.
                self.pieces.extend(pieces[1:])
        else:
            self.headline_lines.append(item)

    def date_line(self, item: Classified) -> None:
        line = item.line
        if self.has_date_line:
            # A second date line: the page has one date, and this is not it.
            self.found.append(_unplaced(line, self.messages))
            return
        self.has_date_line = True
        self.zone_started = True
        self.date = item.date
        if item.date is None:
            # A date line naming no real day: no date, so no span of one.
            self.found.append(_invalid_date(line))
        else:
            self.date_span = line.span()

    def add_piece(self, piece: PhotoPiece, follows: int) -> None:
        pieces = self.pieces
        if pieces and _continues_caption(pieces[-1], piece, follows):
            pieces[-1] = join_pieces(pieces[-1], piece)
        else:
            pieces.append(piece)


def _navigation(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Split the site's menu off the lines above the date, if the page has one there.

    "Foreign Policy" / "Japan-China Relations" / "Japan-China Summit Meeting":
    the breadcrumb names a section of the site ("... Relations"), so lines
    above it that do not are the site's menu, not the breadcrumb.
    """
    if not lines or names_section(lines[0].text):
        return [], lines
    # The deepest section named is the breadcrumb; the last line stays, the headline.
    for index in range(len(lines) - 2, 0, -1):
        if (
            names_section(lines[index].text)
            and not _joins_previous(lines[index - 1].text, lines[index].text)
            # A line naming a meeting is a headline or series heading, no menu.
            and not any(MEETING_WORD().search(line.text) for line in lines[:index])
        ):
            return lines[:index], lines[index:]
    return [], lines


class _Trail(NamedTuple):
    """A breadcrumb written as a path: the section it ends in, and the path above it."""

    category: str
    span: Span
    # The site's path above it, or a text browser's number for the link.
    path: Boilerplate
    # The lines it is written on: two where its last step has a line of its own.
    lines: int = 1


def has_trail_mark(text: str) -> bool:
    """Whether *text* holds a step mark of a trail: "Home > Countries & Regions > ...".

    A substring test, before any pattern is asked where the steps are.
    """
    return ">" in text or "›" in text or "»" in text


def _trail(line: Line) -> _Trail | None:
    """The breadcrumb trail "Home > Foreign Policy > Japan-China Relations", if *line* is one.

    The page's breadcrumb is the last section named; the sections above it
    are the site's. A text browser's number before it ("[2]Japan-Malaysia
    Relations") is a link label.
    """
    text = line.text
    if not has_trail_mark(text):
        return _numbered(line)
    separators = list(TRAIL_SEPARATOR().finditer(text))
    if not separators or separators[-1].end() >= len(text) or _names_meeting(text):
        return None
    # A text browser numbers each step: "[2]Home > [3]... > [4]Japan-Malaysia Relations".
    numbered = LINK_NUMBER().match(text, separators[-1].end())
    at = numbered.end() if numbered is not None else separators[-1].end()
    path = Boilerplate(BoilerplateKind.SITE, text[:at].strip(), line.span(0, at))
    return _Trail(text[at:], line.span(at), path)


def _step_below(trail: _Trail, lines: list[Line], at: int) -> _Trail:
    """The *trail* at ``lines[at]``, with its last step on the line below if the copy put it there.

    "Home > Foreign Policy > Countries & Regions" / "Japan-Republic of Korea
    Relations": a trail ending on one of the site's general sections, and
    below it a line naming a section of none of its steps and no meeting,
    the page's own; the whole trail above is the site's path to it. (A line
    naming a step again is the site's repeat or menu, a line naming a
    meeting the headline.)
    """
    below = lines[at + 1] if at + 1 < len(lines) else None
    if (
        below is None
        or _letters(trail.category) not in _GENERAL_SECTIONS
        or not names_section(below.text)
        or _names_meeting(below.text)
        or _letters(below.text)
        in {_letters(step) for step in TRAIL_SEPARATOR().split(lines[at].text)}
    ):
        return trail
    line = lines[at]
    path = Boilerplate(BoilerplateKind.SITE, line.text, line.span())
    return _Trail(below.text, below.span(), path, lines=2)


# The site's sections above a country's or a topic's page, as compared.
# "Countries & Regions", "Foreign Policy", "Press Releases", "Regions".
_GENERAL_SECTIONS = frozenset({"countriesregions", "foreignpolicy", "pressreleases", "regions"})


def _numbered(line: Line) -> _Trail | None:
    """The breadcrumb after a text browser's number for its link: "[2]Japan-Malaysia Relations"."""
    text = line.text
    numbered = LINK_NUMBER().match(text) if text.startswith("[") else None
    if numbered is None or not names_section(text[numbered.end() :]):
        return None
    at = numbered.end()
    label = Boilerplate(BoilerplateKind.LINK_LABEL, text[:at], line.span(0, at))
    return _Trail(text[at:], line.span(at), label)


class _Headlines(NamedTuple):
    """The text lines above the date, read: breadcrumb, headline and the rest."""

    category: str | None
    category_span: Span | None
    title: Passage | None
    unplaced: list[Line]
    # Lines that name the breadcrumb's section again, as the site prints it
    # under a breadcrumb trail: "Home > ... > Japan-Australia Relations",
    # then "Japan-Australia Relations"; and the headline a reader view
    # prints above the breadcrumb.
    repeated: list[Line]
    # The site's name after a bar closing the headline, as a browser's tab
    # gives the title: " | Ministry of Foreign Affairs of Japan".
    suffix: Boilerplate | None = None


def _headlines(
    lines: list[Line], trail: _Trail | None = None, above: list[Line] | None = None
) -> _Headlines:
    """Split the text lines above the date into breadcrumb, headline and the rest.

    *above* is the headline a reader view printed above the breadcrumb, if any.
    """
    if not lines:
        return _Headlines(None, None, None, [], [])
    above = _title_above(lines) if above is None else above
    lines = lines[len(above) :]
    category: str | None = None
    category_span: Span | None = None
    first = lines[0].text
    if trail is not None:
        category, category_span = trail.category, trail.span
        lines = lines[trail.lines :]
    elif _crumb_below(lines):
        # "Japan-India Summit Meeting" / "Japan-India Relations" / the date:
        # a breadcrumb below its headline, as some copies order them.
        category, category_span = lines[-1].text, lines[-1].span()
        lines = lines[:-1]
    elif names_section(first) or not (
        _first_names_meeting(first, len(lines)) or _too_long_for_section(first)
    ):
        category, category_span = first, lines[0].span()
        lines = lines[1:]
    repeated = above + _repeating(lines, category)
    lines = lines[len(repeated) - len(above) :]
    if not lines:
        return _Headlines(category, category_span, None, [], repeated)
    # A link to a file between the headline and the date ("Full text (PDF)")
    # is no headline: the headline is the unit above it.
    end = len(lines)
    while end > 1 and FILE_LINK().search(lines[end - 1].text) is not None:
        end -= 1
    start = _last_unit(lines[:end])
    title_unit = lines[start:end]
    title, suffix = _title(title_unit)
    # Every other line is in no field. *lines* is this function's own list
    # (sliced above), so the unit is cut out in place.
    del lines[start:end]
    return _Headlines(category, category_span, title, lines, repeated, suffix)


def _title(unit: list[Line]) -> tuple[Passage, Boilerplate | None]:
    """The headline read from the lines of *unit*, and the site's name after a bar, if any.

    "Japan-Viet Nam Foreign Ministers' Meeting | Ministry of Foreign Affairs
    of Japan": the page's title as a reader view or the browser's tab gives
    it, the page's only headline; the title is the part before the bar, and
    the rest is the site's.
    """
    last = unit[-1]
    suffix = SITE_SUFFIX().search(last.text) if "|" in last.text else None
    cut = suffix.start() if suffix is not None and suffix.start() > 0 else len(last.text)
    texts = [line.text for line in unit[:-1]]
    texts.append(last.text[:cut])
    title = Passage(
        " ".join(texts),
        [(line, range(len(text))) for line, text in zip(unit, texts, strict=True)],
        Span(unit[0].start, last.span(0, cut).end),
    )
    if cut == len(last.text):
        return title, None
    site = last.text[cut:].lstrip()
    return title, Boilerplate(BoilerplateKind.SITE, site, last.span(len(last.text) - len(site)))


# A link to a file, by the label of its kind: "Full text (PDF)", "Joint
# Statement (PDF: 120KB)", "(Word)".
FILE_LINK = lazy(r"\((?:PDF|Word|Excel|PowerPoint)\b", regex.IGNORECASE)

# A section of the site is named in a few words ("Japan-China Relations",
# "Statements by the Press Secretary/Director-General"); a line of more
# words above the date is a headline whatever it names: "Statement by the
# Press Secretary/Director-General ..., on the Presidential Election in Afghanistan".
MAX_SECTION_WORDS = 10


def _crumb_below(lines: list[Line]) -> bool:
    """Whether the last of *lines* is the breadcrumb, below a headline that names a meeting."""
    return (
        len(lines) > 1
        and names_section(lines[-1].text)
        and not names_section(lines[0].text)
        and _names_meeting(lines[0].text)
    )


def _first_names_meeting(first: str, count: int) -> bool:
    """Whether *first*, the first of *count* lines above the date, names a meeting.

    A body named with a meeting word ("Conference on Disarmament") is a
    section only above a headline: alone above the date, it is the headline.
    """
    return _names_meeting(first) if count > 1 else MEETING_WORD().search(first) is not None


def _too_long_for_section(text: str) -> bool:
    return text.count(" ") + 1 > MAX_SECTION_WORDS


def _names_meeting(text: str) -> bool:
    """Whether *text* names a meeting, and not only a body named so.

    "International Committee of the Red Cross" and "Conference on
    Disarmament" are bodies, sections of the site as a breadcrumb names
    them; "Japan-China Joint Committee" is a meeting.
    """
    for match in MEETING_WORD().finditer(text):
        word = match.group()
        if word not in words.BODY_MEETING_WORDS or not text.startswith(_BODY_OF, match.end()):
            return True
    return False


# What follows a meeting word that names a body (see ``BODY_MEETING_WORDS``).
_BODY_OF = (" of the ", " on ")


def _title_above(lines: list[Line]) -> list[Line]:
    """The headline printed again above the breadcrumb, as a reader view does, or none.

    "Japan-Colombia Foreign Ministers' Meeting" / (the address and reading
    time) / "Japan-Colombia Relations" / "Japan-Colombia Foreign Ministers'
    Meeting" / "June 16, 2024": the first line is the view's title, and the
    header proper starts below it.
    """
    if len(lines) > 2 and _letters(lines[0].text) == _letters(lines[-1].text):
        return lines[:1]
    return []


def _letters(text: str) -> str:
    """The letters and digits of *text*, case folded: a curly quote is a straight one."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _repeating(lines: list[Line], category: str | None) -> list[Line]:
    """The first *lines* that name the *category* again, in any case.

    The last line above the date is never one: when nothing else follows,
    a line equal to the breadcrumb is the headline ("Home > Press Releases
    > Japan-Chile Joint Statement", then "Japan-Chile Joint Statement").
    """
    if category is None:
        return []
    folded = category.casefold()
    count = 0
    while count < len(lines) - 1 and lines[count].text.casefold() == folded:
        count += 1
    return lines[:count]


def _last_unit(lines: list[Line]) -> int:
    """Where the last unit of the headline lines starts: a line with its continuations
    and qualifiers.

    Only the last unit is the headline, so the units above it are not built:
    a header of many lines holds no list per line.
    """
    index = len(lines) - 1
    while index > 0 and _joins_previous(lines[index - 1].text, lines[index].text):
        index -= 1
    return index


def _joins_previous(previous: str, text: str) -> bool:
    return (
        # The line's end is all CONTINUES looks at: only its tail is searched.
        (
            previous[-1:] in _CONTINUES_ENDS
            and CONTINUES().search(previous, max(0, len(previous) - CONTINUES_TAIL)) is not None
        )
        or _opens_continuation(text)
        # An open bracket or quote: "Foreign and Defence Ministers' Meeting (“2+2”" / ")".
        or previous.count("(") > previous.count(")")
        or previous.count("“") > previous.count("”")
        or (
            (text[:1] == "(" or len(text) in _QUALIFIER_LENGTHS)
            and QUALIFIER().fullmatch(text) is not None
        )
        # "... on the Nuclear" / "Security Summit": a name opened after "the".
        or name_left_open(previous, text)
    )


def _opens_continuation(text: str) -> bool:
    """Whether CONTINUATION_START matches *text*; an ASCII first character is told without it."""
    first = text[:1]
    if first.isascii():
        # In ASCII, \p{Ll} is a-z.
        return first != "" and (first in "&,;:)]" or "a" <= first <= "z")
    return CONTINUATION_START().match(text) is not None


def _continues_caption(previous: PhotoPiece, piece: PhotoPiece, follows: int) -> bool:
    # Alt text wrapped onto a second line: "... receiving greetings from" /
    # "Prime Minister Morawiecki".
    return previous.line == follows and continues_caption(previous, piece)


def _invalid_date(line: Line) -> Problem:
    return Problem(
        diagnostics.INVALID_DATE,
        f"the date line {line.text!r} names no real day; Readout.date is None. "
        "Check the page for a typo in the date.",
        line.span(),
    )


def _unplaced(line: Line, messages: dict[str, str]) -> Problem:
    """The problem of a header line that is no field; *messages* shares equal messages."""
    message = messages.get(line.text)
    if message is None:
        message = messages[line.text] = (
            f"header line {line.text!r} is not the breadcrumb, headline, date or a photo "
            "caption, so no field holds it; check the category and title."
        )
    return new_problem(diagnostics.UNPLACED_LINE, message, line.span())
