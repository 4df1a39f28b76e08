"""The frozen GUI's smoke-test run: start the workbench as a user would, open a file, wait, report and quit.

Only runs when ISSUE_EDITOR_SMOKE_TEST=1 (packaging/smoke_test.py sets it). It goes through the same start-up
as `run_gui` (crash handler, application set-up, Workbench, `Workbench.start`), waits until the issue is
detected and on screen and jieba has loaded, closes the window and quits. It writes a JSON report to
ISSUE_EDITOR_SMOKE_REPORT (or stdout): seconds since ISSUE_EDITOR_SMOKE_T0 (the launcher's time.time() just
before it started us) for each step, the article count, the Qt platform and the UI language; with
ISSUE_EDITOR_SMOKE_GRAB=FILE.png it also saves a picture of the window.
"""

import json
import os
import sys
import time

TIMEOUT_S = float(os.environ.get("ISSUE_EDITOR_SMOKE_TIMEOUT", "60"))


def run(argv: list[str]) -> int:
    t0 = float(os.environ.get("ISSUE_EDITOR_SMOKE_T0") or time.time())
    report: dict[str, object] = {"ok": False}

    def mark(step: str) -> None:
        report[step] = round(time.time() - t0, 3)

    mark("python_started_s")
    # frozen_gui.guard_streams() has run: with no stdout/stderr at launch they are now os.devnull files
    report["stdio_guarded"] = [name for name in ("stdout", "stderr")
                               if getattr(getattr(sys, name), "name", None) == os.devnull]
    from PySide6.QtCore import QLibraryInfo, QTimer
    from PySide6.QtGui import QGuiApplication

    from editor_app.core import wordseg
    from editor_app.core.paths import resource_path
    from editor_app.gui.app import Workbench, create_application
    from editor_app.gui.crash import CrashHandler

    mark("imports_done_s")
    path = argv[0] if argv else str(resource_path("sample-issue.txt"))
    handler = CrashHandler()
    handler.install()
    try:
        app = create_application()
        workbench = Workbench(handler)
        window = workbench.window
        window.show()
        mark("window_shown_s")

        def finish(ok: bool, problem: str | None = None) -> None:
            report["ok"] = ok
            if problem:
                report["problem"] = problem
            grab = os.environ.get("ISSUE_EDITOR_SMOKE_GRAB")
            if grab:  # a picture of the window, to see that Chinese text renders with the bundled font stack
                report["grabbed"] = workbench.window.grab().save(grab)
            workbench.window.close()  # the real close path: layout saved, archive closed
            QTimer.singleShot(0, app.quit)

        def on_installed() -> None:
            mark("detection_done_s")
            issue = workbench.window.issue
            report["articles"] = len(issue.views()) if issue is not None else 0
            report["blocks"] = len(issue.blocks) if issue is not None else 0
            wait_for_segmenter()

        def wait_for_segmenter() -> None:
            # quit only once the background jieba load is over, as a user closing the window later would
            if wordseg.is_loaded() and not workbench.window.tasks.busy:
                mark("segmenter_loaded_s")
                finish(bool(report.get("articles")), None if report.get("articles") else "no articles")
            else:
                QTimer.singleShot(20, wait_for_segmenter)

        window.document_installed.connect(on_installed)
        QTimer.singleShot(0, lambda: workbench.start(path))
        QTimer.singleShot(int(TIMEOUT_S * 1000), lambda: finish(False, f"nothing detected after {TIMEOUT_S:.0f} s"))
        report["platform"] = QGuiApplication.platformName()
        report["language"] = workbench.translations.language
        report["desktop_file_name"] = QGuiApplication.desktopFileName()
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        report["qtbase_zh_CN_shipped"] = os.path.isfile(os.path.join(qt_translations, "qtbase_zh_CN.qm"))
        code = app.exec()
        mark("event_loop_left_s")
        report["exit_code"] = code
    finally:
        handler.uninstall()
    text = json.dumps(report, ensure_ascii=False)
    target = os.environ.get("ISSUE_EDITOR_SMOKE_REPORT")
    if target:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        print(text, file=sys.stdout, flush=True)
    return 0 if report["ok"] and code == 0 else 1
