"""Hypothesis strategies that generate realistic readouts together with their structure.

:func:`readouts` draws a *structure* (breadcrumb, headline, date, photo captions,
lead, numbered sections nested up to three deep, boilerplate, footer) and renders
it to text the way a web copy of a readout page looks, returning both, so a test
can check that :func:`readout_parser.parse` gives back exactly what was generated.
Everything generated stays inside the parsing conventions: sentences end with
".", headings have no final full stop, body lines never start with a digit or a
lower-case letter unless they are a numbered item or a hard-wrapped continuation.

:func:`web_copy_quirks` takes any text and adds the noise a web copy brings
(NBSP, trailing spaces, tabs, CRLF, a BOM, curly/straight quote swaps, blank
lines, indentation) without changing what the text says.

:func:`tricky_texts` draws arbitrary text biased towards the shapes the parser
looks for (markers, dates, captions, boilerplate, huge digit runs, odd line
separators).
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

__all__ = [
    "ExpectedBoilerplate",
    "ExpectedParagraph",
    "ExpectedPhoto",
    "ExpectedReadout",
    "ExpectedSection",
    "GeneratedReadout",
    "fold_quotes",
    "readouts",
    "show_text",
    "tricky_texts",
    "web_copy_quirks",
]

_T = TypeVar("_T")

# ---------------------------------------------------------------------------
# The generated structure
# ---------------------------------------------------------------------------


@attrs.frozen
class ExpectedParagraph:
    """A paragraph as the parser should report it: its text and its bullet, if any."""

    text: str
    marker: str | None = None


@attrs.frozen
class ExpectedSection:
    """A numbered or lettered item as the parser should report it."""

    number: int | None
    marker: str
    heading: str | None
    paragraphs: tuple[ExpectedParagraph, ...]
    subsections: tuple[ExpectedSection, ...]

    def projection(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "marker": self.marker,
            "heading": self.heading,
            "paragraphs": [[p.text, p.marker] for p in self.paragraphs],
            "subsections": [s.projection() for s in self.subsections],
        }


@attrs.frozen
class ExpectedPhoto:
    caption: str
    credit: str | None


@attrs.frozen
class ExpectedBoilerplate:
    kind: str
    text: str


@attrs.frozen
class ExpectedReadout:
    """The structure a careful reader writes down from the generated text."""

    category: str | None
    title: str | None
    date: datetime.date | None
    photos: tuple[ExpectedPhoto, ...]
    lead: tuple[ExpectedParagraph, ...]
    sections: tuple[ExpectedSection, ...]
    back_link: str | None
    boilerplate: tuple[ExpectedBoilerplate, ...]
    diagnostics: tuple[str, ...]

    def projection(self) -> dict[str, Any]:
        """Plain data in the shape tests build from a parsed readout."""
        return {
            "category": self.category,
            "title": self.title,
            "date": None if self.date is None else self.date.isoformat(),
            "photos": [[p.caption, p.credit] for p in self.photos],
            "lead": [[p.text, p.marker] for p in self.lead],
            "sections": [s.projection() for s in self.sections],
            "back_link": self.back_link,
            "boilerplate": [[b.kind, b.text] for b in self.boilerplate],
            "diagnostics": sorted(self.diagnostics),
        }


def show_text(text: str) -> str:
    """The text with numbered lines and every invisible character made visible."""
    lines = text.splitlines(keepends=True) or [text]
    return "\n".join(f"{number:4} | {line!r}" for number, line in enumerate(lines, 1))


@attrs.frozen(repr=False)
class GeneratedReadout:
    """A rendered readout text and the structure it was rendered from."""

    text: str
    expected: ExpectedReadout

    def __repr__(self) -> str:
        # Hypothesis prints this on failure: show the text line by line.
        return f"GeneratedReadout(text=\n{show_text(self.text)}\n)"


_QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def fold_quotes(text: str) -> str:
    """*text* with curly quotes replaced by straight ones."""
    return text.translate(_QUOTE_FOLD)


# ---------------------------------------------------------------------------
# Vocabulary, in the style of the corpus
# ---------------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# (name in breadcrumbs, short name in headlines)
COUNTRIES = (
    ("United States of America", "U.S."),
    ("China", "China"),
    ("Republic of Korea", "ROK"),
    ("Australia", "Australia"),
    ("India", "India"),
    ("Germany", "Germany"),
    ("France", "France"),
    ("Italy", "Italy"),
    ("Viet Nam", "Viet Nam"),
    ("Canada", "Canada"),
    ("United Kingdom", "UK"),
    ("Mongolia", "Mongolia"),
    ("Brazil", "Brazil"),
    ("Indonesia", "Indonesia"),
    ("Israel", "Israel"),
    ("New Zealand", "New Zealand"),
    ("Kyrgyz Republic", "Kyrgyz"),
    ("Spain", "Spain"),
    ("Jordan", "Jordan"),
    ("Fiji", "Fiji"),
    ("EU", "EU"),
)

SITE_SECTIONS = (
    "Press Releases",
    "Countries & Regions",
    "Europe",
    "Japan and the United Nations",
    "Health and Medical Care",
    "North Atlantic Treaty Organization (NATO)",
    "Press Releases - From Embassy",
)

MEETING_KINDS = (
    "Summit Meeting",
    "Foreign Ministers’ Meeting",
    "Foreign Ministers' Meeting",
    "Summit Telephone Talk",
    "Foreign Ministers’ Telephone Talk",
    "Foreign Ministers’ Video Conference",
    "Summit Meeting and Working Lunch",
    "Foreign Ministers’ Meeting and Dinner",
    "Vice-Ministers’ Meeting",
    "Foreign Ministers’ Strategic Dialogue",
)

TITLE_QUALIFIER_SUFFIXES = ("", "", "", " (Summary)", " (Overview)", " (Outline)")

# A qualifier on its own line under the headline, appended to the title.
TITLE_QUALIFIER_LINES = ("(Overview of Results)", "Summary")

# Headlines broken across two lines: the first line ends with a word that
# cannot end a headline, so the break is visible from the text itself.
TWO_LINE_TITLES = (
    ("Telephone Talks between Prime Minister Shinzo Abe and", "Mr. Narendra Modi, Prime Minister"),
    ("Courtesy Call on Prime Minister Kishida by", "H.E. Mr. Anthony Albanese"),
    (
        "Meeting between Mr. Fumio Kishida, Minister for Foreign Affairs of Japan and",
        "Mr. Anders Fogh Rasmussen, NATO Secretary General",
    ),
    ("Foreign Minister Nakasone's Talks with", "Foreign Minister Kasit of Thailand"),
)

OTHER_TITLES = (
    "Foreign Minister Kono’s Meeting with State Council Member Yang Jiechi",
    "Overview of Japan-China Foreign Ministers' Meeting",
    "Telephone Talk between Foreign Minister MOTEGI Toshimitsu and Secretary Blinken",
    "Vice Minister Mori’s Meeting with U.S. Deputy Secretary Sherman",
    "Courtesy Call on State Minister KUNIMITSU by H.E. Mr. de Palacio",
    "Fifth Japan-UK Foreign and Defence Ministers’ Meeting (“2+2”)",
)

# Header lines that are none of breadcrumb, headline, date or photo.
UNPLACED_LINES = (
    "Press Release No.7",
    "Press Release No.12",
    "Ministry of Foreign Affairs",
    "Asian and Oceanian Affairs Bureau",
)

OFFICES = (
    "Cabinet Public Relations Office",
    "Cabinet Public Affairs Office",
    "Ministry of Foreign Affairs of Japan",
)

# (full form in the lead, title after the name, short form in the body)
JAPANESE_PRINCIPALS = (
    ("Mr. Fumio Kishida", "Minister for Foreign Affairs", "Minister Kishida"),
    ("Mr. MOTEGI Toshimitsu", "Minister for Foreign Affairs of Japan", "Minister Motegi"),
    ("Mr. Shinzo Abe", "Prime Minister of Japan", "Prime Minister Abe"),
    ("Ms. KAMIKAWA Yoko", "Minister for Foreign Affairs of Japan", "Minister Kamikawa"),
    ("Mr. HAYASHI Yoshimasa", "Minister for Foreign Affairs of Japan", "Minister Hayashi"),
    ("Mr. KISHIDA Fumio", "Prime Minister of Japan", "Prime Minister Kishida"),
    ("Mr. Taro Kono", "Minister for Foreign Affairs", "Minister Kono"),
)

COUNTERPARTS = (
    (
        "the Honorable Rex W. Tillerson",
        "Secretary of State of the United States",
        "Secretary Tillerson",
    ),
    (
        "H.E. Mr. Wang Yi",
        "Minister of Foreign Affairs of the People's Republic of China",
        "Mr. Wang",
    ),
    (
        "H.E. Dr. Frank-Walter Steinmeier",
        "Federal Minister for Foreign Affairs",
        "Minister Steinmeier",
    ),
    (
        "the Hon. Scott Morrison, MP",
        "Prime Minister of the Commonwealth of Australia",
        "Mr. Morrison",
    ),
    ("H.E. Mr. Narendra Modi", "Prime Minister of India", "Prime Minister Modi"),
    ("the Honourable Mélanie Joly", "Minister of Foreign Affairs of Canada", "Minister Joly"),
    ("H.E. Mr. José Manuel ALBARES", "Minister for Foreign Affairs of Spain", "Minister Albares"),
    ("H.E. Dr. Tedros Adhanom", "Director-General of the World Health Organization", "Dr. Tedros"),
)

TIMES = ("2:15 p.m.", "11:50 a.m.", "around 4:30 p.m.", "9:20a.m.", "5:25 p.m.", "10:05 a.m.")
DURATIONS = (
    "approximately 30 minutes",
    "approximately one hour and 20 minutes",
    "about 15 minutes",
    "approximately 90 minutes",
    "one and a half hours",
)

LEAD_INS = (
    "The overview of the meeting is as follows.",
    "The overview of the telephone talk is as follows.",
    "Key points from the meeting are as follows.",
    "The details are as follows:",
    "An outline of the meeting follows:",
)

SUBJECTS = ("The two ministers", "Both sides", "The two leaders", "Both ministers")
OPENERS = ("", "", "", "In response, ", "Furthermore, ", "In addition, ", "At the outset, ")

PREDICATES = (
    "stated that Japan and the United States will continue to cooperate closely",
    "welcomed the progress in bilateral relations over the past year",
    "confirmed that the Japan-U.S. Alliance is the cornerstone of peace in the region",
    "shared the view that they would work together to realize a “Free and Open Indo-Pacific”",
    "explained Japan’s position on the situation in the East China Sea",
    'expressed the hope that the "2+2" meeting would be held at an early date',
    "agreed to strengthen cooperation in a wide range of fields, including economy and security",
    "emphasized the importance of people-to-people exchanges between the two countries",
    "exchanged views on regional affairs, including North Korea and the Middle East",
    "expressed his gratitude for the support extended after the earthquake",
    "stated that the abductions issue is a top priority of the Government of Japan",
    "noted that the Economic Partnership Agreement (EPA) has entered into force",
    "welcomed the signing of the memorandum on cooperation in science and technology",
    "stated that he would like to visit the country at an early date",
    "confirmed that the two countries will coordinate closely at the United Nations",
    "reaffirmed the ‘Special Strategic Partnership’ between the two countries",
    "shared concerns over the nuclear and missile development of North Korea",
    "affirmed that they would continue to communicate closely at all levels",
)

TOPIC_HEADINGS = (
    "Opening Remarks",
    "Opening and general remarks",
    "Bilateral relations",
    "Japan-U.S. security",
    "Okinawa",
    "North Korea",
    "East Asia situation",
    "Regional affairs",
    "Economic cooperation",
    "Cooperation in the international arena",
    "Trans-Pacific Partnership (TPP) Agreement",
    "Situation in the Asia-Pacific region",
    "Climate change",
    "People-to-people exchanges",
    "Japan-China Relations",
    "Global Issues",
    "Introduction",
    "Review of ASEAN-Japan cooperation and future directions",
    "Middle East Peace Process",
    "Child Custody (Hague Convention)",
    "Japan’s contribution to the “Women, Peace and Security” agenda",
)

INTRO_HEADINGS = (
    "{who} stated the following:",
    "In response, {who} stated as follows:",
    "{who} mentioned as follows:",
    "The two sides confirmed the following points:",
)

# Captions (alt text) that stand on their own line between the date and the body.
FIXED_ALT_TEXTS = (
    "Two ministers shaking hands",
    "Two leaders who have a talk after having a seat at a table",
    "Photo session before the meeting",
    "Working Lunch",
    "Minister Hayashi and Minister Joly who shake hands facing straight at the camera",
    "The state of the meeting",
    "画像1",
    "Photo 2",
)

PDF_LABEL = "(PDF)Open a New Window"
FOOTER_TRANSLATION_NOTE = (
    "* The foregoing is a provisional translation. "
    "The date indicated above denotes the date of the original in Japanese."
)
HEADER_TRANSLATION_NOTE = "Provisional translation from the Press Release in Japan"


# ---------------------------------------------------------------------------
# Mutable builders used while rendering; frozen into Expected* at the end
# ---------------------------------------------------------------------------


@attrs.define
class _Paragraph:
    text: str
    marker: str | None


@attrs.define
class _Section:
    number: int | None
    marker: str
    heading: str | None
    paragraphs: list[_Paragraph] = attrs.Factory(list)
    subsections: list[_Section] = attrs.Factory(list)

    def freeze(self) -> ExpectedSection:
        return ExpectedSection(
            self.number,
            self.marker,
            self.heading,
            tuple(ExpectedParagraph(p.text, p.marker) for p in self.paragraphs),
            tuple(s.freeze() for s in self.subsections),
        )


@attrs.define
class _Line:
    text: str
    # A continuation line of a hard-wrapped paragraph or headline: never
    # separated from the line above by a blank line.
    glued: bool = False


@attrs.define
class _LastParagraph:
    """Where the most recent paragraph line is, and whether it may be cut off."""

    line: int
    prefix: str
    paragraph: _Paragraph
    can_truncate: bool


@attrs.define
class _Page:
    """The text rendered so far and what a reader would record from it."""

    rnd: random.Random
    lines: list[_Line] = attrs.Factory(list)
    photos: list[list[str | None]] = attrs.Factory(list)
    # Indices into ``photos`` of uncredited captions directly above the current line.
    uncredited: list[int] = attrs.Factory(list)
    boilerplate: list[ExpectedBoilerplate] = attrs.Factory(list)
    diagnostics: list[str] = attrs.Factory(list)
    headings: set[str] = attrs.Factory(set)
    last: _LastParagraph | None = None

    def add(self, text: str, *, glued: bool = False) -> None:
        self.lines.append(_Line(text, glued))
        self.last = None

    def add_boilerplate(self, kind: str, text: str, line: str | None = None) -> None:
        self.add(text if line is None else line)
        self.boilerplate.append(ExpectedBoilerplate(kind, text))
        self.uncredited = []

    def add_paragraph(
        self, paragraph: _Paragraph, prefix: str, *, can_truncate: bool, wrap_at: int | None = None
    ) -> None:
        self.uncredited = []
        if wrap_at is not None:
            words = paragraph.text.split(" ")
            self.add(prefix + " ".join(words[:wrap_at]))
            self.add(" ".join(words[wrap_at:]), glued=True)
            return
        self.add(prefix + paragraph.text)
        self.last = _LastParagraph(len(self.lines) - 1, prefix, paragraph, can_truncate)

    def text(self, blank_lines: str) -> str:
        out: list[str] = []
        for index, line in enumerate(self.lines):
            spaced = blank_lines == "always" or (blank_lines == "some" and self.rnd.random() < 0.5)
            if index and not line.glued and spaced:
                out.append("")
            out.append(line.text)
        return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Drawing pieces
# ---------------------------------------------------------------------------

# Strategies built once: building one per draw costs more than the draw.
_INDEX_STRATEGIES: dict[int, st.SearchStrategy[int]] = {}
_RANGE_STRATEGIES: dict[tuple[int, int], st.SearchStrategy[int]] = {}
_FLAG = st.booleans()
_SEEDS = st.integers(0, 2**32 - 1)


def _int(draw: st.DrawFn, low: int, high: int) -> int:
    strategy = _RANGE_STRATEGIES.get((low, high))
    if strategy is None:
        strategy = _RANGE_STRATEGIES.setdefault((low, high), st.integers(low, high))
    return draw(strategy)


def _pick(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    """One of *options*; shrinks towards the first."""
    strategy = _INDEX_STRATEGIES.get(len(options))
    if strategy is None:
        strategy = _INDEX_STRATEGIES.setdefault(len(options), st.integers(0, len(options) - 1))
    return options[draw(strategy)]


def _flag(draw: st.DrawFn) -> bool:
    return draw(_FLAG)


# The wording of sentences does not change the structure, so it comes from a
# seeded generator rather than from draws: that keeps drawing a page cheap and
# leaves shrinking to the structure.
def _sentence(rnd: random.Random, people: Sequence[str]) -> str:
    opener = rnd.choice(OPENERS)
    subject = rnd.choice((*SUBJECTS, *people))
    if opener and subject in SUBJECTS:
        subject = subject[0].lower() + subject[1:]
    return f"{opener}{subject} {rnd.choice(PREDICATES)}."


def _paragraph_text(rnd: random.Random, people: Sequence[str]) -> str:
    count = rnd.choice((1, 1, 2, 2, 3))
    return " ".join(_sentence(rnd, people) for _ in range(count))


def _render_date(date: datetime.date, style: str) -> str:
    month = MONTHS[date.month - 1]
    formats = {
        "mdy": f"{month} {date.day}, {date.year}",
        "dmy-comma": f"{date.day} {month}, {date.year}",
        "m-d-y-commas": f"{month}, {date.day}, {date.year}",
        "parenthesised": f"({month} {date.day}, {date.year})",
        "dmy": f"{date.day} {month} {date.year}",
        "mdy-padded": f"{month} {date.day:02d}, {date.year}",
        "slashes": f"{date.year}/{date.month}/{date.day}",
    }
    return formats[style]


DATE_STYLES = (
    "mdy",
    "mdy",
    "mdy",
    "dmy-comma",
    "m-d-y-commas",
    "parenthesised",
    "dmy",
    "mdy-padded",
    "slashes",
)


def _alt_text(draw: st.DrawFn, short: str, title: str | None) -> str:
    """A photo's alt text; digits that are part of it stay in the caption."""
    kind = _pick(draw, MEETING_KINDS)
    base = f"Japan-{short} {kind}"
    options = [
        base,
        base + str(_int(draw, 1, 3)),
        f"{base} {_int(draw, 1, 3)}",
        *FIXED_ALT_TEXTS,
    ]
    if title is not None:
        options.append(title)
    return _pick(draw, options)


