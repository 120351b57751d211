"""The public API contract of ``readout_parser``.

Exported names, frozen value classes, strict mode and ``ReadoutError``,
``repr``, equality and hashing, pickling.
"""

from __future__ import annotations

import copy
import datetime
import pickle
import re
from collections.abc import Collection, Iterator, Sequence

import attrs
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import readout_parser
from readout_parser import (
    Attendee,
    Boilerplate,
    BoilerplateKind,
    Diagnostic,
    FieldSpans,
    Meeting,
    MeetingFormat,
    MeetingSpans,
    Paragraph,
    Person,
    Photo,
    Readout,
    ReadoutError,
    Section,
    Span,
    diagnostics,
    parse,
)
from strategies import GeneratedReadout, readouts, show_text, tricky_texts

PUBLIC_NAMES = {
    "Attendee",
    "Boilerplate",
    "BoilerplateKind",
    "Diagnostic",
    "FieldSpans",
    "Meeting",
    "MeetingFormat",
    "MeetingSpans",
    "Paragraph",
    "Person",
    "Photo",
    "Readout",
    "ReadoutError",
    "Section",
    "Span",
    "__version__",
    "parse",
}

# One hand-built value of each model class, independent of the parser.
SPAN = Span(0, 5)
PARAGRAPH = Paragraph("The two sides met.", Span(20, 38), "•")
SECTION = Section(
    number=1,
    marker="1.",
    heading="Opening",
    span=Span(10, 38),
    heading_span=Span(13, 20),
    paragraphs=(PARAGRAPH,),
    subsections=(Section(None, "(a)", None, Span(39, 45)),),
)
PHOTO = Photo("Japan-U.S. Summit Meeting1", "Cabinet Public Relations Office", Span(0, 26))
BOILERPLATE = Boilerplate(BoilerplateKind.END_MARK, "(END)", Span(50, 55))
DIAGNOSTIC = Diagnostic("no-date", "No date line was found.", 1, Span(0, 0))
PERSON = Person("MOTEGI Toshimitsu", Span(3, 20), "Mr.", "Minister for Foreign Affairs", "Motegi")
ATTENDEE = Attendee(PERSON, "Japanese")
MEETING = Meeting(
    date=datetime.date(2020, 1, 14),
    start=datetime.time(11, 50),
    duration=datetime.timedelta(minutes=90),
    format=MeetingFormat.IN_PERSON,
    participants=(PERSON,),
    attendees=(ATTENDEE,),
    spans=MeetingSpans(date=Span(0, 10)),
)
FIELD_SPANS = FieldSpans(category=Span(0, 21), date=Span(22, 34))
READOUT = Readout(
    category="Japan-Italy Relations",
    date=datetime.date(2016, 7, 4),
    photos=(PHOTO,),
    lead=(PARAGRAPH,),
    sections=(SECTION,),
    boilerplate=(BOILERPLATE,),
    diagnostics=(DIAGNOSTIC,),
    meeting=MEETING,
    spans=FIELD_SPANS,
)
VALUES = [
    SPAN,
    PARAGRAPH,
    SECTION,
    PHOTO,
    BOILERPLATE,
    DIAGNOSTIC,
    PERSON,
    ATTENDEE,
    MEETING,
    MEETING.spans,
    FIELD_SPANS,
    READOUT,
]


def nodes(value: object) -> Iterator[object]:
    """*value* and every attrs value inside it."""
    if isinstance(value, Sequence) and not isinstance(value, str):
        for item in value:
            yield from nodes(item)
    elif attrs.has(cls := type(value)):
        yield value
        for field in attrs.fields(cls):
            yield from nodes(getattr(value, field.name))


def explain(text: str) -> str:
    return f"input text:\n{show_text(text)}"


# ---------------------------------------------------------------------------
# Exported names
# ---------------------------------------------------------------------------


def test_public_names_are_exported() -> None:
    assert set(readout_parser.__all__) >= PUBLIC_NAMES
    for name in readout_parser.__all__:
        assert hasattr(readout_parser, name), name
    # Tab completion lists dir(): the names loaded on first use are in it too.
    assert set(readout_parser.__all__) <= set(dir(readout_parser))
    assert callable(readout_parser.parse)
    assert isinstance(readout_parser.__version__, str)
    assert readout_parser.__version__[0].isdigit()


def test_readout_error_is_a_value_error() -> None:
    assert issubclass(ReadoutError, ValueError)


def test_documented_boilerplate_kinds_exist() -> None:
    documented = {"back-link", "end-mark", "page-top", "link-label", "markup", "translation-note"}
    assert documented <= {kind.value for kind in BoilerplateKind}
    assert BoilerplateKind("end-mark") is BoilerplateKind.END_MARK


