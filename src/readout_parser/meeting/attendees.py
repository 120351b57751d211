"""Who else attended: the people of an attendance note and the side each was listed under.

Notes are parentheses or sentences of the lead such as "(attending on the
U.S. side were U.S. Ambassador to Japan Roos ...; attending on the Japanese
side were ...)", "(participants from the Japanese side: ...)", "(Also
present at the meeting were ...)" or "The meeting was also attended by ...".
Functions read white-space normalised text and report positions in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from readout_parser import vocabulary
from readout_parser._patterns import lazy, lowered_finds_all
from readout_parser.meeting import people
from readout_parser.meeting.family import family_name
from readout_parser.meeting.tokens import tokenize
from readout_parser.sentences import sentence_bounds

# Words that make a parenthesis or sentence an attendance note:
# "(attending on the U.S. side were ...)", "(participants from the Japanese side: ...)",
# "(Attendees from the Japanese side: ...)" (in brackets: "a reception with
# attendees from the business community" is none),
# "(Also present at the meeting were ...)", "(Also present were ...)", "(Also
# present: ...)", "Also present from the Japanese side were ...", "Also
# present from the South African side was ...", "Ambassador
# X, ..., was also present.", "The meeting was also attended by ...", "... and
# others attended the meeting.",
# "(... joined from the Japanese side; ...)",
# "... and officials from both countries also participated in the meeting.",
# "(Japanese officials also in attendance included ...)", "Mr. X, Ambassador
# ..., was also in attendance.", "In attendance from the Japanese side was ...",
# "(A one-on-one meeting ... with Mr. A, ..., and Mr. B, ... present; ...)".
ATTENDANCE: Final = lazy(
    r"""(?i)(?<![\w])(?:
        attending\s(?:on|from)|attended\s(?:by|on|from)|also\sattended|also\sattending
      | attended\sthe\s(?:\S+\s){0,2}(?:meeting|talks?|call|dinner|lunch|luncheon)
      | other\sattendees|attendees\s(?:include|were)|participants?\s(?:from|on)
      | (?<=\()attendees\s(?:from|on)
      | (?:also\s)?present\sat\sthe|were\salso\spresent|was\salso\spresent(?=[.;)]|,\s|\sat\s|$)
      | also\spresent(?:\s(?:were|was|from\sthe\s(?:\S+\s){1,3}side)|:)
      | joined\sfrom
      | (?<!at\s)(?<!the\s)present(?=[;)])
      | those\swho\sattended|officials\salso\sattending
      | also\s(?:participated|took\spart)\sin\sthe
      | in\sattendance\s(?:included|includes|were|was|from)
      | (?:was|were)\s(?:also\s)?in\sattendance
      | (?<=\(|;\s)(?:attendance|attendees|participants)(?=:)
    )(?![\w])""",
    regex.VERBOSE,
)

# A list closed by its attendance, which makes a note inside parentheses only:
# "(From Japan Mr. A, ..., and others attended, and from China ...)", "(From
# Japan, Mr. A, ..., attended, and from Brazil, ..., attended.)", "(From
# Japan, Ambassador Nagamine attended, and from the ROK, ...)". In a
# sentence the words may tell of another event: "the Summit, which Mr. A and
# others attended, ...".
LIST_ATTENDED: Final = lazy(
    r"(?i)(?<![\w])others\s(?:also\s)?attended(?![\w])|(?<=,\s)(?:also\s)?attended(?=[,.;)])"
    r"|(?<=\()(?-i:From\s(?:the\s)?\p{Lu})[^()]*?\sattended(?=[,.;)])"
)

# A parenthesis naming two sides' people in turn, which says who attended
# without a word for it: "(From Japan, Ambassador Bessho and others, and
# from the ROK, First Vice Minister Lim Sung-nam and others.)".
PAIRED_SIDES: Final = lazy(r"From\s(?:the\s)?\p{Lu}[^()]*?,\sand\sfrom\s(?:the\s)?\p{Lu}")

# Words every match of ATTENDANCE holds, and how far the match can reach
# before them ("officials also attending") and after them ("attended the
# Japan-China summit meeting").
CUE_WORDS: Final = ("attend", "particip", "present", "joined", "took part")
MAX_BEFORE_CUE_WORD = 40
MAX_AFTER_CUE_WORD = 80

# The words an office may open on (vocabulary.OFFICE_HEADS), longest first.
_OFFICE_HEADS = "|".join(
    regex.escape(word) for word in sorted(vocabulary.OFFICE_HEADS, key=len, reverse=True)
)

# Where a side is named in an attendance note: "on the U.S. side",
# "from the Japanese side", "From Japan Mr. ...", "from Thailand, Mr. ...",
# "from the ROK, Minister ...", "from the Republic of Korea, ...", "from Viet
# Nam, H.E. Mr. ...", "From Japan Ambassador Bessho, ...", "from Brazil: Vice
# Minister ...", "..., and others from Japan; ...",
# "Japanese officials also in attendance included Mr. ..." (a demonym, not
# "Senior officials").
#
# The case of "on", "from" and "side" is spelled out letter by letter, with
# the letters that fold to them ("ſ", "İ"): a scoped "(?i:...)" makes
# ``regex`` scan the note several times slower.
SIDE: Final = lazy(
    r"""(?<![\w])(?:[Oo][Nn]|[Ff][Rr][Oo][Mm])\s(?:the\s)?
        (?P<side>\p{Lu}[\p{L}.\-]*+(?:\s\p{Lu}[\p{L}.\-]*+){0,2}+)
        \s[Ss\u017f][Ii\u0130][Dd][Ee](?![\w])
      | (?<![\w])[Ff][Rr][Oo][Mm]\s
        (?:the\s(?P<country>\p{Lu}[\p{L}.\-]++(?:\s(?:of\s)?\p{Lu}[\p{L}\-]++){0,3}?)
            (?=[,:]|\s(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s|\s(?&office)(?![\w])|(?P<closing>(?&closes)))
          | (?P<country>\p{Lu}[\p{L}\-]++(?:\s\p{Lu}[\p{L}\-]++){0,2}?)
            (?=[,:]|\s(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s|\s(?&office)(?![\w])|(?P<closing>(?&closes))))
      | (?<![\w])(?P<officials>\p{Lu}\p{Ll}*(?:ese|an|ish|i)|Thai|Lao|Swiss|French|Dutch|Greek)
        \s(?=(?:officials|participants|attendees)(?![\w]))
      | (?:(?<=\()|(?<=[.;]\s)|(?<=(?:Attendance|Attendees|Participants):\s))(?:The\s)?
        (?!(?:Photo|Image|Source|Note|Reference)s?(?![\w]))
        (?P<label>\p{Lu}[\p{L}.\-]*+(?:\s(?:\p{Lu}[\p{L}.\-]*+|side)){0,2}+):\s
      # The words an office may open on, which end a side named with no
      # comma after it: "From Japan| Ambassador Bessho, ...".
      (?(DEFINE)(?P<office>OFFICE_HEADS))
      # What closes a list item a side is named after: "Mr. A, ..., and
      # others from Japan|; Mr. B, ..., and others from Bolivia|.)" (only
      # after "others": see _names_a_side).
      (?(DEFINE)(?P<closes>[;)]|\.(?:[\s)]|$)|$))
    """.replace("OFFICE_HEADS", _OFFICE_HEADS),
    regex.VERBOSE,
)

# A parenthesis listing people under bare side labels, which says who
# attended without a word for it: "(Japan: Foreign Minister Okada, ... etc.
# The U.S.: Secretary Clinton, ...)". The label opens it, and a second one
# follows a full stop or a semicolon; a photo's label ("(Photo: ...)") or a
# note's is no side.
SIDE_LABEL: Final = lazy(
    r"(?:The\s)?(?!(?:Photo|Image|Source|Note|Reference)s?(?![\w]))"
    r"\p{Lu}[\p{L}.\-]*+(?:\s(?:\p{Lu}[\p{L}.\-]*+|side)){0,2}+:\s"
)
LATER_LABEL: Final = lazy(
    r"[.;]\s(?:The\s)?\p{Lu}[\p{L}.\-]*+(?:\s(?:\p{Lu}[\p{L}.\-]*+|side)){0,2}+:\s"
)

# What may stand between a side and the list it heads: "were", ":", "by", ",".
SIDE_FILLER: Final = lazy(
    r"(?:\s?[,:]|\s(?:were|was|by|included|include|includes|are|is)(?![\w]))*+\s?"
)


# A round bracket, where parentheses open and close.
BRACKET: Final = lazy(r"[()]")

# What divides a list into items, and the brackets a semicolon may stand inside.
LIST_MARK: Final = lazy(r"[();]")


def notes_in(text: str) -> list[tuple[int, int]]:
    """The attendance notes of a paragraph: parentheses and sentences, as ``(start, end)``.

    >>> s = "Mr. Aso met Mr. Baker. The meeting was also attended by Mr. Cole, Minister."
    >>> [s[a:b] for a, b in notes_in(s)]
    ['The meeting was also attended by Mr. Cole, Minister']
    """
    lowered = text.lower()
    if len(lowered) != len(text) or not lowered_finds_all(text):
        # Lower-casing moved the letters or cannot find a cue ("İ", "ſ"):
        # no shortcut.
        lowered = ""
    closed = _closed_lists(text, lowered)
    labelled = _labelled_lists(text)
    labelled.extend(_paired_lists(text))
    if not closed and not labelled and _first_cue(text, lowered, 0, len(text)) is None:
        # Most leads name nobody else.
        return []
    notes: list[tuple[int, int]] = []
    parentheses = brackets(text)
    for low, high in parentheses:
        if (
            _first_cue(text, lowered, low, high)
            or any(low <= at < high for at in closed)
            or (low, high) in labelled
        ):
            notes.append((low, high))
    for low, high in sentence_bounds(text):
        cue = _first_cue(text, lowered, low, high)
        while cue is not None and any(a <= cue.start() < b for a, b in parentheses):
            cue = _first_cue(text, lowered, cue.end(), high)
        if cue is not None:
            notes.append((low, high))
    return notes


def _labelled_lists(text: str) -> list[tuple[int, int]]:
    """Parentheses listing people under two side labels or more: "(Japan: ... The U.S.: ...)"."""
    if ": " not in text or "(" not in text:
        return []
    found = []
    for low, high in brackets(text):
        label = SIDE_LABEL().match(text, low, high)
        if (
            label is not None
            and _side_named(label.group().rstrip(": "))
            and LATER_LABEL().search(text, low, high) is not None
        ):
            found.append((low, high))
    return found


def _paired_lists(text: str) -> list[tuple[int, int]]:
    """Parentheses naming two sides' people in turn: "(From Japan, ..., and from the ROK, ...)".

    Only people: "(From Japan, a letter signed by Prime Minister Abe, and from
    the ROK, ...)" says what each side gave, and "(From Japan, Director-General
    Kanasugi reported on ..." what each did.
    """
    if "(From " not in text:
        return []
    return [
        (low, high)
        for low, high in brackets(text)
        if PAIRED_SIDES().match(text, low, high) is not None and _names_only(text[low:high])
    ]


def _names_only(note: str) -> bool:
    """Whether *note* names people, not things given or done: no article, no verb of telling.

    "(From Japan, a letter signed by ...", "(From Japan, Director-General
    Kanasugi reported on ..." tell something; "..., Charge d'Affaires a.i.
    ..., respectively)" names people.
    """
    return not any(
        word in _TELLING_WORDS
        or word in vocabulary.REPORTING_VERBS
        or word in vocabulary.EVENT_VERBS
        for word in note.replace(",", " ").split()
    )


# Words that make a paired note tell something rather than list people.
_TELLING_WORDS = frozenset(
    {"a", "an", "signed", "sent", "gave", "presented", "delivered", "handed", "made"}
)


def _named_as_place(text: str, label: str) -> bool:
    """Whether *text* names *label* as a place, as an office's country: "... of Indonesia".

    "(Attendance: Japan: ... Indonesia: H.E. Mr. Yusuf Anwar, Ambassador of
    the Republic of Indonesia ...)": "Indonesia" is a country; "Interpretation"
    or "Moderator" is none.
    """
    return f" of {label}" in text or f" of the {label}" in text


def _side_named(label: str) -> str | None:
    """The side a bare label names ("Japan", "The U.S.", "Japanese Side"), or None.

    A label that says "side" names one whatever its people ("Indonesian
    side"); "Attendance", "Chair" and "Venue" name none.
    """
    label = label.removeprefix("The ")
    named = label.removesuffix(" Side").removesuffix(" side")
    if named != label:
        return named
    lowered = label.lower()
    if (
        lowered in vocabulary.COUNTRIES_WITH_THE
        or lowered in vocabulary.DEMONYMS
        or any(lowered in adjectives for adjectives in vocabulary.DEMONYMS.values())
        or label in vocabulary.COUNTRY_ACRONYMS
    ):
        return label
    return None


def _closed_lists(text: str, lowered: str) -> list[int]:
    """Where lists closed by their attendance ("..., and others attended") start."""
    if lowered and "attended" not in lowered:
        return []
    return [found.start() for found in LIST_ATTENDED().finditer(text)]


def _first_cue(text: str, lowered: str, start: int, end: int) -> regex.Match[str] | None:
    """The first attendance cue in ``text[start:end]`` (*lowered* is the text in lower case).

    Every cue holds one of a few words; the full pattern is only tried
    around them, which is much cheaper than scanning the paragraph with it.
    """
    if not lowered:
        return ATTENDANCE().search(text, start, end)
    pos = start
    while True:
        hits = [at for at in (lowered.find(word, pos, end) for word in CUE_WORDS) if at >= 0]
        if not hits:
            return None
        at = min(hits)
        if not _may_cue(lowered, at):
            pos = at + 1
            continue
        low = max(start, at - MAX_BEFORE_CUE_WORD)
        found = ATTENDANCE().search(text, low, min(end, at + MAX_AFTER_CUE_WORD))
        if found is not None:
            return found
        pos = at + 1


def _may_cue(lowered: str, at: int) -> bool:
    """Whether the cue word at *at* can be part of a cue.

    Every cue has its word at a word's start, and none is "to attend the
    G20 Summit" or "to participate in": those and "High Representative" are
    passed over without the pattern.
    """
    before = lowered[at - 1 : at]
    if before.isalpha() or before.isdecimal():
        return False
    return not lowered.startswith(("attend ", "participate "), at)


def brackets(text: str) -> list[tuple[int, int]]:
    """The insides of the outermost parentheses of *text*, as ``(start, end)``."""
    found: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    for bracket in BRACKET().finditer(text):
        index, char = bracket.start(), bracket.group()
        if char == "(":
            if depth == 0:
                opened = index + 1
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                found.append((opened, index))
    if depth > 0:
        # A note cut off with the page still lists people.
        found.append((opened, len(text)))
    return found


def people_in(text: str, start: int, end: int) -> tuple[people.Mention, ...]:
    """Every person mentioned in ``text[start:end]``, in order, for attendee lists.

    An item of a list separated by semicolons is a person even with a title in
    lower case: "...: Ling Jihua, director of the General Office ...; ...".

    >>> s = "attending on the U.S. side were U.S. Ambassador to Japan Roos and "
    >>> s += "State Department Spokesperson Nuland, among others"
    >>> [(p.name, p.title) for p in people_in(s, 0, len(s))]
    [('Roos', 'U.S. Ambassador to Japan'), ('Nuland', 'State Department Spokesperson')]
    """
    found: list[people.Mention] = []
    for low, high in _side_parts(text, start, end):
        tokens = tokenize(text, low, high)
        found.extend(mention for mention, _, _ in people.people_in(tokens, 0, len(tokens)))
    items = _list_items(text, start, end)
    if len(items) > 1:
        for low, high in items:
            if any(low <= mention.start < high for mention in found):
                continue
            loose = _loose_item(text, low, high)
            if loose is not None:
                found.append(loose)
    return tuple(sorted(found, key=lambda mention: mention.start))


def _side_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut after each country a side is named by: "(From China| Ambassador ...".

    A country's name before an office may be the office's ("China's
    Ambassador"), but not after "from": the person's office starts after it.
    """
    if "rom " not in text:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    begin = start
    for marker in SIDE().finditer(text, start, end):
        if (
            marker.group("country") is not None
            and _names_a_side(marker)
            and _names_a_country(marker)
        ):
            parts.append((begin, marker.end()))
            begin = marker.end()
    parts.append((begin, end))
    return parts


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between semicolons outside parentheses."""
    if text.find(";", start, end) < 0:
        return [(start, end)]
    items: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for mark in LIST_MARK().finditer(text, start, end):
        char, index = mark.group(), mark.start()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append((begin, index))
            begin = index + 1
    items.append((begin, end))
    return items


# One item of a semicolon-separated attendance list, with what may open it:
# "participants on the Chinese side: Ling Jihua, director of ...", " and Li Yizhong, Minister ...".
LOOSE_ITEM: Final = lazy(
    r"\s?(?:[^:;]{0,60}:\s)?(?:and\s)?(?P<name>"
    + r"\p{Lu}[\p{L}\p{M}’'\-.]*(?:\s(?:\p{Lu}[\p{L}\p{M}’'\-.]*|de|da|bin|van|der|la|del))*"
    + r"),\s(?P<title>(?:the\s)?\p{L}[^;]*+)"
)

# The end of a list item's title: ", and others", " among others", ", etc.".
ITEM_TAIL: Final = lazy(r",?\s(?:(?:and|among|amongst)\sothers|etc)(?![\w])")


def _loose_item(text: str, start: int, end: int) -> people.Mention | None:
    """A person as "Name, title" in a list item, whatever the case of the title."""
    match = LOOSE_ITEM().match(text, start, end)
    if match is None:
        return None
    name = match.group("name")
    if len(name.split()) < 2 or any(
        w in vocabulary.NOT_NAME_WORDS or w in vocabulary.OFFICE_WORDS for w in name.split()
    ):
        return None
    title_start = match.start("title")
    tail = ITEM_TAIL().search(text, title_start, end)
    title_end = tail.start() if tail is not None else end
    while title_end > title_start and text[title_end - 1] in " ,.":
        title_end -= 1
    if title_end <= title_start:
        return None
    return people.Mention(
        name=name,
        honorific=None,
        title=text[title_start:title_end],
        family_name=family_name(name),
        post_nominal=None,
        start=match.start("name"),
        end=title_end,
    )


def _names_a_country(marker: regex.Match[str]) -> bool:
    """Whether a side marker "from ..." names a country: "the ROK", "Viet Nam".

    Any other side marker names one as it stands ("on the U.S. side"), and
    so does one word after "from" ("From Japan"). Several words name a
    country unless they end on a body ("from Mitsubishi Corporation, ...");
    after "from the", a body ("the Ministry of Defense", "the Blue House") is
    none either.
    """
    country = marker.group("country")
    if country is None:
        return True
    if not marker.group().lower().startswith("from the "):
        # "From Viet Nam, ...", not "from Mitsubishi Corporation, ..." nor
        # "from Foreign Ministry, ...".
        named = country.split()
        return len(named) == 1 or (
            named[-1] not in vocabulary.BODY_WORDS
            and not any(word in vocabulary.OFFICE_WORDS for word in named)
        )
    first, _, rest = country.partition(" ")
    last = country.rsplit(" ", 1)[-1]
    return (
        country.lower() in vocabulary.COUNTRIES_WITH_THE
        or country in vocabulary.COUNTRY_ACRONYMS
        or last in vocabulary.STATE_WORDS
        or (first in vocabulary.STATE_WORDS and rest.startswith("of "))
    )


# Words before "from" whose place it names: an office held for one
# ("United States Senator from Rhode Island"), or a house's members ("Member of
# the House of Representatives from Tokyo").
_ELECTED_FOR = vocabulary.ELECTED_OFFICES | {"Representatives"}
_LONGEST_ELECTED = max(map(len, _ELECTED_FOR)) + 1


def _names_a_side(marker: regex.Match[str]) -> bool:
    """Whether a side marker names the side of people listed: not a place of theirs.

    "from" a place after an office held for one is none ("Senator from
    Ohio"), and a place closing an item names a side only after "others":
    "Mr. A, ..., and others from Japan;" but not "..., who had travelled
    from Nairobi.)" nor "a professor from Keio.)".
    """
    if _of_an_office(marker):
        return False
    if marker.group("closing") is None:
        return True
    before = marker.string[max(0, marker.start() - len("others ")) : marker.start()]
    return before == "others "


def _of_an_office(marker: regex.Match[str]) -> bool:
    """Whether a side marker "from ..." goes on an office held for a place: "Senator from Ohio".

    Not any office: "Minister of Foreign Affairs from Thailand" names the side.
    """
    if marker.group("country") is None:
        return False
    before = marker.string[max(0, marker.start() - _LONGEST_ELECTED) : marker.start()].rstrip()
    return before[before.rfind(" ") + 1 :] in _ELECTED_FOR


def sides(text: str, start: int, end: int, mentions: Sequence[people.Mention]) -> list[str | None]:
    """The side each of *mentions* was listed under.

    A side named before its list ("attending on the U.S. side were A, B")
    covers the people after it; one named after ("A and others from the
    Japanese side") covers the people since the previous side.
    """
    sides: list[str | None] = [None] * len(mentions)
    markers = [m for m in SIDE().finditer(text, start, end) if _names_a_side(m)]
    if SIDE_LABEL().match(text, start, end) is None:
        # Bare labels ("Japan: ...") name sides only in a note they open.
        markers = [marker for marker in markers if marker.group("label") is None]
    # A label beside another that names a country names one too ("Japan:
    # ... Indonesia: ..."), but for the labels of a note's other parts.
    paired = any(_side_named(m.group("label")) for m in markers if m.group("label") is not None)
    for number, marker in enumerate(markers):
        name = (
            marker.group("side")
            or marker.group("country")
            or marker.group("officials")
            or marker.group("label")
        )
        if not _names_a_country(marker):
            # "from the Ministry of Defense, ...": a body, no side; it still
            # ends the side named before it.
            name = None
        elif marker.group("label") is not None:
            # "Japanese Side: ..." is the Japanese side; "Chair: ..." none.
            label = marker.group("label")
            name = _side_named(label) or (
                label if paired and _named_as_place(text, label) else None
            )
        filler = SIDE_FILLER().match(text, marker.end(), end)
        # "Japanese officials ... included A, B": the officials head their list.
        heads_list = marker.group("officials") is not None or (
            filler is not None and any(mention.start == filler.end() for mention in mentions)
        )
        if heads_list:
            stop = markers[number + 1].start() if number + 1 < len(markers) else end
            for index, mention in enumerate(mentions):
                if marker.end() <= mention.start < stop:
                    sides[index] = name
        else:
            begin = markers[number - 1].end() if number > 0 else start
            for index, mention in enumerate(mentions):
                if begin <= mention.start < marker.start() and sides[index] is None:
                    sides[index] = name
    return sides
