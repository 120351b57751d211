#!/usr/bin/env bash
# Run the test suite on every other Python from 3.10 up that this machine has
# (pyenv's versions, or python3.X on PATH), with the fast hypothesis profile.
#
# Usage: .ci/other-pythons.sh MAIN_PYTHON
# MAIN_PYTHON's own version is skipped: the full run covers it. Prints the
# versions it ran, and fails if any of them fails.
set -euo pipefail

main_python="${1:-python3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

minor() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }
full() { "$1" -c 'import sys; print(sys.version.split()[0])'; }

main_minor="$(minor "$main_python")"

# Candidate interpreters: pyenv's (highest patch of each minor version first),
# then python3.X on PATH.
candidates=()
if command -v pyenv >/dev/null 2>&1; then
    root="$(pyenv root)"
    while read -r version; do
        [ -x "$root/versions/$version/bin/python3" ] && candidates+=("$root/versions/$version/bin/python3")
    done < <(pyenv versions --bare 2>/dev/null | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -t. -k2,2nr -k3,3nr)
fi
for n in $(seq 10 20); do
    command -v "python3.$n" >/dev/null 2>&1 && candidates+=("$(command -v "python3.$n")")
done

declare -A seen=(["$main_minor"]=1)
ran=()
for python in "${candidates[@]}"; do
    version="$(minor "$python")" || continue
    [ "${version%%.*}" -eq 3 ] && [ "${version#3.}" -ge 10 ] || continue
    [ -z "${seen[$version]:-}" ] || continue
    seen[$version]=1
    printf '\n== Python %s (%s), fast profile\n' "$(full "$python")" "$python"
    "$python" -m venv "$work/$version"
    "$work/$version/bin/python" -m pip install --quiet --upgrade pip
    "$work/$version/bin/python" -m pip install --quiet -e "$repo[test]"
    (cd "$repo" && HYPOTHESIS_PROFILE=default "$work/$version/bin/python" -m pytest -q -p no:cacheprovider)
    ran+=("$(full "$python")")
done

if [ "${#ran[@]}" -eq 0 ]; then
    echo "no other Python 3.10+ on this machine besides $(full "$main_python")"
else
    echo "test suite passed on the other Pythons: ${ran[*]}"
fi
