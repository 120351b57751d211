"""Property-based tests of ``parse(text) -> Readout``.

(a) parse is total and deterministic on any string and refuses non-strings;
(b) generated readouts come back with exactly the structure they were made from;
(c) web-copy quirks leave the parse unchanged apart from spans and quote characters;
(d) ``Readout.from_dict(r.to_dict()) == r`` and ``to_dict()`` is JSON data;
(e) every span lies within the input, in document order, and points at its value;
(f) nothing is silently dropped: every visible character is covered by some span.

Failures show the input text line by line (``show_text``), through
``hypothesis.note`` and the assertion message.
"""

from __future__ import annotations

import datetime
import enum
import io
import itertools
import json
import pathlib
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import pytest
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

from readout_parser import (
    BoilerplateKind,
    Paragraph,
    Readout,
    Section,
    Span,
    parse,
)
from readout_parser.diagnostics import CODES
from readout_parser.page.text import INVISIBLE
from strategies import (
    GeneratedReadout,
    fold_quotes,
    readouts,
    show_text,
    tricky_texts,
    web_copy_quirks,
)
from strategies.furniture import with_doubled_labels, with_invisible_characters, with_site
from walk import spans_of

# Examples per test for the costlier properties (two parses of a large page,
# or one hypothesis run per corpus file), scaled from the active profile.
_EXAMPLES = settings().max_examples
FEWER = settings(max_examples=max(10, _EXAMPLES // 2))
PER_FILE = settings(max_examples=max(2, _EXAMPLES // 40))

# The white space the contract names: runs of these become one space.
SPEC_SPACE = " \t\n\r\u00a0"


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    """White-space normalised text, as every string value of a readout is."""
    return " ".join(INVISIBLE().sub("", text).split())


def squash(text: str) -> str:
    """*text* without any white space (or BOM) at all, quotes folded.

    Used to compare with arbitrary input, where exotic white space may or may
    not count as white space for the parser.
    """
    return "".join(c for c in fold_quotes(text) if not ignorable(c))


def subsequence(part: str, whole: str) -> bool:
    """Whether *part* (white space aside) is *whole* with some characters left out."""
    remaining = iter(squash(whole))
    return all(char in remaining for char in squash(part))


def ignorable(char: str) -> bool:
    """Characters that carry no text: white space and invisible marks (BOM, ZWSP, bidi)."""
    return char.isspace() or INVISIBLE().fullmatch(char) is not None


def line_of(text: str, offset: int) -> int:
    """1-based line of *offset*; lines end at \\n, \\r\\n or a lone \\r."""
    head = text[:offset]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


def explain(text: str) -> str:
    return f"input text:\n{show_text(text)}"


def all_paragraphs(readout: Readout) -> Iterator[Paragraph]:
    yield from readout.lead
    for section in readout.walk():
        yield from section.paragraphs


def structure_of(readout: Readout) -> dict[str, Any]:
    """The parsed readout in the shape of ``ExpectedReadout.projection()``."""

    def section(s: Section) -> dict[str, Any]:
        return {
            "number": s.number,
            "marker": s.marker,
            "heading": s.heading,
            "paragraphs": [[p.text, p.marker] for p in s.paragraphs],
            "subsections": [section(sub) for sub in s.subsections],
        }

    return {
        "category": readout.category,
        "title": readout.title,
        "date": None if readout.date is None else readout.date.isoformat(),
        "photos": [[p.caption, p.credit] for p in readout.photos],
        "lead": [[p.text, p.marker] for p in readout.lead],
        "sections": [section(s) for s in readout.sections],
        "back_link": readout.back_link,
        "boilerplate": [[BoilerplateKind(b.kind).value, b.text] for b in readout.boilerplate],
        # Facts of the meeting are not part of the page structure.
        "diagnostics": sorted(
            d.code for d in readout.diagnostics if not d.code.startswith("meeting-")
        ),
    }


def _is_span_field(name: str) -> bool:
    return name == "span" or name == "spans" or name.endswith("_span")


def span_free(value: object) -> object:
    """Everything a readout says, without spans, with quotes folded.

    Diagnostics are reduced to their sorted codes: their lines and messages
    legitimately move when blank lines are added.
    """
    cls = type(value)
    if attrs.has(cls):
        out: dict[str, object] = {"type": cls.__name__}
        for field in attrs.fields(cls):
            if _is_span_field(field.name):
                continue
            item = getattr(value, field.name)
            if isinstance(value, Readout) and field.name == "diagnostics":
                out[field.name] = sorted(d.code for d in item)
            else:
                out[field.name] = span_free(item)
        return out
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [span_free(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return fold_quotes(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    return value


def strings_of(value: object) -> Iterator[str]:
    """Every string value held in a readout, diagnostics' messages excepted."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Sequence):
        for item in value:
            yield from strings_of(item)
    elif attrs.has(cls := type(value)) and cls.__name__ != "Diagnostic":
        for field in attrs.fields(cls):
            yield from strings_of(getattr(value, field.name))


def normalisation_problems(readout: Readout) -> list[str]:
    problems = []
    for value in strings_of(readout):
        if (
            value != value.strip(SPEC_SPACE)
            or "  " in value
            or any(c in value for c in "\t\n\r\u00a0")
        ):
            problems.append(f"string value not white-space normalised: {value!r}")
    return problems


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _in_order(spans: list[Span]) -> bool:
    return all(a.end <= b.start for a, b in itertools.pairwise(spans))


def span_problems(text: str, readout: Readout, *, exact: bool) -> list[str]:
    """Everything wrong with where the readout's spans point.

    With *exact*, the text at a span white-space normalises to the value
    (modulo quotes); otherwise (arbitrary input with exotic white space) it
    is equal once all white space is removed.
    """
    problems: list[str] = []
    length = len(text)
    # Boilerplate may sit inside a paragraph ("... Statement (PDF)Open a New
    # Window."); it is then cut out of the paragraph's text.
    inline = [b.span for b in readout.boilerplate]

    def inside(span: Span, what: str) -> bool:
        if 0 <= span.start <= span.end <= length:
            return True
        problems.append(f"{what}: {span} is not within the input (length {length})")
        return False

    def source(span: Span, *, cut_labels: bool = False) -> tuple[str, bool]:
        """The text at *span*, with boilerplate inside it removed if asked."""
        pieces, position, cut = [], span.start, False
        if cut_labels:
            for label in sorted(inline):
                if _within(label, span) and len(label) < len(span):
                    pieces.append(text[position : label.start])
                    position, cut = label.end, True
                    before = text[label.start - 1 : label.start]
                    if before and before in ".,;:" and text[position : position + 1] == before:
                        # "Statement.(PDF)Open a New Window." keeps one full stop.
                        position += 1
        pieces.append(text[position : span.end])
        return "".join(pieces), cut

    def matches(value: str, span: Span | None, what: str, *, cut_labels: bool = False) -> None:
        if span is None:
            problems.append(f"{what} {value!r} has no span")
            return
        if not inside(span, what):
            return
        found, cut = source(span, cut_labels=cut_labels)
        if exact and not cut:
            same = fold_quotes(normalise(found)) == fold_quotes(value)
        else:
            # Removed boilerplate takes the space before it along with it.
            same = squash(found) == squash(value)
        if not same:
            problems.append(
                f"{what} is {value!r} but its span {span} holds {text[span.start : span.end]!r}"
            )

    def contains(value: str, span: Span | None, what: str, cut: Span | None = None) -> None:
        """*value* is in the text at *span*, once the part at *cut* is taken out."""
        if span is None:
            problems.append(f"{what} {value!r} has no span")
            return
        if not inside(span, what):
            return
        found = span.slice(text)
        if cut is not None and _within(cut, span):
            found = text[span.start : cut.start] + text[cut.end : span.end]
        # On arbitrary input a photo label may stand anywhere in the line and is
        # taken out of the caption: then the caption is only a sub-sequence.
        present = squash(value) in squash(found) if exact else subsequence(value, found)
        if not present:
            problems.append(f"{what} {value!r} is not in its span {span}: {span.slice(text)!r}")

    spans = readout.spans
    # Header fields.
    for name in ("category", "title", "back_link"):
        value, span = getattr(readout, name), getattr(spans, name)
        if value is None:
            if span is not None:
                problems.append(f"{name} is None but has a span {span}")
        elif name == "back_link":
            contains(value, span, name)
        else:
            matches(value, span, name, cut_labels=True)
    if readout.date is None:
        if spans.date is not None:
            problems.append(f"date is None but has a span {spans.date}")
    elif spans.date is None:
        problems.append(f"date {readout.date} has no span")
    elif inside(spans.date, "date"):
        found = INVISIBLE().sub("", spans.date.slice(text))
        if str(readout.date.year) not in found or str(readout.date.day) not in found:
            problems.append(f"date {readout.date} but its span holds {found!r}")

    # Photos: the span holds the caption with its label, the credit span the credit.
    for index, photo in enumerate(readout.photos):
        if photo.caption:
            # A credit may stand inside the caption line; it is not caption text.
            contains(photo.caption, photo.span, f"photos[{index}].caption", photo.credit_span)
        else:
            inside(photo.span, f"photos[{index}]")
        if photo.credit is None:
            if photo.credit_span is not None:
                problems.append(f"photos[{index}] has no credit but a credit span")
        else:
            matches(photo.credit, photo.credit_span, f"photos[{index}].credit")
    photo_starts = [p.span.start for p in readout.photos]
    if photo_starts != sorted(photo_starts):
        problems.append(f"photos are not in document order: {photo_starts}")

    # Lead and sections.
    for index, paragraph in enumerate(readout.lead):
        matches(paragraph.text, paragraph.span, f"lead[{index}]", cut_labels=True)
    for paragraph in all_paragraphs(readout):
        # The bullet, when there is one, is where its span says, before the text.
        if paragraph.marker is None:
            if paragraph.marker_span is not None:
                problems.append(f"paragraph {paragraph.text[:30]!r}: no bullet but a bullet span")
        elif paragraph.marker_span is not None:
            matches(paragraph.marker, paragraph.marker_span, f"bullet of {paragraph.text[:30]!r}")
            if paragraph.marker_span.end > paragraph.span.start:
                problems.append(f"bullet of {paragraph.text[:30]!r} is not before its text")
    if not _in_order([p.span for p in readout.lead]):
        problems.append("lead paragraphs overlap or are out of order")
    if (
        readout.lead
        and readout.sections
        and readout.lead[-1].span.end > readout.sections[0].span.start
    ):
        problems.append("the lead does not end before the first section")

    def check_section(section: Section, where: str) -> None:
        inside(section.span, where)
        marker = squash(section.marker)
        if marker not in squash(section.span.slice(text))[: len(marker) + 3]:
            problems.append(f"{where}: marker {section.marker!r} not at the start of its span")
        if section.heading is None:
            if section.heading_span is not None:
                problems.append(f"{where}: no heading but a heading span {section.heading_span}")
        else:
            matches(section.heading, section.heading_span, f"{where}.heading", cut_labels=True)
        for number, paragraph in enumerate(section.paragraphs):
            matches(
                paragraph.text, paragraph.span, f"{where}.paragraphs[{number}]", cut_labels=True
            )
        ordered = [
            *([section.heading_span] if section.heading_span is not None else []),
            *(p.span for p in section.paragraphs),
            *(s.span for s in section.subsections),
        ]
        if not _in_order(ordered):
            problems.append(f"{where}: heading, paragraphs and subsections out of order")
        for number, sub in enumerate(section.subsections):
            check_section(sub, f"{where}.subsections[{number}]")

    for index, section in enumerate(readout.sections):
        check_section(section, f"sections[{index}]")
    if not _in_order([s.span for s in readout.sections]):
        problems.append("top-level sections overlap or are out of order")

    # Boilerplate.
    for index, item in enumerate(readout.boilerplate):
        matches(item.text, item.span, f"boilerplate[{index}] ({BoilerplateKind(item.kind).value})")
    if not _in_order([b.span for b in readout.boilerplate]):
        problems.append("boilerplate items overlap or are out of order")

    # Diagnostics.
    for index, diagnostic in enumerate(readout.diagnostics):
        if diagnostic.code not in CODES and not diagnostic.code.startswith("meeting-"):
            problems.append(f"diagnostics[{index}]: unknown code {diagnostic.code!r}")
        if inside(diagnostic.span, f"diagnostics[{index}]"):
            line = line_of(text, diagnostic.span.start)
            if diagnostic.line != line:
                problems.append(
                    f"diagnostics[{index}] ({diagnostic.code}) says line {diagnostic.line}, "
                    f"its span starts on line {line}"
                )

    # Values that come from the text never share it.
    leaves: list[tuple[str, Span]] = [
        (name, span)
        for name in ("category", "title", "date")
        if (span := getattr(spans, name)) is not None
    ]
    leaves += [(f"paragraph {p.text[:30]!r}", p.span) for p in all_paragraphs(readout)]
    leaves += [
        (f"heading {s.heading!r}", s.heading_span)
        for s in readout.walk()
        if s.heading_span is not None
    ]
    leaves.sort(key=lambda leaf: (leaf[1].start, leaf[1].end))
    for (name_a, a), (name_b, b) in itertools.pairwise(leaves):
        if _overlaps(a, b):
            problems.append(f"{name_a} {a} overlaps {name_b} {b}")
    for photo in readout.photos:
        for part in (photo.span, photo.credit_span):
            for name, leaf in leaves:
                if part is not None and _overlaps(part, leaf):
                    problems.append(f"photo {photo.caption!r} {part} overlaps {name} {leaf}")
    for item in readout.boilerplate:
        for name, leaf in leaves:
            if not _overlaps(item.span, leaf):
                continue
            if not _within(item.span, leaf) or item.span == leaf:
                problems.append(f"boilerplate {item.text!r} {item.span} overlaps {name} {leaf}")

    # The breadcrumb is the first line of content (site furniture may come
    # before it, and the headline, which a reader view prints above the
    # breadcrumb: docs/formats.md); the back link is at the foot.
    everything = [span for name, span in leaves if name != "title"]
    everything += [p.span for p in readout.photos]
    everything += [p.credit_span for p in readout.photos if p.credit_span is not None]
    everything += [s.span for s in readout.walk()]
    if spans.category is not None:
        for span in everything:
            if span != spans.category and span.start < spans.category.end:
                problems.append(f"{span} comes before the category {spans.category}")
    if spans.back_link is not None:
        for span in [p.span for p in all_paragraphs(readout)] + [s.span for s in readout.walk()]:
            if span.end > spans.back_link.start:
                problems.append(f"{span} comes after the back link {spans.back_link}")
    return problems


def containment_problems(readout: Readout) -> list[str]:
    """A section's span covers its heading, paragraphs and subsections."""
    problems = []
    for section in readout.walk():
        parts = [p.span for p in section.paragraphs] + [s.span for s in section.subsections]
        if section.heading_span is not None:
            parts.append(section.heading_span)
        for part in parts:
            if not _within(part, section.span):
                problems.append(
                    f"section {section.marker} {section.span} does not contain its part {part}"
                )
    return problems


def uncovered(text: str, readout: Readout) -> list[str]:
    """Visible characters of *text* that no span of the readout covers."""
    covered = bytearray(len(text))

    def cover(span: Span | None) -> None:
        if span is not None:
            start = min(max(span.start, 0), len(text))
            end = min(max(span.end, start), len(text))
            covered[start:end] = b"\x01" * (end - start)

    for span in spans_of(readout):
        cover(span)

    missing: list[str] = []
    for offset, char in enumerate(text):
        if not covered[offset] and not ignorable(char):
            line = line_of(text, offset)
            missing.append(f"offset {offset} (line {line}): {char!r}")
            if len(missing) >= 20:
                missing.append("...")
                break
    return missing


def check_readout(text: str, readout: Readout, *, exact: bool) -> None:
    """Spans point at their values, strings are normalised, nothing dropped."""
    problems = span_problems(text, readout, exact=exact) + normalisation_problems(readout)
    missing = uncovered(text, readout)
    if missing:
        problems.append("characters not covered by any span: " + ", ".join(missing))
    assert not problems, "\n".join(problems) + "\n" + explain(text)


def round_trips(readout: Readout) -> None:
    data = readout.to_dict()
    encoded = json.dumps(data, ensure_ascii=False, allow_nan=False)
    assert json.loads(encoded) == data, "to_dict() is not plain JSON data"
    assert Readout.from_dict(data) == readout
    assert Readout.from_dict(json.loads(encoded)) == readout
    assert json.loads(readout.to_json()) == data


# ---------------------------------------------------------------------------
# (a) total, deterministic, typed
# ---------------------------------------------------------------------------


@given(tricky_texts())
def test_parse_is_total_and_deterministic(text: str) -> None:
    note(explain(text))
    first = parse(text)
    second = parse(text)
    assert isinstance(first, Readout)
    assert first == second
    assert first.to_dict() == second.to_dict()
    assert not normalisation_problems(first)


@FEWER
@given(tricky_texts())
def test_parse_accepts_str_subclasses(text: str) -> None:
    class Text(str):
        __slots__ = ()

    assert parse(Text(text)) == parse(text)


@given(
    st.text(alphabet=st.sampled_from(" \t\n\r\u00a0")),
    st.booleans(),
)
def test_blank_input_is_reported_empty(text: str, bom: bool) -> None:
    text = ("\ufeff" if bom else "") + text
    readout = parse(text)
    assert [d.code for d in readout.diagnostics] == ["empty-input"]
    assert readout.lead == ()
    assert readout.sections == ()
    assert readout.photos == ()
    assert (readout.category, readout.title, readout.date, readout.back_link) == (None,) * 4


@given(tricky_texts().filter(lambda text: not all(ignorable(c) for c in text)))
def test_only_blank_input_is_reported_empty(text: str) -> None:
    note(explain(text))
    assert "empty-input" not in [d.code for d in parse(text).diagnostics]


@given(
    st.one_of(
        st.binary(),
        st.integers(),
        st.floats(allow_nan=False),
        st.none(),
        st.lists(st.text(max_size=3), max_size=2),
        st.builds(bytearray, st.binary()),
        st.binary().map(lambda data: memoryview(data)),
    )
)
def test_non_strings_are_refused_with_a_type_error(value: object) -> None:
    with pytest.raises(TypeError) as raised:
        parse(value)  # type: ignore[arg-type]
    message = str(raised.value)
    assert type(value).__name__ in message
    if isinstance(value, bytes):
        assert "decode" in message


@pytest.mark.parametrize(
    ("value", "advice"),
    [
        (pathlib.PurePosixPath("seeds/page.txt"), "parse(path.read_text(encoding='utf-8'))"),
        (io.StringIO("Japan-China Relations"), "parse(file.read())"),
    ],
)
def test_a_path_or_a_file_is_refused_with_how_to_read_it(value: object, advice: str) -> None:
    with pytest.raises(TypeError) as raised:
        parse(value)  # type: ignore[arg-type]
    assert str(raised.value).endswith(f"e.g. {advice}")


# ---------------------------------------------------------------------------
# (b) generated readouts come back exactly
# ---------------------------------------------------------------------------


@given(readouts())
def test_generated_readout_parses_to_its_structure(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    parsed = structure_of(parse(generated.text))
    expected = generated.expected.projection()
    diff = "\n".join(itertools.islice(differences(expected, parsed, "expected"), 10))
    assert parsed == expected, f"{diff}\n{explain(generated.text)}"


# ---------------------------------------------------------------------------
# (c) web-copy quirks change nothing but spans and quotes
# ---------------------------------------------------------------------------


def differences(before: object, after: object, path: str = "readout") -> Iterator[str]:
    """Where two projections of a readout differ, as readable lines."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in before.keys() | after.keys():
            yield from differences(before.get(key), after.get(key), f"{path}.{key}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (a, b) in enumerate(zip(before, after, strict=True)):
            yield from differences(a, b, f"{path}[{index}]")
    elif before != after:
        yield f"{path}:\n  was: {before!r}\n  got: {after!r}"


def assert_quirks_change_nothing(text: str, altered: str) -> None:
    note(f"original {explain(text)}")
    note(f"altered {explain(altered)}")
    readout = parse(altered)
    assert_same_reading(span_free(parse(text)), span_free(readout), text, altered)
    check_readout(altered, readout, exact=True)


def assert_same_reading(expected: object, found: object, text: str, altered: str) -> None:
    """*found* (read from *altered*) equals *expected* (read from *text*), diff shown if not."""
    diff = "\n".join(itertools.islice(differences(expected, found), 10))
    assert found == expected, f"{diff}\noriginal {explain(text)}\naltered {explain(altered)}"


@FEWER
@given(st.data())
def test_quirks_leave_generated_parse_unchanged(data: st.DataObject) -> None:
    generated = data.draw(readouts(), label="generated")
    altered = data.draw(web_copy_quirks(generated.text), label="altered")
    assert_quirks_change_nothing(generated.text, altered)


@FEWER
@given(st.data())
def test_quirks_leave_seed_parse_unchanged(seed_text: str, data: st.DataObject) -> None:
    altered = data.draw(web_copy_quirks(seed_text), label="altered")
    assert_quirks_change_nothing(seed_text, altered)


@PER_FILE
@given(st.data())
def test_quirks_leave_corpus_parse_unchanged(corpus_text: str, data: st.DataObject) -> None:
    altered = data.draw(web_copy_quirks(corpus_text), label="altered")
    assert_quirks_change_nothing(corpus_text, altered)


# ---------------------------------------------------------------------------
# (d) to_dict / from_dict round trip
# ---------------------------------------------------------------------------


@given(readouts())
def test_generated_readout_round_trips(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    round_trips(parse(generated.text))


@given(tricky_texts())
def test_arbitrary_readout_round_trips(text: str) -> None:
    note(explain(text))
    round_trips(parse(text))


def test_seed_readout_round_trips(seed_text: str) -> None:
    round_trips(parse(seed_text))


def test_corpus_readout_round_trips(corpus_text: str) -> None:
    round_trips(parse(corpus_text))


# ---------------------------------------------------------------------------
# (e) spans, and (f) nothing silently dropped
# ---------------------------------------------------------------------------


@given(readouts())
def test_generated_readout_spans_and_coverage(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    check_readout(generated.text, parse(generated.text), exact=True)


@given(tricky_texts())
# A label between two photos of one line belongs to neither span.
@example("0(PHOTO)(PHOTO)0")
# A "Back to ..." link above any content is the site's, not the footer.
@example("(PHOTO)\nBACK TO 0\n0")
# A reader view's headline above a breadcrumb trail: the trail is the line below it.
@example("00000»0\n:\n00000»0")
# A caption wrapped onto a line of its credit alone ends on no space.
@example("(PHOTO)TO\nPHOTO:CABINET")
def test_arbitrary_text_spans_and_coverage(text: str) -> None:
    note(explain(text))
    check_readout(text, parse(text), exact=False)


def test_seed_spans_and_coverage(seed_text: str) -> None:
    check_readout(seed_text, parse(seed_text), exact=True)


def test_corpus_spans_and_coverage(corpus_text: str) -> None:
    check_readout(corpus_text, parse(corpus_text), exact=True)


@given(readouts())
def test_generated_section_spans_contain_their_content(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    problems = containment_problems(parse(generated.text))
    assert not problems, "\n".join(problems) + "\n" + explain(generated.text)


def test_corpus_section_spans_contain_their_content(corpus_text: str) -> None:
    problems = containment_problems(parse(corpus_text))
    assert not problems, "\n".join(problems) + "\n" + explain(corpus_text)


def test_seed_section_spans_contain_their_content(seed_text: str) -> None:
    problems = containment_problems(parse(seed_text))
    assert not problems, "\n".join(problems) + "\n" + explain(seed_text)


# ---------------------------------------------------------------------------
# (g) the site around the readout, doubled labels and invisible characters
# change nothing but the boilerplate, and every character is accounted for
# ---------------------------------------------------------------------------


def assert_only_boilerplate_added(text: str, altered: str, added: list[str]) -> None:
    note(f"original {explain(text)}")
    note(f"altered {explain(altered)}")
    original, readout = parse(text), parse(altered)
    expected, found = span_free(original), span_free(readout)
    assert isinstance(expected, dict)
    assert isinstance(found, dict)
    extra = [item for item in found["boilerplate"] if item not in expected["boilerplate"]]
    assert sorted(item["text"] for item in extra) == sorted(added)
    found["boilerplate"] = [item for item in found["boilerplate"] if item not in extra]
    assert_same_reading(expected, found, text, altered)
    check_readout(altered, readout, exact=True)


@FEWER
@given(st.data())
def test_site_around_a_generated_readout_is_site_furniture(data: st.DataObject) -> None:
    generated = data.draw(readouts(), label="generated")
    has_footer = generated.expected.back_link is not None
    altered, added = data.draw(with_site(generated.text, has_footer=has_footer), label="site")
    assert_only_boilerplate_added(generated.text, altered, added)


@PER_FILE
@given(st.data())
def test_site_around_a_corpus_page_is_site_furniture(corpus_text: str, data: st.DataObject) -> None:
    has_footer = parse(corpus_text).back_link is not None
    altered, added = data.draw(with_site(corpus_text, has_footer=has_footer), label="site")
    assert_only_boilerplate_added(corpus_text, altered, added)


@FEWER
@given(st.data())
def test_doubled_photo_labels_are_accounted_for(data: st.DataObject) -> None:
    generated = data.draw(readouts(), label="generated")
    altered, added = data.draw(with_doubled_labels(generated.text), label="doubled")
    assert_only_boilerplate_added(generated.text, altered, added)


@FEWER
@given(st.data())
def test_invisible_characters_change_nothing_in_generated_readouts(data: st.DataObject) -> None:
    generated = data.draw(readouts(), label="generated")
    altered = data.draw(with_invisible_characters(generated.text), label="altered")
    assert_only_boilerplate_added(generated.text, altered, [])


@PER_FILE
@given(st.data())
def test_invisible_characters_change_nothing_in_corpus_pages(
    corpus_text: str, data: st.DataObject
) -> None:
    altered = data.draw(with_invisible_characters(corpus_text), label="altered")
    assert_only_boilerplate_added(corpus_text, altered, [])
