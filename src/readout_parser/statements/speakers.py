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
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Literal, NamedTuple

from readout_parser import vocabulary
from readout_parser.model import Person

__all__ = ["Cast", "Pronouns", "Speech", "cast_of", "learn_gender", "speech_in"]


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
    # The words of each principal's office, and of the style a rank may be
    # written as, lower case: {"prime", "minister", "of", "india"}, {"senator"}.
    titles: tuple[frozenset[str], ...]
    # The counterparts whose offices name no side ("State Councilor and
    # Foreign Minister"), who are "the Chinese side" when no office names
    # China: the one, or all after Japan's several; () where not known.
    unsided: tuple[int, ...]
    # Whether each principal is known to be a man ("m") or a woman ("f") by
    # their style ("Mr.", "Ms.", "His Majesty") or rank ("Queen"), or None.
    genders: tuple[Gender, ...]
    # Each principal's office as written, lower case, its words between
    # spaces: " deputy crown prince second deputy prime minister and ... ",
    # in the one spelling compared and as written (" ... | ... ") where they differ.
    offices_written: tuple[str, ...] = ()
    # Every word of every principal's name as compared, those two share too,
    # and each part of a hyphened one: "suk", "yeol" of "Suk-yeol".
    every_name: frozenset[str] = frozenset()
    # Whether the lead named each principal in more than one word, a given
    # name with the family name.
    named_in_full: tuple[bool, ...] = ()


class Pronouns(NamedTuple):
    """Whom "He" and "She" stand for: the last principal of each who spoke alone.

    Before any principal has spoken alone, the one of the principals who
    spoke last together that a pronoun fits, and before anyone spoke, the
    one principal a pronoun fits
    (:meth:`before_anyone_spoke`). After someone who is no principal spoke,
    that speaker (``other``), where their style does not say otherwise.
    ``earlier`` holds the words of the sentences before, oldest first, read
    back only for "the former" and "the latter".
    """

    he: tuple[int, ...] = ()
    she: tuple[int, ...] = ()
    earlier: Sequence[Sequence[str]] = ()
    # Someone who is no principal, when they spoke last: "Senator Sullivan".
    other: str | None = None
    # The principals who spoke alone, the last to do so last: a gender
    # learned later ("... expressed her ...") passes "He" back to the one before.
    alone: tuple[int, ...] = ()

    @classmethod
    def before_anyone_spoke(cls, cast: Cast, earlier: Sequence[Sequence[str]]) -> Pronouns:
        """Whom the pronouns stand for before any principal has spoken.

        Of two principals or more, the one a pronoun may stand for, if only
        one may: "She" under "Mr. Kishida ... held a meeting with the
        Honorable Julie Bishop" is Bishop; "He" is no one, as either may be
        a man. With one principal, "He" is as often someone the readout has
        not named as a principal, and stands for no one.
        """
        if cast.size < 2:
            return cls(earlier=earlier)
        everyone = tuple(range(cast.size))
        he, she = _fitting(everyone, cast, "f"), _fitting(everyone, cast, "m")
        return cls(he if len(he) == 1 else (), she if len(she) == 1 else (), earlier)

    def after(
        self,
        speakers: tuple[int, ...],
        cast: Cast,
        other: str | None = None,
        words: Sequence[str] = (),
    ) -> Pronouns:
        """Whom the pronouns stand for once *speakers*, or *other* alone, have spoken in *words*."""
        if not speakers and other is not None:
            # "In response, Minister González-Olaechea expressed ..." / "He
            # also stated ...": someone who is no principal spoke last.
            return Pronouns(earlier=self.earlier, other=other, alone=self.alone)
        if len(speakers) == 1:
            alone = (*(index for index in self.alone if index != speakers[0]), speakers[0])
            # Else the one principal a pronoun may stand for, by the genders
            # known now: "Prime Minister Carney expressed his ..." / "She
            # expressed her gratitude" is the one woman among them.
            # Not where the sentence names another of that gender: "...
            # the passing of Queen Elizabeth II." / "She had been ...".
            everyone = tuple(range(cast.size)) if cast.size > 1 else ()
            men = () if _names_another(words, cast, vocabulary.MEN_STYLES) else everyone
            women = () if _names_another(words, cast, vocabulary.WOMEN_STYLES) else everyone
            return Pronouns(
                _last_fitting(alone, cast, "f")
                or _fitting(self.he, cast, "f")
                or _one(_fitting(men, cast, "f")),
                _last_fitting(alone, cast, "m")
                or _fitting(self.she, cast, "m")
                or _one(_fitting(women, cast, "m")),
                self.earlier,
                alone=alone,
            )
        if speakers:
            # The one of them a pronoun fits, where their genders tell them
            # apart ("President Michel welcomed ..., and President von der
            # Leyen expressed her ..." / "He also stated ..."); else the one
            # it stood for before, or the one of them it may stand for. A
            # pronoun of one person stands for no more: "The two leaders
            # agreed ..." / "He stated ..." is neither, where both may be men.
            he, she = _fitting(self.he, cast, "f"), _fitting(self.she, cast, "m")
            return Pronouns(
                _told_apart(speakers, cast, "m") or _one(he) or _one(_fitting(speakers, cast, "f")),
                _told_apart(speakers, cast, "f")
                or _one(she)
                or _one(_fitting(speakers, cast, "m")),
                self.earlier,
                alone=self.alone,
            )
        return self


def _names_another(words: Sequence[str], cast: Cast, styles: frozenset[str]) -> bool:
    """Whether *words* name by one of *styles* someone who is no principal: "Queen Elizabeth II"."""
    return any(
        word in styles
        and following[:1].isupper()
        and _key(following.rstrip(",.;:")) not in cast.every_name
        for word, following in itertools.pairwise(words)
    )


def _one(principals: tuple[int, ...]) -> tuple[int, ...]:
    """*principals* if they are one, else (): a pronoun of one person stands for one."""
    return principals if len(principals) == 1 else ()


def _told_apart(speakers: tuple[int, ...], cast: Cast, gender: Gender) -> tuple[int, ...]:
    """The one of several *speakers* a pronoun of *gender* fits, as a tuple, or ().

    Only where every other one of them is known to be of the other gender:
    one known to be of *gender* beside one whose gender is not known tells
    nothing ("The two ministers confirmed ..." / "He also noted ...").
    """
    fitting = _fitting(speakers, cast, "f" if gender == "m" else "m")
    return fitting if len(fitting) == 1 < len(speakers) else ()


def _last_named(
    words: Sequence[str], cast: Cast, earlier: Sequence[Sequence[str]]
) -> tuple[int, ...]:
    """The last two principals named, in the order named, in *words* or the sentences before.

    "Mr. Aso raised ... with Mr. Li." names Aso, then Li: "the former" is
    Aso, "the latter" Li. Read back from the end, only as far as needed.
    """
    found: list[int] = []
    for sentence in (words, *reversed(earlier)):
        for principal in reversed(_named_in(sentence, cast)):
            if principal not in found:
                found.insert(0, principal)
            if len(found) == 2:
                return tuple(found)
    return tuple(found)


def _named_in(sentence: Sequence[str], cast: Cast) -> list[int]:
    """The principals *sentence* names, in order, by name or by an office after "the".

    "The Prime Minister briefed Minister Rudd ..." names Kan, then Rudd.
    """
    names = cast.names
    found: list[int] = []
    for at, word in enumerate(sentence):
        # Names are capitalised: the other words need no key.
        if _capital(word) and (key := _name_key(word)) in names:
            found.append(names[key])
        elif word in ("the", "The"):
            holder = _office_after_the(sentence, at + 1, cast)
            if holder is not None:
                found.append(holder)
    return found


def _office_after_the(sentence: Sequence[str], at: int, cast: Cast) -> int | None:
    """The principal holding the office of up to three words from *at*: "Prime Minister".

    An office of more than one word that :data:`_OFFICES` does not list
    names its holder as a subject does: "the Deputy Secretary" is the
    Deputy Secretary of State.
    """
    for size in (3, 2, 1):
        written = sentence[at : at + size]
        if len(written) < size:
            continue
        phrase = _one_spelling(" ".join(_word_key(word) for word in written))
        holder = cast.offices.get(phrase)
        if holder is None and size > 1:
            holder = _title_holder("the " + phrase, cast)
        if holder is not None:
            return holder
    return None


def _last_fitting(alone: tuple[int, ...], cast: Cast, unlike: Gender) -> tuple[int, ...]:
    """The last of *alone* not known to be of the gender *unlike*, as a tuple, or ()."""
    return next(((index,) for index in reversed(alone) if cast.genders[index] != unlike), ())


def _last_of_gender(alone: tuple[int, ...], cast: Cast, gender: Gender) -> tuple[int, ...]:
    """The last of *alone* known to be of *gender*, as a tuple, or ()."""
    return next(((index,) for index in reversed(alone) if cast.genders[index] == gender), ())


def _fitting(speakers: tuple[int, ...], cast: Cast, unlike: Gender) -> tuple[int, ...]:
    """The *speakers* not known to be of the gender *unlike*."""
    return tuple(index for index in speakers if cast.genders[index] != unlike)


# A principal's gender as their style or rank tells it: "m", "f", or None.
Gender = Literal["m", "f"] | None


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
    "high commissioner",
    "secretary-general",
    "chief minister",
    "vice president",
    "vice-president",
    "deputy prime minister",
    "foreign secretary",
    "state counsellor",
    "director-general",
    "vice-minister",
    "undersecretary",
    "chairman",
    "chairperson",
    "chair",
    "co-chair",
    "speaker",
    "commissioner",
    "governor",
    "crown prince",
    "emir",
    "amir",
    "sultan",
    "senator",
    "ambassador",
    # Styles a royal is called by alone: "His Highness expressed ...".
    "his majesty",
    "her majesty",
    "his highness",
    "her highness",
    "his royal highness",
    "her royal highness",
)

# Offices written before names as ranks: "Senator Sullivan" is another
# senator, not the one principal who is "the Senator".
_RANKS_BEFORE_NAMES = frozenset({"senator", "ambassador"})

_JOINT_HEADS = frozenset({"two", "three", "four", "both", "all"})


_PRONOUNS = frozenset({"He", "She", "he", "she"})

_TAKEN = -1


def cast_of(participants: Sequence[Person], hosts: int = 1) -> Cast:
    """The words each principal is called by in the body of the readout.

    *hosts* is how many principals held the meeting with as many others
    (two at a "2+2"): Japan's side, where each one's office names Japan or
    no country.
    """
    names: dict[str, int] = {}
    offices: dict[str, int] = {}
    # Offices held only inside a greater one ("minister" of "prime minister"),
    # or only ranked ("First Vice Minister"), which count where no principal
    # holds the office itself.
    within: dict[str, int] = {}
    ranked: dict[str, int] = {}
    sides: dict[str, int] = {}
    teams: dict[str, list[int]] = {}
    unsided: list[int] = []
    lowered = [(person.title or "").lower() for person in participants]
    titles = [_one_spelling(title) for title in lowered]
    named = [_sides_of(title) for title in titles]
    japans = _japans(participants, named, hosts)
    for index, person in enumerate(participants):
        for word in person.name.replace(",", " ").split():
            if len(word) > 1 and _capital(word) and word not in vocabulary.GENERATIONAL:
                _claim(names, _key(word), index)
        title = titles[index]
        # A rank written as a style holds its office too: "Senator Cory
        # Gardner, Chairman of ..." is "the Senator".
        honorific = (person.honorific or "").lower()
        held = f"{title}, {honorific}, {_royal_styles(honorific, _gender(person))}"
        _claim_offices(held, index, (offices, within, ranked))
        # The first principal's office naming no country is Japan's: "Minister
        # for Foreign Affairs"; a counterpart's ("President") names no side.
        found = named[index]
        if (not found or _ends_on_body(title)) and index >= japans:
            # An office of a body ("Director of the Office of the Central
            # Foreign Affairs Commission") may name no country by its end.
            unsided.append(index)
        for side in found or (["japan", "japanese"] if index < japans else []):
            # Both as written and as compared ("türkiye", "turkiye").
            for key in dict.fromkeys((side, _key(side))):
                _claim(sides, key, index)
                teams.setdefault(key, []).append(index)
    if participants and "japan" not in sides:
        _japan_by_office(participants, lowered, sides, teams, unsided)
    return Cast(
        len(participants),
        _unique(names),
        _unique({**within, **ranked, **offices}),
        _unique(sides),
        {side: tuple(dict.fromkeys(team)) for side, team in teams.items()},
        tuple(map(_office_words, participants)),
        # The other side: the one counterpart whose office names no country,
        # or, after Japan's several, every one ("the U.S. side" at a "2+2").
        tuple(unsided) if len(unsided) == 1 or japans > 1 else (),
        tuple(map(_gender, participants)),
        tuple(map(_office_written, lowered)),
        *_name_words(participants),
    )


def _name_words(participants: Sequence[Person]) -> tuple[frozenset[str], tuple[bool, ...]]:
    """Every word of the principals' names, and whether each was named in more than one."""
    every = frozenset(
        part
        for person in participants
        for word in person.name.split()
        for part in _name_parts(word)
    )
    return every, tuple(len(person.name.split()) > 1 for person in participants)


def _name_parts(word: str) -> list[str]:
    """A name's word as compared, and its parts between hyphens: suk-yeol, suk, yeol."""
    key = _word_key(word)
    return [key, *key.split("-")]


def _capital(word: str) -> bool:
    """Whether *word* opens on a capital, or on the "?" a broken encoding left for one.

    A name's particle joined to it by a hyphen opens it in lower case:
    "al-Maliki", "el-Sisi".

    >>> _capital("Kishida"), _capital("?avu?o?lu"), _capital("bin"), _capital("?")
    (True, True, False, False)
    >>> _capital("al-Maliki"), _capital("al-"), _capital("well-being")
    (True, False, False)
    """
    if word[:1].isupper() or (word[:1] == "?" and word[1:2].isalpha()):
        return True
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle in vocabulary.NAME_PARTICLES


