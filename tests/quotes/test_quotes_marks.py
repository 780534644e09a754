"""Quote marks: typewriter doubles ('' and ``) as archives write them, offsets kept."""
from __future__ import annotations

from corroborate.bench.quotes import score, typewriter_quote
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


def test_bench_sets_apart_quotes_in_marks_the_gold_does_not_read():
    read = {"id": "a", "publisher": "p1", "text": '"Yes," he said.',
            "quotes": [{"start": 1, "end": 5, "speaker": "Al", "speaker_resolution": "mention"}]}
    mixed = {"id": "b", "publisher": "p2", "text": "''Yes,'' he said. \"Fine,\" she said.", "quotes": []}
    q = lambda row, a, b: Quote(id="", article_id=row["id"], text=row["text"][a:b], start=a, end=b, speaker="Al")  # noqa: E731
    preds = [[q(read, 1, 5)], [q(mixed, 2, 6), q(mixed, 19, 24)]]
    assert [typewriter_quote(mixed["text"], x) for x in preds[1]] == [True, False]
    result = score([read, mixed], preds)
    assert result["detection"]["precision"] == round(1 / 3, 4)  # the figure counts every quote
    assert result["without_typewriter_quotes"]["detection"]["precision"] == 0.5
    assert result["without_typewriter_quotes"]["left_out_predicted_quotes"] == 1
    assert result["by_publisher"]["p1"]["speaker_accuracy"] == 1.0


def test_bare_name_tells_names_from_descriptions():
    from corroborate.bench.quotes import bare_name

    assert bare_name("Marco Rubio") and bare_name("Sen. Marco Rubio") and bare_name("Charles de Gaulle")
    assert not bare_name("the Florida senator")
    assert not bare_name("Acs, the student from New Mexico")
    assert not bare_name("Trump and Ryan") and not bare_name(None) and not bare_name("")


def test_a_quote_over_lines_of_one_sentence_each():
    # text broken into one line per sentence (as some feeds and corpora are), with a stray space before
    # the closing mark
    text = ('Police were called.\n"It was terrible.\nNobody saw it coming.\nWe are all in shock, "said '
            'neighbor Laura Sund.\nHer husband, Al Sund, said "it was loud."')
    quotes = QuoteExtractor().extract(text, "t")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("It was terrible.", "Laura Sund"), ("Nobody saw it coming.", "Laura Sund"),
        ("We are all in shock,", "Laura Sund"), ("it was loud.", "Al Sund")]


def test_a_sentence_split_after_a_title_keeps_the_name_with_its_title():
    # one line per sentence, split at the abbreviation: the attribution runs on to the next line
    text = ('"We have no idea what caused it," the Rev.\nLarry Kroon of the Bible Church said Saturday.\n'
            '"A man came in and shot another man," Vancouver police Const.\nTim Fanning told reporters.')
    quotes = QuoteExtractor().extract(text, "t")
    assert [q.speaker for q in quotes] == ["Larry Kroon", "Tim Fanning"]


def test_a_new_quote_after_an_unclosed_one_still_opens():
    text = 'She said, "We will see.\nThe union has a "Workers for Lee" page, said its head, Bo Tran.'
    spans = [text[s.start : s.end] for s in find_spans(plain_marks(text))]
    assert "Workers for Lee" in spans
    assert not any(s.startswith("The union") for s in spans)


def test_markup_attribute_marks_are_no_quote_marks():
    text = ('<tweet tweet-author="@ann" tweet-date="March 9, 2016\n">Big crowd tonight<tweet/>.\n'
            'Still, the staff kept going.\n<tweet tweet-author="@bo">More people<tweet/>.')
    assert plain_marks(text).count('"') == 0 and len(plain_marks(text)) == len(text)
    assert find_spans(plain_marks(text)) == []


HARD_WRAPPED = """Mayor Ellen Park of Dunmore spoke to reporters on Tuesday about the
bridge that collapsed last spring, and about the money the town still
needs to rebuild it.

"We will rebuild the bridge by the end of next year, whatever the
state decides to give us," Park said. "Nobody in this town should
doubt it for a moment."

Her rival on the council, Tom Reyes, called the plan "a fantasy that
the town cannot pay for" and said he would vote against it.
"""


def test_hard_wrapped_text_keeps_its_paragraphs_and_quotes_whole():
    from corroborate.quotes.marks import hard_wrapped, paragraphs

    assert hard_wrapped(HARD_WRAPPED)
    assert len(paragraphs(HARD_WRAPPED)) == 3
    quotes = QuoteExtractor().extract(HARD_WRAPPED, "t")
    assert [(q.text.replace("\n", " "), q.speaker) for q in quotes] == [
        ("We will rebuild the bridge by the end of next year, whatever the state decides to give us,", "Ellen Park"),
        ("Nobody in this town should doubt it for a moment.", "Ellen Park"),
        ("a fantasy that the town cannot pay for", "Tom Reyes")]
    # one line per paragraph, or one sentence per line, is no hard wrap
    assert not hard_wrapped(HARD_WRAPPED.replace("\n\n", "\r").replace("\n", " ").replace("\r", "\n\n"))
    assert not hard_wrapped("One sentence.\nAnother one here.\nA third.\n\nA fourth.\nA fifth.\nSixth.")


def test_a_list_item_in_hard_wrapped_text_is_a_paragraph_of_its_own():
    from corroborate.quotes.marks import paragraphs

    text = HARD_WRAPPED + "\nThe plan lists what comes first, as the mayor put it on\nTuesday evening:\n- a new deck for the\n  bridge\n- two lanes\n"
    paras = [text[p.start : p.end] for p in paragraphs(text)]
    assert paras[-2:] == ["- a new deck for the\n  bridge", "- two lanes"]


def test_sentence_split_keeps_titles_initials_and_dotted_acronyms_inside_a_sentence():
    from corroborate.quotes.marks import sentence_starts

    text = ("Sen. Jo Cole met Donald J. Trump in the U.S. Senate. G.M. Chief Mary Barra spoke.\n"
            "She lives in the U.S. She said so.")
    opened = [text[i : i + 9] for i in sentence_starts(text)]
    assert opened == ["Sen. Jo C", "G.M. Chie", "She lives", "She said "]


def test_a_pair_of_curly_marks_typed_the_wrong_way_round_is_a_pair():
    text = "The agency added to its \u201d 10 Most Wanted \u201c list a man who escaped from custody last week."
    assert [text[s.start : s.end] for s in find_spans(text)] == ["10 Most Wanted"]
    # a closing mark with no opening one after it stays a stray mark
    text = "He left \u201d and nobody said a word about it."
    assert find_spans(text) == []
