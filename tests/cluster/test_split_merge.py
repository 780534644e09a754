"""Second looks at young stories: a spectral split of two events, a merge of two halves of one."""
from __future__ import annotations

import pickle
from array import array
from collections import namedtuple

import pytest

from corroborate.cluster import ClusterParams, StoryClusterer, StreamClusterer
from corroborate.cluster import engine
from corroborate.cluster.engine import Member
from corroborate.cluster.split import bipartition, same_moment
from corroborate.cluster.stream import StoryStream
from corroborate.model import Article, Batch

from tests.cluster.test_cluster_engine import REHAB_A, REHAB_B

# Two fires at two branches of one (invented) supermarket chain: same kind, different place.
FIRE_A = [
    "Fire crews fought a blaze at the Halloway supermarket in Brackfield on Sunday. Brackfield "
    "station officer Dana Moy said the roof of the Halloway store collapsed.",
    "The Halloway store in Brackfield was destroyed by fire, officer Dana Moy said. Brackfield "
    "residents were told to keep windows closed.",
    "Police in Brackfield are treating the Halloway supermarket fire as suspicious, Dana Moy said.",
    "Dana Moy, the Brackfield station officer, said the Halloway fire started near the loading bay.",
]
FIRE_B = [
    "A fire broke out at the Halloway supermarket in Quarrington town centre. Quarrington "
    "councillor Ibrahim Sato said the Halloway store would stay shut.",
    "Ibrahim Sato said the Quarrington Halloway store suffered smoke damage in the fire.",
    "Quarrington shoppers watched as the Halloway supermarket fire was put out, Ibrahim Sato said.",
    "The fire at Halloway in Quarrington was an accident, according to Ibrahim Sato.",
]


def _unit(terms: dict[str, float]) -> tuple[list[str], list[float]]:
    norm = sum(v * v for v in terms.values()) ** 0.5
    return list(terms), [v / norm for v in terms.values()]


def test_bipartition_separates_two_groups_and_keeps_the_founder_side() -> None:
    a = [_unit({"fire": 1, "store": 1, "brack": 2, "moy": 2, f"x{i}": 0.3}) for i in range(4)]
    b = [_unit({"fire": 1, "store": 1, "quarr": 2, "sato": 2, f"y{i}": 0.3}) for i in range(4)]
    cut = bipartition([a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3]])
    assert cut is not None
    assert cut.side == (True, False) * 4
    assert cut.ratio < 0.5


def test_bipartition_of_one_event_is_not_a_clean_cut() -> None:
    one = [_unit({"fire": 1, "store": 1, "brack": 2, "moy": 2, f"x{i}": 0.5}) for i in range(6)]
    cut = bipartition(one)
    assert cut is None or cut.ratio > 0.9
    assert bipartition(one[:3]) is None  # too few members for two sides of two


def test_a_story_bridged_into_two_events_is_split_and_earlier_articles_move() -> None:
    # A threshold this low lets every article join the first story; the split check must undo it.
    eng = StreamClusterer(ClusterParams(threshold=0.01, merge_threshold=None))
    got, moved = {}, {}
    for i in range(4):
        for aid, text in ((f"a{i}", FIRE_A[i]), (f"b{i}", FIRE_B[i])):
            got[aid] = eng.add(aid, text)
            moved.update(eng.moves)
    got.update(moved)
    assert {got[f"a{i}"] for i in range(4)} == {"s_a0"}
    assert {got[f"b{i}"] for i in range(4)} == {"s_b0"}
    assert "b0" in moved and "a0" not in moved  # the founder's side keeps the story id


def test_groups_still_alike_across_are_not_split() -> None:
    # The same bridged story, but two groups count as separate events only when their mean
    # similarity across is under `split_max_across`: set below theirs, the story stays whole.
    eng = StreamClusterer(ClusterParams(threshold=0.01, merge_threshold=None, split_max_across=0.01))
    got = {}
    for i in range(4):
        for aid, text in ((f"a{i}", FIRE_A[i]), (f"b{i}", FIRE_B[i])):
            got[aid] = eng.add(aid, text)
            assert not eng.moves
    assert set(got.values()) == {"s_a0"}