# ---------------------------------------------------------------------------
# Frozen values
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", VALUES, ids=lambda value: type(value).__name__)
def test_values_are_frozen(value: object) -> None:
    cls = type(value)
    assert attrs.has(cls)
    for field in attrs.fields(cls):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, field.name, getattr(value, field.name))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(value, field.name)


def test_parsed_nodes_are_frozen_and_hold_no_mutable_containers(seed_text: str) -> None:
    readout = parse(seed_text)
    for node in nodes(readout):
        cls = type(node)
        for field in attrs.fields(cls):  # type: ignore[arg-type]
            value = getattr(node, field.name)
            assert not isinstance(value, list | dict | set | bytearray), (cls.__name__, field.name)
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(node, field.name, value)


# ---------------------------------------------------------------------------
# Strict mode
# ---------------------------------------------------------------------------


def check_strict(text: str) -> None:
    readout = parse(text)
    assert parse(text, strict=False) == readout
    if not readout.diagnostics:
        assert parse(text, strict=True) == readout
        return
    with pytest.raises(ReadoutError) as raised:
        parse(text, strict=True)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.diagnostics == readout.diagnostics
    assert error.readout == readout
    message = str(error)
    for diagnostic in readout.diagnostics:
        assert diagnostic.code in message


@given(tricky_texts())
def test_strict_raises_exactly_when_there_are_diagnostics(text: str) -> None:
    note(explain(text))
    check_strict(text)


