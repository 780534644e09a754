"""SQLite store: idempotent by content (article ids are content hashes), one transaction per save."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from corroborate.model import Article, Batch, Quote, Removed, Story, Utterance, WordDiff

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT, published TEXT,
    raw_text TEXT NOT NULL, text TEXT NOT NULL, removed TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT, story_id TEXT,
    first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker TEXT, cue TEXT,
    partial INTEGER NOT NULL, speaker_start INTEGER, speaker_end INTEGER, cue_start INTEGER, cue_end INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS utterances (id TEXT PRIMARY KEY, speaker TEXT NOT NULL, differences TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS utterance_quotes (
    utterance_id TEXT NOT NULL REFERENCES utterances(id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (utterance_id, quote_id)
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(id UNINDEXED, title, text);
"""


class SQLiteStore:
    """Articles, stories, quotes and utterances in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")
        with self.conn:
            self.conn.executescript(SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, batch: Batch) -> None:
        """Write the batch in one transaction: all of it is stored, or nothing is.

        Re-saving an article replaces what was derived from it (quotes, story, copies), so a second
        run over the same input leaves one copy of everything.
        """
        with self.conn:
            for a in batch.articles:
                self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (a.id,))
                self.conn.execute("DELETE FROM articles_fts WHERE id = ?", (a.id,))
                self.conn.execute(
                    """INSERT INTO articles (id, source, url, outlet, title, published, raw_text, text, removed,
                           duplicate_of, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url,
                           outlet=excluded.outlet, title=excluded.title, published=excluded.published,
                           text=excluded.text, removed=excluded.removed, duplicate_of=excluded.duplicate_of,
                           story_id=excluded.story_id""",
                    (a.id, a.source, a.url, a.outlet, a.title, a.published, a.raw_text, a.text,
                     json.dumps([[r.text, r.reason, r.line] for r in a.removed]), a.duplicate_of, a.story_id),
                )
                self.conn.execute("INSERT INTO articles_fts (id, title, text) VALUES (?,?,?)", (a.id, a.title or "", a.text))
                self.conn.executemany(
                    """INSERT INTO quotes (id, article_id, text, start, "end", speaker, cue, partial,
                           speaker_start, speaker_end, cue_start, cue_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                    [(q.id, q.article_id, q.text, q.start, q.end, q.speaker, q.cue, int(q.partial),
                      q.speaker_start, q.speaker_end, q.cue_start, q.cue_end) for q in a.quotes],
                )
            for s in batch.stories:
                self.conn.execute("INSERT INTO stories (id, title) VALUES (?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title", (s.id, s.title))
            for u in batch.utterances:
                diffs = json.dumps([[d.quote_a, d.quote_b, d.ops, d.similarity] for d in u.differences])
                self.conn.execute("DELETE FROM utterance_quotes WHERE utterance_id = ?", (u.id,))
                self.conn.execute(
                    "INSERT INTO utterances (id, speaker, differences) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET speaker=excluded.speaker, differences=excluded.differences",
                    (u.id, u.speaker, diffs),
                )
                self.conn.executemany("INSERT INTO utterance_quotes VALUES (?,?)", [(u.id, q) for q in u.quote_ids])
            # Utterances left without quotes (their articles were re-analysed) are stale.
            self.conn.execute("DELETE FROM utterances WHERE id NOT IN (SELECT utterance_id FROM utterance_quotes)")

    def counts(self) -> dict[str, int]:
        tables = ("articles", "stories", "quotes", "utterances")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Ids of articles matching a full-text query, best first."""
        rows = self.conn.execute("SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))
        return [r[0] for r in rows]

    def load(self, article_ids: list[str] | None = None) -> Batch:
        """The stored articles (all, or those named) with their quotes, stories and utterances."""
        where, args = "", []
        if article_ids is not None:
            where = f"WHERE id IN ({','.join('?' * len(article_ids))})"
            args = list(article_ids)
        cols = "id, source, url, outlet, title, published, raw_text, text, removed, duplicate_of, story_id"
        articles = []
        for row in self.conn.execute(f"SELECT {cols} FROM articles {where} ORDER BY first_seen, id", args):
            a = Article(id=row[0], source=row[1], url=row[2], outlet=row[3], title=row[4], published=row[5],
                        raw_text=row[6], text=row[7], removed=[Removed(*r) for r in json.loads(row[8])],
                        duplicate_of=row[9], story_id=row[10])
            a.quotes = [
                Quote(*r[:7], partial=bool(r[7]), speaker_start=r[8], speaker_end=r[9], cue_start=r[10], cue_end=r[11])
                for r in self.conn.execute(
                    """SELECT id, article_id, text, start, "end", speaker, cue, partial, speaker_start, speaker_end,
                       cue_start, cue_end FROM quotes WHERE article_id = ? ORDER BY start""", (a.id,))
            ]
            articles.append(a)
        stories = {}
        for a in articles:
            if a.story_id:
                if a.story_id not in stories:
                    title = self.conn.execute("SELECT title FROM stories WHERE id = ?", (a.story_id,)).fetchone()
                    stories[a.story_id] = Story(a.story_id, title[0] if title else "", [])
                stories[a.story_id].article_ids.append(a.id)
        quote_ids = {q.id for a in articles for q in a.quotes}
        utterances = []
        for uid, speaker, diffs in self.conn.execute("SELECT id, speaker, differences FROM utterances ORDER BY id"):
            members = [r[0] for r in self.conn.execute("SELECT quote_id FROM utterance_quotes WHERE utterance_id = ? ORDER BY quote_id", (uid,))]
            if members and set(members) <= quote_ids:
                wd = [WordDiff(qa, qb, [tuple(op) for op in ops], sim) for qa, qb, ops, sim in json.loads(diffs)]
                utterances.append(Utterance(uid, speaker, members, wd))
        return Batch(articles=articles, stories=list(stories.values()), utterances=utterances)
