"""Walking model values: the one place tests find every span a readout holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

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
        elif isinstance(item, Sequence) and not isinstance(item, str):
            stack.extend(item)
        elif attrs.has(cls := type(item)):
            stack.extend(getattr(item, field.name) for field in attrs.fields(cls))


def span_problems(source: str, text: str, span: Span) -> list[str]:
    """Why *span* of *source* does not hold exactly *text*, if it does not.

    The span must start at the text's first character and end after its
    last, holding its characters in order (white space normalised, and
    furniture such as a link label the value leaves out in between). An
    off-by-one span or a collapsed one fails.

    >>> span_problems("x The two met. y", "The two met.", Span(2, 14))
    []
    >>> span_problems("x The two met. y", "The two met.", Span(2, 13))
    ["2-13 holds 'The two met' for 'The two met.'"]
    """
    held = source[span.start : span.end]
    if not text:
        return [] if not held.strip() else [f"{span.start}-{span.end} holds {held[:40]!r} for ''"]
    if not held or held[0] != text[0] or held[-1] != text[-1]:
        return [f"{span.start}-{span.end} holds {held[:40]!r} for {text[:40]!r}"]
    chars = iter(held)
    if all(char in chars for char in text if not char.isspace()):
        return []
    return [f"{span.start}-{span.end} does not hold {text[:40]!r} in order"]


def texts_with_spans(readout: object) -> Iterator[tuple[str, str, Span]]:
    """Every text value of a readout with the span it was read from, and a label."""
    from readout_parser import Readout

    assert isinstance(readout, Readout)
    fields = readout.spans
    for label, text, span in (
        ("category", readout.category, fields.category),
        ("title", readout.title, fields.title),
    ):
        if text is not None and span is not None:
            yield label, text, span
    for index, paragraph in enumerate(readout.lead):
        yield f"lead[{index}]", paragraph.text, paragraph.span
    for section in readout.walk():
        if section.heading is not None and section.heading_span is not None:
            yield f"heading {section.marker}", section.heading, section.heading_span
        for index, paragraph in enumerate(section.paragraphs):
            yield f"{section.marker} paragraph[{index}]", paragraph.text, paragraph.span
    for index, photo in enumerate(readout.photos):
        if photo.credit is not None and photo.credit_span is not None:
            yield f"photos[{index}].credit", photo.credit, photo.credit_span
    for index, item in enumerate(readout.boilerplate):
        yield f"boilerplate[{index}]", item.text, item.span
    for index, statement in enumerate(readout.statements):
        yield f"statements[{index}]", statement.text, statement.span
