"""The context rules: what a line is, given its neighbours.

:mod:`.lines` says what each line looks like on its own; the rules below,
run in the order :data:`RULES` lists them, change what a line is where its
neighbours say otherwise, and find where the header ends and the body
begins. Once the table has run, each line's kind is final: the header reader
and the tree builder only read it.

A new rule is a small function ``rule(page: Lines) -> None`` with a
docstring example of the lines it changes, added to :data:`RULES` at the
place in the order where what it needs is settled.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from readout_parser import diagnostics
from readout_parser import vocabulary as words
from readout_parser._patterns import lazy
from readout_parser.diagnostics import Problem
from readout_parser.model import BoilerplateKind, Span
from readout_parser.page.furniture import strip_inline, whole_line_kind
from readout_parser.page.header import (
    MEETING_WORD,
    SITE_NAME,
    TRAIL_SEPARATOR,
    has_trail_mark,
    names_section,
)
from readout_parser.page.lines import (
    BACK_LINK_LINE,
    BLANK_LINE,
    BOILERPLATE_LINE,
    BULLET_LINE,
    DATE_LINE,
    ITEM_LINE,
    PART_STYLE,
    PHOTO_LINE,
    TEXT_LINE,
    Classified,
    Kind,
    Marker,
    Style,
)
from readout_parser.page.marks import PAIR
from readout_parser.page.photos import (
    CAPTION_OPENS,
    caption_piece,
    caption_pieces,
    continues_caption,
)
from readout_parser.page.tree import (
    LEAD_OPENING,
    MAX_HEADING_WORDS,
    ends_sentence,
    goes_on,
    has_sentence_end,
    introduces,
    is_heading,
    next_word_overflows,
    opens_lead,
    reads_as_sentence,
    says_something,
    title_case,
)

# Prose is what a header never holds: a sentence of a few words or more, or a
# line too long to be a headline or a caption (the longest captions in the
# corpus run to ~35 words).
MIN_SENTENCE_WORDS = 3
MIN_PROSE_WORDS = 50

# A page whose last line is text of this many words, with no prose before
# it, was cut inside its lead.
MIN_CUT_LEAD_WORDS = 5

# A table of contents lists at least this many sections.
MIN_CONTENTS_ITEMS = 2

# Unnumbered topic lines are short ("Global security challenges"), and a page
# headed by them has at least this many when they are followed by prose.
MAX_TOPIC_WORDS = 12
MIN_TOPIC_LINES = 2


# A menu entry is a short label: "• Home", "• Foreign Policy", "• Countries & Regions".
MAX_MENU_WORDS = 5

# A link of the site's, above a page's breadcrumb, is a label of a few words:
# "• Speeches and Statements by the Prime Minister".
MAX_LINK_WORDS = 12

# Between the entries of a menu on one line: "• Home • Foreign Policy | Press".
MENU_SEPARATOR = lazy(r"\s*+[•・·|]\s*+")


# Another readout's header is a breadcrumb and a headline above its date.
MAX_HEADER_LINES_ABOVE_DATE = 2

# A readout's date line is followed by its captions and lead within a few lines.
MAX_LINES_TO_CONTENT = 8

# A body hard-wrapped at a fixed width (the site's wrapped pages break at
# 70-90 characters) has at least this many lines of such a width that break
# off mid-sentence.
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
MIN_WRAPPED_LINES = 6


class Lines:
    """The classified lines of a page, where its body starts and where it ends.

    ``end`` is where the readout ends: the length of the page, or where a
    second readout starts. ``width`` is the width the body is hard-wrapped
    at, if it is. ``problems`` are what the rules found and could not settle.
    """

    __slots__ = (
        "body",
        "bulleted",
        "counted",
        "end",
        "kinds",
        "lines",
        "problems",
        "roman",
        "values",
        "width",
    )

    def __init__(self, lines: list[Classified]) -> None:
        self.lines = lines
        # Until the body_start rule has run, the page is all header.
        self.body = len(lines)
        self.end = len(lines)
        self.width: int | None = None
        self.problems: list[Problem] = []
        # The value of each line's kind as it is now, one byte a line, kept
        # by :meth:`put`: the rules find lines of a kind in C (bytes.find),
        # and a page of many short lines holds a byte more for each, not a
        # reference.
        self.values = bytearray(map(_KIND_VALUE, lines))
        # The values of the kinds of line the page was classified with (not
        # kept up to date: asked only of kinds no rule makes), and whether an
        # item carries a bullet or a counter. The rules give an item a bullet
        # or a counter never: a rule that needs one is done at once where the
        # page had none (most pages), without a scan of its own.
        self.kinds = frozenset(self.values)
        # Two sweeps in C rather than a list of the markers: a page of many
        # items does not hold one more reference to each.
        self.bulleted = any(map(_BULLETED, filter(None, map(_MARKER, lines))))
        self.counted = any(map(_COUNTER, filter(None, map(_MARKER, lines))))
        self.roman = Style.ROMAN_DOT in map(_STYLE, filter(None, map(_MARKER, lines)))

    def written(self) -> bytes:
        """One byte a line of the readout (up to ``end``): 1 where it is not blank, else 0."""
        return bytes(self.values[: self.end]).translate(_WRITTEN)

    def put(self, index: int, item: Classified) -> None:
        """Make *item* the line at *index*: every change of a line goes through here."""
        self.lines[index] = item
        self.values[index] = item.kind._value_


Rule = Callable[[Lines], None]

_T = TypeVar("_T")


def settle(lines: list[Classified]) -> Lines:
    """Run every rule of :data:`RULES`, in order, over a page's classified lines."""
    page = Lines(lines)
    for rule in RULES:
        rule(page)
    return page


def navigation(page: Lines) -> None:
    """Read the site's menu above the page's first line as site furniture.

    "• Home" / "• Foreign Policy" / "Japan-China Relations" / "May 9, 2018":
    the page's own header starts with its breadcrumb, never with a bullet
    (photo bullets stand below the headline), so short bulleted lines before
    the first line of text are the site's menu, unless they name a meeting
    as a caption does ("• Japan-Chile Summit Meeting"). Above a breadcrumb
    every bulleted link is the site's, up to :data:`MAX_LINK_WORDS` words and
    ending in no stop ("• Speeches and Statements by the Prime Minister" /
    "Japan-China Relations"): nothing of the page's own stands above its
    breadcrumb. The site's name on the page's first line, as a copy of the
    whole page gives its logo above the site's menu or the breadcrumb
    ("Ministry of Foreign Affairs of Japan" / "• Home"), is the site's too,
    and so is the page's title as a reader view gives it above the site's
    address ("Japan-Viet Nam Foreign Ministers' Meeting | Ministry of Foreign
    Affairs of Japan" / "www.mofa.go.jp").
    """
    lines = page.lines
    for index in range(_skip_link(lines)):
        # Above the site's skip link, its top bar: "• 日本語" / "• English",
        # "Site Map | Contact Us", a search box, "Text Size S M L".
        if lines[index].kind in (TEXT_LINE, BULLET_LINE):
            page.put(index, _site(lines[index]))
    logo = _logo(lines)
    if logo is not None:
        page.put(logo, _site(lines[logo]))
    _links_box_above_date(page)
    _box_below_breadcrumb(page)
    _above_breadcrumb(page)
    above_breadcrumb = _breadcrumb_below_bullets(lines)
    for index, item in enumerate(lines):
        kind = item.kind
        if kind in (BLANK_LINE, BOILERPLATE_LINE):
            continue
        if kind is not BULLET_LINE or not (above_breadcrumb or _menu_entry(item.text[item.body :])):
            return
        page.put(index, _site(item))


def _above_breadcrumb(page: Lines) -> None:
    """Read the links above a breadcrumb the date line follows as site furniture.

    "Skip to main content" / "• Japanese" / "• English" / "Ministry of
    Foreign Affairs of Japan" / "Search" / "• Home" / "Home > Countries &
    Regions > Japan-U.S. Relations" / headline / date: nothing of the page's
    own stands above its breadcrumb, so its labels (short, ending in no stop,
    naming no meeting, as a reader view's title does) are the site's, in
    whatever order the site lays them out.
    """
    lines = page.lines
    crumb = _breadcrumb_above_date(lines)
    if crumb is None or not any(map(_furniture_like, lines[:crumb])):
        # With no furniture above it, a line above the breadcrumb may be the
        # page's own headline, as a reader view prints it.
        return
    for index in range(crumb):
        item = lines[index]
        if item.kind in (TEXT_LINE, BULLET_LINE) and _link_label(item.text[item.body :]):
            page.put(index, _site(item))


