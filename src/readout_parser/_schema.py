"""The JSON Schema of :meth:`Readout.to_dict` output, shipped inside the package."""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["json_schema"]


@functools.cache
def _schema_text() -> str:
    # Read once: the file is part of the installed package and never changes
    # while the interpreter runs. Imported here, not at the top: most callers
    # never ask for the schema and should not pay for importlib.resources.
    from importlib import resources

    return resources.files("readout_parser").joinpath("schema.json").read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that :meth:`Readout.to_dict` output satisfies.

    Each call returns a fresh dict, so a caller may change it freely.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["$defs"]["Span"]["properties"])
    ['end', 'start']
    """
    import json

    schema = json.loads(_schema_text())
    if not isinstance(schema, dict):
        raise TypeError("schema.json does not hold a JSON object")
    return schema
