"""Kits to platforms, bundles back, and the secretariat's merge: files are the only transport."""