def _links_box_above_date(page: Lines) -> None:
    """Read the bulleted links of a "Related Links" box above the date line as the site's.

    "Related Links" / "• Japan-U.S. Security Arrangements" / "• Prime
    Minister's Visit to the U.S." / headline: a sidebar a copy of the whole
    page put above the article. Only bullets right below it, with no blank
    line between: the line after them may be the headline, and bullets after
    a blank line the page's photos.
    """
    date = page.values.find(_DATE_VALUE, 0, MAX_HEADER_LINES)
    if date < 0 or page.values.find(_BOILERPLATE_VALUE, 0, date) < 0:
        # No date line, or no furniture (the box's heading) above it: most pages.
        return
    lines = page.lines
    in_box = links = False
    for index in range(date):
        item = lines[index]
        kind = item.kind
        if kind is BOILERPLATE_LINE:
            in_box, links = item.text.lower().startswith("related link"), False
        elif in_box and kind is BULLET_LINE and _link_label(item.text[item.body :], meeting=True):
            page.put(index, _site(item))
            links = True
        elif not (kind is BLANK_LINE and in_box and not links):
            # A blank line after the links, or any other line, ends the box:
            # captions may follow it. (A blank line under its heading does not.)
            in_box = False


def _box_below_breadcrumb(page: Lines) -> None:
    """Read a box of links below the breadcrumb, above the headline, as the site's.

    "Home > ... > Japan-France Relations" / "Latest News" / "• Japan-India
    Summit Meeting" / "• Press Conference by the Foreign Press Secretary" /
    "Japan-France Foreign Ministers’ Meeting" / "March 16, 2017": a sidebar
    a copy of the whole page put between the breadcrumb and the article.
    Photo bullets stand below the headline, so bullets right below a box's
    heading (see :func:`_box_heading`), with a line naming a meeting after
    them above the date, are a box of links and its heading, not captions.
    Without a heading, the bullets are the box where the line after them,
    the last above the date, names a meeting that none of them repeats (a
    photo's caption repeats the headline: "• Japan-ROK Summit Meeting 1").
    """
    values = page.values
    date = values.find(_DATE_VALUE, 0, MAX_HEADER_LINES)
    if date < 0 or values.find(_BULLET_VALUE, 0, date) < 0:
        # No bullet above the date, no box: most pages.
        return
    lines = page.lines
    crumb, trail = _crumb_above(lines, values, date)
    if crumb is None:
        return
    heading = _index(values, _TEXT_VALUE, crumb + 1)
    first = heading + 1
    if lines[crumb + 1].kind is BULLET_LINE:
        if not trail:
            # Bullets under the first line of a page with no breadcrumb are
            # the headline's photos: a box with no heading needs a breadcrumb.
            return
        heading = first = crumb + 1
    last = first
    while (
        last < date
        and lines[last].kind is BULLET_LINE
        and _link_label(lines[last].text[lines[last].body :], meeting=True)
    ):
        last += 1
    after = _index(values, _TEXT_VALUE, last)
    if (
        last == first
        or after >= date
        or MEETING_WORD().search(lines[after].text) is None
        or not (
            _box_heading(lines[heading].text)
            if heading < first
            else _headline_after_links(lines, values, first, last, after, date)
        )
    ):
        return
    for index in range(heading, last):
        page.put(index, _site(lines[index]))


def _crumb_above(
    lines: Sequence[Classified], values: bytearray, date: int
) -> tuple[int | None, bool]:
    """The breadcrumb above the *date* line, and whether it is one by its form.

    A trail or a line naming a section is; else the first line of text
    stands for a breadcrumb naming a country alone ("Republic of Korea"),
    where it names no meeting (a headline, on a copy with no breadcrumb).
    """
    crumb = next(
        (
            at
            for at in range(date)
            if lines[at].kind is TEXT_LINE
            and (names_section(lines[at].text) or has_trail_mark(lines[at].text))
        ),
        None,
    )
    if crumb is not None:
        return (crumb if crumb < date - 1 else None), True
    crumb = values.find(_TEXT_VALUE, 0, date)
    if crumb < 0 or crumb >= date - 1 or MEETING_WORD().search(lines[crumb].text) is not None:
        return None, False
    return crumb, False


def _headline_after_links(
    lines: Sequence[Classified], values: bytearray, first: int, last: int, after: int, date: int
) -> bool:
    """Whether ``lines[after]`` is the headline below a box of links ``lines[first:last]``.

    It is the last line of text above the date, no bullet repeats it as a
    photo's caption does, and each bullet names a meeting or a section, as
    links to other pages do ("• Japan-ROK Summit Telephone Talk"; not "•
    Foreign Minister Kishida shaking hands with ...").
    """
    if _index(values, _TEXT_VALUE, after + 1) < date:
        return False
    headline = _letters(lines[after].text)
    entries = [lines[at].text[lines[at].body :] for at in range(first, last)]
    return all(
        not _letters(entry).startswith(headline)
        and (MEETING_WORD().search(entry) is not None or names_section(entry))
        for entry in entries
    )


def _box_heading(text: str) -> bool:
    """Whether *text* heads a box of the site's links: "Latest News", "Topics", "Related Pages".

    A short label with a word of :data:`~readout_parser.vocabulary.BOX_WORDS`;
    a headline naming no meeting ("Prime Minister Kishida in Beijing") is none.
    """
    return _link_label(text) and not words.BOX_WORDS.isdisjoint(text.lower().split())


def _furniture_like(item: Classified) -> bool:
    """Whether *item* is furniture, a bullet or a bar of links: "Site Map | Contact Us"."""
    kind = item.kind
    return (
        kind is BOILERPLATE_LINE
        or kind is BULLET_LINE
        or (kind is TEXT_LINE and "|" in item.text and len(MENU_SEPARATOR().split(item.text)) > 2)
    )


def _breadcrumb_above_date(lines: Sequence[Classified]) -> int | None:
    """Where the page's breadcrumb stands, if the date line follows it closely.

    The first line naming a section of the site ("... Relations", a trail
    ending in one) among the text, bullets and furniture within
    MAX_LINES_TO_DATE lines above the date line (a line naming the section
    again may follow it; the site's menu above may name its sections too:
    "Countries & Regions"), or the first trail among them, below a menu
    naming sections that close.
    """
    named: list[int] = []
    for index, item in enumerate(lines[:MAX_HEADER_LINES]):
        kind = item.kind
        if kind is DATE_LINE:
            near = [at for at in named if index - at <= MAX_LINES_TO_DATE]
            # A trail is the breadcrumb, below a menu whose lines name
            # sections too ("Home" / "Press Releases" / "Home > ... >
            # Japan-Peru Relations"); else the first line naming one is.
            return next((at for at in near if _is_trail(lines[at].text)), near[0] if near else None)
        if kind is TEXT_LINE and names_section(item.text):
            named.append(index)
        elif kind not in (BLANK_LINE, TEXT_LINE, BULLET_LINE, BOILERPLATE_LINE):
            return None
    return None


def _is_trail(text: str) -> bool:
    """Whether *text* is a breadcrumb trail: "Home > Countries & Regions > Japan-Peru Relations"."""
    return has_trail_mark(text) and TRAIL_SEPARATOR().search(text) is not None


# The site's furniture, menus and breadcrumb stand within this many lines of
# the top; a breadcrumb within this many above the date line (a headline of a
# few lines, a qualifier, blank lines between).
MAX_HEADER_LINES = 60
MAX_LINES_TO_DATE = 8


def _link_label(entry: str, *, meeting: bool = False) -> bool:
    """Whether *entry* reads as a link's label: a few words, no sentence, no meeting
    named (unless *meeting* allows one, as a box of links does)."""
    return (
        bool(entry)
        and _words(entry) <= MAX_LINK_WORDS
        # A stop ends a label only in an abbreviation: "... Visit to the U.S.".
        and not (entry.endswith(".") and entry.rsplit(" ", 1)[-1].count(".") < 2)
        and (meeting or MEETING_WORD().search(entry) is None)
    )


def _logo(lines: Sequence[Classified]) -> int | None:
    """The first line, if it is the site's name above a menu, furniture or a breadcrumb (trail).

    Furniture above it ("Skip to main content") does not count: the page's
    first line of its own is the first that is no furniture.
    """
    first = _first_own(lines)
    below = next(
        (at for at in range(first + 1, len(lines)) if lines[at].kind is not BLANK_LINE), None
    )
    if below is None or lines[first].kind is not TEXT_LINE:
        return None
    top, under = lines[first], lines[below]
    if not _names_site(top.text, lines, below):
        return None
    if under.kind in (BULLET_LINE, BOILERPLATE_LINE) or (
        under.kind is TEXT_LINE
        and (
            names_section(under.text)
            or TRAIL_SEPARATOR().search(under.text) is not None
            or _bar_of_links(under.text)
        )
    ):
        # Above a menu, furniture, a bar of links ("Site Map | Contact Us"), a
        # breadcrumb or a breadcrumb's trail ("Home > Foreign Policy > ...",
        # however it is wrapped).
        return first
    return None


