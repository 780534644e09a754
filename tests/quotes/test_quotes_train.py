"""The ranker's training helpers on rows written for these tests."""
from __future__ import annotations

from corroborate.quotes import ranker, train


def test_ranker_data_and_fit_prefer_the_gold_antecedent():
    text = ("Senator Jane Holt met the mayor, Tom Reyes, on Monday.\n"
            "“We will rebuild the bridge before the winter comes,” she said.")
    start = text.index("We will")
    end = text.index(",” she")
    row = {"id": "r1", "text": text, "quotes": [
        {"start": start, "end": end, "speaker": "Jane Holt", "speaker_resolution": "corenlp_coref"}]}
    groups = train.ranker_data([row])
    assert len(groups) == 1
    vectors, labels = groups[0]
    assert len(vectors[0]) == len(ranker.FEATURES) and sum(labels) == 1
    w = train.fit_ranker(groups)
    scores = [sum(a * b for a, b in zip(w, v)) for v in vectors]
    assert labels[scores.index(max(scores))] == 1


def test_a_learnt_first_name_needs_five_agreeing_quotes():
    def row(first: str, n: int) -> dict:
        quotes = [{"speaker": f"{first} Quill", "speaker_mention": "she", "speaker_resolution": "corenlp_coref"}] * n
        return {"id": first, "text": "", "quotes": quotes}

    learnt = train.first_name_genders([row("Zorabel", 5), row("Quintara", 4)])
    assert learnt == {"zorabel": "f"}