def test_two_young_stories_of_one_event_are_merged_into_the_older() -> None:
    # A threshold this high starts a story per article; merging must bring each event together.
    eng = StreamClusterer(ClusterParams(threshold=0.95, merge_threshold=0.3))
    got = {}
    for i in range(3):
        for aid, (title, pub, text) in ((f"a{i}", REHAB_A[i]), (f"b{i}", REHAB_B[i])):
            got[aid] = eng.add(aid, text, title, pub)
            got.update(eng.moves)
    assert {got[f"a{i}"] for i in range(3)} == {"s_a0"}
    assert {got[f"b{i}"] for i in range(3)} == {"s_b0"}


# One (invented) person's check-in at one clinic and her move to another: one event told two ways,
# the halves sharing little but her name.
CLINIC_A = [
    "Actress Laura Tolliver checked into the Brightwater clinic in Dunmore on Thursday, her lawyer Ezra "
    "Quint said. Quint said Tolliver would follow the court order.",
    "Laura Tolliver arrived at Brightwater, an unlicensed clinic in Dunmore, lawyer Ezra Quint told "
    "reporters. State inspectors said Brightwater had no permit.",
    "Inspectors are looking into the Dunmore clinic Brightwater after Laura Tolliver checked in, Ezra "
    "Quint said. Tolliver faces ninety days of treatment.",
    "Ezra Quint confirmed that Laura Tolliver is at Brightwater in Dunmore. The clinic's permit lapsed "
    "last year, inspectors said.",
]
CLINIC_B = [
    "Laura Tolliver left rehab at Brightwater for the Calloway Center in Palm Reach, judge Nora Pike was "
    "told. Pike had approved the Calloway program for Tolliver.",
    "The Calloway Center in Palm Reach admitted Laura Tolliver, a spokesman said. Judge Nora Pike must "
    "approve any change.",
    "Laura Tolliver is now at Calloway in Palm Reach; Nora Pike, the judge, was told of the move by "
    "prosecutors.",
    "Prosecutors told judge Nora Pike that Laura Tolliver had moved from the Brightwater clinic to the "
    "Calloway Center in Palm Reach.",
]


def _clinic_stories(day_a: str | None, day_b: str | None) -> set[str]:
    eng = StreamClusterer()
    got = {}
    for i in range(4):
        for aid, text, day in ((f"a{i}", CLINIC_A[i], day_a), (f"b{i}", CLINIC_B[i], day_b)):
            got[aid] = eng.add(aid, text, published=day)
            got.update(eng.moves)
    return set(got.values())


def test_two_stories_about_one_person_on_the_same_days_are_merged() -> None:
    assert _clinic_stories("2031-05-02", "2031-05-03") == {"s_a0"}
    # Months apart, or with no dates, the same two groups are told apart by their words.
    assert _clinic_stories("2031-05-02", "2031-08-03") == {"s_a0", "s_b0"}
    assert _clinic_stories(None, None) == {"s_a0", "s_b0"}


def _member(day: int | None, *persons: str) -> Member:
    return Member("x", day, (), array("f"), "", persons)


def test_same_moment_needs_close_dates_and_a_person_named_by_half_of_each_group() -> None:
    a = [_member(100, "tolliver", "quint"), _member(101, "tolliver"), _member(None)]
    b = [_member(102, "tolliver", "pike"), _member(None, "pike")]
    assert same_moment(a, b, max_gap=10)
    assert not same_moment(a, b, max_gap=0)  # one day apart at the least
    assert not same_moment(a, [_member(102, "pike"), _member(102, "pike")], max_gap=10)  # no shared person
    assert not same_moment(a, [_member(102, "tolliver"), _member(102), _member(102)], max_gap=10)  # 1 in 3
    assert not same_moment(a, [_member(None, "tolliver"), _member(None, "tolliver")], max_gap=10)  # undated


