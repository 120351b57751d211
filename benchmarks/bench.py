"""How fast ``readout_parser.parse`` is, measured against the least work any parser does.

Run from the repository root, with the package installed (``pip install .``;
the test extra is not needed)::

    python benchmarks/bench.py            # everything (several minutes)
    python benchmarks/bench.py --quick    # skip the 1 MB shapes and the process pool
    python benchmarks/bench.py --profile  # also the top of a cProfile of the typical set

For the seeds, the real corpus (``tests/corpus``) and "typical readouts" of
3-8 KB built from the corpus (see :func:`typical_readouts`), every *stage* of
:data:`STAGES` is timed on every document, the stages interleaved document by
document and round by round in one run, so that a change in the machine's
load weighs on all of them alike. The first stage is ``parse``; the *floor*
is splitting the text into lines and matching one compiled pattern per line,
which any line-oriented parser must at least do. A stage reports the median
over documents of each document's median time, documents per second and MB/s
over the sum of those medians, and its ratio to the floor.

Then the import time of ``readout_parser`` in fresh interpreters against
that of ``attrs`` and ``regex``, the median time of the worst-shape inputs of
``tests/test_adversarial.py`` at 100 KB and at 1 MB (each run in a child
process with a time limit, so a super-linear shape reports a timeout instead
of stalling the run) with the peak memory of a parse of each at 100 KB per
input character (tracemalloc, in a child process of its own), and the
speed-up of a process pool over a serial run.

Times are the CPU time of the process (wall-clock time for the process pool),
which other work on the machine disturbs least. The last line is a summary:
parse on the typical readouts in µs/doc, docs/s and MB/s, its ratio to the
floor, the import time and its ratio to the import of ``attrs`` and ``regex``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import importlib
import io
import multiprocessing
import os
import pstats
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import regex

ROOT = Path(__file__).resolve().parent.parent

# The floor's one pattern: a list marker or bullet at the start of a line,
# "1.", "(2)", "3)", "•". Any parser of this text asks at least this of
# every line.
FLOOR_PATTERN = regex.compile(r"\s*+(?:\(?+\d{1,3}[.)]|[•・·\-–*])")

# A date line, to tell a page's header from its body when building typical
# readouts: "March 16, 2017", "22 September, 2009".
DATE_LINE = regex.compile(
    r"\(?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})\)?"
)

# A footer line, kept at the very end of a built readout: "Back to Japan-China Relations".
FOOTER = regex.compile(r"Back\s+to\s+\S.*")

TYPICAL_SIZES = (3_000, 4_000, 5_000, 6_000, 7_000, 8_000)
TYPICAL_MAX = 8_000


def read(paths: Sequence[Path]) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in paths]


def seeds() -> list[str]:
    return read(sorted((ROOT / "seeds").glob("*.txt")))


def corpus() -> list[str]:
    return read(sorted((ROOT / "tests" / "corpus").glob("*.txt")))


def _split_page(text: str) -> tuple[list[str], list[str], list[str]]:
    """A page's header (through its date line), body, and footer lines."""
    lines = text.splitlines()
    date_at = next((i for i, line in enumerate(lines) if DATE_LINE.fullmatch(line.strip())), -1)
    header, body = lines[: date_at + 1], lines[date_at + 1 :]
    footer: list[str] = []
    while body and (not body[-1].strip() or FOOTER.fullmatch(body[-1].strip())):
        footer.insert(0, body.pop())
    return header, body, footer


def typical_readouts(pages: Sequence[str], count: int = 300) -> list[str]:
    """Readouts of 3-8 KB built from real pages, the way a long readout reads.

    Corpus pages are cut at about 2 KB. A typical readout is built from page
    ``i``: its header (breadcrumb, headline, date, photos) and body, then the
    body lines of the pages after it (their own headers and footers dropped)
    until the text reaches the next size of 3, 4, ..., 8 KB (never passing
    8 KB), then page ``i``'s footer. Each body keeps its numbered items, so a built readout has the
    lead, numbered sections and paragraphs of real pages; numbering restarts
    where one page's body follows another's.
    """
    parts = [_split_page(page) for page in pages]
    built: list[str] = []
    for i in range(count):
        header, body, footer = parts[i % len(parts)]
        target = TYPICAL_SIZES[i % len(TYPICAL_SIZES)]
        lines = [*header, *body]
        size = sum(len(line) + 1 for line in [*lines, *footer])
        following = (
            line for j in range(i + 1, i + len(parts)) for line in ["", *parts[j % len(parts)][1]]
        )
        for line in following:
            if size >= target or size + len(line) + 1 > TYPICAL_MAX:
                break
            lines.append(line)
            size += len(line) + 1
        built.append("\n".join([*lines, *footer]) + "\n")
    return built


