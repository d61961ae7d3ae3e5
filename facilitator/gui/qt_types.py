"""Type names for Qt values that several GUI modules pass around."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex  # what Qt hands to a model's or delegate's method