def _office_words(person: Person) -> frozenset[str]:
    """The words of *person*'s office, lower case, and of a rank written as their style.

    >>> from readout_parser import Span
    >>> senator = Person(name="John McCain", honorific="Senator", title="Member", span=Span(0, 1))
    >>> sorted(_office_words(senator))
    ['member', 'senator']
    """
    held = f"{person.title or ''} {person.honorific or ''}".lower()
    return frozenset(held.replace(",", " ").split())


def _office_written(title: str) -> str:
    """*title* (lower case) as :attr:`Cast.offices_written` holds it, in both spellings.

    Its words between spaces, in the one spelling compared and, where that
    differs, as written: "The Federal Minister" names a "Federal Minister
    for Foreign Affairs", which is a "Federal Foreign Minister" too.

    >>> _office_written("federal minister for foreign affairs, germany")
    ' federal foreign minister germany | federal minister for foreign affairs germany '
    """
    written = " ".join(title.replace(",", " ").split())
    spelled = _one_spelling(written)
    return f" {spelled} " if spelled == written else f" {spelled} | {written} "


def _japan_by_office(
    participants: Sequence[Person],
    lowered: Sequence[str],
    sides: dict[str, int],
    teams: dict[str, list[int]],
    unsided: list[int],
) -> None:
    """Make Japan's side the principal :func:`_japan_unnamed` finds, where no office names Japan.

    Japan's principal holds a Japanese office, whose title seldom says "of
    Japan" ("Minister for Foreign Affairs"); the first principal's names
    another side here, a visitor named first or a principal of a Japanese
    body ("Speaker of the House of Representatives").
    """
    styles = [(person.honorific or "").lower() for person in participants]
    japan = _japan_unnamed(lowered, styles)
    sides["japan"] = sides["japanese"] = japan
    teams["japan"] = teams["japanese"] = [japan]
    if japan in unsided:
        unsided.remove(japan)


def _japan_unnamed(lowered: Sequence[str], styles: Sequence[str]) -> int:
    """Japan's principal where no office names Japan (so the first names another side).

    The first, where it holds an office of one of Japan's bodies
    (:data:`~readout_parser.vocabulary.JAPANESE_BODY_OFFICES`); else the
    first after it holding an office of Japan's government
    (:data:`~readout_parser.vocabulary.JAPANS_OFFICES`) with no style the
    site gives foreign dignitaries alone ("H.E.", "the Hon.", "His
    Majesty"); else the first.

    "Mr. Roberto Ampuero, Minister of Foreign Affairs of Chile, paid a
    courtesy call on Mr. Shinzo Abe, Prime Minister": Mr. Abe; "Mr. Tadamori
    Oshima, Speaker of the House of Representatives, ... paid a courtesy call
    on H.E. Mr. Narendra Modi, Prime Minister": Mr. Oshima.

    >>> chile = "minister of foreign affairs of chile"
    >>> _japan_unnamed([chile, "prime minister"], ["mr.", "mr."])
    1
    >>> _japan_unnamed(["speaker of the house", "prime minister"], ["mr.", "h.e. mr."])
    0
    """
    if _of_a_japanese_body(lowered[0]):
        return 0
    for index in range(1, len(lowered)):
        if " ".join(lowered[index].split()) in vocabulary.JAPANS_OFFICES and not any(
            style in styles[index] for style in _DIGNITARY_STYLES
        ):
            return index
    return 0


def _of_a_japanese_body(title: str) -> bool:
    """Whether an office (lower case) is of one of Japan's bodies and names no other country.

    >>> _of_a_japanese_body("speaker of the house of representatives")
    True
    >>> _of_a_japanese_body("speaker of the united states house of representatives")
    False
    """
    return any(body in title for body in vocabulary.JAPANESE_BODY_OFFICES) and not any(
        country in title for country in vocabulary.COUNTRIES_WITH_THE if " " in country
    )


# Styles the site gives foreign dignitaries and never Japan's principals, in
# lower case: "H.E. Mr.", "the Hon.", "Senator the Hon.", "His Majesty".
_DIGNITARY_STYLES = ("h.e.", "excellency", "hon", "majesty", "highness", "sheikh", "senator")


def _japans(participants: Sequence[Person], named: Sequence[Sequence[str]], hosts: int) -> int:
    """How many principals, named first, are Japan's side: its first, and the others
    of the side that held the meeting with as many, each with an office (not a
    spouse named with them) naming Japan or no country (*named* the sides of each),
    where those they met are of one other country: a "2+2", not the four leaders
    of the Quad."""
    if hosts < 2 or not all(_may_host(participants[i], named[i]) for i in range(hosts)):
        return 1
    countries = {found[0] for found in named[hosts:] if found}
    return hosts if len(countries) < 2 else 1


def _may_host(person: Person, found: Sequence[str]) -> bool:
    """Whether *person*, named among those who held the meeting, may be of Japan's side.

    They hold an office, and it names Japan or no country (*found*).
    """
    return person.title is not None and _serves_japan(found)


def _serves_japan(found: Sequence[str]) -> bool:
    """Whether an office naming the sides *found* names Japan or none, as Japan's first does."""
    return not found or "japan" in found


def _royal_styles(honorific: str, gender: Gender) -> str:
    """The royal styles a principal's abbreviated ones stand for, as the body may call them.

    By the principal's gender where their style or rank tells it ("H.M.
    King ..." is "His Majesty"), else either.

    >>> _royal_styles("h.h. sheikh", "m"), _royal_styles("h.m.", None)
    ('his highness', 'his majesty, her majesty')
    """
    return ", ".join(
        f"{possessive} {style}"
        for short, style in _ROYAL_ABBREVIATIONS.items()
        if short in honorific.split()
        for possessive in _POSSESSIVES_OF[gender]
    )


# Royal styles written short, and what the body calls their holder: "H.H.
# Sheikh Abdullah ..." is "His Highness".
_ROYAL_ABBREVIATIONS = {"h.h.": "highness", "h.m.": "majesty", "h.r.h.": "royal highness"}

# The possessives a style opens on, by its holder's gender.
_POSSESSIVES_OF: dict[Gender, tuple[str, ...]] = {
    "m": ("his",),
    "f": ("her",),
    None: ("his", "her"),
}


def _ends_on_body(title: str) -> bool:
    """Whether an office (lower case) ends on the body it is of: "... affairs commission".

    >>> _ends_on_body("director of the office of the central foreign affairs commission")
    True
    >>> _ends_on_body("minister of foreign affairs of the people's republic of china")
    False
    >>> _ends_on_body("minister of foreign affairs of the russian federation")
    False
    """
    return title[title.rfind(" ") + 1 :].rstrip(")") in _BODY_WORDS


# Bodies, but not states: "... of the Russian Federation" names a country.
_BODY_WORDS = frozenset(word.lower() for word in vocabulary.BODY_WORDS - vocabulary.STATE_WORDS)


def _one_spelling(text: str) -> str:
    """*text* (lower case) with each office spelled one way: "secretary-general".

    The site writes NATO's and the UN's head with a space or a hyphen, in
    the lead and in the body alike: "The Secretary General stated ..."
    names a "Secretary-General of NATO", "The Under Secretary" an
    "Undersecretary for Policy"; and a foreign minister in full or
    short: "The Foreign Minister expressed ..." names a "Minister for
    Foreign Affairs of Australia".
    """
    if (
        "general" not in text
        and "foreign affairs" not in text
        and "vice minister" not in text
        and "under" not in text
    ):
        return text
    for written, office in _OFFICE_SPELLINGS:
        text = text.replace(written, office)
    return text


# Offices written more than one way, and the one spelling compared.
_OFFICE_SPELLINGS = (
    ("secretary general", "secretary-general"),
    # "Under Secretary", "Under-Secretary": the Undersecretary.
    ("under secretary", "undersecretary"),
    ("under-secretary", "undersecretary"),
    ("director general", "director-general"),
    # A Vice-Minister for Foreign Affairs is "the Vice-Minister", not a
    # foreign minister of a lesser kind.
    ("vice minister", "vice-minister"),
    ("vice-minister for foreign affairs", "vice-minister"),
    ("vice-minister of foreign affairs", "vice-minister"),
    ("minister for foreign affairs", "foreign minister"),
    ("minister of foreign affairs", "foreign minister"),
)


def _holds_office(title: str, office: str, other: tuple[str, ...] = ()) -> bool:
    """Whether *title* (lower case) names *office* as a whole, not a lesser one of its name.

    "vice chairman of the central military commission" holds no "chairman",
    "minister for foreign affairs of the united arab emirates" no "emir",
    "under-secretary-general" no "secretary"; "prime minister" holds
    "minister", but not as itself: not where *other* (:data:`_GREATER`)
    makes the office before it another.
    """
    at = title.find(office)
    while at >= 0:
        end = at + len(office)
        whole = (at == 0 or title[at - 1] == " ") and (end == len(title) or title[end] in " ,(")
        if whole and not _lesser(title[:at]) and not title[:at].endswith(other):
            return True
        at = title.find(office, at + 1)
    return False


def _claim_offices(
    held: str, index: int, tables: tuple[dict[str, int], dict[str, int], dict[str, int]]
) -> None:
    """Claim for principal *index* each office of :data:`_OFFICES` its *held* offices hold.

    Into the first of *tables* as itself, the second where only inside a
    greater one ("minister" of "prime minister"), the third where only
    ranked ("First Vice Minister").
    """
    offices, within, ranked = tables
    for office in _OFFICES:
        if office in held and _holds_office(held, office):
            if not _holds_office(held, office, _GREATER):
                _claim(within, office, index)
            else:
                _claim(ranked if _only_ranked(held, office) else offices, office, index)


def _only_ranked(title: str, office: str) -> bool:
    """Whether *title* holds *office* only ranked: "first vice-minister of foreign affairs".

    >>> _only_ranked("first vice-minister of foreign affairs", "vice-minister")
    True
    >>> _only_ranked("vice-minister for foreign affairs", "vice-minister")
    False
    """
    at = title.find(office)
    while at >= 0:
        if not title[:at].endswith(_RANKS):
            return False
        at = title.find(office, at + 1)
    return True


# What makes an office a greater one of its name: "Prime Minister" holds
# "Minister" only where no principal is a minister as such.
_GREATER = ("prime ",)


# What makes an office a lesser one of its name: "Vice Chairman", "Deputy
# Secretary", "High Commissioner", "Assistant Secretary", a junior "State
# Minister for Foreign Affairs"; and another one: a "Senior Vice-Minister"
# or a "Parliamentary Vice-Minister" is no "Vice-Minister".
_LESSER = (
    *("vice ", "deputy ", "high ", "assistant ", "under ", "co-", "vice-", "state "),
    *("senior ", "parliamentary "),
)

# What ranks an office among others of its name: a "First Vice Minister"
# is "the Vice Minister" unless another principal is one unranked.
_RANKS = ("first ", "second ")


def _lesser(before: str) -> bool:
    """Whether *before*, what stands before an office's word, makes it a lesser one.

    Past "foreign", as the one spelling puts it: "permanent deputy foreign
    minister" (a "Permanent Deputy Minister of Foreign Affairs") is no "minister".

    >>> _lesser("permanent deputy foreign "), _lesser("the ")
    (True, False)
    """
    return before.removesuffix("foreign ").endswith(_LESSER)


def _style_gender(named: str) -> Gender:
    """ "m" or "f" when the style opening *named* tells: "Mr. Ou Boqian" -> "m"."""
    first = named.split(" ", 1)[0]
    if first in vocabulary.WOMEN_STYLES:
        return "f"
    if first in vocabulary.MEN_STYLES:
        return "m"
    return None


def learn_gender(cast: Cast, speech: Speech, words: Sequence[str]) -> Cast:
    """*cast*, knowing the gender of speakers named before their verb and own possessive.

    "Minister Wong expressed her appreciation ...": Wong is a woman, whom a
    later "He" does not stand for, though her style did not tell; so is
    Blinken a man after "..., and Secretary Blinken also expressed his
    appreciation". Only a speaker of *words*, named right before the verb.

    >>> from readout_parser.model import Person, Span
    >>> cast = cast_of([Person("Penny Wong", Span(0, 10), family_name="Wong")])
    >>> learned = learn_gender(cast, Speech((0,), "expressed", None), "Wong expressed her".split())
    >>> cast.genders, learned.genders
    ((None,), ('f',))
    """
    if not speech.speakers or ("his" not in words and "her" not in words):
        # Most sentences: tested in C, no loop over the words.
        return cast
    learned = dict(_named_speakers_genders(cast, speech, words))
    if not learned:
        learned = dict(_unnamed_speaker_gender(cast, speech, words))
    if not learned:
        return cast
    return cast._replace(
        genders=tuple(learned.get(index, gender) for index, gender in enumerate(cast.genders))
    )


def _named_speakers_genders(
    cast: Cast, speech: Speech, words: Sequence[str]
) -> Iterator[tuple[int, Gender]]:
    """Each speaker of unknown gender named right before their verb and possessive."""
    for at in _possessives(words):
        verb = at - 1
        if verb < 1 or words[verb] not in vocabulary.OWN_WORD_VERBS:
            continue
        named = verb - 1
        while named > 0 and words[named] in vocabulary.ADVERBS:
            named -= 1
        word = words[named]
        if word == "and":
            speaker = _subject_going_on(speech, words, named)
        else:
            speaker = cast.names.get(_name_key(word)) if _capital(word) else None
        if speaker is not None and speaker in speech.speakers and cast.genders[speaker] is None:
            yield speaker, _POSSESSIVE_GENDERS[words[at]]


def _subject_going_on(speech: Speech, words: Sequence[str], joiner: int) -> int | None:
    """The lone speaker whose verb "and" at *joiner* goes on with, or None.

    "Chancellor Merkel welcomed Prime Minister Abe and expressed her
    appreciation": the sentence's speaker, where no "that" or "who" opens a
    clause of someone else's between the two verbs, and no comma stands
    before "and".
    """
    if len(speech.speakers) != 1 or speech.verb is None or speech.verb not in words:
        return None
    first = words.index(speech.verb)
    if (
        not first < joiner
        or not _CLAUSE_WORDS.isdisjoint(words[first:joiner])
        or words[joiner - 1].endswith(",")
    ):
        # "..., who attended the summit and expressed his ...": another's verb.
        return None
    return speech.speakers[0]


