"""Patterns compiled on first use, so that importing the package stays cheap.

Each pattern of the page side and the meeting side is declared where it is
used, with an example of what it matches, as ``NAME = lazy(r"...")``;
``NAME()`` gives the compiled pattern, compiled once, on the first call.

>>> YEAR = lazy(r"\\d{4}")
>>> YEAR().fullmatch("2017") is not None, YEAR() is YEAR()
(True, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

import regex


def lazy(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """*pattern* for the ``regex`` module, compiled on the first call of the result."""

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return compiled


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """*pattern* for the standard ``re`` module, compiled on the first call of the result.

    The standard module is the faster of the two where it can say the same.
    """

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled


# The characters that a case-insensitive ``regex`` pattern matches to ASCII
# letters but ``str.lower`` does not lower to them: "İ" (to "i" and a
# combining dot) and "ſ" (left as it is). A lower-cased substring test does
# not find "attend" in "ATTENDİNG" or "present" in "preſent", so it may rule
# a pattern out only in text free of them. (The Kelvin sign, the one other
# such letter, lowers to "k".)
_DOTTED_I = "\u0130"
_LONG_S = "\u017f"


def lowered_finds_all(text: str) -> bool:
    """Whether ``text.lower()`` holds every ASCII word a case-insensitive pattern finds in *text*.

    >>> lowered_finds_all("WORKING DINNER"), lowered_finds_all("WORKING D\\u0130NNER")
    (True, False)
    """
    return _DOTTED_I not in text and _LONG_S not in text


def earliest(lowered: str, words: tuple[str, ...]) -> int:
    """Where the first of *words* stands in *lowered*, or -1 where none does.

    A case-insensitive pattern whose every match starts with one of *words*
    can start no earlier, in a text for which :func:`lowered_finds_all` holds.

    >>> earliest("mr. a held talks and a meeting", ("meeting", "talk"))
    11
    """
    first = -1
    for word in words:
        # Past the first found, the others need not be looked for.
        at = lowered.find(word, 0, len(lowered) if first < 0 else first + len(word) - 1)
        if at >= 0:
            first = at
    return first


def whole_words(words: Iterable[str]) -> str:
    """A ``re`` pattern for any of *words* as a whole word, a space in one read as ``\\s``.

    The same as ``(?<!\\w)(?:w1|w2|...)(?!\\w)`` with *words* longest first,
    but grouped by their first letter, the lookbehind after it: ``re`` then
    passes over every position whose letter opens none of them without
    trying a word, several times faster on a sentence.

    >>> whole_words(["held", "had", "took part"])
    '(?:t(?<!\\\\w.)(?:ook\\\\spart)|h(?<!\\\\w.)(?:eld|ad))(?!\\\\w)'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"\s"))
    return (
        "(?:"
        + "|".join(
            re.escape(first) + r"(?<!\w.)(?:" + "|".join(rests) + ")"
            for first, rests in groups.items()
        )
        + r")(?!\w)"
    )
