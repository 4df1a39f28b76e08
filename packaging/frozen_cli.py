"""Frozen entry point of the console `editor-app` executable: the command line, exactly as installed."""

import sys

from editor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
