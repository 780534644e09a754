"""Shared fixtures: paths to the bundled examples and to ../shared (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (seeds and benchmark data) is only in CI and dev checkouts")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")
