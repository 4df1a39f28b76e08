"""Frozen entry point of the windowed `issue-editor` executable: opens the workbench, on FILE if given."""

import os
import sys


def guard_streams() -> None:
    """Give the program a stdout and stderr to write to when it was started without them.

    A windowed build on Windows/macOS, and a desktop launcher that starts us with closed descriptors on Linux,
    leave sys.stdout/sys.stderr as None: print() then quietly does nothing, but `sys.stderr.write`,
    `json.dump(..., sys.stdout)`, `faulthandler.enable()` and logging handlers made before this fail.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # kept open for the life of the process
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")


def main() -> int:
    guard_streams()
    if os.environ.get("ISSUE_EDITOR_SMOKE_TEST") == "1":
        # packaging/smoke_test.py: open the file, wait for detection, report timings, quit (frozen_gui_smoke.py)
        import frozen_gui_smoke

        return frozen_gui_smoke.run(sys.argv[1:])
    from editor_app.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:2]])


if __name__ == "__main__":
    sys.exit(main())
