"""Who held the meeting: the principals among the people a lead sentence names.

The sentence names its principals in a chain: the subject ("Mr. A, Minister
for Foreign Affairs,"), then, after the verb and the meeting it names, the
counterparts ("... held a meeting with Mr. B, ..., and a meeting with Mr. C").
A person joins the chain when what stands between them and the previous
principal ends in a word that introduces a counterpart ("with", "from", "on",
"to") or is a short list joiner (", and"). Others named in passing ("the
funeral of former Prime Minister X", "accompanied by Mr. Y") are not
principals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from readout_parser import vocabulary
from readout_parser.meeting.people import Mention, people_in
from readout_parser.meeting.tokens import Tokens

__all__ = ["Principals", "find_principals"]

# Words that introduce a counterpart: "held a meeting with", "received a
# courtesy call from", "paid a courtesy call on", "gave a telephone call to".
COUNTERPART_CUES = frozenset({"with", "from", "on", "to", "between"})

# Lead verbs whose object is the counterpart, with no word between: "met X",
# "visited Prime Minister Abe" (a call on them; "visited Kenya" names no one),
# "received H.E. Mr. Yang Jiechi", "hosted H.E. Mr. X for a working dinner".
DIRECT_VERBS = frozenset({"met", "meets", "visited", "received", "hosted"})

_RELATIVES = frozenset({"who", "whom", "which", "whose"})

# What may stand between the subject and a direct verb: "Mr. A, ..., also met".
_BEFORE_DIRECT_VERB = DIRECT_VERBS | {",", "also"}

# Words that join principals named together: "Mr. A and Mr. B", "A, B and C".
LIST_JOINERS = frozenset({",", "and", "&", ";"})

# A joiner starts a new principal only this close to the previous one
# (", and" is two tokens), unless a lead verb stands between them.
MAX_JOINER_GAP = 3

# Words right before a person that make them no principal: "the funeral of
# former Prime Minister X", "at the invitation of President Y".
NOT_PRINCIPAL_CUES = frozenset({"of", "by", "for", "’s", "'s"})

# Word pairs that bring in a principal whatever stands before them:
# "joined by Mr. KIHARA Minoru", "with the participation of Mr. FUNAKOSHI",
# "received a courtesy call by Ambassador Richard Armitage".
TAKING_PART = frozenset(
    {
        ("joined", "by"),
        ("participation", "of"),
        ("call", "by"),
        # "was held in Tokyo, co-chaired by Mr. A ... and Mr. B ..."; not
        # "chaired by", the chair of a meeting of many.
        ("co-chaired", "by"),
        # "received a courtesy call from a delegation of ... led by Ms. A",
        # "... headed by Mr. B".
        ("led", "by"),
        ("headed", "by"),
        # The passive of a lead verb: "Prime Minister Abe was received in
        # audience by His Majesty King Abdullah ...", "was received by".
        ("audience", "by"),
        ("received", "by"),
    }
)


class Principals(NamedTuple):
    """The principals, and token indices: where the subject ends, where the object starts."""

    people: tuple[Mention, ...]
    subject_end: int
    object_start: int
    unread: tuple[int, int] | None


def find_principals(
    tokens: Tokens, first: int, last: int, excluded: Sequence[tuple[int, int]] = ()
) -> Principals:
    """The principals named in tokens ``[first, last)``, outside *excluded* character ranges."""
    chosen: list[tuple[Mention, int, int]] = []
    visited = False
    previous = first
    inside = _parentheses(tokens, first, last)
    for mention, start, stop in people_in(tokens, first, last):
        if excluded and any(low <= mention.start < high for low, high in excluded):
            continue
        if inside and any(low < start < high for low, high in inside):
            continue
        if chosen and _named_before(mention, chosen):
            continue
        gap = tokens.words[previous:start]
        if len(chosen) > 1 and _sent_by(gap):
            # "..., and handed over a letter from Prime Minister Abe": its
            # sender, once the two who met are named.
            continue
        if _in_possessive(tokens.words, stop, last, bool(chosen)):
            continue
        if len(chosen) > 1 and _opens_a_clause(tokens.words, gap, stop, last):
            # Once the two who met are named, the lead verb is behind.
            continue
        if gap and gap[-1] in _OBJECT_VERBS and _lead_verb_after(tokens.words, stop, last):
            # "hosted Mr. Kono, State Minister, at a reception, and held a
            # meeting with ...": the person hosted is no counterpart.
            continue
        if _joins(gap, len(chosen)):
            if visited and _meets_another(gap):
                # "visited Governor Anies Baswedan at City Hall and then held a
                # meeting with ...": the person visited is no counterpart.
                chosen.pop()
            visited = gap[-1:] == ["visited"]
            chosen.append((mention, start, stop))
            previous = stop
    people = tuple(mention for mention, _, _ in chosen)
    subject_end = chosen[0][2] if chosen else first
    object_start = chosen[1][1] if len(chosen) > 1 else last
    return Principals(people, subject_end, object_start, _unread(tokens, chosen, last))


# Direct verbs whose object may be a guest of another event than the meeting.
_OBJECT_VERBS = frozenset({"received", "hosted"})


def _lead_verb_after(words: Sequence[str], stop: int, last: int) -> bool:
    """Whether the meeting with another is told after the person ending at *stop*.

    A lead verb of the sentence's own, and a word bringing in its
    counterpart after it, before a name: "... at a reception, and held a
    meeting with H.E. Ms. ..."; not "..., and held a meeting." nor "...,
    and held a meeting with her" (the person received), nor "..., who held a
    meeting with ..." (a clause of theirs).
    """
    verb = next((at for at in range(stop, last) if words[at] in vocabulary.LEAD_VERB_WORDS), None)
    if verb is None or words[verb - 1] in _RELATIVES:
        return False
    return any(
        word in COUNTERPART_CUES and _names_someone(words, at + 1, last)
        for at, word in enumerate(words[verb + 1 : last], start=verb + 1)
    )


def _names_someone(words: Sequence[str], at: int, last: int) -> bool:
    """Whether a person is named at *at*: a capital, or "the" and a style ("the Honorable")."""
    if at >= last:
        return False
    if words[at] == "the":
        return at + 1 < last and words[at + 1] in _STYLES_AFTER_THE
    if not words[at][:1].isupper():
        return False
    word = words[at]
    after = words[at + 1] if at + 1 < last else ""
    if after in ("’s", "'s"):
        # "Kenya's delegation" names a body; "Kenya's President Uhuru Kenyatta" a person.
        return at + 2 < last and words[at + 2][:1].isupper()
    # A people's or a body's members: "Japanese business leaders", "Kenyan
    # officials", "Members of the ... League"; not "Lavrov over lunch".
    return not (
        word in _COLLECTIVES
        or (
            word.endswith(_PEOPLES_ENDINGS)
            and after[:1].islower()
            and after not in vocabulary.PREPOSITIONS
            and after not in _AFTER_A_NAME
            and not _closing_adverb(words, at + 1, last)
        )
    )


# Lower-case words a name stands before as often as a people's adjective does.
_AFTER_A_NAME = frozenset(
    {"and", "or", "who", "today", "again", "also", "together"} | vocabulary.ADVERBS
)


def _closing_adverb(words: Sequence[str], at: int, last: int) -> bool:
    """Whether an adverb closing the phrase opens at *at*, after a name.

    "with Modi briefly.", "with Albanese shortly afterwards", "with Modi as
    well."; not an adverb of the words after it ("Japanese locally employed
    staff", "Japanese as well as Kenyan leaders"), nor a noun or adjective
    ending in "-ly" ("Japanese family members").
    """
    word = words[at] if at < last else ""
    following = words[at + 1 : min(last, at + 3)]
    if word == "as":
        # "with Modi as well", "with Modi as Chair of the G20"; not "as well as".
        return following != ["well", "as"]
    if not word.endswith("ly") or word in vocabulary.LY_NOT_ADVERBS:
        return False
    return not following or not following[0][:1].islower() or following[0] in _CLOSING_WORDS


# What may follow an adverb closing a phrase: "shortly afterwards", "briefly on".
_CLOSING_WORDS = frozenset(
    {"afterwards", "after", "before", "thereafter", "and", "via"}
) | frozenset(vocabulary.PREPOSITIONS)

# Plural nouns of a body's people, capitalised: "Members of the ... League".
_COLLECTIVES = frozenset(
    {"Members", "Representatives", "Officials", "Leaders", "Delegates", "Executives"}
)

# How the adjective of a people ends: "Japanese", "Kenyan", "British", "Pakistani", "French".
_PEOPLES_ENDINGS = ("ese", "an", "ish", "i", "ch")


# Styles written after "the": "the Honorable Rex W. Tillerson", "the Rt Hon ...".
_STYLES_AFTER_THE = frozenset({"Honorable", "Honourable", "Hon", "Rt", "Right"})


def _in_possessive(words: Sequence[str], stop: int, last: int, after_someone: bool) -> bool:
    """Whether the person before ``words[stop]`` is named in the possessive, as no principal is.

    "visited Prime Minister Modi's home state of Gujarat", "Prime Minister
    Abe's special advisor Mr. Kawai held ..."; but the subject's meeting
    names the subject: "Prime Minister Abe's meeting with ... was held".
    """
    if stop + 1 >= last or words[stop] not in _POSSESSIVES:
        return False
    return after_someone or words[stop + 1].lower() not in vocabulary.MEETING_NOUNS


def _opens_a_clause(words: Sequence[str], gap: Sequence[str], stop: int, last: int) -> bool:
    """Whether the person after a relative clause and "and" is the subject of a clause of their own.

    "..., who is visiting Japan as a State Guest, and Mrs. Akie Abe held a
    tea meeting with ...", "... and H.E. Ms. Retno Marsudi, Minister for
    Foreign Affairs, held a meeting with ...": a lead verb right after the
    person and their office.
    """
    if stop < last and words[stop] == ",":
        stop += 1
    return (
        stop < last
        and words[stop] in vocabulary.LEAD_VERB_WORDS
        and _without_clause(gap) is not gap
    )


def _meets_another(gap: Sequence[str]) -> bool:
    """Whether *gap*, after a person visited, tells a meeting with the next person.

    "... at City Hall and then held a meeting with", "... and paid a
    courtesy call on": a lead verb after the visit.
    """
    return any(word in vocabulary.LEAD_VERB_WORDS for word in gap)


_POSSESSIVES = frozenset({"’s", "'s"})


def _parentheses(tokens: Tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of the parentheses in ``[first, last)``: asides name no principal."""
    found: list[tuple[int, int]] = []
    window = tokens.words[first:last]
    if "(" not in window:
        # Half the leads have none; a ")" alone closes nothing.
        return found
    opened: list[int] = []
    # Only the brackets are visited, in the order they stand.
    for index in sorted(_where(window, "(") + _where(window, ")")):
        if window[index] == "(":
            opened.append(index + first)
        elif opened:
            found.append((opened.pop(), index + first))
    found.extend((start, last) for start in opened)
    return found


