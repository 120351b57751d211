"""``parse`` from many threads at once, and ``Readout`` values across process boundaries.

``parse`` keeps no state between calls (compiled patterns are read-only), so
threads parsing at the same time must get exactly what one thread gets; and a
``Readout`` must pickle, which is how multiprocessing, Dask and Spark move
results between workers.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pickle
import random
import threading
from pathlib import Path

from readout_parser import Readout, parse

ROOT = Path(__file__).resolve().parent.parent
PATHS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
THREADS = 8


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in PATHS]


def test_the_inputs_are_there() -> None:
    # The seeds and the corpus as copied into the repo: 5 + 254 pages.
    assert len(PATHS) == 259


def test_eight_threads_at_once_get_what_one_thread_gets() -> None:
    texts = _texts()
    serial = [parse(text) for text in texts]
    start = threading.Barrier(THREADS)

    def work(thread: int) -> list[tuple[int, Readout]]:
        # Half the threads take the even pages, half the odd ones, each in its
        # own order: every page is parsed by four threads, and different
        # threads are inside different pages (and rules) at the same moment.
        order = [index for index in range(len(texts)) if index % 2 == thread % 2]
        random.Random(thread).shuffle(order)
        start.wait()
        return [(index, parse(texts[index])) for index in order]

    with concurrent.futures.ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))

    parsed = [index for result in results for index, _ in result]
    assert sorted(set(parsed)) == list(range(len(texts)))
    assert len(parsed) == len(texts) * THREADS // 2
    for result in results:
        for index, readout in result:
            assert readout == serial[index], PATHS[index].name


def test_every_readout_pickles_and_unpickles_equal() -> None:
    for path, text in zip(PATHS, _texts(), strict=True):
        readout = parse(text)
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            copy = pickle.loads(pickle.dumps(readout, protocol=protocol))
            assert copy == readout, path.name
            assert copy is not readout


def test_readouts_cross_process_boundaries() -> None:
    # "spawn" starts fresh interpreters, as on macOS and Windows and as Dask
    # or Spark workers are: nothing is shared, every result is pickled back.
    texts = _texts()[:6]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        remote = list(pool.map(parse, texts))
    assert remote == [parse(text) for text in texts]
    assert all(isinstance(readout, Readout) for readout in remote)
