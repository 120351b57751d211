"""Where and how a meeting was held: its place, its format and its occasion.

Functions read white-space normalised text and report positions in it;
patterns compile on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from readout_parser import vocabulary
from readout_parser._patterns import earliest, lazy, lowered_finds_all
from readout_parser.model import MeetingFormat

# -- format --------------------------------------------------------------------

# A meeting held by telephone: "telephone talk", "Telephone Talk", "telephone
# call", "telephone conversation", "phone call", "by telephone".
TELEPHONE: Final = lazy(
    r"(?i)(?<![\w])(?:tele)?phone(?:\s(?:talks?|calls?|conversations?|meetings?|conferences?))?"
    r"(?![\w])"
)

# A meeting held by video: "video conference", "Video Teleconference Meeting",
# "teleconference", "videoconference", "TV conference", "web conference",
# "online meeting", "online courtesy call", "virtual summit", "video call",
# "in a virtual format", "a virtual conversation", "held online" (not "the
# Online Dialogue" nor "the virtual conference on COVID-19": events' names).
VIDEO: Final = lazy(
    r"(?i)(?<![\w])(?:(?:video|tv|web)[\s-]?(?:tele)?conferenc\w*|teleconferenc\w*|"
    r"video\s(?:(?:courtesy\s)?calls?|meetings?|talks?|summits?|conversations?)|"
    r"online\s(?:(?:courtesy\s)?calls?|meetings?|talks?|conferences?|summits?|format|session|"
    r"conversations?)|"
    r"virtual\s(?:(?:courtesy\s)?calls?|meetings?|talks?|summits?|format|session|conversations?)|"
    r"(?:held|conducted|took\splace)\s(?:online|virtually)|via\svideo)"
    r"(?![\w])"
)

# A meeting held face to face: "held a meeting", "Summit Meeting", "talks",
# "paid a courtesy call on", "working lunch", "dinner", "met with", "Strategic
# Dialogue", "had a brief conversation with", "was received in audience by",
# "was received by", "was warmly received by" (a visitor's call on a host:
# "received by" after "was" or "were", and an adverb of a call or none; not
# "a letter ... which was kindly received by").
IN_PERSON: Final = lazy(
    r"(?i)(?<![\w])(?:meetings?|summit|talks?|call(?:ed)?\son|courtesy\scall|lunch(?:eon)?|"
    r"dinner|breakfast|banquet|met|meets|dialogue|consultations?|conversations?|audience"
    r"|(?<=(?<![\w])(?:was|were)\s(?:also\s|later\s|then\s|first\s|warmly\s|cordially\s)?)"
    r"received\sby)(?![\w])"
)

# What opens the name of an event a principal came for, or a meeting was held
# beside: "to attend the G20 Summit", "on the margins of the APEC Economic
# Leaders' Meeting".
EVENT_CUE: Final = lazy(
    r"(?i)(?<![\w])(?:to\sattend|attending|to\sparticipate\sin|participating\sin|"
    r"on\sthe\s(?:margins?|sidelines?|occasion)\sof)\s"
)

# A meeting named after the body that meets, when no word above names one:
# "the Security Consultative Committee ("2+2") was held", "Joint Commission",
# "Joint Council".
MEETING_BODY: Final = lazy(r"(?i)(?<![\w])(?:committee|commission|council)(?![\w])")

# Words every match of IN_PERSON starts with, in lower case.
_IN_PERSON_WORDS: Final = (
    "meeting",
    "summit",
    "talk",
    "call",
    "courtesy",
    "lunch",
    "dinner",
    "breakfast",
    "banquet",
    "met",
    "meets",
    "dialogue",
    "consultation",
    "audience",
    "conversation",
    "received",
)


# The formats named outright, each with words every match of its pattern holds.
_NAMED_FORMATS: Final = (
    (TELEPHONE, MeetingFormat.TELEPHONE, ("phone",)),
    (VIDEO, MeetingFormat.VIDEO, ("video", "teleconferenc", "online", "virtual", "tv", "web")),
)


class Found(NamedTuple):
    """A value read from the text and where it lies, ``[start, end)``."""

    value: str
    start: int
    end: int


def find_format(
    text: str, start: int, end: int, *, by_body: bool = False
) -> tuple[MeetingFormat, int, int] | None:
    """How the meeting in ``text[start:end]`` was held, and the words that say so.

    Telephone and video are named outright; a meeting, talks or a meal
    without either was held face to face, and with *by_body*, a meeting
    named after the body that meets ("the Joint Committee was held").

    >>> s = "Mr. A held a summit telephone talk with Mr. B"
    >>> kind, start, end = find_format(s, 0, len(s))
    >>> kind.value, s[start:end]
    ('telephone', 'telephone talk')
    """
    region = text[start:end]
    lowered = region.lower() if lowered_finds_all(region) else None
    for pattern, kind, cues in _NAMED_FORMATS:
        # Most leads name neither: a substring test says so before any scan.
        if lowered is not None and not _holds_any(lowered, cues):
            continue
        match = pattern().search(text, start, end)
        if match is not None:
            return kind, match.start(), match.end()
    found = _in_person(text, start, end, lowered)
    if found is None and by_body and (lowered is None or _holds_any(lowered, _MEETING_BODY_WORDS)):
        found = MEETING_BODY().search(text, start, end)
    if found is not None:
        return MeetingFormat.IN_PERSON, found.start(), found.end()
    return None


# Words every match of MEETING_BODY holds, in lower case.
_MEETING_BODY_WORDS: Final = ("committee", "commission", "council")


def _in_person(text: str, start: int, end: int, lowered: str | None) -> regex.Match[str] | None:
    """The first word in ``text[start:end]`` saying a meeting was held face to face.

    Not one naming the event a principal came for, when another follows:
    "..., who is visiting Bangkok to attend the ASEAN-related Foreign
    Ministers' Meetings, held a meeting with ..." is told by "meeting".
    """
    scan = start
    if lowered is not None:
        # A meeting word is named late in a lead if at all: the scan starts there.
        first = earliest(lowered, _IN_PERSON_WORDS)
        if first < 0:
            return None
        scan += first
    found = IN_PERSON().search(text, scan, end)
    while found is not None and _names_event(text, start, found.start()):
        later = IN_PERSON().search(text, found.end(), end)
        if later is None:
            break
        found = later
    return found


def _names_event(text: str, start: int, at: int) -> bool:
    """Whether the word at *at* is in an event's name after "to attend" or "on the margins of"."""
    clause = text.rfind(",", start, at) + 1 or start
    return EVENT_CUE().search(text, clause, at) is not None


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether *lowered* holds any of *words*, without a generator's cost."""
    return any(map(lowered.__contains__, words))


