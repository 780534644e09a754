"""Speaker resolution beyond the local window: gender, speaker chains, descriptions (sentences written here)."""
from __future__ import annotations

import pytest

from corroborate.quotes import QuoteExtractor
from corroborate.quotes.names import NameIndex, given_gender


@pytest.fixture(scope="module")
def ex() -> QuoteExtractor:
    return QuoteExtractor()


def _speakers(ex: QuoteExtractor, text: str) -> list[str | None]:
    return [q.speaker for q in ex.extract(text, "t")]


def test_given_name_gender_from_the_curated_list():
    assert given_gender("brigid") == "f" and given_gender("lance") == "m"
    assert given_gender("jordan") is None  # ambiguous names are left out
    names = NameIndex("Brigid Tolan met Lance Ferro.")
    assert names.gender("Brigid Tolan") == "f" and names.gender("Lance Ferro") == "m"
