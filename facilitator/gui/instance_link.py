"""Asking the Facilitator window that has a session open to come to the front.

Each app with a session open listens on a local socket named after that session's file; a
second app that finds the session held connects to it instead of opening it twice.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
WAIT_MS = 1000


def server_name(path: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}\n{Path(path).resolve()}".encode()
    return "facilitator-" + hashlib.sha256(key).hexdigest()[:24]


class WindowLink(QObject):
    """Listens for "show yourself" from other instances while a session is open here."""

    showRequested = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(path)
        QLocalServer.removeServer(name)  # a crashed holder's socket: we hold the lock now
        self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            self.showRequested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def ask_to_show(path: Path) -> bool:
    """True when the window holding `path` (on this machine, for this user) was reached."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(SHOW)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return bool(sent)