def floor(text: str) -> int:
    """The least work: split the lines, match one compiled pattern on each."""
    hits = 0
    for line in text.splitlines():
        if FLOOR_PATTERN.match(line) is not None:
            hits += 1
    return hits


class Stage(NamedTuple):
    """A row of the timing tables: one piece of work timed on each document.

    ``prepare`` turns a document's text into the argument of ``run`` and is
    not timed, so a stage can time one part of the parser on its own: for
    example ``prepare`` parses the page and ``run`` reads the meeting facts
    from its lead again.
    """

    name: str
    run: Callable[[Any], object]
    prepare: Callable[[str], Any] = lambda text: text


def _parse(text: str) -> object:
    from readout_parser import parse

    return parse(text)


def _parse_and_statements(text: str) -> object:
    """Parse, then ask for the statements, which are read on first access."""
    from readout_parser import parse

    return len(parse(text).statements)


def _page(text: str) -> object:
    from readout_parser.page import read_page

    return read_page(text)


def _meeting_input(text: str) -> tuple[Any, ...]:
    """What the meeting stage reads: the page's lead passages, headline and date."""
    from readout_parser.meeting import Located
    from readout_parser.page import read_page

    page = read_page(text)
    if page is None:
        return ([], None, None)
    title = page.title_passage
    return (
        [Located(p.text, p.offsets) for p in page.lead_passages],
        None if title is None else Located(title.text, title.offsets),
        page.date,
    )


def _meeting(arguments: tuple[Any, ...]) -> object:
    from readout_parser.meeting import read_meeting

    return read_meeting(*arguments)


def _statements_input(text: str) -> tuple[Any, ...]:
    """What the statements stage reads: the content with its offsets, and the principals."""
    from readout_parser import parse
    from readout_parser.page import read_page
    from readout_parser.statements.content import content_of

    page = read_page(text)
    if page is None:
        return ([], ())
    content = content_of(page.lead, page.sections, page.passages)
    return (content, parse(text).meeting.participants)


def _statements(arguments: tuple[Any, ...]) -> object:
    from readout_parser.statements import read_statements

    return read_statements(*arguments)


STAGES: list[Stage] = [
    Stage("parse", _parse),
    Stage("floor", floor),
    Stage("parse + statements", _parse_and_statements),
    Stage("page side (read_page)", _page),
    Stage("meeting stage", _meeting, _meeting_input),
    Stage("statements stage", _statements, _statements_input),
]
"""The rows of each table, in order: ``parse`` first, ``floor`` the reference.

Add a row here to time another stage; its ratio to the floor is printed with it.
"""


class Timing(NamedTuple):
    """What a stage took on a set of documents."""

    median: float  # seconds: median over documents of each document's median time
    total: float  # seconds: sum over documents of each document's median time

    def docs_per_second(self, count: int) -> float:
        return count / self.total

    def megabytes_per_second(self, megabytes: float) -> float:
        return megabytes / self.total


def time_stages(stages: Sequence[Stage], texts: Sequence[str], rounds: int) -> dict[str, Timing]:
    """Time every stage on every document, interleaved, *rounds* times.

    Each round visits the documents in order and runs every stage on each
    one before the next, so slow and fast moments of a shared machine fall
    on all stages alike. A document's time is the median of its rounds.
    """
    inputs = [[stage.prepare(text) for text in texts] for stage in stages]
    samples: list[list[list[float]]] = [[[] for _ in texts] for _ in stages]
    clock = time.process_time
    for _ in range(rounds):
        for index in range(len(texts)):
            for row, stage in enumerate(stages):
                argument = inputs[row][index]
                start = clock()
                stage.run(argument)
                samples[row][index].append(clock() - start)
    timings = {}
    for stage, per_document in zip(stages, samples, strict=True):
        medians = [statistics.median(times) for times in per_document]
        timings[stage.name] = Timing(statistics.median(medians), sum(medians))
    return timings


