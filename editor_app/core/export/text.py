"""Markdown and plain text: one cleaned article after another."""

from __future__ import annotations

import re

from ..issue import Issue
from ..model import ArticleView
from .clean import clean_text

ROLE_LABELS_ZH = {"reporter": "记者", "intern": "实习记者", "correspondent": "通讯员", "photographer": "摄影",
                  "source": "来源", "editor": "编辑"}
_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x85\u2028\u2029]+")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.M)
_BODY_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def md_escape(s: str) -> str:
    """Escape Markdown syntax (and any HTML) so hostile text stays text; Chinese text is left readable."""
    s = _LINE_BREAKS.sub(" ", clean_text(s))  # one field stays on one line: no break can start a new block
    s = _MD_INLINE.sub(r"\\\1", s)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), s)


def one_line(s: str | None) -> str:
    """A head field for plain text: cleaned, and on one line whatever breaks an editor typed into it."""
    return _LINE_BREAKS.sub(" ", clean_text(s))


def _plain_body(s: str) -> str:
    return _BODY_BREAKS.sub("\n", clean_text(s))


def byline_line(view: ArticleView) -> str:
    return "  ".join(f"{ROLE_LABELS_ZH.get(b.role, b.role)} {b.name}" for b in view.bylines)


def _issue_title(issue: Issue) -> str:
    meta = issue.meta
    parts = [p for p in (meta.paper, meta.date, meta.number and f"第{meta.number}期") if p]
    return " ".join(parts) or (issue.source.path or "")


def markdown(issues: list[Issue]) -> str:
    out: list[str] = []
    for issue in issues:
        title = _issue_title(issue)
        if title:
            out += [f"# {md_escape(title)}", ""]
        for v in issue.views():
            out += _article_md(v)
    return "\n".join(out).rstrip() + "\n"


def _article_md(v: ArticleView) -> list[str]:
    lines: list[str] = []
    if v.banner:
        lines.append(f"*{md_escape(v.banner)}*")
    if v.kicker:
        lines.append(f"**{md_escape(v.kicker)}**")
    lines += [f"## {md_escape(v.headline or '（无标题）')}", ""]
    if v.subtitle:
        lines += [f"**{md_escape(v.subtitle)}**", ""]
    meta = [x for x in (v.section and f"{v.section}", v.page and f"第{v.page}版") if x]
    if meta:
        lines += [md_escape(" · ".join(meta)), ""]
    if v.bylines:
        lines += [md_escape(byline_line(v)), ""]
    dateline_pending = bool(v.dateline)
    for kind, text in v.body:
        if kind == "paragraph":
            body = md_escape(text)
            if dateline_pending:
                body = f"**{md_escape(v.dateline)}** {body}"
                dateline_pending = False
            lines += [body, ""]
        elif kind == "subhead":
            lines += [f"### {md_escape(text)}", ""]
        elif kind == "caption":
            lines += [f"> 图：{md_escape(text)}", ""]
        elif kind == "credit":
            lines += [f"*{md_escape(text)}*", ""]
    if v.campaigns:
        lines += ["标签：" + "，".join(md_escape(c) for c in v.campaigns), ""]
    lines += ["---", ""]
    return lines


def plain_text(issues: list[Issue]) -> str:
    out: list[str] = []
    for issue in issues:
        title = _issue_title(issue)
        if title:
            out += [one_line(title), "=" * 20, ""]
        for v in issue.views():
            for label in (v.banner, v.kicker):
                if label:
                    out.append(one_line(label))
            out.append(one_line(v.headline or "（无标题）"))
            if v.subtitle:
                out.append(one_line(v.subtitle))
            if v.bylines:
                out.append(one_line(byline_line(v)))
            out.append("")
            dateline_pending = bool(v.dateline)
            for kind, text in v.body:
                text = _plain_body(text)
                if kind == "paragraph" and dateline_pending:
                    text = f"{one_line(v.dateline)} {text}"
                    dateline_pending = False
                out.append(f"【图】{text}" if kind == "caption" else text)
                out.append("")
            out += ["-" * 20, ""]
    return "\n".join(out).rstrip() + "\n"
