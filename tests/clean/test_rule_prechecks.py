"""The cheap prechecks in `strong_reason` never skip a line that the rule's regex would match."""
from __future__ import annotations

import json
import random

import pytest

from conftest import shared_path
from corroborate.clean import rules
from corroborate.clean.rules import strong_reason

CHROME = [
    "Press the button", "press Ctrl+D", "ctrl-enter to send", "Your browser does not support video", "We use cookies",
    "Cookie policy", "Report a typo", "Notice an error? Let us know", "Found a mistake", "Scroll down",
    "Log in to comment", "Comments are closed", "Join the conversation in the comments below", "Skip to main content",
    "Menu", "Search", "Close", "Log in", "Login", "Sign in", "Loading...", "Play video", "Video player",
    "Toggle caption", "Open in app", "Tap here", "Tap to expand", "5 min read", "5min read", "3 minutes read",
    "All rights reserved.", "ALL RIGHTS RESERVED", "(c) 2016 Reuters", "Copyright 2016 AP", "Become a patron",
    "Support us", "Support independent journalism", "Let us know via email", "Like us on Facebook",
    "Subscribe to our newsletter", "Sign up for our alerts", "Follow @reuters for updates", "He said so.",
    "Officials told reporters", "according to police", "The 'big' one",
]
# Case folding matches letters that lower() keeps: the case-insensitive rules must still see them.
FOLDED = ["ALL RIGHTſ RESERVED", "ſubscribe to our newsletter", "Join uſ on Telegram", "Follow uſ on X"]


def _variants(line: str) -> list[str]:
    return [line, line.upper(), line.lower(), line + ".", "And " + line, line.replace(" ", "  "),
            line.replace(" ", "\u00a0"), "Officials " + line]


def _lines() -> list[str]:
    out = [v for line in CHROME + FOLDED for v in _variants(line)]
    path = shared_path("data", "events", "ecbplus_dev.jsonl")
    texts = [json.loads(row)["text"] for row in path.open(encoding="utf-8")]
    real = [s.strip() for t in texts for s in t.split("\n") if s.strip()]
    rng = random.Random(5)
    for line in real[:3000]:
        words = line.split()
        cut = rng.randrange(len(words) + 1)
        out += [line, " ".join(words[:cut] + [rng.choice(CHROME)] + words[cut:])]
    return out


def test_prechecks_are_necessary_conditions() -> None:
    for line in _lines():
        low = line.lower()
        tokens = set(rules._WORDS.findall(low))
        if rules._UI.search(low):
            assert not tokens.isdisjoint(rules._UI_WORDS), line
        if rules._REPORTING.search(low):
            assert rules._maybe_reporting(low), line
        if line.isascii() and rules._PROMO_ANYWHERE.search(line):
            assert not tokens.isdisjoint(rules._PROMO_ANYWHERE_WORDS), line
        if line.isascii() and rules._COPYRIGHT.search(line):
            assert "rights" in tokens or low.startswith(("(c)", "copyright")), line


@pytest.mark.parametrize("line, reason", [
    ("ALL RIGHTſ RESERVED", "copyright"),
    ("ſubscribe to our newsletter", "call-to-action"),
    ("Join uſ on Telegram", "call-to-action"),
    ("5 min read", "ui-instruction"),
    ("Comments are closed", "ui-instruction"),
    ("Follow @reuters for updates", "social-handle"),
])
def test_folded_and_prechecked_lines_keep_their_reason(line: str, reason: str) -> None:
    assert strong_reason(line) == reason
