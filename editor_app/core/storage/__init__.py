"""The archive: issues, articles, people and edits in one local SQLite file, searchable in Chinese."""

from __future__ import annotations

from .archive import Archive, ArchiveError, EditLogEntry, IssueSummary
from .campaigns import KEEP, CampaignInfo, TaggedArticle
from .people import Person
from .search import Hit
from .sections import SectionInfo

__all__ = ["KEEP", "Archive", "ArchiveError", "CampaignInfo", "EditLogEntry", "Hit", "IssueSummary", "Person",
           "SectionInfo", "TaggedArticle"]