# Words opening a clause of someone else's between two verbs: "stated that
# ...", "welcomed the Prime Minister, who ...".
_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "whose"})


def _possessives(words: Sequence[str]) -> Iterator[int]:
    """Where "his" and "her" stand in *words*, found without a loop over every word."""
    for possessive in _POSSESSIVE_GENDERS:
        at = -1
        for _ in range(words.count(possessive)):
            at = words.index(possessive, at + 1)
            yield at


def _unnamed_speaker_gender(
    cast: Cast, speech: Speech, words: Sequence[str]
) -> Iterator[tuple[int, Gender]]:
    """The gender of a lone speaker no name names: "The latter expressed his gratitude"."""
    verb = speech.verb
    if len(speech.speakers) != 1 or verb is None or words.count(verb) != 1:
        return
    speaker = speech.speakers[0]
    gender = _own_possessive(words, words.index(verb)) if cast.genders[speaker] is None else None
    if gender is not None and not any(
        _capital(word) and _name_key(word) in cast.names for word in words
    ):
        yield speaker, gender


def _own_possessive(words: Sequence[str], at: int) -> Gender:
    """The gender of "his" or "her" after a verb that takes what is said, at *at*.

    The verbs are :data:`~readout_parser.vocabulary.OWN_WORD_VERBS`; adverbs
    may come first: "also expressed her".
    """
    while at < len(words) and words[at] in vocabulary.ADVERBS:
        at += 1
    if at + 1 >= len(words) or words[at] not in vocabulary.OWN_WORD_VERBS:
        return None
    return _POSSESSIVE_GENDERS.get(words[at + 1])


_POSSESSIVE_GENDERS: dict[str, Gender] = {"his": "m", "her": "f"}


def _gender(person: Person) -> Gender:
    """ "m" or "f" when the person's style or rank tells, else None: "Ms." -> "f"."""
    words = [*(person.honorific or "").split(), *(person.title or "").split()[:2]]
    for word in words:
        if word in vocabulary.WOMEN_STYLES:
            return "f"
        if word in vocabulary.MEN_STYLES:
            return "m"
    return None


def _key(word: str) -> str:
    """A name word as compared: lower case, without accents, any apostrophe straight.

    "RAMÍREZ" and "Ramirez" are one name, and so are "TU’I’ONETOA" and "Tu'i'onetoa".
    """
    plain = word.lower().replace("’", "'").replace("‘", "'")
    if plain.isascii():
        return plain
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _word_key(word: str) -> str:
    """A word of the text as compared: without the stop that ends a sentence after it.

    "Turnbull." -> "turnbull"; "U.S." keeps its stops.
    """
    key = _key(word.rstrip(",;:"))
    return key[:-1] if key.endswith(".") and key.count(".") == 1 else key


def _name_key(word: str) -> str:
    """A word naming someone as compared, without a possessive: "Peters'" -> "peters".

    >>> _name_key("Peters'"), _name_key("Kono’s"), _name_key("Kono.")
    ('peters', 'kono', 'kono')
    """
    key = _word_key(word)
    return key.removesuffix("'s").removesuffix("'")


def _claim(table: dict[str, int], key: str, index: int) -> None:
    """Record that *key* names principal *index*, or no one when two share it."""
    held = table.get(key)
    table[key] = index if held is None or held == index else _TAKEN


def _unique(table: dict[str, int]) -> dict[str, int]:
    return {key: index for key, index in table.items() if index != _TAKEN}


def _sides_of(title: str) -> list[str]:
    """Words for the side an office serves: its country, adjectives and country names.

    "minister of foreign affairs of australia" -> "australia", "australian";
    "... of the russian federation" -> "russian" and its forms, "russia" (the
    country its adjective stands for) and "russian federation" (the whole
    name, for a subject of several words).
    """
    words = title.replace(",", " ").replace("(", " ").replace(")", " ").split()
    found = ["japan", "japanese"] if _serves(words, ("japan", "japanese")) else []
    if "european" in words and any(body in title for body in vocabulary.EU_BODIES):
        # "President of the European Council": the EU side.
        found.append("eu")
    if words and words[0] in _LEADING_SIDES:
        # "U.S. Secretary of State", "British Foreign Secretary".
        found.extend(_LEADING_SIDES[words[0]])
    for size in (3, 2):
        opening = " ".join(words[:size])
        if opening in vocabulary.DEMONYMS:
            # "United States Senator from Tennessee": a country of several words.
            found.extend(_adjectives(opening))
            break
    last_of = max((i for i, word in enumerate(words) if word == "of"), default=-1)
    # Where an office or a body is held names no side it serves: "chairman
    # of the american chamber of commerce| in japan", "ambassador of the
    # republic of korea| to japan".
    tail = words[last_of + 1 :]
    held_at = [at for at, word in enumerate(tail) if word in ("in", "to")]
    tail = tail[: held_at[0]] if held_at else tail
    country = " ".join(word for word in tail if word != "the")
    for named_first in _countries_named_first(words, last_of):
        # "of the united kingdom of great britain and northern ireland".
        found.extend(_adjectives(named_first))
    if last_of >= 0 and country in vocabulary.DEMONYMS:
        found.extend(_adjectives(country))
    elif last_of >= 0:
        named = [
            word
            for word in tail
            if word not in vocabulary.TITLE_JOINERS
            and word not in vocabulary.LOWER_PLACE_WORDS
            and word not in _PORTFOLIO_WORDS
        ]
        for word in named:
            found.extend(_adjectives(word))
            # "of the russian federation", "of the french republic": "Russia", "France".
            found.extend(_countries_of(word))
        if " " in country and named:
            # "of the republic of south africa": "South Africa" as a subject.
            found.append(country)
    return found


def _serves(words: Sequence[str], country: tuple[str, ...]) -> bool:
    """Whether an office's *words* name the *country* as the one served, not where it is held.

    >>> _serves("ambassador of the rok to japan".split(), ("japan",))
    False
    >>> _serves("ambassador of japan to the rok".split(), ("japan",))
    True
    """
    return any(
        word in country and (at == 0 or words[at - 1] not in ("in", "to"))
        for at, word in enumerate(words)
    )


# Words of a portfolio after "of", which name no country: "minister of
# defense", "secretary of state", "minister of economy, trade and industry".
_PORTFOLIO_WORDS = vocabulary.LOWER_OFFICE_WORDS | {
    word.lower() for word in vocabulary.PORTFOLIO_WORDS
}


def _countries_named_first(words: Sequence[str], last_of: int) -> list[str]:
    """Countries of several words named before the last "of" of an office.

    "... of the united kingdom of great britain and northern ireland" names
    "united kingdom"; a single word there ("of the kingdom of thailand")
    names none.
    """
    found: list[str] = []
    of_at = [i for i, word in enumerate(words[: max(0, last_of)]) if word == "of"]
    for low, high in zip(of_at, [*of_at[1:], last_of], strict=False):
        country = " ".join(word for word in words[low + 1 : high] if word != "the")
        if " " in country and country in vocabulary.DEMONYMS:
            found.append(country)
    return found


def _countries_of(adjective: str) -> list[str]:
    """The country names an adjective in an office may stand for: "russian" -> "russia".

    >>> _countries_of("french"), _countries_of("italian"), _countries_of("russian")
    (['france'], ['italia', 'italy'], ['russia'])
    """
    named = _COUNTRY_OF.get(adjective)
    if named is not None:
        return [named]
    if adjective.endswith("ian"):
        # "russian" -> "russia", "italian" -> "italy", "indonesian" -> "indonesia".
        stem = adjective[:-3]
        return [adjective[:-1], stem + "y"] if stem[-1:] in ("l", "r") else [adjective[:-1]]
    # No rule for "-an": "dominican" (of the Dominican Republic) is not "dominica".
    return []


def _country_of() -> dict[str, str]:
    """The country each adjective the site writes stands for: "french" -> "france".

    The first country listed with an adjective keeps it: "greek" is "greece".
    """
    found: dict[str, str] = {}
    for country, adjectives in vocabulary.DEMONYMS.items():
        for adjective in adjectives:
            if " " not in country and adjective.isalpha():
                found.setdefault(adjective, country)
    return found


_COUNTRY_OF = _country_of()


# Adjectives an office may open with, and the side words they stand for.
_LEADING_SIDES = {
    adjective: (country, *adjectives)
    for country, adjectives in vocabulary.DEMONYMS.items()
    for adjective in adjectives
}


def _adjectives(country: str) -> list[str]:
    """A country word and the adjectives readouts make of it: "korea" -> "korean"."""
    named = vocabulary.DEMONYMS.get(country)
    if named is not None:
        return [country, *named]
    if country.endswith("a"):
        # "australia" -> "australian", "canada" -> "canadian".
        return [country, country + "n", country[:-1] + "ian"]
    if country.endswith("y"):
        # "italy" -> "italian".
        return [country, country[:-1] + "ian"]
    if country.endswith("e"):
        # "palestine" -> "palestinian", "singapore" -> "singaporean".
        return [country, country[:-1] + "ian", country + "an"]
    # "brazil" -> "brazilian", "iran" -> "iranian".
    return [country, country + "ian", country + "an"]


class _Subject(NamedTuple):
    """A subject found in a clause: whom it names, where it ends, another speaker."""

    speakers: tuple[int, ...]
    end: int
    other: str | None
    # Whether the subject names a side ("Japan", "the ROK side") rather than a person.
    side: bool = False
    # Whether it names the principals besides those already speaking: "the other
    # three ministers".
    others: bool = False
    # Whether it names a person by an office that no one principal holds
    # alone: "The Minister" where two principals are ministers.
    unresolved: bool = False
    # The principals it acts "together with", who speak only through the
    # clause's first verb: "X, together with Y, attended ..., and stated" is X's.
    partners: tuple[int, ...] = ()


def speech_in(
    words: Sequence[str], cast: Cast, last: Pronouns, inherited: tuple[int, ...] = ()
) -> Speech:
    """Who *words* (a sentence split at spaces) report speaking.

    *last* says whom "He" and "She" stand for; *inherited* is the speaker of
    a heading that introduces this sentence ("... stated the following:").
    """
    speakers: list[int] = []
    verb: str | None = None
    other: str | None = None
    # The verb of a clause whose speaker the words do not tell apart: the
    # sentence's only where no clause names anyone.
    untold: str | None = None
    for number, (first, stop) in enumerate(_clauses(words)):
        # "..., and he expressed": he is the speaker of this sentence so far.
        before = last.after(tuple(speakers), cast, other) if len(speakers) < 2 else last
        said = None
        subject_start = _after_participle_phrase(words, stop) if number == 0 else 0
        if subject_start:
            said = _clause_speech(words, subject_start, stop, cast, before, later=False)
        if said is None:
            said = _clause_speech(words, first, stop, cast, before, later=number > 0)
        if said is None:
            continue
        found, word, named = said
        if not found and named is None:
            untold = untold or word
            continue
        if verb is None:
            verb = word
        speakers.extend(index for index in found if index not in speakers)
        if not found and other is None:
            other = named
    if not speakers and other is None and inherited:
        return Speech(inherited, None, None)
    if not speakers and other is None:
        # A verb with no one says someone spoke whom the sentence does not
        # tell apart ("The Minister explained ..."); None, that no one did.
        return Speech((), untold, None)
    return Speech(tuple(speakers), verb, other)


def _after_participle_phrase(words: Sequence[str], stop: int) -> int:
    """Where the sentence's subject may start: after a phrase opening on a participle.

    "Recalling that Prime Minister Harper called for ..., Prime Minister Abe
    said": who is named inside the phrase is not its subject. The phrase
    opens on a capitalised word in "-ing" that a word in lower case follows,
    not a verb ("Welcoming the visit,", "Noting that"; not "Beijing
    expressed"), and ends at its first comma; 0 without one. The subject is
    looked for from there first, and from the start when none is found
    there ("Opening remarks Prime Minister Phuc stated that ..., and ...",
    a heading the copy ran into its text).
    """
    opening = words[0] if words else ""
    if (
        len(opening) < MIN_PARTICIPLE
        or not opening.endswith("ing")
        or not opening[:1].isupper()
        or not opening[1:].islower()
        or stop < 2
        or not words[1][:1].islower()
        or _is_verb(words[1].rstrip(",;:."))
    ):
        return 0
    for index in range(1, stop - 1):
        if words[index].endswith(","):
            return index + 1
    return 0


# The shortest participle opening a sentence: "Noting", "Citing".
MIN_PARTICIPLE = 6


def _clauses(words: Sequence[str]) -> list[tuple[int, int]]:
    """The clauses of a sentence: split at ", and", ";", "while", "whereas" and ", to which"."""
    cues = [i for i, word in enumerate(words) if word in _CLAUSE_CUES or word[-1:] == ";"]
    opening = _contrast_opening(words)
    if opening:
        cues.append(opening - 1)
    if not cues:
        return [(0, len(words))]
    cuts = [0]
    so_far = _ClauseSoFar(words)
    for index in cues:
        word = words[index]
        if word[-1:] == ";" or index + 1 == opening:
            cuts.append(index + 1)
            continue
        if index == 0:
            continue
        previous = words[index - 1]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "and":
            cut = _cuts_at_and(words, index, so_far.read(cuts[-1], index))
        elif word == "which":
            # "..., to which Prime Minister Modi expressed his support", "...,
            # to which the Secretary expressed ...": a clause of its own, from
            # its subject on.
            subject = index + 2 if following == "the" else index + 1
            cut = (
                previous in ("to", "for")
                and index > 1
                and _ends_on_comma(words[index - 2])
                and words[subject : subject + 1] != []
                and (
                    (
                        words[subject][:1].isupper()
                        and _subject_and_verb(words, subject, auxiliary=True)
                    )
                    or _joint_subject_and_verb(words, index + 1)
                )
            ) or (
                # "..., which the other two leaders welcomed": the principals
                # together answering what the clause before proposed; or one
                # principal: "..., which Minister Hayashi welcomed."
                _ends_on_comma(previous)
                and (_joint_subject_and_verb(words, index + 1) or _answers(words, index + 1))
            )
        else:
            # ", while the Japanese side explained"; not ", while welcoming".
            cut = _ends_on_comma(previous) and not following.endswith(("ing", "ing,"))
        if cut:
            cuts.append(index + 1)
    cuts.append(len(words))
    return [(a, b) for a, b in itertools.pairwise(sorted(set(cuts))) if a < b]


