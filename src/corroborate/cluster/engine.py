"""The streaming story clusterer: one pass, articles in arrival order, stable story ids.

Each article becomes an L2-normalised TF-IDF vector over boosted terms (see `features`). It joins
the active story whose centroid it is most similar to, when that similarity (less a penalty when
the two are known to be far apart in time) reaches `threshold`; otherwise it starts a new story
whose id derives from its own id and never changes. IDF is streaming: document frequencies of a
small shipped background corpus plus those of every article seen so far.

A single pass decides each article once, so young stories get a second look (at sizes 1, 2, 3,
4, 6, 8, 12, ... up to `split_max_size`): a story whose members fall into two groups much less
alike across than within (`split_ratio`, see `split`), and not much alike at all
(`split_max_across`), is split, the founder's group keeping the
id; a story whose centroid is close to another young story's (`merge_threshold`) is merged into
the older one unless their members fall into two such groups. Groups dated within `date_gap_days` of
each other that share a person need a clearer cut to count as two events (`split.same_moment`).
Articles that change story are listed in `moves` after each `add`.

Cost per article is bounded: candidates come from an inverted index over the top terms of active
stories only, centroids are pruned to `centroid_terms` terms, and a story with no new article
within `window_articles` arrivals (or `window_days` of published time) goes dormant and leaves
the index, so memory is bounded by the active window however long the stream runs.
"""
from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from itertools import chain
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import NamedTuple

from corroborate.cluster.background import BackgroundDF, load_background
from corroborate.cluster.features import Evidence, extract
from corroborate.cluster.split import Cut, bipartition, same_moment


class Member(NamedTuple):
    """A young story's member, kept compact (terms and float32 weights, not a dict): thousands
    of young stories may be active at once."""

    id: str
    day: int | None
    terms: tuple[str, ...]
    weights: array
    title: str
    persons: tuple[str, ...] = ()


@dataclass
class StoryState:
    id: str
    title: str
    centroid: dict[str, float]
    size: int
    first_day: int | None
    last_day: int | None
    last_seen: int  # arrival index of its latest article
    indexed: tuple[str, ...] = ()
    norm: float = 1.0
    # kept while the story is young enough for a second look (see `split_max_size`)
    members: list[Member] = field(default_factory=list)
    born: int = 0  # arrival index when the story started


@dataclass
class ClusterState:
    """All mutable engine state: plain data that a store can pickle and restore."""

    arrivals: int = 0
    df: Counter[str] = field(default_factory=Counter)
    active: dict[str, StoryState] = field(default_factory=dict)
    postings: dict[str, set[str]] = field(default_factory=dict)
    clock_day: int | None = None  # latest published day seen
    dormant: int = 0  # stories evicted so far
    idf: dict[str, float] = field(default_factory=dict)  # IDF cache, rebuilt as the stream grows
    idf_at: int = 0  # arrivals when the cache was last emptied


@dataclass(frozen=True)
class ClusterParams:
    threshold: float = 0.25
    name_boost: float = 3.0
    number_boost: float = 4.0
    title_weight: float = 2.0
    date_gap_days: int = 10  # articles dated further apart than this are penalised
    date_penalty: float = 0.15
    date_bonus: float = 0.1  # when both dates are known and close: time confirms the match
    query_terms: int = 16  # top article terms used to look up candidate stories
    index_terms: int = 40  # top centroid terms a story is findable by
    centroid_terms: int = 300
    max_candidates: int = 10
    min_hits: int = 3
    max_posting: int = 40
    window_articles: int = 50000
    window_days: int | None = None
    split_ratio: float | None = 0.8  # split a story whose two halves are this much less alike; None: never
    split_min_side: int = 2
    split_max_across: float = 0.35  # ... and whose halves' mean similarity across is under this
    merge_threshold: float | None = 0.25  # merge two young stories this alike that would not split
    split_max_size: int = 32  # stories larger than this are settled: no more split or merge checks
    member_terms: int = 40  # terms kept per member vector for the split check


