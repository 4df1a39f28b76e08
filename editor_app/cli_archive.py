"""The archive commands of `editor-app`: import, list, show, search, export and backup."""

from __future__ import annotations

import argparse
import datetime as _dt
import getpass
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .core.storage import Archive, ArchiveError

EXIT_OK = 0
EXIT_BAD_INPUT = 2
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _cli_error(message: str) -> Exception:
    # imported late: cli.py imports this module while it builds its parser
    from .cli import CliError

    return CliError(message)


def _date(text: str) -> str:
    """argparse type for YYYY-MM-DD dates."""
    try:
        if _DATE_RE.fullmatch(text):
            _dt.date.fromisoformat(text)
            return text
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")


def _archive_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db)
    from .core.paths import default_archive_path

    return default_archive_path()


@contextmanager
def _opened(args: argparse.Namespace, *, write: bool) -> Iterator[Archive]:
    """The archive for one command; every ArchiveError becomes the CLI's one-line error (exit 2)."""
    path = _archive_path(args)
    try:
        if write:
            archive = Archive.open(path, create=True)
        else:
            # Reading needs no write lock, so it works while another program imports; an archive from an
            # older version is upgraded once (that needs writing).
            try:
                archive = Archive.open(path, create=False, readonly=True)
            except ArchiveError as exc:
                if exc.kind != "outdated":
                    raise
                archive = Archive.open(path, create=False)
    except ArchiveError as exc:
        raise _cli_error(str(exc)) from None
    try:
        yield archive
    except ArchiveError as exc:
        raise _cli_error(str(exc)) from None
    finally:
        archive.close()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing an import for
        return "import"


class Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = (total > 1 and isatty()) if enabled is None else enabled
        self._drawn = False

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False

    def update(self, done: int, label: str = "") -> None:
        if not self.enabled:
            return
        filled = self.WIDTH * done // max(self.total, 1)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self._clear()
        self.stream.write(f"[{bar}] {done}/{self.total} {label[-40:]}")
        self.stream.flush()
        self._drawn = True

    def print(self, text: str, stream: TextIO) -> None:
        """Print a line without tearing the bar (it is drawn again by the next update)."""
        self._clear()
        print(text, file=stream, flush=True)

    def finish(self) -> None:
        self._clear()
        if self.enabled:
            self.stream.flush()


def cmd_import(args: argparse.Namespace) -> int:
    from .core.storage.importer import import_files

    if args.jobs is not None and args.jobs < 1:
        raise _cli_error("--jobs must be 1 or more")
    progress = Progress(len(args.files))
    failed = created = known = 0

    def report(result, done: int, total: int) -> None:
        nonlocal failed, created, known
        name = result.path
        if result.error:
            failed += 1
            progress.print(f"editor-app: {result.error}", sys.stderr)
        elif result.created:
            created += 1
            progress.print(f"{name}: imported as issue {result.issue_id} ({result.articles} articles, "
                           f"{result.date or 'no date'})", sys.stdout)
        else:
            known += 1
            progress.print(f"{name}: already in the archive as issue {result.issue_id}; nothing stored",
                           sys.stdout)
        progress.update(done, Path(name).name)

    with _opened(args, write=True) as archive:
        try:
            import_files(archive, args.files, paper=args.paper, date=args.date, jobs=args.jobs, who=_user(),
                         on_result=report)
        finally:
            progress.finish()
    if len(args.files) > 1:
        print(f"{created} imported, {known} already in the archive, {failed} failed")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _opened(args, write=False) as archive:
        issues = archive.list_issues()
    for s in issues:
        print(f"{s.id:<5} {s.date or '----------'}  {s.paper or '-'}  {s.articles:3d} articles  {s.status:8s}  "
              f"{s.source_name or ''}")
    if not issues:
        print("the archive holds no issues yet", file=sys.stderr)
    return EXIT_OK


def _issue_id(archive: Archive, text: str) -> int:
    """An issue by id, or by date when exactly one issue has that date."""
    if text.isdigit():
        return int(text)
    if _DATE_RE.fullmatch(text):
        ids = archive.issue_ids_on(text)
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise _cli_error(f"{len(ids)} issues are dated {text} (ids {', '.join(map(str, ids))}); give an id")
        raise _cli_error(f"no issue in the archive is dated {text}")
    raise _cli_error(f"{text!r} is not an issue id (see `editor-app list`)")


