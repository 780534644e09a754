from corroborate.align import Aligner, same_speaker
from corroborate.align.diff import overlap, word_diff
from corroborate.align.words import words
from helpers import article_with_quotes, batch_of

A = [
    ("We will rebuild the bridge within two years, and we will not raise tolls to do it.", "Elena Vasquez"),
    ("Nobody was hurt.", "Tom Reyes"),
]
B = [
    ("We will rebuild the bridge within three years", "Vasquez"),
    ("we will not raise tolls", "Mayor Elena Vasquez"),
    ("We will rebuild the bridge within two years", "Tom Reyes"),  # same words, other speaker
]


def utterance_of(batch, quote_id):
    return next(u for u in batch.utterances if quote_id in u.quote_ids)


def test_same_speaker_drops_titles_and_accepts_surname():
    assert same_speaker("Vasquez", "Mayor Elena Vasquez")
    assert same_speaker("Mark Rutte", "NATO Secretary-General Mark Rutte".replace("NATO Secretary-General ", ""))
    assert not same_speaker("Elena Vasquez", "Tom Reyes")
    assert not same_speaker(None, "Tom Reyes")
    assert not same_speaker("", "")


def test_same_speaker_ignores_initials_and_generational_suffixes():
    assert same_speaker("Joseph R. Biden Jr.", "Joseph Biden")
    assert same_speaker("Luther Stan Pate IV", "Luther Pate")
    assert not same_speaker("Donald Trump Jr.", "Ivanka Trump")


def test_changed_word_and_partial_quote_are_aligned_with_their_diff():
    out = Aligner()(batch_of(article_with_quotes("a", "Ledger", A), article_with_quotes("b", "Courier", B)))
    u = utterance_of(out, "a:q0")
    assert set(u.quote_ids) == {"a:q0", "b:q0", "b:q1"}
    assert u.speaker == "Elena Vasquez"
    diff = next(d for d in u.differences if {d.quote_a, d.quote_b} == {"a:q0", "b:q0"})
    assert ("replace", "two", "three") in diff.ops
    partial = next(d for d in u.differences if {d.quote_a, d.quote_b} == {"a:q0", "b:q1"})
    assert partial.similarity == 1.0


def test_different_speakers_are_never_grouped():
    out = Aligner()(batch_of(article_with_quotes("a", "Ledger", A), article_with_quotes("b", "Courier", B)))
    assert "b:q2" not in utterance_of(out, "a:q0").quote_ids
    for u in out.utterances:
        speakers = {q.speaker for q in out.quotes if q.id in u.quote_ids}
        assert all(same_speaker(s, u.speaker) for s in speakers)


def test_every_quote_is_in_exactly_one_utterance_and_other_stories_stay_apart():
    a = article_with_quotes("a", "Ledger", A, story="s1")
    b = article_with_quotes("b", "Courier", B, story="s2")
    out = Aligner()(batch_of(a, b))
    seen = [q for u in out.utterances for q in u.quote_ids]
    assert sorted(seen) == sorted(q.id for q in out.quotes)
    assert all(len(u.quote_ids) == 1 for u in out.utterances)


def test_unrelated_quotes_with_common_words_do_not_match():
    share, shared = overlap(words("We have to keep the pressure on them"), words("We have to go home now"))
    assert shared < 2


def test_acronyms_and_apostrophes_normalise():
    assert [w.norm for w in words("the U.S. isn’t")] == ["the", "us", "isn't"]
    ops = word_diff(words("for the U.S., step by step"), words("for the US – step by step"))
    assert [tag for tag, _, _ in ops] == ["equal"]


def test_aligner_is_deterministic_and_does_not_mutate():
    batch = batch_of(article_with_quotes("a", "Ledger", A), article_with_quotes("b", "Courier", B))
    before = repr(batch)
    first, second = Aligner()(batch), Aligner()(batch)
    assert repr(batch) == before
    assert first == second
