"""Use cases: plain functions that take a Session and return plain data (rapat.records)."""
