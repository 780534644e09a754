"""Align stage: group quotes of one statement by one speaker across outlets and diff their wording."""
from __future__ import annotations

import copy
import hashlib
import itertools
import re

from corroborate.align.diff import overlap, word_diff
from corroborate.align.words import Word, sentences, words
from corroborate.model import Batch, Quote, Utterance, WordDiff
from corroborate.pipeline import Stage, register

_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady prof professor president vice prime minister secretary general
    gov governor sen senator rep representative mayor chief judge justice gen general col colonel capt
    captain sgt officer rev father pope king queen prince princess chancellor ceo chairman chairwoman
    councillor councilor councilman councilwoman alderman commissioner spokesman spokeswoman spokesperson""".split()
)


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def name_tokens(name: str | None) -> frozenset[str]:
    """A speaker name as a set of lowercased tokens, titles, initials and suffixes dropped: one outlet's
    "Joseph R. Biden Jr." is another's "Joseph Biden"."""
    if not name:
        return frozenset()
    toks = re.findall(r"[^\W_]+", name.lower())
    kept = [t for t in toks if t not in _TITLES and t not in _SUFFIXES and len(t) > 1]
    return frozenset(kept)


def same_speaker(a: str | None, b: str | None) -> bool:
    """True when one name's tokens are a subset of the other's ("Rutte" and "Mark Rutte")."""
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _candidate_pairs(quotes: list[Quote], story: dict[str, str | None]) -> list[tuple[Quote, Quote]]:
    """Pairs of quotes from different articles of one story whose speakers share a name token.

    Blocking on story and name keeps the work near-linear in the number of quotes on a big batch.
    """
    order = {q.id: i for i, q in enumerate(quotes)}
    buckets: dict[tuple[str | None, str], list[Quote]] = {}
    for q in quotes:
        for tok in name_tokens(q.speaker):
            buckets.setdefault((story[q.article_id], tok), []).append(q)
    pairs = {
        (qa.id, qb.id): (qa, qb)
        for bucket in buckets.values()
        for qa, qb in itertools.combinations(bucket, 2)
        if qa.article_id != qb.article_id
    }
    return [pairs[k] for k in sorted(pairs, key=lambda k: (order[k[0]], order[k[1]]))]


@register("align")
class Aligner(Stage):
    """Links two quotes when they share a speaker and most of the shorter one's wording, in order.

    Wording is compared between the whole quotes and between their sentences, so a quote that joins
    two sentences another outlet quoted apart links to both.

    Linked quotes form an utterance (connected components); every quote belongs to exactly one
    utterance, so a statement only one outlet carried is an utterance with a single quote.
    """

    requires = ("article.quotes",)
    assigns = ("batch.utterances",)

    def __init__(self, min_overlap: float = 0.5, min_shared_content: int = 2):
        self.min_overlap = min_overlap
        self.min_shared_content = min_shared_content

    def __call__(self, batch: Batch) -> Batch:
        out = copy.deepcopy(batch)
        story = {a.id: a.story_id for a in out.articles}
        quotes = [q for a in out.articles for q in a.quotes]
        toks = {q.id: words(q.text) for q in quotes}
        sents = {q.id: sentences(q.text) for q in quotes}
        parent = {q.id: q.id for q in quotes}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        edges: list[tuple[Quote, Quote, float]] = []
        for qa, qb in _candidate_pairs(quotes, story):
            if not same_speaker(qa.speaker, qb.speaker):
                continue
            share = self._similarity(toks[qa.id], toks[qb.id], sents[qa.id], sents[qb.id])
            if share is not None:
                edges.append((qa, qb, share))
                parent[find(qb.id)] = find(qa.id)

        groups: dict[str, list[Quote]] = {}
        for q in quotes:
            groups.setdefault(find(q.id), []).append(q)
        diffs: dict[str, list[WordDiff]] = {}
        for qa, qb, share in edges:
            ops = word_diff(toks[qa.id], toks[qb.id])
            diffs.setdefault(find(qa.id), []).append(WordDiff(qa.id, qb.id, ops, round(share, 3)))

        out.utterances = []
        for root, members in groups.items():
            speaker = max((q.speaker or "" for q in members), key=lambda s: (len(name_tokens(s)), -len(s)))
            ids = [q.id for q in members]
            uid = "u_" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:12]
            out.utterances.append(Utterance(uid, speaker or "unknown", ids, diffs.get(root, [])))
        return out

    def _similarity(self, a: list[Word], b: list[Word], sa: list[list[Word]], sb: list[list[Word]]) -> float | None:
        """The overlap of two quotes if they render one statement (whole or a sentence), else None."""
        best = None
        pairs = [(a, b)] + [(x, y) for x in sa for y in sb if (len(sa) > 1 or len(sb) > 1)]
        for x, y in pairs:
            share, shared = overlap(x, y)
            if share >= self.min_overlap and shared >= self.min_shared_content:
                best = max(best or 0.0, share)
        return best