def _answers(words: Sequence[str], index: int) -> bool:
    """Whether a named subject at *index* answers with a verb that closes the clause.

    "..., which Minister Hayashi welcomed." (the "which" is its object); not
    "..., which Minister Hayashi proposed last year" nor "..., which Japan
    has built".
    """
    cursor = index
    while cursor < len(words) and (words[cursor][:1].isupper() or words[cursor] in ("of", "the")):
        cursor += 1
    if cursor == index:
        return False
    # "..., which President Zelenskyy highly appreciated."
    cursor = _past_adverbs(words, cursor, len(words))
    if cursor >= len(words):
        return False
    verb = words[cursor]
    return verb.rstrip(".,;") in _ANSWERING_VERBS and (
        verb.endswith((".", ",", ";")) or cursor + 1 == len(words)
    )


# Verbs a principal answers what was said before with, its object a "which".
_ANSWERING_VERBS = frozenset(
    {"welcomed", "supported", "appreciated", "endorsed", "accepted", "praised", "commended"}
)


def _ends_on_comma(word: str) -> bool:
    """Whether *word* ends on a comma, inside closing quotes too: "Strategy,”".

    >>> _ends_on_comma("Strategy,”"), _ends_on_comma("Japan,"), _ends_on_comma("”")
    (True, True, False)
    """
    return word.rstrip(_CLOSING_QUOTES).endswith(",")


# Quotes a comma may stand inside of, as the site's American style puts it.
_CLOSING_QUOTES = "”’\"'"


def _cuts_at_and(words: Sequence[str], index: int, before: _ClauseSoFar) -> bool:
    """Whether "and" at *index* opens a clause of its own, *before* the clause so far.

    ", and Secretary Tillerson responded", "... explained X and Prime
    Minister Abbott welcomed"; not "Minister Kono and Minister Kang", nor
    the last of a list, "Minister A, Minister B, and Secretary C".
    """
    following = words[index + 1] if index + 1 < len(words) else ""
    if (
        _ends_on_comma(words[index - 1])
        and not before.names_only
        and not _shares_subject(words, index + 1, before)
    ):
        return True
    return (
        (
            following[:1].isupper()
            and _subject_and_verb(words, index + 1)
            and not before.lists_after_that()
        )
        # Not inside what a speaker said: "... stated that Japan had been a
        # close ally and the two countries shared ...".
        or (before.first_that >= index and _joint_subject_and_verb(words, index + 1))
    ) and before.has_verb


class _ClauseSoFar:
    """What the clause read so far holds, told without reading it again at each "and".

    The cues of a sentence are read in order, so the clause is read once
    from its start however many "and"s it holds (a sentence of many, "Mr. A
    and Mr. B and ...", would take time growing with its square).

    >>> before = _ClauseSoFar("Abe stated that Japan would help and Canada".split())
    >>> before.read(0, 4).lists_after_that(), before.has_verb, before.names_only
    (True, True, False)
    >>> before.read(0, 6).lists_after_that(), before.read(2, 4).has_verb
    (False, False)
    >>> before.read(0, 2).has_verb, before.read(0, 1).has_verb
    (True, False)
    """

    __slots__ = (
        "after_that",
        "capitals_after_that",
        "first_that",
        "has_verb",
        "names_only",
        "reports",
        "scanned",
        "start",
        "words",
    )

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        # Where the sentence's first "that" stands: what follows it is what
        # a speaker said.
        self.first_that = words.index("that") if "that" in words else len(words)
        self._restart(0)

    def _restart(self, start: int) -> None:
        self.start = self.scanned = start
        # Whether the clause holds a verb of the past or of report
        # ("explained", "said"), and one of report ("stated").
        self.has_verb = self.reports = False
        # Whether it is capitalised words and commas alone, as a list of
        # subjects writes them: "Minister A, Minister B,", "Japan, the United States,".
        self.names_only = True
        # The words after its last "that" (-1: it has none), and whether all are capitalised.
        self.after_that = -1
        self.capitals_after_that = True

    def read(self, start: int, index: int) -> _ClauseSoFar:
        """The clause from *start* read up to *index*."""
        if start != self.start or index < self.scanned:
            self._restart(start)
        for word in self.words[self.scanned : index]:
            self._take(word)
        self.scanned = index
        return self

    def _take(self, word: str) -> None:
        if not self.has_verb and _is_verb(word.rstrip(",;:")):
            self.has_verb = True
        if not self.reports and word.rstrip(",;:.") in vocabulary.REPORTING_VERBS:
            self.reports = True
        capital = word[:1].isupper()
        if not capital and word not in _LIST_WORDS:
            self.names_only = False
        if word == "that":
            self.after_that = 0
            self.capitals_after_that = True
        elif self.after_that >= 0:
            self.after_that += 1
            self.capitals_after_that = self.capitals_after_that and capital

    def lists_after_that(self) -> bool:
        """Whether the clause ends on "that" and capitalised words alone: "... stated that Japan".

        The "and" after them joins the reported clause's own subject ("stated
        that Japan and Canada had worked together"), not a clause of another
        speaker ("stated that Japan would support Ukraine and President
        Zelenskyy expressed ...").
        """
        return self.after_that > 0 and self.capitals_after_that


def _contrast_opening(words: Sequence[str]) -> int:
    """Where the main clause of a sentence opening on "While" starts, or 0.

    "While Prime Minister Rutte expressed his gratitude ..., Prime Minister
    Abe stated ...": the two clauses tell what each side said, as ", while"
    inside a sentence does; so after an opening phrase ("Regarding North
    Korea, while Minister Iwaya asked ..., Secretary Rubio stated ..."). The
    main clause starts after the first comma that a subject and its verb
    follow.
    """
    start = _contrast_start(words)
    if start is None:
        return 0
    for index in range(start + 2, len(words)):
        if words[index - 1].endswith(",") and (
            (words[index][:1].isupper() and _subject_and_verb(words, index))
            or _joint_subject_and_verb(words, index)
            or _the_subject_and_verb(words, index)
        ):
            return index
    return 0


def _contrast_start(words: Sequence[str]) -> int | None:
    """Where "While" opens the sentence, or "while" right after its opening phrase, if it does.

    >>> _contrast_start("Regarding North Korea, while Minister Iwaya asked".split())
    3
    >>> _contrast_start("Minister Iwaya explained it, while Secretary Rubio".split()) is None
    True
    """
    if not words:
        return None
    if words[0] in ("While", "Whereas"):
        return 0
    for index, word in enumerate(words[:MAX_OPENING_PHRASE_WORDS]):
        if word in ("while", "whereas"):
            # A phrase with no verb before it, closed by its comma.
            opens = index > 0 and _ends_on_comma(words[index - 1])
            return index if opens and not _has_verb(words[:index]) else None
    return None


# A phrase opening a sentence before "while" is this many words at most:
# "With regard to the situation in the East and South China Seas,".
MAX_OPENING_PHRASE_WORDS = 16


def _the_subject_and_verb(words: Sequence[str], index: int) -> bool:
    """Whether "the" and a capitalised phrase at *index* are the subject of the verb after them.

    "While Vice-Minister Kawai expressed ..., the Deputy Secretary stated
    ...", "..., the Chinese side stated ...".
    """
    return words[index] == "the" and index + 1 < len(words) and _subject_and_verb(words, index + 1)


def _shares_subject(words: Sequence[str], index: int, before: _ClauseSoFar) -> bool:
    """Whether ", and" goes on with a verb in lower case, sharing the subject of *before*.

    "... witnessed the exchange of documents, and issued a joint statement":
    what the subject did, then what it said, is one clause. After a
    reporting verb the clause has what it says, and a cut there costs nothing.
    """
    cursor = _past_adverbs(words, index, len(words))
    return (
        cursor < len(words)
        and words[cursor][:1].islower()
        and _is_verb(words[cursor].rstrip(",;:."))
        and not before.reports
    )


def _subject_and_verb(words: Sequence[str], index: int, *, auxiliary: bool = False) -> bool:
    """Whether a capitalised phrase at *index* is the subject of the verb after it.

    "and Prime Minister Abbott welcomed" is, and so is a list of such
    phrases, an office's "of" or "for" inside them: "to which Secretary
    Tillerson and Minister Kang expressed", "to which the U.S. Secretary of
    State and Minister Park expressed"; "and China, concurred" is not, nor a
    run of more than MAX_SUBJECT_WORDS.
    """
    cursor = index
    limit = min(len(words), index + MAX_SUBJECT_WORDS)
    while cursor < limit and (
        _capital(words[cursor]) or (cursor > index and _particle_in_name(words, cursor))
    ):
        if words[cursor].endswith((",", ";", ":")):
            return False
        cursor += 1
        if cursor + 1 < len(words) and words[cursor] in _SUBJECT_JOINERS:
            after = cursor + 2 if words[cursor + 1] == "the" else cursor + 1
            if after < len(words) and words[after][:1].isupper():
                cursor = after
    if cursor > index and cursor < len(words) and words[cursor] in ("side", "sides"):
        # "the U.S. side expressed".
        cursor += 1
    if cursor >= len(words):
        return False
    # An auxiliary and its verb only where asked: after "and" inside what a
    # speaker said ("... stated that ... and Japan had requested ...") they
    # are the speaker's words.
    if auxiliary:
        return _verb_at(words, cursor)
    word = words[cursor].rstrip(",;:.")
    return _is_verb(word) and word not in _AUXILIARIES


def _verb_at(words: Sequence[str], index: int) -> bool:
    """Whether a verb of the narration stands at *index*, or an auxiliary and its verb."""
    word = words[index].rstrip(",;:.")
    return _is_verb(word) or (
        word in _AUXILIARIES and _after_auxiliary(words, index, len(words)) is not None
    )


def _particle_in_name(words: Sequence[str], index: int) -> bool:
    """Whether *index* is a particle inside a name: "von| der| Leyen", "de| la| Fuente".

    >>> _particle_in_name("President von der Leyen".split(), 1)
    True
    >>> _particle_in_name("the support of de facto".split(), 3)
    False
    """
    cursor = index
    while cursor < len(words) and words[cursor] in vocabulary.NAME_PARTICLES:
        cursor += 1
    return cursor > index and cursor < len(words) and _capital(words[cursor])


# Words joining the capitalised words of a subject: "Minister Kang and
# Secretary Tillerson", "the Secretary of State", "the Minister for Foreign Affairs".
_SUBJECT_JOINERS = frozenset({"and", "of", "for"})

# A subject of capitalised words joined by "and" is this many words at most:
# "Prime Minister Kishida, President Biden and President Yoon" is eight. A
# longer run is a list of things, and a bound keeps a sentence of many such
# words ("Mr. A and Mr. B and ...") from taking time growing with its square.
MAX_SUBJECT_WORDS = 24


def _joint_subject_and_verb(words: Sequence[str], index: int) -> bool:
    """Whether the principals together, in lower case, are the subject of a verb at *index*.

    "... for Japan's support so far and the two sides concurred ...", "...
    and both leaders agreed"; not "... and the two countries' relations",
    nor "they", which may stand for things ("the measures ... and they
    showed results").
    """
    cursor = index
    if cursor >= len(words) or words[cursor] not in ("the", "both"):
        return False
    cursor += 1
    if cursor < len(words) and words[cursor] == "other" and words[index] == "the":
        # "... to which the other three ministers expressed".
        cursor += 1
    if cursor < len(words) and words[cursor] in _HEAD_COUNTS:
        cursor += 1
        if cursor < len(words) and words[cursor] == "other" and words[index] == "the":
            # "... and the two other ministers expressed".
            cursor += 1
    if cursor < len(words) and words[cursor].lower() in ("foreign", "prime", "vice"):
        # "... to which the two Prime Ministers expressed".
        cursor += 1
    # In either case: "the two Presidents", "both ministers".
    if cursor >= len(words) or words[cursor].lower() not in vocabulary.JOINT_NOUNS:
        return False
    cursor += 1
    while cursor < len(words) and words[cursor] in vocabulary.ADVERBS:
        cursor += 1
    return cursor < len(words) and _is_verb(words[cursor].rstrip(",;:."))


def _has_verb(words: Sequence[str]) -> bool:
    """Whether *words* hold a verb of the past or of report ("explained", "said")."""
    return any(_verb_at(words, index) for index in range(len(words)))


def _is_verb(word: str) -> bool:
    """A finite verb of the narration: readouts report in the past ("stated", "agreed")."""
    return (
        word in vocabulary.REPORTING_VERBS
        or word in vocabulary.IRREGULAR_PAST
        or (word.endswith("ed") and word[:1].islower())
    )


# Words at which a new clause may start: ", and Secretary X responded", ",
# to which Secretary X expressed".
_CLAUSE_CUES = frozenset({"and", "while", "whereas", "which"})

# Words that may start a reference to a speaker besides a capitalised one.
_LOWER_STARTS = frozenset({"the", "both", "he", "she", "they", "two", "three", "four", "all"})


