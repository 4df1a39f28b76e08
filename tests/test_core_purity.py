"""The core stays pure: no Qt anywhere under editor_app.core, and SQLite only inside editor_app.core.storage."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import editor_app.core

CORE_DIR = Path(editor_app.core.__file__).resolve().parent
STORAGE_DIR = CORE_DIR / "storage"

# Imports every module of the core package, then reports what it imported and what failed.
_IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
import editor_app.core as core
failed = {}
imported = ["editor_app.core"]
for info in pkgutil.walk_packages(core.__path__, prefix="editor_app.core.", onerror=lambda name: None):
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except Exception as exc:
        failed[info.name] = f"{type(exc).__name__}: {exc}"
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({"imported": imported, "failed": failed, "qt": qt}))
"""

_SQL_CALLS = {"execute", "executemany", "executescript"}
_SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw"}


def test_core_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    # the walk found the subpackages, so "no Qt" is a statement about the whole core
    assert "editor_app.core.detect.pipeline" in report["imported"]
    assert "editor_app.core.blocks" in report["imported"]
    assert report["qt"] == [], f"the core imported Qt: {report['qt']}"


def _core_modules_outside_storage() -> list[Path]:
    return [p for p in sorted(CORE_DIR.rglob("*.py")) if STORAGE_DIR not in p.parents]


def _sql_uses(path: Path) -> list[str]:
    """Every import of a SQLite library and every `.execute(...)`-style call in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] in _SQL_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in _SQL_MODULES:
            found.append(f"line {node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQL_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in _SQL_MODULES:
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_sqlite_only_in_storage() -> None:
    modules = _core_modules_outside_storage()
    assert any(p.name == "pipeline.py" for p in modules)
    offenders = {str(p.relative_to(CORE_DIR)): uses for p in modules if (uses := _sql_uses(p))}
    assert offenders == {}, f"SQL outside editor_app/core/storage/: {offenders}"


def test_sql_check_catches_sql(tmp_path) -> None:
    """The check above would see a connection opened and used outside storage."""
    sample = tmp_path / "sample.py"
    sample.write_text('import sqlite3\ncon = sqlite3.connect("x.db")\ncon.execute("SELECT 1")\n'
                      'path = "archive.sqlite3"\n', encoding="utf-8")
    uses = _sql_uses(sample)
    assert any("import sqlite3" in u for u in uses)
    assert any(".execute(" in u for u in uses)
    assert not any("line 4" in u for u in uses)  # a file name that mentions sqlite3 is fine