def measure_set(name: str, texts: Sequence[str], rounds: int) -> dict[str, Timing]:
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    sizes = sorted(len(text) for text in texts)
    print(
        f"\n{name}: {len(texts)} documents, {sizes[0]:,}-{sizes[-1]:,} characters "
        f"(median {statistics.median(sizes):,.0f})"
    )
    timings = time_stages(STAGES, texts, rounds)
    floor_timing = timings["floor"]
    print(f"  {'stage':24}{'µs/doc':>10}{'docs/s':>12}{'MB/s':>9}{'× floor':>10}")
    for stage in STAGES:
        timing = timings[stage.name]
        print(
            f"  {stage.name:24}{timing.median * 1e6:10,.1f}"
            f"{timing.docs_per_second(len(texts)):12,.0f}"
            f"{timing.megabytes_per_second(megabytes):9.2f}"
            f"{timing.total / floor_timing.total:10.1f}"
        )
    return timings


class ImportTimes(NamedTuple):
    ours: float  # seconds
    dependencies: float  # seconds: attrs and regex alone


def import_time(runs: int) -> ImportTimes:
    def timed(statement: str) -> float:
        code = (
            "import time; start = time.process_time(); "
            f"{statement}; print(time.process_time() - start)"
        )
        return float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )

    # Interleaved, as the stages are: a machine that slows or speeds up
    # during the runs moves both medians alike, not one of them.
    ours: list[float] = []
    dependencies: list[float] = []
    for _ in range(runs):
        ours.append(timed("import readout_parser"))
        dependencies.append(timed("import attrs, regex"))
    times = ImportTimes(statistics.median(ours), statistics.median(dependencies))
    print(f"\nimport (fresh interpreter, CPU time, interleaved, median of {runs}):")
    print(f"  import readout_parser   {times.ours * 1e3:7.1f} ms")
    print(
        f"  import attrs, regex     {times.dependencies * 1e3:7.1f} ms"
        "  (the run-time dependencies alone)"
    )
    return times


class _Absent(types.ModuleType):
    """A stand-in for pytest when it is not installed: every attribute and call is a no-op.

    The worst shapes are defined next to their tests in
    ``tests/test_adversarial.py``, whose decorators (``@pytest.mark...``) run
    on import; the benchmark only needs the shapes, so it runs without the
    test extra.
    """

    def __getattr__(self, name: str) -> Any:
        return _NoOp()


class _NoOp:
    def __getattr__(self, name: str) -> Any:
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # Used as a decorator (one function argument): give the function back.
        if len(args) == 1 and not kwargs and callable(args[0]):
            return args[0]
        return self