def _clause_speech(
    words: Sequence[str],
    first: int,
    stop: int,
    cast: Cast,
    last: Pronouns,
    *,
    later: bool,
) -> tuple[tuple[int, ...], str, str | None] | None:
    """The speakers, verb and other speaker of the clause ``[first, stop)``, if it has any.

    The subject is the first reference, not after a preposition, that a verb
    follows. A later clause, a side or another speaker speaks only through a
    reporting verb: "..., and Secretary Tillerson responded", "Japan
    explained"; not "..., and Japan would", "Japan is".
    """
    if words[first].lower() in ("that", "which", "who", "whether"):
        return None
    settled = _settled_together(words, first, stop) or _views_exchanged(words, first, stop)
    if settled is not None and cast.size > 1:
        return tuple(range(cast.size)), settled, None
    settled_by = _settled_by(words, first, stop, cast, last)
    if settled_by is not None:
        return settled_by
    index = first
    asides = _Asides(words, stop)
    while index < stop:
        subject = (
            _reference(words, index, stop, cast, last) if _could_refer(words[index], cast) else None
        )
        if subject is None:
            index += 1
            continue
        unresolved = subject.unresolved and (index == first or words[index - 1].endswith(","))
        if (not subject.speakers and subject.other is None and not unresolved) or (
            subject.others and not later
        ):
            # "The other ministers" are only besides a speaker earlier in the sentence.
            index = max(subject.end, index + 1)
            continue
        if not _after_preposition(words, first, index) and not (
            index > first and words[index - 1] in _CLAUSE_WORDS
        ):
            # Not the subject of a clause inside this one: "... restrictions
            # which Brazil has introduced", "... noted that Japan had ...".
            found, word = _verb_after(words, subject, stop, cast, asides)
            strict = later or subject.side or subject.other is not None
            reports = word is not None and (
                not strict or word in vocabulary.REPORTING_VERBS or _told_in_the_past(word)
            )
            if reports and word is not None and (found or subject.other or unresolved):
                if _together_with(words, first) and _first_verb(words, subject, stop, word):
                    found = _with_opening_partner(words, first, index, found, cast)
                return found, word, subject.other
        index = max(subject.end, index + 1)
    return None


def _first_verb(words: Sequence[str], subject: _Subject, stop: int, verb: str) -> bool:
    """Whether *verb* is the first word after *subject* and its adverbs: the clause's own verb.

    "Together with Y, X stated ..." is; "Together with Y, X visited a
    school and stated ..." is not.
    """
    cursor = _past_adverbs(words, _after_modifier(words, subject.end, stop), stop)
    return cursor < stop and words[cursor].rstrip(",;:.") == verb.split(" ", 1)[0]


def _with_opening_partner(
    words: Sequence[str], first: int, index: int, found: tuple[int, ...], cast: Cast
) -> tuple[int, ...]:
    """*found* and the principal the clause opens acting together with, if any.

    "Together with President Biden, Prime Minister Kishida condemned ...":
    Prime Minister Kishida, then President Biden; the subject at *index*
    stands right after the opening phrase.
    """
    partner = _named(words, first + 2, len(words), cast, join=False)
    if partner is None or partner.end != index or not words[index - 1].endswith(","):
        return found
    return tuple(dict.fromkeys((*found, *partner.speakers)))


def _settled_together(words: Sequence[str], first: int, stop: int) -> str | None:
    """The participle of "It was agreed that ..." opening a clause, or None.

    What the sides settled, written without an agent, is every principal's:
    "It was agreed that", "It was also confirmed that", "It was agreed to
    establish ...", and after an opening phrase, "At the end of the
    meeting, it was confirmed that".
    """
    cursor = _it_was(words, first, stop)
    if cursor is None or cursor + 1 >= stop or not _settles(words, cursor + 1, stop):
        return None
    participle = words[cursor]
    return participle if participle in vocabulary.SHARED_PASSIVES else None


def _it_was(words: Sequence[str], first: int, stop: int) -> int | None:
    """Where the participle after "It was" opening a clause stands, past adverbs, or None."""
    cursor = first if words[first] == "It" else _after_opening_phrase(words, first, stop)
    if cursor + 3 >= stop or words[cursor] not in ("It", "it") or words[cursor + 1] != "was":
        return None
    cursor += 2
    while cursor < stop and words[cursor] in vocabulary.ADVERBS:
        cursor += 1
    return cursor


def _settled_by(
    words: Sequence[str], first: int, stop: int, cast: Cast, last: Pronouns
) -> tuple[tuple[int, ...], str, None] | None:
    """The agents and participle of "It was confirmed by both ministers that ...", or None.

    What was settled with its agent named is the agent's: "It was agreed by
    the two leaders to ...", "It was confirmed by Minister Kishida that ...".
    """
    cursor = _it_was(words, first, stop)
    if cursor is None or cursor + 2 >= stop or words[cursor + 1] != "by":
        return None
    participle = words[cursor]
    if participle not in vocabulary.SHARED_PASSIVES:
        return None
    agent = _reference(words, cursor + 2, stop, cast, last)
    if agent is None or not agent.speakers or agent.end >= stop:
        return None
    return (agent.speakers, participle, None) if _settles(words, agent.end, stop) else None


