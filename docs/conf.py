"""Sphinx configuration for the readout-parser documentation."""

from __future__ import annotations

import sys
from pathlib import Path

# Document the source tree being built, not whatever version happens to be installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import readout_parser

project = "readout-parser"
author = "the readout-parser maintainers"
copyright = "the readout-parser maintainers"
release = readout_parser.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"

html_theme = "furo"
html_title = f"readout-parser {release}"
