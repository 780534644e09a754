"""The streaming clusterer on short articles written for these tests."""
from __future__ import annotations

import pickle

from corroborate.cluster import ClusterParams, StoryClusterer, StreamClusterer
from corroborate.cluster.features import extract, text_dates
from corroborate.model import Article, Batch

# Two sister events of one kind (two actors entering rehab), three reports each.
REHAB_A = [
    ("Marla Quentin enters rehab in Malibu", "2014-03-04",
     "Actress Marla Quentin, 34, checked into the Seaview Recovery Center in Malibu on Monday, "
     "her publicist Ron Delacroix said. Quentin asked for privacy for her family."),
    ("Quentin checks into Seaview clinic", "2014-03-04",
     "Marla Quentin has entered Seaview Recovery Center, publicist Ron Delacroix confirmed. "
     "The 34-year-old actress went to the Malibu clinic on Monday."),
    ("Publicist: Quentin in treatment", "2014-03-05",
     "Ron Delacroix, who represents Marla Quentin, said the actress is at the Seaview Recovery "
     "Center in Malibu and thanked fans for their support."),
]
REHAB_B = [
    ("Jody Farrow goes to rehab after court order", "2016-09-20",
     "Singer Jody Farrow checked into the Pinecrest Treatment Center in Palm Springs on Tuesday "
     "after Judge Alma Ruiz ordered 60 days of treatment, lawyer Ken Obst said."),
    ("Farrow enters Pinecrest to meet judge's deadline", "2016-09-20",
     "Jody Farrow reached the Pinecrest Treatment Center in Palm Springs hours before the deadline "
     "set by Judge Alma Ruiz, her lawyer Ken Obst told the court."),
    ("Court told Farrow is in treatment", "2016-09-21",
     "Lawyer Ken Obst told Judge Alma Ruiz that Jody Farrow is at Pinecrest Treatment Center in "
     "Palm Springs for the 60 days of treatment the court ordered."),
]


def _feed(eng: StreamClusterer, items: list[tuple[str, tuple[str, str, str]]]) -> dict[str, str]:
    return {aid: eng.add(aid, text, title, pub) for aid, (title, pub, text) in items}


def _interleaved() -> list[tuple[str, tuple[str, str, str]]]:
    out = []
    for i in range(3):
        out.append((f"a{i}", REHAB_A[i]))
        out.append((f"b{i}", REHAB_B[i]))
    return out


def test_sister_events_stay_apart() -> None:
    got = _feed(StreamClusterer(), _interleaved())
    assert got["a0"] == got["a1"] == got["a2"] == "s_a0"
    assert got["b0"] == got["b1"] == got["b2"] == "s_b0"


def test_sister_events_stay_apart_without_dates() -> None:
    items = [(aid, (title, None, text)) for aid, (title, _, text) in _interleaved()]
    got = _feed(StreamClusterer(), items)
    assert len({got[a] for a in ("a0", "a1", "a2")}) == 1
    assert len({got[b] for b in ("b0", "b1", "b2")}) == 1
    assert got["a0"] != got["b0"]


def test_story_ids_are_stable_and_derive_from_first_article() -> None:
    eng = StreamClusterer()
    first = _feed(eng, _interleaved())
    # Later arrivals never relabel earlier articles: feed more and the old ids are still returned.
    more = _feed(eng, [("a9", REHAB_A[0]), ("b9", REHAB_B[0])])
    assert more == {"a9": first["a0"], "b9": first["b0"]}
    assert _feed(StreamClusterer(), _interleaved()) == first


def test_dormant_stories_are_evicted_and_memory_is_bounded() -> None:
    eng = StreamClusterer(ClusterParams(window_articles=500))
    for i in range(3000):
        eng.add(f"n{i}", f"Item {i}: council {i % 97} meets about road {i} and bridge {i * 7}.")
    st = eng.state
    assert st.dormant > 0
    assert len(st.active) <= 1500
    assert all(sid in st.active for posting in st.postings.values() for sid in posting)


def test_dormancy_by_published_days() -> None:
    eng = StreamClusterer(ClusterParams(window_days=30))
    eng.add("old", REHAB_A[0][2], REHAB_A[0][0], "2014-01-01")
    for i in range(1000):
        eng.add(f"f{i}", f"filler {i} zz{i}", None, "2014-06-01")
    assert "s_old" not in eng.state.active
    # The same story arriving after dormancy starts a new story, with its own stable id.
    assert eng.add("late", REHAB_A[1][2], REHAB_A[1][0], "2014-06-02") == "s_late"


def test_state_round_trips() -> None:
    eng = StreamClusterer()
    _feed(eng, _interleaved()[:4])
    restored = StreamClusterer(state=pickle.loads(pickle.dumps(eng.state)))
    rest = _interleaved()[4:]
    assert _feed(restored, rest) == _feed(eng, rest)


def test_features_find_names_numbers_and_dates() -> None:
    ev = extract("Police said Jody Farrow, 27, was arrested in Palm Springs. Police were called at 9.",
                 published="2016-09-20T10:00:00Z")
    assert {"farrow", "jody", "springs", "palm"} <= ev.names
    assert "police" not in ev.names and {"27", "9"} <= ev.numbers
    assert ev.day is not None
    assert len(text_dates("Updated May 2, 2013 and 3 June 2014 and 05/02/2013")) == 3


def test_persons_are_names_written_after_a_given_name() -> None:
    ev = extract("Actress Laura Tolliver's lawyer, Ezra D. Quint, spoke in Palm Reach. Tolliver and "
                 "Quint left. Laura, her sister, stayed home.")
    assert ev.persons == ("quint", "tolliver")  # not "Reach": "Palm" is no given name
    assert extract("laura tolliver spoke. Tolliver left.").persons == ()  # lower case: no name at all


def test_stage_assigns_stories_and_copies_follow_originals() -> None:
    arts = [Article(id=f"a{i}", source="t", raw_text=t, text=t, title=h, published=p)
            for i, (h, p, t) in enumerate(REHAB_A)]
    arts.append(Article(id="c", source="t", raw_text="", text=REHAB_B[0][2], duplicate_of="a0"))
    arts.append(Article(id="e", source="t", raw_text="", text=""))
    batch = Batch(articles=arts)
    out = StoryClusterer()(batch)
    assert [a.story_id for a in out.articles[:4]] == ["s_a0"] * 4
    assert out.stories[0].id == "s_a0" and out.stories[0].title == REHAB_A[0][0]
    assert out.stories[0].article_ids == ["a0", "a1", "a2", "c"]
    assert out.articles[4].story_id == "s_e"
    assert batch.articles[0].story_id is None and not batch.stories
    assert StoryClusterer()(batch) == out


def test_repeated_article_id_does_not_reset_its_story() -> None:
    eng = StreamClusterer()
    first = eng.add("x", REHAB_A[0][2], REHAB_A[0][0])
    eng.add("y", REHAB_A[1][2], REHAB_A[1][0])
    again = eng.add("x", REHAB_B[0][2], REHAB_B[0][0])
    assert first == "s_x" and again != first
    assert eng.state.active["s_x"].size == 2


def test_stream_state_round_trips_with_dedup() -> None:
    from corroborate.cluster.stream import StoryStream

    s = StoryStream()
    s.add("a0", REHAB_A[0][2] * 3, REHAB_A[0][0], REHAB_A[0][1])
    restored = StoryStream(state=pickle.loads(pickle.dumps(s.state)))
    assert restored.add("copy", "Share this\n" + REHAB_A[0][2] * 3) == ("s_a0", "a0")