def _settles(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether what was settled follows at *index*: "that ...", or "to" and a verb.

    "It was agreed that ...", "It was agreed to establish ..."; not "It was
    confirmed to the press".
    """
    if words[index] == "that":
        return True
    following = words[index + 1] if index + 1 < stop else ""
    return (
        words[index] == "to"
        and following.isalpha()
        and following.islower()
        and following not in _NO_VERBS
    )


# Words after "to" that open nothing settled: "confirmed to the press", "to
# both sides", "confirmed to be important" (a fact, not an agreement).
_NO_VERBS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "both"}
    | {"all", "each", "every", "some", "be", "have", "them", "him", "us", "me"}
)


def _views_exchanged(words: Sequence[str], first: int, stop: int) -> str | None:
    """ "exchanged" when the clause says views were exchanged, with no agent, or None.

    "Views were also exchanged on the situation in the Middle East": the
    principals exchanged them, as in "The two leaders exchanged views".
    """
    if not any(word.startswith("exchanged") for word in words[first:stop]):
        # Most clauses: the clause alone is searched (a sentence of many
        # clauses would be searched whole once for each), its words with
        # what closes them: "Views were exchanged, and ...".
        return None
    cursor = first if words[first] in _VIEWS else _after_opening_phrase(words, first, stop, "views")
    if cursor + 2 >= stop or words[cursor] not in _VIEWS or words[cursor + 1] != "were":
        return None
    cursor += 2
    while cursor < stop and words[cursor] in vocabulary.ADVERBS:
        cursor += 1
    if cursor >= stop or words[cursor].rstrip(".,;") != "exchanged":
        return None
    # Not "exchanged between the directors-general", "with business leaders":
    # others' views.
    closes = words[cursor].endswith((".", ",", ";")) or cursor + 1 == stop
    return "exchanged" if closes or words[cursor + 1] not in _OTHERS_VIEWS else None


# What principals exchange: "Views were exchanged", "Opinions were exchanged".
_VIEWS = frozenset({"Views", "views", "Opinions", "opinions"})

# Who else exchanged the views: "between the directors-general", "among the participants".
_OTHERS_VIEWS = frozenset({"between", "among", "amongst", "with", "by"})


def _after_opening_phrase(words: Sequence[str], first: int, stop: int, subject: str = "it") -> int:
    """Where *subject* stands right after a short opening phrase and its comma: "Finally, it".

    The phrase opens the clause at *first* and says no verb ("At the end of
    the meeting,", "In addition,"); *first* itself otherwise, as in "Secretary
    Tillerson stated that, as for the plan, it was decided ...".
    """
    near = words[first + 1 : min(stop, first + MAX_OPENING_WORDS + 1)]
    if subject not in near:
        # Most clauses: a test in C, no loop.
        return first
    at = first + 1 + near.index(subject)
    phrase = words[first:at]
    if (
        not phrase[-1].endswith(",")
        or any(word.endswith(",") for word in phrase[:-1])
        or "that" in phrase
        or _has_verb(phrase)
    ):
        return first
    return at


# An opening phrase is this many words at most: "At the end of the meeting,".
MAX_OPENING_WORDS = 10


def _could_refer(head: str, cast: Cast) -> bool:
    """Whether a reference to a speaker may start at the word *head*: a cheap test first."""
    if head in _LOWER_STARTS or head in _UPPER_STARTS or head in vocabulary.OFFICE_WORDS:
        return True
    if head.endswith(".") and head[:-1] in _STYLES:
        # "Mr. Ou Boqian reported", "Ms. Kamikawa stated".
        return True
    if not head[:1].isupper():
        return False
    key = _key(head.rstrip(",;:"))
    # A side of several principals ("Japan" at a "2+2") is in its teams only.
    return key in cast.names or key in cast.sides or key in cast.teams


# Capitalised words that may start a reference though no principal is named by them.
_UPPER_STARTS = frozenset({"The", "Both", "He", "She", "They", "Two", "All", "His", "Her", "Each"})


def _after_preposition(words: Sequence[str], first: int, index: int) -> bool:
    """Whether the phrase at *index* is governed by a word before it.

    A preposition ("with President X"), a verb, or a word opening a clause of
    its own ("since Prime Minister Kishida took office"), within
    MAX_SUBJECT_WORDS before the phrase.
    """
    first = max(first, index - MAX_SUBJECT_WORDS)
    while (
        index > first
        and words[index - 1][:1].isupper()
        and not words[index - 1].endswith(",")
        and words[index - 1].lower() not in vocabulary.SUBORDINATORS
    ):
        # "with Ms. Baerbock": the style belongs to the phrase the preposition
        # governs; a capital opening the sentence may be a subordinator ("When").
        index -= 1
    if index == first:
        return False
    previous = words[index - 1]
    if previous.endswith((",", ";", ":")):
        return False
    while previous == "and" and index - 1 > first:
        # "with Mr. A and Mr. B": what governs the first governs the second.
        index -= 1
        while index > first and words[index - 1][:1].isupper():
            index -= 1
        if index == first:
            return False
        previous = words[index - 1]
    lowered = previous.lower()
    return (
        lowered in vocabulary.PREPOSITIONS
        or lowered in vocabulary.SUBORDINATORS
        or _is_verb(previous)
    )


def _reference(
    words: Sequence[str], index: int, stop: int, cast: Cast, last: Pronouns
) -> _Subject | None:
    """A reference to a speaker starting at *index*, and where it ends."""
    word = words[index]
    bare = word.rstrip(",;:").lower()
    if word in _PRONOUNS:
        meant = last.she if bare == "she" else last.he
        unlike = "m" if bare == "she" else "f"
        if not meant and last.other is not None:
            if _style_gender(last.other) != unlike:
                # The last speaker was no principal: the pronoun is that speaker,
                # unless their style says otherwise ("Mr. Ou" is no "She").
                return _Subject((), index + 1, last.other)
            # Then it is the last principal who spoke alone and is known to
            # be of its gender: a principal no style tells may be a man.
            meant = _last_of_gender(last.alone, cast, "f" if unlike == "m" else "m")
        return _Subject(meant, index + 1, None) if meant else None
    if bare == "they":
        return _Subject(tuple(range(cast.size)), index + 1, None)
    if bare == "the" and index + 1 < stop and words[index + 1].rstrip(",") in ("former", "latter"):
        # "The latter stated ...": one of the last two principals named.
        pair = _last_named(words[:index], cast, last.earlier)
        if len(pair) != 2:
            return None
        which = pair[0] if words[index + 1].rstrip(",") == "former" else pair[1]
        return _Subject((which,), index + 2, None)
    if word == "Each":
        return _each(words, index, stop, cast)
    if bare in ("the", "both") or bare in _JOINT_HEADS:
        joint = _joint(words, index, stop, cast)
        if joint is not None:
            return joint
    if bare in ("his", "her") and words[index + 1 : index + 2] not in _ROYAL_STYLE_WORDS:
        # "His Excellency Dr. Al-Khulaifi stated": the style opens no
        # reference, the name after it does; "His Majesty" does.
        return None
    if bare in ("the",) or word[:1].isupper():
        return _named(words, index, stop, cast)
    return None


def _each(words: Sequence[str], index: int, stop: int, cast: Cast) -> _Subject | None:
    """ "Each side explained its position", "Each leader expressed ...": every principal.

    Opening its clause, with a noun of the principals one by one
    (:data:`readout_parser.vocabulary.EACH_NOUNS`); not "Each delegation of
    the G20", a wider group.
    """
    single = words[index + 1].rstrip(",").lower() if index + 1 < stop else ""
    if single not in vocabulary.EACH_NOUNS or words[index + 2 : index + 3] == ["of"]:
        return None
    return _Subject(tuple(range(cast.size)), index + 2, None)


# The second word of a royal style that names its holder alone: "His| Majesty".
_ROYAL_STYLE_WORDS = (["Majesty"], ["Highness"], ["Royal"])


def _joint(words: Sequence[str], index: int, stop: int, cast: Cast) -> _Subject | None:
    """ "The two ministers", "Both sides", "The leaders", "The four Ministers"."""
    cursor = index
    lowered = [w.lower().rstrip(",") for w in words[index : min(stop, index + 5)]]
    if lowered and lowered[0] == "the":
        lowered = lowered[1:]
        cursor += 1
    others = cursor > index and bool(lowered) and lowered[0] == "other"
    if others:
        # "..., to which the other three ministers expressed their support".
        lowered = lowered[1:]
        cursor += 1
    if lowered and lowered[0] in _JOINT_HEADS:
        lowered = lowered[1:]
        cursor += 1
        if not others and lowered and lowered[0] == "other" and words[index] in ("the", "The"):
            # "..., and the two other ministers expressed their support".
            others = True
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
        if others and cast.size < MIN_OTHERS_CAST:
            # "the other leaders" at a meeting of two: others than the two met
            # ("... explained the outcome of the G7 Summit, which the other
            # leaders welcomed").
            return None
        return _Subject(team or _holding(lowered[0], cast), cursor + 1, None, others=others)
    if lowered and lowered[0] in ("delegation", "delegations") and team:
        # "The Japanese delegation": the principals of one side.
        return _Subject(team, cursor + 1, None)
    if team is None and _counts_all(words, index, cursor, stop, cast):
        # "The two also exchanged views", "Both agreed": the head alone.
        return _Subject(tuple(range(cast.size)), cursor, None)
    return None


# "The other ministers" are principals only at a meeting of this many at least:
# at one of two, the one other principal is no plural.
MIN_OTHERS_CAST = 3


def _holding(noun: str, cast: Cast) -> tuple[int, ...]:
    """The principals a joint noun names: all, or those holding the office it names.

    "Both Presidents" at a meeting of two Presidents and a Prime Minister is
    the two Presidents; "the leaders" are everyone, and so are "the
    Ministers" of a "2+2" whose Secretaries of State are ministers too.
    """
    everyone = tuple(range(cast.size))
    holding = _holders(noun, cast)
    return holding if len(holding) > 1 else everyone


def _holders(noun: str, cast: Cast) -> tuple[int, ...]:
    """The principals holding the office *noun* names in the plural: "presidents"."""
    office = _OFFICE_PLURALS.get(noun)
    if office is None:
        return ()
    return tuple(i for i, title in enumerate(cast.titles) if office in title)


# Joint nouns that name an office no other principal is said to share, and
# the word of that office in a title.
_OFFICE_PLURALS = {"presidents": "president", "senators": "senator"}


# How many principals a head counts: "the two", "both".
_HEAD_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _counts_all(words: Sequence[str], index: int, cursor: int, stop: int, cast: Cast) -> bool:
    """Whether a head with no noun ("The two", "Both") names every principal.

    It does when it counts them all and an adverb, a reporting verb, "had"
    or "held" follows it: "The two also exchanged", "Both agreed", "The two
    had a candid discussion"; not "The two aforementioned agreements", "Both
    concerned ministries".
    """
    head = words[cursor - 1].lower() if cursor > index else ""
    if _HEAD_COUNTS.get(head) != cast.size or cursor >= stop:
        return False
    following = words[cursor].rstrip(",;:")
    return (
        following in vocabulary.ADVERBS
        or following in vocabulary.REPORTING_VERBS
        or following in _HELD_VERBS
    )


# Verbs that tell a view or a discussion held, as a head with no noun may
# open with them: "The two had a candid discussion", "Both held the view".
_HELD_VERBS = frozenset({"had", "held"})


def _named(
    words: Sequence[str], index: int, stop: int, cast: Cast, *, join: bool = True
) -> _Subject | None:
    """A principal by name, office or side, or another speaker by office and name.

    With *join*, and the principal joined to it by "and" or "together with"
    (see :func:`_with_partner`); a partner is read without, so a chain of
    them is read no further than one.
    """
    phrase, cursor = _phrase(words, index, stop)
    if not phrase:
        return None
    if phrase[-1].endswith(("’s", "'s")):
        if "of" not in phrase[:-1]:
            # "Prime Minister Abe’s explanation": a possessive, not a subject.
            return _Subject((), cursor, None)
        phrase, cursor = _before_possessive(phrase, cursor)
    listed = _list_subject(words, phrase, cursor, stop, cast)
    if listed is not None:
        # "Prime Minister Kishida and President Biden, together with President Yoon, ...".
        return _with_partner(words, listed, stop, cast) if join and listed.speakers else listed
    comma = next((i for i, word in enumerate(phrase[:-1]) if word.endswith(",")), None)
    if comma is not None:
        # No list of principals: "Mr. Wang, State Councilor and Foreign
        # Minister, stated" is Mr. Wang and an aside.
        cursor -= len(phrase) - comma - 1
        phrase = phrase[: comma + 1]
    clean = [_word_key(w) for w in phrase]
    found = [cast.names[w] for w in clean if w in cast.names]
    if len(set(found)) == 1 and _another_of_the_name(phrase, clean, cast):
        # "Former President Lee Myung-bak" beside President Lee Jae-myung.
        return _Subject((), cursor, " ".join(phrase).rstrip(",;:"))
    if found:
        subject = _Subject(tuple(dict.fromkeys(found)), cursor, None)
        return _with_partner(words, subject, stop, cast) if join else subject
    joined = _one_spelling(" ".join(clean))
    if cursor < stop and words[cursor].lower().rstrip(",") == "side":
        team = _side_team(clean[-1], cast)
        if team:
            return _Subject(team, cursor + 1, None, side=True)
    holder = _office_holder(joined, cast)
    if holder is None:
        holder = _title_holder(joined, cast)
    if holder is not None:
        # "The Prime Minister and Senator Hagerty exchanged views".
        subject = _Subject((holder,), cursor, None)
        return _with_partner(words, subject, stop, cast) if join else subject
    team = _side_named(joined, clean, cast, the=words[index] in ("the", "The"))
    if team:
        side = _Subject(team, cursor, None, side=True)
        return _with_partner(words, side, stop, cast)._replace(side=True) if join else side
    side_holder = _office_of_side(clean, cast)
    if side_holder is not None:
        # "The Prime Minister of the Netherlands and the Prime Minister of Japan".
        subject = _Subject((side_holder,), cursor, None)
        return _with_partner(words, subject, stop, cast) if join else subject
    return _no_principal(phrase, cursor)


def _no_principal(phrase: Sequence[str], cursor: int) -> _Subject:
    """The subject a *phrase* naming no principal is, ending at *cursor*."""
    offices = [w.rstrip(",") in vocabulary.OFFICE_WORDS for w in phrase]
    if len(phrase) >= 2 and (
        (any(offices[:-1]) and not all(offices)) or phrase[0].rstrip(".") in _STYLES
    ):
        # "Prime Minister Albanese", "the Prime Minister of Australia", "Mr.
        # Ou Boqian": another speaker.
        return _Subject((), cursor, " ".join(phrase).rstrip(",;:"))
    if phrase and all(offices) and _HEAD_WORDS.intersection(w.lower() for w in phrase):
        # "The Minister", "The Foreign Minister" where two principals are
        # ministers: someone speaks, whom the words do not tell apart.
        return _Subject((), cursor, None, unresolved=True)
    # A phrase that names no one ("the Japan-U.S. Alliance"): read past it whole.
    return _Subject((), cursor, None)


def _another_of_the_name(phrase: Sequence[str], clean: Sequence[str], cast: Cast) -> bool:
    """Whether a phrase with a word of one principal's name names someone else of that name.

    "Former President Lee Myung-bak" and "President Park" beside Minister
    Park Jin, "Minister of Commerce Wang Wentao" and "Vice Minister Wang"
    beside Minister Wang Yi: a name word of no principal written next to
    the name, or before it a head of state's or government's office, a
    deputy's rank or "former" that the principal's office and style do not
    hold. (*clean* holds the phrase's words as compared.)
    """
    at = next(index for index, key in enumerate(clean) if key in cast.names)
    holder = cast.names[clean[at]]
    if cast.named_in_full[holder]:
        # Only a lead that wrote the principal's given name can tell another
        # person's from it: "President Barack Obama" is the President Obama
        # of a lead that names him so.
        for near in (at - 1, at + 1):
            if 0 <= near < len(phrase) and _name_of_no_principal(
                phrase[near], clean[near], cast, before=near < at
            ):
                return True
    held = {part for word in cast.titles[holder] for part in word.split("-")}
    written = {part for key in clean[:at] for part in key.split("-")}
    return bool(held) and any(
        not written.isdisjoint(words) and held.isdisjoint(words | others)
        for words, others in _DISTINCT_OFFICES
    )


def _name_of_no_principal(word: str, key: str, cast: Cast, *, before: bool) -> bool:
    """Whether *word*, *before* the family name or after it, is a name's word of no principal.

    Not an office's word, a style, an initial, a country or its people
    before the name ("of the ROK Park Jin", "Prime Minister of India
    Modi"), nor a word of a principal's name however hyphened ("Yoon
    Suk-yeol" for "Yoon Suk Yeol").
    """
    bare = word.rstrip(",;:.")
    return (
        word[:1].isupper()
        and len(key) > 1
        and key.replace("-", "").replace("'", "").isalpha()
        and not (bare.isupper() and len(bare) <= MAX_ACRONYM)
        and not cast.every_name.issuperset(key.split("-"))
        and bare not in vocabulary.OFFICE_WORDS
        and bare not in vocabulary.PERSONAL_STYLES
        and bare not in _STYLE_WORDS
        and word not in vocabulary.GENERATIONAL
        and key not in vocabulary.DEMONYMS
        and key not in _COUNTRY_OF
        and not (before and (key in cast.sides or bare in vocabulary.PLACE_WORDS))
    )


# An acronym is this many capitals at most: "ROK", "PRC", "UAE", "DPRK".
MAX_ACRONYM = 4


# The words of every style: "Sheikh", "Datuk", "Haji", "Highness".
_STYLE_WORDS = frozenset(
    word.rstrip(".") for style in vocabulary.HONORIFICS for word in style.split()
)

# Offices that tell one person from another of the same name, each with
# those a holder may be called by too: "President Park" is not Minister
# Park Jin (but "Prime Minister Meloni" is the President of the Council of
# Ministers), "Vice Minister Wang" is not Minister Wang Yi, "former Prime
# Minister Abe" is not State Minister Abe.
_DISTINCT_OFFICES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset({"president", "prime", "premier", "chancellor"}),
        frozenset({"king", "queen", "emir", "amir", "sultan", "crown", "chairman", "taoiseach"}),
    ),
    (frozenset({"vice", "deputy"}), frozenset()),
    (frozenset({"former", "late"}), frozenset()),
)


def _office_holder(joined: str, cast: Cast) -> int | None:
    """The principal holding the office a phrase (in lower case) names, or None.

    "the secretary", "the prime minister of japan", "the secretary for ...";
    not "minister wang yi", a name after the office, which is someone else's,
    nor an office qualified by another principal's side, nor a lesser one of
    its name ("the deputy prime minister" is not "prime minister").
    """
    if _name_after_office(joined):
        # "minister for foreign affairs hayashi yoshimasa": someone else.
        return None
    for office, holder in cast.offices.items():
        qualified = joined.startswith((office + " of ", office + " for ")) and (
            office not in _RANKS_BEFORE_NAMES
        )
        before = joined[: -len(office)]
        # "the first vice-minister" is the ranked one (see _title_holder).
        ends = (
            joined.endswith(" " + office)
            and not _lesser(before)
            and not before.endswith((*_GREATER, *_RANKS))
        )
        if (joined == office or ends or qualified) and not _of_another_side(
            joined, office, holder, cast
        ):
            return holder
    return None


# The words a person's office is headed by, lower case: "secretary", "prince".
_HEAD_WORDS = frozenset(word.lower() for word in vocabulary.OFFICE_HEADS)


def _title_holder(joined: str, cast: Cast) -> int | None:
    """The one principal whose office as written holds the office a phrase names, or None.

    "the deputy crown prince" is "Deputy Crown Prince, Second Deputy Prime
    Minister and Minister of Defense ...", "the secretary of defense" is the
    Secretary of Defense beside a Secretary of State: offices of more than
    one word that :data:`_OFFICES` does not list, with a word that heads a
    person's office; not within a lesser one ("the secretary of state" is no "Deputy
    Secretary of State").
    """
    office = joined.removeprefix("the ")
    if " " not in office or _HEAD_WORDS.isdisjoint(office.split()):
        # One word, or no word of a person's office: "the security council".
        return None
    holders = [
        holder
        for holder, written in enumerate(cast.offices_written)
        if (at := written.find(f" {office} ")) >= 0 and not _lesser(written[: at + 1])
    ]
    if len(holders) > 1:
        # "the deputy minister" beside a "First Deputy Minister": the unranked one.
        holders = [
            holder
            for holder in holders
            if not cast.offices_written[holder][
                : cast.offices_written[holder].find(f" {office} ") + 1
            ].endswith(_RANKS)
        ] or holders
    return holders[0] if len(holders) == 1 else None


def _name_after_office(joined: str) -> bool:
    """Whether a phrase (in lower case) names someone right after an office's word.

    >>> _name_after_office("minister for foreign affairs hayashi yoshimasa")
    True
    >>> _name_after_office("prime minister of japan"), _name_after_office("federal chancellor")
    (False, False)
    """
    said = joined.split()
    return any(
        before in vocabulary.LOWER_OFFICE_WORDS
        and word not in vocabulary.LOWER_OFFICE_WORDS
        and word not in vocabulary.OFFICE_JOINERS
        and word.capitalize() not in vocabulary.PORTFOLIO_WORDS
        for before, word in itertools.pairwise(said)
    )


def _list_subject(
    words: Sequence[str], phrase: Sequence[str], cursor: int, stop: int, cast: Cast
) -> _Subject | None:
    """The principals a list joined by "and" names as a subject ending at *cursor*, if any.

    "Japan and South Africa", "The Prime Minister and Senator Hagerty"; past
    a comma, a list of two principals at least; before "sides", a side each
    ("The U.S. and ROK sides").
    """
    if "and" not in phrase:
        return None
    if cursor < stop and words[cursor].rstrip(",") == "sides":
        sides = _sides_listed([_word_key(word) for word in phrase], cast)
        if sides:
            return _Subject(sides, cursor + 1, None, side=True)
    listed = _listed(phrase, cast)
    comma = any(word.endswith(",") for word in phrase[:-1])
    if listed and (not comma or len(listed) > 1):
        return _Subject(listed, cursor, None, side=_names_no_one(phrase, cast))
    return None


def _sides_listed(clean: Sequence[str], cast: Cast) -> tuple[int, ...]:
    """The principals of the sides a list before "sides" names, or () when a part is no side.

    "u.s. and rok" in "The U.S. and ROK sides"; "ukrainian, polish and japanese".
    """
    found: list[int] = []
    for word in clean:
        if word == "and":
            continue
        team = _side_team(word, cast)
        if not team and not _names_a_side(word):
            return ()
        # A side no principal serves ("Chinese") speaks, but names no one.
        found.extend(team)
    return tuple(dict.fromkeys(found))


def _before_possessive(phrase: list[str], cursor: int) -> tuple[list[str], int]:
    """The person named before "of" in a phrase whose possessive is a country's.

    "Foreign Minister Wang Yi of China's position": "Foreign Minister Wang Yi".
    """
    cut = len(phrase) - 1 - phrase[::-1].index("of")
    return phrase[:cut], cursor - (len(phrase) - cut)


def _names_no_one(phrase: Sequence[str], cast: Cast) -> bool:
    """Whether no word of *phrase* is a principal's name: a list of sides or offices."""
    return all(_word_key(word) not in cast.names for word in phrase)


# Personal styles that open another speaker's name: "Mr. Ou Boqian reported".
_STYLES = vocabulary.PERSONAL_STYLES - {"H.E"}


def _phrase(words: Sequence[str], index: int, stop: int) -> tuple[list[str], int]:
    """The capitalised phrase at *index*, after any "the", and where it ends.

    "Prime Minister Abe", "Secretary of State Pompeo", "Ursula von der
    Leyen": joined by "of", "for", "and" or a name's particle before a
    capital; a comma, colon or possessive ends it, but for a comma inside a
    list of names ("Minister Payne, Minister Jaishankar and ...").
    """
    cursor = index
    if cursor < stop and words[cursor] in ("the", "The"):
        cursor += 1
    phrase: list[str] = []
    listing = False
    while cursor < stop and len(phrase) < MAX_PHRASE_WORDS:
        word = words[cursor]
        if not _capital(word) and not (
            phrase
            and (
                _joins_phrase(words, cursor, stop, index)
                or (
                    _side_in_list(words, cursor, stop)
                    and (listing or _list_goes_on(words, cursor + 1, stop))
                )
            )
        ):
            break
        phrase.append(word)
        cursor += 1
        if word == "and":
            listing = True
        if word.endswith(",") and _list_goes_on(words, cursor, stop):
            # "Minister Payne, Minister Jaishankar and Secretary Pompeo".
            listing = True
            continue
        if word.endswith((",", ";", ":", "’s", "'s")):
            break
    return phrase, cursor


# A subject phrase is this many words long at most: "Minister Payne,
# Minister Jaishankar, the Indian side and the U.S. side" is eleven,
# "President Joseph R. Biden of the United States and President Yoon Suk
# Yeol of the Republic of Korea" seventeen.
MAX_PHRASE_WORDS = 24


def _side_in_list(words: Sequence[str], cursor: int, stop: int) -> bool:
    """Whether the word in lower case at *cursor* is of a side named in a list of subjects.

    "the" opening one ("Minister Payne, the Indian side and ...") and "side"
    closing one ("... the Indian side and the U.S. side expressed").
    """
    word = words[cursor]
    if word == "the":
        return (
            words[cursor - 1].endswith(",")
            and cursor + 1 < stop
            and words[cursor + 1][:1].isupper()
        )
    return word.rstrip(",") == "side" and words[cursor - 1][:1].isupper()


def _joins_phrase(words: Sequence[str], cursor: int, stop: int, start: int) -> bool:
    """Whether the word in lower case at *cursor* joins the phrase from *start* to a capital.

    "of", "for", "and" and a name's particles do ("von der Leyen"), and
    "the" after "and" at the end of a list ("Japan, India and the United
    States") or after "of" or "for" ("the Prime Minister of the Netherlands").
    """
    word = words[cursor]
    after = cursor + 1
    if word in vocabulary.NAME_PARTICLES:
        # Particles run on to the name: "von der Leyen", "de la Fuente".
        while after < stop and words[after] in vocabulary.NAME_PARTICLES:
            after += 1
    elif word == "and":
        if after < stop and words[after] == "the" and _list_goes_on(words, start, stop):
            after += 1
        elif _counted_after(words, after, stop):
            # "The Prime Minister and the two Senators".
            after += 2
    elif word == "the":
        if words[cursor - 1] not in ("and", "of", "for"):
            return False
        if words[cursor - 1] == "and" and _counted_after(words, cursor, stop):
            after += 1
    elif word in _HEAD_COUNTS:
        # "... and the two| Senators".
        if words[cursor - 1] != "the":
            return False
    elif word in ("of", "for"):
        if after < stop and words[after] == "the":
            # "The Prime Minister of the Netherlands".
            after += 1
    else:
        return False
    return after < stop and words[after][:1].isupper()


def _counted_after(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether "the", a count and an office in the plural stand at *index*: "the two Senators"."""
    return (
        index + 2 < stop
        and words[index] == "the"
        and words[index + 1] in _HEAD_COUNTS
        and words[index + 2].lower().rstrip(",") in _OFFICE_PLURALS
    )


# A list of names is this many words long at most after its first comma.
MAX_LIST_WORDS = 12


def _list_goes_on(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether capitalised words from *index* go on a list that "and" and a capital close."""
    for cursor in range(index, min(stop, index + MAX_LIST_WORDS)):
        word = words[cursor]
        if word == "and":
            # "A, B and C", "A, B, and C" with its last comma, "..., India and
            # the United States".
            after = cursor + 2 if words[cursor + 1 : cursor + 2] == ["the"] else cursor + 1
            return after < stop and words[after][:1].isupper()
        if not word[:1].isupper() and word not in _LIST_WORDS:
            return False
    return False


# Words in lower case a list of subjects holds besides the particles of
# names: a side's article, the word "side" and "of" in a country's formal name
# ("Minister Payne, the Indian side and ...", "Japan, the Republic of Korea and ...").
_LIST_WORDS = vocabulary.NAME_PARTICLES | {"the", "side", "side,", "of"}


def _side_named(joined: str, clean: Sequence[str], cast: Cast, *, the: bool) -> tuple[int, ...]:
    """The principals of the side a subject names by its country, or ().

    "Japan and the United States confirmed": each side its principal; "The
    EU proposed" at a summit with the Presidents of the European Council and
    Commission: the side's principals together; "The Republic of Korea
    expressed ...": a side by its formal name.
    """
    country = _country(joined, the=the)
    if country is None:
        return _formal_side(clean, cast)
    if country in cast.sides:
        return (cast.sides[country],)
    return cast.teams.get(country, ())


def _country(joined: str, *, the: bool) -> str | None:
    """The side word to look up for a subject that may name a country, or None.

    Without "the", the subject as it stands ("japan", "south africa"), which
    names a side only if a principal's office names that country; with
    "the", only a country the site writes so ("the United States", "the
    UK"): "the Japanese" or "the Japan-U.S. Alliance" is none.
    """
    if the:
        return vocabulary.COUNTRIES_WITH_THE.get(joined)
    return joined


def _listed(phrase: Sequence[str], cast: Cast) -> tuple[int, ...]:
    """The principals a list joined by "and" names, each part by name, office or side, or ().

    "Japan and South Africa", "Prime Minister and Senator Hagerty",
    "Minister Payne, Minister Jaishankar and Secretary Pompeo": every part
    must name a principal.
    """
    if "and" not in phrase:
        return ()
    found: list[int] = []
    part: list[str] = []
    for word in (*phrase, "and"):
        if word != "and":
            part.append(_word_key(word))
            if not word.endswith(","):
                continue
        elif not part:
            # ", and": the comma closed the part.
            continue
        named = _part_names(part, cast)
        if not named and not _another_party(part):
            return ()
        found.extend(named)
        part = []
    return tuple(dict.fromkeys(found))


def _another_party(part: Sequence[str]) -> bool:
    """Whether a part of a list names a party that is no principal, with its article.

    "the chinese side" (a side no principal serves), "the president of the
    chamber": the principals the list names beside it speak all the same.
    """
    return len(part) > 1 and part[0] == "the"


def _part_names(part: Sequence[str], cast: Cast) -> tuple[int, ...]:
    """The principals one part of a list names: "senator hagerty", "prime minister", "japan".

    One principal, but for a side written so, which names its team: "the
    Indian side", "the EU side".
    """
    named = {cast.names[word] for word in part if word in cast.names}
    if len(named) == 1:
        return (named.pop(),)
    # "and the United States": a side with its article.
    if part[:1] == ["the"]:
        part = part[1:]
    if len(part) == 2 and part[0] in _HEAD_COUNTS and part[1] in _OFFICE_PLURALS:
        # "the two senators": the principals holding that office, as many as counted.
        holding = _holders(part[1], cast)
        return holding if len(holding) == _HEAD_COUNTS[part[0]] else ()
    if len(part) == 2 and part[1] == "side":
        return _side_team(part[0], cast)
    joined = " ".join(part)
    held = cast.offices.get(joined, cast.sides.get(joined))
    if held is None:
        # An office named with its side, as one principal's title holds it
        # ("the President of the Republic of Korea") or as the side picks it
        # out ("the Australian Foreign Minister").
        held = _title_holder(joined, cast)
    if held is None:
        held = _office_of_side(part, cast)
    if held is None:
        # "Japan and the United States confirmed" at a "2+2": each side's
        # team; "the Republic of Korea": a side by its formal name.
        return cast.teams.get(joined, ()) or _formal_side(part, cast)
    return (held,)


def _formal_side(part: Sequence[str], cast: Cast) -> tuple[int, ...]:
    """The principals of the one side a country's formal name names, or ().

    "the republic of korea", "the russian federation": a side's word and the
    words of a formal name (:data:`readout_parser.vocabulary.LOWER_PLACE_WORDS`).
    """
    sides = [word for word in part if word in cast.teams]
    rest = [word for word in part if word not in cast.teams and word not in ("of", "the")]
    teams = {cast.teams[word] for word in sides}
    if len(teams) != 1 or not rest or not all(w in vocabulary.LOWER_PLACE_WORDS for w in rest):
        return ()
    return teams.pop()


def _side_team(word: str, cast: Cast) -> tuple[int, ...]:
    """The principals of the side *word* names before "side": "Chinese" in "the Chinese side".

    A side no office names is the one counterpart whose office names no
    side: Mr. Wang Yi, "State Councilor and Foreign Minister", is "the
    Chinese side" at a meeting of Japan and China.
    """
    team = cast.teams.get(word)
    if team is not None:
        return team
    if cast.unsided and _names_a_side(word) and word not in ("japan", "japanese"):
        return cast.unsided
    return ()


def _of_another_side(joined: str, office: str, holder: int, cast: Cast) -> bool:
    """Whether *joined* qualifies *office* with a side its *holder* is not of.

    "the Prime Minister of Australia", "the Australian Prime Minister" at a
    meeting of Japan's Prime Minister: another country's office.
    """
    before, _, after = joined.partition(office)
    qualifiers = before.split()
    if after.startswith(" of "):
        qualifiers.extend(w for w in after[len(" of ") :].split() if w != "the")
    return any(holder not in cast.teams.get(word, ()) for word in qualifiers if _names_a_side(word))


def _names_a_side(word: str) -> bool:
    """Whether *word* names a country or its people: "australia", "australian", "dutch".

    Told by the endings of country names and adjectives, less the common
    words that end so ("human", "ocean", "media").
    """
    return (
        word in vocabulary.DEMONYMS
        or word in _LEADING_SIDES
        or (
            word.endswith(("an", "ese", "ish", "ia", "land", "stan"))
            and word not in vocabulary.NOT_SIDE_WORDS
        )
    )


def _office_of_side(clean: Sequence[str], cast: Cast) -> int | None:
    """The one principal of a side holding the office *clean* names with that side, or None.

    "the Prime Minister of India", "the Indian Prime Minister", "the
    Foreign Minister of Mongolia": the side picks the principal out, and the
    office's words must all be in that principal's title, so "the Japanese
    Ambassador" is not Japan's Prime Minister.
    """
    sides = [word for word in clean if word in cast.teams]
    # One side, though its name may be of two words: "of Viet Nam".
    teams = {cast.teams[word] for word in sides}
    if len(teams) != 1 or len(cast.teams[sides[0]]) != 1:
        return None
    office = [word for word in clean if word not in sides and word not in ("of", "the", "for")]
    if not office or not all(word.title() in vocabulary.OFFICE_WORDS for word in office):
        return None
    holder = cast.teams[sides[0]][0]
    title = cast.titles[holder]
    return (
        holder if all(word in title or _foreign_minister(word, title) for word in office) else None
    )


def _foreign_minister(word: str, title: frozenset[str]) -> bool:
    """Whether *word*, "foreign" of "Foreign Minister", is said by the title's "... Affairs".

    India's "Minister of External Affairs" is "the Indian Foreign Minister".
    """
    return word == "foreign" and "affairs" in title


def _with_partner(words: Sequence[str], subject: _Subject, stop: int, cast: Cast) -> _Subject:
    """A subject joined to another principal: "Minister Kishida and Secretary Kerry".

    Or one the subject acts together with, in an aside: "Prime Minister
    Kishida, together with President Biden, welcomed ...".
    """
    cursor = subject.end
    if cursor + 1 >= stop:
        return subject
    if words[cursor] == "and" and not words[cursor - 1].endswith(","):
        counterpart = _counterpart(words, cursor + 1, stop, subject, cast)
        if counterpart is not None:
            return counterpart
        after = cursor + 1
    elif _together_with(words, cursor) and words[cursor - 1].endswith(","):
        after = cursor + 2
    else:
        return subject
    partner = _named(words, after, stop, cast, join=False)
    if partner is None or not partner.speakers:
        return subject
    joined = tuple(dict.fromkeys((*subject.speakers, *partner.speakers)))
    if after == cursor + 1:
        return _Subject(joined, partner.end, None)
    # An aside ends where the subject did: its verb is found past the comma closing it.
    added = tuple(index for index in partner.speakers if index not in subject.speakers)
    return _Subject(joined, cursor, None, partners=added)


def _together_with(words: Sequence[str], index: int) -> bool:
    """Whether "together with" or "along with" stands at *index*."""
    following = words[index + 1 : index + 2]
    return words[index].lower() in ("together", "along") and tuple(following) == ("with",)


def _counterpart(
    words: Sequence[str], index: int, stop: int, subject: _Subject, cast: Cast
) -> _Subject | None:
    """ "Minister Iwaya and his counterpart": the subject and the other principal, or None.

    Only at a meeting of two, where the counterpart is the one the subject is not.
    """
    if (
        cast.size != 2
        or len(subject.speakers) != 1
        or index + 1 >= stop
        or words[index] not in ("his", "her")
        or words[index + 1].rstrip(",") != "counterpart"
    ):
        return None
    other = 1 - subject.speakers[0]
    return _Subject(tuple(sorted((subject.speakers[0], other))), index + 2, None)


class _Asides:
    """Where the asides between commas of one clause close, found once for all its subjects.

    "Mr. Tran, Minister of Industry and Trade,| also explained": an aside may
    hold commas of its own, and closes at the first comma a verb follows.
    Each subject of the clause asks from a later word than the one before,
    so the clause is scanned once, not once for each subject (a clause of
    many names and commas would take time growing with its square).

    >>> words = "Mr. A, the Chair, said B, Mr. C, the Host, noted".split()
    >>> asides = _Asides(words, len(words))
    >>> asides.close_from(2), asides.close_from(3), asides.close_from(6)
    (3, 3, 9)
    >>> asides.close_from(10) is None
    True
    """

    __slots__ = ("_found", "_from", "stop", "words")

    def __init__(self, words: Sequence[str], stop: int) -> None:
        self.words = words
        self.stop = stop
        # The last scan: from where, and the close it found (None: none up to stop).
        self._from = stop + 1
        self._found: int | None = None

    def close_from(self, cursor: int) -> int | None:
        """The first word from *cursor* on that ends on a comma a verb follows, or None."""
        if self._from <= cursor and (self._found is None or cursor <= self._found):
            return self._found
        words, stop = self.words, self.stop
        found = next(
            (
                i
                for i in range(cursor, stop)
                if words[i].endswith((",", ",”", ',"'))
                and (after := _past_adverbs(words, i + 1, stop)) < stop
                and _is_verb(words[after].rstrip(",;:."))
            ),
            None,
        )
        self._from, self._found = cursor, found
        return found


def _verb_after(
    words: Sequence[str], subject: _Subject, stop: int, cast: Cast, asides: _Asides
) -> tuple[tuple[int, ...], str | None]:
    """The speakers and the verb of the clause whose subject ends at ``subject.end``.

    Skips an aside ("Prime Minister Abe, welcoming the visit, stated") and
    adverbs; a passive ("was briefed ... by Secretary Pompeo") gives its agent.
    """
    cursor = _after_modifier(words, subject.end, stop)
    if cursor < stop and words[cursor - 1].endswith(","):
        # An aside between commas, which may hold commas of its own: the main
        # verb is the first verb right after one of them.
        # "Mr. Tran, Minister of Industry and Trade, also explained".
        close = asides.close_from(cursor)
        if close is None:
            return (), None
        cursor = close + 1
    cursor = _past_adverbs(words, cursor, stop)
    if cursor >= stop:
        return (), None
    word = words[cursor].rstrip(",;:.")
    end = _after_auxiliary(words, cursor, stop) if word in _AUXILIARIES else None
    if end is not None:
        # "did not accept", "could not accept", "has requested", "had stated":
        # the position is the verb after the auxiliary, its negation kept.
        return subject.speakers, " ".join(words[cursor:end]).rstrip(",;:.")
    if word in ("was", "were") and cursor + 1 < stop:
        # "was briefed by", "was also informed by".
        return _agent(words, _past_adverbs(words, cursor + 1, stop), stop, cast)
    if not _is_verb(word):
        # "Both countries will play ...", "President Sall is visiting ...": no
        # view is reported.
        return (), None
    if (
        word in vocabulary.EVENT_VERBS
        or (word in _HOLDING_VERBS and _holds_event(words, cursor + 1, stop))
        or (word == "called" and _calls_on(words, cursor + 1, stop))
        or (word == "took" and _takes_part(words, cursor + 1, stop))
        or (word in _CAREER_VERBS and _career_event(word, words, cursor + 1, stop))
    ):
        # "The two leaders attended a dinner", "The leaders held a meeting":
        # what they did, not a view; but "... attended the session and
        # expressed Japan's position" reports one.
        reported = _reported_after(words, cursor + 1, stop)
        # What partners did together is not what the subject went on to say.
        alone = tuple(index for index in subject.speakers if index not in subject.partners)
        return (alone, reported) if reported is not None else ((), None)
    return subject.speakers, word


def _after_auxiliary(words: Sequence[str], index: int, stop: int) -> int | None:
    """Past the verb an auxiliary at *index* goes with, or None where it reports no view.

    "has requested", "had stated" (a participle of report); "did not
    accept", "could not agree", "cannot accept" (a verb a negation makes a
    position); not "did not attend" (an event), "would like to" or "has
    been": what a principal will do or is, not what they held.
    """
    auxiliary = words[index]
    cursor = _past_adverbs(words, index + 1, stop)
    negated = auxiliary in _NEGATIVE_AUXILIARIES
    if cursor < stop and words[cursor] == "not":
        negated = True
        cursor = _past_adverbs(words, cursor + 1, stop)
    but = _past_but(words, cursor, stop) if negated else cursor
    if but >= stop:
        return None
    verb = words[but].rstrip(",;:.")
    if but > cursor:
        # "could not but express", "could not help but note": a verb of report only.
        return but + 1 if _past_of(verb) in vocabulary.REPORTING_VERBS else None
    if auxiliary in _PERFECT_AUXILIARIES and not negated:
        # Only a verb of report: "the relationship which the two countries
        # have enjoyed" tells no view.
        reports = verb in vocabulary.REPORTING_VERBS
    else:
        reports = negated and verb.isalpha() and verb.islower() and verb not in _NOT_REPORTED_BASES
    if not reports or verb in _EVENT_BASES or _past_of(verb) in vocabulary.EVENT_VERBS:
        return None
    return cursor + 1


def _past_but(words: Sequence[str], index: int, stop: int) -> int:
    """Past "but" or "help but" at *index*, after a negation: "could not (help) but"."""
    if index < stop and words[index] == "but":
        return index + 1
    if index + 1 < stop and words[index] == "help" and words[index + 1] == "but":
        return index + 2
    return index


def _told_in_the_past(phrase: str) -> bool:
    """Whether *phrase* is an auxiliary of the past and its verb: "did not agree", "had stated".

    Such a phrase reports a view as a verb of report does; "would not
    accept" or "will continue" says what a side will do, which reports no one.
    """
    auxiliary, space, _ = phrase.partition(" ")
    return bool(space) and auxiliary in _PAST_AUXILIARIES


def _past_of(verb: str) -> str:
    """The past of a verb's base form as the event verbs write it: "attend" is "attended"."""
    return verb + ("d" if verb.endswith("e") else "ed")


# Auxiliaries a verb of report may follow: "did not accept", "has requested".
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
_NEGATIVE_AUXILIARIES = frozenset({"cannot", "can't", "couldn't", "didn't", "wouldn't"})
_PAST_AUXILIARIES = frozenset({"did", "didn't", "could", "couldn't", "has", "have", "had"})
_AUXILIARIES = (
    _PERFECT_AUXILIARIES
    | _NEGATIVE_AUXILIARIES
    | frozenset({"did", "does", "do", "could", "would", "can", "will", "should", "must"})
)
# What follows a negated auxiliary without reporting a view: "did not
# have", "would not like".
_NOT_REPORTED_BASES = frozenset({"be", "have", "like", "go", "come", "take", "make", "hold"})
# Events in the form an auxiliary takes, where their past is irregular or
# not among the event verbs: "did not meet", "could not join", "did not travel".
_EVENT_BASES = frozenset(
    {"meet", "join", "stay", "travel", "arrive", "leave", "receive", "sit", "lead", "see"}
)


def _past_adverbs(words: Sequence[str], index: int, stop: int) -> int:
    """Past the adverbs from *index* on: "also", "then", "strongly"."""
    while index < stop and (
        words[index].lower().rstrip(",") in vocabulary.ADVERBS or words[index].endswith("ly")
    ):
        index += 1
    return index


def _calls_on(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether "called" before *index* is a visit: "called on President Marcos".

    Not a request: "called on Minister Moreno ... to attend the conference".
    """
    return index < stop and words[index] == "on" and "to" not in words[index + 1 : stop]


def _takes_part(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether "took" before *index* is an event: "took office", "took part in".

    Not a topic raised: "took up the abduction issue".
    """
    return index < stop and words[index].rstrip(",;:.") in _TAKEN_EVENTS


# What is taken as an event: "took office as ...", "took part in ...".
_TAKEN_EVENTS = frozenset({"office", "part"})


def _career_event(verb: str, words: Sequence[str], index: int, stop: int) -> bool:
    """Whether *verb* before *index* tells a step of a career or a journey, not a view.

    "assumed office", "assumed the presidency" (not "assumed that ...", "assumed the talks ..."),
    "became Prime Minister", "became the first ..." (not "became convinced
    ..."), "arrived in Tokyo", "arrived at Haneda" (not "arrived at a common
    understanding ...").
    """
    if index >= stop:
        # "Minister Lavrov arrived.": nothing said.
        return verb == "arrived"
    following = words[index].rstrip(",;:.")
    if verb == "assumed":
        if following in ("the", "his", "her") and index + 1 < stop:
            following = words[index + 1].rstrip(",;:.")
        return following in _ASSUMED_POSTS
    if verb == "became":
        return following in ("a", "an", "the") or following[:1].isupper()
    if following == "at":
        return _VIEW_NOUNS.isdisjoint(word.rstrip(",;:.") for word in words[index + 1 : index + 4])
    return following in ("in", "on")


# Verbs of a career or a journey, events or views by what follows them.
_CAREER_VERBS = frozenset({"assumed", "became", "arrived"})

# What one arrives at as a view: "arrived at a common understanding", "...
# a shared recognition".
_VIEW_NOUNS = frozenset(
    {"understanding", "view", "views", "agreement", "consensus", "conclusion", "recognition"}
)

# What one assumes as a step of a career: "assumed office", "assumed the presidency".
_ASSUMED_POSTS = frozenset(
    {"office", "post", "presidency", "chairmanship", "chair", "premiership", "duties", "role"}
)


# Verbs whose object tells whether they report a view or an event: "held a
# meeting", "had a working lunch", "hosted a dinner", "paid a courtesy call
# on", "made a visit to"; but "held the view that ...".
_HOLDING_VERBS = frozenset({"held", "had", "hosted", "paid", "made"})


def _holds_event(words: Sequence[str], index: int, stop: int) -> bool:
    """Whether a meeting, meal or ceremony is what is held, in the object of the verb.

    "held a meeting", "had a working lunch", "held a joint press conference",
    "held the second Japan-Philippines "2+2" following the meeting"; not
    "had a discussion on pressing issues" nor "held the view that ...". The
    object runs to a word that ends it ("that", "on", "with", a comma) or
    for some words at most.
    """
    window: list[str] = []
    for word in words[index : min(stop, index + MAX_EVENT_GAP)]:
        bare = word.lower().strip(_QUOTES).rstrip(",.;:").strip(_QUOTES)
        if bare in _OBJECT_ENDS:
            break
        window.append(bare)
        if word[-1:] in ",;:":
            # "held a meeting, and ...". (Not a stop, which may close an
            # abbreviation inside the object: "the Japan-U.S. Summit".)
            break
    return any(
        word in _HELD_EVENTS or word.removesuffix("s") in _HELD_EVENTS for word in window
    ) or any(
        first == "press" and second in _PRESS_EVENTS for first, second in itertools.pairwise(window)
    )


# What principals hold that tells no view: a meeting, a meal, a ceremony (not
# an exchange of views or a discussion, which report one).
_HELD_EVENTS = frozenset((*vocabulary.MEETING_NOUNS, *vocabulary.MEETING_EVENTS)) - {
    "exchange",
    "discussion",
    "discussions",
}

# What "press" names as an event before it: "a joint press conference".
_PRESS_EVENTS = frozenset({"conference", "announcement", "briefing", "occasion"})

# How far after "held" or "had" the event it names may stand: "held the
# second Japan-Philippines Foreign and Defense Ministerial Meeting".
MAX_EVENT_GAP = 10

# Words that end the object of "held" or "had", whose head is the event
# held: "held the view| that ...", "had a discussion| about the summit",
# "held talks| with ...". Not "of", which goes on a name: "held a
# Japan-Republic of Korea Foreign Ministers' Meeting".
_OBJECT_ENDS = (vocabulary.PREPOSITIONS - {"of"}) | {
    "that",
    "following",
    "concerning",
    "ahead",
    "as",
}

# The quotation marks around a name: '"2+2"'.
_QUOTES = "\"“”'‘’"


def _reported_after(words: Sequence[str], index: int, stop: int) -> str | None:
    """A reporting verb after "and" later in the clause: "... and expressed ...", or None."""
    for cursor in range(index, stop - 1):
        if words[cursor] != "and":
            continue
        following = cursor + 1
        while following < stop and words[following] in vocabulary.ADVERBS:
            following += 1
        if following < stop and words[following].rstrip(",;:.") in vocabulary.REPORTING_VERBS:
            return words[following].rstrip(",;:.")
    return None


def _after_modifier(words: Sequence[str], index: int, stop: int) -> int:
    """Past what qualifies a subject: "President Van Rompuy| of the European Council| offered"."""
    if index < stop and words[index] == "of":
        cursor = index + 1
        if cursor < stop and words[cursor] == "the":
            cursor += 1
        while cursor < stop and words[cursor][:1].isupper():
            cursor += 1
            if words[cursor - 1].endswith(","):
                break
        return cursor
    return index


# Participles of a passive that do not end in "-ed": "was told by", "was
# given an explanation by".
_IRREGULAR_PARTICIPLES = frozenset({"told", "given", "shown", "taught", "sent"})


def _agent(
    words: Sequence[str], index: int, stop: int, cast: Cast
) -> tuple[tuple[int, ...], str | None]:
    """The agent of a passive: "briefed in detail by Secretary of State Pompeo"."""
    participle = words[index].rstrip(",")
    if not participle.endswith("ed") and participle not in _IRREGULAR_PARTICIPLES:
        return (), None
    for cursor in range(index + 1, stop):
        if words[cursor] in ("by", "from"):
            agent = _named(words, cursor + 1, stop, cast)
            if agent is not None and agent.speakers:
                return agent.speakers, participle
            return (), None
    return (), None
