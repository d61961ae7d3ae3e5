"""Import participant and proposal lists from CSV (any Russian Excel flavour) and XLSX."""
