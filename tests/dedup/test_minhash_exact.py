"""The fast MinHash paths give exactly what the plain formulas give (signatures must not drift:
stored indexes and copy decisions depend on them)."""
from __future__ import annotations

import numpy as np

import re
import zlib

from corroborate.dedup.minhash import MinHasher, shingle_hashes


def _plain_shingles(text: str, k: int = 4) -> np.ndarray:
    words = re.findall(r"\w+", text.lower())
    toks = np.array([zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words], dtype=np.uint64)
    if toks.size == 0:
        return toks
    k = min(k, int(toks.size))
    acc = np.zeros(toks.size - k + 1, dtype=np.uint64)
    for i in range(k):
        acc = acc * np.uint64(0x9E3779B97F4A7C15) + toks[i : toks.size - k + 1 + i]
    return (acc ^ (acc >> np.uint64(29))) & np.uint64(0xFFFFFFFF)


def _plain_signature(h: MinHasher, shingles: np.ndarray) -> np.ndarray:
    vals = (shingles[:, None] * h._a[None, :] + h._b[None, :]) >> np.uint64(32)
    return vals.min(axis=0).astype(np.uint32)


def test_shingles_match_the_plain_rolling_hash() -> None:
    rng = np.random.default_rng(1)
    # ASCII words with and without other non-ASCII characters around them, and non-ASCII words
    # (İ lower-cases to i and a combining dot, which is no word character), in both paths.
    vocab = ["fire", "Crews", "HARBOUR", "road", "9", "o'neil", "well-known", "x", "“quoted”", "’s", "—", "\u00a0",
             "İstanbul", "ünïcode", "ＦＵＬＬ", "٣", "Ⓐb", "\ud800", "snake_case"]
    for pick in (slice(0, 12), slice(0, None)):
        for n in [0, 1, 2, 3, 4, 5, 17, 300]:
            text = " ".join(rng.choice(vocab[pick], n)) + (" , ." if n % 2 else "")
            for k in (1, 2, 4, 5):
                assert np.array_equal(shingle_hashes(text, k), _plain_shingles(text, k))


def test_signature_matches_the_plain_formula_across_blocks() -> None:
    rng = np.random.default_rng(2)
    h = MinHasher(128)
    for n in [1, 7, 300, 2048, 2049, 5000]:  # one block, exactly one block, several blocks
        shingles = rng.integers(0, 2**32, n, dtype=np.uint64)
        sig = h.signature(shingles)
        assert sig is not None and sig.dtype == np.uint32
        assert np.array_equal(sig, _plain_signature(h, shingles))
    assert h.signature(np.zeros(0, dtype=np.uint64)) is None
