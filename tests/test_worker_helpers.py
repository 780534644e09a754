"""The shared worker helpers: balanced consecutive parts, and `map_forked` keeping order."""
from __future__ import annotations

import multiprocessing
import os

import pytest

from corroborate.workers import balanced_parts, map_forked


@pytest.mark.parametrize("sizes, n, expected", [
    ([1, 1, 1, 1], 2, [range(0, 2), range(2, 4)]),
    ([10, 1, 1, 1, 1, 1], 2, [range(0, 1), range(1, 6)]),
    ([1, 1, 1, 10], 2, [range(0, 3), range(3, 4)]),
    ([3, 3, 3], 5, [range(0, 1), range(1, 2), range(2, 3)]),
    ([5], 3, [range(0, 1)]),
    ([], 2, []),
    ([0, 0, 0], 2, [range(0, 3)]),
    ([2, 2, 2, 2, 2, 2], 3, [range(0, 2), range(2, 4), range(4, 6)]),
])
def test_balanced_parts(sizes, n, expected):
    parts = balanced_parts(sizes, n)
    assert parts == expected
    assert [i for part in parts for i in part] == list(range(len(sizes)))  # every index once, in order


def test_map_forked_runs_an_unpicklable_task_elsewhere_in_order():
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    offset = 100
    task = lambda part: [(x + offset, os.getpid()) for x in part]  # noqa: E731 (a lambda cannot be pickled)
    parts = [[1, 2], [3], [], [4, 5, 6]]
    results = map_forked(task, parts, 2)
    assert [[x for x, _ in r] for r in results] == [[101, 102], [103], [], [104, 105, 106]]
    assert os.getpid() not in {pid for r in results for _, pid in r}
