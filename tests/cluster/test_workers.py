"""Worker processes for the per-article work: same results as in-process, cheap to start, clean exit."""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from corroborate.cluster.stream import Preparer, prepare_all
from corroborate.workers import start_method

SRC = Path(__file__).resolve().parents[2] / "src"
TEXTS = [
    "Firefighters battled a blaze at a disused paper mill on Canal Street in Eastbrook overnight. "
    "Chief officer Dana Whitlock said nobody was hurt and the cause was not yet known.",
    "Advertisement\nA chess club in Riverton elected Moira Blane as its new president on 3 May 2019. "
    "Blane, 54, beat two rivals; Riverton's club has 120 members.",
    "Too short.",
    "",
    "Café owners in Zürich said 12 windows were smashed on Bahnhofstrasse; police in Zürich are looking for two men.",
]
ITEMS = [(f"a{i}", TEXTS[i % len(TEXTS)] + f" Update {i}.", "T" if i % 3 else None, "2020-01-02" if i % 2 else None)
         for i in range(60)] + [("empty", "", None, None)]


def _same(here: list, there: list) -> None:
    assert [p.id for p in there] == [p.id for p in here] == [i[0] for i in ITEMS]
    for x, y in zip(here, there):
        assert x.evidence == y.evidence
        assert list(x.evidence.terms.items()) == list(y.evidence.terms.items())  # same order too
        assert (x.signature is None) == (y.signature is None)
        if x.signature is not None:
            assert x.signature.dtype == y.signature.dtype and (x.signature == y.signature).all()


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_give_what_this_process_gives(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    here = list(prepare_all(Preparer(clean=True), ITEMS, workers=0))
    there = list(prepare_all(Preparer(clean=True), ITEMS, workers=2, chunk=5, method=method))
    _same(here, there)


def test_fork_only_while_single_threaded() -> None:
    alone = threading.active_count() == 1  # (another test's thread may linger)
    assert start_method() == ("fork" if sys.platform.startswith("linux") and alone else "spawn")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        other.join()


def test_stopping_early_ends_the_workers() -> None:
    results = prepare_all(Preparer(), ITEMS, workers=2, chunk=4)
    assert next(results).id == "a0"
    results.close()
    assert multiprocessing.active_children() == []


class SlowPreparer(Preparer):
    """A preparer that takes a while per article: the workers are busy when the caller stops."""

    def __call__(self, item):  # type: ignore[no-untyped-def]
        time.sleep(0.02)
        return super().__call__(item)


def test_stopping_early_while_workers_are_busy_ends_them_cleanly() -> None:
    for _ in range(5):
        results = prepare_all(SlowPreparer(), ITEMS, workers=2, chunk=16)
        assert next(results).id == "a0"
        started = time.monotonic()
        results.close()  # tasks are still running in both workers
        assert time.monotonic() - started < 20
        assert multiprocessing.active_children() == []
        assert threading.active_count() == 1  # no helper thread left behind


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    bad = ITEMS[:3] + [("bad", None, None, None)]
    with pytest.raises(Exception) as here:
        list(prepare_all(Preparer(), bad, workers=0))
    with pytest.raises(Exception) as there:
        list(prepare_all(Preparer(), bad, workers=1, chunk=2))
    assert type(there.value) is type(here.value)


_PROBE = "sorted(m for m in __import__('sys').modules if m.startswith(('corroborate.cli', 'click')))"

_SCRIPT = """
import json, multiprocessing, sys
import corroborate.cli  # as the `corroborate` command's own script does
from corroborate.workers import start_workers

if __name__ == "__main__":
    with start_workers(1, "spawn") as pool:
        ours = pool.apply(eval, (sys.argv[1],))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        plain = pool.apply(eval, (sys.argv[1],))
    print(json.dumps([ours, plain]))
"""


def test_spawned_workers_do_not_import_the_command_line(tmp_path: Path) -> None:
    script = tmp_path / "entry.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run([sys.executable, str(script), _PROBE], env=env, capture_output=True, text=True,
                          check=True, timeout=120)
    ours, plain = json.loads(done.stdout)
    assert ours == []
    assert "corroborate.cli" in plain and "click" in plain  # what a plain spawned worker imports


def test_cluster_command_writes_the_same_bytes_with_workers(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i[0], "text": i[1], "title": i[2], "published": i[3]}) + "\n"
                           for i in ITEMS) + "{not json\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    runs = [subprocess.run([sys.executable, "-c", "from corroborate.cli import main; main()", "cluster", str(src),
                            "--workers", str(w)], env=env, capture_output=True, check=True, timeout=120)
            for w in (0, 2)]
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count(b"\n") == len(ITEMS)
    assert runs[0].stderr == runs[1].stderr != b""


def test_signatures_from_workers_are_indexed_under_the_plain_band_keys() -> None:
    from corroborate.dedup.minhash import NearDuplicateIndex

    index = NearDuplicateIndex(window=1000)
    for p in prepare_all(Preparer(), ITEMS, workers=2, chunk=8):
        index.add_signature(p.id, p.signature)
        if p.signature is not None:
            rows = index.rows
            plain = [(b, p.signature[b * rows:(b + 1) * rows].tobytes()) for b in range(index.bands)]
            assert index._band_keys(p.signature) == plain
    assert index.state.buckets and all(len(k[1]) == 4 * index.rows for k in index.state.buckets)
