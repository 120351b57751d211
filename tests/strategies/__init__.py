"""Hypothesis strategies for readout texts, shared by the property tests."""

from .readouts import (
    ExpectedBoilerplate,
    ExpectedParagraph,
    ExpectedPhoto,
    ExpectedReadout,
    ExpectedSection,
    GeneratedReadout,
    fold_quotes,
    readouts,
    show_text,
    tricky_texts,
    web_copy_quirks,
)

__all__ = [
    "ExpectedBoilerplate",
    "ExpectedParagraph",
    "ExpectedPhoto",
    "ExpectedReadout",
    "ExpectedSection",
    "GeneratedReadout",
    "fold_quotes",
    "readouts",
    "show_text",
    "tricky_texts",
    "web_copy_quirks",
]
