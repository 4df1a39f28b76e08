"""Text made safe for every export: no control characters, no characters XML forbids."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and U+0020.. (minus surrogates and U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(s: str | None) -> str:
    if not s:
        return ""
    return _NOT_XML.sub("", _CONTROL.sub("", str(s)))