def _bar_of_links(text: str) -> bool:
    """Whether *text* is labels of links between bars: "Site Map | Contact Us"."""
    if "|" not in text:
        return False
    parts = MENU_SEPARATOR().split(text)
    return len(parts) > 1 and all(_link_label(part.strip()) for part in parts)


def _names_site(text: str, lines: Sequence[Classified], below: int) -> bool:
    """Whether *text* is the site's name, or a page's title in the browser ending on it.

    A reader view opens with the page's title as its tab shows it,
    "Japan-Viet Nam Foreign Ministers' Meeting | Ministry of Foreign Affairs
    of Japan", the site's only where the page's own headline follows it
    (from *below*, within :data:`MAX_LINES_TO_HEADLINE` lines); else it is
    the page's only headline.
    """
    title, bar, name = text.rpartition("|")
    if SITE_NAME().fullmatch(name.strip()) is None:
        return False
    if not bar:
        return True
    title = _letters(title)
    return any(
        _letters(item.text) == title for item in lines[below : below + MAX_LINES_TO_HEADLINE]
    )


def _letters(text: str) -> str:
    """The letters and digits of *text*, lower case: "Ministers' Meeting" is "ministersmeeting"."""
    return "".join(char for char in text.lower() if char.isalnum())


# A reader view's own headline stands this many lines at most below its title.
MAX_LINES_TO_HEADLINE = 8


def _skip_link(lines: Sequence[Classified]) -> int:
    """Where the site's skip link ("Skip to main content") stands near the top, or 0.

    Only a link among the first MAX_TOP_BAR_LINES lines, with no line of the
    page's own kinds (a date, an item, a photo) above it, counts.
    """
    for index, item in enumerate(lines[:MAX_TOP_BAR_LINES]):
        kind = item.kind
        if kind is BOILERPLATE_LINE and item.text[:4].lower() == "skip":
            return index
        if kind not in (BLANK_LINE, TEXT_LINE, BULLET_LINE, BOILERPLATE_LINE):
            return 0
    return 0


# The site's top bar above its skip link is this many lines at most: a
# language switch, links to the site map and contacts, a search box.
MAX_TOP_BAR_LINES = 12


def _first_own(lines: Sequence[Classified]) -> int:
    """Where the first line that is neither blank nor furniture stands."""
    return next(
        (at for at, item in enumerate(lines) if item.kind not in (BLANK_LINE, BOILERPLATE_LINE)),
        len(lines),
    )


def _menu_entry(entry: str) -> bool:
    """Whether a bulleted line's *entry* reads as the site's menu: short labels, no meeting."""
    # No part of an entry of a few words has more: only a long one is split.
    if _words(entry) > MAX_MENU_WORDS and any(
        _words(part) > MAX_MENU_WORDS for part in MENU_SEPARATOR().split(entry)
    ):
        return False
    return not entry or MEETING_WORD().search(entry) is None


def _breadcrumb_below_bullets(lines: Sequence[Classified]) -> bool:
    """Whether the page opens with bulleted links and then a breadcrumb ("... Relations").

    A link is a label, never a sentence: a bulleted line of prose above the
    breadcrumb is no part of the site's menu.
    """
    bullets = False
    for item in lines:
        kind = item.kind
        if kind is BULLET_LINE:
            entry = item.text[item.body :]
            if _words(entry) > MAX_LINK_WORDS or entry.endswith("."):
                return False
            bullets = True
        elif kind is not BLANK_LINE and kind is not BOILERPLATE_LINE:
            return bullets and kind is TEXT_LINE and names_section(item.text)
    return False


def _site(item: Classified) -> Classified:
    return item.becomes(BOILERPLATE_LINE, boilerplate=_SITE)


# The site's furniture, by a name of its own (see lines.BLANK_LINE).
_SITE = BoilerplateKind.SITE


def captions_above_credits(page: Lines) -> None:
    """Read a short line directly above a photo credit as that photo's caption.

    "- Photograph of the leaders shaking hands" / "(Photo: Cabinet Public
    Relations Office)": a credit applies to the caption above it, so the line
    above is alt text (PHOTO, not BULLET) wherever it stands below the
    page's headline. So is a line between two photos that opens as a
    caption does: "(Photo) ..." / "Photo session before the meeting" /
    "(Photo) ..."; a topic line there ("Regional Affairs") stays what it is.
    """
    values = page.values
    if _PHOTO_VALUE not in values:
        # A caption is made only above a photo line: most pages have none.
        return
    lines = page.lines
    # Above the first date or photo line stand breadcrumb and headline, which
    # a credit below them does not make captions.
    zone = min(_index(values, _DATE_VALUE, 0), values.index(_PHOTO_VALUE))
    below: Classified | None = None
    # No line below the last photo line has one below it: the walk starts there.
    for index in range(values.rindex(_PHOTO_VALUE), zone, -1):
        item = lines[index]
        if item.kind is BLANK_LINE:
            continue
        if (
            below is not None
            and item.kind in (TEXT_LINE, BULLET_LINE)
            and below.kind is PHOTO_LINE
            and (
                not below.photos[0].caption
                or _wrapped_caption(item, below)
                or (_kind_above(lines, index, zone) is PHOTO_LINE and _names_photo(item))
            )
            and not is_prose(item.text)
            and not ends_sentence(item.text)
        ):
            pieces = caption_pieces(item.line, item.body)
            page.put(index, item.becomes(PHOTO_LINE, photos=pieces))
        below = lines[index]


def _names_photo(item: Classified) -> bool:
    """Whether a line opens as a caption does: "Photo session ...", "Meeting between ..."."""
    return CAPTION_OPENS().match(item.text, item.body) is not None


def _kind_above(lines: Sequence[Classified], index: int, zone: int) -> Kind | None:
    """What the first line above *index* that is not blank is, below *zone*."""
    for above in range(index - 1, zone - 1, -1):
        if lines[above].kind is not BLANK_LINE:
            return lines[above].kind
    return None


def _wrapped_caption(item: Classified, below: Classified) -> bool:
    """Whether *item* is alt text wrapped onto the caption line *below* it.

    "Two leaders shaking" / "hands before the meeting" / "(Photo: ...)": the
    line below was made a caption by its credit, and goes on with this one.
    """
    piece = below.photos[0]
    above = caption_piece(item.line, item.body)
    return len(below.photos) == 1 and continues_caption(above, piece)


def headline_captions(page: Lines) -> None:
    """Read a body line that repeats the headline as a photo's alt text.

    "Japan-France Foreign Ministers’ Meeting" / "March 16, 2017" / "On March
    16, ..." / "Japan-France Foreign Ministers’ Meeting 1" / "1. Bilateral
    relations": a photo placed in the body leaves its alt text there, the
    headline with the photo's number, wherever in the body it stands, or
    without one where no running text follows it (above prose, the
    headline alone may head a topic: "Japan-Australia Summit Meeting" /
    "Prime Minister Kishida stated ..." / "Working Dinner").
    """
    values = page.values
    dated = values.find(_DATE_VALUE, 0, page.body)
    above = values.rfind(_TEXT_VALUE, 0, dated) if dated >= 0 else -1
    if above < 0 or len(page.lines[above].text.split()) < MIN_HEADLINE_WORDS:
        # No headline above a date line, or one too short to tell from a topic.
        return
    lines = page.lines
    headline = _letters(lines[above].text)
    written = values.translate(_WRITTEN)
    for index in range(page.body, page.end):
        item = lines[index]
        if not (item.kind is TEXT_LINE or item.kind is BULLET_LINE):
            continue
        repeat = _repeats(headline, item.text[item.body :])
        if repeat is None:
            continue
        after = _next_line(lines, written, index, page.end)
        if repeat or after is None or after.kind is not TEXT_LINE:
            page.put(index, item.becomes(PHOTO_LINE, photos=caption_pieces(item.line, item.body)))


def _repeats(headline: str, text: str) -> bool | None:
    """Whether *text* is the *headline* (its letters) with a photo's number after it.

    True with a number, False without one, None where it is no repeat.

    >>> _repeats("japanfranceforeignministersmeeting", "Japan-France Foreign Ministers' Meeting-2")
    True
    """
    if not len(headline) <= len(text) <= 2 * len(headline):
        # Shorter than the headline's letters, or far longer: checked before
        # the letters are taken.
        return None
    letters = _letters(text)
    number = letters[len(headline) :]
    if not letters.startswith(headline) or (number and not _photo_number(number)):
        return None
    return bool(number)


def _photo_number(text: str) -> bool:
    """Whether *text* is a photo's number: one or two digits."""
    return len(text) <= 2 and text.isdigit()


# A headline names a meeting in a few words at least: "Japan-France Summit Meeting".
MIN_HEADLINE_WORDS = 3


