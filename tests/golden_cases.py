"""The golden cases of one kind, as test parameters: shared by the golden tests.

Each kind lives in ``tests/golden/<kind>/`` as one JSON file per page, with
the pages the parser is known to get wrong in ``known_failures.json``
(``{"file name": "reason"}``); those run as strict xfails, so fixing one is
noticed.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from readout_parser import Meeting, Paragraph, Span
from readout_parser.meeting import Located, Problem, read_meeting

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def known_failures(kind: str) -> dict[str, str]:
    """The pages of *kind* known to be read wrong, with the reason."""
    path = GOLDEN / kind / "known_failures.json"
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return loaded


def golden_cases(kind: str) -> list[Any]:
    """Every golden file of *kind* as a test parameter, known failures marked."""
    known = known_failures(kind)
    cases = []
    for path in sorted((GOLDEN / kind).glob("*.json")):
        if path.name == "known_failures.json":
            continue
        marks = (
            [pytest.mark.xfail(reason=known[path.name], strict=True)] if path.name in known else []
        )
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def extract_meeting(
    source: str,
    paragraphs: list[Paragraph],
    title_span: Span | None,
    page_date: datetime.date | None,
) -> tuple[Meeting, tuple[Problem, ...]]:
    """The meeting reader on *paragraphs* of *source*, handed over as the parser does."""
    lead = [Located.of(source, p.span.start, p.span.end) for p in paragraphs]
    head = None if title_span is None else Located.of(source, title_span.start, title_span.end)
    return read_meeting(lead, head, page_date)
