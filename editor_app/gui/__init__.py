"""The review workbench: the PySide6 window over the core (source beside structure, corrections, undo, save)."""

from . import qt_fixes

qt_fixes.apply()  # before any widget exists: see qt_fixes for the PySide6 6.12.0 reference leak