def body_start(page: Lines) -> None:
    """Find the first line of the body: a numbered item or a line of prose.

    "Japan-China Relations" / "May 9, 2018" / "The two leaders met. ...": the
    body starts at the third line; the lines above it are the header.
    """
    lines = page.lines
    kinds = page.values
    if _BODY_VALUES.isdisjoint(kinds):
        # Only these start a body, or end the header cut in its lead: a page
        # of furniture, dates and photos is all header.
        page.body = len(lines)
        return
    # A numbered item starts the body, and so does a "Back to ..." link below
    # the date or a photo (one above it links from the top of the page; the
    # header goes on below it), unless a line of prose stands above either.
    dated = min(_index(kinds, _DATE_VALUE, 0), _index(kinds, _PHOTO_VALUE, 0))
    limit = min(_index(kinds, _ITEM_VALUE, 0), _index(kinds, _BACK_LINK_VALUE, dated + 1))
    prose = _first_prose(lines, kinds, limit, dated, _index(kinds, _DATE_VALUE, 0))
    if prose is not None:
        page.body = _wrapped_start(lines, prose)
        return
    if limit < len(lines):
        page.body = limit
        return
    last_text = _last_text(kinds)
    if last_text > 0 and (
        _words(lines[last_text].text) >= MIN_CUT_LEAD_WORDS
        or LEAD_OPENING().match(lines[last_text].text) is not None
    ):
        # No prose at all, and the page ends on a line of text below the
        # header: a lead cut off before its first sentence ended
        # ("On March 16, commencing at 2:15 p.m. for"), not a photo caption.
        page.body = _wrapped_start(lines, last_text)
        return
    page.body = len(lines)


def _index(values: Sequence[_T], value: _T, start: int) -> int:
    """Where the first *value* of *values* from *start* on stands, or the length of *values*."""
    try:
        return values.index(value, start)
    except ValueError:
        return len(values)


def _first_prose(
    lines: list[Classified], kinds: bytearray, end: int, dated: int, date: int
) -> int | None:
    """The first line of text or bullet above *end* that is prose, if any.

    Prose and a lead's opening have three words at least
    (MIN_SENTENCE_WORDS, MIN_CUT_LEAD_WORDS): a line's second space is
    looked for from its first, not its spaces counted over the whole of a
    long line, and only a line that has it is asked in full. Above the
    page's date or first photo (*dated*), where the headline stands, a
    headline may close on a word whose stop is its own: see
    :func:`_headline_on_abbreviation`. Above the page's date line (*date*)
    a line that tells of a meeting but ends no sentence is the headline
    written as one: "Special Envoy ... Mr. Ichiro Aisawa paid a Courtesy
    Call on H.E. Mr. William Samoei Ruto, President of the Republic of Kenya".
    """
    # 1 for a line of text or a bullet, 0 for any other, in C.
    running = kinds.translate(_RUNNING_TEXT)
    index = running.find(1, 0, end)
    while index >= 0:
        text = lines[index].text
        if (
            text.find(" ", text.find(" ") + 1) > 0
            and (is_prose(text) or (not index < date < len(lines) and _opens_lead(text)))
            and not (index < dated and _headline_on_abbreviation(text))
        ):
            return index
        index = running.find(1, index + 1, end)
    return None


def _headline_on_abbreviation(text: str) -> bool:
    """Whether *text* is a headline closing on a word whose stop is its own.

    "Courtesy Call on Foreign Minister Kishida by Professor Joseph S. Nye,
    Jr.", "... by Mr. James Dimon, Chairman and CEO of JPMorgan Chase & Co.":
    a short line with no word in lower case but those that join a headline
    ("on", "by", "between", ...) ends on "Jr.", "Co." or "Ltd.", not on a
    sentence's stop.

    >>> _headline_on_abbreviation("Courtesy Call by Professor Joseph S. Nye, Jr.")
    True
    >>> _headline_on_abbreviation("On May 10, Foreign Minister Kishida met Joseph S. Nye, Jr.")
    False
    """
    last = text[text.rfind(" ") + 1 :]
    return (
        last.endswith(".")
        and last[:-1] in words.SHARED_STOP_WORDS
        and _words(text) <= MAX_HEADING_WORDS
        and not says_something(text, _HEADLINE_WORDS)
    )


# The words in lower case a headline holds: "Courtesy Call on ... by ...",
# "Meeting between ... and ...", "Telephone Talk with ...".
_HEADLINE_WORDS = words.OFFICE_JOINERS | {"by", "with", "between", "from", "during", "among"}


def _opens_lead(text: str) -> bool:
    """Whether *text* opens a lead, however it ends.

    "On May 9, Prime Minister Abe held a meeting with Prime Minister
    Turnbull. (Also present were ...)": a line ending in a bracket is no
    sentence's end, but no caption opens so; nor does a caption tell of a
    meeting held, as a lead wrapped after its verb does: "Mr. Katsuya Okada,
    Minister for Foreign Affairs, held a meeting with Mrs." / "Hillary ...".
    """
    return _words(text) >= MIN_CUT_LEAD_WORDS and opens_lead(text)


def _last_text(kinds: bytearray) -> int:
    """The last line that is not blank, if it is a line of text; else -1."""
    index = len(kinds) - 1
    while index >= 0 and kinds[index] == _BLANK_VALUE:
        index -= 1
    return index if index >= 0 and kinds[index] == _TEXT_VALUE else -1


# The values of the kinds body_start looks for, as its bytes hold them.
_BLANK_VALUE, _DATE_VALUE, _ITEM_VALUE, _PHOTO_VALUE, _BACK_LINK_VALUE, _TEXT_VALUE = (
    kind.value for kind in (BLANK_LINE, DATE_LINE, ITEM_LINE, PHOTO_LINE, BACK_LINK_LINE, TEXT_LINE)
)
_BOILERPLATE_VALUE, _BULLET_VALUE = BOILERPLATE_LINE.value, BULLET_LINE.value

# The kinds of line a body can start at, by value.
_BODY_VALUES = frozenset(kind.value for kind in (ITEM_LINE, BACK_LINK_LINE, TEXT_LINE, BULLET_LINE))

# The kinds of line that hold running text, by value.
_TEXT_VALUES = frozenset(kind.value for kind in (TEXT_LINE, BULLET_LINE))

# Tables for bytes.translate: 1 for the value of a kind that holds running
# text, or of any kind but BLANK; 0 for any other.
_RUNNING_TEXT = bytes(value in _TEXT_VALUES for value in range(256))
_WRITTEN = bytes(value != _BLANK_VALUE for value in range(256))


def contents(page: Lines) -> None:
    """Mark an in-page table of contents as boilerplate.

    "- 1 Opening remarks" / "- 2 Bilateral relations" / ... followed by the
    section "1 Opening remarks" itself: a run of bulleted heading-only items,
    the first section after it repeating one of their headings; the
    contents start at that heading. One pass over the items. Bullets without
    numbers make contents right above the first section only (see
    :func:`_unnumbered_contents`).
    """
    lines = page.lines
    if _holds(page, _BULLET_VALUE, page.body, page.end):
        _unnumbered_contents(page)
    if not page.bulleted or not any(
        marker is not None and marker.bulleted
        for marker in map(_MARKER, itertools.islice(lines, page.body, page.end))
    ):
        # Only bulleted items make contents.
        return
    items = [i for i in range(page.body, page.end) if lines[i].kind is ITEM_LINE]
    run: list[int] = []
    for index in [*items, -1]:
        item = lines[index] if index >= 0 else None
        if item is not None:
            assert item.marker is not None
            if item.marker.bulleted and is_heading(_item_text(item)):
                run.append(index)
                continue
        if item is not None and len(run) >= MIN_CONTENTS_ITEMS:
            first = _repeated(lines, run, _item_text(item).casefold())
            if first is not None and len(run) - first >= MIN_CONTENTS_ITEMS:
                _mark_contents(page, run[first:])
                return
        run = []


def _unnumbered_contents(page: Lines) -> None:
    """Mark bullets without numbers right above the first section, listing its heading first.

    "• Opening remarks" / "• Bilateral relations" / "• Regional affairs" /
    "1. Opening remarks": headings only, not introduced by a line ending in
    ":" or telling "the following" in its last sentence (a list of what was
    signed or discussed is content).
    """
    lines, values = page.lines, page.values
    first_item = values.find(_ITEM_VALUE, page.body, page.end)
    if first_item < 0:
        return
    run: list[int] = []
    index = first_item - 1
    while index >= page.body and lines[index].kind in (BULLET_LINE, BLANK_LINE):
        item = lines[index]
        if item.kind is BULLET_LINE:
            if not is_heading(item.text[item.body :]):
                return
            run.append(index)
        index -= 1
    run.reverse()
    introduced = index >= page.body and _introduces_list(lines[index].text)
    if len(run) < MIN_CONTENTS_ITEMS or introduced:
        return
    heading = _item_text(lines[first_item]).casefold()
    if lines[run[0]].text[lines[run[0]].body :].casefold() == heading:
        _mark_contents(page, run)


