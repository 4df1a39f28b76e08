#!/usr/bin/env python3
"""Build the desktop bundle and run the frozen app for real; print what it checked and how long things took.

    .venv/bin/python packaging/smoke_test.py              # build (packaging/build.sh), then test
    .venv/bin/python packaging/smoke_test.py --no-build   # test the bundle already in dist/issue-editor/

Run it with the Python that has Issue Editor installed: the frozen `editor-app detect` must print the same
JSON as that installation's `editor-app detect` (apart from source.path). Checks:
  - the bundle holds both executables and the sample, and none of what the spec leaves out (jieba's
    lac_small/posseg/analyse); no dangling symlinks; no Qt/ICU/Python library that a bundled binary needs
    is missing (libraries the host provides, such as libwayland-cursor, are only listed);
  - frozen `editor-app --version`, also started through a symlink (as ~/.local/bin/issue-editor would be);
  - frozen `editor-app detect SAMPLE --format json` equals the installed package's output, with a cold and a
    warm jieba cache;
  - frozen `editor-app detect MISSING` exits 2 with exactly one line on stderr and nothing on stdout;
  - the frozen window (QT_QPA_PLATFORM=offscreen, Chinese locale) starts, opens the sample, detects it, loads
    jieba and quits with 0, without a traceback or a Qt plugin error on stderr; again on X11 under Xvfb when
    xvfb-run is installed (saving a picture of the window as dist/smoke-x11.png); and once more with stdin,
    stdout and stderr closed, as a desktop launcher may start it.
Every run uses fresh, temporary data/cache/config folders. Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "issue-editor"
SAMPLE = ROOT / "resources" / "sample-issue.txt"
APP_ID = "cn.issueeditor.IssueEditor"
LEFT_OUT = ("jieba/lac_small", "jieba/posseg", "jieba/analyse")
# A missing library with one of these prefixes would be one the bundle should carry (the spec pruned too much).
MUST_BE_BUNDLED = ("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")
BAD_STDERR = ("Traceback", "Could not load the Qt platform plugin", "Cannot load library", "Error:")
TIMEOUT_S = 120

failures: list[str] = []
figures: list[tuple[str, str]] = []


def check(ok: bool, what: str, detail: str = "") -> bool:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(what + (f": {detail}" if detail else ""))
    return ok


def figure(name: str, value: str) -> None:
    figures.append((name, value))


def isolated_env(tmp: Path, **extra: str) -> dict[str, str]:
    """Fresh per-user folders, so the run neither reads nor writes the real user's data, cache or settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ISSUE_EDITOR_", "QT_"))}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp / name.lower())
    env.update({"LANG": "C.UTF-8", "LC_ALL": "", "PYTHONDONTWRITEBYTECODE": "1"})
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], **kwargs) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, **kwargs)
    return proc, time.perf_counter() - start


def without_path(text: str) -> dict:
    data = json.loads(text)
    data["source"].pop("path", None)
    return data