# -- occasion ------------------------------------------------------------------

# The meal or call a meeting was: "working lunch", "over lunch", "luncheon",
# "working dinner", "breakfast meeting", "Welcome Banquet", "courtesy call".
OCCASION: Final = lazy(
    r"(?i)(?<![\w])(?P<occasion>working\s(?:lunch(?:eon)?|dinner|breakfast)|banquet|courtesy\scall|"
    r"lunch(?:eon)?|dinner|breakfast)(?![\w])"
)

# Words every match of OCCASION holds, in lower case.
_OCCASION_WORDS: Final = ("lunch", "dinner", "breakfast", "banquet", "courtesy")

# A meal said to come after the meeting rather than be it: "followed by a dinner",
# "Following ..., held a working dinner", "subsequently held a luncheon",
# "and hosted a dinner". Not "held a meeting with and hosted a working lunch
# for X": the two verbs share their object, so the lunch is the meeting.
LATER_MEAL: Final = lazy(
    r"(?i)(?:followed\sby|following|subsequently|then|after\swhich|(?<!with\s)and\shosted)"
    r"\s(?:\S+\s){0,3}$"
)

# A meal named with the meeting's length, as a part of it: "(for approximately
# two hours and 30 minutes including a working dinner)", "for approximately two
# hours in total, a working lunch from 11:50 a.m. to 1:00 p.m. and a meeting ...".
MEAL_IN_LENGTH: Final = lazy(r"(?:\sin\stotal)?,?\s(?:including\s(?:an?\s)?|an?\s)")


