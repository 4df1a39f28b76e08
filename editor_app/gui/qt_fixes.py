"""Work-arounds for bugs in the Qt binding that would otherwise crash the GUI; each one detects its bug first.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of a Qt method that returns
void (`setText`, `setEnabled`, `update`, ...). CPython < 3.12 still counts references to None, so after a
few thousand calls the interpreter aborts with "none_dealloc: deallocating None". (6.11.3 is correct;
Python 3.12+ makes None immortal, which hides the bug.) The real fix is a dependency pin
(`PySide6-Essentials!=6.12.0`); until then `apply()` probes for the leak and, if found, gives None, True
and False so many references that the leak can never reach zero: what Python 3.12 does for them anyway.
"""

from __future__ import annotations

import sys

_BALLAST = 1 << 40  # far more void calls than any session makes; still far below overflow
applied = False


def void_call_leaks_none() -> bool:
    """True if a void Qt method call drops a reference to None (the PySide6 6.12.0 bug)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


def apply() -> bool:
    """Make None/True/False effectively immortal if the binding leaks them; True if the fix was needed."""
    global applied
    if applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, or an interpreter whose object layout we do not assume
    if not void_call_leaks_none():
        return False
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython
        ctypes.c_ssize_t.from_address(id(obj)).value += _BALLAST
    applied = True
    return True