@given(readouts())
def test_strict_on_generated_readouts(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    check_strict(generated.text)
    # A generated readout has diagnostics only where it was made to. One with
    # a lead always tells who met; one opening on its numbered items may not,
    # and then says so (meeting-no-lead).
    if generated.expected.lead:
        assert "meeting-no-lead" not in {d.code for d in parse(generated.text).diagnostics}
        if not generated.expected.diagnostics:
            assert parse(generated.text, strict=True) == parse(generated.text)


def test_strict_on_seeds(seed_text: str) -> None:
    check_strict(seed_text)


def test_strict_on_empty_input() -> None:
    with pytest.raises(ReadoutError) as raised:
        parse("", strict=True)
    assert [d.code for d in raised.value.diagnostics] == ["empty-input"]
    assert raised.value.readout == parse("")


@pytest.mark.parametrize(
    ("strict", "raises"),
    [
        (diagnostics.STRUCTURE_CODES, False),
        (diagnostics.MEETING_CODES, True),
        ({"meeting-no-lead"}, True),
        ("meeting-no-lead", True),
        (["truncated", "no-date"], False),
        # As on the command line: a group of codes, or codes apart by commas.
        ("meeting", True),
        ("structure", False),
        ("truncated, meeting-no-lead", True),
        (True, True),
        (False, False),
    ],
)
def test_strict_counts_only_the_codes_it_names(
    strict: bool | Collection[str], raises: bool, seed_texts: dict[str, str]
) -> None:
    # Seed 000 has one diagnostic, meeting-no-lead; its structure is clean.
    text = seed_texts["000_431f2bd34a799d22"]
    assert [d.code for d in parse(text).diagnostics] == ["meeting-no-lead"]
    if raises:
        with pytest.raises(ReadoutError) as raised:
            parse(text, strict=strict)
        assert raised.value.readout == parse(text)
    else:
        assert parse(text, strict=strict) == parse(text)


@pytest.mark.parametrize(("strict", "raises"), [(None, False), (0, False), ("", False), (1, True)])
def test_strict_takes_what_is_false_or_true_as_ever(
    strict: object, raises: bool, seed_texts: dict[str, str]
) -> None:
    # An option left unset (None, "") or a number reads as false or true.
    text = seed_texts["000_431f2bd34a799d22"]
    if raises:
        with pytest.raises(ReadoutError):
            parse(text, strict=strict)  # type: ignore[arg-type]
    else:
        assert parse(text, strict=strict) == parse(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("strict", [frozenset(), [], ",", [" "]])
def test_strict_naming_no_code_is_refused(strict: Collection[str]) -> None:
    # An empty list from a configuration would silently let every page through.
    with pytest.raises(ValueError, match=r"^strict= names no code: "):
        parse(_CLEAN_TEXT, strict=strict)


def test_strict_of_another_type_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"^strict= takes True, False or diagnostic codes"):
        parse("Japan-China Relations\nMay 9, 2018\nThe two met.", strict=2.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("strict", "message"),
    [
        # The code most likely meant, where one is near.
        (
            {"truncatd"},
            "strict= names 'truncatd', which is no diagnostic code (did you mean 'truncated'?)",
        ),
        (
            ["no-date", "NO-DATE", "x"],
            "strict= names 'NO-DATE', 'x', which are no diagnostic code (did you mean 'no-date'?)",
        ),
        (
            {"no_date"},
            "strict= names 'no_date', which is no diagnostic code (did you mean 'no-date'?)",
        ),
        ("Meeting", "strict= names 'Meeting', which is no diagnostic code"),
        ("no-date;truncated", "strict= names 'no-date;truncated', which is no diagnostic code"),
    ],
)
def test_strict_refuses_a_code_no_diagnostic_has(strict: Collection[str], message: str) -> None:
    # Refused for a clean page too: a misspelt code would let every page through.
    with pytest.raises(ValueError, match=f"^{re.escape(message)}; name codes such as "):
        parse("Japan-China Relations\nMay 9, 2018\nThe two met.", strict=strict)
    # This page has no diagnostic at all (the one above lacks the participants),
    # so only the check of the codes before the parse can refuse the misspelling.
    assert parse(_CLEAN_TEXT).diagnostics == ()
    with pytest.raises(ValueError, match=f"^{re.escape(message)}; name codes such as "):
        parse(_CLEAN_TEXT, strict=strict)
    assert readout_parser.parse_html(_CLEAN_HTML).diagnostics == ()
    with pytest.raises(ValueError, match=f"^{re.escape(message)}; name codes such as "):
        readout_parser.parse_html(_CLEAN_HTML, strict=strict)


# A readout every part of which is read: its title, date, meeting and points.
_CLEAN_LEAD = (
    "1. On May 9, commencing at 10:00 a.m. for approximately 45 minutes, Mr. Taro Kono, "
    "Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Wang Yi, State "
    "Councilor and Minister of Foreign Affairs of the People\u2019s Republic of China, in Tokyo."
)
_CLEAN_TEXT = (
    "Japan-China Foreign Ministers\u2019 Meeting\nMay 9, 2018\n"
    f"{_CLEAN_LEAD}\n2. The two ministers discussed bilateral relations."
)
_CLEAN_HTML = (
    "<p>Japan-China Relations</p><h1>Japan-China Foreign Ministers&rsquo; Meeting</h1>"
    f"<p>May 9, 2018</p><p>{_CLEAN_LEAD}</p>"
    "<p>2. The two ministers discussed bilateral relations.</p>"
)


# ---------------------------------------------------------------------------
# repr
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", VALUES, ids=lambda value: type(value).__name__)
def test_repr_names_the_class_and_its_values(value: object) -> None:
    text = repr(value)
    assert text.startswith(type(value).__name__ + "(")
    assert "object at 0x" not in text
    for field in attrs.fields(type(value)):  # type: ignore[arg-type]
        item = getattr(value, field.name)
        if isinstance(item, str | int):
            assert repr(item) in text, field.name


@pytest.mark.parametrize("value", [SPAN, PARAGRAPH, SECTION, PHOTO], ids=lambda v: type(v).__name__)
def test_repr_of_plain_nodes_evaluates_back(value: object) -> None:
    namespace = {"Span": Span, "Paragraph": Paragraph, "Section": Section, "Photo": Photo}
    assert eval(repr(value), namespace) == value


def test_repr_of_a_parsed_readout_is_readable(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        readout = parse(text)
        shown = repr(readout)
        assert shown.startswith("Readout(")
        assert "object at 0x" not in shown
        for value in (readout.category, readout.title):
            if value is not None:
                assert repr(value) in shown


def test_str_of_a_paragraph_is_its_text() -> None:
    assert str(PARAGRAPH) == "The two sides met."
    assert f"{PARAGRAPH}" == PARAGRAPH.text


# ---------------------------------------------------------------------------
# Equality and hashing
# ---------------------------------------------------------------------------


@given(tricky_texts(), tricky_texts())
def test_readouts_are_equal_exactly_when_their_data_is(first: str, second: str) -> None:
    a, b = parse(first), parse(second)
    assert (a == b) == (a.to_dict() == b.to_dict())
    if a == b:
        assert hash(a) == hash(b)


@given(readouts())
def test_parsed_readouts_are_hashable_values(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    first, second = parse(generated.text), parse(generated.text)
    assert first == second
    assert first is not second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    assert {first: "x"}[second] == "x"
    data: object = first.to_dict()
    assert first != data


@pytest.mark.parametrize("value", VALUES, ids=lambda value: type(value).__name__)
def test_a_changed_field_makes_a_different_value(value: object) -> None:
    field = attrs.fields(type(value))[0]  # type: ignore[arg-type]
    current = getattr(value, field.name)
    if isinstance(current, BoilerplateKind):
        changed: object = next(kind for kind in BoilerplateKind if kind is not current)
    elif isinstance(current, Span):
        changed = Span(current.start, current.end + 1)
    elif isinstance(current, str):
        changed = current + "x"
    elif isinstance(current, int):
        changed = current + 1
    elif isinstance(current, datetime.date):
        changed = current + datetime.timedelta(days=1)
    elif isinstance(current, Person):
        changed = attrs.evolve(current, name=current.name + "x")
    else:
        changed = None
    other = attrs.evolve(value, **{field.alias: changed})  # type: ignore[misc]
    assert other != value
    assert other == attrs.evolve(value, **{field.alias: changed})  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Pickling and copying
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("value", VALUES, ids=lambda value: type(value).__name__)
def test_values_pickle(value: object, protocol: int) -> None:
    assert pickle.loads(pickle.dumps(value, protocol=protocol)) == value


@given(readouts(), st.integers(0, pickle.HIGHEST_PROTOCOL))
def test_parsed_readouts_pickle_and_copy(generated: GeneratedReadout, protocol: int) -> None:
    note(explain(generated.text))
    readout = parse(generated.text)
    assert pickle.loads(pickle.dumps(readout, protocol=protocol)) == readout
    assert copy.copy(readout) == readout
    assert copy.deepcopy(readout) == readout


def test_seed_readouts_pickle(seed_text: str) -> None:
    readout = parse(seed_text)
    assert pickle.loads(pickle.dumps(readout)) == readout


def test_readout_error_pickles_with_its_readout() -> None:
    with pytest.raises(ReadoutError) as raised:
        parse("Japan-Italy Relations\nThe two ministers met.", strict=True)
    error = raised.value
    copied = pickle.loads(pickle.dumps(error))
    assert type(copied) is ReadoutError
    assert copied.readout == error.readout
    assert copied.diagnostics == error.diagnostics
    assert str(copied) == str(error)


# ---------------------------------------------------------------------------
# Small helpers of the model
# ---------------------------------------------------------------------------


@given(st.text(max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_span_slice_and_length(text: str, start: int, length: int) -> None:
    span = Span(start, start + length)
    assert span.slice(text) == text[start : start + length]
    assert len(span) == length


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_a_span_ending_before_it_starts_is_refused(start: int, short: int) -> None:
    assert len(Span(start, start)) == 0
    with pytest.raises(ValueError, match=f"start {start + short} is after end {start};"):
        Span(start + short, start)


def test_spans_order_by_start_then_end() -> None:
    assert sorted([Span(5, 9), Span(0, 3), Span(5, 6)]) == [Span(0, 3), Span(5, 6), Span(5, 9)]


@given(readouts())
def test_walk_lists_every_section_in_document_order(generated: GeneratedReadout) -> None:
    note(explain(generated.text))
    readout = parse(generated.text)

    def preorder(sections: tuple[Section, ...]) -> Iterator[Section]:
        for section in sections:
            yield section
            yield from preorder(section.subsections)

    assert list(readout.walk()) == list(preorder(readout.sections))
    for section in readout.sections:
        assert list(section.walk()) == list(preorder((section,)))


# The parser's constructors (readout_parser.model.new_*) set the slots
# directly; each must make the value the class makes.
@given(
    st.integers(0, 1000),
    st.integers(0, 1000),
    st.text(max_size=5),
    st.one_of(st.none(), st.text(max_size=5)),
    st.one_of(st.none(), st.integers(0, 999)),
)
def test_the_parsers_constructors_make_what_the_classes_make(
    start: int, length: int, text: str, other: str | None, number: int | None
) -> None:
    from readout_parser import model

    span = model.new_span(start, start + length)
    assert span == Span(start, start + length)
    inner = Span(start + length, start + length + 1)
    paragraph = model.new_paragraph(text, span, other, inner)
    assert paragraph == Paragraph(text, span, other, inner)
    section = model.new_section(number, text, other, span, inner, (paragraph,), ())
    assert section == Section(number, text, other, span, inner, (paragraph,), ())
    assert model.new_boilerplate(BoilerplateKind.SITE, text, span) == Boilerplate(
        BoilerplateKind.SITE, text, span
    )
    assert model.new_photo(text, other, span, inner) == Photo(text, other, span, inner)
    assert model.new_diagnostic(text, text, 1, span) == Diagnostic(text, text, 1, span)
    for made in (span, paragraph, section):
        assert repr(made) == repr(attrs.evolve(made))
    with pytest.raises(ValueError, match="is after end"):
        model.new_span(start + length + 1, start + length)


@pytest.mark.parametrize("cls", [Section, Paragraph, Boilerplate, Photo, Diagnostic])
def test_the_classes_the_parser_builds_directly_check_nothing_it_skips(cls: type) -> None:
    # readout_parser.model.new_* set the slots without the class's __init__:
    # a validator or converter on any field would be skipped. (Span checks its
    # one rule in new_span itself.)
    fields = attrs.fields(cls)
    assert [f.name for f in fields if f.validator is not None or f.converter is not None] == []
