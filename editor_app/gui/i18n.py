"""Translations: which language the UI speaks, the translators that make it so, and labels for core names."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.paths import resource_path

# (code, label): the label of each language is in that language, so a user can always find their own.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"))
DEFAULT_LANGUAGE = "en"


def resolve_language(preference: str | None, system_name: str | None = None) -> str:
    """The language code to load: the preference if it names one we ship, else the system locale's."""
    codes = {code for code, _ in LANGUAGES}
    if preference in codes:
        return preference
    name = system_name if system_name is not None else QLocale.system().name()
    # Every Chinese locale reads Simplified Chinese better than English (we ship no Traditional yet).
    if name.lower().startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def translations_folder():
    return resource_path("i18n")


class Translations:
    """The translators installed on the application; `switch()` replaces them."""

    def __init__(self):
        self.language = DEFAULT_LANGUAGE
        self._installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators

    def switch(self, language: str) -> bool:
        """Install the translators for `language`; True if our own catalogue loaded."""
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        ours = QTranslator()
        # English is the source language; its catalogue holds only the plural forms ("1 article", "2 articles").
        loaded = ours.load(f"editor_app_{language}", str(translations_folder()))
        if loaded:
            app.installTranslator(ours)
            self._installed.append(ours)
        if language == DEFAULT_LANGUAGE:
            return loaded
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return loaded


# --- labels for the core's English names ------------------------------------------------------------------

_ROLE_LABELS = {
    "banner": QT_TRANSLATE_NOOP("Labels", "Banner"),
    "kicker": QT_TRANSLATE_NOOP("Labels", "Kicker"),
    "headline": QT_TRANSLATE_NOOP("Labels", "Headline"),
    "subtitle": QT_TRANSLATE_NOOP("Labels", "Subtitle"),
    "byline": QT_TRANSLATE_NOOP("Labels", "Byline"),
    "body": QT_TRANSLATE_NOOP("Labels", "Body"),
    "subhead": QT_TRANSLATE_NOOP("Labels", "Subhead"),
    "caption": QT_TRANSLATE_NOOP("Labels", "Caption"),
    "credit": QT_TRANSLATE_NOOP("Labels", "Credit"),
    "furniture": QT_TRANSLATE_NOOP("Labels", "Page furniture"),
}
_BYLINE_ROLE_LABELS = {
    "reporter": QT_TRANSLATE_NOOP("Labels", "Reporter"),
    "intern": QT_TRANSLATE_NOOP("Labels", "Intern reporter"),
    "correspondent": QT_TRANSLATE_NOOP("Labels", "Correspondent"),
    "photographer": QT_TRANSLATE_NOOP("Labels", "Photographer"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "editor": QT_TRANSLATE_NOOP("Labels", "Editor"),
}
_STATUS_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Labels", "Detected"),
    "edited": QT_TRANSLATE_NOOP("Labels", "Edited"),
    "reviewed": QT_TRANSLATE_NOOP("Labels", "Reviewed"),
}
_FIELD_LABELS = {
    "headline": QT_TRANSLATE_NOOP("Labels", "Headline"),
    "kicker": QT_TRANSLATE_NOOP("Labels", "Kicker"),
    "subtitle": QT_TRANSLATE_NOOP("Labels", "Subtitle"),
    "banner": QT_TRANSLATE_NOOP("Labels", "Banner"),
    "section": QT_TRANSLATE_NOOP("Labels", "Section"),
    "page": QT_TRANSLATE_NOOP("Labels", "Page"),
    "dateline": QT_TRANSLATE_NOOP("Labels", "Dateline"),
    "bylines": QT_TRANSLATE_NOOP("Labels", "Bylines"),
    "campaigns": QT_TRANSLATE_NOOP("Labels", "Campaigns"),
}


