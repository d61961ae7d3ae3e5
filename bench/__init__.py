"""Benchmarks: `python -m bench` prints the figures (not tests)."""
