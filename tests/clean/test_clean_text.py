"""Each cleaning mechanism on text written for these tests: what goes, what must stay."""
from __future__ import annotations

import pytest

from corroborate.clean import REASONS, clean_text

LEDE = "The city council approved the new budget on Tuesday after a four-hour debate."
BODY = "The vote was 7 to 2, with both dissenting members citing the cost of the harbour works."
END = "The budget takes effect in July."


def _one(chrome: str) -> tuple[str, str | None]:
    """Clean LEDE / chrome / BODY / END; return (cleaned text, reason of the one removal or None)."""
    text, removed = clean_text("\n".join([LEDE, chrome, BODY, END]))
    assert len(removed) <= 1
    return text, (removed[0].reason if removed else None)


@pytest.mark.parametrize("chrome, reason", [
    ("JOIN US ON TELEGRAM", "call-to-action"),
    ("Subscribe to our newsletter", "call-to-action"),
    ("Sign up for our daily briefing.", "call-to-action"),
    ("Download our app for breaking news alerts!", "call-to-action"),
    ("We are now on WhatsApp: join our channel", "call-to-action"),
    ("Follow our coverage of the budget on @CityGazette.", "social-handle"),
    ("Follow Ana Ruiz on Twitter @anaruiz.", "social-handle"),
    ("Press Ctrl + Enter to report a typo", "ui-instruction"),
    ("You can also highlight the text and press Ctrl + Enter", "ui-instruction"),
    ("Please enable JavaScript to watch this video", "ui-instruction"),
    ("If you spot an error, select the text and let us know.", "ui-instruction"),
    ("Share on Facebook", "share-print"),
    ("Print", "share-print"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2026 The Harbour Gazette. All rights reserved.", "copyright"),
    ("Read more: Council delays vote on waterfront plan", "related-link"),
    ("https://example.com/news/123", "url-only"),
    ("By Dana Whitlock", "byline"),
    ("Updated: March 12, 2026, 5:40 PM ET", "timestamp"),
    ("* * *", "separator"),
    ("Home > World > Europe", "navigation"),
    ("Tags: harbour, budget, council", "related-link"),
    ("Also read | Mayor hails ferry deal", "related-link"),
    ("5 min read", "ui-instruction"),
    ("(Reporting by Ana Ruiz; Editing by Tom Lee)", "byline"),
    ("Photo: Port Alder City Council", "byline"),
    ("Politics", "label"),
    ("Support the Harbour Gazette or become our patron!", "call-to-action"),
    ("The Gazette is where you find the latest on Port Alder. Follow us on Telegram and YouTube.", "call-to-action"),
    ("Sign up here.", "call-to-action"),
    ("Follow the Gazette’s coverage of the closure at https://example.com/bridge", "call-to-action"),
    ("Have a tip about the bridge? Let us know via tips@example.com.", "call-to-action"),
    ("CLICK HERE TO GET THE GAZETTE APP", "ui-instruction"),
    ("👉 Join us on Telegram", "call-to-action"),
    ("Support independent journalism in Port Alder.", "call-to-action"),
    ("t.me/harbourgazette", "url-only"),
    ("Translated by Ana Ruiz", "byline"),
    ("MAYOR UNVEILS PLAN FOR NEW FERRY TERMINAL", "pasted-headline"),
    ("Mayor Unveils Plan for New Ferry Terminal", "pasted-headline"),
    ("Ferry operator warns of spring fare rise", "pasted-headline"),
])
def test_chrome_line_removed_with_reason(chrome: str, reason: str):
    assert reason in REASONS
    text, got = _one(chrome)
    assert got == reason
    assert text == "\n".join([LEDE, BODY, END])


@pytest.mark.parametrize("line", [
    "“Join us,” the mayor urged residents at the rally.",
    "Follow the money, the auditor told the committee.",
    "Support for the bill grew among our members last year.",
    "Share prices fell 3 percent after the announcement.",
    "Residents can follow the works on a city web page, officials said.",
    "The mayor called the plan “reckless”",  # a quote: always kept
    "Officials described the damage as 'serious but manageable'",
    "He said the repairs would take about ten days and cost less than feared",  # reported speech
    "The ferry will run every 15 minutes. Tickets will be free for the first week.",
    "Councillor Ruth Okafor, who drafted the proposal, said small businesses on the eastern side could not survive "
    "a long closure and that she would bring the measure to a vote on Saturday whatever the mayor decides",  # long
    "It started with the polar bears",  # sentence-case prose, not headline-ese
    "Products also include shampoo, conditioner, lotion and soap",
    "Traffic will move from Mill Street > Dock Road > Harbor Way during the works.",
    "Exactly.",
    "We must support our ferry crews and our dock workers.",
    "Stay here.",
    "Like us, many residents were surprised by the closure.",
    "Follow-up talks with us and the port are planned, officials said.",
    "Follow-up inspections are planned for next month",
])
def test_article_lines_kept(line: str):
    text, reason = _one(line)
    assert reason is None and line in text.split("\n")


def test_first_line_headline_or_lede_is_kept():
    raw = "HARBOR BRIDGE TO CLOSE FOR THREE WEEKS\n" + LEDE + "\nFERRY FARES TO RISE\n" + BODY
    text, removed = clean_text(raw)
    assert text.split("\n")[0] == "HARBOR BRIDGE TO CLOSE FOR THREE WEEKS"
    assert [r.text for r in removed] == ["FERRY FARES TO RISE"]


def test_headline_must_stand_alone_between_paragraphs():
    # Hard-wrapped text: short unpunctuated lines continue a sentence and are kept.
    wrapped = "The council met on Tuesday\nAnd Approved The Budget\nwithout debate."
    assert clean_text(wrapped)[1] == []
    # Items of a list opened by a colon are kept.
    listed = LEDE + "\nThe plan has three parts:\nNew Ferry Terminal\nWider Bridge Lanes\n" + END
    assert clean_text(listed)[1] == []


def test_repeated_boilerplate_only_for_non_sentences():
    raw = "\n".join([LEDE, "Harbour Gazette Morning Edition", BODY, "The budget takes effect in July."])
    text, removed = clean_text(raw, repeated={"harbour gazette morning edition", "The budget takes effect in July."})
    assert [(r.reason, r.text) for r in removed] == [("repeated-boilerplate", "Harbour Gazette Morning Edition")]
    assert text.endswith("The budget takes effect in July.")


def test_output_shape_and_line_numbers():
    raw = f"{LEDE}   \n\n\n  {BODY}\r\nSHARE THIS ARTICLE\n\n{END}\t\n"
    text, removed = clean_text(raw)
    assert text == f"{LEDE}\n  {BODY}\n{END}"  # blank lines dropped, trailing space stripped only
    assert [(r.reason, r.line) for r in removed] == [("share-print", 4)]
    assert clean_text(text) == (text, [])  # idempotent
    assert clean_text("") == ("", [])


def test_consecutive_pasted_headlines_all_removed():
    raw = "\n".join([LEDE, BODY, "FERRY FARES TO RISE IN SPRING", "Council Delays Waterfront Vote Again", END])
    text, removed = clean_text(raw)
    assert [r.reason for r in removed] == ["pasted-headline", "pasted-headline"]
    assert text == "\n".join([LEDE, BODY, END])


SCRAPED = """Port Alder's ferry operator will add two boats to its harbour route from Saturday, the company said.
Home > Local > Transport
Updated: March 13, 2026, 9:15 AM
By Tomas Lind
The move follows the closure of the Harbor Bridge, which carried 41,000 vehicles a day.
Subscribe to the Gazette's morning newsletter
“We have the crews and we have the boats,” operations manager Ines Duarte said.
She added that tickets would be free for the first week.
ADVERTISEMENT
Council Approves Emergency Transport Fund
The council approved an emergency fund of $400,000 on Thursday.
Commuters queued for up to an hour on Friday morning
Tags: ferries, Harbor Bridge, transport
Read more: Harbor Bridge closure: what we know
Share this article
© 2026 Harbour Gazette"""


def test_scraped_article_with_mixed_chrome():
    text, removed = clean_text(SCRAPED)
    assert text.split("\n") == [
        "Port Alder's ferry operator will add two boats to its harbour route from Saturday, the company said.",
        "The move follows the closure of the Harbor Bridge, which carried 41,000 vehicles a day.",
        "“We have the crews and we have the boats,” operations manager Ines Duarte said.",
        "She added that tickets would be free for the first week.",
        "The council approved an emergency fund of $400,000 on Thursday.",
        "Commuters queued for up to an hour on Friday morning",  # no full stop, but prose: kept
    ]
    assert [r.reason for r in removed] == [
        "navigation", "timestamp", "byline", "call-to-action", "advertisement", "pasted-headline",
        "related-link", "related-link", "share-print", "copyright"]
    assert all(r.text == SCRAPED.split("\n")[r.line] for r in removed)
