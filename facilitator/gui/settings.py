"""Machine-local preferences in QSettings, each key declared once here with its default."""

from __future__ import annotations

import json
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8


class Setting(Generic[T]):
    """One QSettings key with its default and type; read and written through get/set."""

    registry: dict[str, Setting[Any]] = {}

    def __init__(self, key: str, default: T) -> None:
        if key in Setting.registry:
            raise ValueError(f"setting {key} declared twice")
        self.key = key
        self.default = default
        Setting.registry[key] = self

    def get(self) -> T:
        value = QSettings().value(self.key, None)
        if value is None:
            return self.default
        return self._convert(value)

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def reset(self) -> None:
        QSettings().remove(self.key)

    def _convert(self, value: Any) -> T:
        # INI files and the registry give back strings or one-item values; make them typed again
        default = self.default
        if isinstance(default, list):
            items = value if isinstance(value, list) else [value]
            return [str(item) for item in items if item]  # type: ignore[return-value]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        if isinstance(default, bool):
            return (value in (True, "true", "1", 1)) if value != "" else default  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return default
        return str(value)  # type: ignore[return-value]


LANGUAGE = Setting("ui/language", "system")  # "system", "en" or "ru"
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [])
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
TIMER_SOUND = Setting("timer/sound", True)  # a bell when the speaker's time reaches zero


class PerSession:
    """A value kept per session file (by path), in one JSON setting; the newest few only."""

    def __init__(self, key: str) -> None:
        self.setting = Setting(key, "{}")

    def get_for(self, path: str) -> str:
        return self._table().get(path, "")

    def set_for(self, path: str, value: str) -> None:
        table = self._table()
        table.pop(path, None)
        if value:
            table[path] = value
        self.setting.set(json.dumps(dict(list(table.items())[-MAX_RECENT:])))

    def _table(self) -> dict[str, str]:
        try:
            table = json.loads(self.setting.get())
        except ValueError:
            return {}
        return table if isinstance(table, dict) else {}


LAST_PLATFORMS = PerSession("session/last_platforms")  # session path → platform id
AUTO_EXPORT_FOLDERS = PerSession("exchange/auto_export")  # session path → folder for bundles
WATCHED_FOLDERS = PerSession("exchange/watched")  # session path → folder watched for bundles
DIALOG_SIZES = PerSession("dialogs/sizes")  # dialog name → "WIDTHxHEIGHT" last used


def add_recent(path: str) -> None:
    """Put a session file at the top of the recent list."""
    files = [p for p in RECENT_FILES.get() if p != path]
    RECENT_FILES.set([path, *files][:MAX_RECENT])


def last_platform(path: str) -> str:
    return LAST_PLATFORMS.get_for(path)


def remember_platform(path: str, platform_id: str) -> None:
    LAST_PLATFORMS.set_for(path, platform_id)