def installed_cli(python: str) -> list[str]:
    script = Path(python).with_name("editor-app")
    return [str(script)] if script.exists() else [python, "-m", "editor_app.cli"]


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def check_contents() -> None:
    print("bundle contents")
    internal = BUNDLE / "_internal"
    for exe in ("issue-editor", "editor-app"):
        check(os.access(BUNDLE / exe, os.X_OK), f"executable {exe}")
    shipped = internal / "editor_app" / "resources" / "sample-issue.txt"
    check(shipped.is_file() and shipped.read_bytes() == SAMPLE.read_bytes(), "the sample issue is shipped unchanged")
    check((internal / "jieba" / "dict.txt").is_file(), "jieba's dictionary is shipped")
    for part in LEFT_OUT:
        check(not (internal / part).exists(), f"{part} is left out")
    dangling = [str(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    check(not dangling, "no dangling symlinks", ", ".join(dangling))
    missing: dict[str, set[str]] = {}
    for path in elf_files(BUNDLE):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split("=>")[0].strip(), set()).add(str(path.relative_to(BUNDLE)))
    bad = sorted(name for name in missing if name.startswith(MUST_BE_BUNDLED))
    check(not bad, "every Qt/ICU/Python library a bundled binary links to is in the bundle", ", ".join(bad))
    host = sorted(set(missing) - set(bad))
    if host:
        print(f"  note: not on this machine, expected from the host when needed: {', '.join(host)}")
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    figure("bundle size", f"{size / 1048576:.1f} MiB")


def check_cli(python: str, tmp: Path) -> int:
    print("frozen command line")
    frozen = str(BUNDLE / "editor-app")
    env = isolated_env(tmp / "cli")
    proc, _ = run([frozen, "--version"], env)
    check(proc.returncode == 0 and proc.stdout.strip().startswith("editor-app "), "editor-app --version",
          proc.stdout + proc.stderr)
    link_dir = tmp / "bin"
    link_dir.mkdir()
    (link_dir / "editor-app").symlink_to(BUNDLE / "editor-app")
    proc, _ = run([str(link_dir / "editor-app"), "--version"], env)
    check(proc.returncode == 0 and proc.stdout == run([frozen, "--version"], env)[0].stdout,
          "editor-app started through a symlink", proc.stderr)

    shipped = str(BUNDLE / "_internal" / "editor_app" / "resources" / "sample-issue.txt")
    cold, cold_s = run([frozen, "detect", shipped, "--format", "json"], env)
    warm, warm_s = run([frozen, "detect", shipped, "--format", "json"], env)
    warm_s = min([warm_s] + [run([frozen, "detect", shipped, "--format", "json"], env)[1] for _ in range(2)])
    installed, installed_s = run([*installed_cli(python), "detect", str(SAMPLE), "--format", "json"],
                                 isolated_env(tmp / "installed"))
    articles = 0
    if check(cold.returncode == 0 and warm.returncode == 0 and installed.returncode == 0,
             "editor-app detect runs (frozen and installed)", cold.stderr + warm.stderr + installed.stderr):
        frozen_json, installed_json = without_path(cold.stdout), without_path(installed.stdout)
        articles = len(frozen_json["articles"])
        check(frozen_json == installed_json, "frozen detect JSON == installed detect JSON (without source.path)",
              "outputs differ")
        check(cold.stdout == warm.stdout, "same JSON with a cold and a warm jieba cache")
        check(articles > 0, "the sample has articles", str(articles))
    figure("frozen `editor-app detect` on the sample", f"{cold_s:.2f} s with a cold jieba cache, {warm_s:.2f} s "
           f"warm (best of 3); installed package: {installed_s:.2f} s")

    proc, _ = run([frozen, "detect", str(tmp / "no-such-issue.txt")], env)
    lines = proc.stderr.splitlines()
    check(proc.returncode == 2 and len(lines) == 1 and not proc.stdout,
          "detect on a missing file: exit 2, one stderr line, no stdout",
          f"exit {proc.returncode}, stderr {proc.stderr!r}, stdout {proc.stdout[:80]!r}")
    return articles


def run_gui(tmp: Path, name: str, closed_stdio: bool = False, platform: str = "offscreen",
            **extra: str) -> tuple[dict, subprocess.CompletedProcess | None, float]:
    report_file = tmp / f"{name}.json"
    env = isolated_env(tmp / name, QT_QPA_PLATFORM=platform, ISSUE_EDITOR_SMOKE_TEST="1",
                       ISSUE_EDITOR_SMOKE_REPORT=str(report_file), LANG="zh_CN.UTF-8", LANGUAGE="zh_CN", **extra)
    cmd = [str(BUNDLE / "issue-editor"), str(SAMPLE)]
    if platform == "xcb":  # a private X server for this one run
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *cmd]
    env["ISSUE_EDITOR_SMOKE_T0"] = repr(time.time())
    start = time.perf_counter()
    proc = None
    if closed_stdio:
        def close_stdio() -> None:  # runs in the child before exec: no stdin, stdout or stderr at all
            for fd in (0, 1, 2):
                os.close(fd)

        code = subprocess.Popen(cmd, env=env, preexec_fn=close_stdio, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait(TIMEOUT_S)
    else:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
        code = proc.returncode
    elapsed = time.perf_counter() - start
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    report["launcher_exit_code"] = code
    return report, proc, elapsed


def check_gui(tmp: Path, articles: int) -> None:
    print("frozen window (offscreen)")
    report, proc, elapsed = run_gui(tmp, "gui", closed_stdio=False)
    assert proc is not None
    check(report.get("launcher_exit_code") == 0 and report.get("ok") is True, "starts, detects the sample, quits 0",
          json.dumps(report, ensure_ascii=False) + " " + proc.stderr[-2000:])
    if articles:
        check(report.get("articles") == articles, "the window shows as many articles as detect finds",
              f"{report.get('articles')} != {articles}")
    check(report.get("desktop_file_name") == APP_ID, "setDesktopFileName matches the desktop id",
          str(report.get("desktop_file_name")))
    check(report.get("qtbase_zh_CN_shipped") is True, "Qt's Chinese translation is where Qt looks for it")
    bad = [line for line in proc.stderr.splitlines() if any(s in line for s in BAD_STDERR)]
    check(not bad, "no traceback or Qt plugin error on stderr", " | ".join(bad[:5]))
    print(f"  report: {json.dumps(report, ensure_ascii=False)}")
    if report.get("detection_done_s") is not None:
        figure("frozen window start-up", f"window shown {report.get('window_shown_s')} s, sample detected "
               f"{report.get('detection_done_s')} s, jieba loaded {report.get('segmenter_loaded_s')} s, "
               f"process exited {elapsed:.2f} s after launch")

    if shutil.which("xvfb-run"):
        grab = ROOT / "dist" / "smoke-x11.png"
        report, proc, _ = run_gui(tmp, "gui-x11", platform="xcb", ISSUE_EDITOR_SMOKE_GRAB=str(grab))
        check(report.get("ok") is True and report.get("platform") == "xcb" and report.get("launcher_exit_code") == 0,
              "starts on X11 (Xvfb, the xcb plugin), detects the sample, quits 0",
              json.dumps(report, ensure_ascii=False) + " " + (proc.stderr[-2000:] if proc else ""))
        if report.get("grabbed"):
            print(f"  note: a picture of the frozen window on X11 is in {grab.relative_to(ROOT)}")
    else:
        print("  skip X11 run: xvfb-run is not installed (apt-get install xvfb)")

    report, _, elapsed = run_gui(tmp, "gui-no-stdio", closed_stdio=True)
    check(report.get("launcher_exit_code") == 0 and report.get("ok") is True,
          "starts and quits 0 with stdin/stdout/stderr closed", json.dumps(report, ensure_ascii=False))
    check(report.get("stdio_guarded") == ["stdout", "stderr"], "missing stdout/stderr were replaced by os.devnull",
          str(report.get("stdio_guarded")))
    if report.get("detection_done_s") is not None:
        figure("frozen window start-up, no stdio", f"sample detected {report.get('detection_done_s')} s, "
               f"process exited {elapsed:.2f} s after launch")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the bundle already in dist/issue-editor/")
    parser.add_argument("--python", default=sys.executable,
                        help="the Python with Issue Editor installed (default: this one)")
    args = parser.parse_args()

    if not args.no_build:
        print("building (packaging/build.sh)")
        start = time.perf_counter()
        built = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT,
                               env={**os.environ, "PYTHON": args.python})
        if built.returncode != 0:
            print(f"smoke test: the build failed (exit {built.returncode})", file=sys.stderr)
            return 1
        figure("build (packaging/build.sh, with tar.gz)", f"{time.perf_counter() - start:.1f} s")
    if not (BUNDLE / "editor-app").exists():
        print(f"smoke test: no bundle in {BUNDLE}; run without --no-build", file=sys.stderr)
        return 1

    tmp = Path(tempfile.mkdtemp(prefix="issue-editor-smoke-"))
    try:
        check_contents()
        articles = check_cli(args.python, tmp)
        check_gui(tmp, articles)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print("figures")
    for name, value in figures:
        print(f"  {name}: {value}")
    if failures:
        print(f"smoke test FAILED: {len(failures)} check(s)", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
