"""Sorting Chinese names the way people expect: by pinyin (surnames read as surnames), then by character."""

from __future__ import annotations

import functools
import unicodedata

# Surnames whose reading differs from the character's most common one (单 is shàn as a surname, not dān).
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "單": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "區": "ou", "乐": "yue", "樂": "yue", "缪": "miao", "繆": "miao", "覃": "qin", "盖": "ge", "蓋": "ge",
    "翟": "zhai", "黑": "he", "尉": "wei", "员": "yun", "員": "yun", "召": "shao", "燕": "yan", "秘": "bi",
    "种": "chong", "種": "chong", "贲": "ben", "賁": "ben", "长孙": "zhang sun", "長孫": "zhang sun",
    "尉迟": "yu chi", "尉遲": "yu chi", "万俟": "mo qi",
}


@functools.lru_cache(maxsize=1)
def _lazy_pinyin():
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # a build without pypinyin still sorts, by code point
        return None
    return lazy_pinyin


def pinyin(name: str) -> str:
    """`name` in toneless pinyin syllables separated by spaces (`陈施君` -> `chen shi jun`).

    The surname is read as a surname (`单` -> shan). Characters pypinyin does not know stay as they are.
    Without pypinyin installed, returns the name unchanged.
    """
    convert = _lazy_pinyin()
    if convert is None or not name:
        return name
    for surname in sorted((s for s in SURNAME_READINGS if name.startswith(s)), key=len, reverse=True):
        rest = name[len(surname):]
        return " ".join([SURNAME_READINGS[surname], *(convert(rest) if rest else [])]).lower()
    return " ".join(convert(name)).lower()


def pinyin_key(name: str) -> tuple[str, str]:
    """A sort key: pinyin first, then the characters, so 陈 and 晨 (both chen) stay apart but together.

    Latin names sort among the pinyin by their letters, case-insensitively.
    """
    plain = unicodedata.normalize("NFKC", name)
    return pinyin(plain), plain


def sort_names(names: list[str]) -> list[str]:
    """The names sorted by `pinyin_key`."""
    return sorted(names, key=pinyin_key)
