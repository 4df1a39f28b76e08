"""An import killed with SIGKILL half-way through an issue leaves a sound archive: each issue whole or absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from editor_app.core.detect.pipeline import detect_file
from editor_app.core.storage import Archive
from editor_app.core.storage.importer import import_files

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

PAGE = """2026年3月{day}日 星期一 第01版 要闻

滨河区为小微企业减负

本报记者 林书瑶

今年以来，滨河区出台{day}项措施支持小微企业发展，全年预计减免租金3000余万元。

区市场监管局负责人介绍，全区新登记小微企业1200余家，同比增长15%。

老旧小区加装电梯提速

本报讯（记者 韩晓松）滨河区今年计划为80栋老旧住宅楼加装电梯，目前已有32栋开工。

居民代表说，加装电梯解决了老人上下楼难的问题。
"""

# The child runs the real `editor-app import`, with one test hook: after an issue's rows are written and
# before COMMIT it notes the issue's id and dawdles, so the kill lands inside a transaction.
CHILD = r"""
import argparse, sys, time
from editor_app import cli, cli_archive
from editor_app.core.storage import archive as A

marker = sys.argv[1]
insert = A.Archive._insert_issue
def slow_insert(self, *args, **kwargs):
    issue_id = insert(self, *args, **kwargs)
    with open(marker, "a") as fh:
        fh.write(f"{issue_id}\n")
    time.sleep(0.3)
    return issue_id
A.Archive._insert_issue = slow_insert

build = cli.build_parser
def build_with_archive():
    parser = build()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "import" not in sub.choices:
        cli_archive.add_commands(sub)
    return parser
cli.build_parser = build_with_archive
sys.exit(cli.main(["import", "--jobs", "1", *sys.argv[2:]]))
"""


def test_sigkill_during_import_leaves_whole_issues(tmp_path):
    files = []
    for day in range(1, 21):
        path = tmp_path / f"issue-202603{day:02d}.txt"
        path.write_text(PAGE.format(day=day), encoding="utf-8")
        files.append(path)
    db = tmp_path / "archive.sqlite3"
    marker = tmp_path / "in-transaction.txt"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(marker), "--db", str(db), *map(str, files)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            if marker.exists() and len(marker.read_text().split()) >= 4:
                break
            time.sleep(0.02)
        assert child.poll() is None, child.stderr.read().decode()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    in_flight = int(marker.read_text().split()[-1])

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    expected = {p.name: detect_file(p) for p in files}
    with Archive.open(db) as archive:
        assert archive.check() == []
        archive.conn.execute("INSERT INTO article_search_fts(article_search_fts) VALUES ('integrity-check')")
        stored = archive.list_issues()
        assert [s.id for s in stored] == list(range(1, in_flight))  # the killed issue is not there at all
        for s in stored:
            issue = expected[s.source_name]
            rows = archive.conn.execute("SELECT (SELECT count(*) FROM blocks WHERE issue_id = ?), "
                                        "(SELECT count(*) FROM articles WHERE issue_id = ?), "
                                        "(SELECT count(*) FROM article_search s JOIN articles a ON a.id = s.id "
                                        "WHERE a.issue_id = ?)", (s.id, s.id, s.id)).fetchone()
            assert rows == (len(issue.blocks), len(issue.views()), len(issue.views()))
            assert (s.blocks, s.articles) == (len(issue.blocks), len(issue.views()))
            assert archive.load_issue(s.id).to_json()["articles"] == issue.to_json()["articles"]
        # importing again completes the archive; what was stored is recognised
        results = import_files(archive, files)
        assert sum(not r.created for r in results) == len(stored)
        assert len(archive.list_issues()) == len(files)
        assert archive.check() == []