def _photo_lines(draw: st.DrawFn, page: _Page, short: str, title: str | None, where: str) -> None:
    """Render a block of photo lines and record the photos they stand for.

    *where* is "before-date" (only bulleted captions, as under a headline),
    "after-date" (every style, bare alt text included), "labelled" (a header
    without a date: only lines that say they are photos) or "body".
    """
    if where == "before-date":
        styles = ["bullet-photo-colon", "bullet-photo", "bullet-bare"]
    elif where == "after-date":
        styles = [
            "bare",
            "bare",
            "bare-credit",
            "bullet-photo-colon",
            "bullet-photo",
            "labelled",
            "numbered-colon",
            "suffix",
            "credit-only",
            "two-on-a-line",
        ]
    elif where == "labelled":
        styles = ["bullet-photo-colon", "bullet-photo", "labelled", "credit-only"]
    else:
        styles = ["labelled", "labelled-credit", "credit-only"]
    count = _int(draw, 1, 4)
    for _ in range(count):
        style = _pick(draw, styles)
        alt = _alt_text(draw, short, title)
        office = _pick(draw, OFFICES)
        number = _int(draw, 1, 3)
        if style == "credit-only":
            label = _pick(draw, ["(Photo: {})", "(Photos: {})", "Photo: {}"])
            if where != "body":
                label = _pick(
                    draw,
                    [
                        label,
                        "(Image Courtesy: {})",
                        "    (Photo: {})",
                        "Image courtesy of {}",
                        "(Photo courtesy of {})",
                    ],
                )
            page.add(label.format(office))
            if page.uncredited:
                for index in page.uncredited:
                    page.photos[index][1] = office
            else:
                page.photos.append(["", office])
            page.uncredited = []
            continue
        captions: list[str]
        credit: str | None = None
        if style == "bare":
            line, captions = alt, [alt]
        elif style == "bare-credit":
            credit = office
            form = _pick(draw, ["{} Photo: {}", "{} (Photo: {})"])
            line, captions = form.format(alt, office), [alt]
        elif style == "bullet-photo-colon":
            caption = alt if alt[-1].isdigit() else f"{alt}-{number}"
            line, captions = f"  • (photo:{caption})", [caption]
        elif style == "bullet-photo":
            form = _pick(draw, ["  • (Photo) {}", "  • (Photo){}"])
            line, captions = form.format(alt), [alt]
        elif style == "bullet-bare":
            line, captions = f"  • {alt}", [alt]
        elif style in ("labelled", "labelled-credit"):
            forms = ["(Photo) {}", "(Photo){}", f"(Photo{number}) {{}}", f"(Photo {number}){{}}"]
            form = _pick(draw, forms)
            line, captions = form.format(alt), [alt]
            if style == "labelled-credit":
                credit = office
                line = f"{line} (Photo: {office})"
        elif style == "numbered-colon":
            line, captions = f"photo{number}: {alt}", [alt]
        elif style == "suffix":
            line, captions = f"{alt}(photo-{number})", [alt]
        else:  # two-on-a-line
            other = _alt_text(draw, short, title)
            line, captions = f"(Photo) {alt} (Photo) {other}", [alt, other]
        page.add(line)
        if credit is not None:
            page.photos.append([captions[0], credit])
            page.uncredited = []
        else:
            for caption in captions:
                page.uncredited.append(len(page.photos))
                page.photos.append([caption, None])


