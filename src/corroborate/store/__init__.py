"""Stores keep what was analysed; one interface, SQLite by default (PostgreSQL is a later backend)."""
from __future__ import annotations

from corroborate.store.sqlite import SQLiteStore

DEFAULT_DB = "corroborate.db"


def open_store(location: str = DEFAULT_DB) -> SQLiteStore:
    """The store at `location` (a SQLite file path)."""
    return SQLiteStore(location)


__all__ = ["DEFAULT_DB", "SQLiteStore", "open_store"]
