"""Sentences of a paragraph: where a full stop really ends one.

Shared by the meeting reader (which sentence tells the meeting) and the
statements (who said what). The rules follow how readouts write:

- "Mr.", "Ms.", "Dr.", "H.E.", "No." and initials ("Rex W. Tillerson") never
  end a sentence;
- "U.S.", "U.N.", "p.m." and the like end one only when a word that opens a
  sentence follows ("... its alliance with the U.S. The two leaders ...");
- nothing inside a parenthesis or a quotation ends a sentence, and a
  parenthesis standing between sentences is one of its own;
- a paragraph's end ends its last sentence, cut off or not;
- a "?" right after a letter, after a personal style ("H.E. Mr. Jos?
  Antonio") or before a word (past initials) that lost a
  letter to "?" as well is a lost letter too, not a question's end: "H.E.
  Mr. Jos? Mart?nez" (a broken encoding writes "?" for the letters it cannot
  show).

Patterns compile on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from readout_parser import calendar, vocabulary
from readout_parser._patterns import lazy_re

__all__ = ["iter_sentence_bounds", "may_be_short_given_name", "sentence_bounds", "sentence_spans"]


# Sentence openers that an abbreviation may well run into inside a sentence:
# "U.S. Secretary of State", "U.S. President Trump". Only a pronoun or a
# function word after them makes a new sentence.
_OFFICE_OPENERS: Final = frozenset({"Prime", "Minister", "Foreign", "President", "Secretary"})


# What the splitter looks at: a stop with the closers after it ("." ".”" ".)"),
# or a bracket or double quote that opens or closes an aside. A stop inside a
# word ("U.S.", "p.m.", "Mart?nez") ends nothing and changes no depth, so it
# is not looked at: a stop counts only before a space, a closer or the end.
# One class of what a mark starts with lets the scan skip the letters between
# marks fast; only after a stop may closers follow.
_marks = lazy_re(r"[.!?()\[\]“”\"](?:(?<=[.!?])(?![^ \"”’)\]])[\"”’)\]]*|(?<![.!?]))")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ``(start, end)`` pairs, stops included.

    >>> text = "Mr. Kono met Dr. Kang at 8 a.m. JST. They agreed on the U.S. The rest follows"
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Mr. Kono met Dr. Kang at 8 a.m. JST.', 'They agreed on the U.S.', 'The rest follows']
    >>> text = "He said “We agree. Fully.” (The meeting was attended by Mr. A.) Then they left."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['He said “We agree. Fully.”', '(The meeting was attended by Mr. A.)', 'Then they left.']
    >>> text = "Is it so? Mr. Kono met Mr. Jos? Mart?nez. Then they left."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Is it so?', 'Mr. Kono met Mr. Jos? Mart?nez.', 'Then they left.']
    """
    return list(_spans(text, start, len(text) if end is None else end))


