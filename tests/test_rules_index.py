"""The indexed attribute rules set exactly what spaCy's Matcher-driven attribute ruler sets."""
from __future__ import annotations

import pickle

import pytest
from spacy.pipeline import AttributeRuler

from corroborate.nlp import get_nlp
from corroborate.rules_index import IndexedRules, index_attribute_rules

# every kind of rule the pipeline has: tag maps, word exceptions by tag, two-token rules ("ai n't",
# "gon na", "Let 's", "y' all", "c'm on"), regexes ("nothin'"), dependency tests ("it" as object,
# an auxiliary, "there is"), and spaces
TEXTS = [
    "Y'all ain't gonna believe it, she said.  There is nothin' here; c'mon, let's go.",
    "I'd have done it if I had known, he told them. Don't you see? It gets worse: he got fired.",
    "The senator, who has been criticised, said that whether or not they'd come was unclear.\n\nThey'll see.",
    "“We are,” said Dr. Lee, “gon na win.” Those who'd doubted him were wrong; that's all I ask of you.",
]


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(("lemmatizer",))


def test_the_shared_pipeline_uses_the_index(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedRules)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_and_attributes_as_the_matcher(nlp, text):
    ruler = nlp.get_pipe("attribute_ruler")
    upto = nlp.pipe_names.index("attribute_ruler")
    with nlp.select_pipes(disable=nlp.pipe_names[upto:]):
        doc = nlp(text)
    before = [(t.pos_, str(t.morph), t.lemma_) for t in doc]
    slow = AttributeRuler.match(ruler, doc)  # the class's own method: spaCy's Matcher
    assert ruler.match(doc) == slow and slow
    ours, theirs = doc.copy(), doc.copy()
    ruler.set_annotations(ours, ruler.match(ours))
    ruler.set_annotations(theirs, slow)
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
        [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs]
    assert [(t.pos_, str(t.morph), t.lemma_) for t in doc] == before  # matching alone changes nothing


def test_special_rules_fire(nlp):
    doc = nlp(TEXTS[0])
    got = {t.text: (t.pos_, t.lemma_) for t in doc}
    assert got["ai"] == ("AUX", "be") and got["n't"][0] == "PART" and got["nothin'"][1] == "nothing"
    assert got["gon"][1] == "go" and got["na"][1] == "to"


def test_pipeline_pickles_with_the_index(nlp):
    again = pickle.loads(pickle.dumps(nlp))
    assert isinstance(again.get_pipe("attribute_ruler").match, IndexedRules)
    assert [t.pos_ for t in again(TEXTS[1])] == [t.pos_ for t in nlp(TEXTS[1])]


def test_a_rule_it_cannot_read_keeps_the_matcher():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    index_attribute_rules(blank)
    assert not isinstance(ruler.match, IndexedRules)
    assert [t.lemma_ for t in blank("very very good")] == ["very", "very", ""]
