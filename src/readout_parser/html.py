r"""From an HTML page to the text a browser copy gives, and on to a readout.

A scraper holds the HTML of a readout page, while :func:`~readout_parser.parse`
reads the text a reader copies out of the browser. :func:`html_to_text`
renders the one as the other, with the standard library's
:mod:`html.parser` only: block elements on lines of their own, ``<img alt>``
as caption lines, ordered lists numbered as the browser draws them,
``<br>`` as a line break, scripts and styles dropped, character references
decoded. :func:`parse_html` is ``parse(html_to_text(html))``. Both take
the page's bytes too, decoded as a browser decodes them (see
:func:`~readout_parser.charset.decode_html`).

>>> from readout_parser import html_to_text
>>> print(html_to_text("<h1>Japan-Italy Relations</h1><ol><li>Opening</li><li>Trade</li></ol>"))
Japan-Italy Relations
1. Opening
2. Trade
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import attrs

from readout_parser.charset import decode_html
from readout_parser.diagnostics import EMPTY_INPUT, TRUNCATED, Problem, diagnose
from readout_parser.errors import Strictness, check_strict, not_text_message, strict_codes
from readout_parser.model import Readout, Span
from readout_parser.parser import parse

__all__ = ["html_to_text", "parse_html"]

# Elements that start and end a line of their own.
BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "pre",
        "section",
        "summary",
        "table",
        "tr",
        "ul",
    }
)

# Form controls, drawn as boxes in the line: their texts stand apart, not run
# together ("Search Go English Japanese", not "SearchGoEnglishJapanese").
CONTROLS = frozenset({"button", "input", "option", "select", "textarea"})

# Blocks a browser sets off by a blank line above and below (as innerText does).
PARAGRAPHS = frozenset({"p"})

# Elements whose content a browser does not show as text of the page.
HIDDEN = frozenset({"script", "style", "template", "noscript", "title", "head", "iframe"})

# Elements with no content and no end tag.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

# A style that hides its element and all inside it: "display: none" (not
# "visibility: hidden", which a child may undo).
HIDING_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)

# Elements a paragraph may stand in, whose start or end ends it too: "<td><p
# hidden>caption</td><td>Next": the next cell is shown.
_PARAGRAPH_HOLDERS = frozenset({"td", "th", "li", "dd", "dt", "caption"})

# Elements hidden whole, with all inside them, up to their end tag, which
# HTML requires of them (or, for <p>, up to the next block): not an <li>,
# <tr>, <td> or <option>, whose end tags may be left out, nor an inline
# element, nor <body>, which a page's script may show.
CONCEALABLE = frozenset(
    {
        "article",
        "aside",
        "blockquote",
        "details",
        "dialog",
        "div",
        "dl",
        "figure",
        "footer",
        "form",
        "header",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "ul",
    }
)

# Runs of HTML white space, collapsed to one space outside <pre>: "Kishida,\n   Minister".
# The no-break space (&nbsp;) is not HTML white space and stays.
WHITESPACE = re.compile(r"[ \t\n\r\f]+")

# The letters of a list's "type" attribute, and roman numerals for "i" and "I".
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


class _Marker(str):
    """A list item's marker ("1. ", "(1) ", "• "): drawn beside the item's first line."""


END_OF_ITEM = 0
"""The break that closes a list item: a marker still waiting for text stands alone."""


@attrs.define
class _List:
    """An open ``<ol>`` or ``<ul>``: what its next item's marker is."""

    ordered: bool
    depth: int  # 1 for an <ol> inside no other <ol>
    style: str  # the "type" attribute: "1", "a", "A", "i" or "I"
    next: int


def _roman(number: int) -> str:
    """Lower-case roman numeral: 4 -> "iv"."""
    digits = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def _letters(number: int) -> str:
    """Letter numbering as a browser draws it: 1 -> "a", 27 -> "aa"."""
    text = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _marker(open_list: _List, number: int) -> str:
    """The marker of an item: "1. " at the outer level, "(1) " in a nested <ol>."""
    if not open_list.ordered:
        return "• "
    if open_list.style in "aA" and number > 0:
        label = _letters(number)
    elif open_list.style in "iI" and number > 0:
        label = _roman(number)
    else:
        label = str(number)
    if open_list.style in ("A", "I"):
        label = label.upper()
    return f"{label}. " if open_list.depth == 1 else f"({label}) "


