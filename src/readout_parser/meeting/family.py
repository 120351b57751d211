"""Which words of a person's name are the family name.

The rules, stated in ``docs/meeting.md``, in order: the part before a comma
("Putin, Vladimir Vladimirovich"); the words written in capitals ("MOTEGI
Toshimitsu"); the first word of a Chinese, Korean, Vietnamese or
Cambodian name written family name first ("Wang Yi", "Moon Jae-in", "Pham
Minh Chinh"); otherwise the last word with the particles before it ("del
Rosario", "Van Rompuy").
"""

from __future__ import annotations

import unicodedata

from readout_parser import vocabulary as words
from readout_parser._patterns import lazy_re

__all__ = ["family_name"]


def family_name(name: str) -> str | None:
    """The family name in ordinary capitalisation, by the rules of ``docs/meeting.md``.

    >>> family_name("MOTEGI Toshimitsu"), family_name("Hanke BRUINS SLOT")
    ('Motegi', 'Bruins Slot')
    >>> family_name("Ferdinand R. Marcos Jr."), family_name("Albert del Rosario")
    ('Marcos', 'del Rosario')
    >>> family_name("del Rosario")
    'del Rosario'
    >>> family_name("Abdullah bin Zayed Al Nahyan"), family_name("Anifah bin Aman")
    ('Al Nahyan', 'bin Aman')
    >>> family_name("Putin, Vladimir Vladimirovich")
    'Putin'
    >>> family_name("Wang Yi"), family_name("Moon Jae-in"), family_name("Kim Darroch")
    ('Wang', 'Moon', 'Darroch')
    """
    if "," in name:
        # "Putin, Vladimir Vladimirovich": the family name is written first.
        return family_name(name.split(",", 1)[0])
    if " of " in name:
        # "Ahmad of Wimbledon": a peer's name, then where the peerage is of.
        return family_name(name.split(" of ", 1)[0])
    parts = name.replace(".", ". ").split()
    # A lower-case ASCII second letter rules a part out at once ("Kishida").
    capitals = [
        part for part in parts if not "a" <= part[1:2] <= "z" and _written_in_capitals(part)
    ]
    if capitals:
        return " ".join(_capitalise(part) for part in capitals)
    while parts and (
        parts[-1] in words.GENERATIONAL or parts[-1].rstrip(".") in words.GENERATIONAL
    ):
        parts.pop()
    while parts and parts[-1] == ".":
        parts.pop()
    if not parts:
        return None
    if _written_family_name_first(parts):
        # "Wang Yi", "Moon Jae-in", "Nguyen Xuan Phuc", "Lee Hsien Loong".
        return parts[0]
    last = len(parts) - 1
    first = last
    # A name that opens on its particles is the family name whole: "del Rosario".
    while first > 0 and parts[first - 1] in words.NAME_PARTICLES:
        first -= 1
    if first > 1 and _capital_particle(parts[first - 1]):
        # "Van der Bellen", "Al Thani", "Le Drian": a particle written with a
        # capital opens the family name, and nothing before it is of it.
        first -= 1
    return " ".join(parts[first:])


def _capital_particle(word: str) -> bool:
    """Whether *word* is a particle written with a capital: "Van", "Al", "Le"; not "E", "Y"."""
    return len(word) > 1 and word.istitle() and word.lower() in words.NAME_PARTICLES


def _written_in_capitals(word: str) -> bool:
    for char in word[:2]:
        if char.isalpha() and not char.isupper():
            # Most words are not ("Kishida"): their first two letters say so.
            return False
    letters = [char for char in word if char.isalpha()]
    return (
        len(letters) >= 2
        and all(char.isupper() for char in letters)
        and word.rstrip(".") not in words.NOT_FAMILY_CAPS
        and "." not in word
    )


def _capitalise(word: str) -> str:
    """ "TU’I’ONETOA" -> "Tu’i’onetoa", "CHAN-O-CHA" -> "Chan-O-Cha"."""
    out: list[str] = []
    start = True
    for char in word:
        out.append(char.upper() if start else char.lower())
        start = char == "-"
    return "".join(out)


# A given name written after the family name is one to three words: "Wang
# Yi", "Yoon Suk Yeol", "Nguyen Thi Kim Ngan".
MAX_GIVEN_WORDS = 3


