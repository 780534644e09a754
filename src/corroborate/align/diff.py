"""Word-level similarity and difference between two renderings of one statement."""
from __future__ import annotations

from difflib import SequenceMatcher

from corroborate.align.words import STOPWORDS, Word


def _matcher(a: list[Word], b: list[Word]) -> SequenceMatcher:
    return SequenceMatcher(None, [w.norm for w in a], [w.norm for w in b], autojunk=False)


def overlap(a: list[Word], b: list[Word]) -> tuple[float, int]:
    """How much of the shorter rendering the longer one contains: (share in order, content words shared).

    The share counts matched runs in order (so "Russia will not go away" inside a longer quote
    counts, scattered common words do not): a partial quote inside a longer one scores 1.0. The
    second figure counts distinct content words of the shorter found anywhere in the longer.
    """
    if not a or not b:
        return 0.0, 0
    blocks = [blk for blk in _matcher(a, b).get_matching_blocks() if blk.size]
    # A lone matched function word is coincidence, not shared wording.
    matched = sum(blk.size for blk in blocks if blk.size >= 2 or a[blk.a].norm not in STOPWORDS)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    vocab = {w.norm for w in long_}
    shared_content = len({w.norm for w in short if w.norm not in STOPWORDS and w.norm in vocab})
    return matched / len(short), shared_content


def word_diff(a: list[Word], b: list[Word]) -> list[tuple[str, str, str]]:
    """Edit script from `a` to `b`: (tag, words of a, words of b), tag in equal/replace/delete/insert.

    Words one rendering has beyond the other (a partial quote's missing context) come out as
    leading or trailing `delete`/`insert` ops.
    """
    ops: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in _matcher(a, b).get_opcodes():
        ops.append((tag, " ".join(w.surface for w in a[i1:i2]), " ".join(w.surface for w in b[j1:j2])))
    return ops
