r"""Structured data out of diplomatic meeting readouts.

>>> import readout_parser
>>> r = readout_parser.parse("Japan-China Relations\nMay 9, 2018\nThe two leaders met.")
>>> r.category, str(r.date), str(r.lead[0])
('Japan-China Relations', '2018-05-09', 'The two leaders met.')
"""

from typing import TYPE_CHECKING, Any

from readout_parser._schema import json_schema
from readout_parser.errors import ReadoutError, Strictness
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
    Statement,
    Statements,
)
from readout_parser.parser import parse

if TYPE_CHECKING:
    from readout_parser.html import html_to_text, parse_html

__version__ = "0.2.0.dev0"

# Loaded on first use: most callers never hand the parser HTML, and the HTML
# reader brings the standard library's html.parser with it.
_LAZY = {"html_to_text", "parse_html"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from readout_parser import html

        return getattr(html, name)
    raise AttributeError(f"module 'readout_parser' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The names loaded on first use are shown too, as tab completion lists dir().
    return sorted({*globals(), *_LAZY})


__all__ = [
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
    "Statement",
    "Statements",
    "Strictness",
    "__version__",
    "html_to_text",
    "json_schema",
    "parse",
    "parse_html",
]
