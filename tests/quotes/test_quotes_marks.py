"""Quote marks: typewriter doubles ('' and ``) as archives write them, offsets kept."""
from __future__ import annotations

from corroborate.bench.quotes import score, unannotated
from corroborate.model import Quote
from corroborate.quotes import QuoteExtractor
from corroborate.quotes.marks import find_spans, plain_marks


def test_plain_marks_keeps_length_and_reads_doubles_as_marks():
    for text in ["''No,'' he said.", "a ''rigged economy.'' Ben", "``Hi,'' she said",
                 "it,''' he recalled. ''He said, 'Eight years.'.''"]:
        plain = plain_marks(text)
        assert len(plain) == len(text)
        assert "''" not in plain and "``" not in plain
    assert plain_marks("''No,'' he said.") == ' "No,"  he said.'
    # of three apostrophes the outer two are the double mark; the inner single one stays
    assert plain_marks("exploit it,''' he") == "exploit it,'\"  he"



def test_text_without_doubles_is_returned_as_is():
    text = "“Fine,” she said. It's Sam's."
    assert plain_marks(text) is text


def test_typewriter_quotes_are_found_with_speakers():
    text = ("Mayor Ellen Park of Dunmore spoke on Tuesday.\n\n"
            "''We will rebuild the bridge by spring,'' Ms. Park said. ''Nobody should doubt it.''\n\n"
            "Her rival, Tom Reyes, called the plan ''a fantasy.''")
    ex = QuoteExtractor()
    quotes = ex.extract(text, "t")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild the bridge by spring,", "Ellen Park"),
        ("Nobody should doubt it.", "Ellen Park"),
        ("a fantasy.", "Tom Reyes"),
    ]
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.cue is None or text[q.cue_start : q.cue_end] == q.cue
    assert [(s.start, s.end) for s in find_spans(plain_marks(text))] == [(q.start, q.end) for q in quotes]


def test_bench_sets_apart_articles_whose_marks_the_gold_did_not_read():
    read = {"id": "a", "publisher": "p1", "text": '"Yes," he said.',
            "quotes": [{"start": 1, "end": 5, "speaker": "Al", "speaker_resolution": "mention"}]}
    unread = {"id": "b", "publisher": "p2", "text": "''Yes,'' he said.", "quotes": []}
    empty = {"id": "c", "publisher": "p2", "text": "No quotes here.", "quotes": []}
    assert not unannotated(read) and unannotated(unread) and not unannotated(empty)
    q = lambda row, a, b: Quote(id="", article_id=row["id"], text=row["text"][a:b], start=a, end=b, speaker="Al")  # noqa: E731
    result = score([read, unread, empty], [[q(read, 1, 5)], [q(unread, 2, 6)], []])
    assert result["detection"]["precision"] == 0.5  # the figure counts the unread article
    assert result["annotated_articles"]["detection"]["precision"] == 1.0
    assert result["annotated_articles"]["skipped_articles"] == 1
    assert result["by_publisher"]["p1"]["speaker_accuracy"] == 1.0


def test_bare_name_tells_names_from_descriptions():
    from corroborate.bench.quotes import bare_name

    assert bare_name("Marco Rubio") and bare_name("Sen. Marco Rubio") and bare_name("Charles de Gaulle")
    assert not bare_name("the Florida senator")
    assert not bare_name("Acs, the student from New Mexico")
    assert not bare_name("Trump and Ryan") and not bare_name(None) and not bare_name("")
