"""How fast ``readout_parser.parse`` is, measured against the least work any parser does.

Run from the repository root::

    python benchmarks/bench.py            # everything (a few minutes)
    python benchmarks/bench.py --quick    # skip the 1 MB shapes and the process pool
    python benchmarks/bench.py --profile  # also the top of a cProfile of the typical set

It reports, for the seeds, the real corpus (``tests/corpus``) and "typical
readouts" of 3-8 KB built from the corpus (see :func:`typical_readouts`):
the median time per document, documents per second and MB/s on one core, and
the same for a *floor*: splitting the text into lines and matching one
compiled pattern per line, which any line-oriented parser must at least do.
Then the import time of ``readout_parser`` in fresh interpreters, the time of
the worst-shape inputs of ``tests/test_adversarial.py`` at 100 KB and 1 MB
(each in a child process with a time limit, so a super-linear shape reports
a timeout instead of stalling the run), and the speed-up of a process pool
over a serial run.

Timings are the best of several repeats of the CPU time of the process
(wall-clock time for the process pool), which is the least disturbed by other
work on the machine; medians are over documents.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

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


def best_pass(
    function: Callable[[str], object],
    texts: Sequence[str],
    repeats: int,
    clock: Callable[[], float] = time.process_time,
) -> float:
    """Seconds for one pass over *texts*, the best of *repeats* passes.

    One-core figures use the CPU time of this process, which other work on a
    shared machine disturbs far less than the wall clock does.
    """
    best = float("inf")
    for _ in range(repeats):
        start = clock()
        for text in texts:
            function(text)
        best = min(best, clock() - start)
    return best


def per_document(function: Callable[[str], object], texts: Sequence[str], repeats: int) -> float:
    """Median over documents of each document's best time, in seconds."""
    times = []
    for text in texts:
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            function(text)
            best = min(best, time.process_time() - start)
        times.append(best)
    return statistics.median(times)


def measure_set(name: str, texts: Sequence[str], repeats: int) -> None:
    from readout_parser import parse

    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    sizes = sorted(len(text) for text in texts)
    print(
        f"\n{name}: {len(texts)} documents, {sizes[0]:,}-{sizes[-1]:,} characters "
        f"(median {statistics.median(sizes):,.0f})"
    )
    rows = []
    for label, function in (("parse", parse), ("floor", floor)):
        median = per_document(function, texts, repeats)
        total = best_pass(function, texts, repeats)
        rows.append((label, median, total))
        print(
            f"  {label:6} median {median * 1e6:9.1f} µs/doc  "
            f"{len(texts) / total:10,.0f} docs/s  {megabytes / total:7.2f} MB/s"
        )
    print(
        f"  parse/floor: {rows[0][2] / rows[1][2]:.1f}x (one pass), "
        f"{rows[0][1] / rows[1][1]:.1f}x (median document)"
    )


def import_time(runs: int) -> None:
    def timed(statement: str) -> float:
        code = (
            "import time; start = time.process_time(); "
            f"{statement}; print(time.process_time() - start)"
        )
        results = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True
                ).stdout
            )
            for _ in range(runs)
        ]
        return statistics.median(results)

    ours = timed("import readout_parser")
    dependencies = timed("import attrs, regex")
    print(f"\nimport (fresh interpreter, median of {runs}):")
    print(f"  import readout_parser   {ours * 1e3:7.1f} ms")
    print(
        f"  import attrs, regex     {dependencies * 1e3:7.1f} ms  (the run-time dependencies alone)"
    )


def shapes_table(sizes: Sequence[int], limit: float) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_adversarial import SHAPES  # type: ignore[import-not-found,unused-ignore]

    print(f"\nworst shapes (best of 3 at 100 KB, 1 run at 1 MB; limit {limit:.0f} s per run):")
    header = "".join(f"{size // 1000:>9} KB" for size in sizes)
    print(f"  {'shape':28}{header}   ratio")
    for shape in SHAPES:
        times: list[float | None] = []
        for size in sizes:
            repeats = 3 if size <= 100_000 else 1
            times.append(_shape_time(shape.name, size, repeats, limit))
        cells = "".join(
            f"{t * 1e3:9.0f} ms" if t is not None else f"{'>' + format(limit, '.0f') + ' s':>12}"
            for t in times
        )
        first, last = times[0], times[-1]
        ratio = f"{last / first:7.1f}" if first and last and len(times) > 1 else "      -"
        fixes = " ".join(regex.findall(r"\bF\d+\b", shape.waits_for or ""))
        note = f"  (waits for {fixes})" if fixes else ""
        print(f"  {shape.name:28}{cells} {ratio}{note}")


def _shape_time(name: str, size: int, repeats: int, limit: float) -> float | None:
    command = [sys.executable, __file__, "--time-shape", name, str(size), str(repeats)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout)


def time_one_shape(name: str, size: int, repeats: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from readout_parser import parse
    from test_adversarial import SHAPES  # type: ignore[import-not-found,unused-ignore]

    shape = next(shape for shape in SHAPES if shape.name == name)
    text = shape.build(size)
    print(best_pass(parse, [text], repeats))


def process_pool(texts: Sequence[str], workers: int, chunksize: int) -> None:
    from readout_parser import parse

    # Wall-clock time on both sides: the pool's gain is in elapsed time.
    serial = best_pass(parse, texts, 2, clock=time.perf_counter)
    best = float("inf")
    for _ in range(2):
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(parse, texts[:workers], chunksize=1))  # start the workers
            start = time.perf_counter()
            list(pool.map(parse, texts, chunksize=chunksize))
            best = min(best, time.perf_counter() - start)
    print(
        f"\nprocess pool ({workers} workers, chunksize {chunksize}, {len(texts)} typical "
        f"readouts, results pickled back):"
    )
    print(
        f"  serial {len(texts) / serial:8,.0f} docs/s   pool {len(texts) / best:8,.0f} docs/s"
        f"   speed-up {serial / best:.2f}x on {os.cpu_count()} cores"
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip 1 MB shapes and the pool")
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary")
    parser.add_argument("--repeats", type=int, default=5, help="repeats per timing")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per shape run")
    parser.add_argument(
        "--time-shape", nargs=3, metavar=("NAME", "SIZE", "REPEATS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.time_shape:
        name, size, repeats = args.time_shape
        time_one_shape(name, int(size), int(repeats))
        return

    import readout_parser

    print(
        f"readout_parser {readout_parser.__version__}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores"
    )
    pages = corpus()
    typical = typical_readouts(pages)
    measure_set("seeds", seeds(), args.repeats)
    measure_set("corpus (tests/corpus)", pages, args.repeats)
    measure_set("typical readouts (3-8 KB, built from the corpus)", typical, args.repeats)
    import_time(9)
    shapes_table((100_000,) if args.quick else (100_000, 1_000_000), args.limit)
    if not args.quick:
        process_pool(typical * 4, workers=2, chunksize=32)
    if args.profile:
        profile(typical)


if __name__ == "__main__":
    main()