# ---------------------------------------------------------------------------
# Numbering styles
# ---------------------------------------------------------------------------

LETTERS = "abcdefgh"


@attrs.frozen
class _Style:
    """How the items of one nesting level are numbered and rendered."""

    family: str  # "dot" 1., "bare" 1, "paren" (1), "letter-paren" (a), "letter-dot" a.
    variant: str

    def marker(self, index: int) -> tuple[str, int | None]:
        if self.family == "dot":
            return f"{index}.", index
        if self.family == "bare":
            return f"{index}", index
        if self.family == "paren":
            return f"({index})", index
        letter = LETTERS[index - 1]
        if self.family == "letter-paren":
            return f"({letter})", None
        return f"{letter}.", None

    def line(self, index: int, text: str) -> str:
        marker, _ = self.marker(index)
        if self.variant == "indented":
            return f"  {marker} {text}"
        if self.variant == "no-space":
            return f"{marker}{text}"
        if self.variant == "doubled":
            return f"{marker} {marker} {text}"
        if self.variant == "artifact":
            # An ordered-list rendering: the list counter before the real marker.
            return f"  {index}. {marker} {text}"
        if self.variant == "bullet":
            return f"  • {marker} {text}"
        if self.variant == "dash":
            return f"- {marker} {text}"
        return f"{marker} {text}"


