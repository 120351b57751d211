"""Shared test set-up: hypothesis profiles and the texts the tests read.

Profiles (choose with the environment variable ``HYPOTHESIS_PROFILE``):

- ``default``: few examples, so the whole property suite runs in seconds;
- ``ci``: many more examples for a thorough run.

Neither sets a deadline: tests never depend on timing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
CORPUS_DIR = REPO_ROOT / "tests" / "corpus"

SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
CORPUS_PATHS = sorted(CORPUS_DIR.glob("*.txt"))

# Generated readouts are large and slow to draw compared with plain text; that
# is the point of them, not a problem with the strategy.
_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "default", max_examples=40, deadline=None, suppress_health_check=_SLOW_DATA
)
settings.register_profile("ci", max_examples=400, deadline=None, suppress_health_check=_SLOW_DATA)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def read_text(path: Path) -> str:
    """The file's text exactly as stored: no newline translation, BOM kept."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="session", params=SEED_PATHS, ids=lambda path: path.stem)
def seed_text(request: pytest.FixtureRequest) -> str:
    """The text of each seed readout in ``seeds/``, one test per file."""
    path: Path = request.param
    return read_text(path)


@pytest.fixture(scope="session", params=CORPUS_PATHS, ids=lambda path: path.stem)
def corpus_text(request: pytest.FixtureRequest) -> str:
    """The text of each real page in ``tests/corpus/``, one test per file."""
    path: Path = request.param
    return read_text(path)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Every seed readout, by file stem."""
    return {path.stem: read_text(path) for path in SEED_PATHS}