def _introduces_list(text: str) -> bool:
    """Whether a line introduces the list below it: "... as follows:", "... the following ...".

    Not "The overview is as follows.", which a lead ends on above a table of
    contents as above the sections.
    """
    # Only its last sentence introduces: a lead may tell of "the following
    # day" before "The overview is as follows.".
    last = text[text.rfind(". ", 0, len(text) - 1) + 1 :]
    return text.endswith(":") or INTRODUCED().search(last) is not None


# Words introducing a list, wherever the line ends: "the exchange of the following documents.".
INTRODUCED = lazy(r"\bthe\s++following\b")


def _mark_contents(page: Lines, entries: Sequence[int]) -> None:
    for entry in entries:
        page.put(
            entry, page.lines[entry].becomes(BOILERPLATE_LINE, boilerplate=BoilerplateKind.CONTENTS)
        )


def _repeated(lines: Sequence[Classified], run: list[int], target: str) -> int | None:
    """Where in *run* the first entry whose text is *target* stands, if any."""
    return next(
        (at for at, entry in enumerate(run) if _item_text(lines[entry]).casefold() == target),
        None,
    )


def wrap_width(page: Lines) -> None:
    """Find the width a body hard-wrapped by its copy is wrapped at.

    "- Minister Okada stated that the Japan-U.S. alliance will continue to" /
    "be the cornerstone ... under Hatoyama Administration." / "Mr. Okada
    expressed ...": many lines of 50-100 characters break off mid-sentence
    with text going on below them. Then a line as long as they are goes on
    with the next, even after a full stop. A paragraph left unwrapped (a
    long lead line) does not change the width.
    """
    lines = page.lines
    values, stop = page.values, page.end - 1
    if values.count(_TEXT_VALUE, page.body, stop) + values.count(_BULLET_VALUE, page.body, stop) < (
        MIN_WRAPPED_LINES
    ):
        # Too few lines of text to be wrapped, as on a page of list markup.
        return
    wrapped: list[int] = []
    for index in range(page.body, page.end - 1):
        item = lines[index]
        text = item.text
        # How far the line runs on the page: a text browser indents lines.
        reach = item.indent + len(text)
        if (
            item.kind in _WRAPPED_KINDS
            and MIN_WRAP_WIDTH <= reach <= MAX_WRAP_WIDTH
            and lines[index + 1].kind is TEXT_LINE
            and not ends_sentence(text)
            and (item.kind is not ITEM_LINE or _item_sentence(item))
        ):
            wrapped.append(reach)
    if len(wrapped) >= MIN_WRAPPED_LINES:
        page.width = max(wrapped)


# The lines a hard wrap breaks: text, bullets and items ("(1) Minister
# Maehara welcomed the signing of the Japan-Peru Economic" / "Partnership ...").
_WRAPPED_KINDS = (TEXT_LINE, BULLET_LINE, ITEM_LINE)


def _item_sentence(item: Classified) -> bool:
    """Whether an item's line is a sentence, as a wrap breaks, not a topic above its text.

    "(1) Minister Maehara welcomed the signing of the Japan-Peru Economic";
    not "(1) Bilateral relations, including trade, investment and
    people-to-people exchanges".
    """
    assert item.marker is not None
    return reads_as_sentence(item.text[item.marker.body :])


def counters(page: Lines) -> None:
    """Tell a nested list's counter from the number of an item of its own.

    A copy of a nested list numbers its items on: "1. Bilateral Relations" /
    "2. (1) Overall Relations", where "2." only counts the inner list's first
    item, as does the "2." of "2. (2) ...". But after an item that holds
    content, "1. This was the first visit." / "2. (1) At the beginning ...",
    "2." is item 2 and "(1)" its first subsection, unless the inner list's
    next item carries a counter too ("3. (2) ..."): then all of them count.
    """
    lines = page.lines
    if not page.counted or not any(
        marker is not None and marker.counter is not None
        for marker in map(_MARKER, itertools.islice(lines, page.body, page.end))
    ):
        # Only a line with a counter changes; most pages have none.
        return
    # The number of the last item of the "1." style and whether content followed it.
    number: int | None = None
    content = False
    for index in range(page.body, page.end):
        item = lines[index]
        marker = item.marker
        if item.kind in (TEXT_LINE, BULLET_LINE):
            content = True
        if marker is None or item.kind is not ITEM_LINE:
            continue
        counter = marker.counter
        if counter is not None:
            if _numbers_item(counter, marker, number, content) and not _counted_on(
                lines, index, page.end
            ):
                number = counter.number
            else:
                page.put(index, item.becomes(ITEM_LINE, marker=marker._replace(counter=None)))
            content = True
        elif marker.style is Style.DOT:
            number = marker.number
            # An empty item ("1." alone, as list markup) holds no content.
            text = _item_text(item)
            content = bool(text) and not is_heading(text)
        else:
            content = True


def _counted_on(lines: Sequence[Classified], index: int, end: int) -> bool:
    """Whether the inner list's next item, "(2)", carries a counter too ("3. (2) ...").

    Then every counter is the copy's count of the nested list, the first too.
    """
    marker = lines[index].marker
    assert marker is not None
    assert marker.number is not None
    for at in range(index + 1, end):
        following = lines[at].marker
        if lines[at].kind is not ITEM_LINE or following is None:
            continue
        if following.style is marker.style:
            return following.number == marker.number + 1 and following.counter is not None
        if following.style is Style.DOT:
            return False
    return False


def _numbers_item(counter: Marker, marker: Marker, number: int | None, content: bool) -> bool:
    """Whether *counter* numbers the item after item *number*, which held *content*."""
    return (
        content
        and number is not None
        and marker.number == 1
        and counter.number == number + 1
        and counter.number != marker.number
    )


def roman_items(page: Lines) -> None:
    """Keep lines opening on a roman capital as items only where they count a list.

    "I. Political relations" / ... / "II. Economic relations" are items 1
    and 2: each numeral the one after the last, "I." not going on a line
    above that has not ended, and "II." at least. A name's initial a hard
    wrap put at the start of a line ("... Foreign Minister Sergey" / "V.
    Lavrov, ...", "H.E. Mr. Igor" / "I. Ivanov, ...") or a list of initials
    ("I. Morgulov, Deputy Minister" / "V. Nosov, Ambassador") counts nothing:
    it is text.
    """
    if not page.roman:
        return
    lines = page.lines
    counted: list[int] = []
    for index in range(max(page.body, 1), page.end):
        item = lines[index]
        marker = item.marker
        if item.kind is not ITEM_LINE or marker is None or marker.style is not Style.ROMAN_DOT:
            continue
        if _counts_on(marker, len(counted), lines[index - 1]):
            counted.append(index)
        else:
            page.put(index, item.becomes(TEXT_LINE))
    if len(counted) < MIN_ROMAN_ITEMS:
        for index in counted:
            page.put(index, lines[index].becomes(TEXT_LINE))


# A list numbered in roman capitals counts "I." and "II." at least.
MIN_ROMAN_ITEMS = 2


def _counts_on(marker: Marker, counted: int, above: Classified) -> bool:
    """Whether a roman *marker* goes on a list of *counted* items, below the line *above*.

    The next numeral ("I." only where *above* has ended), or, one skipped,
    the one after it below a line that has ended ("I.", "II.", "IV.": a lost
    item, which the numbering reports).
    """
    number = marker.number
    if number == counted + 1:
        return counted > 0 or not _wrapped_onto(above)
    return counted > 0 and number == counted + 2 and not _wrapped_onto(above)


def _wrapped_onto(above: Classified) -> bool:
    """Whether the line below *above* may go on with it: *above* is prose not ended.

    A line of text that is no heading, or an item's line whose words in
    lower case tell something ("1. Minister Kono stated that he had met Mr.
    Igor"), as a topic's do not ("1. Political and Security Affairs").
    """
    if above.kind is ITEM_LINE and above.marker is not None:
        text = above.text[above.marker.body :]
        return not ends_sentence(text) and says_something(text)
    if above.kind is TEXT_LINE:
        text = above.text
        return not ends_sentence(text) and not is_heading(text)
    return False


def unnumbered_headings(page: Lines) -> None:
    """Read topic lines that lost their numbers as headings of unnumbered sections.

    "Japan-NATO relations" followed by "(1) At the beginning ...": a short
    topic line right before a list that starts at 1 is that list's heading
    (an ITEM of style HEADING). Topic lines followed by prose count too where
    a page has two or more, as a page of headed paragraphs does. A label in
    brackets before such a list, "(Reference) Recent high-level exchanges",
    heads a part of the page of its own (style PART), whatever it follows.
    """
    lines = page.lines
    if not (
        _holds(page, _TEXT_VALUE, page.body, page.end)
        or _holds(page, _BULLET_VALUE, page.body, page.end)
    ):
        # Only a line of text can be a topic line.
        return
    candidates = _topic_lines(lines, page.values, page.body, page.end, page.width)
    weak = sum(1 for _, strong in candidates if not strong)
    for index, strong in candidates:
        if strong or weak >= MIN_TOPIC_LINES:
            item = lines[index]
            style = PART_STYLE if _part_label(item.text[item.body :]) else Style.HEADING
            marker = Marker(style, None, "", 0, item.body, item.body)
            page.put(index, item.becomes(ITEM_LINE, marker=marker))