def test_a_state_saved_before_members_named_persons_resumes(monkeypatch: pytest.MonkeyPatch) -> None:
    eng = StreamClusterer()
    for i in range(3):
        eng.add(f"a{i}", CLINIC_A[i], published="2031-05-02")
    # `Member` as states saved before it gained `persons` hold it, pickled under its name
    before = namedtuple("Member", "id day terms weights title", module=Member.__module__)
    for story in eng.state.active.values():
        story.members = [before(*m[:5]) for m in story.members]
    monkeypatch.setattr(engine, "Member", before)
    saved = pickle.dumps(eng.state)
    monkeypatch.undo()
    restored = pickle.loads(saved)
    members = [m for story in restored.active.values() for m in story.members]
    assert members and all(type(m) is Member and m.persons == () for m in members)
    resumed = StreamClusterer(state=restored)
    assert resumed.add("a3", CLINIC_A[3], published="2031-05-02") == "s_a0"


def test_copies_follow_their_original_when_it_moves() -> None:
    stream = StoryStream(ClusterParams(threshold=0.01, merge_threshold=None))
    got = {}
    order = [("a0", FIRE_A[0]), ("b0", FIRE_B[0]), ("b0-copy", "Advertisement\n" + FIRE_B[0] + "\nShare this")]
    order += [(f"{e}{i}", t[i]) for i in range(1, 4) for e, t in (("a", FIRE_A), ("b", FIRE_B))]
    for aid, text in order:
        got[aid] = stream.add(aid, text)[0]
        got.update(stream.moves)
    assert got["b0-copy"] == got["b0"] == "s_b0"
    assert got["a0"] == "s_a0"


def test_stage_reports_final_stories_after_a_split() -> None:
    arts = [Article(id=f"{e}{i}", source="t", raw_text=t, text=t)
            for i in range(4) for e, t in (("a", FIRE_A[i]), ("b", FIRE_B[i]))]
    out = StoryClusterer(threshold=0.01, merge_threshold=None)(Batch(articles=arts))
    assert len(out.stories) == 2
    by_story = {s.id: set(s.article_ids) for s in out.stories}
    assert {a.id for a in arts[0::2]} in by_story.values()
    assert all(a.story_id in by_story and a.id in by_story[a.story_id] for a in out.articles)


def test_prepared_in_worker_processes_equals_prepared_here() -> None:
    from corroborate.cluster.stream import Preparer, prepare_all

    items = [(f"a{i}", text, None, "2020-01-02") for i, text in enumerate(FIRE_A + FIRE_B)]
    here = list(prepare_all(Preparer(clean=True), items, workers=0))
    there = list(prepare_all(Preparer(clean=True), items, workers=2, chunk=3))
    assert [p.id for p in there] == [p.id for p in here] == [i[0] for i in items]
    for x, y in zip(here, there):
        assert x.evidence == y.evidence
        assert (x.signature == y.signature).all()


def test_a_restored_stream_continues_exactly_as_an_uninterrupted_one() -> None:
    import pickle

    params = ClusterParams(threshold=0.01, merge_threshold=0.3)
    order = [(f"{e}{i}", t[i]) for i in range(4) for e, t in (("a", FIRE_A), ("b", FIRE_B))]
    whole = StoryStream(params)
    got_whole = {}
    for aid, text in order:
        got_whole[aid] = whole.add(aid, text)[0]
        got_whole.update(whole.moves)
    first = StoryStream(params)
    got = {}
    for aid, text in order[:3]:
        got[aid] = first.add(aid, text)[0]
        got.update(first.moves)
    resumed = StoryStream(params, state=pickle.loads(pickle.dumps(first.state)))
    for aid, text in order[3:]:
        got[aid] = resumed.add(aid, text)[0]
        got.update(resumed.moves)
    assert got == got_whole
    assert len(set(got.values())) == 2