VARIANTS = {
    "dot": ("plain", "plain", "indented", "no-space", "doubled"),
    "bare": ("plain",),
    "paren": ("plain", "plain", "no-space", "bullet", "dash", "artifact"),
    "letter-paren": ("plain",),
    "letter-dot": ("plain", "bullet"),
}


def _styles(draw: st.DrawFn) -> tuple[_Style, ...]:
    """One style per nesting level, each different from the levels above."""
    letters = _Style(_pick(draw, ["letter-paren", "letter-dot"]), "plain")
    letters = _Style(letters.family, _pick(draw, VARIANTS[letters.family]))
    top_family = _pick(draw, ["dot", "dot", "bare", "paren"])
    top = _Style(top_family, _pick(draw, VARIANTS[top_family]))
    if top_family == "paren":
        return (top, letters)
    second = _Style("paren", _pick(draw, VARIANTS["paren"]))
    shape = _pick(draw, ["flat", "two", "letters", "three"])
    if shape == "flat":
        return (top,)
    if shape == "two":
        return (top, second)
    if shape == "letters":
        return (top, letters)
    return (top, second, letters)


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------


def _body_paragraph(draw: st.DrawFn, page: _Page, people: Sequence[str]) -> _Paragraph:
    """Render one paragraph that is not the first line of an item or of the lead."""
    text = _paragraph_text(page.rnd, people)
    kind = _pick(draw, ["plain", "plain", "plain", "bullet", "wrapped", "pdf-label"])
    if kind == "bullet":
        bullet = _pick(draw, ["•", "-"])
        paragraph = _Paragraph(text, bullet)
        indent = _pick(draw, ["", "  "]) if bullet == "•" else ""
        page.add_paragraph(paragraph, f"{indent}{bullet} ", can_truncate=True)
        return paragraph
    if kind == "pdf-label":
        # "... issued a Joint Statement (PDF)Open a New Window." -> label removed.
        paragraph = _Paragraph(text, None)
        page.uncredited = []
        page.add(f"{text[:-1]} {PDF_LABEL}.")
        page.boilerplate.append(ExpectedBoilerplate("link-label", PDF_LABEL))
        return paragraph
    words = text.split(" ")
    # A hard wrap only where the text visibly breaks mid-sentence: the first
    # part ends in a bare word and the next line starts in lower case.
    # The first part stays shorter than a fixed width (50-100 characters): six
    # such breaks would make the page read as wrapped at that width, where a
    # full line goes on after a full stop (docs/formats.md).
    breaks = [
        i
        for i in range(2, len(words) - 1)
        if words[i - 1][-1].isalpha()
        and words[i][0].islower()
        and len(" ".join(words[:i])) < _WRAP_WIDTHS[0]
    ]
    paragraph = _Paragraph(text, None)
    if kind == "wrapped" and breaks:
        page.add_paragraph(paragraph, "", can_truncate=False, wrap_at=_pick(draw, breaks))
    else:
        page.add_paragraph(paragraph, "", can_truncate=True)
    return paragraph


