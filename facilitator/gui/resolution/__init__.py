"""Building the resolution in the app: the editor tab and the export dialog."""
