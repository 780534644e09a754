"""Learn the small lexicons shipped with the quotes package from PolNeAR *train* (never dev).

    python -m corroborate.quotes.train ../shared/data/polnear/polnear_train.jsonl

Writes `first_names.json`: first names whose gender the training speakers show (a quote resolved
from "he" or "she" to a full name), kept when at least five quotes show it and 90% of them agree; and
`ranker_weights.json`: the pronoun antecedent ranker (ranker.py), fitted pairwise on the candidates
of every pronoun speaker whose quote matches a gold quote resolved by coreference; fitted twice, the
second time on candidates collected with the first fit in place.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corroborate.quotes import ranker
from corroborate.quotes.nameforms import first_names, strip_name

HERE = Path(__file__).resolve().parent
# votes a learnt first name needs: the votes come from PolNeAR's automatic coreference (silver), and names
# with fewer (one or two articles' people: "Ty" as "she") generalised worse on later articles
MIN_VOTES = 5


def first_name_genders(rows: list[dict]) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for q in row.get("quotes", []):
            mention = (q.get("speaker_mention") or "").strip().lower()
            gender = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(mention)
            if q.get("speaker_resolution") != "corenlp_coref" or gender is None:
                continue
            words, _ = strip_name((q.get("speaker") or "").split())
            if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha():
                votes[words[0].lower()][gender] += 1
    out = {}
    for name, c in sorted(votes.items()):
        (top, n), total = c.most_common(1)[0], sum(c.values())
        if n / total >= 0.9 and n >= MIN_VOTES:
            out[name] = top
    return out


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else HERE.parents[3].parent / "shared/data/polnear/polnear_train.jsonl"
    if "dev" in path.name:
        raise SystemExit("refusing to learn from a dev split")
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    names = first_name_genders(rows)
    (HERE / "first_names.json").write_text(json.dumps(names, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"first_names.json: {len(names)} names from {len(rows)} articles")
    first_names.cache_clear()
    weights_path = HERE / "ranker_weights.json"
    weights_path.unlink(missing_ok=True)  # the first pass collects candidates with the rule-based fallback
    for _ in range(2):
        # the second pass collects them again with the history of speakers the fitted ranker itself
        # resolves (last speaker, speakers in the window), as at inference
        ranker.weights.cache_clear()
        groups = ranker_data(rows)
        w = fit_ranker(groups)
        weights_path.write_text(json.dumps({"features": list(ranker.FEATURES), "weights": [round(x, 4) for x in w],
                                            "groups": len(groups)}, indent=1) + "\n", encoding="utf-8")
    ranker.weights.cache_clear()
    print(f"ranker_weights.json: {len(groups)} pronoun groups (second pass)")


def fit_ranker(groups: list[tuple[list[list[float]], list[int]]], c: float = 1.0) -> list[float]:
    """Pairwise logistic regression: the right candidate should outscore each wrong one of its group."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x, y = [], []
    for vectors, labels in groups:
        for i, good in enumerate(labels):
            if not good:
                continue
            for j, other in enumerate(labels):
                if not other:
                    diff = np.array(vectors[i]) - np.array(vectors[j])
                    x.extend([diff, -diff])
                    y.extend([1, 0])
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(np.array(x), np.array(y))
    return [float(v) for v in model.coef_[0]]


def ranker_data(rows: list[dict]) -> list[tuple[list[list[float]], list[int]]]:
    """One group per pronoun speaker that matched a gold coreference-resolved quote."""
    from corroborate.bench.quotes import match_quotes, speaker_match
    from corroborate.quotes.extractor import QuoteExtractor

    ex = QuoteExtractor()
    ex.trace = []
    preds = ex.extract_many([(r["text"], r["id"]) for r in rows])
    groups = []
    for row, quotes, (_, log) in zip(rows, preds, ex.trace):
        gold = row["quotes"]
        pairs = match_quotes(row["text"], [(q.start, q.end) for q in quotes], [(g["start"], g["end"]) for g in gold])
        by_pos = {}
        for i, j in pairs:
            q, g = quotes[i], gold[j]
            if q.speaker_start is not None and g["speaker_resolution"] == "corenlp_coref":
                by_pos[q.speaker_start] = g["speaker"]
        for pos, _, cands in log:
            if pos in by_pos and cands:
                labels = [int(speaker_match(name, by_pos[pos])) for name, _ in cands]
                if any(labels):
                    groups.append(([v for _, v in cands], labels))
    return groups


if __name__ == "__main__":
    main(sys.argv[1:])
