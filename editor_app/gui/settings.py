"""Preferences (what the editor chose) kept apart from UI state (how the window last looked), in QSettings."""

from __future__ import annotations

import getpass
import json

from PySide6.QtCore import QByteArray, QSettings

RECENT_FILES_MAX = 10
DEFAULT_AUTOSAVE_SECONDS = 20


def _settings() -> QSettings:
    # The default constructor follows QSettings.setDefaultFormat/setPath, which is how tests redirect it.
    return QSettings()


def _default_editor_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth a failure
        return ""


class Preferences:
    """The editor's choices, under the `preferences/` group: language, source font, autosave, archive, name."""

    GROUP = "preferences"

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or _settings()

    def _get(self, key: str, default, kind=str):
        value = self._s.value(f"{self.GROUP}/{key}", default)
        try:
            if kind is bool:
                return value in (True, "true", "1", 1)
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self._s.setValue(f"{self.GROUP}/{key}", value)

    @property
    def language(self) -> str:
        """"" follows the system locale; else a code from i18n.LANGUAGES."""
        return self._get("language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value or "")

    @property
    def source_font_family(self) -> str:
        return self._get("source_font_family", "")

    @source_font_family.setter
    def source_font_family(self, value: str) -> None:
        self._set("source_font_family", value or "")

    @property
    def source_font_size(self) -> float:
        """Points; 0 means the application font's size plus one point."""
        return self._get("source_font_size", 0.0, float)

    @source_font_size.setter
    def source_font_size(self, value: float) -> None:
        self._set("source_font_size", float(value))

    @property
    def autosave_seconds(self) -> int:
        return max(2, self._get("autosave_seconds", DEFAULT_AUTOSAVE_SECONDS, int))

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._set("autosave_seconds", int(value))

    @property
    def archive_path(self) -> str:
        """"" means the default archive in the user data folder."""
        return self._get("archive_path", "")

    @archive_path.setter
    def archive_path(self, value: str) -> None:
        self._set("archive_path", value or "")

    @property
    def editor_name(self) -> str:
        """Who saves: recorded with every save in the archive's history."""
        return self._get("editor_name", "") or _default_editor_name()

    @editor_name.setter
    def editor_name(self, value: str) -> None:
        self._set("editor_name", value or "")

    def sync(self) -> None:
        self._s.sync()


class UiState:
    """How the window looked and what was open, under `state/`: geometry, splitters, recent files, first run."""

    GROUP = "state"

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or _settings()

    def _key(self, key: str) -> str:
        return f"{self.GROUP}/{key}"

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._s.value(self._key(key))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._s.setValue(self._key(key), value)

    @property
    def recent_files(self) -> list[str]:
        raw = self._s.value(self._key("recent_files"), "[]")
        try:
            files = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            files = []
        return [f for f in files if isinstance(f, str)][:RECENT_FILES_MAX]

    def add_recent_file(self, path: str) -> list[str]:
        files = [path] + [f for f in self.recent_files if f != path]
        self._s.setValue(self._key("recent_files"), json.dumps(files[:RECENT_FILES_MAX], ensure_ascii=False))
        return self.recent_files

    def clear_recent_files(self) -> None:
        self._s.setValue(self._key("recent_files"), "[]")

    @property
    def first_run_done(self) -> bool:
        return self._s.value(self._key("first_run_done"), False) in (True, "true", "1", 1)

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self._s.setValue(self._key("first_run_done"), bool(value))

    @property
    def last_folder(self) -> str:
        return str(self._s.value(self._key("last_folder"), "") or "")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue(self._key("last_folder"), value)

    def sync(self) -> None:
        self._s.sync()