def _topic_lines(
    lines: Sequence[Classified], kinds: bytearray, start: int, end: int, width: int | None
) -> list[tuple[int, bool]]:
    """Topic-like lines of ``lines[start:end]``, each with whether a list starting at 1 follows it.

    *kinds* holds the value of each line's kind; *width* is the one the
    page is hard-wrapped at, if it is.
    """
    candidates: list[tuple[int, bool]] = []
    # One byte a line: lines of text and bullets, and the lines that are not
    # blank, are found in C, and only those of text asked.
    running = kinds.translate(_RUNNING_TEXT)
    written = kinds.translate(_WRITTEN)
    first_item = kinds.find(_ITEM_VALUE, start, end)
    # The first bullet of each kind that heads a part, found once when asked.
    heads: dict[str, int] | None = None
    index = running.rfind(1, start, end)
    while index >= 0:
        item = lines[index]
        candidate = _topic_candidate(item, _next_line(lines, written, index, end), width)
        if (
            candidate is not None
            and index < first_item
            and _below_bullet(lines, written, start, index)
        ):
            if heads is None:
                heads = _part_heads(lines, written, start, first_item)
            if not _heads_parts_above(lines, written, start, index, heads):
                candidate = None
        if candidate is not None and not _below_bare_item(lines, written, start, index):
            candidates.append((index, candidate))
        index = running.rfind(1, start, index)
    # The first non-blank line of the body is never a topic line.
    first = written.find(1, start, end)
    return [(index, strong) for index, strong in reversed(candidates) if index != first]


def _below_bullet(lines: Sequence[Classified], written: bytearray, start: int, index: int) -> bool:
    """Whether the line at *index* is a bulleted line below one with the same bullet.

    Asked of the lines above the first numbered item: "... includes the
    following:" / "• Cooperation in energy security" / "• Cooperation in
    critical minerals" / "1. Bilateral relations": the last bullet closes the
    list above it, and heads nothing below, unless the page heads its parts
    with that bullet (see :func:`_heads_parts_above`). Below a list of "-"
    bullets, a "•" line may head a part of the page.
    """
    item = lines[index]
    if item.kind is not BULLET_LINE:
        return False
    above = written.rfind(1, start, index)
    return above >= 0 and lines[above].kind is BULLET_LINE and lines[above].text[0] == item.text[0]


def _below_bare_item(
    lines: Sequence[Classified], written: bytearray, start: int, index: int
) -> bool:
    """Whether the line at *index* stands right below an item that is its marker alone.

    "1." / "Bilateral relations": the copy put the item's heading on a line
    of its own, and the item's heading it is (see the body tree), no
    unnumbered section of its own.
    """
    above = written.rfind(1, start, index)
    if above < 0 or lines[above].kind is not ITEM_LINE:
        return False
    marker = lines[above].marker
    return marker is not None and marker.body >= len(lines[above].text)


def _heads_parts_above(
    lines: Sequence[Classified], written: bytearray, start: int, index: int, heads: dict[str, int]
) -> bool:
    """Whether a bullet like the one at *index* heads a part above the list it closes.

    "• Bilateral relations" / "... covers the following areas:" / "•
    Cooperation ..." / "• Regional affairs": the page heads its parts with
    "•", and the last line heads the next part.
    """
    above = index - 1
    while above >= start and lines[above].kind in (BULLET_LINE, BLANK_LINE):
        above -= 1
    return heads.get(lines[index].text[0], above) < above


def _part_heads(
    lines: Sequence[Classified], written: bytearray, start: int, end: int
) -> dict[str, int]:
    """Where the first bullet of each kind heading text below it stands, above *end*.

    A bullet alone between lines of text ("• Bilateral relations" / "The two
    leaders welcomed ..."), not the last entry of a list ("• Joint
    Statement" / "• Memorandum ..." / "The two leaders ...").
    """
    heads: dict[str, int] = {}
    for index in range(start, end):
        item = lines[index]
        if item.kind is not BULLET_LINE or item.text[0] in heads:
            continue
        above = written.rfind(1, start, index)
        below = written.find(1, index + 1)
        if (above < 0 or lines[above].kind is not BULLET_LINE) and (
            below >= 0 and lines[below].kind is TEXT_LINE
        ):
            heads[item.text[0]] = index
    return heads


def _next_line(
    lines: Sequence[Classified], written: bytearray, index: int, end: int
) -> Classified | None:
    """The first line below *index*, above *end*, that is not blank, if any."""
    below = written.find(1, index + 1, end)
    return lines[below] if below >= 0 else None


def _topic_candidate(item: Classified, after: Classified | None, width: int | None) -> bool | None:
    """What a line of text is as a topic line, given the line *after* it.

    True where a list starting at 1 follows it, or a line of text follows a
    part's label ("(Reference)", "(Note)"); False where running text follows
    a topic; None where it is no topic line.
    """
    labelled = _part_label(item.text[item.body :])
    if not labelled and (not _is_topic(item.text[item.body :]) or _links_a_file(item.text)):
        # A link to a document is no topic: "Joint Statement (PDF)Open a New Window".
        return None
    if (
        after is None
        or after.text[:1].islower()
        or (
            width is not None
            and next_word_overflows(item.indent + len(item.text), after.text, width)
        )
    ):
        # Nothing after it, or a line it was hard-wrapped into ("At the" /
        # "outset, ..."), or on a page wrapped at a fixed width, one whose
        # first word would not have fitted on it ("(Reference) This was
        # Minister Kishida's first visit to Russia since" / "November 2013.").
        return None
    if after.kind is ITEM_LINE and after.marker and after.marker.number == 1:
        return True
    if after.kind in (TEXT_LINE, BULLET_LINE) and (labelled or _is_running_text(after.text)):
        # "(Reference)" / "On September 8, an earthquake ..." or "Japanese
        # companies in Mexico: 1,111": a part's label heads the lines below
        # it as a list's; a topic line, with others, above running text.
        return labelled or False
    return None


# The brackets a part's label is written in, each with its closing one:
# "(Reference)", "[Reference]", "【Reference】".
_PART_BRACKETS = {"(": ")", "[": "]", "【": "】", "（": "）"}


def _part_label(text: str) -> bool:
    """Whether *text* opens on a part's label in brackets, a topic after it or none.

    >>> _part_label("(Reference) Recent high-level exchanges"), _part_label("[Reference]")
    (True, True)
    >>> _part_label("(Reference) Mr. Key visited Japan in July 2009.")
    False
    """
    closing = _PART_BRACKETS.get(text[:1])
    if closing is None:
        return False
    label, closed, rest = text[1:].partition(closing)
    if not closed or label not in words.PART_LABELS:
        return False
    rest = rest.strip()
    return not rest or _is_topic(rest)


def second_readout(page: Lines) -> None:
    """End the page where another readout starts: a breadcrumb, headline and date in the body.

    "Back to Japan-China Relations" / "Japan-Korea Relations" / "May 10, 2018" /
    "On May 10, ...": a readout has one date line, in its header; a date line
    in the body with content below it starts the next page a scraper joined on.
    Below the footer, a breadcrumb or headline with prose under it starts one
    too, dated or not ("Back to ..." / "Japan-Italy Relations" / "Japan-Italy
    Summit Meeting" / "On Monday, May 2, ..."): the site's own furniture
    there holds no prose. Anywhere in the body, a breadcrumb naming a pair
    of parties, a headline and a lead opening on its day, one above the
    other, start one (see :func:`_headed_readout`).
    """
    lines = page.lines
    body = page.body
    kinds = page.values
    dated = kinds.find(_DATE_VALUE, body + 1) >= 0
    # Undated, another readout can only start below the page's end (its
    # footer or end mark), or where its whole header stands above its lead:
    # the walk starts at the end, not at the top of the body.
    first = body + 1 if dated else _first_ending(lines, kinds, body + 1)
    headed = None if dated else _headed_readout(lines, kinds, body + 1, first)
    if headed is not None:
        page.end = headed
        page.problems.append(_several_readouts(lines, headed))
        return
    if first >= len(lines):
        # Most bodies have neither a date line nor an end below their start.
        return
    ended = False
    for index in range(first, len(lines)):
        item = lines[index]
        start = None
        if item.kind is BACK_LINK_LINE or item.boilerplate is BoilerplateKind.END_MARK:
            ended = True
        elif item.kind is DATE_LINE and _content_follows(lines, index):
            start = _header_above(lines, index, body)
            # The page before it ended, a breadcrumb or headline stands above
            # it, or a lead opens below it ("May 18, 2009" / "On May 18, ...")
            # when the page had its own date above: a page of prose above its
            # only date line is one page.
            if (
                not ended
                and not any(_names_page(lines[at]) for at in range(start, index))
                and not (_holds(page, _DATE_VALUE, 0, body) and _lead_follows(lines, index))
            ):
                start = None
        elif ended and _names_page(item) and _prose_follows(lines, index):
            start = index
        if start is not None:
            page.end = start
            page.problems.append(_several_readouts(lines, start))
            return


