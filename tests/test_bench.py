"""The benchmark's machinery: interleaved stages, medians, and its summary line.

No timing is asserted; only that the benchmark measures what it says it does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = module  # NamedTuple classes look their module up
    spec.loader.exec_module(module)
    return module


def test_stages_run_interleaved_document_by_document(bench: Any) -> None:
    calls: list[tuple[str, str]] = []
    stages = [
        bench.Stage("one", lambda text: calls.append(("one", text))),
        bench.Stage("two", lambda pair: calls.append(("two", pair[0])), prepare=lambda t: (t,)),
    ]
    timings = bench.time_stages(stages, ["a", "b"], rounds=2)
    assert calls == [("one", "a"), ("two", "a"), ("one", "b"), ("two", "b")] * 2
    assert set(timings) == {"one", "two"}
    assert all(timing.total >= timing.median >= 0 for timing in timings.values())


def test_parse_and_the_floor_are_the_first_stages(bench: Any) -> None:
    assert [stage.name for stage in bench.STAGES][:2] == ["parse", "floor"]


def test_the_floor_counts_marker_lines(bench: Any) -> None:
    assert bench.floor("1. Opening\nThe two met.\n(2) Trade\n• Photo\n") == 3


def test_the_summary_line_names_every_figure(bench: Any) -> None:
    timings = {"parse": bench.Timing(0.002, 0.6), "floor": bench.Timing(0.00002, 0.006)}
    line = bench.summary(["x" * 1000] * 300, timings, bench.ImportTimes(0.1, 0.04))
    assert line == (
        "summary (typical readouts): parse 2,000 µs/doc, 500 docs/s, 0.50 MB/s, "
        "100.0x the floor; import 100 ms, 2.5x attrs+regex"
    )


def test_typical_readouts_are_3_to_8_kb_and_start_with_their_page(bench: Any) -> None:
    pages = bench.corpus()
    built = bench.typical_readouts(pages, count=30)
    assert len(built) == 30
    assert all(3_000 <= len(text) <= bench.TYPICAL_MAX + 1 for text in built)
    assert all(
        text.startswith(page.splitlines()[0]) for text, page in zip(built, pages[:30], strict=True)
    )


def test_without_pytest_the_shapes_load_through_a_stand_in(bench: Any) -> None:
    stand_in = bench._Absent("pytest")
    decorated = stand_in.mark.parametrize("shape", [stand_in.param(1, id="x")])(len)
    assert decorated is len


def test_a_shapes_peak_memory_is_per_character_of_its_input(
    bench: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    bench.memory_one_shape("bullet-lines", 2_000)
    small = float(capsys.readouterr().out)
    bench.memory_one_shape("spaces", 2_000)
    blank = float(capsys.readouterr().out)
    # A line per two characters costs far more per character than blank input.
    assert small > 10 * blank > 0
