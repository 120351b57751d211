"""Who speaks in a sentence: the principals it reports as saying or holding a view.

A sentence names its speaker as the subject of its main clause ("Minister
Kishida stated", "In response, Secretary Kerry expressed", "The two
ministers confirmed", "Prime Minister Abe, welcoming the visit, stated"), by
pronoun ("He also noted", the last speaker), by side ("The Japanese side
explained", "Japan proposed"), or as the agent of a passive ("Minister Kono
was briefed by Secretary Pompeo"). A compound sentence reports one speaker a
clause ("Minister Kishida stated ..., and Secretary Tillerson responded
..."); what a reported clause says ("... stated that the two countries
agreed ...") reports no one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

from readout_parser import vocabulary
from readout_parser.model import Person

__all__ = ["Cast", "Speech", "cast_of", "speech_in"]


class Speech(NamedTuple):
    """The principals a sentence reports speaking, its verb, and another speaker."""

    speakers: tuple[int, ...]
    verb: str | None
    other: str | None


class Cast(NamedTuple):
    """How a readout names its principals: the words that point to each."""

    size: int
    # Words of a principal's name, lower case: "kishida", "tillerson".
    names: dict[str, int]
    # Offices only one principal holds, lower case: "prime minister", "secretary".
    offices: dict[str, int]
    # Words naming a principal's side, lower case: "japan", "japanese", "australia".
    sides: dict[str, int]
    # Every principal of a side: "japanese" -> (0, 1) at a "2+2" meeting.
    teams: dict[str, tuple[int, ...]]


_OFFICES = (
    "prime minister",
    "foreign minister",
    "minister",
    "secretary",
    "president",
    "chancellor",
    "premier",
    "king",
    "state councilor",
    "high representative",
    "secretary-general",
)

_JOINT_HEADS = frozenset({"two", "three", "four", "both", "all"})


# Words after a subject that are no verb: "the Japanese side and ...", "Abe of Japan".
_NOT_VERBS = vocabulary.PREPOSITIONS | frozenset(
    {"and", "or", "the", "a", "an", "as", "who", "which", "that", "side", "’s", "'s"}
)

# What a sentence telling the meeting holds: "held a meeting", "had talks".
_MEETING_NOUNS = ("meeting", "talk", "summit", "lunch", "dinner", "breakfast", "conversation")

_PRONOUNS = {"He": "he", "She": "she", "he": "he", "she": "she"}

_TAKEN = -1


def cast_of(participants: Sequence[Person]) -> Cast:
    """The words each principal is called by in the body of the readout."""
    names: dict[str, int] = {}
    offices: dict[str, int] = {}
    sides: dict[str, int] = {}
    teams: dict[str, list[int]] = {}
    for index, person in enumerate(participants):
        for word in person.name.replace(",", " ").split():
            if len(word) > 2 and word[0].isupper() and word not in vocabulary.GENERATIONAL:
                _claim(names, _folded(word), index)
        title = (person.title or "").lower()
        for office in _OFFICES:
            if office in title:
                _claim(offices, office, index)
        # An office that names no country is Japan's: "Minister for Foreign Affairs".
        for side in _sides_of(title) or ["japan", "japanese"]:
            _claim(sides, side, index)
            teams.setdefault(side, []).append(index)
    if participants and "japan" not in sides:
        # Japan's principal is named first and holds a Japanese office, whose
        # title seldom says "of Japan" ("Minister for Foreign Affairs").
        sides["japan"] = sides["japanese"] = 0
        teams["japan"] = teams["japanese"] = [0]
    return Cast(
        len(participants),
        _unique(names),
        _unique(offices),
        _unique(sides),
        {side: tuple(dict.fromkeys(team)) for side, team in teams.items()},
    )


def _folded(word: str) -> str:
    # "Tu’i’onetoa" in the body names "Tu'i'onetoa" of the lead: a copy mixes
    # curly and straight apostrophes.
    return word.lower().replace("’", "'")


def _claim(table: dict[str, int], key: str, index: int) -> None:
    """Record that *key* names principal *index*, or no one when two share it."""
    held = table.get(key)
    table[key] = index if held is None or held == index else _TAKEN


def _unique(table: dict[str, int]) -> dict[str, int]:
    return {key: index for key, index in table.items() if index != _TAKEN}


def _sides_of(title: str) -> list[str]:
    """Words for the side an office serves, with their adjectives.

    "minister of foreign affairs of australia" -> "australia", "australian";
    "... of the russian federation" -> "russian", "federation".
    """
    words = title.replace(",", " ").replace("(", " ").replace(")", " ").split()
    found = ["japan", "japanese"] if "japan" in words or "japanese" in words else []
    last_of = max((i for i, word in enumerate(words) if word == "of"), default=-1)
    if last_of >= 0:
        for word in words[last_of + 1 :]:
            if word not in ("the", "and", "of") and word not in vocabulary.LOWER_PLACE_WORDS:
                found.extend(_adjectives(word))
    return found


def _adjectives(country: str) -> list[str]:
    """A country word and the adjectives readouts make of it: "korea" -> "korean"."""
    named = vocabulary.DEMONYMS.get(country)
    if named is not None:
        return [country, *named]
    forms = [country, country + "n", country + "an"]
    if country.endswith(("a", "e", "o")):
        forms.append(country[:-1] + "an")
        forms.append(country[:-1] + "ian")
    return forms


class _Subject(NamedTuple):
    """A subject found in a clause: whom it names, where it ends, another speaker."""

    speakers: tuple[int, ...]
    end: int
    other: str | None
    # Whether the subject names a side ("Japan", "the ROK side") rather than a person.
    side: bool = False


def speech_in(
    words: Sequence[str], cast: Cast, last: tuple[int, ...], inherited: tuple[int, ...] = ()
) -> Speech:
    """Who *words* (a sentence split at spaces) report speaking.

    *last* spoke before, for "He"; *inherited* is the speaker of a heading
    that introduces this sentence ("... stated the following:").
    """
    speakers: list[int] = []
    verb: str | None = None
    other: str | None = None
    for number, (first, stop) in enumerate(_clauses(words)):
        subject = _subject(words, first, stop, cast, last)
        if subject is None:
            continue
        found, word = _verb_after(words, subject, stop, cast)
        if word is None or (
            (number or subject.side or subject.other) and word not in vocabulary.REPORTING_VERBS
        ):
            # A later clause, a side or another speaker speaks only through a
            # reporting verb: "..., and Secretary Tillerson responded", "Japan
            # explained"; not "..., and Japan would", "Japan is".
            continue
        if verb is None and (found or subject.other is None or word in vocabulary.REPORTING_VERBS):
            verb = word
        speakers.extend(index for index in found if index not in speakers)
        if not found and other is None and word in vocabulary.REPORTING_VERBS:
            other = subject.other
    if not speakers and other is None and inherited:
        return Speech(inherited, None, None)
    if not speakers and other is None:
        return Speech((), None, None)
    return Speech(tuple(speakers), verb, other)


def _clauses(words: Sequence[str]) -> list[tuple[int, int]]:
    """The clauses of a sentence: split at ", and", ";", "while" and "whereas"."""
    cuts = [0]
    for index, word in enumerate(words):
        if index == 0:
            continue
        previous = words[index - 1]
        following = words[index + 1] if index + 1 < len(words) else ""
        if (word == "and" and (previous.endswith(",") or following[:1].isupper())) or (
            previous.endswith(";")
        ):
            cuts.append(index + 1 if word == "and" else index)
        elif (
            word in ("while", "whereas")
            and previous.endswith(",")
            and not following.endswith(("ing", "ing,"))
        ):
            cuts.append(index + 1)
    cuts.append(len(words))
    return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]


def _subject(
    words: Sequence[str], first: int, stop: int, cast: Cast, last: tuple[int, ...]
) -> _Subject | None:
    """The first subject of the clause ``[first, stop)``: a reference not after a preposition."""
    if words[first].lower() in ("that", "which", "who", "whether"):
        return None
    index = first
    while index < stop:
        found = _reference(words, index, stop, cast, last)
        if found is not None and not _after_preposition(words, first, index):
            return found
        index = found.end if found is not None else index + 1
    return None


def _after_preposition(words: Sequence[str], first: int, index: int) -> bool:
    """Whether the phrase at *index* is governed by a word before it ("with President X")."""
    if index == first:
        return False
    previous = words[index - 1]
    if previous.endswith((",", ";", ":")):
        return False
    if previous in ("and",):
        return _after_preposition(words, first, index - 1) if index - 1 > first else False
    return previous.lower() in vocabulary.PREPOSITIONS or previous[:1].islower()


def _reference(
    words: Sequence[str], index: int, stop: int, cast: Cast, last: tuple[int, ...]
) -> _Subject | None:
    """A reference to a speaker starting at *index*, and where it ends."""
    word = words[index]
    bare = word.rstrip(",;:").lower()
    if word in _PRONOUNS and last:
        return _Subject(last, index + 1, None)
    if bare == "they" and word[:1] == "T":
        return _Subject(tuple(range(cast.size)), index + 1, None)
    if bare in ("the", "both") or bare in _JOINT_HEADS:
        joint = _joint(words, index, stop, cast)
        if joint is not None:
            return joint
    if bare in ("the",) or word[:1].isupper():
        return _named(words, index, stop, cast)
    return None


def _joint(words: Sequence[str], index: int, stop: int, cast: Cast) -> _Subject | None:
    """ "The two ministers", "Both sides", "The leaders", "The four Ministers"."""
    cursor = index
    lowered = [w.lower().rstrip(",") for w in words[index : min(stop, index + 4)]]
    if lowered and lowered[0] == "the":
        lowered = lowered[1:]
        cursor += 1
    if lowered and lowered[0] in _JOINT_HEADS:
        lowered = lowered[1:]
        cursor += 1
    team: tuple[int, ...] | None = None
    if lowered and lowered[0] in cast.teams and cursor > index:
        # "Both Japanese ministers": the principals of one side.
        team = cast.teams[lowered[0]]
        lowered = lowered[1:]
        cursor += 1
    if lowered and lowered[0] in ("foreign", "prime", "vice"):
        lowered = lowered[1:]
        cursor += 1
    if lowered and lowered[0] in vocabulary.JOINT_NOUNS and cursor > index:
        return _Subject(team or tuple(range(cast.size)), cursor + 1, None)
    return None


def _named(words: Sequence[str], index: int, stop: int, cast: Cast) -> _Subject | None:
    """A principal by name, office or side, or another speaker by office and name."""
    cursor = index
    if words[cursor] in ("the", "The"):
        cursor += 1
    phrase: list[str] = []
    while cursor < stop and len(phrase) < 10:
        word = words[cursor]
        joins = (
            (word in ("of", "for", "and") or word in vocabulary.NAME_PARTICLES)
            and cursor + 1 < stop
            and words[cursor + 1][:1].isupper()
        )
        if not (word[:1].isupper() or (joins and phrase)):
            break
        phrase.append(word)
        cursor += 1
        if word.endswith((",", ";", ":", "’s", "'s")):
            break
    if not phrase:
        return None
    if phrase[-1].endswith(("’s", "'s")):
        # "Prime Minister Abe’s explanation": a possessive, not a subject.
        return None
    clean = [w.rstrip(",;:").lower() for w in phrase]
    found = [cast.names[_folded(w)] for w in clean if _folded(w) in cast.names]
    if found:
        return _with_partner(words, _Subject(tuple(dict.fromkeys(found)), cursor, None), stop, cast)
    joined = " ".join(clean)
    if cursor < stop and words[cursor].lower().rstrip(",") == "side" and clean[-1] in cast.teams:
        return _Subject(cast.teams[clean[-1]], cursor + 1, None, side=True)
    for office, holder in cast.offices.items():
        if joined == office or joined.endswith(" " + office) or joined.startswith(office + " "):
            return _Subject((holder,), cursor, None)
    if len(clean) == 1 and clean[0] in cast.sides and words[index] not in ("the", "The"):
        return _Subject((cast.sides[clean[0]],), cursor, None, side=True)
    if len(phrase) >= 2 and any(w.rstrip(",") in vocabulary.OFFICE_WORDS for w in phrase[:-1]):
        return _Subject((), cursor, " ".join(phrase).rstrip(",;:"))
    return None


def _with_partner(words: Sequence[str], subject: _Subject, stop: int, cast: Cast) -> _Subject:
    """A subject joined by "and" to another principal: "Minister Kishida and Secretary Kerry"."""
    cursor = subject.end
    if cursor + 1 < stop and words[cursor] == "and" and not words[cursor - 1].endswith(","):
        partner = _named(words, cursor + 1, stop, cast)
        if partner is not None and partner.speakers:
            joined = tuple(dict.fromkeys((*subject.speakers, *partner.speakers)))
            return _Subject(joined, partner.end, None)
    return subject


def _verb_after(
    words: Sequence[str], subject: _Subject, stop: int, cast: Cast
) -> tuple[tuple[int, ...], str | None]:
    """The speakers and the verb of the clause whose subject ends at ``subject.end``.

    Skips an aside ("Prime Minister Abe, welcoming the visit, stated") and
    adverbs; a passive ("was briefed ... by Secretary Pompeo") gives its agent.
    """
    cursor = subject.end
    if cursor < stop and words[cursor - 1].endswith(","):
        # An aside between commas: skip to the word after its closing comma.
        close = next((i for i in range(cursor, stop) if words[i].endswith((",", ",”", ',"'))), None)
        if close is None:
            return (), None
        cursor = close + 1
    while cursor < stop and (
        words[cursor].lower().rstrip(",") in vocabulary.ADVERBS or words[cursor].endswith("ly")
    ):
        cursor += 1
    if cursor >= stop:
        return (), None
    word = words[cursor].rstrip(",;:.")
    if not word[:1].islower() or word in _NOT_VERBS or word.endswith("ing"):
        return (), None
    if word in ("was", "were") and cursor + 1 < stop:
        return _agent(words, cursor + 1, stop, cast)
    if word in ("held", "had", "hosted") and any(
        w.lower().startswith(_MEETING_NOUNS) for w in words[cursor + 1 : cursor + 5]
    ):
        # "The leaders held a meeting ...": the meeting told, not a view held.
        return (), None
    return subject.speakers, word


def _agent(
    words: Sequence[str], index: int, stop: int, cast: Cast
) -> tuple[tuple[int, ...], str | None]:
    """The agent of a passive: "briefed in detail by Secretary of State Pompeo"."""
    participle = words[index].rstrip(",")
    if not participle.endswith("ed"):
        return (), None
    for cursor in range(index + 1, stop):
        if words[cursor] in ("by", "from"):
            agent = _named(words, cursor + 1, stop, cast)
            if agent is not None and agent.speakers:
                return agent.speakers, participle
            return (), None
    return (), None
