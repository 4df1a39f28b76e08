"""Cleaned issues out: JSON, Markdown, plain text, CSV, NITF XML and DOCX, written atomically in UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

from ..atomic import WriteError, atomic_write_bytes, atomic_write_text
from ..issue import Issue
from .errors import ExportError
from .filenames import article_file_name, safe_filename

FORMATS: tuple[str, ...] = ("json", "md", "txt", "csv", "nitf", "docx")
EXTENSIONS = {"json": ".json", "md": ".md", "txt": ".txt", "csv": ".csv", "nitf": "", "docx": ".docx"}


def export_issues(issues: list[Issue], fmt: str, out: str | os.PathLike, *, csv_bom: bool = False) -> list[Path]:
    """Write one or more issues in `fmt` to `out` (a file; for `nitf`, a folder of one .xml per article)."""
    from . import nitf, tabular, text, word

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    out = Path(out)
    try:
        if fmt == "nitf":
            return nitf.write_folder(issues, out)
        if fmt == "docx" and len(issues) > 1:
            return word.write_folder(issues, out)  # one document per issue
        if out.is_dir():
            raise ExportError(f"{out} is a folder; give a file name")
        if fmt == "json":
            from .jsonfmt import issues_json_text

            atomic_write_text(out, issues_json_text(issues))
        elif fmt == "md":
            atomic_write_text(out, text.markdown(issues))
        elif fmt == "txt":
            atomic_write_text(out, text.plain_text(issues))
        elif fmt == "csv":
            atomic_write_text(out, tabular.csv_text(issues), encoding="utf-8-sig" if csv_bom else "utf-8")
        elif fmt == "docx":
            atomic_write_bytes(out, word.docx_bytes(issues))
        return [out]
    except WriteError as exc:
        raise ExportError(str(exc)) from exc


__all__ = ["EXTENSIONS", "FORMATS", "ExportError", "article_file_name", "export_issues", "safe_filename"]