def _headed_readout(
    lines: Sequence[Classified], kinds: bytearray, start: int, stop: int
) -> int | None:
    """The first breadcrumb in ``lines[start:stop]`` with a headline and a lead's opening below.

    "... is a reliable" / "Japan-Italy Relations" / "Japan-Italy Summit
    Meeting" / "On Monday, May 2, ...": a page cut before its footer, and the
    next one joined on without its date line. A line naming a section of the
    site, then a line naming a meeting, then a lead opening on its day: the
    three together are a page's header and lead, never a heading of a body.
    """
    # Only lines of text are asked, found by their kind's byte in *kinds*.
    index = kinds.find(_TEXT_VALUE, start, stop)
    while index >= 0:
        if _is_breadcrumb(lines[index].text) and _headline_and_lead(lines, index):
            return index
        index = kinds.find(_TEXT_VALUE, index + 1, stop)
    return None


# The site's sections a breadcrumb names without a pair of parties.
_SITE_SECTIONS = frozenset(("Press Releases", "Countries & Regions"))


def _is_breadcrumb(text: str) -> bool:
    """Whether *text* is a breadcrumb and could be no heading of a body.

    "Japan-Italy Relations" and "Press Releases" are; "Economic Relations"
    and "(Reference) Japan-Chile Relations" head parts of a body.
    """
    return text in _SITE_SECTIONS or (
        names_section(text) and text[:1] not in "([" and PAIR().search(text) is not None
    )


def _headline_and_lead(lines: Sequence[Classified], index: int) -> bool:
    """Whether a headline, then a lead's opening, stand below *index*, past photos."""
    below = (item for item in _lines_below(lines, index) if item.kind is not PHOTO_LINE)
    headline, lead = next(below, None), next(below, None)
    return (
        headline is not None
        and lead is not None
        and headline.kind is TEXT_LINE
        and lead.kind is TEXT_LINE
        and not is_prose(headline.text)
        # "Summary of the previous meeting" heads a part of a body.
        and not headline.text.startswith(("Summary", "Overview", "Outline"))
        and MEETING_WORD().search(headline.text) is not None
        and LEAD_OPENING().match(lead.text) is not None
    )


def _names_page(item: Classified) -> bool:
    """Whether *item* is a breadcrumb or a headline: "Japan-Peru Relations",
    "Japan-Peru Foreign Ministers' Meeting"; not "(Reference) Previous meetings"."""
    text = item.text
    if item.kind is not TEXT_LINE or text[:1] in "([":
        return False
    return names_section(text) or (
        MEETING_WORD().search(text) is not None and PAIR().search(text) is not None
    )


def _lines_below(lines: Sequence[Classified], index: int) -> Iterator[Classified]:
    """The first lines below *index* that are not blank: as far as content may stand."""
    written = (
        item for item in itertools.islice(lines, index + 1, None) if item.kind is not BLANK_LINE
    )
    return itertools.islice(written, MAX_LINES_TO_CONTENT + 1)


def _content_follows(lines: Sequence[Classified], index: int) -> bool:
    """Whether a numbered item or a line of prose stands a few lines below *index*."""
    return any(
        item.kind is ITEM_LINE or (item.kind in (TEXT_LINE, BULLET_LINE) and is_prose(item.text))
        for item in _lines_below(lines, index)
    )


def _first_ending(lines: Sequence[Classified], kinds: bytearray, start: int) -> int:
    """The index of the first footer or end mark from *start* on, or the number of lines.

    *kinds* holds the value of each line's kind.
    """
    end = _index(kinds, _BACK_LINK_VALUE, start)
    # An end mark is a line of boilerplate: only those are asked.
    index = kinds.find(_BOILERPLATE_VALUE, start, end)
    while index >= 0:
        if lines[index].boilerplate is BoilerplateKind.END_MARK:
            return index
        index = kinds.find(_BOILERPLATE_VALUE, index + 1, end)
    return end


def _lead_follows(lines: Sequence[Classified], index: int) -> bool:
    """Whether the first text line below *index*, past photos, opens a lead ("On May 18, ...")."""
    for item in lines[index + 1 : index + 1 + 2 * MAX_LINES_TO_CONTENT]:
        if item.kind not in (BLANK_LINE, PHOTO_LINE):
            return item.kind is TEXT_LINE and LEAD_OPENING().match(item.text) is not None
    return False


def _prose_follows(lines: Sequence[Classified], index: int) -> bool:
    """Whether a line of prose, numbered or not, stands a few lines below *index*."""
    return any(
        item.kind in (TEXT_LINE, BULLET_LINE, ITEM_LINE) and is_prose(item.text[item.body :])
        for item in _lines_below(lines, index)
    )


def _header_above(lines: Sequence[Classified], index: int, body: int) -> int:
    """The first line of the header whose date line stands at *index*.

    Its photo lines count as no header line: the site puts them between the
    headline and the date ("Overview of ..." / "• (photo) ..." / "November 14, 2010").
    """
    start, taken = index, 0
    for above in range(index - 1, body, -1):
        item = lines[above]
        if item.kind is BLANK_LINE:
            continue
        if item.kind is PHOTO_LINE:
            start = above
            continue
        if (
            taken == MAX_HEADER_LINES_ABOVE_DATE
            or item.kind is not TEXT_LINE
            or is_prose(item.text)
        ):
            break
        start, taken = above, taken + 1
    return start


def _several_readouts(lines: Sequence[Classified], start: int) -> Problem:
    first = lines[start].line
    last = next(item.line for item in reversed(lines) if item.kind is not BLANK_LINE)
    return Problem(
        diagnostics.SEVERAL_READOUTS,
        f"the input holds more than one readout: another starts at line {first.number} "
        f"({first.text[:60]!r}); only the first was parsed. Parse each page on its own.",
        Span(first.start, last.end),
    )


def site_footer(page: Lines) -> None:
    """Read what stands below the "Back to ..." footer as the site's own furniture.

    "Back to Japan-China Relations" / "Related Links" / "Privacy Policy" /
    "(1) Cookie settings": the readout ends at its footer. Only an item that
    goes on with the readout's numbering ("3." after "1." and "2.") continues
    it; it is read as content up to the next footer, and a diagnostic says so.
    """
    lines = page.lines
    if not _holds(page, _BACK_LINK_VALUE, page.body, page.end):
        # No footer, nothing below it.
        return
    top: Marker | None = None
    in_footer = False
    # A "Back to ..." link above the first content is a link at the top of
    # the page, not its footer.
    content = False
    for index in range(page.body, page.end):
        item = lines[index]
        kind = item.kind
        if kind in (ITEM_LINE, TEXT_LINE, BULLET_LINE):
            content = True
        if kind is BACK_LINK_LINE:
            in_footer = content
            if not content:
                # Above the readout's content: the site's link, not its footer.
                page.put(index, _site(item))
        elif in_footer and kind is ITEM_LINE and _continues(top, item.marker):
            in_footer = False
            page.problems.append(_after_footer(item))
        elif in_footer and kind not in (BLANK_LINE, BOILERPLATE_LINE):
            page.put(index, _site(item))
        marker = item.marker
        if not in_footer and marker is not None and (top is None or marker.style is top.style):
            top = marker


def page_top_footer(page: Lines) -> None:
    """Read the links below the last "Page Top" of a page with no "Back to ..." as the site's.

    "... on North Korea." / "Page Top" / "• Privacy Policy" / "• Legal
    Matters" / "Copyright © ...": with no footer link, the page's own last
    link ends it, where nothing but links of a few words and furniture
    follows it, the site's among them or a link to a section of the site
    ("• Press Releases" / "• Japan-Iran Relations"; a "Page Top" between
    sections, or above a "(Reference)" part, has content below).
    """
    if _holds(page, _BACK_LINK_VALUE, page.body, page.end) or not _holds(
        page, _BOILERPLATE_VALUE, page.body, page.end
    ):
        return
    lines = page.lines
    top = next(
        (
            index
            for index in range(page.end - 1, page.body - 1, -1)
            if lines[index].kind is BOILERPLATE_LINE
            and lines[index].boilerplate is BoilerplateKind.PAGE_TOP
        ),
        None,
    )
    if top is None:
        return
    below = [lines[index] for index in range(top + 1, page.end)]
    if not all(map(_footer_line, below)) or not _sites_footer(below):
        # Content below it ("(Reference)", a list of attendees), or nothing
        # of the site's ("Copyright ©", "Privacy Policy") to show a footer.
        return
    for index in range(top + 1, page.end):
        if lines[index].kind in (TEXT_LINE, BULLET_LINE):
            page.put(index, _site(lines[index]))