def _where(words: list[str], word: str) -> list[int]:
    """The indices of *word* in *words*, found without a loop over every word."""
    found: list[int] = []
    at = -1
    for _ in range(words.count(word)):
        at = words.index(word, at + 1)
        found.append(at)
    return found


def _named_before(mention: Mention, chosen: Sequence[tuple[Mention, int, int]]) -> bool:
    """Whether *mention* is a principal named again: "High Representative Borrell"."""
    if " " in mention.name:
        return False
    return any(mention.name.lower() in earlier.name.lower() for earlier, _, _ in chosen)


def _joins(gap: Sequence[str], count: int) -> bool:
    """Whether the person after *gap* joins the *count* principals named before."""
    after_someone = count > 0
    if gap and gap[-1] in ("the", "The"):
        # "with the H.E. Mr. ...": a stray article before a style.
        gap = gap[:-1]
    gap = _without_sides(_without_clause(_without_aside(_without_country(gap))))
    if len(gap) >= 2 and tuple(gap[-2:]) in TAKING_PART:
        # Not a head of a mission a principal brought along: "..., who is
        # visiting Japan with a Belgian economic mission led by Princess Astrid".
        return not (after_someone and gap[-2] in _HEADING and _in_relative_clause(gap))
    if not after_someone:
        return not gap or gap[-1] not in NOT_PRINCIPAL_CUES
    if not gap or _in_relative_clause(gap):
        return False
    last = gap[-1]
    if last in COUNTERPART_CUES:
        return True
    if last == ":" and "with" in gap:
        # "held a meeting with the Foreign Ministers of the Baltic States: H.E.
        # Mr. ...": those met, named after the colon.
        return True
    if last in DIRECT_VERBS:
        # "Foreign Minister Hayashi met External Affairs Minister Jaishankar",
        # "Mr. A, ..., also met Mr. B"; not "Mr. A, who met Mr. B ...", "having
        # met Mr. B", "as the two ministers met Mr. B": the main verb only.
        gap = _without_relative_aside(gap)
        # "and met" meets a counterpart only while none is named: "held a
        # summit meeting with Mr. B ..., and met Mr. C" meets C beside it.
        return all(word in _BEFORE_DIRECT_VERB for word in gap) or (count == 1 and _and_then(gap))
    if last == "for":
        # "hosted a working lunch for the Rt. Hon. Stephen Harper".
        return any(word in vocabulary.LEAD_VERB_WORDS for word in gap)
    if last == "including":
        # "received a courtesy call from members of the U.S.-Japan Business
        # Council (USJBC), including Mr. Muhtar Kent": of those met, the one named.
        return count == 1 and _meets_others(gap)
    if last in LIST_JOINERS:
        return len(gap) <= MAX_JOINER_GAP or any(word in vocabulary.LEAD_VERB_WORDS for word in gap)
    return False