def find_occasion(text: str, start: int, end: int) -> Found | None:
    """The meal or call the meeting was, named in ``text[start:end]``.

    >>> s = "held a Foreign Ministers' Meeting over lunch with"
    >>> find_occasion(s, 0, len(s))
    Found(value='lunch', start=39, end=44)
    """
    region = text[start:end]
    if lowered_finds_all(region):
        lowered = region.lower()
        if not _holds_any(lowered, _OCCASION_WORDS):
            # Most leads name no meal: a substring test says so before any scan.
            return None
    for match in OCCASION().finditer(text, start, end):
        if LATER_MEAL().search(text, max(start, match.start() - 40), match.start()) is not None:
            continue
        return _occasion(match)
    return None


def occasion_in_length(text: str, length_end: int) -> Found | None:
    """The meal named right after the meeting's length, which ends at *length_end*.

    >>> s = "(for approximately two hours and 30 minutes including a working dinner)"
    >>> occasion_in_length(s, 43)
    Found(value='working dinner', start=56, end=70)
    """
    joiner = MEAL_IN_LENGTH().match(text, length_end)
    if joiner is None:
        return None
    found = OCCASION().match(text, joiner.end())
    return _occasion(found) if found is not None else None


# A meal named as a part of the meeting after the meeting sentence, by the
# form it took: "the second half of the meeting was held ... in the form of
# a working dinner".
MEAL_AS_FORM: Final = lazy(r"(?i)in\sthe\sform\sof\s(?:an?\s)?$")

# Or as the second part of the meeting's account in brackets, after its
# first part and with a time of its own: "(A one-on-one meeting commencing
# at around 12:10 p.m. ...; and a working lunch commencing at around 12:55
# p.m. ...)". The part opens on "; and" and names its start.
MEAL_AS_PART: Final = lazy(r";\s(?:and\s)?(?:an?\s)?$")
MEAL_WITH_TIME: Final = lazy(r"\s(?:commencing|starting|beginning|from)\s")

# How far before a meal "in the form of a " or "; and a " can start.
MAX_FORM_CHARS = 20


def meal_as_part(text: str, start: int, end: int) -> Found | None:
    """The first meal named as a part of the meeting in ``text[start:end]``, after its sentence.

    By the form the meeting took, or as the next part of its account in
    brackets, with a start of its own. A meal said to come after the
    meeting, or another event's ("Later in the day, ... attended a state
    banquet from 7:30 p.m."), is none; nor is a "courtesy call".

    >>> s = "The second half was held in the form of a working dinner."
    >>> meal_as_part(s, 0, len(s))
    Found(value='working dinner', start=42, end=56)
    >>> s = "(A meeting from 12:10 p.m.; and a working lunch commencing at 12:55 p.m.)"
    >>> meal_as_part(s, 0, len(s)).value
    'working lunch'
    >>> s = "Following this, Mr. Doe attended a dinner commencing at 8:00 p.m."
    >>> meal_as_part(s, 0, len(s)) is None
    True
    """
    region = text[start:end]
    if lowered_finds_all(region) and not _holds_any(region.lower(), _MEAL_WORDS):
        return None
    for match in OCCASION().finditer(text, start, end):
        at = match.start()
        if match.group("occasion").lower() == "courtesy call":
            continue
        before = max(start, at - MAX_FORM_CHARS)
        if MEAL_AS_FORM().search(text, before, at) is not None or (
            MEAL_AS_PART().search(text, before, at) is not None
            and _in_brackets(text, start, at)
            and MEAL_WITH_TIME().match(text, match.end(), end) is not None
        ):
            return _occasion(match)
    return None