def _extras(draw: st.DrawFn, page: _Page, short: str) -> None:
    """Occasional non-paragraph lines between paragraphs: markup or a photo."""
    extra = _pick(draw, ["none"] * 8 + ["br", "photo"])
    if extra == "br":
        page.add_boilerplate("markup", "<br>")
    elif extra == "photo":
        _photo_lines(draw, page, short, None, "body")


def _section(
    draw: st.DrawFn,
    page: _Page,
    styles: tuple[_Style, ...],
    depth: int,
    index: int,
    people: Sequence[str],
    short: str,
    *,
    intro: bool = True,
) -> _Section:
    """Render one item and its content; *intro* allows headings ending in ":"."""
    style = styles[depth]
    marker, number = style.marker(index)
    can_nest = depth + 1 < len(styles)
    form = _pick(draw, ["topic", "topic", "intro" if intro else "topic", "sentence", "sentence"])
    # A page names each topic once; a heading seen twice reads as a table of
    # contents above the sections.
    if form == "topic":
        options = [h for h in TOPIC_HEADINGS if h not in page.headings]
    elif form == "intro":
        options = [t.format(who=who) for t in INTRO_HEADINGS for who in people]
        options = [h for h in options if h not in page.headings]
    else:
        options = []
    heading = _pick(draw, options) if options else None
    section = _Section(number, marker, heading)
    if heading is not None:
        page.headings.add(heading)
        page.add(style.line(index, heading))
        page.uncredited = []
    else:
        first = _Paragraph(_paragraph_text(page.rnd, people), None)
        page.add_paragraph(first, style.line(index, ""), can_truncate=False)
        section.paragraphs.append(first)
    more = _int(draw, 0, 2)
    subsection_count = _int(draw, 0, 3 if depth == 0 else 2) if can_nest else 0
    if heading is not None and more == 0 and subsection_count == 0:
        more = 1
    for _ in range(more):
        _extras(draw, page, short)
        section.paragraphs.append(_body_paragraph(draw, page, people))
    # Lettered items written "a." must follow a line that ends a sentence, or
    # they would read as the lower-case continuation of a hard-wrapped line.
    below = styles[depth + 1] if can_nest else None
    if subsection_count and below == _Style("letter-dot", "plain") and not section.paragraphs:
        assert heading is not None
        if not heading.endswith(":"):
            subsection_count = 0
            section.paragraphs.append(_body_paragraph(draw, page, people))
    for sub_index in range(1, subsection_count + 1):
        section.subsections.append(
            _section(draw, page, styles, depth + 1, sub_index, people, short, intro=intro)
        )
    return section


