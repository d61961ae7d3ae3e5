"""Facilitator: run strategic sessions offline and export the resolution to Word."""

__version__ = "0.1.0"
