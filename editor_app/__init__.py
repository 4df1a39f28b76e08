"""Issue Editor: turn a newspaper issue's raw text into clean, structured articles."""

__version__ = "0.1.0"
APP_ID = "cn.issueeditor.IssueEditor"