def _sections(
    draw: st.DrawFn, page: _Page, people: Sequence[str], short: str, minimum: int
) -> list[_Section]:
    styles = _styles(draw)
    count = _int(draw, minimum, 5)
    numbers = list(range(1, count + 1))
    anomaly = _pick(draw, ["none"] * 8 + ["gap", "restart"])
    if anomaly == "gap" and count >= 2:
        at = _int(draw, 1, count - 1)
        numbers = numbers[:at] + [n + 1 for n in numbers[at:]]
        page.diagnostics.append("numbering-gap")
    restart = 0
    if anomaly == "restart" and count >= 3:
        restart = _int(draw, 2, count - 1)
        numbers = numbers[:restart] + [n - restart for n in numbers[restart:]]
        page.diagnostics.append("numbering-restart")
    # An item ending in ":" right before a restarted "1." reads as introducing
    # a nested list rather than as a restart, so the item before a restart
    # has no such heading anywhere in it.
    return [
        _section(draw, page, styles, 0, n, people, short, intro=i != restart - 1)
        for i, n in enumerate(numbers)
    ]


# ---------------------------------------------------------------------------
# The whole page
# ---------------------------------------------------------------------------


def _title(draw: st.DrawFn, short: str) -> tuple[list[str], str]:
    """The headline as rendered lines and as the title a reader records."""
    form = _pick(draw, ["kind", "kind", "kind", "other", "two-lines", "qualifier"])
    if form == "two-lines":
        first, second = _pick(draw, TWO_LINE_TITLES)
        return [first, second], f"{first} {second}"
    if form == "other":
        title = _pick(draw, OTHER_TITLES)
        return [title], title
    kind = _pick(draw, MEETING_KINDS)
    title = f"Japan-{short} {kind}"
    if form == "qualifier":
        qualifier = _pick(draw, TITLE_QUALIFIER_LINES)
        return [title, qualifier], f"{title} {qualifier}"
    title += _pick(draw, TITLE_QUALIFIER_SUFFIXES)
    return [title], title


@st.composite
def readouts(draw: st.DrawFn) -> GeneratedReadout:
    """A realistic readout page and the structure a careful reader records from it."""
    page = _Page(random.Random(draw(_SEEDS)))
    full, short = _pick(draw, COUNTRIES)
    japanese = _pick(draw, JAPANESE_PRINCIPALS)
    counterpart = _pick(draw, COUNTERPARTS)
    people = (japanese[2], counterpart[2])

    # Header: breadcrumb, an unplaced line, headline, date, boilerplate, photos.
    has_category = _flag(draw)
    category_form = _pick(draw, ["relations", "relations", "site"])
    category = (
        (f"Japan-{full} Relations" if category_form == "relations" else _pick(draw, SITE_SECTIONS))
        if has_category
        else None
    )
    has_title = _flag(draw)
    title_lines, title = _title(draw, short) if has_title else ([], None)
    has_date = _int(draw, 0, 5) > 0
    date = draw(st.dates(datetime.date(2008, 1, 1), datetime.date(2025, 12, 31)))
    photo_place = _pick(draw, ["none", "after", "after", "before"])

    if category is not None:
        page.add(category)
    unplaced_ok = category is not None and title is not None and has_date and len(title_lines) == 1
    if unplaced_ok and _int(draw, 0, 7) == 0:
        page.add(_pick(draw, UNPLACED_LINES))
        page.diagnostics.append("unplaced-line")
    for number, line in enumerate(title_lines):
        page.add(line, glued=number > 0)
    if photo_place == "before" and title is not None:
        _photo_lines(draw, page, short, title, "before-date")
    if has_date:
        page.add(_render_date(date, _pick(draw, DATE_STYLES)))
        header_extra = _pick(draw, ["none"] * 6 + ["japanese", "markup", "translation"])
        if header_extra == "japanese":
            page.add_boilerplate("link-label", "Japanese")
        elif header_extra == "markup":
            for _ in range(_int(draw, 1, 2)):
                page.add_boilerplate("markup", "![]() |")
        elif header_extra == "translation":
            page.add_boilerplate("translation-note", HEADER_TRANSLATION_NOTE)
    else:
        page.diagnostics.append("no-date")
    if photo_place == "after" and (has_date or category is not None or title is not None):
        _photo_lines(draw, page, short, title, "after-date" if has_date else "labelled")
    page.uncredited = []

    # Lead: always opens with a sentence of running prose.
    lead: list[_Paragraph] = []
    has_sections = _int(draw, 0, 4) > 0
    # A page with neither headline nor date opens on its lead: a breadcrumb and
    # numbered items alone show too few of a readout's marks (not-a-readout).
    has_header = has_title or has_date
    lead_count = _int(draw, 0 if has_sections and has_header else 1, 3)
    if lead_count:
        month = MONTHS[date.month - 1]
        sentence = (
            f"On {month} {date.day}, commencing at {_pick(draw, TIMES)} for "
            f"{_pick(draw, DURATIONS)}, {japanese[0]}, {japanese[1]}, held a "
            f"{_pick(draw, MEETING_KINDS)} with {counterpart[0]}, {counterpart[1]}."
        )
        if _flag(draw):
            sentence += " " + _pick(draw, LEAD_INS)
        first = _Paragraph(sentence, None)
        page.add_paragraph(first, _pick(draw, ["", "", " ", "   "]), can_truncate=False)
        lead.append(first)
        for _ in range(lead_count - 1):
            if _flag(draw):
                text = _pick(draw, LEAD_INS)
                paragraph = _Paragraph(text, None)
                page.add_paragraph(paragraph, "", can_truncate=True)
            else:
                _extras(draw, page, short)
                paragraph = _body_paragraph(draw, page, people)
            lead.append(paragraph)
        if has_sections and _int(draw, 0, 4) == 0:
            _photo_lines(draw, page, short, None, "body")

    sections = _sections(draw, page, people, short, 1) if has_sections else []

    # A cut-off page stops mid-sentence and has no footer.
    truncated = _int(draw, 0, 5) == 0 and page.last is not None and page.last.can_truncate
    back_link: str | None = None
    if truncated:
        assert page.last is not None
        words = page.last.paragraph.text.split(" ")
        ends = [i for i in range(3, len(words)) if words[i - 1][-1].isalpha()]
        if ends:
            end = _pick(draw, ends)
            cut = " ".join(words[:end])
            last_word = words[end - 1]
            keep = _int(draw, 1, len(last_word))
            if last_word[:keep][-1].isalpha():
                cut = cut[: len(cut) - len(last_word) + keep]
            page.last.paragraph.text = cut
            page.lines[page.last.line].text = page.last.prefix + cut
            page.diagnostics.append("truncated")
        else:
            truncated = False
    if not truncated:
        if _int(draw, 0, 9) == 0:
            page.add_boilerplate("translation-note", FOOTER_TRANSLATION_NOTE)
        if _int(draw, 0, 4) == 0:
            page.add_boilerplate("end-mark", "(END)")
        if _int(draw, 0, 9) == 0:
            page.add_boilerplate("page-top", "Page Top")
        if _flag(draw):
            # The country named short, too: "Back to Japan-U.S. Relations".
            options = [
                "Index",
                "Press Releases",
                f"Japan-{full} Relations",
                f"Japan-{short} Relations",
            ]
            if category is not None:
                options.append(category)
            back_link = _pick(draw, options)
            line = f"Back to {back_link}"
            if _int(draw, 0, 4) == 0 and back_link[-1].islower():
                # A web copy that doubles the link label.
                line += _pick(draw, [back_link, "Japan-Brunei Relations"])
            page.add_boilerplate("back-link", line)

    blank_lines = _pick(draw, ["never", "always", "some"])
    text = page.text(blank_lines)
    expected = ExpectedReadout(
        category=category,
        title=title,
        date=date if has_date else None,
        photos=tuple(ExpectedPhoto(str(c), p) for c, p in page.photos),
        lead=tuple(ExpectedParagraph(p.text, p.marker) for p in lead),
        sections=tuple(s.freeze() for s in sections),
        back_link=back_link,
        boilerplate=tuple(page.boilerplate),
        diagnostics=tuple(sorted(page.diagnostics)),
    )
    return GeneratedReadout(text, expected)