class StreamClusterer:
    """`add(article_id, text, title, published) -> story_id`, one article at a time."""

    def __init__(self, params: ClusterParams | None = None, state: ClusterState | None = None,
                 background: BackgroundDF | None = None) -> None:
        self.params = params or ClusterParams()
        self.state = state or ClusterState()
        self.background = background if background is not None else load_background()
        self.moves: list[tuple[str, str]] = []  # (article, new story) re-assigned by the last add()

    # -- weights -------------------------------------------------------------------------
    def vectorize(self, ev: Evidence) -> dict[str, float]:
        """Unit-length TF-IDF vector; IDF from background plus stream document frequencies.

        IDF values are cached and the cache is emptied each time the stream has grown by 5%:
        exact early on, and on a long stream a term's IDF is at most 5% of arrivals stale.
        """
        st, bg = self.state, self.background
        if st.arrivals > st.idf_at * 1.05:
            st.idf, st.idf_at = {}, st.arrivals
        cache, sdf, bg_df, scale = st.idf, st.df, bg.df, bg.scale
        terms = ev.terms
        missing = [t for t in terms if t not in cache]
        if missing:
            log_n = math.log(1.0 + bg.docs * scale + st.arrivals)
            for t in missing:
                df = bg_df.get(t[1:] if t[0] in "@#" else t, 0) * scale + sdf.get(t, 0)
                cache[t] = log_n - math.log(1.0 + df) + 1.0
        values = [w * cache[t] for t, w in terms.items()]
        norm = math.sqrt(sum([v * v for v in values])) or 1.0
        return dict(zip(terms, [v / norm for v in values]))

    # -- scoring -------------------------------------------------------------------------
    def _score(self, vec: dict[str, float], day: int | None, story: StoryState) -> float:
        cen = story.centroid
        sim = sum([w * cen[t] for t, w in vec.items() if t in cen]) / story.norm  # in a fixed order
        p = self.params
        if day is not None and story.first_day is not None:
            gap = max(story.first_day - day, day - story.last_day, 0)
            if gap > p.date_gap_days:
                sim -= p.date_penalty * (1.0 + math.log(gap / p.date_gap_days))
            else:
                sim += p.date_bonus
        return sim

    def _candidates(self, top: list[tuple[str, float]]) -> list[str]:
        """Active stories findable by the query terms `top` (heaviest first)."""
        p, post = self.params, self.state.postings
        # A term that many active stories share says little about which one this is, and
        # walking its list would make cost grow with the window: skip it.
        most = p.max_posting
        postings = [s for s in map(post.get, [t for t, _ in top[: p.query_terms]]) if s is not None and len(s) <= most]
        hits = Counter(chain.from_iterable(postings))
        # A story sharing few top terms cannot reach a useful similarity: skip the dot product.
        # Ties broken by story id, not by the order of the posting sets (which follows string
        # hashes and so changes from process to process): the same input gives the same stories.
        least = p.min_hits
        ranked = sorted([h for h in hits.items() if h[1] >= least], key=_MOST_HITS)
        return [sid for sid, _ in ranked[: p.max_candidates]]

    # -- stream --------------------------------------------------------------------------
    def add(self, article_id: str, text: str, title: str | None = None,
            published: str | None = None) -> str:
        """Assign one article to a story (existing or new) and return the story id."""
        return self.add_evidence(article_id, article_evidence(self.params, text, title, published))

    def add_evidence(self, article_id: str, ev: Evidence) -> str:
        """`add` for an article whose `evidence` is already computed."""
        p, st = self.params, self.state
        self.moves = []
        st.arrivals += 1
        st.df.update(ev.terms.keys())
        vec = self.vectorize(ev)
        heaviest = _top(vec.items(), max(p.query_terms, p.member_terms))
        if ev.day is not None and (st.clock_day is None or ev.day > st.clock_day):
            st.clock_day = ev.day
        best, best_sim = None, p.threshold
        for sid in self._candidates(heaviest):
            sim = self._score(vec, ev.day, st.active[sid])
            if sim >= best_sim:
                best, best_sim = sid, sim
        if best is None:
            sid = "s_" + article_id
            if sid in st.active:  # the same article id arriving twice must not reset a story
                sid = f"{sid}~{st.arrivals}"
            story = StoryState(sid, ev.title, {}, 0, ev.day, ev.day, st.arrivals, born=st.arrivals)
            st.active[sid] = story
        else:
            story = st.active[best]
        self._absorb(story, vec, ev.day)
        self._remember(story, article_id, heaviest, ev)
        self._evict()
        if not self.moves:
            return story.id
        final = dict(self.moves).get(article_id, story.id)  # a second look may have moved it too
        self.moves = [m for m in self.moves if m[0] != article_id]
        return final

    def _absorb(self, story: StoryState, vec: dict[str, float], day: int | None) -> None:
        p, st = self.params, self.state
        self._add_to_centroid(story, vec.items())
        story.size += 1
        story.last_seen = st.arrivals
        _widen_days(story, (day,))
        # Re-pick the terms a story is findable by at sizes 1, 2, 4, 8, then every 8th article:
        # a large centroid's top terms barely move, and the pick is a sizeable share of the cost.
        if story.size & (story.size - 1) and story.size % 8:
            return
        self._reindex(story)

    def _add_to_centroid(self, story: StoryState, terms: Iterable[tuple[str, float]]) -> None:
        """Add term weights to the centroid, prune it when it has grown to twice its size, renormalise."""
        cen = story.centroid
        for t, w in terms:
            cen[t] = cen.get(t, 0.0) + w
        if len(cen) > 2 * self.params.centroid_terms:
            story.centroid = cen = dict(_top(cen.items(), self.params.centroid_terms))
        story.norm = math.sqrt(sum([v * v for v in cen.values()])) or 1.0

    def _reindex(self, story: StoryState) -> None:
        p, st = self.params, self.state
        cen = story.centroid
        new_index = tuple(t for t, _ in _top(cen.items(), p.index_terms))
        for t in set(story.indexed) - set(new_index):
            posting = st.postings.get(t)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del st.postings[t]
        for t in new_index:
            st.postings.setdefault(t, set()).add(story.id)
        story.indexed = new_index

    # -- split check -------------------------------------------------------------------------
    def _remember(self, story: StoryState, article_id: str, heaviest: list[tuple[str, float]],
                  ev: Evidence) -> None:
        """Keep a pruned copy of the member's vector (its heaviest terms), and look for a split or
        a merge at sizes 1, 2, 3, 4, 6, 8, 12, ..."""
        p = self.params
        if p.split_ratio is None or story.size > p.split_max_size:
            story.members = []  # settled: the memory goes back
            return
        top = heaviest[: p.member_terms]
        norm = math.sqrt(sum([w * w for _, w in top])) or 1.0
        pruned = {t: w / norm for t, w in top}
        story.members.append(Member(article_id, ev.day, tuple(pruned), array("f", pruned.values()), ev.title,
                                    ev.persons))
        n = len(story.members)
        if n == story.size and _split_due(n):
            if n >= 2 * p.split_min_side:
                self._maybe_split(story)
            self._maybe_merge(story)

    def _maybe_merge(self, story: StoryState) -> None:
        """Join `story` and an alike young story when the members of both do not fall in two groups.

        One pass can start a second story for an event whose first articles looked unlike the
        first story's; once both have grown, their centroids show it.
        """
        p, st = self.params, self.state
        if p.merge_threshold is None or story.id not in st.active:
            return
        cen = story.centroid
        for sid in self._candidates(_top(cen.items(), p.query_terms)):
            other = st.active.get(sid)
            if other is None or other is story or len(other.members) != other.size:
                continue
            ocen = other.centroid
            sim = sum([w * ocen[t] for t, w in cen.items() if t in ocen]) / (story.norm * other.norm)
            if sim < p.merge_threshold:
                continue
            old, young = (story, other) if story.born <= other.born else (other, story)
            cut = bipartition([(m.terms, m.weights) for m in old.members + young.members], p.split_min_side)
            if self._separate(cut, old.members + young.members):
                continue
            self._merge(old, young)
            return

    def _merge(self, old: StoryState, young: StoryState) -> None:
        self._add_to_centroid(old, young.centroid.items())
        old.size += young.size
        old.members = old.members + young.members
        _widen_days(old, (young.first_day, young.last_day))
        old.last_seen = self.state.arrivals
        self.retire(young.id, dormant=False)
        self._reindex(old)
        self.moves.extend((m.id, old.id) for m in young.members)

    def _separate(self, cut: Cut | None, members: list[Member]) -> bool:
        """Whether a cut of `members` shows two events: groups much less alike across than within
        (relative), and not much alike across at all (absolute: two angles on one big event stay
        together). Groups of the same moment (`same_moment`) get `date_bonus` on their similarity
        across, as an article joining a story of its days does."""
        p = self.params
        if cut is None or p.split_ratio is None:
            return False
        across = cut.across
        if same_moment(*cut.groups(members), p.date_gap_days):
            across += p.date_bonus
        return replace(cut, across=across).ratio < p.split_ratio and across < p.split_max_across

    def _maybe_split(self, story: StoryState) -> None:
        p, st = self.params, self.state
        cut = bipartition([(m.terms, m.weights) for m in story.members], p.split_min_side)
        if not self._separate(cut, story.members):
            return
        keep, move = cut.groups(story.members)
        sid = "s_" + move[0].id
        if sid in st.active:
            sid = f"{sid}~{st.arrivals}"
        new = StoryState(sid, move[0].title, {}, 0, None, None, st.arrivals, born=st.arrivals)
        st.active[sid] = new
        for part, members in ((story, keep), (new, move)):
            part.members, part.centroid, part.size = members, {}, len(members)
            self._add_to_centroid(part, chain.from_iterable(zip(m.terms, m.weights) for m in members))
            part.first_day = part.last_day = None
            _widen_days(part, [m.day for m in members])
            part.last_seen = st.arrivals
            self._reindex(part)
        self.moves.extend((m.id, sid) for m in move)

    def _evict(self) -> None:
        """Retire stories idle beyond the window (checked every 1,000 arrivals: amortised)."""
        p, st = self.params, self.state
        if st.arrivals % 1000:
            return
        for sid in [s.id for s in st.active.values() if self._dormant(s)]:
            self.retire(sid)
        # Document frequencies of rare terms would grow without bound on an endless stream.
        if len(st.df) > 500000:
            st.df = Counter({t: c for t, c in st.df.items() if c > 1})

    def _dormant(self, s: StoryState) -> bool:
        p, st = self.params, self.state
        if st.arrivals - s.last_seen > p.window_articles:
            return True
        return (p.window_days is not None and st.clock_day is not None and s.last_day is not None
                and st.clock_day - s.last_day > p.window_days)

    def retire(self, story_id: str, dormant: bool = True) -> None:
        """Make a story dormant: it keeps its id but no longer receives articles."""
        st = self.state
        story = st.active.pop(story_id)
        for t in story.indexed:
            posting = st.postings.get(t)
            if posting is not None:
                posting.discard(story_id)
                if not posting:
                    del st.postings[t]
        st.dormant += dormant


