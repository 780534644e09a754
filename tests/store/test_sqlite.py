import sqlite3

import pytest

from corroborate.align import Aligner
from corroborate.model import Removed
from corroborate.store import open_store
from helpers import article_with_quotes, batch_of


def analysed():
    a = article_with_quotes("a", "Ledger", [("We will rebuild the bridge within two years", "Elena Vasquez")])
    a.removed = [Removed("FOLLOW US", "call-to-action", 3)]
    b = article_with_quotes("b", "Courier", [("We will rebuild the bridge within three years", "Vasquez")])
    return Aligner()(batch_of(a, b))


def test_round_trip_keeps_everything(tmp_path):
    batch = analysed()
    with open_store(tmp_path / "c.db") as store:
        store.save(batch)
        loaded = store.load()
    assert loaded.articles == batch.articles
    assert loaded.utterances == sorted(batch.utterances, key=lambda u: u.id)
    assert [s.article_ids for s in loaded.stories] == [["a", "b"]]


def test_saving_twice_stores_once(tmp_path):
    with open_store(tmp_path / "c.db") as store:
        store.save(analysed())
        store.save(analysed())
        assert store.counts() == {"articles": 2, "stories": 1, "quotes": 2, "utterances": 1}
        assert store.search("bridge") and store.search("nonexistentword") == []


def test_failed_save_leaves_store_unchanged(tmp_path):
    with open_store(tmp_path / "c.db") as store:
        store.save(analysed())
        bad = analysed()
        bad.articles[1].quotes.append(bad.articles[1].quotes[0])  # duplicate primary key mid-batch
        bad.articles[0].title = "changed"
        with pytest.raises(sqlite3.IntegrityError):
            store.save(bad)
        assert store.counts()["quotes"] == 2
        assert store.load(["a"]).articles[0].title == "Ledger report"
