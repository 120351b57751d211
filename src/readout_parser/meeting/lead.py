"""Where the meeting is told: the lead paragraph and its meeting sentence.

The readers get the lead as :class:`Located` texts: normalised characters
and the input offset of each, as the page side already has them, so nothing
here re-reads the input. :func:`find_lead` picks the sentence that tells who
held the meeting ("On January 14, ..., Mr. MOTEGI Toshimitsu ... held a
Foreign Ministers’ Meeting ... with ...").
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from readout_parser import calendar, vocabulary
from readout_parser._patterns import lazy_re, whole_words
from readout_parser.meeting import time as clock
from readout_parser.model import Span
from readout_parser.page.text import normalize_with_offsets
from readout_parser.page.tree import LEAD_OPENING, goes_on
from readout_parser.sentences import iter_sentence_bounds

__all__ = [
    "Lead",
    "Located",
    "find_lead",
    "has_lead_verb",
    "meeting_noun",
    "meets_someone",
    "tells_meeting",
]

MAX_PARAGRAPHS = 6
"""How many lead paragraphs are read: no lead is longer."""

MAX_CHARS = 6000
"""How many characters of a paragraph are read: the bound keeps the work linear."""

MAX_SENTENCES = 3
"""How many sentences of a paragraph may hold the meeting sentence."""


class Located(NamedTuple):
    """A normalised text and the input offset of each of its characters.

    ``offsets`` is one longer than ``text``: its last item is where the text
    ends in the input.

    >>> t = Located.at("Mr. Kono met Mr. Wang.", 10)
    >>> t.span(4, 8)
    Span(start=14, end=18)
    """

    text: str
    offsets: Sequence[int]

    @classmethod
    def at(cls, text: str, start: int = 0) -> Located:
        """*text* as it stands at offset *start* of the input, unchanged."""
        return cls(text, range(start, start + len(text) + 1))

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Located:
        """``source[start:end]``, white space normalised, at most 6,000 characters.

        >>> Located.of("x  Mr.\u00a0Kono  met", 1, 16).text
        'Mr. Kono met'
        """
        start = max(0, min(start, len(source)))
        end = max(start, min(end, len(source), start + MAX_CHARS))
        text, offsets = normalize_with_offsets(source, start, end)
        return cls(text, offsets)

    def span(self, start: int, end: int) -> Span:
        """The input span of ``text[start:end]``."""
        if end <= start:
            return Span(self.offsets[start], self.offsets[start])
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


class Lead(NamedTuple):
    """The paragraph holding the meeting sentence, and that sentence's bounds.

    *visit* is where a sentence telling the visit the meeting was part of
    starts, when one comes before it ("On May 9, Mr. Kono visited Kenya."),
    or None. *told* is that sentence when a paragraph of its own tells it
    ("Mr. Kulubaev ... visited Japan from June 11 to 15." / "On June 13, from
    5:45 p.m., ... held a meeting with ..."): its day and place stand for the
    meeting's where the meeting sentence names none.
    """

    paragraph: Located
    start: int
    end: int
    visit: int | None = None
    told: Lead | None = None


# A verb a lead sentence tells the meeting with: "held", "received", "took part".
_lead_verb = lazy_re(whole_words(vocabulary.LEAD_VERBS))


def meeting_noun() -> str:
    """A pattern for a meeting noun of the vocabulary, with or without its capital.

    >>> import re
    >>> [bool(re.fullmatch(meeting_noun(), w)) for w in ("Summit", "talks", "Lunch")]
    [True, True, False]
    """
    alternatives = sorted(vocabulary.MEETING_NOUNS, key=len, reverse=True)
    return (
        "(?:" + "|".join(f"[{noun[0].upper()}{noun[0]}]{noun[1:]}" for noun in alternatives) + ")"
    )


# A meeting said to take place, the way a lead may tell it with no other
# verb: "The Japan-Viet Nam Foreign Ministers' Meeting took place on December
# 5"; not "substantive discussions took place" or "This took place".
# A few words may stand between ("Summit Meeting between the two leaders
# took place"), none of them "at", "after" or "during", which open another
# phrase; nor is a meeting the subject after them ("discussions at the
# summit took place").
_MEETING_TOOK_PLACE = lazy_re(
    r"(?<!\w)(?<!at\sthe\s)(?<!after\sthe\s)(?<!during\sthe\s)"
    + meeting_noun()
    + r"(?:\s(?!(?:at|after|during)\s)\S+){0,4}?\stook\splace(?!\w)"
)


def has_lead_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a lead verb: "held", "met", "received".

    >>> has_lead_verb("Mr. A held talks with Mr. B.", 0, 28)
    True
    """
    return _lead_verb().search(text, start, end) is not None


# A word naming a meeting: "meeting", "talks", "telephone call", "working
# lunch", "Joint Committee", "exchange of views", "teleconference", "2+2".
_MEETING_WORD = lazy_re(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            vocabulary.MEETING_NOUNS + vocabulary.MEETING_EVENTS, key=len, reverse=True
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


# A person named with a personal style of the vocabulary or an office: "Mr.",
# "H.E.", "H. E.", "Minister", "President" (not "Presidential"), "Secretary".
_PERSON_WORD = lazy_re(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(style).replace(r"\.", r"\.\s?") for style in sorted(vocabulary.PERSONAL_STYLES)
    )
    + r"|Minister|President|Secretary|Ambassador|Chairman|Premier|King|Queen|Prince|Sheikh"
    r"|Senator)(?!\w)"
)


def tells_meeting(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells of a meeting with a lead verb or as taking place.

    A verb such as "held" or "conducted" tells one only with a meeting as
    what it names ("held a meeting with", "the Joint Committee was held") or
    with a person named with a style or office before it ("Mr. A held a me
    eting with ...", a word the copy broke): "the Presidential Election held
    in ..." and "North Korea conducted a nuclear test despite repeated calls
    ..." tell of no meeting.

    >>> tells_meeting("North Korea conducted a nuclear test.", 0, 36)
    False
    """
    has_verb = False
    # Verb by verb, the first that tells a meeting settles it: the rest of
    # the sentence is not scanned.
    for verb in _lead_verb().finditer(text, start, end):
        if verb.group() not in vocabulary.WEAK_LEAD_VERBS or _names_a_meeting(
            text, start, end, verb.start(), verb.end()
        ):
            return True
        has_verb = True
    # Only a sentence with no lead verb may tell a meeting as taking place.
    return (
        not has_verb
        and "took place" in text[start:end]
        and (_MEETING_TOOK_PLACE().search(text, start, end) is not None)
    )


# How far before a weak verb its subject may name the meeting: "the 10th
# Round of Japan-China Economic Partnership Negotiations| was held".
MAX_SUBJECT_CHARS = 80

# How far after a weak verb its object may name the meeting: "held| the
# Seventh Japan-India Foreign Ministers' Strategic Dialogue with".
MAX_OBJECT_CHARS = 100

# What ends the object of a verb: a comma or a preposition ("held talks| with").
_OBJECT_END = lazy_re(
    r",|\s(?:with|in|on|at|by|for|to|from|over|despite|of|during|between|and|after|before)\s"
)


# What follows a weak verb used as a participle, "... held| in Manila".
_PARTICIPLE_PLACES = (" in ", " at ")


def _meeting_after_place(text: str, at: int, limit: int) -> bool:
    """Whether a meeting is named after the place at *at*, before the clause ends.

    "held| at the Presidential Palace a summit meeting with ...", "held| in
    Tokyo talks with ...", "held| at the Iikura Guest House, Tokyo, a meeting
    with ..."; not "... President of ..., held| in Manila." nor "The
    referendum held| in the region violated the resolutions of the Security
    Council", where another verb comes first.
    """
    stop = _PLACE_OBJECT_END().search(text, at, limit)
    return _MEETING_WORD().search(text, at, stop.start() if stop else limit) is not None


# What ends what was held after a place: the sentence (not at "Mt." or
# "U.S."), a clause, "with" or another verb: "held in Tokyo a meeting| with",
# "held in the region| violated".
_PLACE_OBJECT_END = lazy_re(r"(?<![A-Z])(?<![A-Z][a-z])\.(?=\s|$)|;|\swith\s|\s[a-z]+ed\s")


def _names_a_meeting(text: str, start: int, end: int, verb_start: int, verb_end: int) -> bool:
    """Whether the weak verb at ``[verb_start, verb_end)`` names a meeting or follows a person.

    Where a place follows it at once, what was held comes after the place
    ("held in Tokyo a meeting with ...") or it is a participle, no person's
    verb: "attended the Inauguration Ceremony of H.E. Mr. ..., President of
    ..., held in Manila".
    """
    if text.startswith(_PARTICIPLE_PLACES, verb_end):
        if _meeting_after_place(text, verb_end, min(end, verb_end + MAX_OBJECT_CHARS)):
            return True
        if (
            text.endswith(", ", start, verb_start)
            and text.startswith("held", verb_start)
            and _place_closes(text, verb_end, end)
        ):
            # "... Ceremony of H.E. Mr. ..., President of ..., held in Lima.":
            # a participle set off by a comma, closing the sentence with its
            # place, however near a meeting word stands before it; not "...,
            # was held in Tokyo", nor "the Summit Meeting, held in Lima, lasted ...".
            return False
    elif _PERSON_WORD().search(text, start, verb_start) is not None:
        return True
    if _MEETING_WORD().search(text, max(start, verb_start - MAX_SUBJECT_CHARS), verb_start):
        return True
    limit = min(end, verb_end + MAX_OBJECT_CHARS)
    stop = _OBJECT_END().search(text, verb_end, limit)
    return _MEETING_WORD().search(text, verb_end, stop.start() if stop else limit) is not None


def _place_closes(text: str, at: int, end: int) -> bool:
    """Whether the place after " in"/" at" at *at* closes the sentence at *end*.

    >>> _place_closes("held in Lima", 4, 12), _place_closes("held in Lima, lasted", 4, 20)
    (True, False)
    >>> _place_closes("held at the National Museum of Peru", 4, 35)
    True
    """
    return all(word[:1].isupper() or word in _PLACE_JOINERS for word in text[at:end].split()[1:])


# Small words inside a place's name: "the National Museum of Peru".
_PLACE_JOINERS = frozenset({"the", "of", "and", "de", "du", "la"})


def bounded(paragraphs: Sequence[Located]) -> list[Located]:
    """The paragraphs the readers look at: at most six, of at most 6,000 characters.

    A paragraph the copy cut inside a sentence with a blank line is read
    with the rest of its sentence (see :func:`_cut_mid_sentence`).
    """
    found: list[Located] = []
    for paragraph in paragraphs[:MAX_PARAGRAPHS]:
        if (
            found
            and len(found[-1].text) < MAX_CHARS
            and _cut_mid_sentence(found[-1].text, paragraph.text)
        ):
            before = found.pop()
            paragraph = Located(
                f"{before.text} {paragraph.text}", [*before.offsets, *paragraph.offsets]
            )
        if len(paragraph.text) > MAX_CHARS:
            paragraph = Located(paragraph.text[:MAX_CHARS], paragraph.offsets[: MAX_CHARS + 1])
        found.append(paragraph)
    return found


# Characters no sentence starts with.
_NO_SENTENCE_START = frozenset(":;,)")


def _cut_mid_sentence(first: str, second: str) -> bool:
    """Whether *first* and *second* are one sentence a blank line was copied into.

    The first is one sentence that does not end: it stops on a word no
    sentence ends on, the way a hard-wrapped paragraph's line does ("...
    held a meeting with", "... Affairs,"), or on any word with the second
    going on in lower case ("... held a meeting" and "with Mr. Roberto
    Ampuero, ..."). A second that opens as a lead does ("On May 9, ...")
    starts the lead, below a paragraph the copy cut.

    >>> _cut_mid_sentence("Mr. Kono, Minister for Foreign Affairs,", "held a meeting")
    True
    >>> _cut_mid_sentence("Mr. Kono held a meeting with", "Mr. Roberto Ampuero")
    True
    >>> _cut_mid_sentence("The overview is as follows.", "the two sides met")
    False
    >>> _cut_mid_sentence("They met. The two leaders shared the", "view that ...")
    False
    >>> _cut_mid_sentence("Minister Iwaya shaking hands with", "on December 25, Mr. ...")
    False
    >>> _cut_mid_sentence("On May 5, commencing at 10", ":15 a.m. for one hour, Mr. Abe met")
    True
    """
    # A lead's opening sentence without its stop goes on below, however it
    # ends: "On November 8, ... who is visiting Da Nang, the Socialist" /
    # "Republic of Viet Nam, ...".
    unfinished = goes_on(first) or (
        first[-1:] not in ".!?" and LEAD_OPENING().match(first) is not None
    )
    # A second opening on what starts no sentence (":15 a.m. ...", ", who")
    # goes on with the first, whatever the first ends on.
    if (
        not unfinished
        and not (first[-1:].isalpha() and second[:1].islower())
        and second[:1] not in _NO_SENTENCE_START
    ):
        return False
    # "on December 25, ..." in a copy that lost the capital opens a lead too.
    opening = second[:1].upper() + second[1:] if second[:1].islower() else second
    if LEAD_OPENING().match(opening) is not None:
        return False
    # One sentence, unfinished: a paragraph of several is no lead cut in two.
    return next(islice(iter_sentence_bounds(first), 1, 2), None) is None


def find_lead(paragraphs: Sequence[Located], page_date: datetime.date | None = None) -> Lead | None:
    """The meeting sentence: the first telling who held a meeting.

    The first paragraph needs only the verb; a later one must also state a
    day or time, so a body paragraph ("The two sides held talks") passed in
    place of an empty lead is not taken for it.

    >>> lead = find_lead([Located.at("Photo. On May 9, Mr. Abe held talks with Mr. Li.")])
    >>> lead.paragraph.text[lead.start : lead.end]
    'On May 9, Mr. Abe held talks with Mr. Li'
    """
    told_visit: Lead | None = None
    # With no meeting sentence at all, the first visit's or stay's sentence
    # is (an arrival is none).
    fallback: Lead | None = None
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        visit: Lead | None = None
        arrival: Lead | None = None
        for start, end in islice(iter_sentence_bounds(text), MAX_SENTENCES):
            if not tells_meeting(text, start, end):
                if visit is None and arrival is None and _arrives(text, start, end):
                    # "Mr. Kishida ... arrived in Manama, Bahrain to attend
                    # the Manama Dialogue. On the same day, ... held a
                    # meeting with ...": the visit, if a meeting follows.
                    arrival = Lead(paragraph, start, end)
                continue
            if index > 0 and not _later_meeting(text, start, end, told_visit, page_date):
                continue
            told = visit_told(text, start, end)
            if told is not None and _recalls_a_visit(text, start, told):
                continue
            if visit is None and told is not None and _visits_a_place(text, told, end):
                # "Mr. Kono visited Kenya. During his visit, Minister Kono
                # held a meeting with ...": the meeting is told next.
                visit = Lead(paragraph, start, end)
                continue
            before = visit or arrival
            return Lead(
                paragraph, start, end, before.start if before is not None else None, told_visit
            )
        # A paragraph telling only the visit ("Mr. Kulubaev visited Japan from
        # June 11 to 15.", "... is visiting Japan from October 10 to 13 as a
        # Guest ..."): the meeting may be told, with its time, in the next.
        told_visit = told_visit or visit or _stay(arrival)
        fallback = fallback or visit or _stay(arrival)
    return fallback


def _visits_a_place(text: str, visit: int, end: int) -> bool:
    """Whether the visit whose verb ends at *visit* (see :func:`visit_told`) is to no person.

    >>> _visits_a_place("Mr. Kono, Minister for Foreign Affairs, visited Kenya.", 46, 53)
    True
    >>> _visits_a_place("Mr. Li visited Prime Minister Abe.", 14, 34)
    False
    """
    # "visited Prime Minister Abe", "visited the President of Kenya": a call
    # on someone, not a visit to a place.
    at = visit + 1
    if text.startswith("the ", at):
        at += len("the ")
    if _PERSON_WORD().match(text, at, end) is not None:
        return False
    # "Senior Minister Teo", "Prime Minister Abe": a person word after the
    # first word of an office (but not "the State Funeral of ...").
    first = text[at : at + MAX_OFFICE_HEAD_CHARS].split(" ", 1)[0]
    return (
        first not in vocabulary.OFFICE_HEADS
        or _PERSON_WORD().match(text, at + len(first) + 1, end) is None
    )


# The words of an office head a visited person may be named by are this long at most.
MAX_OFFICE_HEAD_CHARS = max(map(len, vocabulary.OFFICE_HEADS)) + 1


def visit_told(text: str, start: int, end: int) -> int | None:
    """Where a visit's verb ends in a sentence whose only lead verbs tell visits, or None.

    "visited" a place, or "attended" an event ("Mr. Nukaga, Special Envoy
    ..., attended the Inauguration Ceremony of the President ..."), or, in a
    sentence with no lead verb, "arrived in" or "is visiting" a place.

    >>> visit_told("On May 9, Mr. Kono visited Kenya.", 0, 33)
    26
    """
    arrival = _arrival(text, start, end)
    if (
        text.find("visited", start, end) < 0
        and text.find("attended", start, end) < 0
        and arrival is None
    ):
        # Most sentences: a few tests in C, no pattern.
        return None
    verbs = [
        verb
        for verb in _lead_verb().finditer(text, start, end)
        if (
            verb.group() not in vocabulary.WEAK_LEAD_VERBS
            or _names_a_meeting(text, start, end, verb.start(), verb.end())
        )
        and not _held_at_a_place(text, verb.group(), verb.start(), verb.end())
    ]
    if any(verb.group() not in _VISIT_VERBS for verb in verbs):
        # A verb telling a meeting; not one telling none: "attended the
        # Inauguration Ceremony of ..., held in Manila".
        return None
    if verbs:
        return verbs[0].end()
    return arrival


def _held_at_a_place(text: str, verb: str, start: int, end: int) -> bool:
    """Whether *verb* is "held" told of an event where it took place: "... Meeting held in Rio".

    A participle right after the event a visit was for, not a verb telling a
    meeting: not after a comma ("..., who is visiting Rome, held in the
    Palazzo Chigi a meeting with ...").
    """
    return (
        verb == "held"
        and text.startswith((" in ", " at "), end)
        and text[start - 2 : start - 1].isalpha()
    )


def _arrives(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a sentence that tells no meeting, tells an arrival somewhere.

    >>> _arrives("On May 9, Mr. Kishida arrived in Manama to attend the Dialogue.", 0, 63)
    True
    >>> _arrives("Mr. Okada, Minister for Foreign Affairs, is visiting Singapore.", 0, 63)
    True
    """
    at = _arrival(text, start, end)
    return at is not None and not _recalls_a_visit(text, start, at)


def _arrival(text: str, start: int, end: int) -> int | None:
    """Where the verb of the first arrival or stay in ``text[start:end]`` ends, or None.

    "arrived| in Manama", "is visiting| Singapore from November 11 to 13".
    """
    found = [(at, verb) for phrase, verb in _ARRIVALS if (at := text.find(phrase, start, end)) >= 0]
    if not found:
        return None
    at, verb = min(found)
    return at + len(verb)


# An arrival or a stay, which tells the visit a meeting told next is part of,
# and its verb: "arrived in Manama", "is visiting Singapore from November 11 to 13"
# ("was visiting" recalls a visit as often: "... was visiting Japan last year").
_ARRIVALS = (
    (" arrived in ", " arrived"),
    (" is visiting ", " is visiting"),
)


def _stay(arrival: Lead | None) -> Lead | None:
    """*arrival* if it tells a stay ("is visiting Japan from October 10 to 13"), not an arrival.

    A stay covers the meetings told after it; an arrival ("On May 8, ...
    arrived in Nairobi.") may be a day and a place before them.
    """
    if arrival is None:
        return None
    text = arrival.paragraph.text
    return arrival if text.find(" is visiting ", arrival.start, arrival.end) >= 0 else None


# The lead verbs that tell a visit or an event a meeting may be part of.
_VISIT_VERBS = frozenset({"visited", "attended"})


def _recalls_a_visit(text: str, start: int, visit: int) -> bool:
    """Whether a clause recalls the visit whose verb ends at *visit*, in a sentence from *start*.

    "..., which was entered into when Minister Nakasone visited Iran.": no
    meeting, nor the visit one is part of. A phrase opening the sentence
    ("On May 9, after the summit, Mr. Abe visited ...") recalls nothing.
    """
    # The clause the verb is in: from the last comma before it ("Mr. Hayashi,
    # who is visiting India,| attended the G20 ..." is the sentence's own).
    clause = text[max(start, text.rfind(",", start, visit) + 1) : visit]
    return not _CLAUSE_OPENERS.isdisjoint(clause.lower().split())


# Words opening a clause inside a sentence, whose verb is not the sentence's:
# "when Minister Nakasone visited Iran" (not "after", "as", "before", which
# open a sentence's opening phrase as often).
_CLAUSE_OPENERS = frozenset({"when", "who", "which", "that", "since", "where", "whom"})


def meets_someone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells its subject meeting someone, as a sentence of its own.

    A lead verb with a meeting, a call or a meal after it ("held a meeting
    with", "paid a courtesy call on", "had a brief exchange with"), or
    "met"; not in a clause recalling it ("..., who visited Hiroshima with
    ...", "... since Minister Kishida held a meeting with ..."), nor a thing
    received ("received a letter from", "the welcome he received from").

    >>> meets_someone("Subsequently, Mr. A held a meeting with Mr. B.", 0, 46)
    True
    >>> meets_someone("Mr. A received a letter from Mr. B.", 0, 35)
    False
    """
    # The sentence's own verb: the first in no clause recalling or telling
    # of someone, from the last comma before it ("since Minister Kishida
    # held ...", "..., whom Minister B had invited, held ..."; not "at the
    # hotel where she was staying, Minister Kishida held ...").
    verb = next(
        (
            found
            for found in _lead_verb().finditer(text, start, end)
            if _CLAUSE_OPENERS.isdisjoint(
                text[max(start, text.rfind(",", start, found.start()) + 1) : found.start()]
                .lower()
                .split()
            )
        ),
        None,
    )
    if verb is None:
        # "the Japan-Kenya Foreign Ministers' Meeting took place between A and B".
        took = _MEETING_TOOK_PLACE().search(text, start, end)
        return took is not None and text.startswith(" between ", took.end())
    if verb.group() in ("met", "meets"):
        return True
    if verb.group() in ("was held", "were held"):
        # "the Japan-Kenya Foreign Ministers' Meeting was held between A and B".
        # The meeting's own noun heading the subject: "... Foreign Ministers'
        # Meeting was held between", "a telephone call was held between"; not
        # "a dinner was held between ...", nor "after the meeting, a dinner ...".
        subject_start, subject_end = _passive_subject(text, start, verb.start())
        return (
            text.find(" between ", verb.end(), end) >= 0
            and _SUBJECT_NOUN().search(text, subject_start, subject_end) is not None
        )
    return _MEETING_WORD().search(text, verb.end(), end) is not None


# A meeting's own noun, or a call, in the subject of a passive: "the ...
# Foreign Ministers' Meeting and working lunch were held", "a telephone call
# was held"; not "a dinner was held".
_SUBJECT_NOUN = lazy_re(r"(?<![\w-])(?:" + meeting_noun() + r"|[Cc]alls?)(?![\w-])")


def _passive_subject(text: str, start: int, verb: int) -> tuple[int, int]:
    """Where the subject of a passive verb at *verb* lies: from the comma before it.

    An apposition closing on a comma right before the verb is passed over:
    "the ... Meeting, the first in five years, was held" has the subject
    "the ... Meeting"; "after the meeting, a dinner was held" has "a dinner".

    >>> s = "On May 9, the Meeting, the first in years, was held"
    >>> start, end = _passive_subject(s, 0, s.index("was"))
    >>> s[start:end]
    ' the Meeting'
    """
    end = verb
    if text[start:end].rstrip().endswith(","):
        end = text.rfind(",", start, text.rfind(",", start, end))
        if end < start:
            end = verb
    return max(start, text.rfind(",", start, end) + 1), end


def _later_meeting(
    text: str, start: int, end: int, told: Lead | None, page_date: datetime.date | None
) -> bool:
    """Whether ``text[start:end]``, in a lead paragraph after the first, may be the meeting's.

    It states when, as any there must. After a paragraph telling a visit or
    a stay (*told*), which have events of their own, it is the meeting only
    as one told then ("On the following day" will do): a meeting of two
    people named ("Minister Kishida held a meeting with H.E. Ms. Amina
    Mohamed", "Mr. A and Minister B held a meeting", "... Meeting was held
    between Mr. A and Minister B"; not "Minister Kishida had lunch with the
    staff of the Embassy"), not in brackets, and a day written with a year
    other than the page's only near the page date and not before the
    visit's first (:func:`_of_the_time`); another recalls an earlier meeting
    ("(Reference) On May 9, 2016, ...").
    """
    if told is None:
        return _states_when(text, start, end)
    sentence = text[start:end]
    return (
        not sentence.startswith(("(", "["))
        and (_states_when(text, start, end) or RELATIVE_DAY().search(text, start, end) is not None)
        and _of_the_time(text, start, end, page_date, told)
        and meets_someone(text, start, end)
        and (_people_named(sentence) >= MIN_PEOPLE_MET or _the_two_meet(text, start, end))
    )


def _the_two_meet(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells the two holding a meeting, named together.

    "the two Foreign Ministers held the Japan-Kenya Foreign Ministers'
    Meeting"; not "the two ministers held a working dinner", nor "... a
    joint press conference", events of the visit's.
    """
    two = _TWO_OF_THEM().search(text, start, end)
    return two is not None and _THEIR_MEETING().search(text, two.end(), end) is not None


# The two who met, named together: "the two Foreign Ministers", "the two
# leaders", "the two Defense Ministers", "the two Presidents"; not "the two
# Vice-Ministers" or "Vice Ministers", another pair.
_TWO_OF_THEM = lazy_re(
    r"(?<![\w-])[Tt]he\stwo\s(?:(?!Vice\s)[A-Z][\w-]*\s)?(?:[Mm]inisters|[Ll]eaders|Presidents)"
    r"(?![\w-])"
)

# A meeting held as the verb's object, with no phrase or press event before
# its noun: "held the first-ever Japan-Kenya Foreign Ministers' Meeting",
# "held talks", "held an informal meeting"; not "held a working dinner
# ahead of the ... Meeting", "held a Joint Press Conference", nor a meeting
# with others ("held a meeting with Kenyan business leaders").
_THEIR_MEETING = lazy_re(
    r"\s(?:held|had)\s"
    r"(?:(?!(?:press|of|on|in|at|ahead|after|before|for|with|and)\s)[\w'’.-]+\s){0,8}?"
    r"(?<![Pp]ress\s)" + meeting_noun() + r"(?![\w-])(?!\swith\s)"
)


def _of_the_time(
    text: str, start: int, end: int, page_date: datetime.date | None, told: Lead
) -> bool:
    """Whether ``text[start:end]`` tells a day of the visit *told*, not a meeting recalled.

    A sentence opening on its own day is that day's meeting, whatever years
    it recalls after ("..., whom he had previously met in 2016"); a day
    written with a year other than the page's is within a week of the page
    date and not before the first day the visit's sentence names ("On
    December 31, 2017, ..." on a page of January 4, 2018, after a stay "from
    December 30 to January 2"; not "(Reference) On May 9, 2016, ...").
    """
    day = calendar.find_day(text, start, end)
    if page_date is None or day is None or day.year in (None, page_date.year):
        return True
    value = _date_of(day, page_date)
    if value is None or abs((value - page_date).days) > MAX_DAYS_FROM_PAGE:
        return False
    first = _day_of(told.paragraph.text, told.start, told.end, page_date)
    return first is None or value >= first


def _day_of(text: str, start: int, end: int, page_date: datetime.date) -> datetime.date | None:
    """The first day ``text[start:end]`` names, in its year or the nearest to *page_date*."""
    day = calendar.find_day(text, start, end)
    return None if day is None else _date_of(day, page_date)


def _date_of(day: calendar.DayMatch, page_date: datetime.date) -> datetime.date | None:
    """*day* as a date, in its year or the nearest to *page_date*; None for no real day."""
    if day.year is None:
        return calendar.nearest_year(day.month, day.day, page_date)
    try:
        return datetime.date(day.year, day.month, day.day)
    except ValueError:
        return None


# A day this many days from the page's, in another year, is of the page's time.
MAX_DAYS_FROM_PAGE = 7


def _people_named(sentence: str) -> int:
    """How many people *sentence* names by a style or an office before a capitalised word.

    "Minister Kishida held a meeting with H.E. Ms. Amina Mohamed" names two
    ("Minister Kishida", "Ms. Amina"); an office's or style's own words
    before another ("Prime Minister", "H.E. Ms.") count once.
    """
    words = sentence.split()
    return sum(
        1
        for before, after in itertools.pairwise(words)
        if before.strip(",") in _PERSON_CUES
        and after[:1].isupper()
        and after.strip(",") not in _PERSON_CUES
        # "the two Foreign Ministers", "Foreign Ministers' Meeting": an
        # office of several, or a thing of theirs, names no one.
        and after.strip(",").rstrip("'’").removesuffix("s") not in _PERSON_CUES
    )


# Words a person is named after: styles ("Mr.", "H.E.") and offices' heads.
_PERSON_CUES = frozenset(
    {word.split()[-1] for word in vocabulary.HONORIFICS} | vocabulary.OFFICE_HEADS
)

# The people a meeting names at least.
MIN_PEOPLE_MET = 2


# A day told from another: "On the following day", "the next day", "the previous evening".
RELATIVE_DAY = lazy_re(r"(?i)(?<![\w])(?:following|next|previous)\s(?:day|morning|evening)")

# What a sentence telling a meeting with someone holds, before anything is
# scanned: "held a meeting with", "paid a courtesy call on", "received a
# courtesy call from", "met", "received H.E. Mr. ...", "hosted", "visited".
MET_WORDS = (" with ", " call on ", " call from ", " met ", " received ", " hosted ", " visited ")


def _states_when(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a day or a clock time ("On June 26", "6:45 p.m.")."""
    return (
        calendar.find_day(text, start, end) is not None
        or clock.TIME_24H().search(text, start, end) is not None
        or clock.TIME_12H().search(text, start, end) is not None
    )
