"""Text primitives: lines with their offsets, and white-space normalisation.

Everything downstream works on normalised text but reports spans into the
original input, so this module is the one place that knows how the two
relate.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from readout_parser._patterns import lazy, lazy_re
from readout_parser.model import Span, new_span

_T = TypeVar("_T")

# A run of white space as str.split() knows it (NBSP, tabs, ideographic
# space and the information separators U+001C-U+001F included, which the
# regex module's \s leaves out), plus the BOM a copy from some editors
# prepends: "\ufeff  Japan" -> "Japan".
WHITESPACE_RUN = lazy(r"[\s\x1c-\x1f\ufeff]++")


# White space that normalising changes: a run of two or more white-space
# characters ("  ", " \u00a0"), or one that is not the space ("\t", "\u00a0",
# the BOM). WHITESPACE_RUN's characters, in ``re``, which is faster here.
IRREGULAR_SPACE = lazy_re(r"[\s\ufeff]{2,}|[^\S ]|\ufeff")

# WHITESPACE_RUN's characters, for trimming.
_SPACE_CHARS = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)

# Characters that take no room on the screen: zero-width space, joiners and
# the word joiner, soft hyphen, bidi marks and embeddings, the BOM inside a
# line, and the C0 control characters and DEL (a NUL of a broken file; C1
# controls, "\x96" of windows-1252 read as Latin-1, are kept: they tell what
# was meant). "Japan\u200b-China", "\u200e(Photo: Cabinet Public
# Relations Office)": they change neither what a line is nor the text of a
# value, so they are left out of ``Line.text`` (their offsets are still
# inside spans).
INVISIBLE = lazy_re(
    r"[\x00-\x08\x0e-\x1b\x7f"
    r"\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# What keeps a line from being its own text: any white space but the space
# (as str.isspace() knows it: tab, NBSP, ideographic space, U+001C-U+001F
# ...) or an invisible character. "Japan\u00a0and China", "Japan\u200b-China"
# hold one; "Japan and China" holds none, and is its own text when it has no
# double space and no space at either end.
NOT_PLAIN = lazy_re(
    r"[\x00-\x1f\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    r"\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


class Line:
    """One line of the input: its 0-based index and where its text lies.

    ``start``/``end`` bound the line's content with leading and trailing
    white space trimmed; ``text`` is that content normalised.
    ``indent`` is the number of white-space characters before the content.
    A plain slotted value: a page has one per line, and the parser makes many.
    """

    __slots__ = ("end", "indent", "index", "offsets", "start", "text")

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        text: str,
        indent: int,
        offsets: tuple[int, ...] | None = None,
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.indent = indent
        # Source offset of each character of ``text`` (plus one past the end);
        # None when the content is already normal, so offsets are ``start + i``.
        self.offsets = offsets

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.start}, {self.end}, {self.text!r})"

    @property
    def number(self) -> int:
        """The 1-based line number, as diagnostics report it."""
        return self.index + 1

    def offset(self, i: int) -> int:
        """The source offset of ``text[i]`` (``i == len(text)`` is the end)."""
        if self.offsets is None:
            return self.start + i
        return self.offsets[i]

    def span(self, i: int = 0, j: int | None = None) -> Span:
        """The source span of ``text[i:j]``, trimmed of white space at its ends."""
        text = self.text
        if j is None:
            j = len(text)
        if i == 0 and j == len(text):
            # The whole line: its text is trimmed already, and starts and
            # ends where the line's content does (an empty line at its end).
            return new_span(self.start, self.end)
        while i < j and text[i] == " ":
            i += 1
        while j > i and text[j - 1] == " ":
            j -= 1
        if self.offsets is None:
            # Offsets are the identity: no lookups, and the line's own start
            # and end where the span reaches them, not new numbers equal to them.
            start = self.start
            return new_span(start + i if i else start, self.end if j == len(text) else start + j)
        if i == j:
            at = self.offsets[i]
            return new_span(at, at)
        return new_span(self.offsets[i], self.offsets[j - 1] + 1)


class Passage:
    """Normalised text read from one or more lines, and where each character came from.

    ``text`` is the text; ``offsets[i]`` is the source offset of ``text[i]``,
    and ``offsets[len(text)]`` one past the end of the last character. The
    space that joins two lines stands where the line before it ended. The map
    is built when first asked for, from the lines: most passages never need it.
    ``span`` is where the passage lies in the input, as the model reports it.
    A passage read from one line as written, through a run of its
    characters, has its map at once (a range) and keeps no parts: the model's
    values outlive the parse, and need not keep the lines alive.

    >>> lines = split_lines("On May 9, the two\\n  leaders met.")
    >>> passage = Passage("On May 9, the two leaders met.", [
    ...     (lines[0], range(17)), (lines[1], range(12))], lines[0].span(0))
    >>> passage.offsets[18], passage.offsets[17], len(passage.offsets)
    (20, 17, 31)
    """

    __slots__ = ("_offsets", "glued", "parts", "span", "text")

    def __init__(
        self,
        text: str,
        parts: Sequence[tuple[Line, Sequence[int]]],
        span: Span,
        glued: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        self.span = span
        # Each part is a line and the indices in its text of the characters
        # this passage took from it, in order; parts are joined by one space,
        # but for the parts in ``glued``, joined to the one before with none
        # (a line opening with ")" closes the bracket of the line above).
        self.parts = parts
        self.glued = glued
        self._offsets: Sequence[int] | None = None
        if len(parts) == 1:
            line, indices = parts[0]
            if line.offsets is None and isinstance(indices, range) and indices.step == 1:
                # Identity-mapped characters: the offsets are a range too.
                self._offsets = range(line.start + indices.start, line.start + indices.stop + 1)
                self.parts = ()

    @property
    def offsets(self) -> Sequence[int]:
        """The source offset of each character of ``text``, plus one past the end."""
        if self._offsets is None:
            self._offsets = _offsets_of(self.parts, self.glued)
        return self._offsets

    def __repr__(self) -> str:
        return f"Passage({self.text!r}, {self.span!r})"


def _offsets_of(
    parts: Sequence[tuple[Line, Sequence[int]]], glued: frozenset[int] = frozenset()
) -> Sequence[int]:
    found: list[int] = []
    for number, (line, indices) in enumerate(parts):
        if found and number not in glued:
            found.append(found[-1] + 1)
        found.extend(line.offset(i) for i in indices)
    found.append(found[-1] + 1 if found else 0)
    return found


def normalize(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends.

    >>> normalize("\\ufeff Japan\\u00a0 and\\tthe  U.S. ")
    'Japan and the U.S.'
    """
    return WHITESPACE_RUN().sub(" ", text).strip(" ")


