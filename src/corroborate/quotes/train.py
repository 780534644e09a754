"""Learn the small lexicons shipped with the quotes package from PolNeAR *train* (never dev).

    python -m corroborate.quotes.train ../shared/data/polnear/polnear_train.jsonl

Writes `first_names.json`: first names whose gender the training speakers show (a quote resolved
from "he" or "she" to a full name), kept when the evidence agrees at least 90%.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corroborate.quotes.names import strip_name

HERE = Path(__file__).resolve().parent


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
        if n / total >= 0.9:
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


if __name__ == "__main__":
    main(sys.argv[1:])