# The words of OCCASION that name a meal.
_MEAL_WORDS: Final = tuple(word for word in _OCCASION_WORDS if word != "courtesy")


def _in_brackets(text: str, start: int, at: int) -> bool:
    """Whether *at* stands inside a parenthesis opened after *start*."""
    return text.rfind("(", start, at) > text.rfind(")", start, at)


# A meal said to be part of the meeting, wherever in the sentence's time
# phrase: "from 11:00 a.m., including a working lunch".
INCLUDED_MEAL: Final = lazy(r"(?<![\w])including\s(?:an?\s)?")


def included_meal(text: str, start: int, end: int) -> Found | None:
    """The meal named after "including" in ``text[start:end]``.

    >>> s = "for two hours from 11:00 a.m., including a working lunch, Mr. A"
    >>> included_meal(s, 0, len(s))
    Found(value='working lunch', start=43, end=56)
    """
    if "including" not in text[start:end]:
        return None
    for joiner in INCLUDED_MEAL().finditer(text, start, end):
        found = OCCASION().match(text, joiner.end(), end)
        if found is not None:
            return _occasion(found)
    return None


# A meal the counterpart was met over, right after them and their office:
# "..., State Councilor of the People's Republic of China, over a working
# lunch", "hosted H.E. Mr. X for a working dinner", "... for a dinner and
# held talks with her" (the meal closing the clause: not "for dinner plans").
MEAL_AFTER_PERSON: Final = lazy(
    r"(?i),?\s(?:over|for)\s(?:an?\s)?(?P<occasion>working\s(?:lunch(?:eon)?|dinner|breakfast)"
    r"|lunch(?:eon)?|dinner|breakfast)(?=\s*+[,.;)]|\s*+$|\sand\s)"
)


def meal_after_person(text: str, at: int) -> Found | None:
    """The meal named right at *at*, the end of the last person met: ", over a working lunch".

    >>> s = "hosted Mr. Doe for a working dinner."
    >>> meal_after_person(s, 14)
    Found(value='working dinner', start=21, end=35)
    """
    found = MEAL_AFTER_PERSON().match(text, at)
    if found is None:
        return None
    meal = _occasion(found)
    return meal._replace(start=found.start("occasion"))


def _occasion(match: regex.Match[str]) -> Found:
    words = match.group("occasion").lower().split()
    value = " ".join("lunch" if word == "luncheon" else word for word in words)
    return Found(value, match.start(), match.end())


# -- location ------------------------------------------------------------------

# Words that introduce the place, each followed by it:
# "during his visit to ", "on his visit to ", "who was visiting ", "visited ",
# "during his visito to ", "visit in ", " in ", " at ".
_PLACE_CUE = r"""
    (?<![\w])(?:
        (?P<visit>{visit}\s(?:to|in)\s)
      | (?P<visiting>visit(?:ing|ed)\s(?:in\s)?)
      | (?P<in>in\s)
      | (?P<at>at\s)
    )
    """
# The case of "visit" and "trip" spelled out letter by letter: a scoped
# "(?i:...)" makes ``regex`` try every position of the sentence several times
# slower. PLACE_CUE_FOLDED folds case as "(?i:...)" does ("viſit"), for text
# that needs it.
PLACE_CUE: Final = lazy(
    _PLACE_CUE.format(visit="(?:[Vv][Ii][Ss][Ii][Tt][Oo]?|[Tt][Rr][Ii][Pp])"), regex.VERBOSE
)
PLACE_CUE_FOLDED: Final = lazy(_PLACE_CUE.format(visit="(?i:visit|visito|trip)"), regex.VERBOSE)