def split_lines(text: str) -> tuple[Line, ...]:
    """Split *text* into :class:`Line` values, keeping offsets into *text*.

    >>> [(l.text, l.start, l.end) for l in split_lines("a\\r\\n  b c \\n")]
    [('a', 0, 1), ('b c', 5, 8), ('', 10, 10)]
    """
    return tuple(iter_lines(text))


def iter_lines(text: str) -> Iterator[Line]:
    """The lines of *text*, one at a time, as :func:`split_lines` gives them.

    Lines end as a web copy ends them: at "\\n", "\\r\\n" or a lone "\\r".
    Other vertical separators (form feed, U+2028) are white space inside a
    line, which is how browsers render them. A reader that keeps something
    else per line need not hold them all.

    >>> [(l.text, l.start) for l in iter_lines("a\\rb\\r\\n\\r")]
    [('a', 0), ('b', 2), ('', 5), ('', 6)]
    """
    for index, start, raw in raw_lines(text):
        yield make_line(raw, index, start)


def released(items: list[_T]) -> Iterator[_T]:
    """The values of *items*, in order, each let go of by the list as it is read.

    The list is emptied by reading to the end; a reader stopping early
    leaves the rest in it reversed.

    >>> values = [1, 2, 3]
    >>> [value for value in released(values)], values
    ([1, 2, 3], [])
    """
    items.reverse()
    while items:
        yield items.pop()


def raw_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """The index, the start and the text as written of each line of *text*.

    >>> list(raw_lines("a\\rb\\r\\n c"))
    [(0, 0, 'a'), (1, 2, 'b'), (2, 5, ' c')]
    """
    # str.split is several times faster than a pattern for line breaks. The
    # pieces are taken from the end of the reversed list, so each is let go
    # of once its line is made: a page of many short lines does not hold
    # them all besides its lines.
    pieces = text.split("\n")
    pieces.reverse()
    if "\r" not in text:
        # Most pages break lines at "\n" alone: each piece is a line.
        start = 0
        for index in range(len(pieces)):
            piece = pieces.pop()
            yield index, start, piece
            start += len(piece) + 1
        return
    start = 0
    index = 0
    while pieces:
        piece = pieces.pop()
        # A "\r" closing a piece before a "\n" (one more piece follows) is
        # half of a "\r\n"; any other "\r" ends a line of its own.
        crlf = bool(pieces) and piece[-1:] == "\r"
        if crlf:
            piece = piece[:-1]
        if "\r" in piece:
            for raw in piece.split("\r"):
                yield index, start, raw
                index += 1
                start += len(raw) + 1
        else:
            yield index, start, piece
            index += 1
            start += len(piece) + 1
        if crlf:
            start += 1


