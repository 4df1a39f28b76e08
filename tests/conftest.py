"""Shared test set-up: headless Qt, per-session user folders, and paths to the fixtures and shared data."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Set before anything imports Qt: without a display QApplication aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# One folder for the whole session, set at import so it is in place before any test module loads the
# core: tests never touch the real user folders, and jieba's dictionary cache is built once per session.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="issue-editor-tests-"))
for _variable, _folder in (("ISSUE_EDITOR_DATA", "data"), ("ISSUE_EDITOR_CACHE", "cache"),
                           ("ISSUE_EDITOR_CONFIG", "config")):
    os.environ[_variable] = str(_SESSION_HOME / _folder)

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures"


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """tests/fixtures: invented raw issues with their hand-made gold files."""
    return FIXTURES_DIR


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The built-in sample issue (resources/sample-issue.txt), as the app ships it."""
    from editor_app.core.paths import resource_path

    return resource_path("sample-issue.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared folder (seed, dev set, scorer): ISSUE_EDITOR_SHARED, else ../shared; skip when absent."""
    path = Path(os.environ.get("ISSUE_EDITOR_SHARED") or REPO_ROOT.parent / "shared")
    if not path.is_dir():
        pytest.skip(f"the shared folder {path} is not here")
    return path
