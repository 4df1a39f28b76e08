"""The archive commands of `editor-app`: import, list, show, search, export, backup, and what the archive learns."""

from __future__ import annotations

import argparse
import datetime as _dt
import getpass
import json
import re
import sys
from collections.abc import Callable, Iterator
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

    def open_it() -> Archive:
        if write:
            return Archive.open(path, create=True)
        # Reading needs no write lock, so it works while another program imports; an archive from an
        # older version is upgraded once (that needs writing).
        try:
            return Archive.open(path, create=False, readonly=True)
        except ArchiveError as exc:
            if exc.kind != "outdated":
                raise
            return Archive.open(path, create=False)

    with _session(open_it) as archive:
        yield archive


@contextmanager
def _session(open_it: Callable[[], Archive]) -> Iterator[Archive]:
    """Open with `open_it`, close at the end; an ArchiveError on the way becomes the one-line CLI error."""
    try:
        archive = open_it()
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
        issue = archive.load_issue(issue_id, suggest=False)
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
        issues = [archive.load_issue(i, suggest=False) for i in ids]
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

    add_learning_commands(subparsers)


# --- learning: people, campaigns, sections, reports ----------------------------------------------------------

def _sub_db(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: an action's parser must not reset a --db given before the action's name
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="the archive file (default: the archive in your user data folder)")


@contextmanager
def _changing(args: argparse.Namespace) -> Iterator[Archive]:
    """An existing archive opened for a correction (never created: there is nothing to correct in a new one)."""
    path = _archive_path(args)
    with _session(lambda: Archive.open(path, create=False)) as archive:
        yield archive


def _write_text_file(path: str, text: str) -> None:
    from .core.atomic import WriteError, atomic_write_text

    try:
        atomic_write_text(path, text)
    except WriteError as exc:
        raise _cli_error(str(exc)) from None


def _columns(rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    """Rows of cells aligned in columns (Chinese characters count two columns)."""
    from .core.reports import display_width, pad

    widths = [max(display_width(r[k]) for r in rows) for k in range(len(rows[0]))]
    return ["  ".join(pad(cell, w, "right" if k in right else "left") for k, (cell, w) in enumerate(zip(r, widths)))
            .rstrip() for r in rows]


def _print_json_data(data: object) -> None:
    from .cli import _print_json

    _print_json(data)


def people_csv(people: list, bom: bool = False) -> str:
    """The roster as CSV text (one person per row)."""
    import csv
    import io

    from .core.learning.names import pinyin

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["name", "pinyin", "roles", "articles", "confirmed", "first_seen", "last_seen", "staff",
                     "aliases"])
    for p in people:
        writer.writerow([p.name, pinyin(p.name), " ".join(p.roles), p.article_count, p.confirmed_count,
                         p.first_seen or "", p.last_seen or "", "yes" if p.staff else "", " ".join(p.aliases)])
    return ("\ufeff" if bom else "") + out.getvalue()


def cmd_people(args: argparse.Namespace) -> int:
    action = getattr(args, "people_action", None)
    who = _user()
    if action == "rename":
        with _changing(args) as archive:
            n = archive.rename_person(args.old, args.new, who=who)
        print(f"renamed {args.old} to {args.new} ({_count(n, 'issue')} rewritten)")
        return EXIT_OK
    if action == "merge":
        with _changing(args) as archive:
            n = archive.merge_people(args.keep, args.absorb, who=who)
        print(f"merged {args.absorb} into {args.keep} ({_count(n, 'issue')} rewritten)")
        return EXIT_OK
    if action == "staff":
        with _changing(args) as archive:
            archive.set_staff(args.name, not args.off, who=who)
            person = archive.person(args.name)
        print(f"{person.name} is {'now' if person.staff else 'no longer'} marked as staff")
        return EXIT_OK
    if action == "add":
        with _opened(args, write=True) as archive:
            person = archive.add_person(args.name, staff=not args.not_staff, who=who)
        print(f"added {person.name} to the roster" + (" as staff" if person.staff else ""))
        return EXIT_OK
    with _opened(args, write=False) as archive:
        people = archive.people(sort=args.sort, include_unused=args.all)
    if args.csv:
        _write_text_file(args.csv, people_csv(people, args.bom))
        print(f"wrote {len(people)} people to {args.csv}")
        return EXIT_OK
    if args.json:
        _print_json_data([p.to_dict() for p in people])
        return EXIT_OK
    if not people:
        print("the roster is empty: import issues first", file=sys.stderr)
        return EXIT_OK
    rows = [["name", "roles", "articles", "confirmed", "first", "last", "staff"]]
    rows += [[p.name, ",".join(p.roles), str(p.article_count), str(p.confirmed_count), p.first_seen or "-",
              p.last_seen or "-", "staff" if p.staff else ""] for p in people]
    for line in _columns(rows, right={2, 3}):
        print(line)
    return EXIT_OK