# ---------------------------------------------------------------------------
# Web-copy quirks
# ---------------------------------------------------------------------------

_LINE_BREAK = ("\r\n", "\r", "\n")


def _split_lines(text: str) -> list[str]:
    """Lines as the parser counts them: ends at \\n, \\r\\n or a lone \\r."""
    lines: list[str] = []
    start = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char in "\r\n":
            lines.append(text[start:index])
            if char == "\r" and text[index + 1 : index + 2] == "\n":
                index += 1
            start = index + 1
        index += 1
    lines.append(text[start:])
    return lines


# The start of a list item: a number, a letter or a bullet, e.g. "1.",
# "2 Economy", "(1)", "(a)", "a.", "• (1)", "- text".
_LIST_ITEM = re.compile(r"[0-9]|\(|[•\-]|[a-z]\.")

_TO_STRAIGHT = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _curly(quote: str, before: str) -> str:
    """The curly form of a straight quote, as a word processor would choose it."""
    opening = before == "" or before.isspace() or before in "([“‘"
    if quote == "'":
        return "\u2018" if opening else "\u2019"
    return "\u201c" if opening else "\u201d"


# An abbreviation ending a line, where a hard wrap may fall: "Japan-U.S.", "etc.".
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:etc|Co|Inc|Ltd|No|Nos|Jr|Sr|St|Mt|vs)\.$")


# The widths a page is hard-wrapped at by its copy: 70-90 characters on the
# site, with room either side.
_WRAP_WIDTHS = (50, 100)


def _hard_wrapped(text: str) -> bool:
    """Whether *text* may be hard-wrapped: several lines of a wrapped width."""
    low, high = _WRAP_WIDTHS
    return sum(low <= len(line.strip()) <= high for line in text.splitlines()) >= 6


