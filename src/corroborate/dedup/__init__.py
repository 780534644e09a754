"""Dedup stage: mark syndicated copies and re-publications as copies of one another."""
