"""The site around a readout, and what a copy adds inside it, as strategies.

:func:`with_site` takes a page's text and puts the site around it the way a
scraper meets it: a menu or skip link above the header, the site footer
below the "Back to ..." link. :func:`with_doubled_labels` doubles the
"(Photo)" labels a copy repeats, and :func:`with_invisible_characters`
scatters zero-width spaces, BOMs, soft hyphens and bidi marks inside words.
Each returns the altered text and the boilerplate texts it added, so a test
can check that the readout is otherwise unchanged and every added character
is accounted for.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

__all__ = ["with_doubled_labels", "with_invisible_characters", "with_site"]

MENUS = (
    ("• Home", "• Foreign Policy", "• Countries & Regions", "• Press Room"),
    ("Skip to main content",),
    ("Skip to main content", "Home", "Menu"),
    ("- Home", "- About Us", "- Search"),
    ("• Home • Foreign Policy • Press Room",),
)

FOOTERS = (
    "Related Links",
    "Privacy Policy",
    "Copyright © 2024 Ministry of Foreign Affairs of Japan",
    "(1) Cookie settings",
    "• Japan-Chile Summit Meeting (2017)",
    "We use cookies to give you the best experience on our website.",
    "Accessibility",
    "1. Site policy",
)

INVISIBLE = ("\u200b", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u2060", "\u202a", "\u202c")

# A label opening a photo line: "(Photo) Japan-U.S. Summit Meeting".
PHOTO_LABEL = re.compile(r"(?m)^([ \t•]*)(\(Photo\))")

# A place between two visible characters, where an invisible one can go.
BETWEEN = re.compile(r"(?<=\S)(?=\S)")


@st.composite
def with_site(draw: st.DrawFn, text: str, *, has_footer: bool) -> tuple[str, list[str]]:
    """*text* with a site menu above it and, if it has a footer, the site's footer below."""
    menu = list(draw(st.sampled_from(MENUS)))
    added = list(menu)
    altered = "\n".join(menu) + "\n" + text
    if has_footer:
        footer = draw(st.lists(st.sampled_from(FOOTERS), min_size=1, max_size=4, unique=True))
        altered = altered.rstrip("\r\n") + "\n" + "\n".join(footer) + "\n"
        added += footer
    return altered, added


@st.composite
def with_doubled_labels(draw: st.DrawFn, text: str) -> tuple[str, list[str]]:
    """*text* with some "(Photo)" labels that open a line written twice."""
    found = list(PHOTO_LABEL.finditer(text))
    if not found:
        return text, []
    chosen = set(draw(st.lists(st.integers(0, len(found) - 1), max_size=3)))
    pieces: list[str] = []
    cursor = 0
    for index, match in enumerate(found):
        if index in chosen:
            pieces.append(text[cursor : match.end(2)])
            pieces.append("(Photo)")
            cursor = match.end(2)
    pieces.append(text[cursor:])
    return "".join(pieces), ["(Photo)"] * len(chosen)


@st.composite
def with_invisible_characters(draw: st.DrawFn, text: str) -> str:
    """*text* with invisible characters between some of its visible ones."""
    places = [match.start() for match in BETWEEN.finditer(text)]
    if not places:
        return text
    chosen = sorted(set(draw(st.lists(st.sampled_from(places), min_size=1, max_size=12))))
    pieces: list[str] = []
    cursor = 0
    for place in chosen:
        pieces.append(text[cursor:place])
        pieces.append(draw(st.sampled_from(INVISIBLE)))
        cursor = place
    pieces.append(text[cursor:])
    return "".join(pieces)
