"""Site furniture: what a web copy drags along that is not the readout.

Whole lines ("Back to ...", "(END)", "Page Top", a "Japanese" language link,
"![]() |", a provisional-translation note, the site's menus and footer) and
labels inside running text ("(PDF)", "Open a New Window", "<br>"). All of it
is kept out of the content and reported as :class:`~readout_parser.model.Boilerplate` with its span.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from readout_parser import vocabulary as words
from readout_parser._patterns import lazy, lowered_finds_all
from readout_parser.model import Boilerplate, BoilerplateKind
from readout_parser.page.text import Line

# "Back to Japan-United States of America Relations", "Back to Index",
# "Back to Press ReleasesPress Releases" (label doubled by the copy), "Back
# to Japan-U.S. Relations": a stop only after the single capital of an
# abbreviation, so "Back to the two sides." is a sentence; a "?" only before
# a letter, as a broken encoding leaves it ("Back to Japan-C?te d'Ivoire
# Relations").
# A text browser numbers the link: "[13]Back to Japan-Indonesia Relations";
# a list item or an arrow may mark it: "• Back to ...", "« Back to ...",
# "<< Back to ...".
BACK_LINK = lazy(
    r"(?:\[\d{1,3}\]\s*+|[•・\-–—«‹<>▶►*]++\s*+)?+Back\s++to\s++"
    r"(?P<target>(?:[^.!?]|(?<=(?:^|[\s\-.])(?-i:\p{Lu}))\.|\?(?=\p{L}))++)",
    regex.IGNORECASE,
)

# Where a copied link label runs into the next one with no space:
# "Press ReleasesPress Releases" splits after "Releases".
_GLUED_LABEL = lazy(r"(?<=\p{Ll})(?=\p{Lu})")

# Lines that are furniture as a whole, by kind, with the characters such a
# line can start with (lines are trimmed), the length of the shortest line
# of the kind (a case-insensitive pattern matches one character of text to
# one of its own, so the shortest match is as long as the shortest text the
# pattern spells) and a word that every line of the kind holds in any case,
# if there is one. Most lines skip every pattern: an ASCII line that does
# not hold the word in lower case skips the kind's pattern.
_WHOLE_LINE: tuple[
    tuple[BoilerplateKind, str, int, str | None, Callable[[], regex.Pattern[str]]], ...
] = (
    # "(END)"
    (
        BoilerplateKind.END_MARK,
        "(",
        len("(END)"),
        "end",
        lazy(r"\(\s*+END\s*+\)", regex.IGNORECASE),
    ),
    # "Page Top", "Back to Top", "To Top", and as a text browser numbers the
    # link: "[5]Page Top".
    (
        BoilerplateKind.PAGE_TOP,
        "PpBbTt[",
        len("ToTop"),
        "top",
        lazy(r"(?:\[\d{1,3}\])?+(?:Page|Back\s++to|To)\s*+Top", regex.IGNORECASE),
    ),
    # "Japanese", "(Japanese)": the link to the Japanese version of the page,
    # and "(English)" to the English text of a statement (in brackets only:
    # "English" alone may be a word of content), with its file's labels
    # inside the brackets too: "(English (PDF)Open a New Window)" (tried
    # first, as the possessive alternatives after it take no part back); or
    # link labels standing alone: "(PDF)Open a New Window".
    (
        BoilerplateKind.LINK_LABEL,
        "J日(O",
        len("日本語"),
        None,
        lazy(
            r"(?:\s*+(?:\((?:English|Japanese|日本語)(?:\s*+\(PDF\))?+"
            r"(?:\s*+Open\s++a\s++New\s++Window)?+\)"
            r"|\(?+(?:Japanese|日本語)\)?+|\(PDF\)(?:\s*+PDF\b)?+|Open\s++a\s++New\s++Window))++"
        ),
    ),
    # "![]() |", "<br>", "</p>": markup left unrendered.
    (
        BoilerplateKind.MARKUP,
        "!<|",
        len("|"),
        None,
        lazy(r"(?:\s*+(?:!\[[^\]]*+\]\([^)]*+\)|<[^<>]*+>|\|))++"),
    ),
    # The site around the readout, whatever the page: "Skip to main content",
    # "Home", "Menu", "Related Links", "Privacy Policy", "Cookie settings",
    # "Copyright © 2024 Ministry of Foreign Affairs of Japan", "All Rights Reserved".
    (
        BoilerplateKind.SITE,
        "SsMmHhRrPpCcTtAaFf©",
        len("©"),
        None,
        lazy(
            r"Skip\s++(?:to\s++)?+(?:the\s++)?+(?:main\s++)?+"
            r"(?:content|navigation|menu|search)"
            r"|(?:Main\s++|Global\s++)?+(?:Menu|Navigation)|Home(?:\s*+page)?+|Search|Site\s*+map"
            r"|Related\s++Links?|Privacy\s++Policy|Cookie\s++(?:settings|policy|preferences)"
            r"|Terms\s++of\s++(?:use|service)|Accessibility|Contact\s++us|Follow\s++us"
            r"|(?:Copyright\s*+)?+©[^\n]*+|Copyright\s*+(?:\(c\)\s*+)?+\d{4}[^\n]*+",
            regex.IGNORECASE,
        ),
    ),
    # A line of a reader view or a text browser's dump that is a web address
    # or a reading time: "www.mofa.go.jp", "https://www.mofa.go.jp/a_o/",
    # "4–5 minutes", "5 min read".
    (
        BoilerplateKind.SITE,
        "wWhH0123456789",
        len("1 min"),
        None,
        lazy(
            r"(?:https?://|www\.)[^\s]++"
            r"|\d{1,2}(?:\s*+[–-]\s*+\d{1,2})?+\s++min(?:ute)?+s?+(?:\s++read)?+",
            regex.IGNORECASE,
        ),
    ),
    # "2024 Ministry of Foreign Affairs of Japan. All Rights Reserved.": matched
    # from the end of the line (REVERSE), so that a line of prose, which does
    # not end so, fails at once instead of being scanned for "All" at every
    # character. It may open with the year.
    (
        BoilerplateKind.SITE,
        "SsMmHhRrPpCcTtAaFf©0123456789",
        len("All rights reserved"),
        "reserved",
        lazy(r"[^\n]*?\bAll\s++rights\s++reserved\.?+", regex.IGNORECASE | regex.REVERSE),
    ),
    # "Provisional translation from the Press Release in Japan",
    # "* The foregoing is a provisional translation. ...",
    # "(*This is a provisional translation. ...)", "(Tentative translation)"
    (
        BoilerplateKind.TRANSLATION_NOTE,
        "•*(PpTt",
        len("Tentative translation"),
        "translation",
        lazy(
            r"[\s•*(]*+(?:(?:Provisional|Tentative)\s++translation\b|(?:The\s++foregoing|This)"
            r"\s++is\s++a\s++(?:provisional|tentative)\s++translation\b).*+",
            regex.IGNORECASE,
        ),
    ),
)

# Labels inside running text, with the white space before them; labels that
# follow one another form one match, even across a stray full stop:
# "Joint Statement (PDF)Open a New Window.", "(PDF) Open a New Window",
# "Statement (PDF).Open a New Window.", "(PDF)PDF", "<br>".
_LINK_LABEL = r"(?:\(PDF\)(?:\s*+PDF\b)?+|Open\s++a\s++New\s++Window)"
# A text browser's number for a link, glued to the link's text: "[12]Five Principles".
_LINK_NUMBER = r"\[\d{1,3}\](?=\S)"
INLINE_LABEL = lazy(
    rf"(?P<kind_link>\s*+{_LINK_LABEL}(?:[.,;:]?+\s*+{_LINK_LABEL})*+|{_LINK_NUMBER})"
    r"|(?P<kind_markup>\s*+<\s*+/?+\s*+(?:br|p|span|b|i|em|strong|a)\b[^<>]*+>)",
    regex.IGNORECASE,
)


# Only lines holding one of these can hold an inline label; checking for
# them first keeps the common case to a few substring tests.
def _may_hold_label(text: str) -> bool:
    # The labels match in any case ("(Pdf)", "open a new window").
    if "<" in text or "[" in text:
        return True
    lowered = text.lower()
    if "pdf" in lowered or "window" in lowered:
        return True
    return not text.isascii() and not lowered_finds_all(text)


def whole_line_kind(text: str) -> BoilerplateKind | None:
    """The kind of furniture *text* is as a whole line, if it is.

    >>> whole_line_kind("(END)"), whole_line_kind("The two sides met.")
    (<BoilerplateKind.END_MARK: 'end-mark'>, None)
    >>> whole_line_kind("Tweet")
    <BoilerplateKind.SITE: 'site'>
    """
    if text in words.SHARE_BUTTONS:
        # The site's buttons for sharing the page: "Tweet", "Share", "LINE".
        return BoilerplateKind.SITE
    # Lower case holds every ASCII word a case-insensitive pattern finds in
    # an ASCII line; the line is lowered once, if a kind asks.
    ascii_text = text.isascii()
    lowered: str | None = None
    for kind, shortest, word, pattern in _WHOLE_LINE_BY_START.get(text[:1], ()):
        if len(text) < shortest:
            continue
        if word is not None and ascii_text:
            if lowered is None:
                lowered = text.lower()
            if word not in lowered:
                continue
        if pattern().fullmatch(text):
            return kind
    return None


_Kind = tuple[BoilerplateKind, int, str | None, Callable[[], regex.Pattern[str]]]


def _by_start() -> dict[str, list[_Kind]]:
    """The kinds of :data:`_WHOLE_LINE` a line can be, in order, by its first character."""
    found: dict[str, list[_Kind]] = {}
    for kind, starts, shortest, word, pattern in _WHOLE_LINE:
        for start in starts:
            found.setdefault(start, []).append((kind, shortest, word, pattern))
    return found


# A line is asked only the patterns of the kinds it can start as.
_WHOLE_LINE_BY_START = _by_start()


def back_link_target(text: str) -> tuple[str, int, int] | None:
    """X of a "Back to X" line, with its start and end in *text*.

    A label the copy doubled ("Back to Press ReleasesPress Releases") is cut
    where a lower-case letter runs into an upper-case one.

    >>> back_link_target("Back to Press ReleasesPress Releases")
    ('Press Releases', 8, 22)
    >>> back_link_target("Back to the two sides.") is None
    True
    """
    match = BACK_LINK().fullmatch(text)
    if match is None:
        return None
    start, end = match.span("target")
    glued = _GLUED_LABEL().search(text, start, end)
    if glued is not None:
        end = glued.start()
    end = _label_end(text, start, end)
    target = text[start:end].strip()
    if not target:
        return None
    if ("." in target or text[:1] != "B") and not _is_label(target):
        # "back to the U.S.-Japan summit agenda in his talks with ...": a line
        # of a sentence the copy wrapped, not a link's label.
        return None
    return target, start, end


def _label_end(text: str, start: int, end: int) -> int:
    """Where the label of a "Back to" link from *start* ends, before what the copy ran into it.

    The label doubled with a space between ("Back to Japan-Brazil Relations
    Japan-Brazil Relations"), the link again ("... Relations Back to ...")
    or the next link ("... Relations Page Top").

    >>> text = "Back to Japan-Brazil Relations Japan-Brazil Relations"
    >>> text[8 : _label_end(text, 8, len(text))]
    'Japan-Brazil Relations'
    >>> text = "Back to Press Releases Page Top"
    >>> text[8 : _label_end(text, 8, len(text))]
    'Press Releases'
    """
    label = text[start:end]
    half, rest = divmod(len(label), 2)
    if rest and label[half] == " " and label[:half] == label[half + 1 :]:
        return start + half
    ran_in = _RUN_INTO_LABEL().search(text, start, end)
    return ran_in.start() if ran_in is not None else end


# What a copy runs into a link's label after a space or a bar: the link
# again or the next links ("Back to Japan-Brazil Relations| Back to
# Japan-Brazil Relations", "Back to Index| Page Top", "Back to Index | Page
# Top", "... Page Top Page Top").
_RUN_INTO_LABEL = lazy(r"(?:\s*+\|\s*+|\s++)(?=Back\s++to\s|(?:(?:Page|Back\s++to)\s++Top\s*+)++$)")


def _is_label(target: str) -> bool:
    """Whether *target* reads as a link's label: capitalised words and their joiners.

    A word in brackets counts by its first letter: "Japan-Australia-India-U.S. (Quad)".

    >>> _is_label("Japan-U.S. Relations"), _is_label("the U.S.-Japan summit agenda")
    (True, False)
    >>> _is_label("Japan-Australia-India-U.S. (Quad)")
    True
    """
    return all(word.lstrip("(")[:1].isupper() or word in _LABEL_JOINERS for word in target.split())


# Words a section's name may hold in lower case, as an office's: "Countries &
# Regions", "Japan and the United Nations", "Press Releases - From Embassy".
_LABEL_JOINERS = words.TITLE_JOINERS | {"-"}


def strip_inline(
    line: Line, start: int, end: int
) -> tuple[str, Sequence[int], tuple[Boilerplate, ...]]:
    """``line.text[start:end]`` without inline labels, and the labels as boilerplate.

    Also returns where each character of the kept text stands in
    ``line.text``. Where removing a label would glue two words ("Open a New
    Windowand"), one space is kept between them, standing where the label was.

    >>> from readout_parser.page.text import split_lines
    >>> line = split_lines("The statement (PDF)Open a New Window is out.")[0]
    >>> text, where, labels = strip_inline(line, 0, len(line.text))
    >>> text, where[14], [label.text for label in labels]
    ('The statement is out.', 37, ['(PDF)Open a New Window'])
    """
    text = line.text[start:end]
    if not text or not _may_hold_label(text):
        return text, range(start, end), ()
    parts: list[str] = []
    where: list[int] = []
    found: list[Boilerplate] = []
    cursor = 0
    before = ""
    for match in INLINE_LABEL().finditer(text):
        kept = text[cursor : match.start()]
        parts.append(kept)
        where.extend(range(start + cursor, start + match.start()))
        before = kept[-1:] or before
        cursor = match.end()
        found.append(_label(line, start, match))
        after = text[cursor : cursor + 1]
        if before.isalnum() and after.isalnum():
            parts.append(" ")
            where.append(start + match.start())
            before = " "
        elif before == after and after in ".,;:":
            # "Statement (PDF).Open a New Window." keeps one full stop.
            cursor += 1
    if not found:
        return text, range(start, end), ()
    parts.append(text[cursor:])
    where.extend(range(start + cursor, start + len(text)))
    joined = "".join(parts)
    # Trim as str.strip() would; the text is normalised, so only spaces.
    low, high = 0, len(joined)
    while low < high and joined[low].isspace():
        low += 1
    while high > low and joined[high - 1].isspace():
        high -= 1
    return joined[low:high], where[low:high], tuple(found)


def _label(line: Line, start: int, match: regex.Match[str]) -> Boilerplate:
    kind = BoilerplateKind.LINK_LABEL if match.group("kind_link") else BoilerplateKind.MARKUP
    label = match.group(0).strip()
    label_start = start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return Boilerplate(kind, label, line.span(label_start, start + match.end()))
