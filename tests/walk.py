"""Walking model values: the one place tests find every span a readout holds."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from readout_parser import Span


def spans_of(value: object) -> Iterator[Span]:
    """Every span held anywhere in a model value: nodes, header fields, diagnostics.

    Iterative rather than recursive, so the deepest trees the parser builds
    walk the same as shallow ones.

    >>> from readout_parser import parse
    >>> text = "Japan-China Relations\\nMay 9, 2018\\nThe two leaders met."
    >>> sorted({text[s.start : s.end] for s in spans_of(parse(text)) if s.end > s.start})[:2]
    ['Japan-China Relations', 'May 9, 2018']
    """
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Span):
            yield item
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif attrs.has(cls := type(item)):
            stack.extend(getattr(item, field.name) for field in attrs.fields(cls))