def _written_family_name_first(parts: list[str]) -> bool:
    """Whether *parts* are a family name written first, then a given name in syllables.

    The first word is a family name of :data:`~readout_parser.vocabulary.FAMILY_NAMES_FIRST`
    and every other word is a romanised East Asian given name (any word of
    letters after a Cambodian family name, "Kao Kim Hourn"): syllables
    joined by hyphens ("Jae-in"), or one or two syllables ("Jinping", "Suk",
    "Phuc"). "Kim Darroch" and "Lee Hamilton" are written given name first:
    "Darroch" and "Hamilton" are no such syllables.

    >>> _written_family_name_first(["Xi", "Jinping"])
    True
    >>> _written_family_name_first(["Kim", "Darroch"])
    False
    """
    if not 2 <= len(parts) <= MAX_GIVEN_WORDS + 1:
        return False
    family = _unaccented(parts[0]).capitalize()
    if family in words.CAMBODIAN_FAMILY_NAMES:
        # "Kao Kim Hourn", "Sun Chanthol": any given name of letters.
        return all(part.replace("-", "").isalpha() for part in parts[1:])
    if family not in words.FAMILY_NAMES_FIRST:
        return False
    if (
        family in words.GIVEN_NAMES_TOO
        and len(parts) == 2
        and "-" not in parts[1]
        and not _pinyin_marked(parts[1])
    ):
        # "Kim Jackson", "Lee Watson": a Western name, given name first; but
        # "Han Zheng", "Jin Liqun".
        return False
    return all(_romanised_given_name(part) for part in parts[1:])


def _pinyin_marked(word: str) -> bool:
    """Whether *word* holds letters a romanised Chinese name has and a Western one hardly does.

    "zh", "x", or a "q" after the first letter: "Zheng", "Xiaoming", "Liqun";
    not "Jackson", "Watson", nor "Quinn", "Quick", which open on "Qu" as
    Western names do.

    >>> [_pinyin_marked(w) for w in ("Zheng", "Liqun", "Watson", "Quinn")]
    [True, True, False, False]
    """
    plain = _unaccented(word)
    return "zh" in plain or "x" in plain or "q" in plain[1:]


def _unaccented(word: str) -> str:
    """*word* in lower-case ASCII letters: "Nguyễn" -> "nguyen", "Đặng" -> "dang"."""
    if word.isascii():
        # Most names: nothing to take apart.
        return word.lower()
    lowered = word.lower().replace("đ", "d")
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


# The parts of a syllable of a romanised Chinese, Korean or Vietnamese name:
# "j|i|n", "h|a|ng", "y|eo|l", "hs|ie|n", "ph|u|c", "ky|u|ng", "wh|a", "kh|o|nn".
_ONSET = (
    r"(?:ngh|ng|nh|ch|sh|zh|th|ph|kh|gh|tr|hs|ts|tz|kk|tt|pp|ss|jj|qu|gi|wh"
    r"|[bcdfghjklmnpqrstwxyz])?"
)
_GLIDE = r"[wy]?"
_NUCLEUS = r"[aeiouy]{1,3}w?"
_CODA = r"(?:ng|nh|ch|ck|nn|n|m|p|t|k|c|h)"

# A given name of one syllable: "Yi", "Suk", "Yeol", "Phuc", "Van" (a "v"
# and a closing "l" are Vietnamese and Korean).
_ONE_SYLLABLE = lazy_re(rf"(?:{_ONSET}|v){_GLIDE}{_NUCLEUS}(?:{_CODA}|l)?")

# Two syllables written as one word: "Jinping", "Keqiang", "Bingguo". Without
# the "v" and the closing "l", which no such name has in it, "Novak" and
# "Holmes" are not taken for one.
_TWO_SYLLABLES = lazy_re(rf"(?:{_ONSET}{_GLIDE}{_NUCLEUS}{_CODA}?){{2}}")


def _romanised_given_name(word: str) -> bool:
    """Whether *word* is a given name in romanised syllables: "Jae-in", "Jinping", "Yeol"."""
    plain = _unaccented(word)
    if "-" in plain:
        # "Jae-in", "Kyung-wha", "Ing-wen": a syllable between hyphens.
        return all(_ONE_SYLLABLE().fullmatch(piece) is not None for piece in plain.split("-"))
    return (
        _ONE_SYLLABLE().fullmatch(plain) is not None
        or _TWO_SYLLABLES().fullmatch(plain) is not None
    )
