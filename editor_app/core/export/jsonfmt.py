"""The documented, versioned JSON of an issue (the same shape `editor-app detect` prints)."""

from __future__ import annotations

import json

from ..issue import Issue


def issue_json(issue: Issue) -> dict:
    return issue.to_json()


def issues_json_text(issues: list[Issue]) -> str:
    data = issue_json(issues[0]) if len(issues) == 1 else {"issues": [issue_json(i) for i in issues]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