def _meets_others(gap: Sequence[str]) -> bool:
    """Whether *gap* tells a meeting with people it names no one of: "... call from members of"."""
    verb = next((at for at, word in enumerate(gap) if word in vocabulary.LEAD_VERB_WORDS), None)
    return verb is not None and any(word in COUNTERPART_CUES for word in gap[verb + 1 :])


def _without_relative_aside(gap: Sequence[str]) -> Sequence[str]:
    """The gap without the clause commas set off at its start: ", who is visiting Japan, met".

    The clause runs to the last comma: a place in it may hold one of its
    own (", who is visiting New Delhi, India, met").
    """
    if len(gap) < 3 or gap[0] != "," or gap[1] not in _RELATIVES or "," not in gap[2:]:
        return gap
    return gap[len(gap) - 1 - list(reversed(gap)).index(",") :]


def _and_then(gap: Sequence[str]) -> bool:
    """Whether the direct verb ending *gap* is the subject's second main verb, after a visit.

    "Mr. A, ..., visited Japan and met Prime Minister B": "and" before the
    verb, a visit before it ("visited", "arrived in", "paid a visit to",
    "traveled to", "stopped over in", "attended"), and no clause opened on
    the way ("who visited Japan and met", "as he visited Japan and met").
    """
    words = list(gap[:-1])
    if words and words[-1] == "also":
        words.pop()
    if not words or words[-1] != "and" or _VISITS.isdisjoint(words):
        return False
    return _OTHER_CLAUSE_WORDS.isdisjoint(words)


