"""The shipped JSON Schema describes exactly what ``Readout.to_dict()`` produces."""

from __future__ import annotations

import collections.abc
import datetime
import enum
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from readout_parser import diagnostics, model, parse
from readout_parser._schema import json_schema
from readout_parser.model import (
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
    Section,
    Span,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

MODEL_CLASSES = [cls for cls in (getattr(model, name) for name in model.__all__) if attrs.has(cls)]
MODEL_ENUMS = [
    cls
    for cls in (getattr(model, name) for name in model.__all__)
    if isinstance(cls, type) and issubclass(cls, enum.Enum)
]


def _errors(data: Any) -> list[str]:
    # best_match descends into anyOf alternatives, so a bad date is reported
    # as a bad date rather than as "not valid under any of the given schemas".
    found = (jsonschema.exceptions.best_match([error]) for error in VALIDATOR.iter_errors(data))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found if e is not None]


def _sub_validator(subschema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # A property schema on its own, with the shared definitions its $refs point to.
    return jsonschema.Draft202012Validator({**subschema, "$defs": SCHEMA["$defs"]})


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_each_call_returns_an_independent_copy() -> None:
    first = json_schema()
    first["$defs"].clear()
    assert json_schema()["$defs"], "changing one result must not change the next"


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_schema_properties_are_the_model_fields(cls: type) -> None:
    definition = SCHEMA["$defs"].get(cls.__name__)
    assert definition is not None, f"schema.json has no $defs/{cls.__name__}"
    names = [field.name for field in attrs.fields(cls)]
    assert list(definition["properties"]) == names
    # to_dict() writes every field, so every field is required.
    assert sorted(definition["required"]) == sorted(names)
    assert definition["additionalProperties"] is False


@pytest.mark.parametrize("cls", MODEL_ENUMS, ids=lambda cls: cls.__name__)
def test_schema_enums_are_the_model_enums(cls: type[enum.Enum]) -> None:
    assert SCHEMA["$defs"][cls.__name__]["enum"] == [member.value for member in cls]


def test_every_object_definition_belongs_to_a_model_class() -> None:
    objects = {name for name, d in SCHEMA["$defs"].items() if d.get("type") == "object"}
    assert objects == {cls.__name__ for cls in MODEL_CLASSES}


def _field_cases() -> list[tuple[type, attrs.Attribute[Any], Any]]:
    return [
        (cls, field, typing.get_type_hints(cls)[field.name])
        for cls in MODEL_CLASSES
        for field in attrs.fields(cls)
    ]


@pytest.mark.parametrize(
    ("cls", "field", "hint"),
    _field_cases(),
    ids=lambda value: getattr(value, "__name__", None) or getattr(value, "name", None) or "",
)
def test_schema_property_accepts_null_and_arrays_as_the_type_hint_does(
    cls: type, field: attrs.Attribute[Any], hint: Any
) -> None:
    prop = SCHEMA["$defs"][cls.__name__]["properties"][field.name]
    validator = _sub_validator(prop)
    args = typing.get_args(hint)
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args
    assert validator.is_valid(None) == optional, f"{cls.__name__}.{field.name}: {hint}"
    is_tuple = typing.get_origin(hint) in (tuple, collections.abc.Sequence)
    assert validator.is_valid([]) == is_tuple, f"{cls.__name__}.{field.name}: {hint}"


def _full_readout() -> Readout:
    """A readout with every field set to a non-default value, built by hand."""
    span = Span(4, 9)
    person = Person("MOTEGI Toshimitsu", span, "Mr.", "Minister for Foreign Affairs", "Motegi")
    return Readout(
        category="Japan-United States of America Relations",
        title="Japan-U.S. Foreign Ministers’ Meeting",
        date=datetime.date(2020, 1, 14),
        photos=(Photo("Two ministers shaking hands", "Cabinet Public Relations Office", span),),
        lead=(Paragraph("On January 14, the two ministers met.", span),),
        sections=(
            Section(
                number=1,
                marker="1.",
                heading="Opening",
                span=span,
                heading_span=span,
                paragraphs=(Paragraph("They affirmed the alliance.", span, "•"),),
                subsections=(Section(None, "(a)", None, span),),
            ),
        ),
        back_link="Japan-United States of America Relations",
        boilerplate=tuple(Boilerplate(kind, "x", span) for kind in BoilerplateKind),
        diagnostics=(Diagnostic("truncated", "The text ends mid-sentence.", 12, span),),
        meeting=Meeting(
            date=datetime.date(2020, 1, 14),
            start=datetime.time(11, 50),
            start_qualifier="around",
            time_zone="local time",
            japan_time=datetime.time(5, 0),
            duration=datetime.timedelta(minutes=90),
            duration_approximate=True,
            format=MeetingFormat.IN_PERSON,
            occasion="lunch",
            location="San Francisco",
            participants=(person,),
            attendees=(Attendee(person, "Japanese"),),
            spans=MeetingSpans(span, span, span, span, span, span),
        ),
        spans=FieldSpans(span, span, span, span),
    )


def test_a_readout_with_every_field_set_is_valid() -> None:
    assert _errors(_full_readout().to_dict()) == []


def test_an_empty_readout_is_valid() -> None:
    assert _errors(Readout().to_dict()) == []


@pytest.mark.parametrize(
    ("path", "value", "complaint"),
    [
        (("date",), "14 January 2020", "is not a 'date'"),
        (("meeting", "start"), "11:50 a.m.", "does not match"),
        (("meeting", "format"), "phone", "is not one of"),
        (("boilerplate", 0, "kind"), "footer", "is not one of"),
        (("spans", "title", "end"), -1, "less than the minimum"),
        (("sections", 0, "subsections", 0, "number"), "1", "is not of type"),
    ],
)
def test_the_schema_rejects_values_to_dict_never_produces(
    path: tuple[str | int, ...], value: Any, complaint: str
) -> None:
    data = _full_readout().to_dict()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    errors = _errors(data)
    assert len(errors) == 1
    where, _, message = errors[0].partition(": ")
    assert where == "/".join(map(str, path))
    assert complaint in message


def test_the_schema_rejects_unknown_properties() -> None:
    data = _full_readout().to_dict()
    data["meeting"]["participants"][0]["nickname"] = "Toshi"
    assert any("nickname" in error for error in _errors(data))


def test_there_are_pages_to_validate() -> None:
    assert len(PAGES) > 250


@pytest.mark.parametrize("path", PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_to_dict_of_every_page_matches_the_schema(path: Path) -> None:
    readout = parse(path.read_bytes().decode("utf-8"))
    assert _errors(readout.to_dict()) == []


def test_the_schema_lists_every_diagnostic_code() -> None:
    code = json_schema()["$defs"]["Diagnostic"]["properties"]["code"]
    assert code["enum"] == list(diagnostics.CODES)