def load_shapes() -> Sequence[Any]:
    """The worst shapes of ``tests/test_adversarial.py``."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        importlib.import_module("pytest")
    except ImportError:
        sys.modules["pytest"] = _Absent("pytest")
    shapes: Sequence[Any] = importlib.import_module("test_adversarial").SHAPES
    return shapes


def shapes_table(sizes: Sequence[int], repeats: int, limit: float) -> None:
    print(
        f"\nworst shapes (CPU time, median of {repeats} runs at each size; "
        f"limit {limit:.0f} s per run):"
    )
    header = "".join(f"{size // 1000:>9} KB" for size in sizes)
    print(f"  {'shape':28}{header}   ratio  peak B/char")
    for shape in load_shapes():
        times = [_shape_time(shape.name, size, repeats, limit) for size in sizes]
        cells = "".join(
            f"{t * 1e3:9.0f} ms" if t is not None else f"{'>' + format(limit, '.0f') + ' s':>12}"
            for t in times
        )
        first, last = times[0], times[-1]
        ratio = f"{last / first:7.1f}" if first and last and len(times) > 1 else "      -"
        peak = _shape_peak(shape.name, sizes[0], limit)
        memory = f"{peak:13.0f}" if peak is not None else f"{'-':>13}"
        fixes = " ".join(regex.findall(r"\bF\d+\b", shape.waits_for or ""))
        note = f"  (waits for {fixes})" if fixes else ""
        print(f"  {shape.name:28}{cells} {ratio}{memory}{note}")


def _shape_time(name: str, size: int, repeats: int, limit: float) -> float | None:
    command = [sys.executable, __file__, "--time-shape", name, str(size), str(repeats)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=limit * repeats, check=True
        )
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        return None
    return float(done.stdout)


def _shape_peak(name: str, size: int, limit: float) -> float | None:
    command = [sys.executable, __file__, "--memory-shape", name, str(size)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=limit * 3, check=True
        )
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        # A failed child is reported as a missing figure, not a stopped run.
        return None
    return float(done.stdout)


def memory_one_shape(name: str, size: int) -> None:
    """Print the peak memory of one parse of the shape *name* at *size*, per character.

    Traced by tracemalloc from after the text is built, so the input itself
    does not count; the returned readout does, as it is alive at the peak.
    """
    import tracemalloc

    from readout_parser import parse

    shape = next(shape for shape in load_shapes() if shape.name == name)
    text = shape.build(size)
    parse("warm up")
    tracemalloc.start()
    readout = parse(text)
    if shape.statements:
        len(readout.statements)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(peak / max(1, len(text)))


def time_one_shape(name: str, size: int, repeats: int) -> None:
    """Print the median CPU time of *repeats* parses of the shape *name* at *size*.

    A shape for who said what is timed with its statements read.
    """
    from readout_parser import parse

    shape = next(shape for shape in load_shapes() if shape.name == name)
    text = shape.build(size)
    read = _parse_and_statements if shape.statements else parse
    times = []
    for _ in range(repeats):
        start = time.process_time()
        read(text)
        times.append(time.process_time() - start)
    print(statistics.median(times))


def process_pool(texts: Sequence[str], workers: int, chunksize: int, rounds: int) -> None:
    from readout_parser import parse

    # A readout pickles with its statements, so each worker reads them before
    # sending its readout back: the serial pass reads them too, for the same work.
    def serial_pass() -> float:
        start = time.perf_counter()
        for text in texts:
            _parse_and_statements(text)
        return time.perf_counter() - start

    # Wall-clock time on both sides, a serial pass and a pooled pass in turn:
    # the pool's gain is in elapsed time.
    spawn = multiprocessing.get_context("spawn")
    serial, pooled = [], []
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=spawn) as pool:
        list(pool.map(parse, texts[:workers], chunksize=1))  # start the workers
        for _ in range(rounds):
            serial.append(serial_pass())
            start = time.perf_counter()
            list(pool.map(parse, texts, chunksize=chunksize))
            pooled.append(time.perf_counter() - start)
    one, many = statistics.median(serial), statistics.median(pooled)
    print(
        f"\nprocess pool ({workers} workers, chunksize {chunksize}, {len(texts)} typical "
        f"readouts with their statements, pickled back; wall clock, median of {rounds}):"
    )
    print(
        f"  serial {len(texts) / one:8,.0f} docs/s   pool {len(texts) / many:8,.0f} docs/s"
        f"   speed-up {one / many:.2f}x on {os.cpu_count()} cores"
    )


def profile(texts: Sequence[str]) -> None:
    from readout_parser import parse

    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        parse(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(20)
    print("\nprofile of the typical set (cProfile, by own time):")
    print(out.getvalue())


def summary(typical: Sequence[str], timings: dict[str, Timing], imports: ImportTimes) -> str:
    """The last line of the report: the figures to compare between runs."""
    megabytes = sum(len(text.encode("utf-8")) for text in typical) / 1e6
    parse_timing, floor_timing = timings["parse"], timings["floor"]
    return (
        f"summary (typical readouts): parse {parse_timing.median * 1e6:,.0f} µs/doc, "
        f"{parse_timing.docs_per_second(len(typical)):,.0f} docs/s, "
        f"{parse_timing.megabytes_per_second(megabytes):.2f} MB/s, "
        f"{parse_timing.total / floor_timing.total:.1f}x the floor; "
        f"import {imports.ours * 1e3:.0f} ms, "
        f"{imports.ours / imports.dependencies:.1f}x attrs+regex"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip 1 MB shapes and the pool")
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per document")
    parser.add_argument("--shape-repeats", type=int, default=3, help="runs per shape and size")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per shape run")
    parser.add_argument(
        "--time-shape", nargs=3, metavar=("NAME", "SIZE", "REPEATS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--memory-shape", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_shape:
        name, size = args.memory_shape
        memory_one_shape(name, int(size))
        return
    if args.time_shape:
        name, size, repeats = args.time_shape
        time_one_shape(name, int(size), int(repeats))
        return

    import readout_parser

    print(
        f"readout_parser {readout_parser.__version__}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores; CPU time, medians of {args.rounds} interleaved rounds"
    )
    pages = corpus()
    typical = typical_readouts(pages)
    measure_set("seeds", seeds(), args.rounds)
    measure_set("corpus (tests/corpus)", pages, args.rounds)
    timings = measure_set("typical readouts (3-8 KB, built from the corpus)", typical, args.rounds)
    imports = import_time(21)
    sizes = (100_000,) if args.quick else (100_000, 1_000_000)
    shapes_table(sizes, args.shape_repeats, args.limit)
    if not args.quick:
        process_pool(typical * 4, workers=2, chunksize=32, rounds=3)
    if args.profile:
        profile(typical)
    print()
    print(summary(typical, timings, imports))


if __name__ == "__main__":
    main()