# Words that tell a visit, after which "and met" meets the counterpart:
# "visited Japan", "arrived in", "paid a visit to", "traveled to", "stopped
# over in", "attended the Summit".
_VISITS = frozenset({"visited", "arrived", "visit", "traveled", "travelled", "stopped", "attended"})

# Words opening a clause whose verbs are not the subject's own: a relative,
# a participle or a conjunction ("having met", "as the two ministers met").
_OTHER_CLAUSE_WORDS = _RELATIVES | {
    *("having", "as", "when", "while", "after", "before", "where", "that"),
}


def _sent_by(gap: Sequence[str]) -> bool:
    """Whether the person after *gap* sent what it names: "a letter from", "greetings from"."""
    return len(gap) > 1 and gap[-1] == "from" and gap[-2] in _SENT_FROM


# What a principal hands over or conveys from someone who is not there:
# "handed over a letter from Prime Minister Abe".
_SENT_FROM = frozenset({"letter", "letters", "message", "messages", "greetings", "regards"})


# What joins the words of a country's name: "of the People's Republic of China".
_COUNTRY_JOINERS = frozenset({"of", "the"}) | _POSSESSIVES


def _without_country(gap: Sequence[str]) -> Sequence[str]:
    """The gap without the country it opens on: "of the United States and" joins who follows.

    "President Donald J. Trump of the United States and President Moon
    Jae-in": the country after a name is the previous person's. Only when
    joiners alone follow it.
    """
    if not gap or gap[0] != "of":
        return gap
    index = 1
    while index < len(gap) and (gap[index][:1].isupper() or gap[index] in _COUNTRY_JOINERS):
        index += 1
    rest = gap[index:]
    return rest if index > 1 and rest and all(word in LIST_JOINERS for word in rest) else gap


