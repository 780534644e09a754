import json

import pytest

from corroborate.align import Aligner
from corroborate.render import RENDERERS, render
from helpers import article_with_quotes, batch_of

EVIL = "<script>alert('x')</script> & \"q\""


def analysed():
    a = article_with_quotes("a", "Ledger", [("We will rebuild the bridge within two years " + EVIL, "Elena Vasquez")])
    b = article_with_quotes("b", EVIL, [("We will rebuild the bridge within three years", "Vasquez")])
    a.title = EVIL
    return Aligner()(batch_of(a, b))


def test_json_follows_the_contract_and_spans_hold():
    data = json.loads(render(analysed(), "json"))
    assert set(data) >= {"articles", "stories", "quotes", "utterances"}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for q in data["quotes"]:
        assert set(q) >= {"id", "article_id", "text", "start", "end", "speaker", "cue", "partial"}
        assert texts[q["article_id"]][q["start"] : q["end"]] == q["text"]
        for key in ("speaker_span", "cue_span"):  # where the speaker and the cue stand in the same text
            assert q[key] is None or 0 <= q[key][0] < q[key][1] <= len(texts[q["article_id"]])
    assert data["utterances"][0]["differences"][0]["ops"]


def test_html_escapes_article_content():
    html = render(analysed(), "html")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<del>two</del>" in html and "<ins>three</ins>" in html


def test_markdown_escapes_markup():
    md = render(analysed(), "markdown")
    assert "<script>" not in md
    assert "~~two~~ **three**" in md


def test_text_brief_points_each_quote_to_its_span():
    text = render(analysed(), "text")
    assert "[a:" in text and "[b:" in text
    assert "[-two-] {+three+}" in text
    assert "2 outlets" in text


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        render(analysed(), "pdf")
    assert set(RENDERERS) == {"text", "json", "markdown", "html"}