# One part of a place name: "Washington", "the Republic of Korea (ROK)",
# "D.C.", "New York", "the State Guest House", "the Elysee palace", "the
# Windsor Hotel Toya Resort & Spa", "the Quai d'Orsay",
# "the Prime Minister’s Office (Yıldız Palace)".
# A street's name: "Downing Street", "Pennsylvania Avenue", "Horse Guards Road".
_STREET = (
    r"\p{Lu}[\p{L}\-]*+(?:\s\p{Lu}[\p{L}\-]*+){0,2}?"
    r"\s(?:Street|Road|Avenue|Boulevard|Square|Place|Lane)(?![\w])"
)

PLACE_PART: Final = lazy(
    r"""
    (?:[Tt]he\s)?
    # A house's number before its street: "10 Downing Street".
    (?:\d{1,4}\s(?=STREET))?
    # A word may hold a "?" where a broken encoding lost a letter: "Asunci?n".
    # "St." and "Mt." open a name: "St. Petersburg", "Mt. Fuji".
    (?:\p{Lu}\.(?:\p{Lu}\.)*+|SAINT|\p{Lu}[\p{L}\p{M}\d’'\-?]*+(?:(?:\.\p{Lu})++\.)?+)
    (?:
        \s(?:(?:of|and|&|de|do|da|dos|das|di|du|del|della|des|la|le|the)\s)*+
        (?:\p{Lu}\.(?:\p{Lu}\.)*+|SAINT|(?:d['’])?\p{Lu}[\p{L}\p{M}\d’'\-?]*+(?:(?:\.\p{Lu})++\.)?+)
      | \s(?:palace|house|hotel|residence|office|headquarters|building|centre|center|hall)(?![\w])
      # "(ROK)", and a gloss naming a building: "the Casa Rosada (the
      # Presidential Palace)"; not "(the Third Meeting)", "(the Japan side)".
      | \s\((?=\p{Lu}|the\s\p{Lu}[^()]{0,36}\s(?:Palace|House|Residence|Office|Hall|Building
                                            |Centre|Center|Hotel|Headquarters|Kantei)\))
        [^()]{1,40}\)
    ){0,12}+
    """.replace("STREET", _STREET).replace("SAINT", r"(?:St|Mt)\.(?=\s\p{Lu})"),
    regex.VERBOSE,
)

# What may follow a place: the end of the clause, a parenthesis opening, or
# a word that starts the next clause. "Vancouver.", "Japan, held", "Japan to
# attend", "Japan along with", "New York where", "Washington, D.C. (Attending
# on the Japanese side were ...)", "was held in Beijing among Mr. Noda, ...",
# "visiting Japan accompanying President Hu Jintao".
PLACE_END: Final = lazy(
    r"$|[,.;:)]|\s\(|\s(?:to|for|on|during|where|from|with|while|at|and|held|as|after|before|along|"
    r"upon|who|which|in|since|until|prior|following|followed|under|by|accompanying|"
    r"accompanied)(?![\w])"
)

# What may follow a place that a meeting "was held in": the people who met,
# "was held in Beijing among Mr. Noda, ...". Not after any "in": "Cooperation
# in Science and Technology between Japan and New Zealand".
HELD_PLACE_END: Final = lazy(r"\s(?:among|between)(?![\w])")

# A meeting told in the passive, whose people are named after its place: "the
# Summit Meeting was held ... in Manila between ...", "... took place ...".
HELD_PASSIVE: Final = lazy(r"\b(?:was|were)\sheld\b|\btook\splace\b")

# A capital named with its country: ", the capital of the Lao People's Democratic Republic".
CAPITAL_OF: Final = lazy(r"the\scapital\s(?:city\s)?of\s")