def _without_aside(gap: Sequence[str]) -> Sequence[str]:
    """The gap without the aside it opens on: "(Tonga), and Mr. Wang Yi" joins Wang Yi.

    Only when joiners alone follow the aside.
    """
    if not gap or gap[0] != "(" or ")" not in gap:
        return gap
    rest = gap[gap.index(")") + 1 :]
    return rest if all(word in LIST_JOINERS for word in rest) else gap


def _without_clause(gap: Sequence[str]) -> Sequence[str]:
    """The gap without the relative clause it opens on, set off by commas:
    ", who is on a State Visit to Japan, and Her Majesty Queen Jetsun Pema"
    joins the Queen.

    Only when joiners alone follow the clause's closing comma, "and" among
    them: "..., who is visiting Japan with his wife, Queen Y" names a
    companion.
    """
    rest = _without_relative_aside(gap)
    if rest is not gap and "and" in rest and all(word in LIST_JOINERS for word in rest):
        return rest
    return gap


def _without_sides(gap: Sequence[str]) -> Sequence[str]:
    """The gap without the sides it names: "... from the Japanese side and X" joins X."""
    if "from" not in gap and "on" not in gap:
        return gap
    words = list(gap)
    index = 0
    while index < len(words):
        if words[index] in ("from", "on") and "side" in words[index + 1 : index + 5]:
            stop = words.index("side", index + 1) + 1
            del words[index:stop]
            continue
        index += 1
    return words


# The verbs of TAKING_PART that name the head of a delegation.
_HEADING = frozenset({"led", "headed"})


def _in_relative_clause(gap: Sequence[str]) -> bool:
    """Whether the gap ends inside "who ..." with no lead verb after it.

    "..., who is visiting Japan along with H.E. Dr. X" names a companion;
    "..., who were both visiting the UK, held ... with X" a counterpart.
    """
    for word in reversed(gap):
        if word in vocabulary.LEAD_VERB_WORDS:
            return False
        if word in _RELATIVES:
            return True
    return False


def _unread(
    tokens: Tokens, chosen: Sequence[tuple[Mention, int, int]], last: int
) -> tuple[int, int] | None:
    """Characters after "with" that should name the counterpart but could not be read.

    Only when the subject was read and no counterpart follows it: "held a
    meeting with Xylo, who is visiting Japan".
    """
    if len(chosen) != 1:
        return None
    seen = tokens.words
    index = chosen[0][2]
    while index < last and seen[index] != "with":
        index += 1
    start = index + 1
    if start >= last or not seen[start][:1].isupper():
        return None
    end = start
    while end < last and seen[end] not in (",", ";", "(", "."):
        end += 1
    return tokens.starts[start], tokens.end(end - 1)
