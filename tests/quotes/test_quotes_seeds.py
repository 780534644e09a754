"""The two real seed articles: every quote with its canonical speaker, cue and partial flag."""
from __future__ import annotations

import pytest

from corroborate.quotes import QuoteExtractor
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, list]]:
    folder = shared_path("seeds")
    out = {}
    ex = QuoteExtractor()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, ex.extract(text, path.stem))
    assert len(out) == 2
    return out


def _find(quotes, fragment):
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote containing {fragment!r}"
    return hits[0]


def test_offsets_and_ids(seeds):
    for name, (text, quotes) in seeds.items():
        for i, q in enumerate(quotes):
            assert text[q.start : q.end] == q.text
            assert q.id.endswith(f":q{i}")
            assert q.text[0] not in "“”\"" and q.text[-1] not in "“”\""


def test_every_speaker_canonical(seeds):
    allowed = {"Mark Rutte", "Vladimir Putin", "Donald Trump"}
    for _, (text, quotes) in seeds.items():
        assert len(quotes) >= 8
        for q in quotes:
            assert q.speaker in allowed, (q.text[:40], q.speaker)


def test_rutte_interview_seed(seeds):
    text, quotes = next(v for v in seeds.values() if "Bloomberg TV" in v[0])
    first = _find(quotes, "It’s normal")
    assert first.speaker == "Mark Rutte" and first.cue == "told Bloomberg TV" and not first.partial
    assert _find(quotes, "Let’s not be naive").speaker == "Mark Rutte"  # second sentence after "Rutte continued."
    assert _find(quotes, "That’s why we have the sanctions").cue == "continued"
    for frag in ("good", "correct"):
        q = next(q for q in quotes if q.text == frag)
        assert q.partial and q.speaker == "Vladimir Putin" and q.cue == "called"
    bracket = _find(quotes, "[The number one concern]")
    assert bracket.text.startswith("[The number one concern]") and bracket.speaker == "Vladimir Putin"
    added = _find(quotes, "The U.S. administration is now in dialogue")
    assert added.speaker == "Mark Rutte" and added.cue in ("added", "said")
    wrote = _find(quotes, "had very good and productive discussions")
    assert wrote.speaker == "Donald Trump" and wrote.cue == "wrote" and wrote.partial
    warned = _find(quotes, "thousands of Ukrainian troops")
    assert warned.speaker == "Donald Trump" and warned.cue == "warned"
    assert _find(quotes, "God bless them all").speaker == "Donald Trump"
    assert _find(quotes, "absolutely not there yet").partial


def test_kyiv_post_seed(seeds):
    text, quotes = next(v for v in seeds.values() if "Kyivpost" in v[0])
    assert "[sic]" in _find(quotes, "maintain the pressure on the Russians").text
    added = _find(quotes, "Russia will not go away")
    assert added.speaker == "Mark Rutte" and added.cue == "added"
    assert text[added.speaker_start : added.speaker_end] == "he"
    step = next(q for q in quotes if q.text == "step-by-step")
    assert step.partial and step.speaker == "Mark Rutte"
    assert all(q.speaker == "Mark Rutte" for q in quotes)
