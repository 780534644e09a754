"""The same stream gives the same stories in every process, whatever Python's string-hash seed."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import shared_path

_SCRIPT = """
import hashlib, json, sys
from pathlib import Path
from corroborate.bench.streams import sentence_pools, synthetic_stream
from corroborate.cluster.engine import ClusterParams
from corroborate.cluster.stream import StoryStream
data = Path(sys.argv[1])
pools = sentence_pools([data / "ecbplus_dev.jsonl", data / "gvc_dev.jsonl"])
stream = StoryStream(ClusterParams())
out = {}
for art in synthetic_stream(pools, 3000, seed=7):
    out[art["id"]] = stream.add(art["id"], art["text"], art["title"], art["published"])
    out.update({a: (s, out.get(a, (None, None))[1]) for a, s in stream.moves})
print(len(set(s for s, _ in out.values())), hashlib.sha256(json.dumps(out, sort_keys=True).encode()).hexdigest())
"""


def _run(seed: str, data: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _SCRIPT, data], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_assignments_do_not_depend_on_the_hash_seed() -> None:
    data = str(shared_path("data", "events"))
    first, second = _run("1", data), _run("2", data)
    stories = int(first.split()[0])
    assert 50 < stories < 3000  # a stream with real grouping, splits and merges
    assert first == second
