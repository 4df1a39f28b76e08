"""The `editor-app` command line: the same core the GUI uses, for power users and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A one-line problem to report on stderr with exit code 2."""


def _print_json(data: object, out=None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def format_outline(issue) -> str:
    """A readable outline of a detected issue, for a person at a terminal."""
    src = issue.source
    lines = [f"{src.path or '(text)'}: {src.encoding}, {src.chars} characters, sha256 {src.sha256[:12]}",
             f"{len(issue.views())} articles, {len(issue.blocks)} blocks, "
             f"{len(issue.doubtful_blocks())} doubtful decisions"]
    for v in issue.views():
        where = " ".join(x for x in (v.section, v.page and f"p.{v.page}") if x)
        lines.append("")
        lines.append(f"{v.position + 1:3d}. {v.headline or '(no headline)'}" + (f"   [{where}]" if where else ""))
        for label, value in (("banner", v.banner), ("kicker", v.kicker), ("subtitle", v.subtitle),
                             ("dateline", v.dateline)):
            if value:
                lines.append(f"     {label}: {value}")
        if v.bylines:
            lines.append("     by: " + "; ".join(f"{b.name} ({b.role})" for b in v.bylines))
        if v.campaigns:
            lines.append("     campaigns: " + ", ".join(v.campaigns))
        counts = f"{len(v.paragraphs)} paragraphs, {len(v.subheads)} subheads, {len(v.captions)} captions"
        lines.append(f"     {counts}; confidence {v.confidence:.2f}" + (f"; {v.doubtful} doubtful" if v.doubtful
                                                                           else ""))
        if v.paragraphs:
            first = v.paragraphs[0]
            lines.append("     | " + (first[:60] + "…" if len(first) > 60 else first))
    return "\n".join(lines)


def cmd_detect(args: argparse.Namespace) -> int:
    from .core.detect.pipeline import detect_file

    issue = detect_file(args.file)
    if args.format == "json":
        _print_json(issue.to_json())
    else:
        print(format_outline(issue))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .core import evaluation
    from .core.detect.pipeline import detect_file

    folder = Path(args.dir)
    if not folder.is_dir():
        raise CliError(f"{folder} is not a folder")
    if not evaluation.gold_files(folder):
        raise CliError(f"{folder} holds no *.gold.json files")
    metrics = evaluation.evaluate_directory(folder, lambda p: detect_file(p).to_json())
    if args.json:
        _print_json(metrics.as_dict())
    else:
        print(evaluation.format_report(metrics, per_issue=args.per_issue))
    if args.baseline:
        try:
            baseline = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CliError(f"cannot read the baseline {args.baseline}: {exc}") from exc
        worse = evaluation.compare_with_baseline(metrics, baseline)
        for line in worse:
            print("worse than baseline: " + line, file=sys.stderr)
        return EXIT_FAILED if worse else EXIT_OK
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from .gui.app import run_gui
    except ImportError as exc:  # the GUI needs Qt's system libraries
        raise CliError(f"the window cannot open: {exc}") from exc
    return run_gui(getattr(args, "file", None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="Issue Editor: turn a newspaper issue's raw text into clean, structured articles. "
                    "With no command it opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("detect", help="detect the articles of a raw issue file")
    p.add_argument("file", help="raw issue text (UTF-8, GB18030/GBK, Big5 or UTF-16)")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("eval", help="score detection on a folder of raw issues with .gold.json answers")
    p.add_argument("dir", help="folder holding NAME.txt and NAME.gold.json pairs")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument("--per-issue", action="store_true", help="also print one line per issue")
    p.add_argument("--baseline", help="a saved metrics JSON; exit 1 if any metric got worse")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("gui", help="open the window (on FILE if given)")
    p.add_argument("file", nargs="?", help="a raw issue file to open")
    p.set_defaults(func=cmd_gui)

    from . import cli_archive  # the archive commands: import, list, show, search, export, backup

    cli_archive.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .core.textio import InputError

    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except (InputError, CliError) as exc:
        print(f"editor-app: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("editor-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - no traceback ever reaches a user
        from .core.errors import report_unexpected

        print(f"editor-app: {report_unexpected(exc)}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
