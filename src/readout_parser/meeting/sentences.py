"""Sentences of a lead paragraph, split where a full stop really ends one.

"Mr.", "U.S.", "H.E." and initials do not end a sentence; "p.m." does unless
a zone or a parenthesis follows it; nothing inside a parenthesis does.
"""

from __future__ import annotations

import functools
import re

__all__ = ["sentence_bounds"]


@functools.cache
def _abbreviation() -> re.Pattern[str]:
    # Abbreviations whose full stop does not end a sentence: "Mr.", "U.S.", "H.E.", "W.".
    return re.compile(
        r"(?:^|(?<=[\s(\-/.]))(?:Mr|Mrs|Ms|Dr|Prof|Amb|Hon|Honorable|Honourable|Rev|Rt|St|Jr|Sr"
        r"|No|Gen|Lt|Col|Adm|Mt|Sen|Rep|Gov"
        r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|approx|vs|etc"
        r"|(?:[^\W\d_]\.)*[^\W\d_])$"
    )


@functools.cache
def _sentence_end() -> re.Pattern[str]:
    # A sentence end: a full stop, "!" or "?", then a space and a capital or an opening bracket.
    return re.compile(r"[.!?](?=\s[A-Z(“\"‘'\u00c0-\u024f])")


@functools.cache
def _zone_word() -> re.Pattern[str]:
    # After "a.m."/"p.m." a capital word may be a zone, not a new sentence: "p.m. JST".
    return re.compile(r"\s(?:JST|EST|EDT|GMT|UTC|Japan|Tokyo|Eastern|NY|Local)\b")


def sentence_bounds(
    text: str, start: int = 0, end: int | None = None
) -> tuple[tuple[int, int], ...]:
    """Split ``text[start:end]`` into sentences, as ``(start, end)`` pairs.

    A sentence's end excludes its closing full stop, so a title read up to
    the end does not take the stop with it.

    >>> text = "Mr. Kono met Dr. Kang at 8 a.m. JST. The overview is as follows."
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['Mr. Kono met Dr. Kang at 8 a.m. JST', 'The overview is as follows']
    """
    stop = len(text) if end is None else end
    bounds: list[tuple[int, int]] = []
    begin = start
    for match in _sentence_end().finditer(text, start, stop):
        dot = match.start()
        if dot < begin or _inside_parenthesis(text, begin, dot):
            continue
        if text[dot] == "." and not _ends_sentence(text, begin, dot):
            continue
        bounds.append((begin, dot))
        begin = dot + 2
    tail = stop
    while tail > begin and text[tail - 1] in ".!? ":
        tail -= 1
    if tail > begin:
        bounds.append((begin, tail))
    return tuple(bounds)


def _inside_parenthesis(text: str, begin: int, dot: int) -> bool:
    """Whether *dot* lies in a parenthesis opened (recently) in ``text[begin:dot]``.

    "(around 12:30 a.m. Wednesday, April 15, Japan time)" is one sentence;
    a parenthesis left open for long is a cut-off note and ends nowhere.
    """
    opened = text.rfind("(", max(begin, dot - 300), dot)
    return opened >= 0 and text.find(")", opened, dot) < 0


def _ends_sentence(text: str, begin: int, dot: int) -> bool:
    near = max(begin, dot - 40)
    word_start = max(text.rfind(" ", near, dot), text.rfind("(", near, dot), near - 1) + 1
    word = text[word_start:dot]
    if word.lower().endswith(("a.m", "p.m")):
        # "p.m. JST" and "p.m. (local time)" go on; "p.m. The overview" does not.
        following = text[dot + 2 : dot + 3]
        return following.isupper() and _zone_word().match(text, dot + 1) is None
    return _abbreviation().search(word) is None