# What joins the parts of one place: "Seoul, the Republic of Korea", "Beijing in the People’s
# ...", "the State Guest House, Akasaka Palace, in Tokyo".
PLACE_JOIN: Final = lazy(r",\s(?:in\s)?+|\sin\s")

# Words that make a phrase after "at"/"in" no place: times, languages, months,
# and what an event's name says it is "in": "the International Conference in
# Support of Afghanistan".
_NOT_PLACE_WORDS: Final = (
    *("Noon", "NOON", "Japanese", "English", "Korean", "Chinese", "French"),
    *("Support", "Commemoration", "Celebration", "Honor", "Honour", "Memory", "Solidarity"),
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
    *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
)
NOT_PLACE: Final = lazy("(?:" + "|".join(_NOT_PLACE_WORDS) + r")(?![\w])")

# The first letters of those words: a phrase opening with another is not ruled out.
_NOT_PLACE_INITIALS: Final = frozenset(word[0] for word in _NOT_PLACE_WORDS)

# Events, not places: "the G20 Osaka Summit", "the Asia-Europe Meeting", "TICAD7".
EVENT_WORD: Final = lazy(
    r"(?<![\w])(?:Summit|Meeting|Meetings|Conference|Forum|Assembly|Session|Dialogue|"
    r"Consultations?|Talks|Ceremony|Funeral|Expo|Games|Olympics)(?![\w])|^\p{Lu}{2,}\d*$"
)

# Office words that end a place: a person, not a place, follows. A possessive
# is a place: "the President’s Office". Royal ranks are not among them, unlike
# those of VISITED_PERSON: venues are named after kings ("at the Queen
# Sirikit National Convention Center").
_PERSON_WORDS = (
    r"Minister|President|Secretary|Prime|Ambassador|Chancellor|Premier|Governor|Mayor|Chairman|"
    r"Senator|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.|Hon"
)
PERSON_WORD: Final = lazy(r"(?<![\w])(?:" + _PERSON_WORDS + r")(?![\w’'])")


# Whom "visited" names when it names a person: an office, a style or a royal
# rank ("visited King Abdullah II at the Royal Palace").
VISITED_PERSON: Final = lazy(
    r"(?<![\w])(?:"
    + _PERSON_WORDS
    + r"|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|His|Her)(?![\w’'])"
)

# A building closing a place named after an office: "the Prime Minister’s
# Office", "the Prime Minister's Official Residence", "the President Office".
BUILDING_END: Final = lazy(r"\s(?:Office|Residence|House|Palace|Hall|Building|Headquarters)$")


# A style before a name, where a place list ends: "Mr.", "H.E.", "the Hon.".
STYLE: Final = lazy(
    "(?:"
    + "|".join(
        regex.escape(style).replace(r"\ ", r"\s")
        for style in sorted(vocabulary.HONORIFICS, key=len, reverse=True)
    )
    + r")(?![\w])"
)


def find_location(
    text: str, start: int, end: int, excluded: Sequence[tuple[int, int]] = ()
) -> Found | None:
    """The first place named in ``text[start:end]``, outside the *excluded* ranges.

    >>> s = "Mr. A, who was visiting Seoul, the Republic of Korea (ROK), held a meeting"
    >>> find_location(s, 0, len(s)).value
    'Seoul, the Republic of Korea (ROK)'
    """
    cues = PLACE_CUE() if lowered_finds_all(text) else PLACE_CUE_FOLDED()
    passive = None
    for cue in cues.finditer(text, start, end):
        at = cue.end()
        if (
            not _may_open_place(text, at)
            or any(low <= cue.start() < high for low, high in excluded)
            or _in_topic(text, start, cue.start())
        ):
            continue
        if passive is None:
            # Looked for once, and only when a cue may open a place.
            told = HELD_PASSIVE().search(text, start, end)
            passive = told.end() if told is not None else end
        # Right after "held", or further on in a meeting that "was held" or
        # "took place" ("... took place for 45 minutes from 6:00 p.m. at the
        # Prime Minister's Office between ..."): its people may follow the place.
        held = passive <= cue.start() or text.endswith(
            " held ", max(start, cue.start() - 6), cue.start()
        )
        place = _place_at(
            text,
            at,
            end,
            after_at=cue.group("at") is not None,
            held=held,
            visit=cue.group("visit") is not None or cue.group("visiting") is not None,
        )
        if place is not None:
            return place
    return None


