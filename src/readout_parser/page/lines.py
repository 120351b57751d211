"""Line classification: what each line of a readout is, on its own.

Context (header or body, what came before) is left to the header reader and
the tree builder; this module only says what a line *looks like*, so each
rule here can be read and tested in isolation.
"""

from __future__ import annotations

import datetime
import enum
import re
from typing import ClassVar, NamedTuple, TypeVar

import regex

from readout_parser import calendar
from readout_parser import vocabulary as words
from readout_parser._patterns import lazy, lazy_re
from readout_parser.model import BoilerplateKind
from readout_parser.page.furniture import back_link_target, whole_line_kind
from readout_parser.page.photos import (
    PhotoPiece,
    caption_piece,
    may_be_photo,
    moved_pieces,
    read_photo_line,
)
from readout_parser.page.text import Line, make_line, plain, raw_lines


class Kind(enum.Enum):
    """What a line looks like.

    The values are small numbers (``enum.auto()``): the context rules keep a
    page's kinds one byte a line (see ``rules.body_start``).
    """

    BLANK = enum.auto()
    DATE = enum.auto()
    ITEM = enum.auto()
    BULLET = enum.auto()
    PHOTO = enum.auto()
    BACK_LINK = enum.auto()
    BOILERPLATE = enum.auto()
    TEXT = enum.auto()


# Each kind by a name of its own, for the code that asks every line its kind:
# on Python 3.11 a member looked up on its enum (``Kind.ITEM``) goes through
# the enum's __getattr__ hook and costs ten times a module's name.
BLANK_LINE = Kind.BLANK
DATE_LINE = Kind.DATE
ITEM_LINE = Kind.ITEM
BULLET_LINE = Kind.BULLET
PHOTO_LINE = Kind.PHOTO
BACK_LINK_LINE = Kind.BACK_LINK
BOILERPLATE_LINE = Kind.BOILERPLATE
TEXT_LINE = Kind.TEXT


class Style(enum.Enum):
    """Numbering styles; each style is one level of the section tree."""

    DOT = "1."
    BARE = "1"
    PAREN = "(1)"
    RPAREN = "1)"
    ALPHA_PAREN = "(a)"
    ALPHA_DOT = "a."
    ALPHA_RPAREN = "a)"
    ROMAN_DOT = "I."
    """Roman capitals: "I. Political relations", "II. Economic relations"."""
    HEADING = ""
    """A topic line whose number the copy lost ("Japan-NATO relations")."""
    PART = "()"
    """A part of the page a label in brackets heads, at the top level: "(Reference) ..."."""


# The style of a part of the page, by a name of its own (see BLANK_LINE).
PART_STYLE = Style.PART


class Marker(NamedTuple):
    """A list marker at the start of a line, as written."""

    style: Style
    number: int | None
    text: str
    start: int
    end: int
    # Where the item's own text begins in the line (after the marker and space).
    body: int
    # Whether a bullet came before the marker ("• (1)", "- 1 Opening").
    bulleted: bool = False
    # The counter a copy of a nested list writes before the real marker, the
    # "2." of "2. (1) At the beginning ...": list markup, unless the rule
    # :func:`~readout_parser.page.rules.counters` finds it numbers an item.
    counter: Marker | None = None