def _sites_footer(below: Sequence[Classified]) -> bool:
    """Whether lines *below* the last "Page Top" show the site's footer.

    Some of the site's furniture among them ("Privacy Policy"), or links
    that each name a section of the site ("• Press Releases" / "•
    Japan-Iran Relations"); one link of the page's own among those ("•
    Joint Statement (PDF)") makes them the page's.
    """
    if any(item.boilerplate is BoilerplateKind.SITE for item in below):
        return True
    links = [
        item.text[item.body :] if item.kind is BULLET_LINE else item.text
        for item in below
        if item.kind in (TEXT_LINE, BULLET_LINE)
    ]
    # "• Privacy Policy": the site's furniture written as a bullet is the site's too.
    return bool(links) and all(
        names_section(entry) or whole_line_kind(entry) is BoilerplateKind.SITE for entry in links
    )


def _footer_line(item: Classified) -> bool:
    """Whether *item* may stand in the site's footer: furniture, or a link of a few words."""
    if item.kind is BOILERPLATE_LINE or item.kind is BLANK_LINE:
        return True
    entry = item.text[item.body :] if item.kind is BULLET_LINE else item.text
    return (
        _is_link(item)
        and _words(entry) <= MAX_MENU_WORDS
        and not _part_label(entry)
        and MEETING_WORD().search(entry) is None
    )


def related_links(page: Lines) -> None:
    """Read the links of a "Related Links" box above the footer as site furniture.

    "Related Links" / "• G7 Ise-Shima Summit" / "• Japan-Canada Joint
    Statement (PDF)" / "Back to Japan-Canada Relations": the box is the
    site's, above the footer as below it. Its links are bullets or short
    lines that end no sentence; the first other line ends it.
    """
    if _BOILERPLATE_VALUE not in page.kinds:
        # The box's heading, "Related Links", is classified as furniture.
        return
    lines = page.lines
    index = page.body
    while index < page.end:
        item = lines[index]
        index += 1
        if item.kind is not BOILERPLATE_LINE or not item.text.lower().startswith("related link"):
            continue
        while index < page.end and _is_link(lines[index]):
            if lines[index].kind is not BLANK_LINE:
                page.put(index, _site(lines[index]))
            index += 1


def _is_link(item: Classified) -> bool:
    """Whether *item* may be a line of a box of links: blank, a bullet or a short label.

    Its words are counted, and its end read, without the labels of a link
    ("... Century (PDF)Open a New Window").
    """
    if item.kind is BLANK_LINE:
        return True
    if item.kind not in (BULLET_LINE, TEXT_LINE):
        return False
    start = item.body if item.kind is BULLET_LINE else 0
    text, _, _ = strip_inline(item.line, start, len(item.text))
    return not ends_sentence(text) and (item.kind is BULLET_LINE or _words(text) <= MAX_LINK_WORDS)


def _continues(top: Marker | None, marker: Marker | None) -> bool:
    return (
        top is not None
        and marker is not None
        and top.number is not None
        and marker.style is top.style
        and marker.number == top.number + 1
    )


def _after_footer(item: Classified) -> Problem:
    line = item.line
    return Problem(
        diagnostics.AFTER_FOOTER,
        f"item {line.text[:60]!r} below the 'Back to ...' footer goes on with the "
        "readout's numbering, so it was read as content; check that the copy of the "
        "page is in order.",
        line.span(),
    )


RULES: tuple[Rule, ...] = (
    navigation,
    captions_above_credits,
    body_start,
    headline_captions,
    second_readout,
    site_footer,
    page_top_footer,
    related_links,
    roman_items,
    contents,
    counters,
    wrap_width,
    unnumbered_headings,
)
"""The context rules, in the order they run."""


def is_prose(text: str) -> bool:
    """Whether *text* is a line of prose, which a header never holds.

    >>> is_prose("The two ministers met."), is_prose("Japan-China Relations")
    (True, False)
    """
    words = text.count(" ") + 1
    if words >= MIN_PROSE_WORDS:
        return True
    # A short line ending on a style ("... and Mr.") ends no sentence: a
    # headline the copy wrapped before the name. (A lead wrapped so is longer.)
    return (
        words >= MIN_SENTENCE_WORDS
        and ends_sentence(text)
        and not text.startswith("(")
        and not (words <= MAX_HEADING_WORDS and goes_on(text))
    )


# The value of a line's kind (a small number), read from the member as
# stored, in C: a property would be a Python call per line.
_KIND_VALUE = operator.attrgetter("kind._value_")
# A line's marker, and a marker's fields, taken in C: a scan of a page runs
# without a Python loop.
_MARKER = operator.attrgetter("marker")
_BULLETED = operator.attrgetter("bulleted")
_COUNTER = operator.attrgetter("counter")
_STYLE = operator.attrgetter("style")


def _holds(page: Lines, value: int, start: int, end: int) -> bool:
    """Whether a line of the kind of *value* stands in ``page.lines[start:end]``."""
    return page.values.find(value, start, end) >= 0


def _words(text: str) -> int:
    return text.count(" ") + 1


def _wrapped_start(lines: Sequence[Classified], index: int) -> int:
    """Where a first line of prose really starts, if a hard wrap split it.

    "On May 9, the two leaders met and were" / "discussing the issue of the
    day.": the body starts at the line the lower-case line continues; so with
    "... issued the joint statement (" / "(PDF)" / ") which sets out ...".
    """
    while True:
        above = index - 1
        while above >= 0 and (
            lines[above].kind is BLANK_LINE
            or lines[above].boilerplate is BoilerplateKind.LINK_LABEL
        ):
            above -= 1
        if above < 0 or lines[above].kind is not TEXT_LINE:
            return index
        if not _wraps_onto(lines[above].text, lines[index].text) and not _lead_goes_on(
            lines, above, index
        ):
            return index
        index = above


def _wraps_onto(above: str, text: str) -> bool:
    """Whether the line *above* is the start of a sentence that *text* goes on with."""
    first = text[:1]
    if first.islower():
        return not ends_sentence(above)
    # A line opening in capitals may start the lead below a caption the copy
    # cut ("Two Ministers who sign the" / "On December 24, ..."), so only a
    # closing bracket says more.
    return first == ")" and above.count("(") > above.count(")")


def _lead_goes_on(lines: Sequence[Classified], above: int, index: int) -> bool:
    """Whether a lead hard-wrapped mid-sentence goes on with the line at *index*.

    "On May 9, ..., Minister for Foreign Affairs of" / "Japan, held a meeting
    with ...": the line above ends on a word no sentence ends on, and it or
    the lines it goes on from open as a lead does. A caption the copy cut
    ("Two Ministers who sign the") opens otherwise, and a line that opens a
    lead itself ("On December 24, ...") starts the lead.
    """
    text = lines[above].text
    if not goes_on(text):
        return False
    if LEAD_OPENING().match(lines[index].text) is not None:
        return False
    while LEAD_OPENING().match(lines[above].text) is None:
        if (
            above == 0
            or lines[above - 1].kind is not TEXT_LINE
            or ends_sentence(lines[above - 1].text)
        ):
            return False
        above -= 1
    return True


def _item_text(item: Classified) -> str:
    assert item.marker is not None
    return item.text[item.marker.body :]


def _is_running_text(text: str) -> bool:
    return ends_sentence(text) or text.count(" ") + 1 > MAX_TOPIC_WORDS


def _links_a_file(text: str) -> bool:
    """Whether *text* carries the label of a link to a file: "(PDF)", "Open a New Window"."""
    lowered = text.lower()
    return "(pdf)" in lowered or "open a new window" in lowered


def _is_topic(text: str) -> bool:
    count = text.count(" ") + 1
    return (
        # Most lines of a body are sentences longer than a topic: said first.
        count <= MAX_TOPIC_WORDS
        and text[:1].isupper()
        and not text.endswith(":")
        and not introduces(text)
        and not has_sentence_end(text)
        # "... and the Government of the Republic of India for": a wrapped line.
        and not goes_on(text)
        # "The two leaders confirmed that they would promote the Metropolitan
        # Priority": a topic of many words is written in title case.
        and (count <= MAX_LOWER_TOPIC_WORDS or title_case(text))
        and is_heading(text)
    )


# A topic line in lower case is this many words at most ("Japan-China
# relations in the new era").
MAX_LOWER_TOPIC_WORDS = 6
