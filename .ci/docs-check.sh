#!/usr/bin/env bash
# Documentation check: build the Sphinx site with warnings as errors, in a
# fresh virtual environment holding the package and its "docs" extra.
#
# Usage: .ci/docs-check.sh [PYTHON]   (default: python3)
# The site is written to docs/_build/html.
set -euo pipefail

python="${1:-python3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/docs"
"$work/docs/bin/python" -m pip install --quiet --upgrade pip
"$work/docs/bin/python" -m pip install --quiet "$repo[docs]"

rm -rf "$repo/docs/_build"
"$work/docs/bin/python" -m sphinx -W --keep-going -b html "$repo/docs" "$repo/docs/_build/html"
echo "documentation built: $repo/docs/_build/html/index.html"
