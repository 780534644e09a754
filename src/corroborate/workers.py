"""Worker processes for per-article work: how they start, how they stop, and `map_forked`."""
from __future__ import annotations

import multiprocessing
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from itertools import accumulate
from multiprocessing.pool import AsyncResult, Pool
from typing import Any


def can_start_workers() -> bool:
    """Whether this process may start worker processes: not one that is itself a pool's worker (daemonic)."""
    return not multiprocessing.current_process().daemon


def start_method() -> str:
    """How worker processes start: "fork" on Linux while this process runs no other Python thread,
    else "spawn".

    A forked worker starts in a few ms with everything already imported or loaded (a spaCy
    pipeline too, shared copy-on-write); a spawned one is a fresh interpreter importing numpy and
    the engine (~0.25 s CPU each). Forking is safe here: with no other Python thread, no lock can
    be left held in the child (OpenBLAS stops its own threads by a `pthread_atfork` handler);
    multiprocessing flushes the standard streams before forking and the child leaves by
    `os._exit`, so nothing buffered is written twice. Results do not depend on the start method:
    the work sent out is a pure function of its input, and results come back in input order.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While spawned workers start, give them no `__main__` to re-run: they only unpickle classes
    of this package, and the usual `__main__` (the `corroborate` command) would import the whole
    CLI into each worker. Only in a single-threaded process: no other thread can see the swap."""
    if threading.active_count() > 1:
        yield
        return
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def start_workers(workers: int, method: str | None = None) -> Pool:
    """A pool of `workers` processes (`method`: a start method, default `start_method()`)."""
    method = method or start_method()
    with nullcontext() if method == "fork" else _main_module_hidden():
        return multiprocessing.get_context(method).Pool(workers)


def stop_workers(pool: Pool, pending: Iterable[AsyncResult], timeout: float = 30.0) -> None:
    """End `pool` once the tasks in flight are done, then let its workers exit on their own.

    `Pool.terminate` kills workers wherever they are; one killed while writing a result leaves the
    result queue's lock held, and terminate then waits for it forever (CPython issue 96995). So the
    pool is closed and joined, and terminated only when that takes over `timeout` seconds (a task
    lost with a worker that died, as on Ctrl-C, would keep `join` waiting).
    """
    deadline = time.monotonic() + timeout
    for result in pending:
        result.wait(max(0.0, deadline - time.monotonic()))
    pool.close()
    joiner = threading.Thread(target=pool.join, daemon=True)
    joiner.start()
    joiner.join(max(0.0, deadline - time.monotonic()))
    if joiner.is_alive():
        pool.terminate()
        joiner.join(5.0)


_TASK: Callable[[Any], Any] | None = None  # the function forked workers inherit from `map_forked`


def _run_task(part: Any) -> Any:
    assert _TASK is not None, "map_forked's task runs only in the workers it forked"
    return _TASK(part)


def map_forked(task: Callable[[Any], Any], parts: Sequence[Any], workers: int) -> list[Any]:
    """`task` over `parts` in `workers` forked processes; results in the order of `parts`.

    The workers inherit `task` (a bound method, a closure, a loaded model) by forking instead of
    unpickling it; only the parts and the results cross between processes. Callers check that
    `start_method()` is "fork" first.
    """
    global _TASK
    _TASK = task
    pool = start_workers(workers, "fork")
    pending: list[AsyncResult] = []
    try:
        pending = [pool.apply_async(_run_task, (part,)) for part in parts]
        return [result.get() for result in pending]
    finally:
        stop_workers(pool, pending)
        _TASK = None


def balanced_parts(sizes: Sequence[int], n: int) -> list[range]:
    """Split indices 0..len(sizes)-1 into at most `n` consecutive runs of about equal total size:
    each cut falls where the running total comes nearest to a multiple of total/n."""
    if not sizes:
        return []
    prefix = list(accumulate(sizes, initial=0))
    total = prefix[-1]
    cuts = sorted({min(range(1, len(sizes)), key=lambda c: abs(prefix[c] * n - k * total))
                   for k in range(1, n)} if total and len(sizes) > 1 else set())
    bounds = [0, *cuts, len(sizes)]
    return [range(a, b) for a, b in zip(bounds, bounds[1:])]