class Classified(Line):
    """A line with what it looks like and the details that go with it.

    A plain slotted value, one per line: the line's own fields and its kind
    in one object (a page of many short lines holds one object per line, not
    two, and the collector has half as many to walk). A line holds the
    detail of its kind alone: an item its marker, a photo line its pieces, a
    line of furniture its kind, a date line its date, a bulleted line where
    its text begins, each kept by a subclass with one slot for it; a line
    of another kind reads the defaults below. The rules of :mod:`.rules`
    replace it by a new one (:meth:`becomes`) where the line's neighbours
    change what it is.
    """

    __slots__ = ("kind",)

    # The details of the kinds that have one, as a line of another kind reads them.
    marker: Marker | None = None
    photos: tuple[PhotoPiece, ...] = ()
    boilerplate: BoilerplateKind | None = None
    date: datetime.date | None = None
    # Where the text of a BULLET line begins, after its bullet.
    body: int = 0

    def __init__(
        self,
        kind: Kind,
        index: int,
        start: int,
        end: int,
        text: str,
        indent: int = 0,
        offsets: tuple[int, ...] | None = None,
    ) -> None:
        # The line's fields, set here rather than through Line.__init__: one
        # call fewer on every line.
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.indent = indent
        self.offsets = offsets
        self.kind = kind

    @property
    def bullet(self) -> str | None:
        """The bullet of a BULLET line ("•", "-"); None on any other line.

        It is the line's first character, told rather than kept: a page of
        many short lines holds one field fewer for each.
        """
        return _BULLET_TEXTS[self.text[0]] if self.body else None

    @property
    def line(self) -> Line:
        """The line itself, as the readers of lines take it."""
        return self

    def read_as(self, cls: type[_C], kind: Kind) -> _C:
        """The same line read as *kind*, made a *cls*, its detail yet to set."""
        return cls(kind, self.index, self.start, self.end, self.text, self.indent, self.offsets)

    # The slot of a subclass holding the detail of its kind, if it has one.
    _DETAIL: ClassVar[str | None] = None

    def moved(self, index: int, start: int) -> Classified:
        """A line written as this one (with no indent), read as it is, at *index* and *start*."""
        item = type(self)(self.kind, index, start, start + len(self.text), self.text)
        detail = self._DETAIL
        if detail is not None:
            setattr(item, detail, getattr(self, detail))
        return item

    def becomes(
        self,
        kind: Kind,
        *,
        marker: Marker | None = None,
        photos: tuple[PhotoPiece, ...] = (),
        boilerplate: BoilerplateKind | None = None,
    ) -> Classified:
        """The same line read as *kind*, with the one detail given, if any."""
        if marker is not None:
            item: Classified = _item_line(self, kind, marker)
        elif photos:
            item = _photo_line(self, kind, photos)
        elif boilerplate is not None:
            item = _furniture_line(self, kind, boilerplate)
        else:
            item = self.read_as(Classified, kind)
        return item

    def __repr__(self) -> str:
        return f"Classified({self.kind.name}, {Line.__repr__(self)})"


_C = TypeVar("_C", bound=Classified)


class _ItemLine(Classified):
    __slots__ = ("marker",)
    _DETAIL = "marker"


class _PhotoLine(Classified):
    __slots__ = ("photos",)

    def moved(self, index: int, start: int) -> Classified:
        # Its pieces hold their line and spans: they move with it.
        item = _PhotoLine(self.kind, index, start, start + len(self.text), self.text)
        item.photos = moved_pieces(self.photos, index, start - self.start)
        return item


class _FurnitureLine(Classified):
    __slots__ = ("boilerplate",)
    _DETAIL = "boilerplate"


class _DateLine(Classified):
    __slots__ = ("date",)
    _DETAIL = "date"


class _BulletLine(Classified):
    __slots__ = ("body",)
    _DETAIL = "body"


def _item_line(line: Classified, kind: Kind, marker: Marker) -> Classified:
    item = line.read_as(_ItemLine, kind)
    item.marker = marker
    return item


def _photo_line(line: Classified, kind: Kind, photos: tuple[PhotoPiece, ...]) -> Classified:
    item = line.read_as(_PhotoLine, kind)
    item.photos = photos
    return item


def _furniture_line(line: Classified, kind: Kind, boilerplate: BoilerplateKind) -> Classified:
    item = line.read_as(_FurnitureLine, kind)
    item.boilerplate = boilerplate
    return item


# A list marker at the start of a line. Examples:
#   "1. Opening", "1.Opening", "2 Japan-U.S. security", "2" (alone), "(1) Okinawa",
#   "(1)The Outline", "3) ...", "(a) ...", "(iv) ...", "a. ...", "II. Economic relations"
#   (roman capitals before a capital; see rules.roman_items), and renderings of nested lists
#   where a counter precedes the real marker: "1. (1) ...", "2. 2. ...".
# An optional bullet may come first: "• (1) ...", "- (1) ...", "• a. ...".
# Full-width brackets and stops, as pages translated from Japanese may write
# them, are markers too: "（1）", "１．".
ITEM = lazy(
    r"(?P<bullet>[•・·\-–*]\s*+)?+"
    r"(?:(?P<counter>\d{1,3})[.．]\s*+(?=[(（]\d|\d{1,3}[.．]))?+"
    r"(?P<marker>"
    r"[(（](?P<paren>\d{1,3})[)）]"
    r"|(?P<dot>\d{1,3})[.．](?!\d)"
    r"|(?P<rparen>\d{1,3})[)）]"
    r"|[(（](?P<alpha_paren>[ivx]{2,4}|[a-z])[)）]"
    r"|(?P<alpha_dot>[a-z])\.(?=\s)"
    r"|(?P<alpha_rparen>[a-z])\)(?=\s)"
    r"|(?P<roman_dot>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?=\s[\p{Lu}\"“‘'(])"
    r"|(?P<bare>\d{1,2})(?=\s[\p{Lu}\"“‘'(]|$)"
    r")\s*+"
)