def _spans(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``text[start:stop]`` one by one: callers may stop early."""
    begin = _skip_spaces(text, start, stop)
    depth = 0
    quoted = False
    for mark in _marks().finditer(text, begin, stop):
        found = mark.group()
        if found != ".":
            depth, quoted = _nest(found, depth, quoted)
        if depth or quoted:
            continue
        after = mark.end()
        if after < stop and text[after] != " ":
            # Inside a word ("U.S.", "p.m."): no sentence ends here.
            continue
        # A parenthesis of a few words at least: "(a)" alone is no sentence.
        aside = found[-1] in ")]" and text[begin] in "([" and " " in text[begin:after]
        if (aside and _opens_next(text, after, stop)) or (
            found[0] in ".!?" and _ends_here(text, begin, mark.start(), after, stop)
        ):
            # A parenthesis standing between sentences, "(The meeting was ...)",
            # ends with its bracket.
            yield begin, after
            begin = _skip_spaces(text, after, stop)
    tail = stop
    while tail > begin and text[tail - 1] == " ":
        tail -= 1
    if tail > begin:
        yield begin, tail


def _nest(found: str, depth: int, quoted: bool) -> tuple[int, bool]:
    """The parenthesis depth and quotation state after the mark *found*."""
    for char in found:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "“":
            quoted = True
        elif char == "”":
            quoted = False
        elif char == '"':
            quoted = not quoted
    return depth, quoted


def _skip_spaces(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] == " ":
        pos += 1
    return pos


def _opens_next(text: str, pos: int, stop: int) -> bool:
    """Whether a new sentence may start after *pos*: the end, or a space and a capital."""
    if pos >= stop:
        return True
    if text[pos] != " ":
        return False
    following = text[pos + 1 : pos + 2]
    return following.isupper() or following.isdigit() or following in '(“"‘['


def _ends_here(text: str, begin: int, dot: int, after: int, stop: int) -> bool:
    """Whether the stop at *dot* (its closers run to *after*) ends the sentence."""
    if (
        text[dot] == "?"
        and dot > begin
        and text[dot - 1].isalpha()
        and (
            _lost_letter_next(text, after, stop)
            or _styled_before(text, begin, dot)
            or _inside_name(text, begin, dot, after, stop)
        )
    ):
        return False
    if text[dot] != "." or after >= stop:
        return _opens_next(text, after, stop)
    word_start = text.rfind(" ", begin, dot) + 1
    word = text[max(word_start, begin) : dot].lstrip('(“"‘[')
    if word in vocabulary.ABBREVIATIONS or (
        word in vocabulary.NUMBERED_ABBREVIATIONS and text[after + 1 : after + 2].isdigit()
    ):
        return False
    if len(word) == 1 and word.isupper():
        # An initial: "Rex W. Tillerson".
        return False
    if not _opens_next(text, after, stop):
        return False
    if _given_name_written_short(text, begin, word_start, word):
        # "H.E. Ms. Ma. Theresa P. Lazaro": a given name written short, after
        # a style; "with Mr. Ma. The two ..." and "Mr. Ma. Mr. Kono ..." end there.
        return not _name_goes_on(text, after + 1, stop)
    if len(word) <= 3 and word.lower() in ("a.m", "p.m", "etc", "jr", "sr"):
        # (Lowering never shortens a word, so a longer one is none of them.)
        # "at 3 p.m. Prime Minister Abe left", "Marcos Jr. The two leaders": a
        # new sentence when a word that opens one follows, but for the zone
        # of the time ("at 10:30 p.m. Japan time (9:30 a.m. local time)").
        if calendar.JAPAN_ZONE().match(text, after + 1) is not None:
            return False
        following = _next_word(text, after + 1, stop)
        return following in vocabulary.SENTENCE_OPENERS or _style_after_verb(
            text, begin, dot, following
        )
    if "." in word:
        # "U.S.": a sentence ends only if the next word opens one, and not an
        # office it so often qualifies ("U.S. Secretary of State"); a place
        # ("Washington, D.C.") qualifies no office.
        following = _next_word(text, after + 1, stop)
        opens = following in vocabulary.SENTENCE_OPENERS and (
            word in vocabulary.PLACE_ABBREVIATIONS or following not in _OFFICE_OPENERS
        )
        return opens or (
            _capital_abbreviation(word) and _style_after_verb(text, begin, dot, following)
        )
    return True


# A verb a sentence that tells of a meeting holds: "talks were held in
# Washington, D.C.", "the meeting took place", "Mr. A met Mr. B".
_MEETING_VERB = lazy_re(r"(?<![\w-])(?:was|were|is|are|took|held|met|had)(?![\w-])")


def _capital_abbreviation(word: str) -> bool:
    """Whether *word* (its last stop cut off) is an abbreviation in capitals ending a sentence.

    "D.C", "U.S"; not a style ("H.E") or a word a copy broke (".E", "H\x0c.E").

    >>> [_capital_abbreviation(word) for word in ("D.C", "H.E", ".E", "atH.E")]
    [True, False, False, False]
    """
    letters = word.replace(".", "")
    return (
        word not in vocabulary.PERSONAL_STYLES
        and word[:1].isalpha()
        and len(letters) > 1
        and letters.isalpha()
        and word.isupper()
    )


def _style_after_verb(text: str, begin: int, dot: int, following: str) -> bool:
    """Whether a style opens a new sentence after a sentence that has its verb.

    "... talks were held in Washington, D.C. from 10:00 a.m. to 11:30 a.m. Mr.
    OKANO ..., attended" ends at "a.m."; "On May 9, from 4:00 p.m. Mr. Kishida
    held ..." runs on, as nothing before "Mr." says what happened.
    """
    return (
        following.endswith(".")
        and following[:-1] in vocabulary.PERSONAL_STYLES
        and _MEETING_VERB().search(text, begin, dot) is not None
    )


def may_be_short_given_name(word: str) -> bool:
    """Whether *word*, written before a stop, may be a given name written short.

    >>> [may_be_short_given_name(word) for word in ("Ma", "Fco", "D.C", "Lazaro")]
    [True, True, False, False]
    """
    return 2 <= len(word) <= vocabulary.MAX_SHORT_GIVEN_NAME and word.istitle() and word.isalpha()


def _given_name_written_short(text: str, begin: int, word_start: int, word: str) -> bool:
    """Whether *word*, before a stop and after a style, may be a given name written short.

    "Ms. Ma." in "H.E. Ms. Ma. Theresa P. Lazaro".
    """
    if not may_be_short_given_name(word):
        return False
    space = word_start - 1
    if space <= begin:
        return False
    style = text[max(begin, text.rfind(" ", begin, space) + 1) : space]
    return style.endswith(".") and (
        style[:-1] in vocabulary.ABBREVIATIONS or style.replace(".", "").isupper()
    )


# How many words the rest of a name after a given name written short holds
# at most: "Theresa P. Lazaro," is 3.
MAX_NAME_REST = 5


def _name_goes_on(text: str, pos: int, stop: int) -> bool:
    """Whether the rest of a name and a comma follow *pos*: "Theresa P. Lazaro, Secretary".

    >>> _name_goes_on("Theresa P. Lazaro, Secretary", 0, 28)
    True
    >>> _name_goes_on("The two ministers met", 0, 21), _name_goes_on("Thereafter, the", 0, 15)
    (False, False)
    """
    words = text[pos : min(stop, pos + 80)].split(" ", MAX_NAME_REST)[:MAX_NAME_REST]
    for count, word in enumerate(words, 1):
        bare = word.rstrip(",")
        if not bare[:1].isupper() or bare in vocabulary.SENTENCE_OPENERS:
            return False
        if bare.endswith(".") and not (len(bare) == 2 or bare[:-1] in vocabulary.ABBREVIATIONS):
            return False
        if word.endswith(","):
            return count >= 2
    return False


# A letter a broken encoding wrote as "?": inside a word ("Mart?nez") or at
# its start ("?lvarez").
_LOST_LETTER = lazy_re(r"\?[^\W\d_]")


def _lost_letter_next(text: str, pos: int, stop: int) -> bool:
    """Whether the word after the space at *pos*, past initials, lost a letter to "?".

    >>> _lost_letter_next("Jos? Mart?nez", 4, 13), _lost_letter_next("Jos? W. Mart?nez", 4, 16)
    (True, True)
    >>> _lost_letter_next("TPP? Minister", 4, 13)
    False
    """
    word = _next_word(text, pos + 1, stop)
    while len(word) == 2 and word[1] == "." and word[0].isupper():
        # An initial: "Jos? W. Mart?nez".
        pos += 3
        word = _next_word(text, pos + 1, stop)
    return _LOST_LETTER().search(word) is not None


def _styled_before(text: str, begin: int, dot: int) -> bool:
    """Whether the word ending at *dot* follows a personal style: "H.E. Mr. Jos?| Antonio".

    A name's first word, whose last letter a broken encoding lost: no
    question ends a sentence there. The style may honour the name:
    "the Honourable Fiam? Naomi Mata?afa".

    >>> _styled_before("H.E. Mr. Jos? Antonio Meade", 0, 12), _styled_before("Is it TPP?", 0, 9)
    (True, False)
    >>> _styled_before("the Honourable Fiam? Naomi", 0, 19)
    True
    """
    word_start = text.rfind(" ", begin, dot)
    if word_start < 0:
        return False
    style_start = text.rfind(" ", begin, word_start) + 1
    style = text[max(style_start, begin) : word_start]
    if style.endswith(".") and style[:-1] in vocabulary.PERSONAL_STYLES:
        return True
    return style.rstrip(".") in vocabulary.HONOURING_STYLES


def _inside_name(text: str, begin: int, dot: int, after: int, stop: int) -> bool:
    """Whether the "?" at *dot* ends a name's word before its last: "Gordan Grli?| Radman,".

    A capitalised word, and after it one more that a comma closes, as a
    name before its office is: a letter a broken encoding lost. A question
    ends on a word in lower case, or is followed by a sentence whose first
    word no comma closes ("... East China Sea? Mr. Wang responded ...").

    >>> _inside_name("H.E. Mr. Gordan Grli? Radman, Minister", 0, 20, 21, 38)
    True
    >>> _inside_name("Did they meet Minister Abe? Kishida said yes.", 0, 26, 27, 45)
    False
    """
    space = text.rfind(" ", begin, dot)
    if space < 0:
        return False
    end = text.find(" ", after + 1, stop)
    following = text[after + 1 : end if end >= 0 else stop]
    return text[space + 1 : space + 2].isupper() and following.endswith(",")


def _next_word(text: str, pos: int, stop: int) -> str:
    space = text.find(" ", pos, stop)
    word = text[pos : space if space >= 0 else stop]
    return word.rstrip(",;:")


def sentence_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` without their closing stops.

    A title or a place read up to a sentence's end does not take its full
    stop with it: "... Secretary of State" rather than "... of State.".

    >>> text = "Mr. Kono met Dr. Kang. The overview is as follows."
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['Mr. Kono met Dr. Kang', 'The overview is as follows']
    >>> text = "They met in Washington, D.C. The rest follows."
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['They met in Washington, D.C.', 'The rest follows']
    """
    return list(iter_sentence_bounds(text, start, end))


def iter_sentence_bounds(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """:func:`sentence_bounds` one sentence at a time, for callers that may stop early.

    >>> text = "Mr. Kono met Dr. Kang. The overview is as follows."
    >>> next(iter_sentence_bounds(text))
    (0, 21)

    Read from where a sentence ended, the stop left over is no sentence,
    whatever stops the sentence before it holds:

    >>> text = "They met at 10:00 a.m. (JST). Mr. Kono spoke."
    >>> [text[a:b] for a, b in iter_sentence_bounds(text, 28)]
    ['Mr. Kono spoke']
    """
    for first, last in _spans(text, start, len(text) if end is None else end):
        while last > first and text[last - 1] == " ":
            last -= 1
        if last > first and text[last - 1] in ".!?" and not _shared_stop(text, first, last):
            last -= 1
        if last > first:
            yield first, last


def _shared_stop(text: str, first: int, last: int) -> bool:
    """Whether the closing stop is also an abbreviation's.

    An abbreviation with stops inside ("... in Washington, D.C.") or one of
    :data:`~readout_parser.vocabulary.SHARED_STOP_WORDS` ("... Marcos Jr.",
    "... JPMorgan Chase & Co.") keeps it.
    """
    # The last word, from the sentence's first character if it has no space:
    # a stop alone (read from just before it) shares it with no word.
    word = text[max(first, text.rfind(" ", first, last) + 1) : last - 1]
    return ("." in word and text[last - 2 : last] != "..") or word in vocabulary.SHARED_STOP_WORDS
