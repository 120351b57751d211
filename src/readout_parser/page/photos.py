"""Photo captions and credits, in every style the site has used.

A photo line carries alt text ("Japan-U.S. Summit Meeting1"), a label
("(Photo)", "(photo-1)", "photo1:"), a credit ("(Photo: Cabinet Public Relations
Office)"), or several of these. Lines are read into :class:`PhotoPiece`
values; :func:`assemble` then applies credit lines to the captions they follow.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import attrs
import regex

from readout_parser import vocabulary
from readout_parser._patterns import lazy, lowered_finds_all
from readout_parser.model import (
    Boilerplate,
    BoilerplateKind,
    Photo,
    Span,
    new_boilerplate,
    new_photo,
    new_span,
)
from readout_parser.page.text import Line

# Words that make "Photo: X" a credit rather than a caption: X names who took
# or supplied the picture ("Cabinet Public Relations Office", "Ministry of
# Foreign Affairs of Japan"), not what it shows.
_OFFICE = lazy(
    r"\b(?:Office|Ministry|Agency|Cabinet|Government|Embassy|Secretariat|Bureau|"
    r"Department|Division|Kantei)\b",
    regex.IGNORECASE,
)

# One photo token inside a line. Alternatives, in order:
#   label:    "(Photo)", "(photo1)", "(Photo 1)", "(photo-3)", "[IMG]" (a text browser's)
#   paren:    "(photo:Japan-U.S. Meeting-1)", "(Photo: Cabinet Public Relations Office)",
#             "(Photos: ...)", "(Photo1: ...)", "(Image Courtesy: Ministry of ...)",
#             "(Photo courtesy of the Prime Minister's Office of India)",
#             "(photo:Japan-China Meeting (Overview)-1)" (one level of brackets inside)
#   leading:  "photo1: Japan-Kyrgyz Foreign Ministers' Meeting", "Photo: Cabinet ..." at the start,
#             up to a bracketed credit: "photo2: Japan-Chile Summit Meeting (Photo: Cabinet ...)";
#             "Image courtesy of the Office of the President of Ukraine" (a credit)
#   image:    "画像1" (alt text the Japanese CMS leaves on English pages)
PHOTO_TOKEN = lazy(
    r"(?P<label>\(\s*+photos?+\s*+-?+\s*+\d*+\s*+\)|\[IMG\])"
    r"|(?P<paren>\(\s*+(?P<courtesy>(?:image|photos?+)\s++courtesy(?:\s*+:|\s++of\b))?+"
    r"(?(courtesy)|photos?+\s*+\d*+\s*+:)"
    r"\s*+(?P<body>(?:[^()]++|\([^()]*+\))*+)\))"
    r"|(?P<leading>^(?:(?P<leading_courtesy>(?:image|photos?+)\s++courtesy(?:\s*+:|\s++of\b))"
    r"|photos?+\s*+\d*+\s*+:)\s*+"
    r"(?P<leading_body>(?:[^(]++|\((?!\s*+(?:photos?+\s*+\d*+\s*+:|(?:image|photos?+)\s++courtesy)))++))"
    r"|(?P<image>画像\d*+)",
    regex.IGNORECASE,
)

# A credit closing the line after its caption, without brackets:
# "Japan-Mongolia Summit Meeting Photo: Cabinet Public Relations Office".
# Searched once from the end of the line (REVERSE), so a line full of
# "photo:" costs one pass, not one pass per occurrence.
TRAILING_CREDIT = lazy(
    r"(?<=\s)photos?+\s*+:\s*+(?P<body>[^()]+?)$", regex.IGNORECASE | regex.REVERSE
)


# The numbers of PHOTO_TOKEN's groups that carry a token's text.
_BODY, _LEADING_BODY, _IMAGE = 4, 7, 8


class _Token(NamedTuple):
    """A photo token of a line: where it is, and the text it carries, if any."""

    start: int
    end: int
    is_label: bool
    body: str | None = None
    body_start: int = 0
    body_end: int = 0
    courtesy: bool = False


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    for match in PHOTO_TOKEN().finditer(text):
        # Every group in one call: ``regex`` looks a group up by name at
        # several times the cost (the order is PHOTO_TOKEN's, as tested).
        label, _, courtesy, body, _, credited, leading_body, _ = match.groups()
        if label is not None:
            found.append(_Token(match.start(), match.end(), is_label=True))
            continue
        # The text the token carries: "(photo:X)", "photo1: X", or "画像1".
        group = _BODY if body is not None else _LEADING_BODY if leading_body is not None else _IMAGE
        body_start, body_end = match.span(group)
        found.append(
            _Token(
                match.start(),
                match.end(),
                is_label=False,
                body=text[body_start:body_end].strip(),
                body_start=body_start,
                body_end=body_end,
                courtesy=courtesy is not None or credited is not None,
            )
        )
    # The credit's colon, and a last character its body takes: a line
    # ending in a bracket, as most photo lines do, skips the search.
    trailing = TRAILING_CREDIT().search(text) if ":" in text and text[-1:] not in "()" else None
    if trailing is not None and (not found or found[-1].end <= trailing.start()):
        found.append(
            _Token(
                trailing.start(),
                trailing.end(),
                is_label=False,
                body=trailing.group("body").strip(),
                body_start=trailing.start("body"),
                body_end=trailing.end("body"),
            )
        )
    return found


# Punctuation left over at the edges of a caption once labels and credits
# are cut out: "(Photo: ...) - Photograph of the meeting" -> "Photograph of the meeting".
_EDGE_JUNK = " -–—:•"


class PhotoPiece(NamedTuple):
    """A photo as one line states it, before credit lines are applied."""

    caption: str
    credit: str | None
    span: Span
    credit_span: Span | None
    line: int
    # Bare alt text (no photo label on its line), the only kind that wraps.
    bare: bool = False
    # How many lines the caption was read from.
    lines: int = 1
    # Labels and credits the copy doubled: no part of a photo, still accounted for.
    extras: tuple[Boilerplate, ...] = ()
    # Whether a label marks the photo ("(Photo) A"), as a credit alone does
    # not ("... Office (Photo: Cabinet Public Relations Office)").
    labelled: bool = False


def moved_pieces(pieces: tuple[PhotoPiece, ...], index: int, shift: int) -> tuple[PhotoPiece, ...]:
    """*pieces* as a line written alike reads them, *shift* characters on, at *index*.

    A line as written (no indent, no white space to normalise) maps its
    characters to the input one for one, so every span of what it holds
    moves with it, and nothing else changes.
    """
    moved: list[PhotoPiece] = []
    for caption, credit, span, credit_span, _, bare, lines, extras, labelled in pieces:
        if extras:
            extras = tuple(
                new_boilerplate(extra.kind, extra.text, _shifted(extra.span, shift))
                for extra in extras
            )
        if credit_span is not None:
            credit_span = _shifted(credit_span, shift)
        span = _shifted(span, shift)
        moved.append(
            PhotoPiece(caption, credit, span, credit_span, index, bare, lines, extras, labelled)
        )
    return tuple(moved)


def _shifted(span: Span, shift: int) -> Span:
    return new_span(span.start + shift, span.end + shift)


def is_office(text: str) -> bool:
    """Whether *text* names an office or agency, as a photo credit does.

    >>> is_office("Cabinet Public Relations Office"), is_office("Japan-Brazil Meeting")
    (True, False)
    """
    return _OFFICE().search(text) is not None


def may_be_photo(text: str) -> bool:
    """Whether *text* holds anything a photo token starts with; most lines do not.

    >>> may_be_photo("(PHOTO) A"), may_be_photo("Image courtesy: B"), may_be_photo("They met.")
    (True, True, False)
    """
    if len(text) < len("画像"):
        # Every token takes two characters at least: "画像", "photo:".
        return False
    if text.isascii():
        # No "画像", nor a letter that lower case does not fold as the pattern does.
        folded = text.lower()
        return "photo" in folded or "courtesy" in folded or "[IMG]" in text
    if "画像" in text or not lowered_finds_all(text):
        # The photo pattern reads "courteſy" as "courtesy"; lower case does not.
        return True
    folded = text.lower()
    return "photo" in folded or "courtesy" in folded


def read_photo_line(line: Line) -> tuple[PhotoPiece, ...] | None:
    """The photos an explicitly marked photo line holds, or None if it has no marker.

    >>> from readout_parser.page.text import split_lines
    >>> [p.caption for p in read_photo_line(split_lines("(Photo) A (Photo) B")[0])]
    ['A', 'B']
    >>> read_photo_line(split_lines("The leaders met.")[0]) is None
    True
    """
    text = line.text
    tokens = _tokens(text)
    if not tokens:
        return None
    segments = _segments(text, tokens)
    pieces: list[PhotoPiece] = []
    # Labels of no photo of their own: "(Photo)(Photo) Japan-Chile Summit Meeting".
    doubled: list[Boilerplate] = []
    for seg_start, seg_end, low, high in segments:
        piece = _read_segment(line, tokens[low:high], seg_start, seg_end)
        if piece is not None:
            pieces.append(piece)
        elif text[seg_start:seg_end].strip():
            doubled.append(_doubled(line, seg_start, seg_end))
    if not pieces:
        # A bare "(Photo)": an image with neither alt text nor credit.
        return (
            PhotoPiece(
                "", None, line.span(), None, line.index, extras=tuple(doubled[1:]), labelled=True
            ),
        )
    if len(pieces) > 1 and not any(piece.caption for piece in pieces):
        # "(Photo1: Cabinet Public Relations Office) (Photo: Cabinet Public Relations
        # Office)": one image, its credit given as alt text and again below it.
        return (pieces[0]._replace(span=line.span()),)
    if doubled:
        extra = _extra_labels(tokens, pieces, doubled)
        if extra:
            pieces[0] = pieces[0]._replace(extras=(*extra, *pieces[0].extras))
    # The line's bullet and any label left between pieces belong to the photos
    # at either end, so every character of the line is accounted for (the
    # line's span is its start and end).
    if pieces[0].span.start != line.start:
        pieces[0] = pieces[0]._replace(span=new_span(line.start, pieces[0].span.end))
    if pieces[-1].span.end != line.end:
        pieces[-1] = pieces[-1]._replace(span=new_span(pieces[-1].span.start, line.end))
    return tuple(pieces)


def _extra_labels(
    tokens: list[_Token], pieces: list[PhotoPiece], doubled: list[Boilerplate]
) -> list[Boilerplate]:
    """The labels of *doubled*, of no photo of their own, that the photos account for."""
    labels = sum(1 for token in tokens if token.is_label)
    extra: list[Boilerplate] = []
    if labels > len(pieces):
        # More labels than photos: "• (Photo) A" labels one photo, but
        # "(Photo)(Photo) A" and "• (Photo)(Photo) A" have a label the copy
        # doubled: the one nearer the caption labels it.
        extra = doubled[len(doubled) - min(len(doubled), labels - len(pieces)) :]
    # A label standing between two photos is no part of either span: "A(photo)(photo)B".
    first_end, last_start = pieces[0].span.end, pieces[-1].span.start
    extra.extend(
        item
        for item in doubled
        if item not in extra and first_end <= item.span.start and item.span.end <= last_start
    )
    return extra


def _segments(text: str, tokens: list[_Token]) -> list[tuple[int, int, int, int]]:
    """Where each photo of a line lies: (start, end, first token, last token + 1)."""
    # A line that opens with a label uses labels as prefixes ("(Photo) A (Photo) B");
    # otherwise as suffixes ("A(photo-1)"). Either way a label starts a new photo.
    labels_lead = tokens[0].start == 0 and tokens[0].is_label
    segments: list[tuple[int, int, int, int]] = []
    start, first_token = 0, 0
    for index, token in enumerate(tokens):
        if not token.is_label:
            continue
        if labels_lead and token.start > start:
            segments.append((start, token.start, first_token, index))
            start, first_token = token.start, index
        elif not labels_lead:
            segments.append((start, token.end, first_token, index + 1))
            start, first_token = token.end, index + 1
    segments.append((start, len(text), first_token, len(tokens)))
    first = tokens[0]
    if (
        len(segments) == 1
        and first.start == 0
        and first.body is not None
        and not first.is_label
        and is_office(first.body)
        and text[first.end :].strip(_EDGE_JUNK)
    ):
        # "(Photo: Cabinet Public Relations Office) - Photograph of the meeting":
        # the credit closes the caption above; the rest is the next caption.
        segments = [(0, first.end, 0, 1), (first.end, len(text), 1, len(tokens))]
    return segments


def _read_segment(
    line: Line, tokens: list[_Token], seg_start: int, seg_end: int
) -> PhotoPiece | None:
    text = line.text
    caption_parts: list[str] = []
    credit: str | None = None
    credit_span: Span | None = None
    extras: list[Boilerplate] = []
    cursor = seg_start
    for token in tokens:
        caption_parts.append(text[cursor : token.start])
        cursor = token.end
        if token.body is None:
            continue
        if token.courtesy or is_office(token.body):
            if credit is None:
                credit = token.body
                credit_span = line.span(token.body_start, token.body_end)
            else:
                # A second credit for the same photo: the copy doubled it.
                extras.append(_doubled(line, token.start, token.end))
        else:
            caption_parts.append(" " + token.body + " ")
    tail_end = cursor + len(text[cursor:seg_end].rstrip())
    bracket = _bracketed_credit(text, cursor, tail_end) if credit is None else None
    if bracket is not None:
        # "(Photo) Japan-Indonesia Summit Meeting (Cabinet Public Affairs Office)".
        credit = bracket.group("credit").strip()
        credit_span = line.span(*bracket.span("credit"))
        tail_end = bracket.start()
    else:
        tail_end = seg_end
    caption_parts.append(text[cursor:tail_end])
    caption = _clean_caption("".join(caption_parts), labelled=True)
    if not caption and credit is None:
        return None
    return PhotoPiece(
        caption,
        credit,
        line.span(seg_start, seg_end),
        credit_span,
        line.index,
        extras=tuple(extras),
        labelled=any(token.is_label for token in tokens),
    )


def _doubled(line: Line, start: int, end: int) -> Boilerplate:
    span = line.span(start, end)
    return Boilerplate(BoilerplateKind.MARKUP, line.text[start:end].strip(), span)


# An office in brackets closing a caption line, without "Photo:":
# "Two leaders who shake hands ... Summit Meeting (Cabinet Public Affairs Office)".
_BRACKETED_CREDIT = lazy(r"\s*+\((?P<credit>[^()]++)\)$")


def caption_pieces(line: Line, start: int = 0) -> tuple[PhotoPiece, ...]:
    """The captions of a bare alt-text line: one, or one per image a text browser linked.

    "[3]Japan-Malaysia Summit Meeting 1 [4]Japan-Malaysia Summit Meeting 2":
    a text browser shows the images of a row on one line, each after the
    number of its link. A text browser numbers every link, so the line is
    cut only where each piece is a caption like the others (see
    :func:`_row_of_captions`): "[5]Japan-Chile Summit Meeting [6](Japanese)"
    is one caption and its language link.
    """
    text = line.text
    if "[" not in text or LINKED_IMAGE().match(text, start) is None:
        return (caption_piece(line, start),)
    cuts = [match.start() for match in LINKED_IMAGE().finditer(text, start + 1)]
    bounds = list(zip((start, *cuts), (*cuts, len(text)), strict=True))
    if not cuts or not _row_of_captions([text[low:high] for low, high in bounds]):
        return (caption_piece(line, start),)
    pieces = []
    for low, high in bounds[:-1]:
        # The first takes in the bullet, as a line's only caption does.
        span = line.span(0 if low == start else low, high)
        caption = _clean_caption(text[low:high])
        pieces.append(PhotoPiece(caption, None, span, None, line.index, bare=True))
    last = caption_piece(line, cuts[-1])
    pieces.append(last._replace(span=line.span(cuts[-1])))
    return tuple(pieces)


def _row_of_captions(pieces: list[str]) -> bool:
    """Whether each of *pieces* ("[4]Japan-Malaysia Summit Meeting 2") is a caption like the rest.

    Each opens with the same word in capitals after its link's number and
    has more words: the images of one meeting ("Japan-Malaysia Summit
    Meeting 1", "... 2"); not a link inside a caption ("... and President
    [6]Bachelet") nor a link beside it ("[6]Photo gallery").
    """
    firsts = set()
    for piece in pieces:
        words = piece[piece.index("]") + 1 :].split()
        if len(words) < MIN_ROW_CAPTION_WORDS or not words[0][:1].isupper():
            return False
        firsts.add(words[0])
    return len(firsts) == 1


# A caption of a row of images has this many words at least: "Signing ceremony".
MIN_ROW_CAPTION_WORDS = 2

# The number of the link an image is, as a text browser shows it, where a
# caption starts: "[3]Japan-Malaysia Summit Meeting 1", " [4]Japan-...".
LINKED_IMAGE = lazy(r"(?:(?<=\s)|^)\[\d{1,3}\](?=\S)")


def _bracketed_credit(text: str, start: int, end: int) -> regex.Match[str] | None:
    """An office in brackets closing ``text[start:end]``: "... (Cabinet Public Affairs Office)".

    The office is the whole bracket, in capitals: "(at the Prime Minister's
    Office)" says where, not who took the photo.
    """
    if text[end - 1 : end] != ")":
        # The credit's closing bracket ends the text: most captions skip the search.
        return None
    found = _BRACKETED_CREDIT().search(text, start, end)
    if found is None:
        return None
    credit = found.group("credit").strip()
    return found if credit[:1].isupper() and is_office(credit) else None


def caption_piece(line: Line, start: int = 0) -> PhotoPiece:
    """A bare alt-text line (or the text after a header bullet) as a caption."""
    text = line.text
    credit_match = _bracketed_credit(text, start, len(text))
    if credit_match is not None:
        credit_start, credit_end = credit_match.span("credit")
        return PhotoPiece(
            _clean_caption(text[start : credit_match.start()]),
            credit_match.group("credit").strip(),
            line.span(),
            line.span(credit_start, credit_end),
            line.index,
            bare=True,
        )
    # The span takes in the bullet too: the whole line is this photo.
    return PhotoPiece(_clean_caption(text[start:]), None, line.span(), None, line.index, True)


# Markup and link labels a caption can carry: "Japan-Chile Summit<br>Meeting",
# "Japan-Chile Summit Meeting (Japanese)".
# A text browser numbers the link an image is: "[5]Japan-India Summit Meeting",
# and "[3][IMG]" for an image without alt text.
_CAPTION_NOISE = lazy(
    r"<\s*+/?+\s*+(?:br|p|span|b|i|em|strong|a)\b[^<>]*+>|\((?:Japanese|日本語)\)"
    r"|\[\d{1,3}\](?=\S|$)",
    regex.IGNORECASE,
)

# A caption wholly in brackets after its label: "(Photo1)(Japan-Italy Summit Meeting)".
_BRACKETED = lazy(r"\((?P<inner>[^()]++)\)")


def _clean_caption(text: str, *, labelled: bool = False) -> str:
    if "<" in text or "(" in text or "[" in text:
        text = _CAPTION_NOISE().sub(" ", text)
    caption = " ".join(text.split()).strip(_EDGE_JUNK)
    if labelled and caption[:1] == "(":
        bracketed = _BRACKETED().fullmatch(caption)
        if bracketed is not None:
            caption = bracketed.group("inner").strip(_EDGE_JUNK)
    # Alt text and the visible caption the copy ran together ("Japan-Jordan
    # Summit Talk Japan-Jordan Summit Talk") stay as written: which words are
    # the alt text is the page's to say, and nothing is dropped unseen.
    return caption


# Alt text wraps onto a second line, rarely a third; a longer run of
# "continuing" lines is several captions (and joining it would cost time
# quadratic in its length).
MAX_CAPTION_LINES = 3

# A caption line that cannot end there: "Foreign Minister Kono shaking hands with",
# "Prime Minister Kishida and", "... receiving greetings from".
CAPTION_GOES_ON = lazy(
    r"(?:\b(?:and|or|of|between|with|the|for|to|on|in|by|at|from|a|an)|[,&-])$",
    regex.IGNORECASE,
)

# How a caption of its own opens, whatever the line above it ends on: "Photo
# session before the meeting ...", "Photograph of ...", "Group photo",
# "Meeting between Foreign Minister HAYASHI and ...". A bare "Summit Meeting"
# may well be the end of a caption ("... before the" / "Summit Meeting").
CAPTION_OPENS = lazy(r"(?:Photo(?:graph)?s?|Group\s++photo|Meeting\s++between)\b")


def continues_caption(previous: PhotoPiece, piece: PhotoPiece) -> bool:
    """Whether alt text *piece*, with no label of its own, goes on with the caption of *previous*.

    "(Photo) Foreign Minister Kono shaking hands with" / "Foreign Minister
    Ampuero", with its credit or not; "Two leaders shaking" / "hands (Photo:
    Cabinet Public Relations Office)": a caption never starts in lower case
    on its own. A line opening as captions do ("Photo session before the
    meeting ...") is a caption of its own, even below a caption the page cut
    short.
    """
    lower = piece.caption[:1].islower()
    # "... (together with Prime" / "Minister Abe)": the line closes a bracket
    # the caption above left open.
    goes_on = (
        lower
        or _goes_on(previous.caption)
        or _closes_bracket(previous.caption, piece.caption)
        or _name_after_office(previous.caption, piece.caption)
    )
    return (
        (piece.bare or lower or not piece.labelled)
        and (lower or CAPTION_OPENS().match(piece.caption) is None)
        and previous.credit is None
        and previous.lines < MAX_CAPTION_LINES
        and bool(previous.caption)
        and (previous.bare or goes_on)
        and goes_on
    )


# A name wrapped onto a line of its own is this many words at most: "Sergey Lavrov".
MAX_WRAPPED_NAME_WORDS = 3


def _name_after_office(caption: str, following: str) -> bool:
    """Whether *following* is the name of the office *caption* ends on.

    "... shaking hands with Foreign Minister" / "Ampuero": a caption ends on
    no office written before a name; not "... with the President" /
    "Japan-Peru Summit Meeting".

    >>> _name_after_office("Kono shaking hands with Foreign Minister", "Ampuero")
    True
    >>> _name_after_office("Meeting with the President", "Japan-Peru Summit Meeting")
    False
    """
    written = caption.split()
    start = len(written)
    while start > 0 and written[start - 1] in vocabulary.OFFICE_WORDS:
        start -= 1
    if start == len(written) or (start > 0 and written[start - 1] in ("the", "The")):
        # "... with the Prime Minister" is complete: an office written before
        # a name takes no article.
        return False
    words = following.split()
    return 0 < len(words) <= MAX_WRAPPED_NAME_WORDS and all(
        word[:1].isupper() and word not in vocabulary.NOT_NAME_WORDS for word in words
    )


def _closes_bracket(caption: str, following: str) -> bool:
    """Whether *following* closes a bracket *caption* leaves open: "(together with" / "Abe)"."""
    return caption.count("(") > caption.count(")") and following.count(")") > following.count("(")


def _goes_on(caption: str) -> bool:
    return CAPTION_GOES_ON().search(caption) is not None


def join_pieces(first: PhotoPiece, second: PhotoPiece) -> PhotoPiece:
    """One caption wrapped over two lines, as one piece."""
    # A second line of a credit alone ("PHOTO:CABINET") adds no words.
    caption = f"{first.caption} {second.caption}" if second.caption else first.caption
    return PhotoPiece(
        caption,
        second.credit,
        new_span(first.span.start, second.span.end),
        second.credit_span,
        second.line,
        bare=first.bare,
        lines=first.lines + 1,
        extras=first.extras + second.extras,
        labelled=first.labelled,
    )


def assemble(pieces: Iterable[PhotoPiece], breaks: frozenset[int]) -> tuple[Photo, ...]:
    """Turn pieces into photos, applying credit-only lines to the captions before them.

    A credit standing alone on its line credits the uncredited captions
    directly above it; with none there it is a photo of its own (an image
    without alt text). *breaks* are the indices of lines that interrupt a run
    of photo lines (any other non-blank line), so a credit never reaches back
    across running text.
    """
    photos: list[Photo] = []
    open_run: list[int] = []
    last_line = -1
    for piece in _joined(pieces, breaks):
        if any(index in breaks for index in range(last_line + 1, piece.line)):
            open_run = []
        last_line = piece.line
        credit_only = not piece.caption and piece.credit is not None
        if credit_only and open_run:
            for position in open_run:
                photos[position] = attrs.evolve(
                    photos[position], credit=piece.credit, credit_span=piece.credit_span
                )
            # The credit line's label ("(Photo: ...)") belongs to the last photo it credits.
            last = photos[open_run[-1]]
            photos[open_run[-1]] = attrs.evolve(last, span=Span(last.span.start, piece.span.end))
            open_run = []
            continue
        photos.append(new_photo(piece.caption, piece.credit, piece.span, piece.credit_span))
        if piece.credit is None:
            open_run.append(len(photos) - 1)
        else:
            open_run = []
    return tuple(photos)


def _joined(pieces: Iterable[PhotoPiece], breaks: frozenset[int]) -> list[PhotoPiece]:
    """*pieces* with alt text wrapped over lines joined, where nothing stands between."""
    joined: list[PhotoPiece] = []
    for piece in pieces:
        if joined:
            previous = joined[-1]
            between = range(previous.line + 1, piece.line)
            if (
                piece.line > previous.line
                and not any(index in breaks for index in between)
                and continues_caption(previous, piece)
            ):
                joined[-1] = join_pieces(previous, piece)
                continue
        joined.append(piece)
    return joined
