"""Operations on a session: each is one transaction, recorded in the history.

The GUI and the command line both call these; nothing here imports Qt.
"""
