"""The meeting sentence split into tokens once, each with its place in the text.

Every reader of people works on these tokens rather than probing the text
with patterns of its own. A token is a word ("Kishida", "Chan-o-cha",
"O’Brien", "Mart?nez"), a dotted abbreviation ("U.S.", "H.E.", "p.m."), a
number ("2:15", "2009") or one character of punctuation. Digits and letters
written together split apart ("95minutes" is "95", "minutes"), and a
possessive "’s" is a token of its own, so a name ends before it.
"""

from __future__ import annotations

import bisect
import re

from readout_parser import vocabulary
from readout_parser._patterns import lazy_re

__all__ = ["Tokens", "tokenize"]


# One token: a number, a dotted abbreviation, a word, a possessive or one
# character of punctuation.
_token = lazy_re(
    r"""
    \d+(?:[:.]\d\d)?(?!\d)                      # "2:15", "4.30", "2009"
    | (?:[^\W\d_]\.){2,}                        # "U.S.", "H.E.", "p.m.", "M.U.M."
    | [^\W\d_]\.[^\W\d_](?![^\W\d_])            # "p.m" without its last stop
    | (?:(?<![^\s(])\?(?=[^\W\d_]))?[^\W\d_]+     # a word ("?ngel": a capital lost to
                                                # encoding), with what joins its parts:
      (?:(?:-|['’‘](?!s(?![^\W\d_]))|\?)[^\W\d_]+)*   # "Chan-o-cha", "O’Brien", "Mart?nez"
      \??                                       # "Jos?" (a letter lost to encoding)
    | ['’‘]s(?![^\W\d_])                        # the possessive "’s"
    | \S                                        # punctuation
    """,
    re.VERBOSE,
)


class Tokens:
    """The tokens of ``text[start:end]``: their texts and where each lies in *text*.

    >>> t = tokenize("Mr. Kono’s visit at 9:20a.m.")
    >>> t.words
    ['Mr', '.', 'Kono', '’s', 'visit', 'at', '9:20', 'a.m.']
    >>> t.text[t.starts[2] : t.end(2)]
    'Kono'
    """

    __slots__ = ("starts", "text", "words")

    def __init__(self, text: str, words: list[str], starts: list[int]) -> None:
        self.text = text
        self.words = words
        self.starts = starts

    def __len__(self) -> int:
        return len(self.words)

    def end(self, index: int) -> int:
        """Where token *index* ends: every token is the text it stands for."""
        return self.starts[index] + len(self.words[index])

    @property
    def ends(self) -> list[int]:
        """Where each token ends."""
        return [start + len(word) for start, word in zip(self.starts, self.words, strict=True)]

    def slice(self, first: int, last: int) -> str:
        """The text from token *first* through the end of token ``last - 1``."""
        if last <= first:
            return ""
        return self.text[self.starts[first] : self.starts[last - 1] + len(self.words[last - 1])]

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after *offset*."""
        return bisect.bisect_left(self.starts, offset)


# What may close a plain word or number, split off without a pattern.
_CLOSERS = ",.;:)"


def _plain(chunk: str) -> bool:
    """Whether *chunk* is one token as it stands: a word of letters or a number.

    A word that starts in lower case and goes on in capitals ("ofIndonesia")
    may be two run together, so it is scanned. (Written out in
    :func:`tokenize`'s loop for the plain chunk, the most common.)
    """
    return (chunk.isalpha() and (chunk.islower() or not chunk[0].islower())) or chunk.isdecimal()


def _one_token(chunk: str) -> bool:
    """Whether the pattern reads ASCII *chunk* as one token: a letter pair or a clock time.

    ASCII only, where Python's letters and digits are the pattern's.

    >>> _one_token("p.m."), _one_token("H.E."), _one_token("12:30"), _one_token("U.S.,")
    (True, True, True, False)
    """
    if len(chunk) < 4 or not chunk.isascii():
        return False
    if len(chunk) == 4 and chunk[1] == "." and chunk[3] == ".":
        return chunk[0].isalpha() and chunk[2].isalpha()
    return chunk[-3] in ":." and chunk[:-3].isdigit() and chunk[-2:].isdigit()


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Split ``text[start:end]`` into :class:`Tokens`.

    The text is white-space normalised, so it splits at single spaces first:
    a plain word or number ("Kishida", "2009"), one with a comma, stop or
    bracket closing it ("Kishida,", "time)") or "(" opening it needs no
    pattern; only the rest is scanned.
    """
    stop = len(text) if end is None else end
    words: list[str] = []
    starts: list[int] = []
    add_word, add_start = words.append, starts.append
    pattern = _token()
    pos = start
    for chunk in text[start:stop].split(" "):
        size = len(chunk)
        if (chunk.isalpha() and (chunk.islower() or not chunk[0].islower())) or chunk.isdecimal():
            add_word(chunk)
            add_start(pos)
        elif size > 1 and chunk[-1] in _CLOSERS and _plain(word := chunk[:-1]):
            # "Kishida,", "Affairs.", "time)", "16,": a plain word and what closes it.
            words.extend((word, chunk[-1]))
            starts.extend((pos, pos + size - 1))
        elif size > 1 and chunk[0] == "(" and _plain(chunk[1:]):
            # "(local", "(Japanese".
            words.extend(("(", chunk[1:]))
            starts.extend((pos, pos + 1))
        elif _one_token(chunk):
            # "p.m.", "H.E.", "5:30": common enough to spare the pattern.
            add_word(chunk)
            add_start(pos)
        elif chunk:
            _scan(text, pos, pos + size, pattern, words, starts)
        pos += size + 1
    return Tokens(text, words, starts)


def _scan(
    text: str,
    start: int,
    stop: int,
    pattern: re.Pattern[str],
    words: list[str],
    starts: list[int],
) -> None:
    for match in pattern.finditer(text, start, stop):
        word = match.group()
        at = match.start()
        glued = _glued_style(word)
        if glued:
            # "Dato'Amran": a style written onto the name it precedes.
            words.extend((word[: glued - 1], word[glued - 1], word[glued:]))
            starts.extend((at, at + glued - 1, at + glued))
            continue
        joiner = _glued_joiner(word)
        if joiner:
            # "ofIndonesia": a copy that lost the space after a small word.
            words.extend((word[:joiner], word[joiner:]))
            starts.extend((at, at + joiner))
            continue
        words.append(word)
        starts.append(at)


def _glued_joiner(word: str) -> int:
    """The length of a small word run into the capitalised word after it, or 0.

    >>> _glued_joiner("ofIndonesia"), _glued_joiner("theRepublic"), _glued_joiner("iPhone")
    (2, 3, 0)
    """
    if not word[:1].islower() or word.islower():
        return 0
    for index, char in enumerate(word):
        if char.isupper():
            return index if word[:index] in vocabulary.GLUED_JOINERS else 0
    return 0


# Styles that end in an apostrophe and may be written onto the name: "Dato'Amran".
_APOSTROPHE_STYLES = ("Dato'", "Dato’", "Datuk'", "Datuk’")


def _glued_style(word: str) -> int:
    """The length of a style glued to the front of *word*, or 0."""
    if "'" not in word and "’" not in word:
        return 0
    for style in _APOSTROPHE_STYLES:
        if word.startswith(style) and len(word) > len(style) and word[len(style)].isupper():
            return len(style)
    return 0
