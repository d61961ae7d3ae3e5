"""The desktop workspace (Qt): welcome screen, capture, tables, detail pane, undo."""
