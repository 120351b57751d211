#!/usr/bin/env bash
# Release check: build the sdist and wheel, check their metadata and contents;
# build again with the lowest hatchling pyproject.toml allows; run the test
# suite from the unpacked sdist; then install the wheel into a fresh virtual
# environment and use it there (the command line, and the benchmark, which
# must run without the test extra).
#
# Usage: .ci/release-check.sh [PYTHON]   (default: python3)
# Exits non-zero on the first failure. Works in a temporary directory; the
# repository is left as it was apart from dist/.
set -euo pipefail

python="${1:-python3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }

# The METADATA file of a wheel (no unzip needed).
metadata() {
    "$python" -c 'import sys, zipfile
wheel = zipfile.ZipFile(sys.argv[1])
name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
sys.stdout.write(wheel.read(name).decode())' "$1"
}

step "tools venv ($("$python" --version))"
"$python" -m venv "$work/tools"
"$work/tools/bin/python" -m pip install --quiet --upgrade pip
"$work/tools/bin/python" -m pip install --quiet build twine check-wheel-contents

step "build sdist and wheel"
dist="$work/dist"
"$work/tools/bin/python" -m build --outdir "$dist" "$repo"
ls -l "$dist"
wheels=("$dist"/*.whl)
sdists=("$dist"/*.tar.gz)
[ "${#wheels[@]}" -eq 1 ] && [ -f "${wheels[0]}" ] || { echo "expected one wheel" >&2; exit 1; }
[ "${#sdists[@]}" -eq 1 ] && [ -f "${sdists[0]}" ] || { echo "expected one sdist" >&2; exit 1; }

step "twine check --strict"
"$work/tools/bin/twine" check --strict "$dist"/*

step "check-wheel-contents"
"$work/tools/bin/check-wheel-contents" "${wheels[0]}"

step "metadata: the licence expression, no unresolvable URL, the Pythons CI tests"
metadata "${wheels[0]}" >"$work/METADATA"
grep -qx 'License-Expression: MIT' "$work/METADATA" || { echo "no License-Expression" >&2; exit 1; }
if grep -q '^Project-URL:' "$work/METADATA"; then
    echo "Project-URL found: check that it resolves, then allow it here" >&2
    exit 1
fi
grep '^Classifier: Programming Language :: Python :: 3\.' "$work/METADATA"

step "sdist carries the tests, docs, seeds and the benchmark"
sdist_list="$work/sdist-files.txt"
tar -tzf "${sdists[0]}" >"$sdist_list"
for needed in src/readout_parser/schema.json src/readout_parser/py.typed tests/conftest.py \
    tests/html/ docs/conf.py seeds/ benchmarks/bench.py CHANGELOG.md LICENSE; do
    grep -q "/$needed" "$sdist_list" || { echo "sdist lacks $needed" >&2; exit 1; }
done

# The lowest hatchling pyproject.toml allows ("hatchling>=X.Y") must build it.
bound="$(sed -n 's/^requires = \["hatchling>=\([0-9.]*\)"\]$/\1/p' "$repo/pyproject.toml")"
[ -n "$bound" ] || { echo "no hatchling>=X.Y bound in pyproject.toml" >&2; exit 1; }
step "build with exactly hatchling $bound (--no-isolation)"
"$python" -m venv "$work/lowest"
"$work/lowest/bin/python" -m pip install --quiet --upgrade pip
"$work/lowest/bin/python" -m pip install --quiet "hatchling==$bound" build
"$work/lowest/bin/python" -m build --no-isolation --outdir "$work/lowest-dist" "$repo" >"$work/lowest.log" 2>&1 ||
    { cat "$work/lowest.log" >&2; exit 1; }
metadata "$work/lowest-dist"/*.whl | grep -qx 'License-Expression: MIT' ||
    { echo "hatchling $bound wrote no License-Expression" >&2; exit 1; }
echo "hatchling $("$work/lowest/bin/python" -c 'import importlib.metadata as m; print(m.version("hatchling"))') built $(cd "$work/lowest-dist" && ls)"

step "the unpacked sdist passes its tests with a plain pytest"
mkdir "$work/unpacked"
tar -xzf "${sdists[0]}" -C "$work/unpacked"
unpacked=("$work/unpacked"/*)
"$python" -m venv "$work/sdist"
"$work/sdist/bin/python" -m pip install --quiet --upgrade pip
"$work/sdist/bin/python" -m pip install --quiet "${unpacked[0]}[test]"
(cd "${unpacked[0]}" && HYPOTHESIS_PROFILE=default "$work/sdist/bin/pytest" -q -p no:cacheprovider)

step "install the wheel into a fresh venv"
"$python" -m venv "$work/use"
use="$work/use/bin"
"$use/python" -m pip install --quiet "${wheels[0]}"

# Run from an empty directory so that nothing is imported from the repository.
mkdir "$work/elsewhere"
cd "$work/elsewhere"

step "import, py.typed, schema, version"
"$use/python" - <<'EOF'
import importlib.metadata
import importlib.resources
import pathlib

import readout_parser
from readout_parser._schema import json_schema

location = pathlib.Path(readout_parser.__file__).resolve()
assert "site-packages" in location.parts, f"imported from {location}, not the installed wheel"
package = importlib.resources.files("readout_parser")
assert package.joinpath("py.typed").is_file(), "py.typed is not installed"
assert package.joinpath("schema.json").is_file(), "schema.json is not installed"
assert json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
installed = importlib.metadata.version("readout-parser")
assert installed == readout_parser.__version__, (installed, readout_parser.__version__)
print("readout_parser", readout_parser.__version__, "from", location.parent)
EOF

step "readout-parser --version"
version_line="$("$use/readout-parser" --version)"
echo "$version_line"
expected="readout-parser $("$use/python" -c 'import readout_parser; print(readout_parser.__version__)')"
[ "$version_line" = "$expected" ] || { echo "expected '$expected'" >&2; exit 1; }

step "readout-parser on a seed"
"$use/readout-parser" "$repo/seeds/000_431f2bd34a799d22.txt" >"$work/seed.json"
"$use/python" - "$work/seed.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as file:
    readout = json.load(file)
# The header of the seed as a reader sees it.
assert readout["category"] == "Japan-United States of America Relations", readout["category"]
assert readout["date"] == "2016-11-18", readout["date"]
assert len(readout["sections"]) == 3, len(readout["sections"])
print("parsed:", readout["title"])
EOF

step "python -m readout_parser reads standard input"
printf 'Japan-China Relations\nMay 9, 2018\nThe two leaders met.\n' |
    "$use/python" -m readout_parser --jsonl - >"$work/stdin.jsonl"
grep -q '"date": "2018-05-09"' "$work/stdin.jsonl" || { cat "$work/stdin.jsonl" >&2; exit 1; }

step "the benchmark runs from the sdist without the test extra"
if "$use/python" -c 'import pytest' 2>/dev/null; then
    echo "pytest is installed in the wheel's environment" >&2
    exit 1
fi
"$use/python" "${unpacked[0]}/benchmarks/bench.py" --quick --rounds 1 --shape-repeats 1 >"$work/bench.txt"
tail -n 1 "$work/bench.txt"
tail -n 1 "$work/bench.txt" | grep -q '^summary (typical readouts): parse .* µs/doc, .* docs/s, .* MB/s, .*x the floor; import .* ms, .*x attrs+regex$' ||
    { echo "the benchmark's last line is not its summary" >&2; exit 1; }

printf '\nrelease check passed\n'