def plain(raw: str) -> str | None:
    """The text of the line *raw* when it is the line as written, else None.

    Most lines have nothing to trim, collapse or leave out: their text is
    the line as written, its offsets the identity. A few substring tests and
    one scan of the characters tell, where splitting into words and joining
    them again costs three times as much.
    """
    if not raw:
        return ""
    if (
        raw[:1] != " "
        and raw[-1:] != " "
        and "  " not in raw
        # No character of NOT_PLAIN is printable, and str.isprintable() scans
        # faster than the pattern; a line it refuses is asked the pattern.
        and (raw.isprintable() or NOT_PLAIN().search(raw) is None)
    ):
        return raw
    return None


def make_line(raw: str, index: int, start: int) -> Line:
    """The line *raw*, which starts at *start*, normalised (see :func:`plain`)."""
    content = plain(raw)
    if content is not None:
        return Line(index, start, start + len(content) if content else start, content, 0)
    if (not raw.isascii() or not raw.isprintable()) and INVISIBLE().search(raw) is not None:
        return _visible_line(raw, index, start)
    # str.split() knows the same white space as WHITESPACE_RUN, and is several
    # times faster than a regex substitution.
    words = raw.split()
    end = start + len(raw)
    if not words:
        return Line(index, end, end, "", 0)
    text = " ".join(words)
    lead = len(raw) - len(raw.lstrip())
    trail = len(raw) - len(raw.rstrip())
    content_start = start + lead
    content_end = end - trail
    if content_end - content_start == len(text):
        # Only single ASCII spaces inside: offsets are the identity.
        return Line(index, content_start, content_end, text, lead)
    normal, offsets = normalize_with_offsets(raw, lead, len(raw) - trail)
    return Line(
        index,
        content_start,
        content_end,
        normal,
        lead,
        # Shifted from the line to the input; map keeps the loop in C.
        tuple(map(start.__add__, offsets)),
    )


def _visible_line(raw: str, index: int, start: int) -> Line:
    """A line holding invisible characters: its text without them, normalised."""
    parts: list[str] = []
    offsets: list[int] = []
    space = -1
    for at, char in enumerate(raw):
        if INVISIBLE().match(char) is not None:
            continue
        if char.isspace() or "\x1c" <= char <= "\x1f":
            if space < 0:
                space = at
            continue
        if space >= 0 and parts:
            parts.append(" ")
            offsets.append(start + space)
        space = -1
        parts.append(char)
        offsets.append(start + at)
    end = start + len(raw)
    if not parts:
        return Line(index, end, end, "", 0)
    first, last = offsets[0], offsets[-1] + 1
    offsets.append(last)
    return Line(index, first, last, "".join(parts), first - start, tuple(offsets))


def normalize_with_offsets(text: str, start: int, end: int) -> tuple[str, Sequence[int]]:
    """Normalise ``text[start:end]`` and map each output character to its source.

    Returns the normalised string and a sequence ``offsets`` one longer than
    it: ``offsets[i]`` is the offset in *text* of output character ``i``, and
    ``offsets[-1]`` is the end of the last character. A collapsed run of white
    space maps to the run's first character. Use it to turn a match in the
    normalised text into a span of the input.

    >>> s, o = normalize_with_offsets("x  a\\u00a0\\u00a0b  ", 1, 8)
    >>> s, o[0], o[2], o[-1]
    ('a b', 3, 6, 7)
    """
    # Only the white space that changes is visited: a run of two or more
    # characters, or one that is not the space. Text between such runs,
    # single spaces included, maps to a contiguous range of offsets.
    first, stop = start, min(end, len(text))
    while first < stop and text[first] in _SPACE_CHARS:
        first += 1
    while stop > first and text[stop - 1] in _SPACE_CHARS:
        stop -= 1
    if first >= stop:
        return "", [start]
    parts: list[str] = []
    offsets: list[int] = []
    cursor = first
    for run in IRREGULAR_SPACE().finditer(text, first, stop):
        # A collapsed run maps to its first character.
        parts.append(text[cursor : run.start()])
        parts.append(" ")
        offsets.extend(range(cursor, run.start()))
        offsets.append(run.start())
        cursor = run.end()
    parts.append(text[cursor:stop])
    offsets.extend(range(cursor, stop))
    offsets.append(stop)
    return "".join(parts), offsets
