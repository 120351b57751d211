"""Turning model values into JSON-ready data and back.

One generic walker over the attrs fields and their type hints serves every
class of :mod:`readout_parser.model`, so a field added to the model is
serialised without touching this module.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import functools
import types
import typing
from typing import Any, TypeVar

import attrs

T = TypeVar("T")

# JSON has no timedelta; whole and fractional seconds keep it exact enough
# for meeting durations and are what most consumers expect.
_SECONDS = "seconds"


def unstructure(value: Any) -> Any:
    """Turn a model value into dicts, lists, strings, numbers and None."""
    if attrs.has(type(value)):
        return {
            field.name: unstructure(getattr(value, field.name))
            for field in attrs.fields(type(value))
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.time)):
        # datetime.datetime is a date too; the model holds none.
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (tuple, collections.abc.Sequence)) and not isinstance(value, str):
        return [unstructure(item) for item in value]
    return value


# Fields added since the first release: what to do with data written before them.
_MISSING_HINTS = {
    ("Readout", "statements"): (
        " (the data was written before readouts had statements; parse the text again)"
    ),
}


def structure(data: Any, cls: type[T]) -> T:
    """Rebuild an instance of the attrs class *cls* from :func:`unstructure` output.

    Raises ``ValueError`` naming the field when *data* does not fit.
    """
    result = _structure(data, cls, cls.__name__)
    return typing.cast("T", result)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _structure(data: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if data is None:
            return None
        return _structure(data, options[0], where)
    if origin in (tuple, collections.abc.Sequence):
        item_hint = typing.get_args(hint)[0]
        if not isinstance(data, (list, tuple)):
            raise ValueError(f"{where}: expected a list, got {type(data).__name__}")
        return tuple(_structure(item, item_hint, f"{where}[{i}]") for i, item in enumerate(data))
    if isinstance(hint, type) and attrs.has(hint):
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
        names = [field.name for field in attrs.fields(hint)]
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}")
        missing = [name for name in names if name not in data]
        if missing:
            hint_text = _MISSING_HINTS.get((hint.__name__, missing[0]), "")
            raise ValueError(
                f"{where}: missing field(s) {', '.join(map(repr, missing))}{hint_text}"
            )
        hints = _hints(hint)
        kwargs = {name: _structure(data[name], hints[name], f"{where}.{name}") for name in names}
        try:
            return hint(**kwargs)
        except ValueError as error:
            # A value's own check ("a span runs from its start to its end").
            raise ValueError(f"{where}: {error}") from error
    try:
        return _scalar(data, hint, where)
    except (TypeError, ValueError) as error:
        if str(error).startswith(where):
            raise
        raise ValueError(f"{where}: {error}") from error


def _scalar(data: Any, hint: Any, where: str) -> Any:
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    if hint is datetime.date:
        return datetime.date.fromisoformat(data)
    if hint is datetime.time:
        return datetime.time.fromisoformat(data)
    if hint is datetime.timedelta:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise ValueError(f"{where}: expected seconds as a number, got {type(data).__name__}")
        return datetime.timedelta(seconds=data)
    if hint is Any:
        return data
    if isinstance(hint, type) and not isinstance(data, hint):
        raise ValueError(f"{where}: expected {hint.__name__}, got {type(data).__name__}")
    return data
