"""Text-shape rules of the clean stage."""
from __future__ import annotations

from corroborate.clean import clean_text


def test_hard_wrapped_paragraphs_are_joined_one_per_line():
    raw = ("Bridge plan\n\nMayor Ellen Park of Dunmore spoke to reporters on Tuesday about the\n"
           "bridge that collapsed last spring, and about the money the town still\nneeds to rebuild it.\n\n"
           '"We will rebuild the bridge by the end of next year, whatever the\nstate decides to give us," '
           'Park said. "Nobody in this town should\ndoubt it for a moment."\n\nShare this article\n\n'
           "Her rival on the council, Tom Reyes, called the plan a fantasy that\nthe town cannot pay for.\n")
    text, removed = clean_text(raw)
    lines = text.split("\n")
    assert lines[1].startswith("Mayor Ellen Park") and lines[1].endswith("needs to rebuild it.")
    assert "whatever the state decides" in lines[2] and len(lines) == 4
    assert [(r.text, r.line) for r in removed] == [("Share this article", 10)]  # the raw line number
    # text that is not hard-wrapped keeps its lines as they are
    assert clean_text("One line.\nTwo lines here.\n\nThree.")[0] == "One line.\nTwo lines here.\nThree."


def test_list_items_in_hard_wrapped_text_stay_one_per_line():
    raw = ("Shelter plans\n\nThe council met on Tuesday to discuss what the town\nshould buy for the shelter this "
           "winter, and agreed on\na short list of items to order first, after a long debate\nabout the cost of each "
           "of them:\n\n- blankets for the night hall\n- two heaters for the kitchen\n- food for the\n  first month\n\n"
           "The mayor said the list would grow once the budget\nwas approved by the state next month, and that the\n"
           "shelter would open in December.\n")
    lines = clean_text(raw)[0].split("\n")
    assert lines[2:5] == ["- blankets for the night hall", "- two heaters for the kitchen", "- food for the first month"]
    assert lines[1].endswith("each of them:") and lines[5].endswith("open in December.")
