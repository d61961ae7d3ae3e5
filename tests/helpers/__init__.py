"""Helpers shared by tests (imported as `helpers.…`; never one test module from another)."""