# ITEM for a line of ASCII characters, in ``re``, which matches it in a
# third of the time: "1. Opening", "(1)", "2. (1) At the beginning ...",
# "- 1 Opening remarks". On ASCII text the classes say the same as ITEM's
# (``\s`` is [\t-\r ], ``\d`` [0-9], ``\p{Lu}`` [A-Z]); ``re`` before
# Python 3.11 has no possessive quantifier, so the counter that ITEM takes
# for good once it matches is written as "a counter, or no counter where one
# stands", which fails where ITEM fails after taking it ("2. 1.5").
ASCII_ITEM = lazy_re(
    r"(?P<bullet>[*\-][\t-\r ]*)?"
    r"(?:(?P<counter>[0-9]{1,3})\.[\t-\r ]*(?=\([0-9]|[0-9]{1,3}\.)"
    r"|(?![0-9]{1,3}\.[\t-\r ]*(?:\([0-9]|[0-9]{1,3}\.)))"
    r"(?P<marker>"
    r"\((?P<paren>[0-9]{1,3})\)"
    r"|(?P<dot>[0-9]{1,3})\.(?![0-9])"
    r"|(?P<rparen>[0-9]{1,3})\)"
    r"|\((?P<alpha_paren>[ivx]{2,4}|[a-z])\)"
    r"|(?P<alpha_dot>[a-z])\.(?=[\t-\r ])"
    r"|(?P<alpha_rparen>[a-z])\)(?=[\t-\r ])"
    r"|(?P<roman_dot>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?=[\t-\r ][A-Z\"'(])"
    r"|(?P<bare>[0-9]{1,2})(?=[\t-\r ][A-Z\"'(]|$)"
    r")[\t-\r ]*"
)

# An unnumbered bullet: "• leaders shaking hands", "- At the beginning, ...", "-".
# A dot needs no space after it ("・Memorandum on ..."); a dash or an
# asterisk does, as "-based" and "*1" are no bullets.
BULLET = lazy(r"(?P<bullet>[•・·]|[\-–*](?=\s|$))\s*+")

_BULLETS = frozenset("•・·-–*")
_BULLET_TEXTS = {bullet: bullet for bullet in _BULLETS}

# The letters of roman numerals as lists number with them, in lower case:
# "iv", "XII" ("c" and "l" are letters of lists).
ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def roman_value(numeral: str) -> int:
    """The value of a roman numeral of :data:`ROMAN_DIGITS`, in either case.

    >>> roman_value("iv"), roman_value("XII"), roman_value("ix")
    (4, 12, 9)
    """
    values = [ROMAN_DIGITS[char] for char in numeral.lower()]
    total = 0
    for index, value in enumerate(values):
        following = values[index + 1] if index + 1 < len(values) else 0
        total += -value if value < following else value
    return total


# Characters a line can start with to be anything but TEXT or a photo/date;
# lets the common prose line skip most patterns.
_ITEM_STARTS = frozenset("0123456789(•・·-–*abcdefghijklmnopqrstuvwxyzIVX（０１２３４５６７８９")
_ROMAN_STARTS = frozenset(map(str.upper, ROMAN_DIGITS))


def classify(line: Line, texts: dict[str, str] | None = None) -> Classified:
    """Say what *line* looks like.

    >>> from readout_parser.page.text import split_lines
    >>> [classify(l).kind.name for l in split_lines("1. Opening\\nMay 9, 2018\\n\\n(END)")]
    ['ITEM', 'DATE', 'BLANK', 'BOILERPLATE']

    *texts* holds one copy of each marker text ("1.") for the lines of a
    page (see :func:`_marker`).
    """
    return _classified(
        Classified(
            TEXT_LINE, line.index, line.start, line.end, line.text, line.indent, line.offsets
        ),
        {} if texts is None else texts,
    )


