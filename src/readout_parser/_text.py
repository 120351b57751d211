"""Where the meeting reader finds :func:`normalize_with_offsets`.

The page side keeps text and offsets in :mod:`readout_parser.page.text`;
this name stays until the meeting reader takes paragraphs with their offsets.
"""

from readout_parser.page.text import normalize_with_offsets

__all__ = ["normalize_with_offsets"]
