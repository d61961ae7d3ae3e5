"""The voting GUI: vote dialog, results view, projector window and timer, for the main window.

Import the modules themselves (they load only when used).
"""