def classify_lines(source: str) -> list[Classified]:
    """Every line of *source*, classified: ``[classify(l) for l in iter_lines(source)]``.

    A line as written is classified without a :class:`Line` made first.

    >>> [item.kind.name for item in classify_lines("1. Opening\\n\\n  (END)")]
    ['ITEM', 'BLANK', 'BOILERPLATE']
    """
    found: list[Classified] = []
    append = found.append
    # What each short line as written was read as, by its text: a page of many
    # lines alike ("1.", "•") reads each once, and its lines share one copy of
    # the text and the marker. Both live for the parse only; what is seen is
    # bounded (MAX_SEEN), and the marker texts are as many as the page has.
    seen: dict[str, Classified] = {}
    texts: dict[str, str] = {}
    for index, start, raw in raw_lines(source):
        known = seen.get(raw)
        if known is not None:
            append(known.moved(index, start))
            continue
        text = plain(raw)
        if text is None:
            append(_indented(raw, index, start, texts))
            continue
        item = _classified(Classified(TEXT_LINE, index, start, start + len(text), text), texts)
        if len(raw) <= MAX_SEEN_LINE and len(seen) < MAX_SEEN:
            seen[raw] = item
        append(item)
    return found


# The longest line, and the most lines, whose reading a parse keeps for the
# lines alike below it: "- 1 Topic", "(Photo)", "Back to Index".
MAX_SEEN_LINE = 16
MAX_SEEN = 256

# The length up to which an indented line's text is one copy for the page.
_SHARED_TEXT = 3


def _indented(raw: str, index: int, start: int, texts: dict[str, str]) -> Classified:
    """The line *raw*, not as written, classified.

    Most such lines are only indented, or trail spaces ("  1. At the outset,
    ..."): the line as written between its spaces, classified without the
    words split and joined again (:func:`~.text.make_line`) or a
    :class:`Line` made first.
    """
    lead = len(raw) - len(raw.lstrip(" "))
    text = plain(raw[lead:].rstrip(" "))
    if not text:
        # Other white space, invisible characters, or no text at all.
        return classify(make_line(raw, index, start), texts)
    if len(text) <= _SHARED_TEXT:
        # "  •", "  1.": a page of many such lines holds one copy of each.
        text = texts.setdefault(text, text)
    return _classified(
        Classified(TEXT_LINE, index, start + lead, start + lead + len(text), text, lead), texts
    )


def _classified(item: Classified, texts: dict[str, str]) -> Classified:
    """*item*, a line read as TEXT so far, read as what it looks like."""
    text = item.text
    if not text:
        item.kind = BLANK_LINE
        return item
    first = text[0]
    # Dates first: "22 September, 2009" would otherwise read as item 22.
    if _may_be_date(text):
        is_date, date = calendar.match_date_line(text)
        if is_date:
            dated = item.read_as(_DateLine, DATE_LINE)
            dated.date = date
            return dated
    # A single character is an item only as a bare number ("2"); a lone
    # bullet or letter skips the pattern.
    if (
        first in _ITEM_STARTS
        and (len(text) > 1 or first.isdigit())
        # "In ...", "Viet Nam ...": a capital opens an item only as a roman
        # number, which a stop closes ("XII.").
        and (first not in _ROMAN_STARTS or "." in text[1:5])
    ):
        match = (ASCII_ITEM() if text.isascii() else ITEM()).match(text)
        if match is not None:
            marker = _marker(match, texts)
            if marker.bulleted and marker.style is Style.BARE and marker.body == len(text):
                # "• 1": a thumbnail of a photo gallery, its alt text a number.
                return _photo_line(item, PHOTO_LINE, (caption_piece(item, marker.start),))
            if text.startswith(_WEB_ADDRESSES, marker.body):
                # "4. https://www.mofa.go.jp/...": a text browser's list of the
                # page's links, the site's and no item of the readout.
                return _furniture_line(item, BOILERPLATE_LINE, BoilerplateKind.SITE)
            return _item_line(item, ITEM_LINE, marker)
    return _not_an_item(item, first)


# What a "Back to ..." line may open with: the link, a text browser's number,
# or the mark of a list item or an arrow ("• Back to ...", "« Back to ...").
_BACK_LINK_STARTS = "Bb[•・-–—«‹<>▶►*"

# How a web address opens.
_WEB_ADDRESSES = ("http://", "https://", "www.")