def _in_topic(text: str, start: int, cue: int) -> bool:
    """Whether the place cue at *cue* names where what the meeting was about happened.

    "... regarding the situation in Ukraine", "... on the terrorist incident
    in Algeria", "to discuss the situation in Syria": a cue right after a
    word of :data:`~readout_parser.vocabulary.TOPIC_NOUNS` opens no place of
    the meeting.
    """
    before = text[max(start, cue - MAX_TOPIC_NOUN) : cue].rsplit(" ", 2)
    return len(before) > 1 and before[-2] in vocabulary.TOPIC_NOUNS


# How far before a cue a word of TOPIC_NOUNS, with the space after it, starts.
MAX_TOPIC_NOUN = max(map(len, vocabulary.TOPIC_NOUNS)) + 1


def _may_open_place(text: str, pos: int) -> bool:
    """Whether a place can start at *pos*: a capital, or "the" and a capital.

    Most cues open no place ("in order to", "at around 2 p.m."); this says so
    before any pattern is tried.
    """
    if text[pos : pos + 1].isupper():
        return True
    if text[pos : pos + 1].isdigit():
        # "at 10 Downing Street": a house's number (PLACE_PART tells).
        return _HOUSE_NUMBER().match(text, pos) is not None
    return (
        text[pos : pos + 3] in ("the", "The")
        and text[pos + 3 : pos + 4].isspace()
        and text[pos + 4 : pos + 5].isupper()
    )


# A house's number before the name of its street: "10 Downing Street".
_HOUSE_NUMBER = lazy(r"\d{1,4}\s" + _STREET)


def _place_at(
    text: str, pos: int, end: int, *, after_at: bool, held: bool, visit: bool = False
) -> Found | None:
    first = PLACE_PART().match(text, pos, end)
    if first is None or _not_place(text, pos, end):
        return None
    if text.startswith(("the ", "The "), pos) and not text[pos + 4 : pos + 5].isupper():
        return None
    if (
        # "at the Minister's ..." / "visited Prime Minister Abe" / "visited
        # King Abdullah II": a person, no place.
        (after_at or visit)
        and (VISITED_PERSON() if visit else PERSON_WORD()).match(
            text, pos + (4 if text.startswith("the ", pos) else 0)
        )
        and BUILDING_END().search(first.group()) is None
    ):
        return None
    if EVENT_WORD().search(first.group()) is not None:
        return None
    place_end = first.end()
    visitor = _visitor_at(text, pos, place_end) if visit else None
    if visitor is not None:
        # "during the visit to Japan| of President Lula": the place ends
        # where the visitor is named.
        return Found(text[pos:visitor], pos, visitor)
    if (
        place_end < end
        and PLACE_END().match(text, place_end, end) is None
        and not (held and HELD_PLACE_END().match(text, place_end, end) is not None)
    ):
        return None
    place_end = _joined_parts(text, place_end, end, held=held)
    value = text[pos:place_end]
    if value.endswith("."):
        # The full stop ends the sentence unless the place ends with an
        # abbreviation such as "D.C.".
        last = value.rsplit(" ", 1)[-1]
        if last.count(".") < 2:
            value = value[:-1]
            place_end -= 1
    return Found(value, pos, place_end)


