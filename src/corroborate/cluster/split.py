"""Second look at a growing story: does it hold two events that one early article bridged?

A single pass decides each article once. When the first article of a second, similar event (two
fires at two branches of one supermarket chain) lands in the first event's story, every later
article of the second event follows it there. Looking at the members together shows it: their
similarity graph falls into two groups that are much closer within than across. `bipartition`
finds the best two-way cut (the Fiedler vector of the normalised graph Laplacian, a spectral cut)
and measures how separate the groups are; the engine splits the story when they are.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import chain
from typing import ContextManager, Protocol, TypeVar

import numpy as np
from threadpoolctl import ThreadpoolController, threadpool_limits

SparseRow = tuple[Sequence[str], Sequence[float]]  # terms and their weights
T = TypeVar("T")


@dataclass(frozen=True)
class Cut:
    """A two-way cut of a story's members: `side[i]` is True for members joining `first`'s group."""

    side: tuple[bool, ...]
    across: float  # mean similarity between the groups
    within: float  # mean similarity inside the looser of the two groups

    @property
    def ratio(self) -> float:
        return self.across / self.within if self.within > 0 else 1.0

    def groups(self, items: Sequence[T]) -> tuple[list[T], list[T]]:
        """`items` (one per member, in order) in the first member's group, and in the other."""
        return [x for x, s in zip(items, self.side) if s], [x for x, s in zip(items, self.side) if not s]


def similarity_matrix(rows: Sequence[SparseRow]) -> np.ndarray:
    """Cosines between sparse vectors given as (terms, weights) rows, as a dense n x n matrix."""
    lens = [len(terms) for terms, _ in rows]
    # Terms are told apart by their hashes (64-bit: a collision is vanishingly unlikely and would
    # only merge two columns); numpy then maps them to columns without a Python-level loop.
    # Columns follow first appearance, not hash order: string hashes differ from process to
    # process, and a different column order would change the sums' rounding, so the output.
    keys = np.fromiter(chain.from_iterable(map(hash, terms) for terms, _ in rows), np.int64, sum(lens))
    uniq, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), dtype=np.intp)
    rank[np.argsort(first)] = np.arange(len(uniq))
    cols = rank[inverse]
    mat = np.zeros((len(rows), len(uniq)), dtype=np.float64)
    if len(keys):
        owner = np.repeat(np.arange(len(rows)), lens)
        mat[owner, cols] = np.concatenate([np.asarray(w, dtype=np.float64) for _, w in rows])
    norms = np.linalg.norm(mat, axis=1)
    norms[norms == 0] = 1.0
    mat /= norms[:, None]
    return mat @ mat.T


_BLAS: ThreadpoolController | None = None


def _one_blas_thread() -> ContextManager:
    """BLAS's own threads make the tiny eigenproblems here many times slower on a busy machine
    (measured: 2.2 ms against 0.12 ms for 40 x 40 on two loaded cores), so the cut runs on one."""
    global _BLAS
    if _BLAS is None:
        _BLAS = ThreadpoolController()
    if all(lib.num_threads == 1 for lib in _BLAS.select(user_api="blas").lib_controllers):
        return nullcontext()  # already so (see `limit_blas_threads`): skip the switching cost
    return _BLAS.limit(limits=1, user_api="blas")


def limit_blas_threads() -> None:
    """One BLAS thread for the rest of this process: for commands that own their process and
    stream articles. Idle BLAS threads also spin on cores that worker processes need."""
    threadpool_limits(1, user_api="blas")


def bipartition(vectors: Sequence[SparseRow], min_side: int = 2) -> Cut | None:
    """The spectral two-way cut of `vectors`, or None when either side would be under `min_side`.

    The group holding `vectors[0]` (the story's founding article) is marked True.
    """
    if len(vectors) < 2 * min_side:
        return None
    with _one_blas_thread():
        return _cut(similarity_matrix(vectors), min_side)


def _cut(sims: np.ndarray, min_side: int) -> Cut | None:
    n = len(sims)
    weights = np.clip(sims, 0.0, None)
    np.fill_diagonal(weights, 0.0)
    degree = weights.sum(axis=1) + 1e-9
    inv_sqrt = 1.0 / np.sqrt(degree)
    laplacian = np.eye(n) - weights * inv_sqrt[:, None] * inv_sqrt[None, :]
    _, vecs = np.linalg.eigh(laplacian)
    fiedler = vecs[:, 1] * inv_sqrt
    side = fiedler > 0
    if not side[0]:
        side = ~side
    a, b = np.flatnonzero(side), np.flatnonzero(~side)
    if len(a) < min_side or len(b) < min_side:
        return None
    across = float(sims[np.ix_(a, b)].mean())
    # A lone member has no cohesion of its own: the other group's stands for the cut.
    within = min(_mean_off_diagonal(sims[np.ix_(g, g)]) for g in (a, b) if len(g) > 1) if n > 2 else 1.0
    return Cut(tuple(bool(s) for s in side), across, within)


def _mean_off_diagonal(block: np.ndarray) -> float:
    n = len(block)
    return float((block.sum() - np.trace(block)) / (n * (n - 1)))


class Dated(Protocol):
    """A story member as `same_moment` sees it: its day (None when unknown) and the people it names."""

    @property
    def day(self) -> int | None: ...

    @property
    def persons(self) -> tuple[str, ...]: ...


def same_moment(a: Sequence[Dated], b: Sequence[Dated], max_gap: int) -> bool:
    """Whether two groups' known dates lie within `max_gap` days of each other and a person is named
    by at least half of the members of each: likelier one event told two ways (a star's check-in at
    one clinic and her move to another the next day) than two events."""
    days_a = [m.day for m in a if m.day is not None]
    days_b = [m.day for m in b if m.day is not None]
    if not days_a or not days_b or max(min(days_a) - max(days_b), min(days_b) - max(days_a)) > max_gap:
        return False
    return bool(_lead_persons(a) & _lead_persons(b))


def _lead_persons(members: Sequence[Dated]) -> set[str]:
    counts = Counter(chain.from_iterable(m.persons for m in members))
    return {name for name, n in counts.items() if 2 * n >= len(members)}