def _not_an_item(item: Classified, first: str) -> Classified:
    """*item*, a line that is neither blank, a date nor a numbered item, read."""
    text = item.text
    furniture = whole_line_kind(text)
    if furniture is not None:
        return _furniture_line(item, BOILERPLATE_LINE, furniture)
    if first in _BACK_LINK_STARTS and back_link_target(text) is not None:
        return _furniture_line(item, BACK_LINK_LINE, BoilerplateKind.BACK_LINK)
    photos = read_photo_line(item) if may_be_photo(text) else None
    if photos is not None:
        return _photo_line(item, PHOTO_LINE, photos)
    bullet = BULLET().match(text) if first in _BULLETS else None
    if bullet is not None and text[bullet.end() :] in words.SHARE_BUTTONS:
        # "• Tweet", "• Share": the site's buttons, as a list of links renders them.
        return _furniture_line(item, BOILERPLATE_LINE, BoilerplateKind.SITE)
    if bullet is not None:
        # The bullet is the line's first character, told from it when asked
        # (see Classified.bullet): a line holds where its text begins only.
        bulleted = item.read_as(_BulletLine, BULLET_LINE)
        bulleted.body = bullet.end()
        return bulleted
    return item


def _may_be_date(text: str) -> bool:
    # Date lines are short, end as a date does and hold a four-digit year;
    # this skips the regex for nearly every line of prose, for the short
    # lines of a list ("1.", "(2)"), which are shorter than the shortest date
    # line, and for headlines, which end in a word.
    return (
        SHORTEST_DATE_LINE <= len(text) <= LONGEST_DATE_LINE
        and text[-1] in _DATE_LINE_ENDS
        and YEAR_DIGITS().search(text) is not None
    )


# The characters the date pattern can end a line with: the last digit of the
# year or the day, the bracket of a weekday or of the whole line, or white
# space before it: "March 16, 2017", "2024/5/4", "July 4, 2016 (Monday)".
_DATE_LINE_ENDS = frozenset("0123456789) \t\n\r\x0b\x0c")


# The shortest line the date pattern takes: "2024/5/4".
SHORTEST_DATE_LINE = 8

# The longest date line with room to spare: "(Wednesday, September 24th, 2013
# (Wednesday))" is 45 characters.
LONGEST_DATE_LINE = 48

# Four ASCII digits, as every date line holds its year ("2017" of "March
# 16, 2017"; the date pattern reads digits as ASCII only).
YEAR_DIGITS = lazy_re(r"[0-9]{4}")


# The groups of ITEM that :func:`_marker` reads, by number: a group looked up
# by name costs several times as much in ``regex``, and every item line is read.
_BULLET_GROUP, _COUNTER_GROUP, _MARKER_GROUP = 1, 2, 3


def _marker(match: regex.Match[str] | re.Match[str], texts: dict[str, str]) -> Marker:
    # One call for the spans of all groups, rather than one per group.
    spans = match.regs
    start, end = spans[_MARKER_GROUP]
    # Markers are short and few ("1.", "(2)"): a page of many items holds one
    # copy of each, as its sections do.
    text = match.string[start:end]
    text = texts.setdefault(text, text)
    # The marker's own shape says its style: "(1)", "(a)", "1.", "a.", "1)", "a)", "1".
    value = text.strip("().（）．")
    # Decimal as Python counts it: int() reads every such digit.
    digits = value.isdecimal()
    if text[0] in "(（":
        style = Style.PAREN if digits else Style.ALPHA_PAREN
    elif text[-1] in ")）":
        style = Style.RPAREN if digits else Style.ALPHA_RPAREN
    elif text[-1] in ".．":
        # ITEM reads a capital before a stop only as a roman number: "II.".
        style = Style.DOT if digits else Style.ROMAN_DOT if value.isupper() else Style.ALPHA_DOT
    else:
        style = Style.BARE
    number = int(value) if digits else roman_value(value) if style is Style.ROMAN_DOT else None
    bulleted = spans[_BULLET_GROUP][0] >= 0
    counter = None
    value_start, value_end = spans[_COUNTER_GROUP]
    # A counter in digits Python's tables do not know yet ("𐵁.") is no number.
    if value_start >= 0 and match.string[value_start:value_end].isdecimal():
        # The counter's text takes in its dot; the item it may number holds no text.
        counter = Marker(
            Style.DOT,
            int(match.string[value_start:value_end]),
            match.string[value_start : value_end + 1],
            value_start,
            value_end + 1,
            start,
            bulleted,
        )
    # Made as the tuple it is: the named tuple's own constructor costs twice as much.
    return _new_marker(Marker, (style, number, text, start, end, match.end(), bulleted, counter))


_new_marker = tuple.__new__
