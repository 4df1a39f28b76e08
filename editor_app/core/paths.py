"""Where Issue Editor keeps its files: the per-user data, cache and config folders, and shipped resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "IssueEditor"
APP_AUTHOR = "IssueEditor"


def _folder(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The per-user data folder (the archive lives here); ISSUE_EDITOR_DATA overrides it."""
    return _folder("ISSUE_EDITOR_DATA", platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """The per-user cache folder (jieba's dictionary cache); never a shared temp folder."""
    return _folder("ISSUE_EDITOR_CACHE", platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return _folder("ISSUE_EDITOR_CONFIG", platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_archive_path() -> Path:
    return data_dir() / "archive.sqlite3"


def resource_path(name: str) -> Path:
    """A file shipped in `resources/` (installed as the package `editor_app.resources`)."""
    return Path(str(resources.files("editor_app.resources").joinpath(name)))
