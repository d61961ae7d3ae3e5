"""The exchange in the app: kits, imports with preview, conflicts, dashboard, similar proposals."""
