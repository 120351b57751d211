"""People named in a lead: one small grammar over the sentence's tokens.

A mention is read as

    honorifics? office? honorifics? name post-nominal? (", " office | "(" office ")")?

with every part but the name optional:

- "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan,";
- "Minister for Foreign Affairs Fumio Kishida", "U.S. Ambassador to Japan Roos";
- "Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki";
- "the Hon. Scott Morrison, MP, Prime Minister of the Commonwealth of Australia";
- "Fumio Kishida, Minister for Foreign Affairs" (a bare name needs two words and an office).

The words each part may hold are data in :mod:`readout_parser.vocabulary`.
Positions are token indices; a :class:`Mention` reports character offsets
into the tokenised text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from readout_parser import calendar
from readout_parser import vocabulary as words
from readout_parser.meeting.family import family_name
from readout_parser.meeting.tokens import Tokens, tokenize
from readout_parser.sentences import may_be_short_given_name

__all__ = ["Mention", "honorific_end", "people_in", "person_at"]

# A parenthesis after a name or an office holds an office when it is this short.
MAX_PAREN_TOKENS = 12

# No office runs longer than this many tokens ("Minister for Foreign Affairs
# and International Cooperation of the United Arab Emirates" is 14).
MAX_TITLE_TOKENS = 40

# Names are short: "Tuilaepa Fatialofa Lupesoliai Sailele Malielegaoi" is 5 words.
MAX_NAME_TOKENS = 14


class Mention(NamedTuple):
    """A person read from the tokens, at ``[start, end)`` in the text."""

    name: str
    honorific: str | None
    title: str | None
    family_name: str | None
    post_nominal: str | None
    start: int
    end: int


@functools.cache
def _honorific_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Honorifics as token sequences, by first token, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words.HONORIFICS:
        sequence = tuple(tokenize(phrase).words)
        table.setdefault(sequence[0], []).append(sequence)
    return {
        first: tuple(sorted(set(options), key=len, reverse=True))
        for first, options in table.items()
    }


def honorific_end(tokens: Tokens, index: int, limit: int) -> int:
    """The index after the chain of honorifics starting at *index* ("H.E. Mr.")."""
    table = _honorific_table()
    seen = tokens.words
    while index < limit:
        options = table.get(seen[index])
        if options is None or (
            seen[index] in words.CHIEFLY_STYLES and _after_personal(seen, index)
        ):
            # "Mr. Adi Sasono": a chiefly style after "Mr." is a given name.
            return index
        if seen[index] in words.MEN_STYLES and _after_style(seen, index) in words.WOMEN_STYLES:
            # "H.E. Ms. Sheikh Hasina": a man's style after a woman's is her name.
            return index
        if seen[index] == "General" and index + 1 < limit and seen[index + 1] in words.OFFICE_WORDS:
            # "General Secretary Nong Duc Manh": the rank opens an office.
            return index
        if seen[index] == "Sheikh" and _sheikh_in_name(seen, index, limit):
            # "Prime Minister Sheikh Hasina": a royal's style opens a name of
            # several words ("Sheikh Tamim bin Hamad Al Thani"); before one
            # word it is a word of the name.
            return index
        for option in options:
            size = len(option)
            end = index + size
            # A one-token style ("Mr") is the word the table was asked about;
            # a longer one is most often ruled out by its second word.
            if size == 1 or (
                end <= limit
                and seen[index + 1] == option[1]
                and (size == 2 or tuple(seen[index:end]) == option)
            ):
                # "Mr" needs its full stop when one follows: take it.
                if end < limit and seen[end] == "." and option[-1] != ".":
                    if len(option[-1]) == 1:
                        # "U" is a style ("U Win Myint"), "U." an initial.
                        return index
                    end += 1
                if seen[index] in words.KHMER_STYLE_OPENERS:
                    end = _khmer_style_end(seen, end, limit)
                index = end
                break
        else:
            return index
    return index


# A Khmer style runs on for at most this many words past the ones the table knows.
MAX_KHMER_STYLE_WORDS = 6


def _khmer_style_end(seen: list[str], end: int, limit: int) -> int:
    """Where a Khmer style ends: at the Cambodian family name its words lead to.

    "Samdech Moha Bovor Thipadei Hun Manet": the style's words, however
    spelt, run to "Hun", a family name with a given name after it.
    """
    stop = min(limit - 1, end + MAX_KHMER_STYLE_WORDS)
    for at in range(end, stop):
        word = seen[at]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()):
            return end
        if word in words.CAMBODIAN_FAMILY_NAMES and seen[at + 1][:1].isupper():
            return at
    return end


def _sheikh_in_name(seen: list[str], index: int, limit: int) -> bool:
    """Whether "Sheikh" at *index* is a word of the name: "H.E. Sheikh Hasina".

    After a style or an office, with one capitalised word after it and no
    other of a name ("Sheikh Tamim bin Hamad Al Thani") nor a style ("Sheikh
    Dr. Ahmad"); alone before a name ("Sheikh Hamad") it is the style.
    """
    after = index + 2
    before = _after_style(seen, index)
    return (
        (before == "H.E." or before in words.OFFICE_WORDS)
        and index + 1 < limit
        and _capitalised(seen[index + 1])
        and seen[index + 1] not in _honorific_table()
        and (after >= limit or not (_capitalised(seen[after]) or seen[after] in _NAME_JOINERS))
    )


# Words inside a name of several words: "Tamim bin Hamad Al Thani".
_NAME_JOINERS = frozenset({"bin", "bint", "ibn", "al", "Al", "Al-", "el"})


def _after_personal(seen: list[str], index: int) -> bool:
    """Whether a personal style ("Mr.", "Ms", "Dr.") stands right before *index*."""
    return _after_style(seen, index) in words.PERSONAL_STYLES


def _after_style(seen: list[str], index: int) -> str:
    """The word right before *index*, past the stop closing it ("Ms" of "Ms."), or ""."""
    if index == 0:
        return ""
    return seen[index - 2] if index > 1 and seen[index - 1] == "." else seen[index - 1]


def _capitalised(word: str) -> bool:
    """Whether *word* is written as a name is: "Fiji", and "iTaukei", "eSwatini".

    A capital after a first letter in lower case, and lower case after it:
    "iPS" and "mRNA" are no names' words.

    >>> _capitalised("Fiji"), _capitalised("iTaukei"), _capitalised("iPS")
    (True, True, False)
    """
    return word[:1].isupper() or (
        word[:1].islower() and word[1:2].isupper() and word[2:3].islower()
    )


def _past_country_words(seen: list[str], index: int, limit: int) -> int:
    """Past the capitalised words (and "of") of a country's name going on at *index*.

    "United Kingdom|’s", "Republic of Korea|’s": at most a few words.
    """
    stop = min(limit, index + MAX_COUNTRY_WORDS)
    while index < stop and (_capitalised(seen[index]) or seen[index] == "of"):
        if seen[index] in words.OFFICE_WORDS:
            break
        index += 1
    return index


# A country's name before its possessive is this many words at most after
# its first: "the Democratic People’s Republic of Korea’s" has four.
MAX_COUNTRY_WORDS = 4


def _past_possessive_country(seen: list[str], index: int, limit: int) -> int | None:
    """Past the possessive of a country's name from *index*, before more words, or None.

    "China|'s| Ambassador", "United Kingdom|’s| Secretary of State".
    """
    # Most words go on with no capital: only "United Kingdom’s", "Republic of
    # Korea’s" are scanned.
    following = seen[index + 1] if index + 1 < limit else ""
    scan = following[:1].isupper() or following == "of"
    country = _past_country_words(seen, index + 1, limit) if scan else index + 1
    if country + 1 < limit and seen[country] in ("’s", "'s"):
        return country + 1
    return None


def _office_start(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether an office begins at *index*: "Minister", "Chinese Premier", "China's Ambassador"."""
    seen = tokens.words
    word = seen[index]
    if word in words.OFFICE_WORDS:
        return True
    if word in words.PORTFOLIO_WORDS and _head_follows(tokens, index):
        return True
    if not word[:1].isupper():
        return False
    possessive = _past_possessive_country(seen, index, limit)
    if word in words.NOT_NAME_WORDS and word != "Japanese" and possessive is None:
        # "Japan's Prime Minister" opens an office; "Japan" alone does not.
        return False
    if possessive is not None:
        # "China's Ambassador to ...", "the United Kingdom’s Secretary of State".
        nxt = possessive
    elif index + 2 < limit and seen[index + 1].isdecimal():
        # "COP28 President-designate", "Expo 2025 Secretary-General": an
        # event's name and number.
        nxt = index + 2
    else:
        nxt = index + 1
    if nxt >= limit or (seen[nxt] in words.RANKS_AS_NAMES and _closes_name(seen, nxt + 1, limit)):
        # "Robert King,": a name, its family name a rank.
        return False
    # "Chinese Premier", or a portfolio before the head: "Indian External
    # Affairs Minister".
    return seen[nxt] in words.OFFICE_HEADS or (
        (seen[nxt] in words.PORTFOLIO_WORDS or seen[nxt] in words.OFFICE_WORDS)
        and _head_follows(tokens, nxt)
    )


# A portfolio named before an office's head runs to a few words at most:
# "Trade and Investment Minister", "Natural Resources Minister".
MAX_PORTFOLIO_TOKENS = 5


def _head_follows(tokens: Tokens, index: int) -> bool:
    """Whether an office's head follows the portfolio at *index*: "Natural Resources Minister"."""
    seen = tokens.words
    for word in seen[index + 1 : index + MAX_PORTFOLIO_TOKENS]:
        if word in words.OFFICE_HEADS:
            return True
        if word not in words.PORTFOLIO_WORDS and word not in words.OFFICE_WORDS and word != "and":
            return False
    return False


# The words after which a capitalised word names the body or country of an office.
_BODY_JOINERS = words.SLOT_JOINERS | {"the"}


def _title_before(tokens: Tokens, index: int, limit: int) -> int:
    """The index after an office written before a name, or *index* when there is none.

    A rank right after a personal style is a given name ("H.E. Mr. Sultan bin
    Saad Al-Muraikhi"), no office.
    """
    if index >= limit or not _office_start(tokens, index, limit):
        return index
    if tokens.words[index] in words.RANKS and _after_personal(tokens.words, index):
        return index
    seen = tokens.words
    # An office in a country's possessive goes on past it: "China's| Foreign
    # Minister" (not "Minister Amina Mohamed of Kenya's| ...", an office's own word).
    country = seen[index] not in words.OFFICE_WORDS and seen[index] not in words.PORTFOLIO_WORDS
    cursor = (country and _past_possessive_country(seen, index, limit)) or index + 1
    after_slot = False
    last_good = cursor
    while cursor < limit and cursor - index < MAX_TITLE_TOKENS:
        word = seen[cursor]
        if word in words.SLOT_JOINERS or word in ("and", "the", "/", "&"):
            after_slot = after_slot or word in words.SLOT_JOINERS
            cursor += 1
            continue
        body_slot = after_slot and _capitalised(word) and seen[cursor - 1] in _BODY_JOINERS
        if body_slot:
            # The body or country an office names: "of Mongolia", "of the
            # Environmental Protection Agency", "of the North American Affairs
            # Bureau" (to its body word, when a name follows), or its first word.
            body = _body_word_end(seen, cursor, limit)
            if body is not None and body < limit and _is_name_word(seen[body]):
                cursor = last_good = body
                after_slot = False
                continue
        if (
            word in _OFFICE_PARTS
            or (word == "Lady" and seen[cursor - 1] == "First")
            or _in_chief_officer(seen, cursor, limit)
        ):
            # "First Lady Kim Keon-hee"; "Lady Barbara Judge" keeps her name;
            # "Chief Legal| Officer Brad Smith".
            cursor += 1
            last_good = cursor
            continue
        if body_slot:
            cursor = last_good = cursor + 1
            after_slot = False
            continue
        went = _office_before_name_goes_on(tokens, index, cursor, limit, cursor == last_good)
        if went is None:
            break
        cursor = last_good = went
    return last_good


def _office_before_name_goes_on(
    tokens: Tokens, first: int, index: int, limit: int, settled: bool
) -> int | None:
    """Past more of an office from *first* written before a name, at *index*, or None.

    An acronym in brackets ("Minister (ROK)"), and where the office so far
    is *settled* (no joiner left open): a list of portfolios after a comma
    ("Minister of Economy|, Trade and Industry| Naoshima") or a portfolio's
    field ("Minister for Digital| Transformation Taro Kono").
    """
    seen = tokens.words
    word = seen[index]
    if word == "(":
        close = _paren_end(tokens, index, limit)
        return close + 1 if close is not None and _is_acronym(tokens, index + 1, close) else None
    if not settled:
        return None
    if word == ",":
        return _portfolios_listed(seen, index, limit)
    if any(joiner in words.SLOT_JOINERS for joiner in seen[first:index]) and _field_before_name(
        seen, index, limit
    ):
        # The field the portfolio names, not the name's first word.
        return index + 1
    return None


def _portfolios_listed(seen: list[str], comma: int, limit: int) -> int | None:
    """The end of a list of portfolios after *comma* in an office written before a name.

    "Minister of Economy, Trade and Industry Naoshima", "Minister of Land,
    Infrastructure, Transport and Tourism Ishii", "Minister of Foreign
    Affairs, Trade and Integration Patiño": office words or words naming a
    field, commas and an "and", with a name right after; None for anything
    else.
    """
    cursor = comma + 1
    joined = False
    while cursor < limit and (_portfolio_part(seen[cursor]) or seen[cursor] in (",", "and")):
        joined = joined or seen[cursor] == "and"
        cursor += 1
    if not joined or cursor >= limit or not _portfolio_part(seen[cursor - 1]):
        return None
    return cursor if _is_name_word(seen[cursor]) else None


def _field_before_name(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* closes a portfolio's field, a name of two words after it.

    "Minister for Digital Transformation Taro Kono", "Minister for Economic
    Revitalization Akira Amari": a portfolio's word
    (:data:`readout_parser.vocabulary.PORTFOLIO_WORDS`), which no given name
    is, as "Clement" ending like a field's name may be ("Minister of Foreign
    Affairs of Burundi Clement Nkurunziza Ndayi").

    >>> _field_before_name("Minister for Digital Transformation Taro Kono".split(), 3, 6)
    True
    >>> _field_before_name("Minister for Digital Transformation Kono".split(), 3, 5)
    False
    >>> _field_before_name("Minister of Burundi Clement Nkurunziza Ndayi".split(), 3, 6)
    False
    """
    return (
        index + 2 < limit
        and seen[index] in words.PORTFOLIO_WORDS
        and _is_name_word(seen[index + 1])
        and _is_name_word(seen[index + 2])
    )


def _portfolio_part(word: str) -> bool:
    """Whether *word* is an office's word or names a field ("Trade", "Integration")."""
    return word in _OFFICE_PARTS or (_capitalised(word) and word.endswith(_FIELD_ENDINGS))


def _is_acronym(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are an acronym such as "ROK", "NZ", "PALM 7"."""
    return last - first == 1 and tokens.words[first].isupper()


def _paren_end(
    tokens: Tokens, open_index: int, limit: int, most: int = MAX_PAREN_TOKENS
) -> int | None:
    """The index of the ")" closing the "(" at *open_index*, *most* tokens inside at most."""
    stop = min(limit, open_index + most + 2)
    for index in range(open_index + 1, stop):
        word = tokens.words[index]
        if word == ")":
            return index
        if word == "(":
            return None
    return None


# Capitalised words that are never part of a name: meeting and place words,
# letters after a name, offices.
_NEVER_NAMES = words.NOT_NAME_WORDS | words.POST_NOMINALS | words.OFFICE_WORDS

# The first words of the styles: "Senator" of "Senator the Hon.", "H.E.".
_STYLE_OPENERS = frozenset(phrase.split()[0] for phrase in words.HONORIFICS)

# Words an office is made of, whatever stands around them.
_OFFICE_PARTS = words.OFFICE_WORDS | words.PLACE_WORDS | words.PORTFOLIO_WORDS


def _is_name_word(word: str) -> bool:
    if word[:1].isupper():
        # No mark or particle of _name_word_written_so is a capital.
        return (
            word not in _NEVER_NAMES and ("-" not in word or not _joins_countries_or_offices(word))
        ) or word in words.GENERATIONAL
    return word in words.GENERATIONAL or _written_so_at_all(word)


def _written_so_at_all(word: str) -> bool:
    """:func:`_name_word_written_so`, asked only of a word opening on a mark or holding a hyphen."""
    return (word[:1] in _OPENING_MARKS or word[:1] == "?" or "-" in word) and (
        _name_word_written_so(word)
    )


def _joins_countries_or_offices(word: str) -> bool:
    """Whether *word* joins countries or offices with hyphens, as no name does.

    "Japan-India", "U.S.-Japan"; "Secretary-Vice" of "Foreign Secretary-Vice
    Minister Dialogue".
    """
    parts = word.split("-")
    return any(part in _COUNTRY_PARTS for part in parts) or all(
        part in words.OFFICE_WORDS for part in parts
    )


# What a word joining countries holds: "Japan-India 2+2", "Japan-U.S. Alliance".
_COUNTRY_PARTS = frozenset({"Japan", "Japanese", "U.S.", "US", "UK", "EU", "ROK", "ASEAN"})


# Words of a sentence a lost dash or quote may stand before: "?who is visiting".
_SENTENCE_WORDS = frozenset(
    {
        *("who", "whom", "whose", "which", "that", "both", "and", "or", "but", "the", "a"),
        *("an", "in", "on", "at", "to", "of", "for", "with", "as", "is", "was", "were", "are"),
        *("also", "then", "who's", "he", "she", "they", "it", "this", "these", "its"),
    }
)


# Marks a name word may open on: "ʻAkilisi" (the Tongan ʻokina), "’Utoikamanu".
_OPENING_MARKS = frozenset("ʻ'’‘")


def _closes_name(seen: list[str], index: int, limit: int) -> bool:
    """Whether the name ends before *index*: a comma, stop, bracket, "and" or the end follows."""
    return index >= limit or seen[index] in _AFTER_NAME


# What may follow the last word of a name.
_AFTER_NAME = frozenset({",", ".", ";", "(", ")", "and"})


def _name_word_written_so(word: str) -> bool:
    """Whether *word* is a name word that does not open on a capital.

    "ʻAkilisi" opens on an ʻokina, "al-Maliki" and "el-Sisi" on a particle
    joined by a hyphen.
    """
    first = word[:1]
    if first in _OPENING_MARKS:
        return word[1:2].isupper()
    if first == "?":
        # "?ngel", "?lvarez": a capital a broken encoding lost, or "?Ulukalala"
        # an ʻokina; not a dash or quote lost before a word of the sentence
        # ("... of India ?who").
        rest = word[1:]
        if rest[:1].isupper():
            return rest[1:2].islower() and rest not in _NEVER_NAMES
        return rest[:1].islower() and rest not in _SENTENCE_WORDS
    if first.islower() and "-" in word:
        particle, _, rest = word.partition("-")
        return particle in words.NAME_PARTICLES and rest[:1].isupper()
    return False


def _name_end(tokens: Tokens, index: int, limit: int, *, after_office: bool = False) -> int:
    """The index after the name starting at *index* (or *index* when none starts there).

    After an office, a family name may open on its particles: "Secretary of
    Foreign Affairs del Rosario".
    """
    seen = tokens.words
    cursor = index
    end = index
    if after_office:
        cursor = _past_leading_particles(seen, index, limit)
    while cursor < limit and cursor - index < MAX_NAME_TOKENS:
        word = seen[cursor]
        if cursor > index and _letters_closing(seen, cursor, limit):
            # "Charles Flanagan T.D., Minister ...": letters after the name.
            break
        if _opens_or_goes_on_name(seen, word, cursor == index, index):
            cursor += 1
            # An initial, a given name written short or a suffix, and its
            # stop: "W.", "A. K.", "Md. Shahriar", "Jr.".
            if (
                cursor < limit
                and seen[cursor] == "."
                and (
                    len(word) == 1 or word in ("Jr", "Sr") or word in words.GIVEN_NAME_ABBREVIATIONS
                )
            ):
                cursor += 1
            end = cursor
            continue
        if cursor > index and word in _APOSTROPHES and _apostrophe_in_name(tokens, cursor, limit):
            # "Mohammed Shia' Al Sudani": a letter written as an apostrophe
            # ends the word before it, not the name.
            cursor += 1
            continue
        if word in words.MONTHS_AS_NAMES and cursor > index and not _day_after(seen, cursor, limit):
            # "Theresa May MP", but not "Mr. Abe May 16".
            cursor += 1
            end = cursor
            continue
        if word in words.RANKS_AS_NAMES and end > index and _closes_name(seen, cursor + 1, limit):
            # "Mr. Robert King, Special Envoy ...": a rank closing a name is its family name.
            cursor = end = cursor + 1
            break
        if word in words.NAME_PARTICLES and cursor > index:
            # "de la Fuente", "bin Zayed": particles only between name words.
            ahead = cursor + 1
            while ahead < limit and seen[ahead] in words.NAME_PARTICLES:
                ahead += 1
            if ahead < limit and _after_particle(seen[ahead]):
                cursor = ahead
                if not _is_name_word(seen[ahead]):
                    # "bin Sultan": after a particle, a name even where an
                    # office word is written so.
                    cursor = end = ahead + 1
                continue
        break
    return end


def _opens_or_goes_on_name(seen: list[str], word: str, first: bool, index: int) -> bool:
    """Whether *word* is a word of a name (*first*: the name's first, at *index*).

    _is_name_word(word), written out for the loop every mention runs, and a
    rank that opens a name after a personal style: "Mr. Sultan bin Saad ...".
    """
    if word[:1].isupper() and (
        word not in _NEVER_NAMES and ("-" not in word or not _joins_countries_or_offices(word))
    ):
        return True
    return (
        word in words.GENERATIONAL
        or _written_so_at_all(word)
        or (first and word in words.RANKS and _after_personal(seen, index))
    )


def _past_leading_particles(seen: list[str], index: int, limit: int) -> int:
    """Past the particles opening a family name at *index* ("del Rosario"), or *index*."""
    ahead = index
    while ahead < limit and seen[ahead] in words.NAME_PARTICLES:
        ahead += 1
    if ahead > index and ahead < limit and _after_particle(seen[ahead]):
        return ahead
    return index


# Apostrophes a name may hold, and the left quote and ʻokina a copy puts for
# one: "Tupouto’a ‘Ulukalala".
_APOSTROPHES = frozenset("'’‘ʻ")


def _apostrophe_in_name(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether the apostrophe at *index* stands for a letter of a name going on.

    Written onto the end of a name word with a space after it ("Shia' Al
    Sudani"), or onto the start of one after a space ("Samiuela 'Akilisi
    Pohiva"), with a name word next; not "Ministers' Meeting", whose next
    word is no name's.
    """
    seen = tokens.words
    if not 0 < index < limit - 1 or not _is_name_word(seen[index + 1]):
        return False
    closes = tokens.starts[index] == tokens.end(index - 1)
    opens = tokens.starts[index + 1] == tokens.end(index)
    quoted = seen[index] == "‘" and _quote_closes(seen, index + 1, limit)
    if quoted and not _marked(seen[index - 1]):
        # "President Kenyatta ‘Free and Open Indo-Pacific’": a quotation, no
        # ʻokina, but after a name word holding one ("Tupouto‘a ‘Ulukalala").
        return False
    return closes != opens and _is_name_word(seen[index - 1])


def _quote_closes(seen: list[str], index: int, limit: int) -> bool:
    """Whether the quotation opening before *index* closes in the few words from it.

    "‘Free, Open and Inclusive Indo-Pacific’" does; "‘Akilisi Pohiva on
    the Pacific Islands Leaders’ Meeting" holds an ʻokina, the mark after
    "Leaders" a plural's possessive, and so does "‘Akilisi Pohiva, ..., on
    the ‘Blue Pacific’", whose closing mark closes the later quotation.
    """
    for at in range(index, min(limit, index + MAX_QUOTED_WORDS)):
        if seen[at] == "‘":
            return False
        if seen[at] == "’" and not _plural_possessive(seen, at, limit):
            return True
    return False


def _plural_possessive(seen: list[str], at: int, limit: int) -> bool:
    """Whether the mark at *at* makes a plural possessive: "Leaders’ Meeting", "Islands’ concerns".

    A plural ending in "s" before a word or a bracket; a quotation closing
    is followed by the sentence going on ("’ in mind", "’ as their goal",
    "’.").
    """
    after = seen[at + 1] if at + 1 < limit else ""
    return (
        seen[at - 1].endswith("s")
        and (after == "(" or after[:1].isalpha())
        and after not in words.PREPOSITIONS
    )


# A quotation right after a name is this many words at most before its closing
# quote: "‘Free and Open Indo-Pacific and the rule of law in the region’".
MAX_QUOTED_WORDS = 16


def _marked(word: str) -> bool:
    """Whether *word* holds an apostrophe or an ʻokina: "Tupouto‘a", "Tupouto’a"."""
    return not _APOSTROPHES.isdisjoint(word)


def _after_particle(word: str) -> bool:
    """Whether *word* goes on a name after a particle ("Zayed", "Sultan"; not "Jr")."""
    return (
        word[:1].isupper()
        and word not in words.GENERATIONAL
        and word not in words.NOT_NAME_WORDS
        and word not in words.POST_NOMINALS
    )


def _day_after(seen: list[str], index: int, limit: int) -> bool:
    """Whether a day's number follows the month at *index*: "May 16"."""
    return index + 1 < limit and seen[index + 1][:1].isdigit()


def _post_nominal(tokens: Tokens, index: int, limit: int) -> tuple[str | None, int]:
    """Letters after a name: "MP" in "Boris Johnson MP" or "Scott Morrison, MP,".

    Several run together as written: "David Lammy KC MP" gives "KC MP".
    """
    seen = tokens.words
    first = index + 1 if index + 1 < limit and seen[index] == "," else index
    end = first
    while end < limit and _letters_at(seen, end, limit):
        end += 1
        if end + 1 < limit and seen[end] == "," and _letters_at(seen, end + 1, limit):
            # "Andrew Holness, ON, PC, MP,", "Stéphane Dion, P.C., M.P.,":
            # letters set off one by one.
            end += 1
    if end == first:
        return None, index
    return tokens.slice(first, end), end


def _letters_closing(seen: list[str], at: int, limit: int) -> bool:
    """Whether letters written with stops close a name at *at*, a comma after them.

    "Charles Flanagan T.D., Minister ..." (but "Mr. T.D. Jakes" opens on
    initials, and "Puri, K.C. Kumar" is the next person's).
    """
    return (
        seen[at] in words.POST_NOMINALS_AFTER_COMMA
        and at > 0
        and _capitalised(seen[at - 1])
        and len(seen[at - 1]) > 1
        and at + 1 < limit
        and seen[at + 1] == ","
    )


def _letters_at(seen: list[str], at: int, limit: int) -> bool:
    """Whether letters after a name stand at *at*: "MP", or "T.D." after a comma.

    Letters written with stops are initials elsewhere, so they need the
    comma before them, and no name after them: "Lakshmi Puri, K.C. Kumar"
    names the next person.
    """
    if seen[at] in words.POST_NOMINALS:
        return True
    if seen[at] not in words.POST_NOMINALS_AFTER_COMMA or at == 0:
        return False
    if seen[at - 1] == ",":
        return at + 1 >= limit or not _capitalised(seen[at + 1])
    return _letters_closing(seen, at, limit)


def _title_after(tokens: Tokens, index: int, limit: int) -> tuple[int, int] | None:
    """An office after a name: ", Minister for Foreign Affairs of Japan" or "(Minister ...)".

    Returns the office's first and past-the-last token indices. An office
    followed straight by a name or a style is the next person's, written
    before their name ("..., State Department Spokesperson Nuland").
    """
    seen = tokens.words
    if index >= limit:
        return None
    if seen[index] == "(":
        # An office in brackets may be as long as one between commas:
        # "(First Secretary of State and Secretary of State for Foreign,
        # Commonwealth and Development Affairs of the United Kingdom)".
        close = _paren_end(tokens, index, limit, MAX_TITLE_TOKENS)
        if close is not None and _starts_office(tokens, index + 1, close):
            # "(Minister of Foreign Affairs of the Republic of Korea, who is
            # visiting Japan ...)": the office ends before the clause.
            clause = next(
                (
                    at
                    for at in range(index + 2, close - 1)
                    if seen[at] == "," and seen[at + 1] in _RELATIVES
                ),
                close,
            )
            return _trim_the(seen, index + 1), clause
        return None
    if seen[index] != "," or not _starts_office(tokens, index + 1, limit):
        return None
    first = _trim_the(seen, index + 1)
    end = _after_body(tokens, first, _office_run(tokens, first, limit), limit)
    while end + 1 < limit and seen[end] == "," and _continues_office(tokens, end + 1, limit):
        # Each part may be of a body of its own: "..., Deputy Supreme Commander
        # of the UAE Armed Forces".
        part = end + 1
        end = _after_body(tokens, part, _office_run(tokens, part, limit), limit)
        # A country or body closing the office is read whole: "of Gavi,| the
        # Vaccine Alliance".
        end = max(end, _place_tail_end(tokens, part, limit) or end)
    if end < limit and (
        _is_name_word(seen[end])
        or (seen[end] in _honorific_table() and honorific_end(tokens, end, limit) > end)
    ):
        # "..., President of the Center for ... Studies| and Former Deputy
        # Secretary of State Richard Armitage": the office ends where the
        # next person's, written before their name, starts.
        cut = _next_office_at(tokens, first, end, limit)
        return None if cut is None else (first, cut)
    return first, end


# Words opening a clause about a person inside the brackets of their office.
_RELATIVES = frozenset({"who", "whose", "which"})


def _next_office_at(tokens: Tokens, first: int, end: int, limit: int) -> int | None:
    """The "and" in ``[first, end)`` after which an office runs to a name at *end*, or None."""
    seen = tokens.words
    for at in range(end - 2, first, -1):
        if seen[at] == "and" and _title_before(tokens, at + 1, limit) == end:
            return at
    return None


def _after_body(tokens: Tokens, first: int, end: int, limit: int) -> int:
    """The end of an office whose run stopped inside the name of the body it is of.

    "Chairman of the State| Duma of the Federal Assembly", "Chairman of the
    Standing Committee of the National| People's Congress", "Chairman of|
    the King Faisal Center for Research", "President of Microsoft|
    Corporation": after "the", capitalised words name the body the office
    is of when the office goes on after them, and so do those ending in a
    word such as "Corporation". The office goes on past them.
    """
    seen = tokens.words
    while True:
        body = _body_start(seen, first, end, limit)
        if body is None:
            return end
        stop = _body_name_end(tokens, body, limit)
        if stop == body or not (
            _closes_body(seen, stop - 1)
            or (seen[body - 1] == "the" and _named_after_the(seen, body, stop, limit))
            or _company_form_after(seen, stop, limit)
        ):
            # "Secretary of State| John Kerry", "Advisor to the President|
            # Donilon": an office written before the next person's name.
            return end
        stop = _body_suffix_end(tokens, stop, limit)
        if stop >= limit or seen[stop] not in words.TITLE_JOINERS:
            return stop
        # "... Friendship Group| of the German Bundestag": the office goes on,
        # and may stop inside the name of another body.
        first, end = stop, max(stop, _office_run(tokens, stop, limit))


# A body's short name in brackets after its name is this many words at most:
# "Japan Business Federation (Keidanren)".
MAX_SHORT_NAME_TOKENS = 3


def _body_suffix_end(tokens: Tokens, index: int, limit: int) -> int:
    """Past what closes a body's name ending at *index*: "Co., Ltd.", "(Keidanren)"."""
    seen = tokens.words
    if seen[index - 1] in words.COMPANY_FORMS and index < limit and seen[index] == ".":
        index += 1
    if index < limit and seen[index] in words.COMPANY_SUFFIXES:
        # "AirAsia Group Berhad".
        index += 1
    if _company_form_after(seen, index, limit):
        # "Toyota Motor Co., Ltd.", "Cisco Systems, Inc.".
        index += 3 if index + 2 < limit and seen[index + 2] == "." else 2
    if index < limit and seen[index] == "(":
        close = _paren_end(tokens, index, limit)
        if close is not None and _short_name(seen, index + 1, close):
            return close + 1
    return index


def _company_form_after(seen: list[str], index: int, limit: int) -> bool:
    """Whether a company's form follows its name after a comma at *index*: ", Inc.", ", Ltd."."""
    return index + 1 < limit and seen[index] == "," and seen[index + 1] in words.COMPANY_FORMS


def _named_after_the(seen: list[str], body: int, stop: int, limit: int) -> bool:
    """Whether the capitalised words ``seen[body:stop]`` after "the" name a body.

    They do when the office goes on after them ("the State Duma of the
    Federal Assembly"); "the President Donilon", "the House Pelosi" and "the
    Opposition Bill Shorten" in a list written office first are an office
    and a name.
    """
    return stop < limit and seen[stop] in ("of", "for")


def _body_start(seen: list[str], first: int, end: int, limit: int) -> int | None:
    """Where the name of a body goes on after an office run stopped at *end*, or None.

    After "of the" or "for the" ("of the| King Faisal Center"), or inside
    capitalised words following "the", "of" or "for" ("the State| Duma").
    """
    if end >= limit or end == first:
        return None
    if seen[end] in ("of", "for"):
        return end + 2 if end + 2 < limit and seen[end + 1] == "the" else None
    if not _in_body_name(seen[end]) and not (
        # "the Bill| & Melinda Gates Foundation".
        seen[end] in _NAME_JOINS and end + 1 < limit and _capitalised(seen[end + 1])
    ):
        return None
    at = end
    while at > first and (
        _in_body_name(seen[at - 1])
        # "the Bill and| Melinda Gates Foundation".
        or (seen[at - 1] in ("and", "&") and at - 2 > first and _in_body_name(seen[at - 2]))
    ):
        at -= 1
    if not first < at < end or seen[at - 1] not in ("the", "of", "for"):
        return None
    # The body's name starts after the joiner, where it stopped going on.
    return at


def _body_name_end(tokens: Tokens, index: int, limit: int) -> int:
    """The end of a body's name from *index*: capitalised words, joined by "’s" or "-".

    "King Faisal Center", "National People's Congress", "Japan - Australia Business Council".
    """
    seen = tokens.words
    named = _named_after_someone(seen, index, limit)
    if named is not None:
        return named
    cursor = index
    # A style opens no body's name, but for a rank that names one ("the
    # King Faisal Center"): it opens the next person's ("of the Mr.", "...
    # Council H.E. Mr.").
    while (
        cursor < limit
        and _in_body_name(seen[cursor])
        and not (
            _is_name_start(tokens, cursor, limit)
            and (cursor > index or seen[cursor] not in words.OFFICE_HEADS)
        )
    ):
        if _closes_body(seen, cursor):
            # "the Environmental Protection Agency| Jackson": the body's name ends.
            return cursor + 1
        cursor += 1
        if cursor + 1 < limit and _joins_body_name(seen, cursor, limit):
            cursor += 1
    return cursor


def _closes_body(seen: list[str], index: int) -> bool:
    """Whether the word at *index* ends a body's name: "Council", "Round Table"."""
    word = seen[index]
    return word in words.BODY_WORDS or (
        index > 0 and (seen[index - 1], word) in words.BODY_WORD_PAIRS
    )


def _in_body_name(word: str) -> bool:
    """Whether *word* may be a word of a body's name: capitalised, a number or an ordinal.

    "the 78th Session of the United Nations General Assembly", "the 2025
    World Expo Organizing Committee".
    """
    return _capitalised(word) or word[:1].isdigit() or word in _ORDINALS


# The letters of an ordinal written after its number: "78th", "21st".
_ORDINALS = frozenset(("st", "nd", "rd", "th"))


def _joins_body_name(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* joins two words of a body's name.

    "People's Congress", "Procter & Gamble", and "and" in a name that ends in
    a body word: "the Bill and Melinda Gates Foundation".
    """
    word = seen[index]
    if not _capitalised(seen[index + 1]):
        return False
    if word in _NAME_JOINS:
        return True
    return word == "and" and _body_word_end(seen, index + 1, limit) is not None


# A body's name is looked for this many words at most after its first word
# (or after the style it opens on): "Zayed Foundation" is 2, "Mohammed bin
# Rashid Al Maktoum Foundation" (of "Sheikh ...") 6.
MAX_BODY_NAME_TOKENS = 8


def _named_after_someone(seen: list[str], index: int, limit: int) -> int | None:
    """The end of a body's name opening on a style, or None: "the Sheikh Zayed Foundation"."""
    if seen[index] not in _honorific_table():
        return None
    return _body_word_end(seen, index + 1, limit)


def _body_word_end(seen: list[str], index: int, limit: int) -> int | None:
    """Past the body word closing the capitalised words from *index*, or None.

    "Environmental Protection Agency", "Zayed Foundation", "Asian and
    Oceanian Affairs Bureau": words run to a body word; any other word that
    is neither capitalised, a particle nor "and" or "&" between capitalised
    words ends the search.
    """
    for cursor in range(index, min(limit, index + MAX_BODY_NAME_TOKENS)):
        word = seen[cursor]
        if _closes_body(seen, cursor):
            return cursor + 1
        joins = word in ("and", "&") and cursor + 1 < limit and _capitalised(seen[cursor + 1])
        if not _capitalised(word) and word not in words.NAME_PARTICLES and not joins:
            return None
    return None


# What joins the words of a body's name: "People's Congress", and the
# apostrophe of a plural: "Parliamentarians' Union".
_NAME_JOINS = frozenset(("’s", "'s", "-", "&", "'", "’"))


def _trim_the(seen: list[str], index: int) -> int:
    return index + 1 if seen[index] in ("the", "The") else index


def _starts_office(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether an office begins at *index*, after a comma or "(" that follows a name."""
    if index >= limit:
        return False
    seen = tokens.words
    at = _trim_the(seen, index)
    if at >= limit:
        return False
    word = seen[at]
    if word in words.OFFICE_HEADS or (word.lower() in words.LOWER_OFFICE_WORDS and word.islower()):
        return True
    # "Chinese Foreign Minister", "Japanese Ambassador to the ROK", "United
    # States Senator from Tennessee".
    return (
        _office_start(tokens, at, limit)
        or _place_then_office(seen, at, limit)
        or _qualified_chair(seen, at, limit) is not None
    )


# A chair is qualified by this many capitalised words at most: "University
# Distinguished Service| Professor".
MAX_CHAIR_QUALIFIERS = 3


def _qualified_chair(seen: list[str], index: int, limit: int) -> int | None:
    """Where a chair stands after capitalised words from *index* that qualify it, or None.

    "Visiting Professor of Law", "University Distinguished Service Professor
    at Harvard University": the chair is followed by what it is of or at.

    >>> seen = "University Distinguished Service Professor at Harvard".split()
    >>> _qualified_chair(seen, 0, len(seen)), _qualified_chair(seen, 0, 4)
    (3, None)
    """
    for head in range(index + 1, min(limit - 1, index + MAX_CHAIR_QUALIFIERS + 1)):
        if not _capitalised(seen[head - 1]) or seen[head - 1] in _honorific_table():
            return None
        if seen[head] in words.ACADEMIC_POSTS and seen[head + 1] in ("of", "at"):
            return head
    return None


# A country or body named before an office is this many words at most:
# "United Nations", "United Arab Emirates".
MAX_PLACE_BEFORE_OFFICE = 3


def _place_then_office(seen: list[str], index: int, limit: int) -> bool:
    """Whether place words and an office's head start at *index*: "United Nations High ..."."""
    stop = min(limit, index + MAX_PLACE_BEFORE_OFFICE)
    cursor = index
    while cursor < stop and seen[cursor] in words.PLACE_WORDS:
        cursor += 1
    return index < cursor < limit and seen[cursor] in words.OFFICE_HEADS


def _continues_office(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether the part after a comma inside an office still belongs to it.

    "Minister of Foreign Affairs, the Kingdom of the Netherlands", "High
    Representative ..., Vice-President of the European Commission" and
    "Minister of Land, Infrastructure, Transport, and Tourism" go on;
    ", who is visiting Japan" does not.
    """
    seen = tokens.words
    at = _trim_the(seen, index)
    if at >= limit:
        return False
    word = seen[at]
    if at == index and word in _STYLE_OFFICES and _opens_next_person(tokens, at, limit):
        # ", Senator the Hon. Marise Payne": the next person, not the office going on.
        return False
    if word in words.OFFICE_HEADS and _capitalised(word):
        # Not an office written before the next person's name: ", Ambassador
        # Jiro Suzuki and Mr. Saburo Sato".
        return at > index or not _office_then_name(tokens, at, limit)
    if word in ("Ministry", "Department", "Bureau", "Office"):
        return True
    if at > index:
        # ", the Kingdom of the Netherlands", ", the United Nations and the Commonwealth".
        return word in ("Kingdom", "Republic", "State", "Commonwealth", "Federation") or (
            _place_tail(tokens, at, limit)
        )
    if _opens_next_person(tokens, at, limit) or (
        word == "and" and _opens_next_person(tokens, at + 1, limit)
    ):
        return False
    if word == "and" and _office_then_name(tokens, at + 1, limit):
        # ", and Administrator of the Environmental Protection Agency Lisa
        # Jackson": the next person, their office written first.
        return False
    if _place_tail(tokens, at, limit):
        return True
    # The last item of a list of portfolios or subjects: ", and Tourism", ",
    # and International Cybersecurity Policy of the U.S. Senate Committee ...";
    # not ", and Lady Barbara Judge, Chairman ...", a name.
    if word == "and" and at + 1 < limit and _capitalised(seen[at + 1]):
        if at + 2 >= limit or seen[at + 2] in (",", ".", ")", ";") or _words_end(seen, at + 2):
            return True
        if _heads_people(seen[at + 1]):
            # ", and Head of the Ruritanian Delegation Jim Roe": the next
            # person; ", and Ambassadors of the OSCE participating States":
            # the next people.
            return False
        stop = at + 2
        while stop < limit and stop - at <= MAX_LIST_ITEM_WORDS and _capitalised(seen[stop]):
            stop += 1
        return stop < limit and seen[stop] in ("of", "for")
    return _capitalised(word) and at + 1 < limit and seen[at + 1] in (",", "and")


def _heads_people(word: str) -> bool:
    """Whether *word* opens an office, one person's or, in the plural, several's.

    >>> [_heads_people(w) for w in ("Head", "Ambassadors", "Secretaries", "Tourism")]
    [True, True, True, False]
    """
    return (
        word in words.OFFICE_HEADS
        or (word.endswith("s") and word[:-1] in words.OFFICE_HEADS)
        or (word.endswith("ies") and word[:-3] + "y" in words.OFFICE_HEADS)
    )


# The last item of a list inside an office is this many words at most:
# "International Cybersecurity Policy".
MAX_LIST_ITEM_WORDS = 4


# Office heads that open a style too: "Senator the Hon.", "General".
_STYLE_OFFICES = words.OFFICE_HEADS & _STYLE_OPENERS


def _office_then_name(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether an office written before a name starts at *index*: "Secretary of State Kerry".

    Not where an office goes on after what would be the name: in
    "International Cybersecurity Policy of the U.S. Senate Committee ...",
    "Policy of" goes on after "Cybersecurity", and no name is read.
    """
    seen = tokens.words
    stop = _title_before(tokens, index, limit)
    if not (index < stop < limit and _is_name_word(seen[stop])):
        return False
    after = _name_end(tokens, stop, limit)
    if _closes_body(seen, after - 1):
        # "President and CEO of NVIDIA| Corporation", "... of the UAE| Armed
        # Forces": a body's name goes on.
        return False
    return after >= limit or not (seen[after] in _OFFICE_PARTS or seen[after] in ("of", "for"))


def _place_tail(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether a country or body closes the office after a comma: see :func:`_place_tail_end`."""
    return _place_tail_end(tokens, index, limit) is not None


def _place_tail_end(tokens: Tokens, index: int, limit: int) -> int | None:
    """Past the country or body that closes the office after a comma, or None.

    "..., Federal Republic of Germany", "..., Solomon Islands", "..., European
    Union and Cooperation of Spain", "..., the Vaccine Alliance": name words
    and joiners only, up to the end of the mention.
    """
    seen = tokens.words
    if index < limit and seen[index] == "and":
        # ", and the Chinese delegation led by ...": a clause of its own.
        return None
    cursor = index
    while cursor < limit and (
        (_capitalised(seen[cursor]) and not _opens_next_person(tokens, cursor, limit))
        or seen[cursor] in ("of", "and", "the", "for")
    ):
        cursor += 1
    if cursor == index or not _capitalised(seen[cursor - 1]):
        return None
    closes = cursor >= limit or seen[cursor] in _PLACE_TAIL_ENDS or _words_end(seen, cursor)
    return cursor if closes else None


# What may follow a country or body closing an office: the end of the
# mention, or its acronym ("... Communist Party of China [CPC]", "(ROK)").
_PLACE_TAIL_ENDS = frozenset((",", ".", ";", ")", "(", "["))


def _is_name_start(tokens: Tokens, index: int, limit: int) -> bool:
    return honorific_end(tokens, index, limit) > index


def _words_end(seen: list[str], index: int) -> bool:
    return seen[index][:1].islower() and seen[index] not in words.TITLE_JOINERS


# Office words no earlier test of :func:`_office_run` stops at, so they can be
# taken first.
_PLAIN_OFFICE_PARTS = (
    _OFFICE_PARTS
    - words.TITLE_JOINERS
    - {"(", "in", "at", "on", "-", "’s", "'s"}
    # Office words that open a style too ("Senator the Hon."): asked below.
    - _STYLE_OPENERS
)


# Marks that end an office part, whatever follows them.
_OFFICE_ENDS = frozenset((",", ";", ":", ")"))


def _office_run(tokens: Tokens, index: int, limit: int) -> int:
    """The end of one comma-free part of an office starting at *index*.

    Capitalised words belong to it when they are office or place words, or
    name the body or country after "of", "for", "to", "the" or "and"
    ("of Mongolia"); another capitalised word starts a name.
    """
    seen = tokens.words
    cursor = index
    end = index
    # The first word of a part is the caller's to judge: "NATO Secretary
    # General", "Germany" in "Federal Minister for Foreign Affairs, Germany".
    free = True
    styles = _honorific_table()
    while cursor < limit and cursor - index < MAX_TITLE_TOKENS:
        word = seen[cursor]
        if word in _PLAIN_OFFICE_PARTS:
            # Most words of an office: "Minister", "Foreign", "Affairs".
            cursor = end = cursor + 1
            free = False
            continue
        if word in _OFFICE_ENDS:
            # Most offices end at a comma: no test below takes one.
            break
        if word in ("(", "["):
            after = _past_office_bracket(tokens, cursor, limit)
            if after is None:
                break
            cursor = end = after
            continue
        if word in ("from", "in", "at", "on"):
            went = _past_preposition(tokens, cursor, end, limit)
            if went is None:
                break
            cursor, end, free = went
            continue
        if word == "for" and (after := _what_for_end(tokens, cursor, limit)) is not None:
            cursor = end = after
            free = False
            continue
        if word == "with" and (after := _partner_of_field(seen, cursor, limit)) is not None:
            cursor = end = after
            continue
        if joined := _joiner_length(seen, cursor, limit):
            free = word not in ("/", "&", "-")
            cursor += joined
            continue
        if word in styles and _opens_next_person(tokens, cursor, limit):
            # "... of Australia and Senator the Hon. Penny Wong": the next person.
            break
        taken = _office_word(seen, cursor, limit, free=free)
        if taken is None:
            named = _still_office(seen, index, cursor, limit)
            if named is None:
                break
            cursor = end = named
            continue
        cursor = end = cursor + 1
        free = free and not taken
    return end


def _joiner_length(seen: list[str], index: int, limit: int) -> int:
    """How many words at *index* join the parts of an office ("of", "for", "-"), or 0.

    "attached to" is two: "Minister of State for European Affairs attached
    to the Minister for Europe and Foreign Affairs" names the office it serves.
    """
    word = seen[index]
    if word in words.TITLE_JOINERS or word in ("-", "’s", "'s"):
        return 1
    return 2 if word == "attached" and index + 1 < limit and seen[index + 1] == "to" else 0


def _still_office(seen: list[str], first: int, index: int, limit: int) -> int | None:
    """Past words from *index* that an office from *first* holds though no office word does.

    A body's name its acronym closes ("... of Chemical| Weapons (OPCW)",
    "... Friendship| with Foreign Countries (CPAFFC)"), and what qualifies a
    chair the office opens with ("University
    Distinguished| Service Professor at ...").
    """
    if seen[index].islower() and index + 1 < limit:
        # "Association for Friendship with| Foreign Countries (CPAFFC)": a
        # small word inside the body's name.
        return _acronym_closes(seen, index + 1, limit)
    unit = _body_unit_end(seen, first, index, limit)
    if unit is not None:
        return unit
    named = _acronym_closes(seen, index, limit)
    if named is None and index <= first + 1:
        # Only at the office's second word: the chair stands ahead of it.
        named = _qualified_chair(seen, first, limit)
    return named


# A body's office is named in this many capitalised words at most: "Liaison|
# Office", "Regional Representation| Office".
MAX_UNIT_WORDS = 3


def _body_unit_end(seen: list[str], first: int, index: int, limit: int) -> int | None:
    """Past a body's own office named at *index*, in an office from *first*, or None.

    "Director of the FAO| Liaison Office", "Director of the United Nations
    Development Programme (UNDP)| Representation Office": capitalised words
    closing on "Office", after an office that names its body with "of".

    >>> _body_unit_end("Director of the FAO Liaison Office in Japan".split(), 0, 4, 8)
    6
    >>> _body_unit_end("Director of the FAO Liaison Mr Smith".split(), 0, 4, 7) is None
    True
    """
    if "of" not in seen[first:index]:
        return None
    for cursor in range(index, min(limit, index + MAX_UNIT_WORDS)):
        if not _capitalised(seen[cursor]):
            return None
        if seen[cursor] == "Office":
            return cursor + 1
    return None


def _past_preposition(
    tokens: Tokens, index: int, end: int, limit: int
) -> tuple[int, int, bool] | None:
    """Where an office goes on past "from", "in", "at" or "on" at *index*, or None.

    Returns the next word to read, the office's end so far and whether a
    place may start there: "United States Senator from| Tennessee",
    "Minister in| charge of", "Special Envoy on| Climate", and past a
    subject in words: "Special Rapporteur on the situation of human rights
    in Myanmar|".
    """
    after = _office_goes_on(tokens, index, limit)
    if after is None:
        return None
    word = tokens.words[index]
    # A place may start after it: "from| Tennessee", "in| Osaka", and a
    # school after a chair: "Professor at| the University of Tokyo".
    free = word in ("from", "on", "in") or (word == "at" and _holds_chair(tokens.words, index))
    return after, after if after > index + 1 else end, free


def _partner_of_field(seen: list[str], index: int, limit: int) -> int | None:
    """Past the partner a portfolio's field is with, after "with" at *index*, or None.

    "Minister for Economic Cooperation with| Russia, who ...": a field
    ("-tion", "-ment", ..., "Relations") before "with", and a place in
    capitals closing the clause after it; not a person ("... Cooperation
    with Mr. X").

    >>> _partner_of_field("Economic Cooperation with Russia , who".split(), 2, 6)
    4
    >>> _partner_of_field("Relations with Japan of the European Parliament ,".split(), 1, 8)
    7
    >>> _partner_of_field("Cooperation with Mr . X".split(), 1, 5) is None
    True
    """
    before = seen[index - 1]
    if before != "Relations" and not (_capitalised(before) and before.endswith(_FIELD_ENDINGS)):
        return None
    if index + 1 >= limit or seen[index + 1] in _honorific_table():
        return None
    closing = _topic_closing(seen, index + 1, limit)
    partner = _capitals_end(seen, index + 1, limit)
    if closing is None and index + 1 < partner < limit and seen[partner] == "of":
        # "Delegation for Relations with Japan| of the European Parliament":
        # the partner, then the body the office is of.
        return _topic_closing(seen, partner + 1, limit)
    if (
        closing is None
        and index + 1 < partner < limit - 1
        and seen[partner] == "and"
        and seen[partner + 1] in _honorific_table()
    ):
        # "Cooperation with Russia| and Mr. Maxim Oreshkin, ...": the next person.
        return partner
    return closing


def _what_for_end(tokens: Tokens, index: int, limit: int) -> int | None:
    """Past a portfolio, or what a body is for, after "for" at *index*, or None."""
    seen = tokens.words
    run = _capitals_run(tokens, index + 1, limit)
    last = seen[run - 1] if run > index + 2 else ""
    if last in words.OFFICE_WORDS or last in words.PORTFOLIO_WORDS:
        # "for| Korean Peninsula Peace and Security Affairs": a portfolio in
        # capitals closing on an office's word.
        return run
    return _purpose_end(tokens, index, run, limit)


def _past_office_bracket(tokens: Tokens, index: int, limit: int) -> int | None:
    """Past the bracket at *index* inside an office, or None where it ends the office.

    A body word after a body's short name still closes the body's name:
    "the African Development Bank (AfDB)| Group".
    """
    after = _office_bracket_end(tokens, index, limit)
    if after is not None and after < limit and tokens.words[after] in words.BODY_WORDS:
        return after + 1
    return after


def _capitals_run(tokens: Tokens, index: int, limit: int) -> int:
    """Past the capitalised words from *index*, with "and" or "&" between two of them.

    "Korean Peninsula Peace and Security Affairs", "iPS Cell Research and
    Application" (a word such as "iPS" too), MAX_PORTFOLIO_RUN words at most.
    A person's style ends the run, and so does "and" before one: "...
    Studies| and Dr. Michael Green".
    """
    seen = tokens.words
    cursor = index
    stop = min(limit, index + MAX_PORTFOLIO_RUN)
    while cursor < stop:
        word = seen[cursor]
        joins = word in ("and", "&")
        if joins and not (
            cursor + 1 < limit
            and _in_body_name(seen[cursor + 1])
            and seen[cursor + 1] not in words.OFFICE_HEADS
        ):
            # "... Studies| and Former Deputy Secretary of State ...": the next office.
            break
        if not joins and not (_in_body_name(word) or _mixed_case(word)):
            break
        if _opens_next_person(tokens, cursor + 1 if joins else cursor, limit):
            break
        cursor += 1
    return cursor


# A portfolio after "for" runs to this many words at most: "for Korean
# Peninsula Peace and Security Affairs".
MAX_PORTFOLIO_RUN = 8


def _purpose_end(tokens: Tokens, index: int, run: int, limit: int) -> int | None:
    """Past what a body is for, the capitalised words after its word and "for" at *index*.

    "Director of the Institute for| Advanced Study,", "Director of the Center
    for| iPS Cell Research and Application,": the *run* of them ends the
    office, at a comma or a stop, or before the next person ("... Studies|
    and Dr. Michael Green"). None where it goes on into anything else.
    """
    seen = tokens.words
    if not (index > 0 and seen[index - 1] in words.BODY_WORDS) or run <= index + 1:
        return None
    joined = run < limit and seen[run] in ("and", "&")
    closes = (
        run >= limit
        or seen[run] in _PLACE_TAIL_ENDS
        or _opens_next_person(tokens, run + 1 if joined else run, limit)
    )
    return run if closes else None


def _mixed_case(word: str) -> bool:
    """Whether *word* opens in lower case and holds a capital: "iPS", "mRNA"."""
    return word[:1].islower() and not word.islower() and word.isalpha()


def _office_word(seen: list[str], index: int, limit: int, *, free: bool) -> bool | None:
    """Whether the word at *index* goes on an office, as :func:`_office_run` asks last.

    True for an office or place word, a number, an ordinal, or the body or
    country an office names ("of Mongolia", "of Sri Lanka"), after which no
    body's name is free to start; False for an office word in lower case or
    the stop of an abbreviation ("St."), which change nothing; None for a
    word that ends the office.
    """
    word = seen[index]
    if word in _OFFICE_PARTS or word[:1].isdigit() or _ordinal_part(seen, index, limit):
        return True
    if word in words.COMPANY_SUFFIXES and _capitalised(seen[index - 1]):
        # "Chairman of Siemens AG": the company's form closes its name.
        return True
    if _capital_in_office(seen, index, limit, free=free) or _numbers_office(seen, index, limit):
        return True
    if _lower_office_word(seen, index, limit) or (word == "." and _abbreviation_stop(seen, index)):
        return False
    return None


# Roman numerals that number one of two or more offices of one name: the
# generational suffixes written so ("II", "III").
_OFFICE_NUMBERS = frozenset(word for word in words.GENERATIONAL if set(word) <= set("IVX"))


def _numbers_office(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* numbers the office before it: "Minister of Foreign Affairs II".

    It closes the office: a comma, a bracket, "and" or the end follows.
    """
    return (
        seen[index] in _OFFICE_NUMBERS
        and _capitalised(seen[index - 1])
        and _closes_name(seen, index + 1, limit)
    )


def _lower_office_word(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* is an office word written in lower case.

    "minister for foreign affairs of Peru", "in charge of", "newly appointed";
    an ordinal only before an office, not "first" in "... of Ruritania for
    the first time".
    """
    word = seen[index]
    if word in _AFTER_NEWLY and seen[index - 1] == "newly":
        return True
    if not word.islower() or (word not in words.LOWER_OFFICE_WORDS and word != "charge"):
        return False
    return word not in words.ORDINAL_WORDS or _ordinal_part(seen, index, limit)


# What "newly" qualifies an office with: "newly appointed Minister for ...".
_AFTER_NEWLY = frozenset({"appointed", "elected", "installed", "inaugurated"})


def _office_goes_on(tokens: Tokens, index: int, limit: int) -> int | None:
    """Past "from", "in", "at" or "on" at *index* when it goes on an office, or None.

    Past a subject written in words, too, when "on" names one ("on the
    situation of human rights in Myanmar").
    """
    seen = tokens.words
    if seen[index] in ("in", "on") and (named := _acronym_end(seen, index + 1, limit)):
        # "Co-operation in| Europe (OSCE)", "Conference on| Interaction and
        # ... in Asia (CICA)": the rest of a body's name.
        return named
    if seen[index] == "on":
        if not _topic_follows(seen, index, limit):
            # Past the body the office serves, only a subject in capitals that
            # closes on an office word ("Special Representative of the Chinese
            # Government on Korean Peninsula Affairs"), or, for an envoy, one
            # that closes the clause ("Special Envoy of the Secretary-General
            # on Myanmar,").
            office = _served_topic_office(seen, index) if index + 1 < limit else None
            if office is None:
                return None
            return _capitalised_topic_end(seen, index + 1, limit) or (
                _topic_closing(seen, index + 1, limit) if _is_envoy(seen, office) else None
            )
        if seen[index + 1][:1].islower():
            return _topic_end(tokens, index + 1, limit)
        # "Committee on Foreign Relations", and a subject in capitals closing
        # the clause: "Committee on Armed Services,".
        return (
            _capitalised_topic_end(seen, index + 1, limit)
            or _topic_closing(seen, index + 1, limit)
            or index + 1
        )
    if seen[index] == "in" and (placed := _envoy_subject_placed(seen, index, limit)):
        return placed
    return index + 1 if _joins_office_here(seen, index, limit) else None


def _envoy_subject_placed(seen: list[str], index: int, limit: int) -> int | None:
    """Past the place an envoy's subject is in, after "in" at *index*, or None.

    "Special Envoy of the Government of Japan for National Reconciliation in|
    Myanmar, held ...": an envoy sent for a subject in capitals, named as
    the subject of the sentence, and a place in capitals closed by a comma
    and the lead verb. Not at a sentence's end ("... for Climate in
    Tokyo."), nor before more of the sentence ("... for Syria in Geneva,
    Switzerland, for approximately 30 minutes"): there the place is the
    meeting's.

    >>> office = "Special Envoy for National Reconciliation in Myanmar , held".split()
    >>> _envoy_subject_placed(office, 5, len(office))
    7
    >>> _envoy_subject_placed("Special Envoy for Climate in Tokyo .".split(), 4, 7) is None
    True
    >>> office = "Special Envoy for Syria in Geneva , Switzerland , for".split()
    >>> _envoy_subject_placed(office, 4, len(office)) is None
    True
    """
    subject = index - 1
    while subject > 0 and index - subject <= MAX_TOPIC_TOKENS and seen[subject][:1].isupper():
        subject -= 1
    if subject >= index - 1 or seen[subject] != "for":
        return None
    office = subject - 1 if seen[subject - 1] in _ENVOYS else _served_topic_office(seen, subject)
    if office is None or not _is_envoy(seen, office):
        return None
    end = _topic_closing(seen, index + 1, limit)
    if end is None or end + 1 >= limit or seen[end] != ",":
        return None
    return end if seen[end + 1] in words.LEAD_VERB_WORDS else None


def _capitalised_topic_end(seen: list[str], index: int, limit: int) -> int | None:
    """Past a subject in capitals closing on a word of an office: "on Korean Peninsula Affairs".

    None when its last capitalised word is none ("on Korean Peninsula"): the
    office goes on word by word, as before any subject.
    """
    cursor = _capitals_end(seen, index, limit)
    return cursor if cursor > index + 1 and seen[cursor - 1] in words.OFFICE_WORDS else None


def _capitals_end(seen: list[str], index: int, limit: int) -> int:
    """Past the capitalised words of a subject from *index*, MAX_TOPIC_TOKENS at most."""
    cursor = index
    while cursor < min(limit, index + MAX_TOPIC_TOKENS) and seen[cursor][:1].isupper():
        cursor += 1
    return cursor


# A subject in capitals after "on" is this many words at most: "on Korean Peninsula Affairs".
MAX_TOPIC_TOKENS = 6


def _topic_closing(seen: list[str], index: int, limit: int) -> int | None:
    """Past a subject in capitals that closes the clause: "on Myanmar," or "on the Sahel.".

    None for any other words ("on Monday", "on Korean Peninsula Policy and
    ..."): the office goes on word by word, as before any subject.
    """
    first = index + 1 if seen[index] == "the" else index
    cursor = _capitals_end(seen, first, limit)
    opening = seen[first].lower() if cursor > first else ""
    if not opening or opening in calendar.MONTHS or opening in calendar.WEEKDAYS:
        return None
    return cursor if cursor == limit or seen[cursor] in _CLAUSE_ENDS else None


# What closes the clause a subject ends: "on Myanmar, who is visiting Japan".
_CLAUSE_ENDS = frozenset({",", ".", ";", ")"})


def _topic_follows(seen: list[str], index: int, limit: int) -> bool:
    """Whether "on" at *index* names the subject of the office or body before it.

    "Special Rapporteur on the situation ...", "Committee on Foreign
    Relations"; not "... Envoy on May 9" nor "... Envoy on 9 May".
    """
    if index + 1 >= limit or seen[index - 1] not in words.TOPIC_OFFICES:
        return False
    following = seen[index + 1]
    if following[:1].isdigit() or following.lower() in calendar.MONTHS:
        return False
    # "... Representative on a visit to Japan", "... Envoy on the occasion of".
    return not (following in _NOT_TOPICS or seen[index + 1 : index + 3] == ["the", "occasion"])


def _served_topic_office(seen: list[str], index: int) -> int | None:
    """Where the office named for a subject stands that "on" at *index* follows, past its body.

    "Special Representative of the Chinese Government| on": back over
    capitalised words, "the", "of" and "to" to an "of" or "to" with the office
    right before it; None when there is none.
    """
    cursor = index - 1
    for _ in range(MAX_SERVED_BODY_TOKENS):
        if cursor < 1 or not (seen[cursor][:1].isupper() or seen[cursor] in ("the", "of", "to")):
            return None
        if seen[cursor] in ("of", "to") and seen[cursor - 1] in words.TOPIC_OFFICES:
            # "Special Representative of the Chinese Government| on", "Adviser
            # to the Prime Minister| on".
            return cursor - 1
        cursor -= 1
    return None


def _is_envoy(seen: list[str], office: int) -> bool:
    """Whether the office at *office* is an envoy's, sent on a subject: "Special Envoy".

    "Special Representative" is one too; a legislator is not: "Representative
    of the State of Hawaii| on Capitol Hill".
    """
    word = seen[office]
    return word in _ENVOYS or (word == "Representative" and seen[office - 1] in _ENVOY_RANKS)


# Offices sent on a subject, and the ranks that make a representative one.
_ENVOYS = frozenset({"Envoy", "Rapporteur", "Adviser", "Advisor", "Coordinator"})
_ENVOY_RANKS = frozenset({"Special", "High", "Personal"})


# The body an office of a subject serves is this many tokens at most: "of the
# Secretary-General of the United Nations".
MAX_SERVED_BODY_TOKENS = 9


# Words after "on" that open no subject: "on a visit", "on his way", "on behalf of".
_NOT_TOPICS = frozenset({"a", "an", "his", "her", "their", "behalf"})


def _topic_end(tokens: Tokens, index: int, limit: int) -> int:
    """The end of a subject written in words after "on", from *index*.

    It runs to the end of the clause: a comma, a bracket, a stop, "who", a
    lead verb or the next person's styles.
    """
    seen = tokens.words
    cursor = index
    stop = min(limit, index + MAX_TITLE_TOKENS)
    while (
        cursor < stop
        and seen[cursor] not in _TOPIC_ENDS
        and not _opens_next_person(tokens, cursor, limit)
        and not (seen[cursor] == "and" and _opens_next_person(tokens, cursor + 1, limit))
        and not _states_time(seen, cursor, limit)
    ):
        cursor += 1
    return cursor


def _states_time(seen: list[str], index: int, limit: int) -> bool:
    """Whether the words at *index* open a time or length: "from 10:00", "for about 30"."""
    if seen[index] not in ("from", "for", "at", "on") or index + 1 >= limit:
        return False
    following = seen[index + 1]
    return (
        following[:1].isdigit() or following in _TIME_WORDS or following.lower() in calendar.MONTHS
    )


# Words that open a length or a time after "for" or "at": "for about 30 minutes".
_TIME_WORDS = frozenset({"about", "approximately", "around", "some", "nearly", "over", "one", "an"})


# What ends a subject written in words after "on" ("on the situation of
# human rights in Myanmar, who ...").
_TOPIC_ENDS = frozenset(
    {",", ".", ";", ":", "(", ")", "who", "which", "whose", "met"}
    | {verb.split()[0] for verb in words.LEAD_VERBS}
)


# How far before "in" a mission is named: "Embassy of the Republic of Korea| in",
# "Embassy of the United Kingdom of Great Britain and Northern Ireland| in".
MAX_MISSION_TOKENS = 12


def _school_after(seen: list[str], index: int, limit: int) -> bool:
    """Whether a school or an institute is named after "at" at *index*.

    Capitalised words holding a school's word ("Keio University", "the
    Center for ..."), or an acronym alone ("the CFR,"); not "the ASEAN
    Summit", nor "the Prime Minister's Office", where a meeting is held.

    >>> _school_after("Fellow at the CFR ,".split(), 1, 5)
    True
    >>> _school_after("Chair at the ASEAN Summit".split(), 1, 5)
    False
    """
    at = index + 2 if seen[index + 1 : index + 2] == ["the"] else index + 1
    if at >= limit:
        return False
    word = seen[at]
    if len(word) > 1 and word.isupper() and word.isalpha():
        return at + 1 >= limit or seen[at + 1] in _PLACE_TAIL_ENDS
    for cursor in range(at, min(limit, at + MAX_BODY_NAME_TOKENS)):
        if seen[cursor] in words.SCHOOL_WORDS:
            return True
        if not _capitalised(seen[cursor]) and seen[cursor] not in ("of", "for", "and"):
            return False
    return False


# A chair's subject runs to this many words at most: "Professor of
# International Politics| at Keio University".
MAX_CHAIR_TOKENS = 5


def _holds_chair(seen: list[str], index: int) -> bool:
    """Whether the office before "at" at *index* is a chair: "Professor of Law| at ...".

    >>> _holds_chair("Professor of International Politics at Keio".split(), 4)
    True
    """
    return any(
        word in words.ACADEMIC_POSTS for word in seen[max(0, index - MAX_CHAIR_TOKENS) : index]
    )


def _joins_office_here(seen: list[str], index: int, limit: int) -> bool:
    """Whether "from", "in", "at" or "on" at *index* goes on an office.

    "United States Senator from Tennessee" (the state elected from) and
    "Minister in charge of ..." do; "... of Turkey| in Hamburg" and "...
    Prime Minister| at the Guest House" name a place.
    """
    word = seen[index]
    if word == "from":
        return seen[index - 1] in words.ELECTED_OFFICES
    if word == "at":
        # "Minister at the Prime Minister’s Office": a minister's post in a
        # head of government's office, not where a meeting was held.
        # "Prime Minister at the Prime Minister’s Office" says where he was.
        # "Professor at the University of Tokyo": a chair held at a school.
        return (
            (seen[index - 1] in ("Minister", "State") and _head_office_at(seen, index, limit))
            or _department_at(seen, index, limit)
            or (_holds_chair(seen, index) and _school_after(seen, index, limit))
        )
    if word != "in" or index + 1 >= limit:
        return False
    # "Minister in charge of ...", where a mission of the office stands ("...
    # of the Embassy of the ROK in| Japan") and the country a representative
    # is posted to ("UNHCR Representative in| Japan").
    if seen[index - 1] == "Representative" and seen[index + 1].lower() in words.DEMONYMS:
        return True
    if seen[index - 1] == "Office" and "of" in seen[max(0, index - MAX_MISSION_TOKENS) : index]:
        # Where a body's office stands: "... of the FAO Liaison Office in| Japan".
        return True
    return seen[index + 1][:1].islower() or any(
        before in words.MISSIONS for before in seen[max(0, index - MAX_MISSION_TOKENS) : index]
    )


def _acronym_end(seen: list[str], index: int, limit: int) -> int | None:
    """Past the words of a name from *index* and the name's acronym in brackets closing it.

    "... Co-operation in| Europe (OSCE)", "Conference on| Interaction and
    Confidence Building Measures in Asia (CICA)": the words are part of the
    body's name, which the acronym closes, its letters the initials of the
    name's words. None where they close on anything else ("in Vienna,", "in
    Astana (Kazakhstan)", "in Bangkok (ARF)").

    >>> name = "Organization for Security and Co-operation in Europe ( OSCE ) ,".split()
    >>> _acronym_end(name, 6, len(name))
    10
    >>> _acronym_end(["Astana", "(", "Kazakhstan", ")"], 0, 4) is None
    True
    >>> treaty = "Treaty on the Non-Proliferation of Nuclear Weapons ( NPT )".split()
    >>> _acronym_end(treaty, 2, len(treaty))
    10
    >>> _acronym_end("Embassy of Japan in Kuala Lumpur ( KLE )".split(), 4, 9) is None
    True

    *index* is the word after "in" or "on", the word before which heads the name.
    """
    found = _bracketed_acronym(seen, index, limit)
    if found is None:
        return None
    bracket, letters = found
    # Its letters, in order, among the initials of the name's words: "(OSCE)"
    # after "Organization for Security and Co-operation in Europe", not
    # "(JST)" after "... of America on Tuesday" nor "(ARF)" after "... in Bangkok".
    if _in_order(letters, _initials(seen[max(0, bracket - MAX_NAME_WORDS) : bracket])):
        return bracket + 3
    # Or its last letter the head word's before "in" or "on", the rest the
    # words' after it: "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)".
    head = seen[index - 2][:1].lower() if index >= 2 else ""
    if letters[-1] == head and _in_order(letters[:-1], _initials(seen[index:bracket])):
        return bracket + 3
    return None


def _acronym_closes(seen: list[str], index: int, limit: int) -> int | None:
    """Past the words from *index* and the acronym closing the body the office before names.

    "Director-General of the Organisation for the Prohibition of Chemical|
    Weapons (OPCW)": capitalised words that would end the office go on it
    when the acronym in brackets after them takes its letters, in order,
    from the initials of the office's words: those since the comma before
    them, which the name before the office stands before.

    >>> seen = "Mr. Oscar Perez , Director of Chemical Weapons ( OPCW ) ,".split()
    >>> _acronym_closes(seen, 7, len(seen)) is None
    True
    >>> seen = "Director-General of the Organisation for the Prohibition of Chemical".split()
    >>> _acronym_closes(seen + "Weapons ( OPCW ) ,".split(), 9, 14)
    13
    """
    found = _bracketed_acronym(seen, index, limit)
    if found is None:
        return None
    bracket, letters = found
    low = max(0, bracket - MAX_NAME_WORDS)
    window = seen[low:bracket]
    if "," in window:
        window = window[len(window) - window[::-1].index(",") :]
    return bracket + 3 if _in_order(letters, _initials(window)) else None


def _bracketed_acronym(seen: list[str], index: int, limit: int) -> tuple[int, str] | None:
    """Capitalised words from *index* an acronym in brackets closes: where "(" is, and its letters.

    Small words may join the words ("Security and Co-operation in"), and a
    slash two ("HIV/AIDS").
    """
    cursor = index
    while (
        cursor < limit
        and cursor - index < MAX_NAME_TAIL
        and (
            seen[cursor][:1].isupper()
            or seen[cursor] in _NAME_TAIL_JOINERS
            or (seen[cursor] == "/" and cursor + 1 < limit)
        )
    ):
        cursor += 1
    if not (
        index < cursor
        and seen[cursor - 1][:1].isupper()
        and cursor + 2 < limit
        and seen[cursor] == "("
        and seen[cursor + 2] == ")"
    ):
        return None
    acronym = seen[cursor + 1]
    if not (acronym.isupper() and acronym.isalpha()):
        return None
    return cursor, acronym.lower()


def _in_order(letters: str, initials: list[str]) -> bool:
    """Whether *letters* are among *initials*, in their order."""
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)


def _initials(name: Sequence[str]) -> list[str]:
    """The letters a name's acronym may take, in order, in lower case.

    Each word's first letter and each of its hyphenated parts', and every
    letter of a word in capitals: "UN Office on Drugs and Crime" gives u, n,
    o, o, d, a, c ("UNODC").

    >>> "".join(_initials("UN Office on Non-Proliferation".split()))
    'unoonp'
    """
    letters: list[str] = []
    for word in name:
        if word.isupper():
            letters.extend(word.lower())
        else:
            letters.extend(part[:1].lower() for part in word.split("-") if part)
    return letters


# The words of a body's name after "in" or "on" are this many at most:
# "Interaction and Confidence Building Measures in Asia"; the whole name,
# whose initials its acronym takes, this many.
MAX_NAME_TAIL = 8
MAX_NAME_WORDS = 14

# Small words inside a body's name; "at" and "to" go on past it ("in Vienna
# to attend ...").
_NAME_TAIL_JOINERS = words.TITLE_JOINERS - {"at", "to", "/"}


def _department_at(seen: list[str], index: int, limit: int) -> bool:
    """Whether "at" at *index* opens the department a Minister of State serves in.

    "Minister of State for the Indo-Pacific at| the Foreign, Commonwealth and
    Development Office", "Minister of State at| the Department for
    International Trade": a British minister's post, after "Minister of
    State", in a department named in capitals.
    """
    before = seen[max(0, index - MAX_MINISTRY_TOKENS) : index]
    if "State" not in before or index + 2 >= limit or seen[index + 1] != "the":
        return False
    state = len(before) - 1 - before[::-1].index("State")
    if before[max(0, state - 2) : state] != ["Minister", "of"]:
        return False
    cursor = index + 2
    while cursor < limit and (seen[cursor][:1].isupper() or seen[cursor] in (",", "and", "for")):
        if seen[cursor] in _DEPARTMENTS:
            return True
        cursor += 1
    return False


# How far before "at" a Minister of State is named: "Minister of State for the
# Indo-Pacific| at".
MAX_MINISTRY_TOKENS = 10

# The offices of a head of government or state a minister may hold a post at.
_HEAD_OFFICES = frozenset({"Office", "Department"})

# The words that close a department's name.
_DEPARTMENTS = _HEAD_OFFICES | {"Ministry"}

# How many words the holder of such an office takes at most: "Prime Minister".
MAX_HOLDER_TOKENS = 3


def _head_office_at(seen: list[str], index: int, limit: int) -> bool:
    """Whether "at" at *index* opens a head's office another holds a post at.

    "Minister at the Prime Minister’s Office"; not "Prime Minister at the
    Prime Minister’s Office" or "Chief Minister at the Chief Minister’s
    Office", which say where the holder was.
    """
    if index + 1 >= limit or seen[index + 1] != "the":
        return False
    for at in range(index + 3, min(limit - 1, index + 3 + MAX_HOLDER_TOKENS)):
        if seen[at] in ("’s", "'s"):
            holder = seen[index + 2 : at]
            return seen[at + 1] in _HEAD_OFFICES and seen[index - len(holder) : index] != holder
    return False


def _office_bracket_end(tokens: Tokens, index: int, limit: int) -> int | None:
    """Past a bracket at *index* that belongs to an office, or None.

    "(ROK)", "(Foreign Minister)", "(Americas)" before "of Canada", and an
    acronym in square brackets: "Communist Party of China [CPC]".
    """
    seen = tokens.words
    if seen[index] == "[":
        closed = index + 2 < limit and seen[index + 2] == "]"
        return index + 3 if closed and _is_acronym(tokens, index + 1, index + 2) else None
    close = _paren_end(tokens, index, limit)
    if close is None:
        return None
    if _office_paren(tokens, index + 1, close) or (
        # A body's short name: "Japan Business Federation (Keidanren)".
        seen[index - 1] in words.BODY_WORDS and _short_name(seen, index + 1, close)
    ):
        return close + 1
    named = close + 3 if close + 2 < limit and seen[close + 2] == "the" else close + 2
    if (
        named < limit
        and seen[close + 1] in _OFFICE_GOES_ON_AFTER_BRACKET
        and _capitalised(seen[named])
        and _short_name(seen, index + 1, close)
    ):
        # A portfolio's region or a rank's charge, the office going on after
        # it with a name: "Minister of State of Foreign Affairs (Americas)| of
        # Canada", "Minister of State (Independent Charge)| for Commerce and
        # Industry"; not "(Peru)| for 30 minutes", "(Canada)| to discuss".
        return close + 1
    return None


# Words after a bracket inside an office that go on with it.
_OFFICE_GOES_ON_AFTER_BRACKET = frozenset({"of", "for", "to"})


def _short_name(seen: list[str], first: int, last: int) -> bool:
    """Whether ``seen[first:last]`` is a short name of capitalised words: "Keidanren"."""
    return 0 < last - first <= MAX_SHORT_NAME_TOKENS and all(
        _capitalised(word) for word in seen[first:last]
    )


def _capital_in_office(seen: list[str], index: int, limit: int, *, free: bool) -> bool:
    """Whether the capitalised word at *index* goes on an office.

    Where a body or country may start (*free*, after "of", "for", "the"...),
    after a place word, before "of" after another capitalised word ("... and
    Moroccan Expatriates of the Kingdom of Morocco"), or when it names a
    field, as no name does ("African Integration").
    """
    word = seen[index]
    if word.startswith(_ELIDED_DE) and word[2:3].isupper() and _capitalised(seen[index - 1]):
        # "of Côte| d'Ivoire": a name goes on after an elided "de".
        return True
    capitalised = _capitalised(word)
    if not capitalised and word.capitalize() not in words.PLACE_WORDS:
        return False
    return (
        free
        or seen[index - 1] in words.PLACE_WORDS
        # "the Global Fund to Fight| AIDS": no name.
        or word in words.DISEASES
        or (index + 1 < limit and seen[index + 1] == "of" and _capitalised(seen[index - 1]))
        or (capitalised and word.endswith(_FIELD_ENDINGS))
        or _in_chief_officer(seen, index, limit)
    )


# A chief officer's field is this many words at most: "Chief Information
# Security Officer".
MAX_FIELD_WORDS = 3


def _in_chief_officer(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* names a chief officer's field: "Chief Legal| Officer".

    Capitalised words between "Chief" and "Officer" are the office's, as
    "Executive" of "Chief Executive Officer" is: "Chief Operating Officer",
    "Chief Information Security Officer".

    >>> seen = "President and Chief Legal Officer of Microsoft".split()
    >>> _in_chief_officer(seen, 3, len(seen)), _in_chief_officer(seen, 6, len(seen))
    (True, False)
    """
    first = index
    while (
        first > 0
        and index - first < MAX_FIELD_WORDS
        and seen[first - 1] != "Chief"
        and _capitalised(seen[first - 1])
    ):
        first -= 1
    if first == 0 or seen[first - 1] != "Chief":
        return False
    stop = index + 1
    while stop < limit and stop - first < MAX_FIELD_WORDS and seen[stop] != "Officer":
        if not _capitalised(seen[stop]):
            return False
        stop += 1
    return stop < limit and seen[stop] == "Officer"


def _opens_next_person(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether styles at *index* open the next person's mention.

    Styles do ("H.E. Mr."), but those opening on a word that is an office
    too only when a name follows them ("General Min Aung Hlaing", "Senator
    the Hon. Penny Wong"): "Senator from Tennessee", "Director, General
    Office" and "Custodian of the Two Holy Mosques" after a name are offices.
    """
    stop = honorific_end(tokens, index, limit)
    if stop <= index:
        return False
    if tokens.words[index] not in words.OFFICE_WORDS:
        return True
    # "Senator the Hon. Penny Wong", "General Min Aung Hlaing"; not "...,
    # Custodian of the Two Holy Mosques and King of ...", an office.
    return stop < limit and _is_name_word(tokens.words[stop])


# "de" elided before a vowel, joining the words of a name: "Côte d'Ivoire".
_ELIDED_DE = ("d'", "d’")

# How the words naming a field of government end: "Integration",
# "Development", "Tourism", "Agriculture", "Security".
_FIELD_ENDINGS = ("tion", "ment", "ism", "ture", "ity", "ities")


def _ordinal_part(seen: list[str], index: int, limit: int) -> bool:
    """Whether the word at *index* counts a session in an office, lower case as it may be.

    "President of the 77th session of the UN General Assembly", "of the
    seventy-ninth session": the ordinal before a session or a capitalised
    word, and "session" after an ordinal; not "first" in "... for the first
    time".
    """
    word = seen[index]
    if word == "session":
        return _ordinal_at(seen, index - 1)
    if index + 1 >= limit or not _ordinal_at(seen, index):
        return False
    following = seen[index + 1]
    return following == "session" or _capitalised(following)


def _ordinal_at(seen: list[str], index: int) -> bool:
    """Whether the word at *index* is an ordinal: "th" of "77th", "seventy-ninth"."""
    word = seen[index]
    if word in _ORDINALS:
        return index > 0 and seen[index - 1].isdigit()
    return word in words.ORDINAL_WORDS or (
        word.count("-") == 1 and word.partition("-")[2] in words.ORDINAL_WORDS
    )


def _abbreviation_stop(seen: list[str], index: int) -> bool:
    """Whether the "." at *index* ends an abbreviation ("St.", "Gen.") inside an office."""
    return index > 0 and (
        seen[index - 1] in ("St", "Gen", "Lt", "No", "Dept")
        or seen[index - 1] in words.COMPANY_FORMS
    )


def _office_paren(tokens: Tokens, first: int, last: int) -> bool:
    """Whether ``(...)`` inside an office belongs to it: "(ROK)", "(Foreign Minister)"."""
    if last <= first:
        return False
    head = tokens.words[first]
    if head.lower() in words.HEADLINE_SUFFIXES:
        return False
    return _is_acronym(tokens, first, last) or head in words.OFFICE_HEADS


def person_at(tokens: Tokens, index: int, limit: int) -> Mention | None:
    """The person whose mention starts at token *index*, read no further than *limit*.

    A name needs a style, an office before it ("U.S. Ambassador to Japan
    Roos"), or two words and an office after it ("Fumio Kishida, Minister").

    >>> t = tokenize("the Honorable Rex W. Tillerson, Secretary of State of the "
    ...              "United States of America, who is visiting Japan")
    >>> m = person_at(t, 0, len(t))
    >>> m.honorific, m.name, m.family_name
    ('the Honorable', 'Rex W. Tillerson', 'Tillerson')
    >>> m.title
    'Secretary of State of the United States of America'
    """
    seen = tokens.words
    # Most mentions open with a style; a word that opens none needs no reading.
    opens_style = index < limit and seen[index] in _honorific_table()
    honorific_stop = honorific_end(tokens, index, limit) if opens_style else index
    title_stop, second_start, second_stop = _office_and_styles(tokens, honorific_stop, limit)
    name_stop = _name_end(tokens, second_stop, limit, after_office=title_stop > honorific_stop)
    if opens_style and _building_closes_name(seen, second_stop, name_stop, limit):
        name_stop += 1
    if _no_name(seen, second_stop, name_stop, limit):
        return None
    if not opens_style and name_stop < limit and seen[name_stop] in words.BUILDING_WORDS:
        # "the State Guest House": a building's name, no person and their office.
        return None
    if not opens_style and _lost_dash(seen, second_stop, name_stop, limit):
        return None
    styled = honorific_stop > index or second_stop > second_start or title_stop > honorific_stop
    if not styled and (name_stop >= limit or seen[name_stop] not in _AFTER_BARE_NAME):
        # A bare name needs an office after it: "Taro Kono, Minister ...".
        return None
    name_stop = _name_goes_on(tokens, index, second_stop, name_stop, limit)
    if not styled and name_stop - second_stop - seen[second_stop:name_stop].count(".") < 2:
        return None
    post_nominal, after_name = _post_nominal(tokens, name_stop, limit)
    after = _title_after(tokens, after_name, limit)
    if after is not None and index == honorific_stop < title_stop and _names_next(tokens, after):
        # In a list written office first, what follows the comma is the next item.
        after = None
    if not styled and after is None:
        return None
    title = _title_of(tokens, after or (honorific_stop, title_stop))
    bare = name_stop if post_nominal is None else after_name
    if after is None and post_nominal is None and title:
        title, bare = _with_country(tokens, title, name_stop, limit)
    end = _mention_end(seen, after, after_name, bare)
    name = tokens.slice(second_stop, name_stop)
    styles = _mention_styles(
        tokens, (index, honorific_stop, title_stop, second_start, second_stop), after, title
    )
    stop = tokens.starts[end - 1] + len(seen[end - 1])
    return Mention(
        name, styles, title or None, family_name(name), post_nominal, tokens.starts[index], stop
    )


def _mention_styles(
    tokens: Tokens, marks: tuple[int, int, int, int, int], after: tuple[int, int] | None, title: str
) -> str | None:
    """The styles of a mention, from where its parts start and stop (see :func:`person_at`).

    *marks* are the mention's start, the end of its first styles and of its
    office, and the start and end of the styles after the office.
    """
    index, honorific_stop, title_stop, second_start, second_stop = marks
    if after is not None and _keeps_rank(tokens.slice(honorific_stop, title_stop), title):
        # The rank is a style where it is written: "His Royal Highness Prince Haji".
        return tokens.slice(index, second_stop)
    return _styles(tokens, index, honorific_stop, second_start, second_stop)


def _with_country(tokens: Tokens, title: str, at: int, limit: int) -> tuple[str, int]:
    """An office written before a name, with the country after the name at *at*, and its end.

    "President Lee Myung-bak of the Republic of Korea": the country is the office's.
    """
    country = _of_a_country(tokens.words, at, limit)
    if country == at:
        return title, at
    return f"{title} {tokens.slice(at, country)}", country


def _of_a_country(seen: list[str], at: int, limit: int) -> int:
    """Past "of" and the country or body after a name at *at*, or *at*.

    "President Lee Myung-bak| of the Republic of Korea|", "Prime Minister
    Modi| of India| in Tokyo": capitalised words, joined by "of" or "and"
    (but not before an office or a style: "of Japan| and President Obama").

    >>> seen = "Lee Myung-bak of the Republic of Korea .".split()
    >>> seen[_of_a_country(seen, 2, len(seen)) - 1]
    'Korea'
    """
    if at + 1 >= limit or seen[at] != "of":
        return at
    cursor = at + 2 if seen[at + 1] == "the" else at + 1
    end = at
    while cursor < limit and _in_country(seen[cursor]):
        cursor += 1
        end = cursor
        if cursor < limit and seen[cursor] in ("’s", "'s"):
            # "of the People’s Republic of China".
            cursor += 1
        elif cursor + 1 < limit and seen[cursor] in ("of", "and"):
            # "of the United Kingdom of Great Britain and Northern Ireland",
            # "of the Kingdom of the Netherlands".
            after = cursor + 2 if seen[cursor] == "of" and seen[cursor + 1] == "the" else cursor + 1
            if after < limit and _goes_on_country(seen[after]):
                cursor = after
    if end < limit and seen[end] in ("’s", "'s", "of"):
        # "of Kenya's Ministry of Foreign Affairs": a body of the country, not
        # the country; "of the Ministry ..." stopped before any word.
        return at
    return end


def _in_country(word: str) -> bool:
    """Whether *word* may be a word of a country's name: "Republic", "Korea", "Japan".

    Not a word that names no country or person ("Ministry", "Tuesday",
    "During"), but for "Japan".
    """
    return (
        _capitalised(word)
        and word not in _NOT_A_COUNTRY
        and (word not in words.NOT_NAME_WORDS or word == "Japan")
    )


def _goes_on_country(word: str) -> bool:
    """Whether *word* after "of" or "and" goes on a country's name: not an office or a style."""
    return _capitalised(word) and word not in words.OFFICE_WORDS and word not in _honorific_table()


# Capitalised words that open no country after "of": a time or a month.
_NOT_A_COUNTRY = frozenset({"January", "February", "March", "April", "May", "June", "July"}) | {
    "August",
    "September",
    "October",
    "November",
    "December",
}


def _mention_end(seen: list[str], after: tuple[int, int] | None, at: int, bare: int) -> int:
    """Past the last token of a mention: its office *after* the name (at *at*), or *bare*.

    The mention takes in the bracket that closes an office written in
    brackets: "Mr. Taro Kono (Minister for Foreign Affairs of Japan)".
    """
    if after is None:
        return bare
    if seen[at] != "(":
        return after[1]
    return seen.index(")", after[1]) + 1


def _building_closes_name(seen: list[str], start: int, stop: int, limit: int) -> bool:
    """Whether a building's word at *stop* closes the name ``[start, stop)`` after a style.

    "Mr. Richard House, Chairman ...", "Mr. Richard House of the Japan
    Society": after a style and a name's word, a word that names buildings
    closing the name, or before the body the person is of, is the family
    name ("the State Guest House", with no style, names a building; "Mr.
    Taro Yamada House of Representatives member" is no "House", nor is the
    rank "General" a name in "Director, General Office").

    >>> seen = "Mr. Richard House , Chairman".split()
    >>> _building_closes_name(seen, 1, 2, 5), _building_closes_name(seen, 2, 2, 5)
    (True, False)
    """
    if not start < stop < limit or seen[stop] not in words.BUILDING_WORDS:
        return False
    after = stop + 1
    return _closes_name(seen, after, limit) or (
        after + 1 < limit and seen[after] == "of" and seen[after + 1] == "the"
    )


def _no_name(seen: list[str], start: int, stop: int, limit: int) -> bool:
    """Whether the name read at ``[start, stop)`` is none.

    Nothing read, or a generational suffix, which opens no name ("II" of
    "Minister of Finance and Economy II"), unless it is an initial: "V." of
    "Mr. V. Muraleedharan".
    """
    if stop == start:
        return True
    return seen[start] in words.GENERATIONAL and not (
        len(seen[start]) == 1
        and start + 2 < limit
        and seen[start + 1] == "."
        and seen[start + 2][:1].isupper()
    )


def _lost_dash(seen: list[str], start: int, stop: int, limit: int) -> bool:
    """Whether a name ``[start, stop)`` after an office opens on a dash lost to encoding.

    "... of India ?currently visiting Japan": a "?" word alone, a word in
    lower case after it; not "President ?lvaro Uribe V?lez".
    """
    return (
        seen[start][:1] == "?"
        and stop == start + 1
        and (stop >= limit or not seen[stop][:1].isupper())
    )


def _office_and_styles(tokens: Tokens, index: int, limit: int) -> tuple[int, int, int]:
    """An office written before a name from *index*, and the styles after it.

    Returns where the office ends, and where the styles after it start and
    end ("Prime Minister| Dr.| Manmohan Singh"); styles right after the
    first ones would have been read with them.
    """
    title_stop = _title_before(tokens, index, limit)
    if title_stop == index:
        return index, index, index
    second_start = _styles_after_office(tokens, index, title_stop, limit)
    return title_stop, second_start, honorific_end(tokens, second_start, limit)


def _title_of(tokens: Tokens, where: tuple[int, int]) -> str:
    """The office in tokens ``[start, end)``, without a "the" it opens on."""
    title = tokens.slice(*where)
    return title[4:] if title.startswith(("the ", "The ")) else title


def _name_goes_on(tokens: Tokens, first: int, start: int, stop: int, limit: int) -> int:
    """Past what the name ``[start, stop)`` of the mention at *first* goes on with.

    A suffix or given names after a comma ("Joseph R. Biden, Jr.", "Putin,
    Vladimir Vladimirovich"), the rest of a name whose given name is written
    short ("Ma. Theresa P. Lazaro") and a peer's designation ("Lord Ahmad of
    Wimbledon").
    """
    if stop >= limit or tokens.words[stop] not in _NAME_GOES_ON:
        # Each of these goes on past a comma, a stop or "of": most names end
        # before none of them.
        return stop
    if stop + 1 < limit and tokens.words[stop + 1] in words.POST_NOMINALS_AFTER_COMMA:
        # "Simon Coveney, T.D.": letters after the name, not given names.
        return stop
    stop = _given_names_after_comma(tokens, _suffix_after_comma(tokens.words, stop, limit), limit)
    stop = _given_name_written_short(tokens, start, stop, limit)
    return _peerage(tokens, first, start, stop, limit)


# What a name may go on after: ", Jr.", ", Vladimir Vladimirovich", "Ma. Theresa",
# "of Wimbledon".
_NAME_GOES_ON = frozenset((",", ".", "of"))


# What a bare name is followed by when an office follows it: more of the
# name (", Vladimir"), letters after it ("MP"), a comma or a bracket.
_AFTER_BARE_NAME = _NAME_GOES_ON | {"("} | words.POST_NOMINALS


def _names_next(tokens: Tokens, office: tuple[int, int]) -> bool:
    """Whether the office after a name, ``[first, end)``, is an office and a name of its own.

    "Deputy National Security Advisor to the President Donilon, Director of
    the National Economic Council Summers, etc.": in a list written office
    first, the office after the comma reads as a person whose name ends it,
    or ends where the list goes on ("Minister for Foreign Affairs Okada and
    Ambassador to the U.S. Fujisaki"), the next one; "Minister for Foreign
    Affairs of the Republic of Korea" reads as none.
    """
    first, end = office
    mention = person_at(tokens, first, end)
    if mention is None or mention.title is None:
        return False
    stop = tokens.index_at(mention.end)
    return stop == end or tokens.words[stop] in _LIST_GOES_ON


# What goes on with a list of people after one of them: "Okada and Ambassador ...".
_LIST_GOES_ON = frozenset((",", "and"))


def _keeps_rank(rank: str, title: str) -> bool:
    """Whether a rank written before the name stays a style, an office after it the title.

    "His Highness Prince Faisal ..., Minister of Foreign Affairs" and "H.E.
    Ambassador Yusuf Tuggar, Minister ..." keep "Prince" and "Ambassador"
    as styles; "His Majesty King Abdullah II ..., King of ..." says "King"
    in the title.
    """
    return rank in words.RANKS and not _names_rank(title, rank)


# A rank written two ways, by one name: "Emir", "Amir".
_RANK_FORMS = {"Emir": "Amir"}


def _names_rank(title: str, rank: str) -> bool:
    """Whether *title* names *rank* itself: "U.S. Ambassador to Japan", "Amir of Qatar"."""
    # Words as written, without the commas that set off the parts of an
    # office; "Crown Prince" is a rank of its own, which names no "Prince".
    said = " ".join(_RANK_FORMS.get(word, word) for word in title.replace(",", " ").split())
    if "Crown" not in rank:
        said = said.replace("Crown Prince", "Crown-Prince")
    named = " ".join(_RANK_FORMS.get(word, word) for word in rank.split())
    return f" {named} " in f" {said} "


def _styles(
    tokens: Tokens, index: int, first_stop: int, second_start: int, stop: int
) -> str | None:
    """The styles before the name: those first, then those after an office, or None."""
    first = tokens.slice(index, first_stop)
    if stop == second_start:
        return first or None
    second = tokens.slice(second_start, stop)
    return f"{first} {second}" if first else second


def _suffix_after_comma(seen: list[str], index: int, limit: int) -> int:
    """Past a generational suffix written after a comma: "Joseph R. Biden, Jr.", "..., III"."""
    if index + 1 >= limit or seen[index] != "," or seen[index + 1] not in words.GENERATIONAL:
        return index
    stop = index + 2
    if stop < limit and seen[stop] == ".":
        stop += 1
    # The suffix closes the name: ", V:ice-Minister" is no suffix.
    return stop if stop >= limit or seen[stop] in _AFTER_SUFFIX else index


# What may follow a suffix after a comma: "Biden, Jr., and", "Biden, Jr. (U.S.)",
# "Biden, Jr. of the United States".
_AFTER_SUFFIX = frozenset((",", ".", ";", ")", "(", "and", "of"))


def _given_names_after_comma(tokens: Tokens, index: int, limit: int) -> int:
    """Past given names written after the family name and a comma, when an office follows.

    "Mr. Putin, Vladimir Vladimirovich, President of the Russian Federation"
    names one person: the name runs to the second comma.
    """
    seen = tokens.words
    if index + 1 >= limit or seen[index] != "," or not _is_name_word(seen[index + 1]):
        # No name can start after the comma.
        return index
    stop = _name_end(tokens, index + 1, limit)
    if stop > index + 1 and _title_after(tokens, stop, limit) is not None:
        return stop
    return index


def _given_name_written_short(tokens: Tokens, start: int, index: int, limit: int) -> int:
    """Past the rest of a name whose given name is written short, when an office follows.

    "H.E. Ms. Ma. Theresa P. Lazaro, Secretary of Foreign Affairs" names one
    person; "Mr. Wang Yi met Mr. Ma. The two ..." ends at "Ma", as no office
    follows a name after its stop.
    """
    seen = tokens.words
    if (
        index != start + 1
        or index + 1 >= limit
        or seen[index] != "."
        or not may_be_short_given_name(seen[start])
        or not _is_name_word(seen[index + 1])
    ):
        return index
    stop = _name_end(tokens, index + 1, limit)
    if stop > index + 1 and _title_after(tokens, stop, limit) is not None:
        return stop
    return index


# A peer's territorial designation is this many words at most: "of Chipping Norton".
MAX_DESIGNATION_TOKENS = 3


def _peerage(tokens: Tokens, first: int, styles_stop: int, index: int, limit: int) -> int:
    """Past a peer's territorial designation after the name ending at *index*.

    "Lord Ahmad of Wimbledon, Minister of State ...", "the Rt Hon Lord
    Cameron of Chipping Norton, Foreign Secretary": the designation is part
    of the name when a peer's style stands before it and the mention goes
    on after it.
    """
    seen = tokens.words
    if index + 1 >= limit or seen[index] != "of":
        return index
    if not any(word in words.PEERS for word in seen[first:styles_stop]):
        return index
    stop = index + 1
    while stop < limit and stop - index <= MAX_DESIGNATION_TOKENS and _capitalised(seen[stop]):
        stop += 1
    if stop == index + 1 or (stop < limit and seen[stop] not in (",", "(")):
        return index
    return stop


def _styles_after_office(tokens: Tokens, office_start: int, office_stop: int, limit: int) -> int:
    """Where the styles after an office written before the name start.

    Right after the office, or after a comma that separates it from them:
    "Minister for Foreign Affairs of Japan, H.E. Mr. Taro Kono".
    """
    comma = office_stop
    if (
        office_start < comma < limit
        and tokens.words[comma] == ","
        and honorific_end(tokens, comma + 1, limit) > comma + 1
    ):
        return comma + 1
    return office_stop


def _opens_possessive_office(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether a country's possessive and an office open at *index*: "Japan's Prime Minister"."""
    return (
        index + 2 < limit
        and tokens.words[index + 1] in ("’s", "'s")
        and _office_start(tokens, index, limit)
    )


def _may_start(tokens: Tokens, index: int, limit: int) -> bool:
    """Whether a mention can start at the word at *index*: a style, an office or a name does.

    Without any of them :func:`person_at` finds nothing; most capitalised
    words of a lead ("On", "Japan", "Meeting") are none of them.
    """
    word = tokens.words[index]
    return (
        _is_name_word(word)
        or (word in _honorific_table() and honorific_end(tokens, index, limit) > index)
        or _office_start(tokens, index, limit)
    )


@functools.cache
def _never_opens() -> frozenset[str]:
    """Words no mention starts at, whatever follows them: "On", "Japan", "Meeting", "May".

    Never a name word, a style, an office word or a portfolio, so
    :func:`_may_start` has nothing to ask of what comes after them. (The
    styles are taken as a frozenset: less a dict's keys, a frozenset is a
    plain set, whatever its type says, and compiled code checks the type.)
    """
    return (
        words.NOT_NAME_WORDS
        - words.GENERATIONAL
        - frozenset(_honorific_table())
        - words.OFFICE_WORDS
        - words.PORTFOLIO_WORDS
        - {"Japanese"}
    )


# The words in lower case a mention may open on: "the Honorable", "former Prime Minister".
_LOWER_OPENERS = frozenset(("the", "former"))


def people_in(tokens: Tokens, first: int, last: int) -> list[tuple[Mention, int, int]]:
    """Every mention in tokens ``[first, last)``, with its first and past-the-last token."""
    found: list[tuple[Mention, int, int]] = []
    never_opens = _never_opens()
    resume = first
    for index, word in enumerate(tokens.words[first:last], first):
        if index < resume:
            # Inside the mention just read.
            continue
        # Only a capitalised word, "the" ("the Honorable") or "former" opens
        # one; a capitalised word that is never a name still may, as a style
        # or an office, but is asked last.
        if word[:1].isupper():
            if (
                word in _NEVER_NAMES
                and (word in never_opens or not _may_start(tokens, index, last))
                and not _opens_possessive_office(tokens, index, last)
            ):
                continue
            if (
                index + 1 < last
                and tokens.words[index + 1] in words.BODY_WORDS
                and word in _honorific_table()
            ):
                # "the UN General Assembly": a rank before a body names the body.
                continue
        elif word not in _LOWER_OPENERS or not _may_start(tokens, index, last):
            continue
        mention = person_at(tokens, index, last)
        if mention is not None:
            stop = tokens.index_at(mention.end)
            found.append((mention, index, stop))
            resume = max(stop, index + 1)
    return found