def _integer(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# The names, as a whole id or one class of an element, of the list or the
# element right around it that holds a breadcrumb trail: "breadcrumbs",
# "breadcrumb-list", "topicpath". Not "has-breadcrumbs" (a page's wrapper)
# nor "breadcrumb-item" (one entry).
BREADCRUMB_NAMES = frozenset(
    {"breadcrumb", "breadcrumbs", "breadcrumb-list", "breadcrumb_list", "topicpath", "topic-path"}
)

# The elements that can hold a trail: a list, or a block right around one
# whose end tag is never left out (a "<p>" may end without one).
TRAIL_HOLDERS = frozenset({"ul", "ol", "nav", "div"})

# Between the entries of a breadcrumb trail written as a list, as the site's
# style sheet draws it on one line: "Home > Countries & Regions > Japan-Brazil Relations".
TRAIL_SEPARATOR = " > "


# Markup begun but not finished where the page ends: "<!-- Main", "<p cla",
# "</di", "<!DOCTYPE html".
_UNFINISHED_MARKUP = re.compile(r"<[!?/a-zA-Z]")


# Elements whose end tag is never left out: one open at the end of a page
# tells the page was cut off.
MUST_CLOSE = frozenset(
    {"div", "table", "ol", "ul", "dl", "section", "article", "main", "nav", "header", "footer"}
)


class _Renderer(HTMLParser):
    """Turns HTML into a stream of text pieces (str) and line breaks (int: how many)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # decodes &nbsp; &rsquo; &#8217; ...
        self.pieces: list[str | int] = []
        self._lists: list[_List] = []
        self._hidden = 0
        self._pre = 0
        self._row_cells = 0
        # The element holding a breadcrumb trail, while inside it, and how
        # many elements of its tag are open: the trail's list is drawn inline.
        self._trail_tag: str | None = None
        self._trail_depth = 0
        # Inside a <figure>: where its images' alt texts stand among the
        # pieces, and where its <figcaption> starts, if it has begun.
        self._figure_alts: list[int] | None = None
        self._caption_from: int | None = None
        # How many elements of MUST_CLOSE are open.
        self.open_blocks = 0
        # An element a browser does not show (<div hidden>, style="display:
        # none"), while inside it: its tag and how many of that tag are open.
        self._concealed: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in MUST_CLOSE:
            self.open_blocks += 1
        attrs_ = dict(attributes)
        if self._conceals(tag, attrs_):
            return
        if tag in HIDDEN:
            self._hidden += 1
        elif self._hidden:
            return
        elif self._trail_tag is not None or _names_trail(tag, attrs_):
            self._open_in_trail(tag)
        elif tag == "br":
            self.pieces.append("\n")
        elif tag == "img":
            alt = WHITESPACE.sub(" ", attrs_.get("alt") or "").strip()
            if alt and not _is_icon(attrs_):
                if self._figure_alts is not None:
                    self._figure_alts.append(len(self.pieces) + 1)
                self.pieces.extend([1, alt, 1])
        elif tag in CONTROLS:
            self.pieces.append(" ")
        elif tag in ("td", "th"):
            self._row_cells += 1
            if self._row_cells > 1:
                self.pieces.append("\t")
        else:
            self._open_block(tag, attrs_)

    def _conceals(self, tag: str, attrs_: dict[str, str | None]) -> bool:
        """Whether the element *tag* opens is not shown: hidden itself, or inside one that is.

        A hidden ``<p>`` ends where the next block starts, as a paragraph
        left open does.
        """
        if self._concealed is not None:
            hider, depth = self._concealed
            if hider == "p" and (tag in BLOCKS or tag in PARAGRAPHS or tag in _PARAGRAPH_HOLDERS):
                self._concealed = None
            else:
                if tag == hider:
                    self._concealed = (hider, depth + 1)
                return True
        if tag not in CONCEALABLE:
            # Shown: its end tag may be left out, so where it ends is not sure.
            return False
        hides = "hidden" in attrs_ or HIDING_STYLE.search(attrs_.get("style") or "") is not None
        if hides:
            self._concealed = (tag, 1)
        return hides

    def _close_concealed(self, tag: str) -> None:
        """Count the end tag *tag* inside an element that is not shown, to where it ends.

        A hidden ``<p>`` ends too at the end of the block holding it.
        """
        assert self._concealed is not None
        hider, depth = self._concealed
        if tag == hider:
            self._concealed = (hider, depth - 1) if depth > 1 else None
        elif hider == "p" and (tag in BLOCKS or tag in _PARAGRAPH_HOLDERS):
            self._concealed = None

    def _open_block(self, tag: str, attrs_: dict[str, str | None]) -> None:
        if tag in PARAGRAPHS:
            self.pieces.append(2)
        elif tag in BLOCKS:
            self.pieces.append(1)
        if tag == "pre":
            self._pre += 1
        elif tag == "figure":
            self._figure_alts, self._caption_from = [], None
        elif tag == "figcaption":
            self._caption_from = len(self.pieces)
        elif tag == "tr":
            self._row_cells = 0
        elif tag in ("ol", "ul"):
            # The ordered lists open, this one too: the innermost list counts
            # those around it, so a list nested deep costs no more than one.
            depth = (self._lists[-1].depth if self._lists else 0) + (tag == "ol")
            start = _integer(attrs_.get("start"))
            style = attrs_.get("type") or "1"
            self._lists.append(_List(tag == "ol", depth, style, 1 if start is None else start))
        elif tag == "li" and self._lists:
            open_list = self._lists[-1]
            number = _integer(attrs_.get("value"))
            number = open_list.next if number is None else number
            open_list.next = number + 1
            self.pieces.append(_Marker(_marker(open_list, number)))

    def _open_in_trail(self, tag: str) -> None:
        """An element of a breadcrumb trail: the trail's entries on one line."""
        if self._trail_tag is None:
            self._trail_tag, self._trail_depth = tag, 0
            self.pieces.append(1)
        if tag == self._trail_tag:
            self._trail_depth += 1
        if tag == "li":
            # Entries apart, by the separator unless the entry above wrote its own.
            self.pieces.append(TRAIL_SEPARATOR if self._trail_started() else " ")

    def _trail_started(self) -> bool:
        """Whether an entry of the trail is written and no separator closes it yet."""
        for piece in reversed(self.pieces):
            if isinstance(piece, int):
                return False
            if piece.strip():
                return not piece.rstrip().endswith((">", "›", "»", "/"))
        return False

    def handle_endtag(self, tag: str) -> None:
        if tag in MUST_CLOSE:
            self.open_blocks = max(0, self.open_blocks - 1)
        if self._concealed is not None:
            self._close_concealed(tag)
            return
        if tag in HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif self._hidden:
            return
        elif self._trail_tag is not None:
            if tag == self._trail_tag:
                self._trail_depth -= 1
                if self._trail_depth == 0:
                    self._trail_tag = None
                    self.pieces.append(1)
        elif tag in PARAGRAPHS:
            self.pieces.append(2)
        elif tag in CONTROLS:
            self.pieces.append(" ")
        elif tag in BLOCKS:
            self._close_block(tag)

    def _close_block(self, tag: str) -> None:
        """End the block *tag*: its line, and what it kept open (a list, a figure)."""
        self.pieces.append(1)
        if tag == "li":
            self.pieces.append(END_OF_ITEM)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag in ("ol", "ul") and self._lists:
            self._lists.pop()
        elif tag == "figcaption":
            self._drop_alts_captioned()
        elif tag == "figure":
            self._figure_alts = None

    def _drop_alts_captioned(self) -> None:
        """Drop the alt text of a figure's image that its visible caption opens with.

        ``<figure><img alt="Japan-India Summit Meeting"><figcaption>Japan-India
        Summit Meeting (Photo: Cabinet Public Relations Office)</figcaption>``
        is one photo, as the browser shows it, not two.
        """
        if self._figure_alts is None or self._caption_from is None:
            return
        written = self.pieces[self._caption_from :]
        caption = " ".join("".join(p for p in written if isinstance(p, str)).split()).lower()
        for at in self._figure_alts:
            alt = self.pieces[at]
            if isinstance(alt, str) and caption.startswith(alt.lower()):
                self.pieces[at] = ""
        self._caption_from = None

    def drop_unfinished(self) -> None:
        """Drop markup the page leaves unfinished at its end, as a browser does.

        A comment left open (``<!-- ...`` with no ``-->``) hides the rest of
        the page, and a tag cut off (``<p class="le``) shows nothing; some
        versions of :mod:`html.parser` would show them as text. Called
        before :meth:`close`.
        """
        if _UNFINISHED_MARKUP.match(self.rawdata):
            self.rawdata = ""

    def handle_data(self, data: str) -> None:
        if self._hidden or self._concealed is not None:
            return
        # Line breaks in the HTML source are not line breaks of the page,
        # except inside <pre>.
        self.pieces.append(data if self._pre else WHITESPACE.sub(" ", data))


def _is_icon(attributes: dict[str, str | None]) -> bool:
    """Whether an ``<img>`` is an icon, not a photo: small, or named as icons are.

    ``width="16"``, ``src="/common/images/icon_pdf.gif"``, ``src="newwin.png"``,
    ``src="arrow_r.gif"`` (see :data:`ICON_NAME`): its alt text ("PDF",
    "Open a New Window") is no caption, and a browser copy shows none.

    >>> _is_icon({"src": "/img/icon_pdf.gif", "alt": "PDF"}), _is_icon({"src": "000396001.jpg"})
    (True, False)
    """
    for size in (attributes.get("width"), attributes.get("height")):
        number = _integer((size or "").removesuffix("px"))
        if number is not None and number <= MAX_ICON_PIXELS:
            return True
    name = (attributes.get("src") or "").rsplit("/", 1)[-1].split("?", 1)[0].lower()
    return ICON_NAME.fullmatch(name.rsplit(".", 1)[0]) is not None


# An image this many pixels wide or high, or less, is an icon.
MAX_ICON_PIXELS = 32

# The file name of an icon, its extension left out: "icon_pdf", "ico_newwin",
# "pdf", "arrow_r", "new_window", "external", "blank"; not a photo's
# ("000396001", "window_view", "pdf_cover_photo").
ICON_NAME = re.compile(
    r"(?:\w*[_-])?icon(?:[_-]\w*)?|ico[_-]\w+"
    r"|(?:arrow|pdf|newwin|new_?window|external|blank|spacer)(?:[_-]?\w{1,3})?"
)


def _names_trail(tag: str, attributes: dict[str, str | None]) -> bool:
    """Whether an element says it holds a breadcrumb trail, drawn on one line.

    A list, or the nav or div around it, whose ``id``, one of whose classes
    or whose accessible name (``<nav aria-label="Breadcrumb">``) is
    "breadcrumb", "breadcrumbs", "breadcrumb-list" or "topicpath", or whose
    schema.org type is BreadcrumbList (``<ol itemscope
    itemtype="https://schema.org/BreadcrumbList">``). Its entries are joined
    by " > ".
    """
    if tag not in TRAIL_HOLDERS:
        return False
    names = {(attributes.get("id") or "").lower(), *(attributes.get("class") or "").lower().split()}
    return (
        not names.isdisjoint(BREADCRUMB_NAMES)
        or (attributes.get("aria-label") or "").strip().lower() in BREADCRUMB_NAMES
        or (attributes.get("itemtype") or "").rstrip("/").endswith("/BreadcrumbList")
    )


def _layout(pieces: list[str | int]) -> Iterator[str]:
    """The lines of the page: breaks between blocks, spaces collapsed as a browser does.

    A list item's marker goes on the line of the item's first text, even when
    that text is in a block of its own (``<li><h2>Opening</h2>``), as the
    browser draws it; an item that holds another list first gets both
    markers on one line, "1. (1) Trade".
    """
    current: list[str] = []
    last = ""  # the last character of the text so far; "" at the start
    pending = 0  # line breaks owed before the next text
    marker = ""  # markers waiting for their item's text
    for piece in pieces:
        if isinstance(piece, _Marker):
            marker += piece
            continue
        if piece == END_OF_ITEM and marker:
            piece, marker = marker.rstrip(" "), ""  # an empty item shows its marker alone
        if isinstance(piece, int):
            # Breaks before the first text are dropped, and adjacent breaks
            # merge: "</p><p>" owes two, not four.
            pending = max(pending, piece) if current else 0
            continue
        if pending or last in ("", " ", "\n"):
            piece = piece.lstrip(" ")  # a space after a space, or at a line start
        if not piece:
            continue
        if pending:
            yield from "".join(current).split("\n")
            yield from [""] * (pending - 1)
            current, pending = [], 0
        current.append(marker + piece)
        marker, last = "", piece[-1]
    yield from "".join(current).split("\n")


def html_to_text(html: str | bytes, *, encoding: str | None = None) -> str:
    """The text of an HTML page as a browser copy gives it, ready for :func:`parse`.

    *html* is the page's text, or its bytes as downloaded, decoded as a
    browser decodes them (:func:`~readout_parser.charset.decode_html`;
    *encoding* names their encoding, as a server's header may).

    - Block elements (``<p>``, ``<div>``, ``<h1>``, ``<li>``, ``<figure>``,
      ...) stand on lines of their own, paragraphs between blank lines;
      inline elements (``<a>``, ``<span>``, ``<strong>``) do not break the
      line. ``<br>`` is a line break.
    - ``<img alt="...">`` is a line holding the alt text: the photo captions;
      not in a ``<figure>`` whose ``<figcaption>`` opens with the same words,
      nor an icon's (see :func:`_is_icon`), which shows nothing.
    - Form controls (``<button>``, ``<select>``, ``<option>``, ``<input>``)
      stand apart by a space in their line.
    - Items of an ordered list are numbered as the browser shows them,
      "1. ", "2. " (honouring ``start``, ``value`` and ``type``); items of an
      ordered list inside another are "(1) ", "(2) ", as the site writes
      them; items of an unordered list start with "• ".
    - A breadcrumb trail written as a list (see :func:`_names_trail`) is one
      line: "Home > Countries & Regions > Japan-Brazil Relations".
    - The content of ``<script>``, ``<style>``, ``<template>``, ``<noscript>``,
      ``<iframe>`` and ``<head>`` (so the ``<title>``) is dropped, and so is
      an element a browser does not show: ``hidden``, or styled ``display:
      none`` on the element itself, a block whose end tag HTML requires
      (``<div>``, ``<ul>``, ``<table>``, ``<section>``, ...; a ``<p>`` up to
      the next block). An ``<li>``, ``<tr>``, ``<option>`` or inline element
      so marked is shown: its end tag may be left out.
    - Markup unfinished at the page's end shows nothing (an open ``<!--`` hides the rest).
    - Character references are decoded (``&rsquo;`` is "’", ``&nbsp;`` a
      no-break space, which :func:`parse` treats as a space).
    - White space in the source collapses to one space, outside ``<pre>``;
      lines are stripped of spaces at both ends and of tabs at their end (a
      ``<pre>`` keeps its indentation), and there is never more than one
      blank line in a row.

    Pure and total: any ``str`` gives a ``str``; markup it cannot read is
    kept as text, as a browser shows it.

    >>> print(html_to_text(
    ...     '<p>Mr. Kishida <a href="/a">met</a>\\n  the Minister.</p>'
    ...     '<figure><img src="1.jpg" alt="Japan-Italy Meeting 1">'
    ...     "<figcaption>(Photo: Cabinet Public Relations Office)</figcaption></figure>"
    ...     "<ol><li>Economy<ol><li>Trade</li><li>Energy</li></ol></li><li>Culture</li></ol>"
    ... ))
    Mr. Kishida met the Minister.
    <BLANKLINE>
    Japan-Italy Meeting 1
    (Photo: Cabinet Public Relations Office)
    1. Economy
    (1) Trade
    (2) Energy
    2. Culture
    >>> html_to_text("<p>Mr.&nbsp;Kishida&rsquo;s visit</p>")
    'Mr.\\xa0Kishida’s visit'
    """
    return _text(_render(_html_text("html_to_text", html, encoding)).pieces)


def _render(html: str) -> _Renderer:
    """*html* rendered: its pieces of text, and what it left open."""
    renderer = _Renderer()
    renderer.feed(html)
    renderer.drop_unfinished()
    renderer.close()
    return renderer


def _text(pieces: list[str | int]) -> str:
    """The lines of *pieces* stripped, with no blank line at either end or two in a row."""
    lines: list[str] = []
    for line in _layout(pieces):
        line = line.strip(" ").rstrip("\t ")
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def parse_html(
    html: str | bytes, *, strict: Strictness = False, encoding: str | None = None
) -> Readout:
    """Parse an HTML readout page: ``parse(html_to_text(html), strict=strict)``.

    *html* may be the page's bytes, decoded as :func:`html_to_text` says
    (*encoding* names their encoding, if the server's header gives it).

    The spans of the readout are offsets into the rendered text, not into
    the HTML: render it again (:func:`html_to_text` is pure, so it gives the
    same text) and slice that.

    >>> page = ('<p>Japan-China Relations</p><h1>Japan-China Foreign Ministers&rsquo; Meeting</h1>'
    ...         '<p>May 9, 2018</p><p>The two ministers met.</p>')
    >>> readout = parse_html(page)
    >>> readout.title, readout.date.isoformat()
    ('Japan-China Foreign Ministers’ Meeting', '2018-05-09')
    >>> readout.spans.title.slice(html_to_text(page))
    'Japan-China Foreign Ministers’ Meeting'
    """
    html = _html_text("parse_html", html, encoding)
    strict_codes(strict)
    rendered = _render(html)
    text = _text(rendered.pieces)
    readout = parse(text)
    if not text.strip() and html.strip():
        # Markup that renders to no text: say so, rather than that the input is empty.
        readout = attrs.evolve(
            readout,
            diagnostics=tuple(
                attrs.evolve(diagnostic, message=RENDERS_TO_NOTHING)
                if diagnostic.code == EMPTY_INPUT
                else diagnostic
                for diagnostic in readout.diagnostics
            ),
        )
    # A page may leave out its end tags; one cut off also ends inside an
    # element that must be closed, or before its "Back to ..." footer.
    cut_off = _cut_off(html) and (rendered.open_blocks > 0 or readout.back_link is None)
    if cut_off and all(d.code != TRUNCATED for d in readout.diagnostics):
        # The text may end on a full stop; the markup still shows the cut.
        (cut,) = diagnose(text, [Problem(TRUNCATED, HTML_CUT_OFF, Span(len(text), len(text)))])
        readout = attrs.evolve(readout, diagnostics=(*readout.diagnostics, cut))
    return check_strict(readout, strict)


# A whole document, from its doctype or <html> tag on: "<!DOCTYPE html>",
# after an XML declaration or a comment ("<!-- saved from url=... -->").
_DOCUMENT_START = re.compile(
    r"(?:\s*(?:<\?xml[^>]*>|<!--.*?-->))*\s*(?:<!doctype\b|<html\b)", re.IGNORECASE | re.DOTALL
)
# A document's end tags, one of which every page the site serves closes with.
_DOCUMENT_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _cut_off(html: str) -> bool:
    """Whether *html* is a whole document with no ``</body>`` nor ``</html>``.

    Both may be left out of a page whole: :func:`parse_html` takes the page
    for cut off where it also leaves open an element that must be closed
    (see :data:`MUST_CLOSE`) or ends before its "Back to ..." footer.

    >>> _cut_off("<!DOCTYPE html><html><body><p>Japan</p>"), _cut_off("<p>Japan</p>")
    (True, False)
    """
    return (
        _DOCUMENT_START.match(html.lstrip("\ufeff")) is not None
        and _DOCUMENT_END.search(html) is None
    )


# The message of the ``truncated`` diagnostic of a document cut off.
HTML_CUT_OFF = (
    "the HTML ends before its </body> and </html>: the download was cut off, so the readout "
    "holds only what came before the cut (its sections and footer may be missing); "
    "download the page again."
)


def _html_text(function: str, html: str | bytes, encoding: str | None) -> str:
    """*html* as text: decoded, if it is the page's bytes."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(
            f"{function}() takes encoding= as the name of an encoding (str), "
            f"not {type(encoding).__name__}"
        )
    if isinstance(html, (bytes, bytearray, memoryview)):
        return decode_html(bytes(html), encoding, function=function)
    if not isinstance(html, str):
        raise TypeError(not_text_message(function, "the HTML", html, "str or bytes"))
    if encoding is not None:
        raise TypeError(
            f"{function}() was given encoding={encoding!r} with HTML that is already str; "
            "the encoding names how bytes are decoded: pass the page's bytes, or leave it out"
        )
    return html


# The message of an ``empty-input`` for HTML that renders to no text.
RENDERS_TO_NOTHING = (
    "the HTML renders to no text: everything in it is markup, a script, a style or a "
    "comment (a <script> or an <!-- left open hides the rest of the page); pass the page's "
    "HTML as the site serves it."
)