def _top(items: Iterable[tuple[str, float]], k: int) -> list[tuple[str, float]]:
    """The `k` heaviest items, heaviest first, ties in input order (as `heapq.nlargest`, faster here)."""
    return sorted(items, key=_WEIGHT, reverse=True)[:k]


_WEIGHT = itemgetter(1)


def _MOST_HITS(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def article_evidence(params: ClusterParams, text: str, title: str | None = None,
                     published: str | None = None) -> Evidence:
    """What `add` compares, from the article alone (so any process can compute it)."""
    ev = extract(text, title, published, params.name_boost, params.number_boost, params.title_weight)
    ev.title = _title(title, text)
    return ev


def _widen_days(story: StoryState, days: Iterable[int | None]) -> None:
    """Stretch the story's date range to cover `days` (unknown ones ignored)."""
    for d in days:
        if d is not None:
            story.first_day = d if story.first_day is None else min(story.first_day, d)
            story.last_day = d if story.last_day is None else max(story.last_day, d)


def _split_due(size: int) -> bool:
    """Second-look sizes 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, ...: often while a story is young."""
    top = 1 << (size.bit_length() - 1)
    return size in (top, top + top // 2)


def _title(title: str | None, text: str) -> str:
    if title and title.strip():
        return title.strip()
    for line in text[:2000].splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
