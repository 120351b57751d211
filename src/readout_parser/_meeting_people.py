"""Who met whom: people named in a lead, with honorifics, names and titles.

A person is written in one of three ways, and :func:`person_at` reads each:

- honorific, name, then the title between commas:
  "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan,";
- title, then (honorific and) name: "Minister for Foreign Affairs Fumio Kishida",
  "U.S. Ambassador to Japan Roos", "Minister of Foreign Affairs Mr. Laurent Fabius";
- a bare name of two words or more, then the title: "Fumio Kishida, Minister for
  Foreign Affairs of Japan,".

Functions read white-space normalised text between two positions and report
positions in it. Each attempt to read a person looks at a bounded number of
words, so scanning a sentence is linear in its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from readout_parser._meeting_words import (
    NAME_PARTICLES,
    NOT_FAMILY_CAPS,
    NOT_NAME_WORDS,
    PLACE_WORDS,
    POST_NOMINALS,
    SLOT_JOINERS,
    TITLE_JOINERS,
    TITLE_WORDS,
)

# -- patterns ------------------------------------------------------------------

# One or more honorifics before a name: "Mr. ", "H.E. Mr. ", "H.E.Mr. ",
# "the Honorable ", "The Rt Hon ", "Senator the Hon. ", "His Majesty ",
# "Hon. Rear Admiral (Retired) ", "Dato'", "H. E. Dr. ", "H.H. Sheikh ".
HONORIFICS: Final = regex.compile(
    r"""
    (?:
        (?:[Tt]he\s(?=H\.|His\s|Her\s|Rt|Right\s|Hon|Most\s))?+
        (?:
            (?:Most\s)?(?:Rt\.?\s?|Right\s)?Hon(?:ou?rable)?\.?
          | H\.\s?[EH]\.
          | HRH | H\.R\.H\.
          | (?:His|Her)\s(?:Excellency|Majesty|(?:Royal\s)?Highness)
          | Mrs\.? | Mr\.? | Ms\.? | Dr\.? | Prof\.? | Amb\.? | Rev\.? | Sir | Dame | Senator
          | Sheikh | Dato(?:'|’)? | Datuk | Tan\sSri
          | (?:Rear\s|Vice\s)?Admiral(?:\s\(Retired\))? | General | Lt\.\sGen\.
        )
        (?:\s|(?<=[.'’])(?=\p{Lu}))
    )++
    """,
    regex.VERBOSE,
)

# A word of a personal name: "Kishida", "MOTEGI", "Chan-o-cha", "O’Brien",
# "W.", "M.U.M.", "A. K.".
_NAME_WORD = r"(?:\p{Lu}\.(?:\s?\p{Lu}\.)*+(?!\p{L})|\p{Lu}[\p{L}\p{M}’'‘\-]*+)"

# A personal name: name words, with particles between them:
# "Rex W. Tillerson", "MOTEGI Toshimitsu", "Antonio de Aguiar Patriota".
# Bounded, so that trying a name at every word of a sentence stays linear.
NAME: Final = regex.compile(
    rf"{_NAME_WORD}(?:\s(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s){{0,3}}+{_NAME_WORD}){{0,11}}+"
)

# One word (or "/") of a title written before a name, with the space before it:
# " Secretary", " U.S.", " /", " Director-General".
TITLE_TOKEN: Final = regex.compile(r"(?P<gap>,?\s)?(?P<word>[\p{L}\p{M}][\p{L}\p{M}\d’'\-.]*|/)")

# The first word of a title: "Minister" in "Minister for Foreign Affairs".
LEADING_WORD: Final = regex.compile(r"[\p{L}\-]++")

# " and " inside a title, where another person may begin: "... of Australia and Senator ...".
AND_WORD: Final = regex.compile(r"\sand\s")

# The comma that starts a title after a name: ", " (also " , " as typed).
TITLE_COMMA: Final = regex.compile(r"\s?,\s")

# A possessive, which ends a name whatever the quote: "Kono’s", "Nakasone's", "Mori‘s".
POSSESSIVE: Final = regex.compile(r"[’'‘]s(?![\w])")

# A post-nominal after a name: " MP", ", MP".
POST_NOMINAL: Final = regex.compile(
    rf"(?:\s|,\s)(?P<letters>{'|'.join(sorted(POST_NOMINALS))})(?![\w])"
)

# One comma-separated part of a title, stopping at punctuation that ends it;
# a short capitalised parenthetical belongs to it: "Minister of Foreign
# Affairs of the Republic of Korea (ROK)". At most 300 characters: no title is longer.
TITLE_CHUNK: Final = regex.compile(
    r"(?:[^,;:()\[\]]|\((?=\p{Lu})[^()]{1,40}\)|\[(?=\p{Lu})[^\[\]]{1,40}\]){1,300}+"
)

# Where a title stops inside a part: the clause or phrase that follows it.
# "Minister for Foreign Affairs of Japan| held", "President of Mongolia| who is visiting",
# "Deputy Chief Cabinet Secretary| and others from the Japanese side".
TITLE_END: Final = regex.compile(
    r"""
    \s(?:
        who|whom|which|during|while|held|had|has|have|hold|holds|paid|pays|received|receives
      | hosted|hosts|gave|met|exchanged|visited|visiting|upon|following|followed|after|before
      | joined|attended|attending|also|commencing|starting|beginning|present|took|given
      | along\swith|as\s(?:a|an|the|part)|to\s(?:attend|participate|discuss)
      | for\s(?:approximately|about|around|nearly|some|roughly|\d|one|two|three|an?\s|the\sfirst)
      | from\s(?:the|\d|around|about|shortly)|and\sothers|among\sothers|amongst\sothers|etc\b
      | on\sthe\s\S+\sside|on\s(?:the|his|her|their|a|an)\s|in\sthe\sform|over\s
      | on\s(?:January|February|March|April|May|June|July|August|September|October|November
            |December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
    )(?![\w])
    | \.(?=\p{Lu}\p{Ll})
    """,
    regex.VERBOSE,
)

# Where the title of a principal also stops: a place or occasion after it.
# "President of the Republic of Turkey| in Hamburg", "Prime Minister| at the State Guest House".
PRINCIPAL_TITLE_END: Final = regex.compile(
    r"\s(?:in\s(?=\p{Lu}|the\s\p{Lu})|at\s|on\s|with\s|by\s)"
)

# A title part that starts a new clause rather than continuing a title.
CLAUSE_START: Final = regex.compile(
    r"(?:Following|During|After|Before|On|In|At|From|The\s(?:overview|outline|summary|meeting))"
    r"(?![\w])"
)

# What joins two people named together: ", and ", " and ", " & ", ", joined by ",
# also after the side each speaks for: " from the Japanese side and ".
PERSON_JOIN: Final = regex.compile(
    r"(?:\s(?:from|on)\sthe\s\S+\sside)?"
    r"(?:\s?,?\s(?:and|&|joined\sby|accompanied\sby|together\swith)\s|,\s)"
)


@attrs.frozen
class Mention:
    """A person read from the text, and where the mention (title included) lies."""

    name: str
    honorific: str | None
    title: str | None
    family_name: str | None
    post_nominal: str | None
    start: int
    end: int


# -- one person ----------------------------------------------------------------

MAX_TITLE_PARTS: Final = 8
"""The most comma-separated parts a title has ("Director, General Office, Central ...")."""


def person_at(text: str, pos: int, limit: int, *, principal: bool = True) -> Mention | None:
    """The person whose mention starts at *pos*, or None.

    *principal* stops a title at a place or occasion after it ("President of
    Peru in Lima"); attendee titles keep such words ("Ambassador ... in Japan").

    >>> text = "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a meeting"
    >>> m = person_at(text, 0, len(text))
    >>> m.name, m.honorific, m.title, m.family_name
    ('MOTEGI Toshimitsu', 'Mr.', 'Minister for Foreign Affairs of Japan', 'Motegi')
    """
    honorific = HONORIFICS.match(text, pos, limit)
    if honorific is not None:
        return _named(text, pos, honorific.end(), limit, _clean(honorific.group()), None, principal)
    titled = _title_before(text, pos, limit)
    if titled is not None:
        title_end, name_pos = titled
        inner = HONORIFICS.match(text, name_pos, limit)
        honorific_text = _clean(inner.group()) if inner is not None else None
        name_start = inner.end() if inner is not None else name_pos
        return _named(
            text, pos, name_start, limit, honorific_text, text[pos:title_end], principal, True
        )
    return _bare_name(text, pos, limit, principal)


def _clean(honorific: str) -> str:
    return honorific.strip()


def _named(
    text: str,
    start: int,
    name_pos: int,
    limit: int,
    honorific: str | None,
    title_before: str | None,
    principal: bool,
    titled: bool = False,
) -> Mention | None:
    name_end = _name_end(text, name_pos, limit)
    if name_end is None:
        return None
    if honorific is None and any(
        word in NOT_NAME_WORDS for word in text[name_pos:name_end].split()
    ):
        return None
    name, name_end = _trim_name(text, name_pos, name_end)
    if not name or any(word in NOT_NAME_WORDS for word in name.split()):
        return None
    if all(word in NOT_FAMILY_CAPS for word in name.split()):
        return None
    post = POST_NOMINAL.match(text, name_end, limit)
    post_nominal = post.group("letters") if post is not None else None
    end = post.end() if post is not None else name_end
    title = title_before
    if not titled:
        name, title, end = _title_after(text, name, end, limit, principal)
    else:
        comma = TITLE_COMMA.match(text, end, limit)
        if comma is not None and not _named_after_title(text, comma.end(), limit):
            # "Ambassador Richard Armitage, Former Deputy Secretary of State of ...":
            # the office after the name is the title; the word before is a form of address.
            name, after, after_end = _title_after(text, name, end, limit, principal)
            if after is not None:
                honorific = " ".join(part for part in (title_before, honorific) if part)
                title, end = after, after_end
    return Mention(
        name=name,
        honorific=honorific,
        title=title,
        family_name=family_name(name),
        post_nominal=post_nominal,
        start=start,
        end=end,
    )


def _name_end(text: str, pos: int, limit: int) -> int | None:
    """Where the name starting at *pos* ends; a possessive ends it ("Kono’s Meeting")."""
    match = NAME.match(text, pos, limit)
    if match is None:
        return None
    possessive = POSSESSIVE.search(text, pos, match.end())
    return possessive.end() if possessive is not None else match.end()


def _trim_name(text: str, start: int, end: int) -> tuple[str, int]:
    """Drop what a name match took too much: a possessive, a post-nominal, an event word."""
    words = text[start:end].split(" ")
    kept: list[str] = []
    for word in words[:10]:
        if word in POST_NOMINALS or word in NOT_NAME_WORDS:
            break
        kept.append(word)
    if kept and kept[-1].endswith(("’s", "'s", "‘s")):
        kept[-1] = kept[-1][:-2]
    while kept and kept[-1] in NAME_PARTICLES:
        kept.pop()
    name = " ".join(kept)
    return name, start + len(name)


def _title_before(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """A title written before a name at *pos*: ``(title_end, name_start)``, or None.

    The name is what follows the last title word; a word right after "of",
    "to" or "for" is part of the title ("Ambassador to Japan Roos").
    """
    cursor = pos + 4 if text.startswith("the ", pos) else pos
    title_end = -1
    seen_title_word = False
    prefix = 0
    after_joiner = False
    after_and = False
    for _ in range(24):
        token = TITLE_TOKEN.match(text, cursor, limit)
        if token is None:
            return None
        gap = token.group("gap") or ""
        if cursor == pos and gap:
            return None
        if (
            "," in gap
            and seen_title_word
            and title_end == token.start()
            and HONORIFICS.match(text, token.start("word"), limit)
        ):
            # "the Secretary of State for Defense, the Rt Hon Gavin Williamson"
            return title_end, token.start("word")
        word = token.group("word")
        bare = word.rstrip(".") if word.count(".") == 1 and len(word) > 4 else word
        if "," in gap and not (seen_title_word and bare in TITLE_WORDS):
            break
        if bare in TITLE_WORDS:
            seen_title_word, after_joiner, after_and = True, False, False
            title_end = token.end()
        elif bare in TITLE_JOINERS:
            if not seen_title_word:
                return None
            after_joiner = after_joiner or bare in SLOT_JOINERS
            after_and = bare in ("and", "&")
        elif after_and and bare in PLACE_WORDS:
            # "for Foreign and Commonwealth Affairs"
            after_and = False
            title_end = token.end()
        elif after_joiner and _capitalised(bare):
            after_joiner = False
            title_end = token.end()
        elif seen_title_word and title_end == token.start() and bare in PLACE_WORDS:
            title_end = token.end()
        elif not seen_title_word and prefix < 2 and _capitalised(bare) and not gap.startswith(","):
            prefix += 1
        else:
            break
        cursor = token.end()
    if not seen_title_word or title_end < 0:
        return None
    name_start = title_end + 1
    if name_start >= limit or text[title_end : title_end + 1] != " ":
        return None
    if not (text[name_start].isupper() or HONORIFICS.match(text, name_start, limit)):
        return None
    return title_end, name_start


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _bare_name(text: str, pos: int, limit: int, principal: bool) -> Mention | None:
    """A name of two words or more without honorific, followed by its title."""
    raw_end = _name_end(text, pos, limit)
    if raw_end is None:
        return None
    name, name_end = _trim_name(text, pos, raw_end)
    words = name.split()
    if len(words) < 2 or any(w in TITLE_WORDS or w in NOT_NAME_WORDS for w in words):
        return None
    comma = TITLE_COMMA.match(text, name_end, limit)
    if comma is None:
        return None
    first_word = LEADING_WORD.match(text, comma.end(), limit)
    if first_word is None or first_word.group() not in TITLE_WORDS:
        return None
    # "Assembly, Prime Minister Abe held": the part after the comma is a
    # person of its own, so what precedes it is no name.
    if _named_after_title(text, comma.end(), limit):
        return None
    mention = _named(text, pos, pos, limit, None, None, principal)
    if mention is None or mention.title is None:
        return None
    return mention


def _title_after(
    text: str, name: str, pos: int, limit: int, principal: bool
) -> tuple[str, str | None, int]:
    """The title between commas after a name: ``(name, title, end)``.

    A first part without any office word followed by one with an office word
    is the rest of a name written family name first ("Putin, Vladimir
    Vladimirovich, President of ...").
    """
    parts: list[tuple[int, int]] = []
    cursor = pos
    for _ in range(MAX_TITLE_PARTS):
        comma = TITLE_COMMA.match(text, cursor, limit)
        if comma is None:
            break
        part = _title_part(text, comma.end(), limit, principal, first=not parts)
        if part is None:
            break
        part_start, part_end, stopped = part
        parts.append((part_start, part_end))
        cursor = part_end
        if stopped:
            break
    if not parts:
        return name, None, pos
    first_part = text[parts[0][0] : parts[0][1]]
    second_part = text[parts[1][0] : parts[1][1]] if len(parts) > 1 else ""
    if second_part and not _has_title_word(first_part) and _has_title_word(second_part):
        name = f"{name}, {first_part}"
        parts = parts[1:]
    title = text[parts[0][0] : parts[-1][1]]
    return name, title, parts[-1][1]


def _title_part(
    text: str, pos: int, limit: int, principal: bool, *, first: bool
) -> tuple[int, int, bool] | None:
    """One comma-separated part of a title at *pos*: ``(start, end, stopped_inside)``.

    A later part that reads as a person of its own ("..., Foreign Minister
    Okada") ends the title instead.
    """
    if pos >= limit:
        return None
    # A later part may open with "and": "Minister of Land, Infrastructure,
    # Transport, and Tourism".
    body = pos + 4 if not first and text.startswith("and ", pos) else pos
    if not (text[body : body + 1].isupper() or text.startswith("the ", body)):
        return None
    if text.startswith("the ", body) and not text[body + 4 : body + 5].isupper():
        return None
    honorific = HONORIFICS.match(text, body, limit)
    if (honorific and honorific.group().strip() != "General") or CLAUSE_START.match(
        text, body, limit
    ):
        # "General" opens "General Office" in a title as often as it is a rank.
        return None
    if (not first or body != pos) and _named_after_title(text, body, limit):
        return None
    chunk = TITLE_CHUNK.match(text, pos, limit)
    if chunk is None:
        return None
    end = chunk.end()
    stopped = False
    cut = TITLE_END.search(text, body, end)
    if cut is not None:
        end, stopped = cut.start(), True
    if principal:
        place = PRINCIPAL_TITLE_END.search(text, pos, end)
        if place is not None:
            end, stopped = place.start(), True
    joined = _joined_person(text, pos, end, limit)
    if joined is not None:
        end, stopped = joined, True
    while end > pos and text[end - 1] == " ":
        end -= 1
    if text.endswith(" and", pos, end):
        end, stopped = end - 4, True
    if end <= pos:
        return None
    return pos, end, stopped


def _named_after_title(text: str, pos: int, limit: int) -> bool:
    """Whether a title written before a name, and the name, start at *pos*."""
    titled = _title_before(text, pos, limit)
    if titled is None:
        return False
    return _named(text, pos, titled[1], limit, None, text[pos : titled[0]], False, True) is not None


def _joined_person(text: str, start: int, end: int, limit: int) -> int | None:
    """Where " and <another person>" begins inside a title part, if it does."""
    for match in AND_WORD.finditer(text, start, end):
        if HONORIFICS.match(text, match.end(), limit) is not None:
            return match.start()
    return None


def _has_title_word(part: str) -> bool:
    return any(word.strip("().,") in TITLE_WORDS for word in part.split())


def family_name(name: str) -> str | None:
    """The family name: the word(s) in capitals if any, else the last word.

    >>> family_name("MOTEGI Toshimitsu"), family_name("José Manuel ALBARES")
    ('Motegi', 'Albares')
    >>> family_name("Rex W. Tillerson"), family_name("Marta Lucía RAMÍREZ BLANCO")
    ('Tillerson', 'Ramírez Blanco')
    """
    if ", " in name:
        head = name.split(", ")[0].split()
        return (
            _capitalise(head[-1]) if head and head[-1].isupper() else (head[-1] if head else None)
        )
    words = name.split()
    capitals: list[str] = []
    for word in words:
        if _written_in_capitals(word):
            capitals.append(word)
        elif capitals:
            break
    if capitals:
        return " ".join(_capitalise(word) for word in capitals)
    for word in reversed(words):
        if word.rstrip(".") in ("Jr", "Sr") or word in NOT_FAMILY_CAPS or word.endswith("."):
            continue
        return word
    return None


def _written_in_capitals(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and word.isupper() and "." not in word and word not in NOT_FAMILY_CAPS


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


# -- people in a sentence ------------------------------------------------------


@attrs.frozen
class Principals:
    """The principals of a meeting sentence and where the parts of it lie.

    ``subject_end`` is where the people before the verb end; ``object_start``
    where the counterpart's mention begins (the sentence end when none).
    """

    people: tuple[Mention, ...]
    subject_end: int
    object_start: int
    unread: tuple[int, int] | None = None


# The word before a counterpart: "with", "on" ("paid a courtesy call on"),
# "from"/"by" ("received a courtesy call from"), "to" ("gave a telephone call to"),
# "for" ("hosted a working lunch for"), "with the participation of".
COUNTERPART_INTRO: Final = regex.compile(
    r"(?<![\w])(?<!along\s)(?:with\s(?:the\sparticipation\sof\s)?|on\s|from\s|by\s|to\s|for\s)"
)

# A capitalised phrase after a counterpart word, to report when no person can be read there.
CAPITALISED_AFTER: Final = regex.compile(r"(?:the\s)?\p{Lu}\S*")


def find_principals(text: str, start: int, end: int) -> Principals | None:
    """The people who met, as a sentence ``text[start:end]`` names them.

    >>> s = "On May 9, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with "
    >>> s += "H.E. Mr. Wang Yi, Minister of Foreign Affairs of China"
    >>> [p.name for p in find_principals(s, 0, len(s)).people]
    ['Fumio Kishida', 'Wang Yi']
    """
    first = first_person(text, start, end)
    if first is None:
        return None
    people = [*_joined(text, first, end)]
    subject_end = people[-1].end
    for intro in COUNTERPART_INTRO.finditer(text, subject_end, end):
        counterpart = person_at(text, intro.end(), end)
        if counterpart is not None:
            joined = _joined(text, counterpart, end)
            return Principals((*people, *joined), subject_end, counterpart.start)
    unread: tuple[int, int] | None = None
    for intro in COUNTERPART_INTRO.finditer(text, subject_end, end):
        if intro.group().startswith("with"):
            phrase = CAPITALISED_AFTER.match(text, intro.end(), end)
            if phrase is not None:
                unread = (intro.end(), min(end, intro.end() + 60))
                break
    return Principals(tuple(people), subject_end, end, unread)


def first_person(text: str, start: int, end: int) -> Mention | None:
    """The first person mentioned in ``text[start:end]``."""
    for word in WORD_START.finditer(text, start, end):
        mention = person_at(text, word.start(), end)
        if mention is not None:
            return mention
    return None


# The start of a word a person's mention can begin with: "Mr.", "Prime", "H.E.",
# "the" ("the Honorable"), "former" ("former Foreign Minister HAYASHI Yoshimasa").
WORD_START: Final = regex.compile(r"(?<![\p{L}\p{M}\d’'\-.])(?=[\p{Lu}]|the\s|former\s)")


def _joined(text: str, first: Mention, limit: int) -> list[Mention]:
    """*first* and the people joined to it by "and" or a comma."""
    people = [first]
    cursor = first.end
    for _ in range(12):
        join = PERSON_JOIN.match(text, cursor, limit)
        if join is None:
            break
        following = person_at(text, join.end(), limit)
        if following is None or (
            join.group().endswith(", ") and not _strong_start(text, join.end())
        ):
            break
        people.append(following)
        cursor = following.end
    return people


def _strong_start(text: str, pos: int) -> bool:
    """A person after a bare comma must open with an honorific."""
    return HONORIFICS.match(text, pos) is not None


def spans_of(mentions: Sequence[Mention]) -> tuple[tuple[int, int], ...]:
    """Where each mention lies, for keeping other readers out of them."""
    return tuple((mention.start, mention.end) for mention in mentions)