@st.composite
def web_copy_quirks(draw: st.DrawFn, text: str) -> str:
    """*text* with the noise of a web copy added; what it says is unchanged.

    Each kind of quirk is switched on by its own draw (so shrinking can turn
    it off); where it strikes is decided by a drawn random generator.
    """
    rnd = random.Random(draw(_SEEDS))
    rate = _pick(draw, [0.1, 0.3, 1.0])
    swap_quotes = _flag(draw)
    nbsp = _flag(draw)
    tabs = _flag(draw)
    doubled = _flag(draw)
    trailing = _flag(draw)
    indent = _flag(draw)
    blank = _flag(draw)
    line_end = _pick(draw, ["lf", "crlf", "mixed", "cr"])
    bom = _flag(draw)

    def hit() -> bool:
        return rnd.random() < rate

    def noisy(text: str) -> str:
        chars: list[str] = []
        for index, char in enumerate(text):
            if swap_quotes and char in _TO_STRAIGHT and hit():
                chars.append(_TO_STRAIGHT[char])
            elif swap_quotes and char in "'\"" and hit():
                chars.append(_curly(char, text[index - 1 : index]))
            elif char == " " and nbsp and hit():
                chars.append("\u00a0")
            elif char == " " and tabs and hit():
                chars.append("\t")
            elif char == " " and doubled and hit():
                chars.append("  ")
            else:
                chars.append(char)
        return "".join(chars)

    out: list[str] = []
    previous = ""
    wrapped_page = _hard_wrapped(text)
    for line in _split_lines(text):
        stripped = line.strip()
        body = line.lstrip()
        indentation = line[: len(line) - len(body)]
        # The indentation of a list item tells nested lists apart ("1." under
        # "1."), so it is left as it is; other lines may be indented at will.
        listed = _LIST_ITEM.match(body) is not None
        line = (indentation if listed else noisy(indentation)) + noisy(body)
        # A blank line never goes before a lower-case line, a line closing a
        # bracket, or a line after a wrap at an abbreviation ("Japan-U.S." /
        # "Security Arrangements."): that would split a hard-wrapped sentence
        # into two paragraphs.
        # Nor, on a page hard-wrapped at a fixed width, after a line that may
        # fill the width: the next line may go on with it.
        wrapped = (
            stripped[:1].islower()
            or stripped[:1] == ")"
            or _ABBREVIATION.search(previous)
            or (wrapped_page and _WRAP_WIDTHS[0] <= len(previous) <= _WRAP_WIDTHS[1])
        )
        if blank and hit() and not wrapped:
            out.append(rnd.choice(["", "", " ", "\t", "\u00a0"]))
        previous = stripped
        if indent and stripped and not listed and hit():
            line = rnd.choice(["  ", "    ", "\t", "\u00a0"]) + line
        if trailing and stripped and hit():
            line += rnd.choice([" ", "  ", "\t", "\u00a0", " \u00a0 "])
        out.append(line)

    pieces: list[str] = []
    for number, line in enumerate(out):
        if number:
            if line_end == "crlf":
                pieces.append("\r\n")
            elif line_end == "cr":
                pieces.append("\r")
            elif line_end == "mixed":
                pieces.append(rnd.choice(_LINE_BREAK))
            else:
                pieces.append("\n")
        pieces.append(line)
    altered = "".join(pieces)
    if bom and not altered.startswith("\ufeff"):
        altered = "\ufeff" + altered
    return altered


# ---------------------------------------------------------------------------
# Arbitrary text
# ---------------------------------------------------------------------------

# Pieces of the shapes the parser looks for, to be glued together at random.
FRAGMENTS = (
    "1.",
    "1. ",
    "2 ",
    "10.",
    "(1)",
    "(2)",
    "• (1) ",
    "- (1) ",
    "1. (1) ",
    "2. 2. ",
    "(a) ",
    "a. ",
    "• a. ",
    "• ",
    "- ",
    "  ",
    "\t",
    "\u00a0",
    "\ufeff",
    "\u200b",
    "Back to ",
    "Back to Press ReleasesPress Releases",
    "(END)",
    "Page Top",
    "Japanese",
    "(PDF)Open a New Window",
    "(PDF)",
    "Open a New Window",
    "<br>",
    "![]() |",
    "Provisional translation from the Press Release in Japan",
    "(Photo)",
    "(Photo) ",
    "(photo:",
    "(Photo1) ",
    "photo1: ",
    "(photo-1)",
    "Photo: Cabinet Public Relations Office",
    "(Photo: Cabinet Public Relations Office)",
    "(Photos: ",
    "(Image Courtesy: ",
    "Image courtesy of ",
    "March 16, 2017",
    "February 30, 2019",
    "22 September, 2009",
    "November, 11, 2009",
    "(April 25, 2012)",
    "20 May 2014",
    "2024/5/4",
    "2024/13/45",
    "On March 16, commencing at 2:15 p.m. for approximately one hour, ",
    # Digits of other scripts: fullwidth, Arabic-Indic, and Garay (Unicode 16),
    # which the pattern engine may know before Python does.
    "commencing at ２:１５ p.m. for ４５ minutes, ",
    "commencing at ٢:١٥ p.m., ",
    "commencing at \U00010d41:\U00010d42\U00010d43 p.m. for \U00010d44\U00010d45 minutes, ",
    "\U00010d41\U00010d49:\U00010d40\U00010d40",
    "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting.",
    "The overview of the meeting is as follows.",
    "Japan-United States of America Relations",
    "Press Releases",
    "Japan-U.S. Foreign Ministers’ Meeting",
    "Japan-U.S. Foreign Ministers’ Meeting1",
    "(Overview of Results)",
    "Opening",
    "stated the following:",
    "Minister Kishida stated that ",
    "’",
    "“",
    "”",
    "'",
    '"',
    ".",
    ":",
    "画像1",
)

LINE_BREAKS = ("\n", "\n", "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c")


def _digit_runs() -> st.SearchStrategy[str]:
    """Numbers far longer than any int conversion limit allows."""
    return st.builds(
        lambda digit, length, tail: digit * length + tail,
        st.sampled_from("0123456789"),
        st.integers(1, 6000),
        st.sampled_from(["", ".", " ", ") ", ". Opening", " The two sides met."]),
    )


@st.composite
def _tricky_line(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(FRAGMENTS),
                st.text(max_size=8),
                _digit_runs().map(lambda run: "(" + run if len(run) % 3 == 0 else run),
            ),
            max_size=5,
        )
    )
    return "".join(pieces)


@st.composite
def _tricky_page(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_tricky_line(), max_size=12))
    out: list[str] = []
    for number, line in enumerate(lines):
        if number:
            out.append(_pick(draw, LINE_BREAKS))
        out.append(line)
    return "".join(out)


def tricky_texts() -> st.SearchStrategy[str]:
    """Arbitrary strings, biased towards lines that look like parts of a readout."""
    return st.one_of(
        st.text(),
        st.text(alphabet=st.sampled_from(' \t\n\r\u00a0\u2028\ufeff.:()1aA•-’"')),
        _tricky_page(),
        readouts().map(lambda generated: generated.text[: len(generated.text) // 2]),
    )