def _label(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("Labels", source) if source else key


def role_label(role: str) -> str:
    return _label(_ROLE_LABELS, role)


def byline_role_label(role: str) -> str:
    return _label(_BYLINE_ROLE_LABELS, role)


def status_label(status: str) -> str:
    return _label(_STATUS_LABELS, status)


def field_label(name: str) -> str:
    return _label(_FIELD_LABELS, name)


# --- the core's one-line messages, in the user's language ---------------------------------------------------
# The core speaks English; these tables translate the messages it is known to produce. Anything else is
# shown as it is (still one line), so a new core message is never lost, only untranslated.

_EXACT_MESSAGES = (
    QT_TRANSLATE_NOOP("CoreMessages", "this block is page furniture and belongs to no article"),
    QT_TRANSLATE_NOOP("CoreMessages", "the article already starts at this block"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no article on that side to merge with"),
    QT_TRANSLATE_NOOP("CoreMessages", "only an article's first block can move to the previous article"),
    QT_TRANSLATE_NOOP("CoreMessages", "only an article's last block can move to the next article"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no article on that side"),
    QT_TRANSLATE_NOOP("CoreMessages", "no block selected"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "only a body block right after a body block of the same article can be joined"),
)

_PATTERN_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^there is no block (?P<a>.+)$"), QT_TRANSLATE_NOOP("CoreMessages", "there is no block %1")),
    (re.compile(r"^there is no article (?P<a>.+)$"), QT_TRANSLATE_NOOP("CoreMessages", "there is no article %1")),
    (re.compile(r"^the article is already tagged (?P<a>.+)$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the article is already tagged %1")),
    (re.compile(r"^the article is not tagged (?P<a>.+)$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the article is not tagged %1")),
    (re.compile(r"^(?P<a>.+) does not exist$"), QT_TRANSLATE_NOOP("CoreMessages", "%1 does not exist")),
    (re.compile(r"^(?P<a>.+) is empty$"), QT_TRANSLATE_NOOP("CoreMessages", "%1 is empty")),
    (re.compile(r"^(?P<a>.+) holds only blank space, no text$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 holds only blank space, no text")),
    (re.compile(r"^(?P<a>.+) is a folder, not a file$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder, not a file")),
    (re.compile(r"^(?P<a>.+) is not a regular file$"), QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a regular file")),
    (re.compile(r"^No permission to read (?P<a>.+)$"), QT_TRANSLATE_NOOP("CoreMessages", "No permission to read %1")),
    (re.compile(r"^(?P<a>.+) is a binary file \((?P<b>.+)\), not a raw issue text$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is a binary file (%2), not a raw issue text")),
    (re.compile(r"^(?P<a>.+) is not text in a supported encoding \(UTF-8, GB18030/GBK, Big5, UTF-16\)$"),
     QT_TRANSLATE_NOOP("CoreMessages",
                       "%1 is not text in a supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16)")),
    (re.compile(r"^(?P<a>.+) is too large \((?P<b>.+)\)$"), QT_TRANSLATE_NOOP("CoreMessages", "%1 is too large (%2)")),
    (re.compile(r"^(?P<a>.+) is encoded as UTF-32, which is not supported; save it as UTF-8$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is encoded as UTF-32, which is not supported; save it as UTF-8")),
    (re.compile(r"^Cannot read (?P<a>.+?): (?P<b>.+)$"), QT_TRANSLATE_NOOP("CoreMessages", "Cannot read %1: %2")),
    (re.compile(r"^the archive (?P<a>.+) is in use by another program \(still locked after (?P<b>.+) s\); "
                r"close it there and try again$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the archive %1 is in use by another program (still locked after %2 s); "
                                       "close it there and try again")),
    (re.compile(r"^the archive (?P<a>.+) is read-only$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the archive %1 is read-only")),
    (re.compile(r"^the archive (?P<a>.+) is damaged \((?P<b>.+)\); restore it from a backup$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the archive %1 is damaged (%2); restore it from a backup")),
    (re.compile(r"^the disk holding the archive (?P<a>.+) is full$"),
     QT_TRANSLATE_NOOP("CoreMessages", "the disk holding the archive %1 is full")),
    (re.compile(r"^there is no issue (?P<a>.+) in the archive$"),
     QT_TRANSLATE_NOOP("CoreMessages", "there is no issue %1 in the archive")),
    (re.compile(r"^(?P<a>.+) is not an Issue Editor archive \(it is not a SQLite database\)$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an Issue Editor archive (it is not a SQLite database)")),
    (re.compile(r"^(?P<a>.+) is a SQLite database but not an Issue Editor archive$"),
     QT_TRANSLATE_NOOP("CoreMessages", "%1 is a SQLite database but not an Issue Editor archive")),
    (re.compile(r"^cannot use the archive (?P<a>.+?): (?P<b>.+)$"),
     QT_TRANSLATE_NOOP("CoreMessages", "cannot use the archive %1: %2")),
    (re.compile(r"^unknown role (?P<a>.+)$"), QT_TRANSLATE_NOOP("CoreMessages", "unknown role %1")),
    (re.compile(r"^(?P<a>.+) cannot be edited$"), QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be edited")),
)


def core_message(message: str) -> str:
    """A core error message (CommandError, InputError, ArchiveError) in the UI language, on one line."""
    message = " ".join(str(message).split()) or "?"
    if message in _EXACT_MESSAGES:
        return QCoreApplication.translate("CoreMessages", message)
    for pattern, template in _PATTERN_MESSAGES:
        m = pattern.match(message)
        if m:
            out = QCoreApplication.translate("CoreMessages", template)
            for k, value in enumerate(m.groups(), start=1):
                out = out.replace(f"%{k}", value)
            return out
    return message


_COMMAND_TEXTS = {
    "Split article": QT_TRANSLATE_NOOP("Commands", "Split article"),
    "Merge articles": QT_TRANSLATE_NOOP("Commands", "Merge articles"),
    "Move block to previous article": QT_TRANSLATE_NOOP("Commands", "Move block to previous article"),
    "Move block to next article": QT_TRANSLATE_NOOP("Commands", "Move block to next article"),
    "Join paragraph": QT_TRANSLATE_NOOP("Commands", "Join paragraph"),
    "Split paragraph": QT_TRANSLATE_NOOP("Commands", "Split paragraph"),
    "Revert article to detected": QT_TRANSLATE_NOOP("Commands", "Revert article to detected"),
    "Mark reviewed": QT_TRANSLATE_NOOP("Commands", "Mark reviewed"),
}
_COMMAND_PREFIXES = (
    ("Set role: ", QT_TRANSLATE_NOOP("Commands", "Set role: %1"), role_label),
    ("Edit ", QT_TRANSLATE_NOOP("Commands", "Edit %1"), field_label),
    ("Revert ", QT_TRANSLATE_NOOP("Commands", "Revert %1"), field_label),
    ("Tag campaign: ", QT_TRANSLATE_NOOP("Commands", "Tag campaign: %1"), str),
    ("Untag campaign: ", QT_TRANSLATE_NOOP("Commands", "Untag campaign: %1"), str),
    ("Status: ", QT_TRANSLATE_NOOP("Commands", "Status: %1"), status_label),
)


def command_text(text: str) -> str:
    """A core command's name (shown in Undo/Redo) in the UI language."""
    if text in _COMMAND_TEXTS:
        return QCoreApplication.translate("Commands", text)
    for prefix, template, label in _COMMAND_PREFIXES:
        if text.startswith(prefix):
            return QCoreApplication.translate("Commands", template).replace("%1", label(text[len(prefix):]))
    return text