def _date_or_clear(text: str) -> str:
    """argparse type: a YYYY-MM-DD date, or `none` to clear it."""
    return "" if text.strip().lower() in ("none", "-") else _date(text)


def _count(n: int, noun: str) -> str:
    """`1 issue`, `2 issues`."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _describe_campaign(c) -> str:
    parts = [c.name]
    if c.aliases:
        parts.append("aka " + "、".join(c.aliases))
    if c.active_from or c.active_to:
        parts.append(f"{c.active_from or '…'} to {c.active_to or '…'}")
    if c.color:
        parts.append(c.color)
    return "  ".join(parts)


def cmd_campaigns(args: argparse.Namespace) -> int:
    action = getattr(args, "campaigns_action", None) or "list"
    who = _user()
    if action == "list":
        with _opened(args, write=False) as archive:
            campaigns = archive.campaigns()
        if getattr(args, "json", False):
            _print_json_data([c.to_dict() for c in campaigns])
            return EXIT_OK
        if not campaigns:
            print("no campaigns: add one with `editor-app campaigns add NAME`", file=sys.stderr)
            return EXIT_OK
        rows = [["campaign", "aliases", "active", "colour", "articles", "first", "last"]]
        rows += [[c.name, "、".join(c.aliases), f"{c.active_from or '…'} to {c.active_to or '…'}"
                  if c.active_from or c.active_to else "", c.color or "", str(c.articles), c.first_date or "-",
                  c.last_date or "-"] for c in campaigns]
        for line in _columns(rows, right={4}):
            print(line)
        return EXIT_OK
    if action == "add":
        with _opened(args, write=True) as archive:
            c = archive.add_campaign(args.name, args.alias or [], args.date_from, args.date_to, args.color, who=who,
                                     retag=not args.no_retag)
        print(f"added the campaign {_describe_campaign(c)} ({_count(c.articles, 'stored article')} tagged)")
        return EXIT_OK
    if action == "edit":
        from .core.storage import KEEP

        changes = {}
        if args.new_name is not None:
            changes["new_name"] = args.new_name
        if args.alias is not None or args.no_aliases:
            changes["aliases"] = [] if args.no_aliases else args.alias
        for key, value in (("active_from", args.date_from), ("active_to", args.date_to), ("color", args.color)):
            if value is not None:
                changes[key] = value or None
        if not changes:
            raise _cli_error("nothing to change: give --name, --alias, --no-aliases, --from, --to or --color")
        with _changing(args) as archive:
            c = archive.edit_campaign(args.name, **{k: changes.get(k, KEEP) for k in
                                                    ("new_name", "aliases", "active_from", "active_to", "color")},
                                      who=who, retag=not args.no_retag)
        print(f"campaign now: {_describe_campaign(c)} ({_count(c.articles, 'stored article')} tagged)")
        return EXIT_OK
    if action == "merge":
        with _changing(args) as archive:
            c = archive.merge_campaigns(args.keep, args.absorb, who=who)
        print(f"merged {args.absorb} into {_describe_campaign(c)} ({_count(c.articles, 'stored article')} tagged)")
        return EXIT_OK
    if action == "delete":
        with _changing(args) as archive:
            name = archive.campaign(args.name).name
            n = archive.delete_campaign(name, who=who)
        print(f"deleted the campaign {name} (it tagged {_count(n, 'stored article')})")
        return EXIT_OK
    if action == "suggest":
        with _opened(args, write=False) as archive:
            suggestions = archive.campaign_suggestions(args.min_issues, args.limit, args.date_from, args.date_to)
        if args.json:
            _print_json_data([vars(s) for s in suggestions])
            return EXIT_OK
        if not suggestions:
            print(f"no phrase recurs in {args.min_issues} issues or more", file=sys.stderr)
            return EXIT_OK
        for s in suggestions:
            print(f"{s.phrase}  [{s.kind}] in {s.issues} issues, {s.mentions} mentions")
            for headline in s.examples:
                print(f"    e.g. {headline}")
        return EXIT_OK
    if action == "accept":
        with _changing(args) as archive:
            c = archive.accept_suggestion(args.phrase, args.as_name, who=who)
        print(f"campaign: {_describe_campaign(c)} ({_count(c.articles, 'stored article')} tagged)")
        return EXIT_OK
    if action == "dismiss":
        with _changing(args) as archive:
            archive.dismiss_suggestion(args.phrase, who=who)
        print(f"“{args.phrase}” will not be suggested again")
        return EXIT_OK
    # show: the campaign's articles and why each is tagged
    with _opened(args, write=False) as archive:
        c = archive.campaign(args.name)
        tagged = archive.campaign_articles(c.name, args.limit)
    print(_describe_campaign(c) + f": {c.articles} articles")
    for t in tagged:
        print(f"{t.issue_id}:{t.article}  {t.date or '----------'}  {t.headline or '(no headline)'}  — {t.reason}")
    return EXIT_OK


def cmd_sections(args: argparse.Namespace) -> int:
    action = getattr(args, "sections_action", None)
    who = _user()
    paper = getattr(args, "paper", None)
    if action == "add":
        with _opened(args, write=True) as archive:
            s = archive.add_section(args.name, paper or "", who=who)
        print(f"added the section {s.name}" + (f" to {s.paper}" if s.paper else ""))
        return EXIT_OK
    if action == "rename":
        with _changing(args) as archive:
            n = archive.rename_section(args.old, args.new, paper, who=who)
        print(f"renamed the section {args.old} to {args.new} ({_count(n, 'issue')} rewritten)")
        return EXIT_OK
    if action == "delete":
        with _changing(args) as archive:
            archive.delete_section(args.name, paper, who=who)
        print(f"deleted the section {args.name}")
        return EXIT_OK
    with _opened(args, write=False) as archive:
        sections = archive.section_list(paper)
        model = archive.section_model(paper)
    if getattr(args, "json", False):
        _print_json_data([s.to_dict() for s in sections])
        return EXIT_OK
    if not sections:
        print("no sections yet: they are learned from page headers when issues are imported", file=sys.stderr)
        return EXIT_OK
    rows = [["paper", "section", "pages", "articles", "confirmed", "first", "last"]]
    rows += [[s.paper or "-", s.name, ",".join(s.pages), str(s.articles), str(s.confirmed), s.first_date or "-",
              s.last_date or "-"] for s in sections]
    for line in _columns(rows, right={3, 4}):
        print(line)
    print(f"the section classifier knows {len(model.sections)} sections from {model.documents} confirmed articles")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise _cli_error(f"--to {args.date_to} is before --from {args.date_from}")
    if args.top is not None and args.top < 1:
        raise _cli_error("--top must be 1 or more")
    with _opened(args, write=False) as archive:
        table = archive.report(args.kind, args.by, args.date_from, args.date_to, args.paper)
        colors = {c.name: c.color for c in archive.campaigns() if c.color} if args.kind == "campaigns" else {}
    shown = table.top(args.top, "(other)") if args.top else table
    if args.json:
        _print_json_data(shown.to_dict())
    else:
        print(shown.to_text())
    if args.csv:
        _write_text_file(args.csv, table.to_csv(args.bom))
        print(f"wrote {args.csv}", file=sys.stderr)
    if args.png:
        try:
            from .gui.charts import save_chart
        except ImportError as exc:  # the chart needs Qt's libraries
            raise _cli_error(f"cannot draw the chart: {exc}") from exc
        from .core.atomic import WriteError

        try:
            save_chart(table, args.png, kind=args.chart, top=args.top or 8, colors=colors)
        except WriteError as exc:
            raise _cli_error(str(exc)) from None
        print(f"wrote {args.png}", file=sys.stderr)
    return EXIT_OK


def add_learning_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add the people, campaigns, sections and report commands to `editor-app`."""
    from .core.reports import PERIODS, REPORT_KINDS
    from .core.storage.people import PEOPLE_SORTS

    p = subparsers.add_parser("people", help="the people roster from bylines: list, rename, merge, mark staff")
    _add_db(p)
    p.add_argument("--sort", choices=PEOPLE_SORTS, default="pinyin", help="order of the list (default: pinyin)")
    p.add_argument("--all", action="store_true", help="also list names no stored byline uses any more")
    p.add_argument("--csv", metavar="PATH", help="write the list as CSV instead of printing it")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=cmd_people)
    actions = p.add_subparsers(dest="people_action", metavar="ACTION")
    a = actions.add_parser("rename", help="spell a person differently in every byline")
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    _sub_db(a)
    a = actions.add_parser("merge", help="two spellings are one person: B's bylines become A's")
    a.add_argument("keep", metavar="A", help="the spelling to keep")
    a.add_argument("absorb", metavar="B", help="the spelling to merge into A")
    _sub_db(a)
    a = actions.add_parser("staff", help="mark a person as staff (or not, with --off)")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--off", action="store_true", help="no longer staff")
    _sub_db(a)
    a = actions.add_parser("add", help="add a person to the roster before any byline names them")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--not-staff", action="store_true", help="not one of the paper's staff")
    _sub_db(a)

    p = subparsers.add_parser("campaigns", help="the campaign list: add, edit, merge, delete, suggestions")
    _add_db(p)
    p.set_defaults(func=cmd_campaigns)
    actions = p.add_subparsers(dest="campaigns_action", metavar="ACTION")
    a = actions.add_parser("list", help="list the campaigns with their article counts (the default)")
    a.add_argument("--json", action="store_true", help="print the list as JSON")
    _sub_db(a)
    for name, helptext in (("add", "add a campaign; stored articles that name it are tagged"),
                           ("edit", "change a campaign's name, aliases, dates or colour")):
        a = actions.add_parser(name, help=helptext)
        a.add_argument("name", metavar="NAME")
        a.add_argument("--alias", action="append", metavar="ALIAS",
                       help="another name the campaign goes by (repeat for several" +
                            ("; replaces the aliases)" if name == "edit" else ")"))
        fmt = _date_or_clear if name == "edit" else _date
        a.add_argument("--from", dest="date_from", type=fmt, metavar="DATE",
                       help="first day it is active, YYYY-MM-DD" + (" (none to clear)" if name == "edit" else ""))
        a.add_argument("--to", dest="date_to", type=fmt, metavar="DATE",
                       help="last day it is active, YYYY-MM-DD" + (" (none to clear)" if name == "edit" else ""))
        a.add_argument("--color", metavar="#RRGGBB", help="its colour in views and charts"
                       + (" (none to clear)" if name == "edit" else ""))
        a.add_argument("--no-retag", action="store_true", help="leave the tags of stored articles as they are")
        if name == "edit":
            a.add_argument("--name", dest="new_name", metavar="NEW", help="a new name (the old one becomes an alias)")
            a.add_argument("--no-aliases", action="store_true", help="remove every alias")
        _sub_db(a)
    a = actions.add_parser("merge", help="two campaigns are one: B's articles and names move to A")
    a.add_argument("keep", metavar="A")
    a.add_argument("absorb", metavar="B")
    _sub_db(a)
    a = actions.add_parser("delete", help="delete a campaign and its tags")
    a.add_argument("name", metavar="NAME")
    _sub_db(a)
    a = actions.add_parser("suggest", help="recurring banners and quoted phrases that may be campaigns")
    a.add_argument("--min-issues", type=int, default=2, help="in at least this many issues (default: 2)")
    a.add_argument("--limit", type=int, default=20, help="at most this many suggestions (default: 20)")
    a.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="issues on or after YYYY-MM-DD")
    a.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="issues on or before YYYY-MM-DD")
    a.add_argument("--json", action="store_true", help="print the suggestions as JSON")
    _sub_db(a)
    a = actions.add_parser("accept", help="make a suggested phrase a campaign (or an alias of one, with --name)")
    a.add_argument("phrase", metavar="PHRASE")
    a.add_argument("--name", dest="as_name", metavar="NAME", help="the campaign's name (default: the phrase)")
    _sub_db(a)
    a = actions.add_parser("dismiss", help="never suggest this phrase again")
    a.add_argument("phrase", metavar="PHRASE")
    _sub_db(a)
    a = actions.add_parser("show", help="a campaign's articles and why each is tagged")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--limit", type=int, default=50, help="at most this many articles (default: 50)")
    _sub_db(a)

    p = subparsers.add_parser("sections", help="each paper's sections (版面): list, add, rename, delete")
    _add_db(p)
    p.add_argument("--paper", help="only this paper's sections")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=cmd_sections)
    actions = p.add_subparsers(dest="sections_action", metavar="ACTION")
    for name, helptext in (("add", "add a section to a paper's list"),
                           ("rename", "rename a section (its articles move; onto an existing one: merge)"),
                           ("delete", "delete an unused section")):
        a = actions.add_parser(name, help=helptext)
        if name == "rename":
            a.add_argument("old", metavar="OLD")
            a.add_argument("new", metavar="NEW")
        else:
            a.add_argument("name", metavar="NAME")
        a.add_argument("--paper", default=argparse.SUPPRESS,
                       help="the paper (default: every paper; for add, issues without a paper)")
        _sub_db(a)

    p = subparsers.add_parser("report", help="articles per campaign, reporter or section per week or month")
    p.add_argument("kind", choices=REPORT_KINDS, help="what the rows are")
    p.add_argument("--by", choices=PERIODS, default="month", help="the columns: week, month or total (default: month)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="issues on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="issues on or before YYYY-MM-DD")
    p.add_argument("--paper", help="only this paper's issues")
    p.add_argument("--top", type=int, help="only the N largest rows (the rest as one row)")
    p.add_argument("--csv", metavar="PATH", help="also write the table as CSV")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    p.add_argument("--png", metavar="PATH", help="also draw the table as a PNG chart")
    p.add_argument("--chart", choices=("auto", "bar", "line"), default="auto",
                   help="the chart: bars of totals, lines over time, or auto (lines for two periods or more)")
    p.add_argument("--json", action="store_true", help="print the table as JSON")
    _add_db(p)
    p.set_defaults(func=cmd_report)
