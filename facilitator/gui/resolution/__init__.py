"""Building the resolution in the app: the editor tab and the export dialog."""

from facilitator.gui.resolution.editor import ResolutionEditor
from facilitator.gui.resolution.export_dialog import ExportDialog

__all__ = ["ExportDialog", "ResolutionEditor"]
