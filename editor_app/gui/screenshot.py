"""A real screenshot of the workbench on the built-in sample: `python -m editor_app.gui.screenshot OUT.png`.

Runs with fresh settings and user folders (no recovery offer, default layout), in the system language
(`LANG=zh_CN.UTF-8` for Chinese). Under Xvfb: `xvfb-run -s "-screen 0 1600x1000x24" python -m ...`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m editor_app.gui.screenshot")
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT (default 1600x1000)")
    parser.add_argument("--language", default="", help="zh_CN or en (default: the system locale)")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    home = tempfile.mkdtemp(prefix="issue-editor-shot-")
    os.environ["ISSUE_EDITOR_DATA"] = os.path.join(home, "data")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(home, "settings"))
    from PySide6.QtWidgets import QApplication

    from .app import Workbench, create_application
    from .settings import Preferences

    app = create_application(sys.argv[:1])
    if args.language:
        Preferences().language = args.language
    workbench = Workbench()
    window = workbench.window
    window.resize(width, height)
    window.show()
    window.start_word_segmenter()
    window.open_sample()
    deadline = time.monotonic() + 60
    while (window.document is None or window.loading) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if window.document is None:
        print("the sample did not load", file=sys.stderr)
        return 1
    # A realistic moment of work: two articles reviewed, the editor on a subhead of the first one.
    issue = window.issue
    ids = issue.article_ids()
    for aid in ids[1:3]:
        window.select_article(aid)
        window.set_status("reviewed")
    window.select_article(ids[0])
    own = [b for b in issue.blocks if b.article == ids[0]]
    focus = next((b for b in own if b.role == "subhead"), own[0])
    window.source.select_block(focus.index)
    window.source.verticalScrollBar().setValue(0)
    end = time.monotonic() + 0.8
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    image = window.grab()
    ok = image.save(args.out, "PNG")
    window.close_without_prompt()
    QApplication.processEvents()
    print(f"{args.out}: {image.width()}x{image.height()}" if ok else f"could not write {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
