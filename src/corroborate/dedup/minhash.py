"""MinHash near-duplicate index over a sliding window of recent articles.

Shingles are word 4-grams of the lower-cased text, hashed without Python's per-process `hash`
so signatures are the same in every run. An LSH table (32 bands of 4 rows) finds candidates;
a candidate is confirmed when the estimated Jaccard similarity of the two signatures reaches
`threshold`. A copy points at the earlier article it is most similar to (not at the start of a
chain: A~B and B~C does not make C a copy of A); `root` keeps each group's first article.
"""
from __future__ import annotations

import re
import zlib
from collections import deque
from dataclasses import dataclass, field
from operator import methodcaller

import numpy as np

_WORD = re.compile(r"\w+")
_MASK32 = np.uint64(0xFFFFFFFF)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT29 = np.uint64(29)
_SHIFT32 = np.uint64(32)
_CHUNK = 2048  # shingles per block: keeps the temporary matrix small for a 200 KB page


_WORD_BYTES = re.compile(rb"\w+")  # ASCII word characters only
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_UTF8 = methodcaller("encode", "utf-8", "surrogatepass")


def _token_hashes(text: str) -> np.ndarray:
    """crc32 of the UTF-8 bytes of each `\\w+` word of the lower-cased text, in order."""
    low = text.lower()
    if low.isascii() or not _NON_ASCII_WORD.search(low):
        # Every word character is ASCII, so the words of the UTF-8 bytes are the same words,
        # already encoded (bytes of other characters are not word characters in a bytes regex).
        toks = _WORD_BYTES.findall(low.encode("utf-8", "surrogatepass"))
        return np.fromiter(map(zlib.crc32, toks), dtype=np.uint64, count=len(toks))
    words = _WORD.findall(low)
    return np.fromiter(map(zlib.crc32, map(_UTF8, words)), dtype=np.uint64, count=len(words))


def shingle_hashes(text: str, k: int = 4) -> np.ndarray:
    """32-bit hashes of the word k-grams of `text` (one shingle when it is shorter).

    Repeats are kept: they do not change a MinHash signature, and removing them costs more
    than hashing them (use `set(...)` for exact Jaccard).
    """
    toks = _token_hashes(text)
    if toks.size == 0:
        return toks
    if toks.size < k:
        k = int(toks.size)
    m = toks.size - k + 1
    # Polynomial rolling combination, wrapping in uint64 (array arithmetic wraps silently), in place.
    acc = toks[:m].copy()
    for i in range(1, k):
        acc *= _MIX
        acc += toks[i : m + i]
    acc ^= acc >> _SHIFT29
    acc &= _MASK32
    return acc


@dataclass
class MinHasher:
    """A fixed family of `num_perm` hash permutations, seeded for reproducibility."""

    num_perm: int = 128
    seed: int = 1
    _a: np.ndarray = field(init=False, repr=False)
    _b: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        # Multiply-shift hashing: odd 64-bit multipliers, wrap-around arithmetic, keep high bits.
        self._a = rng.integers(0, 1 << 63, self.num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 1 << 63, self.num_perm, dtype=np.uint64)

    def signature(self, shingles: np.ndarray) -> np.ndarray | None:
        """MinHash signature (uint32 per permutation), or None for an empty shingle set."""
        if shingles.size == 0:
            return None
        a, b = self._a, self._b
        block = np.empty((min(shingles.size, _CHUNK), a.size), dtype=np.uint64)
        out = None
        for i in range(0, shingles.size, _CHUNK):
            part = shingles[i : i + _CHUNK, None]
            vals = block[: part.shape[0]]
            np.multiply(part, a, out=vals)  # multiply-shift hashing, wrapping in uint64
            vals += b
            low = vals.min(axis=0)
            out = low if out is None else np.minimum(out, low, out=out)
        # Keeping the high 32 bits is monotonic, so it commutes with the minimum: shift 128 values, not all.
        return (out >> _SHIFT32).astype(np.uint32)


@dataclass
class DedupState:
    """Everything the index holds; plain data so a store can save and restore it (e.g. pickle)."""

    signatures: dict[str, np.ndarray] = field(default_factory=dict)
    root: dict[str, str] = field(default_factory=dict)  # article id -> id of its group's original
    buckets: dict[tuple[int, bytes], str] = field(default_factory=dict)
    order: deque[str] = field(default_factory=deque)


class NearDuplicateIndex:
    """Streaming near-duplicate detection: `add(id, text)` returns the original's id or None.

    Memory is bounded by `window`: only the most recent `window` articles can be matched.
    """

    def __init__(
        self,
        threshold: float = 0.5,
        num_perm: int = 128,
        bands: int = 32,
        shingle: int = 4,
        window: int = 20000,
        min_shingles: int = 8,
        state: DedupState | None = None,
    ) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.threshold = threshold
        self.bands = bands
        self.rows = num_perm // bands
        self.shingle = shingle
        self.window = window
        self.min_shingles = min_shingles
        self.hasher = MinHasher(num_perm)
        self.state = state or DedupState()

    def similarity(self, a: str, b: str) -> float | None:
        """Estimated Jaccard similarity of two indexed articles."""
        sa, sb = self.state.signatures.get(a), self.state.signatures.get(b)
        if sa is None or sb is None:
            return None
        return float(np.mean(sa == sb))

    def signature_of(self, text: str) -> np.ndarray | None:
        """The MinHash signature `add` indexes `text` by, or None when the text is too short to tell
        a copy from a coincidence (computed from the text alone, so any process can compute it)."""
        shingles = shingle_hashes(text, self.shingle)
        if shingles.size < self.min_shingles:
            return None
        return self.hasher.signature(shingles)

    def add(self, article_id: str, text: str) -> str | None:
        """Index one article; return the id of the earlier article it copies, or None."""
        return self.add_signature(article_id, self.signature_of(text))

    def add_signature(self, article_id: str, sig: np.ndarray | None) -> str | None:
        """`add` for an article whose `signature_of` is already computed."""
        if sig is None:
            return None
        st = self.state
        keys = self._band_keys(sig)
        best, best_sim = None, self.threshold
        seen: set[str] = set()
        for key in keys:
            cand = st.buckets.get(key)
            if cand is None or cand in seen:
                continue
            seen.add(cand)
            other = st.signatures.get(cand)
            if other is None:
                continue
            sim = float(np.count_nonzero(other == sig)) / sig.size
            if sim >= best_sim:
                best, best_sim = cand, sim
        original = best
        st.signatures[article_id] = sig
        st.root[article_id] = st.root.get(best, best) if best is not None else article_id
        for key in keys:
            st.buckets.setdefault(key, article_id)
        st.order.append(article_id)
        while len(st.order) > self.window:
            self._evict(st.order.popleft())
        return original

    def _evict(self, article_id: str) -> None:
        st = self.state
        sig = st.signatures.pop(article_id, None)
        st.root.pop(article_id, None)
        if sig is None:
            return
        for key in self._band_keys(sig):
            if st.buckets.get(key) == article_id:
                del st.buckets[key]

    def _band_keys(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        """LSH bucket keys: (band, the band's rows as bytes)."""
        raw, width = sig.tobytes(), sig.itemsize * self.rows  # slicing bytes: a third of slicing arrays
        return [(b, raw[b * width : (b + 1) * width]) for b in range(self.bands)]

    def __len__(self) -> int:
        return len(self.state.signatures)