def _visitor_at(text: str, start: int, stop: int) -> int | None:
    """Where a visit's place, ``text[start:stop]``, goes on to name who visited, if it does.

    "Japan of President Luiz Inácio Lula da Silva", "Japan of Vice President
    Harris", "Japan of the President of Viet Nam", "Japan of Mr. Nguyen": at
    " of " before a style, or before an office within a few words. A place
    "the Mausoleum of President Ho Chi Minh" names a person and is one place
    all the same: only a place without "the" is cut.
    """
    if text.startswith(("the ", "The "), start):
        return None
    at = text.find(" of ", start, stop)
    while at >= 0:
        after = at + len(" of ")
        if text.startswith("the ", after):
            after += len("the ")
        if STYLE().match(text, after) is not None or _office_within(text, after):
            return at
        at = text.find(" of ", after, stop)
    return None


# How many words a visitor's office takes before its last: "Vice President",
# "Foreign Minister", "Deputy Prime Minister".
MAX_VISITOR_OFFICE_WORDS = 3


def _office_within(text: str, at: int) -> bool:
    """Whether one of the few words from *at* on is an office: "Vice President Harris"."""
    for _ in range(MAX_VISITOR_OFFICE_WORDS):
        if PERSON_WORD().match(text, at) is not None:
            return True
        space = text.find(" ", at)
        if space < 0:
            return False
        at = space + 1
    return False


def _joined_parts(text: str, place_end: int, end: int, *, held: bool = False) -> int:
    """Where a place whose first part ends at *place_end* ends, its further parts joined.

    "Seoul, the Republic of Korea (ROK)", "Beijing in the People's Republic
    of China", "Vientiane, the capital of the Lao People's Democratic Republic".
    """
    for _ in range(4):
        mark = text[place_end : place_end + 1]
        # Each join opens with its comma or its space.
        join = PLACE_JOIN().match(text, place_end, end) if mark == "," or mark.isspace() else None
        if join is None:
            break
        if (
            mark == ","
            and join.end() - place_end > len(", ")
            and not _names_building(text, place_end)
        ):
            # ", in Tokyo" after a building only ("Akasaka Palace, in Tokyo"):
            # "visiting Japan, in Tokyo" tells where in the country.
            break
        capital = None
        if text.startswith("the", join.end()):
            capital = CAPITAL_OF().match(text, join.end(), end)
        if capital is not None:
            part = PLACE_PART().match(text, capital.end(), end)
            if part is not None and PLACE_END().match(text, part.end(), end) is not None:
                place_end = part.end()
            break
        part = PLACE_PART().match(text, join.end(), end)
        if part is None or not _joins_place(text, join.end(), part.end(), end, held=held):
            break
        place_end = part.end()
    return place_end


def _names_building(text: str, place_end: int) -> bool:
    """Whether the place ending at *place_end* ends on a building: "Akasaka Palace"."""
    return (
        BUILDING_END().search(text[max(0, place_end - MAX_BUILDING_WORD) : place_end]) is not None
    )


# The longest word of BUILDING_END, with the space before it: " Headquarters".
MAX_BUILDING_WORD = len(" Headquarters")


def _not_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a word that makes it no place ("March", "Noon")."""
    return (
        text[start : start + 1] in _NOT_PLACE_INITIALS
        and NOT_PLACE().match(text, start, end) is not None
    )


def _joins_place(text: str, start: int, part_end: int, end: int, *, held: bool = False) -> bool:
    """Whether the part ``text[start:part_end]`` after a comma or "in" is more of the place.

    A place a meeting "was held" at ends before the people who met too:
    "held at the Prime Minister's Office in Tokyo among Mr. ...".
    """
    ends = PLACE_END().match(text, part_end, end) is not None or (
        held and HELD_PLACE_END().match(text, part_end, end) is not None
    )
    return not (
        _not_place(text, start, end)
        or PERSON_WORD().search(text, start, part_end) is not None
        or STYLE().match(text, start, end) is not None
        or (not ends and part_end < end)
        or (text.startswith(("the ", "The "), start) and not text[start + 4 : start + 5].isupper())
    )