def cmd_show(args: argparse.Namespace) -> int:
    from .cli import format_outline

    with _opened(args, write=False) as archive:
        issue_id = _issue_id(archive, args.issue)
        issue = archive.load_issue(issue_id)
    meta = issue.meta
    print(f"issue {issue_id}: {meta.date or 'no date'}" + (f", {meta.paper}" if meta.paper else "")
          + (f", no. {meta.number}" if meta.number else ""))
    print(format_outline(issue))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _opened(args, write=False) as archive:
        try:
            hits = archive.search(args.query, reporter=args.reporter, campaign=args.campaign, section=args.section,
                                  date_from=args.date_from, date_to=args.date_to, limit=args.limit)
        except ValueError as exc:
            raise _cli_error(str(exc)) from None
    if args.json:
        json.dump([h.to_dict() for h in hits], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    tty = sys.stdout.isatty()
    marks = ("\x1b[1;31m", "\x1b[0m") if tty else ("【", "】")
    for h in hits:
        where = "  ".join(x for x in (h.date, h.paper, h.section, h.page and f"p.{h.page}") if x)
        names = "、".join(name for _role, name in h.bylines)
        by = f"  — {names}" if names else ""
        # ISSUE:N is the issue's id and the article's place in it; `show ISSUE` prints that issue
        print(f"{h.issue_id}:{h.position + 1}  {where}  {h.headline or '(no headline)'}{by}")
        print("    " + " ".join(h.snippet(*marks).split()))
    if not hits:
        print("no articles match", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .core.export import ExportError, export_issues
    from .core.export.jsonfmt import issues_json_text

    if not args.issue and not (args.date_from or args.date_to):
        raise _cli_error("give an ISSUE, or a date range with --from/--to")
    with _opened(args, write=False) as archive:
        if args.issue:
            ids = [_issue_id(archive, args.issue)]
        else:
            ids = [s.id for s in archive.list_issues()
                   if s.date and (not args.date_from or s.date >= args.date_from)
                   and (not args.date_to or s.date <= args.date_to)]
            if not ids:
                raise _cli_error("no archived issue is dated in that range")
        issues = [archive.load_issue(i) for i in ids]
    if args.out == "-":
        if args.format != "json":
            raise _cli_error("only --format json can go to standard output")
        sys.stdout.write(issues_json_text(issues))
        return EXIT_OK
    try:
        written = export_issues(issues, args.format, args.out, csv_bom=args.bom)
    except ExportError as exc:
        raise _cli_error(str(exc)) from None
    what = f"{len(written)} files in {args.out}" if len(written) > 1 or args.format == "nitf" else str(written[0])
    print(f"exported {len(issues)} issue{'s' if len(issues) != 1 else ''} as {args.format}: {what}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _opened(args, write=False) as archive:
        dest = archive.backup(args.dest)
    size = dest.stat().st_size
    print(f"backed up the archive to {dest} ({size / 1024 / 1024:.1f} MB)")
    return EXIT_OK


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="the archive file (default: the archive in your user data folder)")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add the archive commands to `editor-app`'s sub-command parsers."""
    p = subparsers.add_parser("import", help="detect raw issue files and store them in the archive")
    p.add_argument("files", nargs="+", metavar="FILE", help="raw issue text files")
    _add_db(p)
    p.add_argument("--paper", help="the newspaper's name, stored with each issue")
    p.add_argument("--date", type=_date, help="the issue date YYYY-MM-DD (default: from the page header or file name)")
    p.add_argument("--jobs", type=int, help="worker processes for detection (default: one per core for many files)")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("list", help="list the archive's issues, one per line starting with its id")
    _add_db(p)
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("show", help="show an archived issue's outline")
    p.add_argument("issue", metavar="ISSUE", help="an issue id (or a date YYYY-MM-DD held by one issue)")
    _add_db(p)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("search", help="full-text search of the archive (Chinese words and names)")
    p.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help="words to find; each space-separated part must occur (none: list what the filters select)")
    p.add_argument("--reporter", help="only articles with this person in a byline")
    p.add_argument("--campaign", help="only articles tagged with this campaign (name or alias)")
    p.add_argument("--section", help="only articles in this section (版面名)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="issues on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="issues on or before YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=50, help="at most this many hits (default: 50)")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    _add_db(p)
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("export", help="export archived issues with the editors' corrections")
    p.add_argument("issue", metavar="ISSUE", nargs="?",
                   help="an issue id (or a date YYYY-MM-DD held by one issue); or use --from/--to")
    p.add_argument("--format", choices=("json", "md", "txt", "csv", "nitf", "docx"), default="json",
                   help="json (the same shape as `detect`, default), md, txt, csv, nitf (PATH is a folder: one "
                        ".xml per article) or docx (several issues: PATH is a folder, one document each)")
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write (written whole or not at all); "
                                                                "- for standard output (json)")
    p.add_argument("--from", dest="date_from", type=_date, help="export every issue dated from this day")
    p.add_argument("--to", dest="date_to", type=_date, help="… up to this day")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    _add_db(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("backup", help="write a consistent copy of the archive")
    p.add_argument("dest", metavar="DEST", help="the backup file, or a folder to put a dated copy in")
    _add_db(p)
    p.set_defaults(func=cmd_backup)
