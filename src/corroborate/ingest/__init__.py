"""Ingest: read plain text, HTML, JSONL, folders and URLs into `Article`s (raw, not yet cleaned)."""
