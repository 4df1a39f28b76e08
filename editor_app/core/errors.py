"""Unexpected errors: keep the details in a log file, show the user one line."""

from __future__ import annotations

import datetime as _dt
import traceback

from .paths import cache_dir


def error_log_path():
    return cache_dir() / "errors.log"


def report_unexpected(exc: BaseException) -> str:
    """Append the traceback to the error log and return a one-line message that names the log."""
    try:
        path = error_log_path()
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {_dt.datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
        where = f" (details in {path})"
    except OSError:
        where = ""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"unexpected error: {type(exc).__name__}{': ' + text if text else ''}{where}"
