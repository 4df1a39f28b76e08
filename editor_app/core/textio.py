"""Read a raw issue file: detect its encoding, reject binary data, and return normalised text.

Decoding policy (``decode_bytes``), in this order:

1. Byte-order mark. A UTF-8 BOM means UTF-8 ("utf-8-sig"), a UTF-16 LE/BE BOM means UTF-16 of that
   byte order; the data must then decode strictly or it is rejected. UTF-32 BOMs are rejected.
2. Binary signatures. Data that starts like a PNG, JPEG, GIF, PDF, ZIP (DOCX/XLSX), gzip, SQLite,
   ELF, 7z, RAR, ... file is rejected as binary.
3. UTF-16 without BOM. Only data holding NUL bytes is considered (ASCII characters leave a NUL in
   every second byte). It must be of even length, at least ``_UTF16_MIN_BYTES`` long, decode strictly
   in one byte order, and the result must be mostly ordinary text characters (ASCII, Latin, CJK,
   CJK and general punctuation, full-width forms): a byte-swapped reading of Chinese text, and random
   binary data, fall far below the threshold. Any other data with a NUL byte is rejected as binary.
4. Strict UTF-8.
5. GB18030 or Big5 (GBK and GB2312 are subsets of GB18030 and decode as "gb18030"). Both are tried
   strictly. If only one decodes, it is taken. If both do (Big5 bytes nearly always also decode as
   GB18030 mojibake, and short GB text can decode as Big5):

   * when the data holds at least ``_DETECTOR_MIN_CHARS`` double-byte characters, charset-normalizer,
     limited to these two candidates and run over the whole data, decides if it ranks one strictly
     better than the other;
   * otherwise (short input, where the detector is unreliable, or no clear ranking) each decoding is
     scored: +2 for each character among the 1,000 most frequent Simplified characters and their
     Traditional forms, -3 for each character that ordinary Chinese text hardly uses but mojibake
     produces (private use area, CJK extension blocks, compatibility ideographs, kana, bopomofo,
     half-width katakana, anything outside the BMP), and in the GB18030 reading -1 for each ideograph
     outside GB2312. The higher score wins; on a tie the detector's choice, then GB18030.

   Known limit: a very short GB18030 text can also be valid UTF-8 (通讯员 is the bytes of "ͨѶԱ") and is
   then read as UTF-8, because strict UTF-8 comes first. Real issue files are far too long for this.
6. Nothing decodes: ``InputError``.

After decoding, newlines are normalised ("\\r\\n" and lone "\\r" become "\\n", a leading BOM character is
dropped), and C0 control characters other than tab and newline, DEL and the C1 controls U+0080..U+009F
are replaced one for one by a space, so character offsets stay valid. Decoded text with more than 5%
control characters (and more than one) is rejected as binary. Nothing else is changed: Chinese
punctuation and full-width characters are kept exactly as they are (no NFKC).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

__all__ = [
    "clean_text",
    "DecodedText",
    "InputError",
    "SUPPORTED_ENCODINGS",
    "decode_bytes",
    "normalize_newlines",
    "read_issue_file",
]

SUPPORTED_ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16-le", "utf-16-be")
# A day's issue is well under 1 MB; detection holds ~11 bytes per byte of a very large file (the window ~19), so the
# limit keeps a mistaken multi-gigabyte file from exhausting memory.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """A problem with the user's input, with a one-line message fit to show a user (no traceback)."""


@dataclass(frozen=True)
class DecodedText:
    """Decoded, normalised text of an input together with facts about the original bytes."""

    text: str  # decoded, line endings normalised to "\n", BOM dropped
    encoding: str  # one of SUPPORTED_ENCODINGS
    sha256: str  # hex sha256 of the ORIGINAL bytes
    size: int  # number of original bytes


# --- byte-order marks and binary signatures ---------------------------------------------------------

# UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_BOMS: tuple[tuple[bytes, str, str, str], ...] = (
    # (bom, codec that keeps the BOM as U+FEFF, encoding name reported, name shown to the user)
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be", "UTF-16"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or DOCX/XLSX document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document (DOC/XLS)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"(\xb5/\xfd", "zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "ELF executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio file"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)


def _binary_kind(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like, or None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return {b"WAVE": "WAV audio file", b"AVI ": "AVI video", b"WEBP": "WebP image"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/MOV media file"
    return None


# --- control characters -----------------------------------------------------------------------------

# C0 controls except tab and newline, DEL, C1 controls: each becomes one space.
_CONTROL_CHARS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)))
_CONTROL_RE = re.compile("[" + re.escape(_CONTROL_CHARS) + "]")
_MAX_CONTROL_SHARE = 0.05
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


_SAMPLE_MAX_CHARS = 1 << 20  # the text checks look at no more than this prefix of a large input


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Number of (single-character) matches of ``pattern`` in ``text``, without building a list."""
    return len(text) - len(pattern.sub("", text))


# --- UTF-16 without BOM -----------------------------------------------------------------------------

_UTF16_MIN_BYTES = 16  # 8 code units; shorter NUL-bearing data is too ambiguous to call UTF-16
_UTF16_MIN_TEXT_SHARE = 0.9
# Characters ordinary text (Chinese or Latin) is made of. Extension A is left out on purpose: a
# byte-swapped reading of ASCII text lands there.
_TEXTUAL_RE = re.compile(
    "[\t\n\r\u0020-\u007e\u00a0-\u02ff\u0370-\u052f\u2000-\u206f\u20a0-\u20cf\u2100-\u27bf"
    "\u3000-\u312f\u3200-\u33ff\u4e00-\u9fff\ufe30-\ufe4f\uff00-\uffef"
    "\U0001f000-\U0001faff\U00020000-\U0003134f]"
)


# U+xx00: what ASCII becomes when UTF-16 is read in the wrong byte order (and rare in real text).
_SWAPPED_ASCII_RE = re.compile("[" + "".join(chr(hi << 8) for hi in range(1, 256)) + "]")


def _sniff_utf16(data: bytes) -> tuple[str, str] | None:
    """``(encoding, text)`` if NUL-bearing ``data`` reads as UTF-16 text without a BOM, else None.

    The reading with the larger share of ordinary text characters wins; on a tie (lower-case Latin
    text reads as CJK ideographs either way) the one with fewer U+xx00 characters.
    """
    if len(data) < _UTF16_MIN_BYTES or len(data) % 2:
        return None
    best: tuple[tuple[float, int], str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_MAX_CHARS]
        key = (_count(_TEXTUAL_RE, sample) / len(sample), -_count(_SWAPPED_ASCII_RE, sample))
        if best is None or key > best[0]:
            best = (key, encoding, text)
    if best is None or best[0][0] < _UTF16_MIN_TEXT_SHARE:
        return None
    return best[1], best[2]


# --- GB18030 or Big5 --------------------------------------------------------------------------------

_DETECTOR_MIN_CHARS = 20
_HIGH_BYTES = bytes(range(0x80, 0x100))

# The 1,000 most frequent GB2312 characters (weighted by word frequency in jieba's dictionary), then
# the Traditional (Big5) forms of those that differ, converted with OpenCC s2t: 1,379 characters.
_FREQUENT_CHARS = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
    "过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城"
    "十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领"
    "队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边"
    "据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
    "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营"
    "足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航"
    "陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印"
    "亿沙母酒助闻超审待压升送监策略限竟香配藏敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船"
    "惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
    "简苦担句岁荆贵娘守辖威宜衣帮块堂额错剧充欢够孙班呼阵销坚练脚退读测吴希宁换版异某顾曲楚典朱毒菜判救宋"
    "茶洪含顺啊鲜败货矿端兄归冷忙买险康评肉吗厂永哈沉散遗停笔假输牛洞松渐顶训录否述毕督控丰献姑忽爷互亮纳"
    "襄登咱钟伯臣雄季脑介鄂召饭暗扩祖齐短烈赶牌恩诉移诗础露届蒙静喝盘卖植授伊湾博痛减穿逐秘庭陵固禁票灵杂"
    "姓泽吸侧庆妈遇追甲馆补唐炮沿殿刺怪彩俄旧警索岸轮妇载靠附毫怀软骨探雷旁罪枪牙迎序慢盛雨墙恶谷顿危稳熟"
    "國為這個來會時學說們於後發對長過業裡經門動進區開產軍還種現機體與當兩實麼關從內沒將員東頭間無見戰點場"
    "數樣問並萬級應資務氣漢總電聲設義統處馬兒領隊計別權話報給變書幾華議稱決張導術結師達題條規縣風運組聽濟"
    "黨論強黃選記卻職號類傳帶幹農邊據聯廣質陽難歷專認車臺遊舉線團備爭眾連調轉該爾讓較際親單紅價約亞則屬積"
    "圖準極裝許參觀魚辦復遠構隨劃勢熱網語鐵斷愛紀況證編滿覺雙樂標確織項飛節龍響藥輕擊請離顯羅營視護創餘興"
    "佔雖費試寶識維採宮環鬥鄉責嚴橋僅勝殺圍態楊負層須續狀銀範終錢賽獨細衝獲習醫盡臉彈樓藝陸協鎮檢寫蘇驗緊"
    "勞戶優財養適陳衛雲傷絕階劉剛億聞審壓監敵蘭溫園樹徵詞島預繼執誰驚畫輯劍談禮願築亂講臨揮歐葉簡擔歲荊貴"
    "轄幫塊額錯劇歡夠孫陣銷堅練腳讀測吳寧換異顧順鮮敗貨礦歸買險評嗎廠遺筆輸漸頂訓錄畢豐獻爺納鍾腦飯擴齊趕"
    "訴詩礎屆靜盤賣灣減祕靈雜澤側慶媽館補舊輪婦載懷軟槍牆惡頓穩"
)
_FREQUENT_RE = re.compile("[" + _FREQUENT_CHARS + "]")
# Characters that real Chinese text hardly uses but GB18030-read Big5 (and Big5-read GB) produce.
_UNLIKELY_RE = re.compile(
    "[\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\ue000-\uf8ff\uf900-\ufaff\uff61-\uff9f"
    "\U00010000-\U0010ffff]"
)


@functools.cache
def _outside_gb2312_re() -> re.Pattern[str]:
    """Matches a CJK unified ideograph that GB2312 lacks (built on first use: about 30 ms)."""
    gb2312 = "".join(c for c in map(chr, range(0x4E00, 0xA000)) if c.encode("gb2312", "ignore"))
    return re.compile("[^\x00-\u4dff" + gb2312 + "\ua000-\U0010ffff]")


def _cjk_score(text: str, encoding: str) -> int:
    """How much ``text`` looks like real Chinese: frequent characters up, mojibake-only characters down.

    In a GB18030 reading, a character outside GB2312 also costs one point: Simplified text hardly
    uses them, while Big5 bytes read as GB18030 often land on the Traditional characters of GBK.
    """
    text = text[:_SAMPLE_MAX_CHARS]
    score = 2 * _count(_FREQUENT_RE, text) - 3 * _count(_UNLIKELY_RE, text)
    if encoding == "gb18030":
        score -= _count(_outside_gb2312_re(), text)
    return score


def _detector_ranking(data: bytes) -> list[str]:
    """charset-normalizer's candidates among gb18030/big5, best first; ties make the list empty."""
    try:
        matches = list(from_bytes(data, cp_isolation=["gb18030", "big5"]))
    except Exception:  # a detector failure only means "no opinion"
        return []
    ranked: list[tuple[str, float, float]] = []
    for match in matches:
        try:
            name = codecs.lookup(match.encoding).name
        except LookupError:
            continue
        if name in ("gb18030", "big5") and name not in (r[0] for r in ranked):
            ranked.append((name, match.chaos, -match.coherence))
    if len(ranked) >= 2 and ranked[0][1:] == ranked[1][1:]:
        return []
    return [r[0] for r in ranked]


def _decode_cjk(data: bytes) -> tuple[str, str] | None:
    """``(encoding, text)`` for data in GB18030 or Big5, or None if neither decodes strictly."""
    decoded: dict[str, str] = {}
    for encoding in ("gb18030", "big5"):
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if not decoded:
        return None
    if len(decoded) == 1:
        ((encoding, text),) = decoded.items()
        return encoding, text
    ranking: list[str] | None = None
    double_byte_chars = (len(data) - len(data.translate(None, _HIGH_BYTES))) // 2
    if double_byte_chars >= _DETECTOR_MIN_CHARS:
        ranking = _detector_ranking(data)
        if ranking:
            return ranking[0], decoded[ranking[0]]
    scores = {encoding: _cjk_score(text, encoding) for encoding, text in decoded.items()}
    if scores["gb18030"] != scores["big5"]:
        encoding = max(scores, key=scores.__getitem__)
    else:
        if ranking is None:
            ranking = _detector_ranking(data)
        encoding = ranking[0] if ranking else "gb18030"
    return encoding, decoded[encoding]


# --- public API -------------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """What reading a file does to its text, for text that comes from elsewhere (a paste, a caller):
    newlines normalised, control characters replaced one for one by spaces, lone surrogates (which no
    encoding can store) replaced by U+FFFD. Text that went through `decode_bytes` comes back unchanged."""
    # a regex, not str.translate: translate holds the GIL ~30 ms per MB of Chinese text, a regex that finds
    # nothing ~5 ms (and returns the same string); the window's event loop runs beside detection
    text = _CONTROL_RE.sub(" ", normalize_newlines(text))
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    return text


def normalize_newlines(text: str) -> str:
    """Turn "\\r\\n" and lone "\\r" into "\\n" and drop one leading U+FEFF (byte-order mark)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _binary_error(name: str, kind: str) -> InputError:
    return InputError(f"{name} is a binary file ({kind}), not a raw issue text")


def _undecodable_error(name: str) -> InputError:
    return InputError(f"{name} is not text in a supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16)")


def _decode_raw(data: bytes, name: str) -> tuple[str, str]:
    """``(encoding, text)`` of ``data`` before any normalisation; raises InputError."""
    if data.startswith(_UTF32_BOMS):
        raise InputError(f"{name} is encoded as UTF-32, which is not supported; save it as UTF-8")
    for bom, codec, encoding, label in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig" and b"\x00" in data:
                raise _binary_error(name, "contains NUL bytes")
            try:
                return encoding, data.decode(codec)  # the BOM stays as U+FEFF, dropped later
            except UnicodeDecodeError:
                raise InputError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label}"
                ) from None
    kind = _binary_kind(data)
    if kind is not None:
        raise _binary_error(name, kind)
    if b"\x00" in data:
        found = _sniff_utf16(data)
        if found is None:
            raise _binary_error(name, "contains NUL bytes")
        return found
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _decode_cjk(data)
    if found is None:
        raise _undecodable_error(name)
    return found


def decode_bytes(data: bytes, *, name: str = "The input") -> DecodedText:
    """Decode raw issue bytes following the module's policy; ``name`` is used in error messages."""
    data = bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    encoding, text = _decode_raw(data, name)
    text = normalize_newlines(text)
    controls = _count(_CONTROL_RE, text)
    if controls > max(1, _MAX_CONTROL_SHARE * len(text)):
        raise _binary_error(name, "too many control characters")
    if controls:
        text = _CONTROL_RE.sub(" ", text)
    return DecodedText(text=text, encoding=encoding, sha256=digest, size=len(data))


_BLANK_RE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")


def _display_name(path: str | os.PathLike[str]) -> str:
    """The path as the user gave it, on one line (control characters escaped)."""
    try:
        name = os.fsdecode(path)
    except TypeError:
        name = str(path)
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in name):
        name = ascii(name)
    return name


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def read_issue_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode the raw issue file at ``path``; every problem is an InputError naming the file."""
    name = _display_name(path)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{name} does not exist") from None
    except PermissionError:
        raise InputError(f"No permission to read {name}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"Cannot read {name}: {_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name} is not a regular file")
    if info.st_size > max_bytes:
        raise InputError(
            f"{name} is too large ({_megabytes(info.st_size)}; the limit is {_megabytes(max_bytes)})"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"No permission to read {name}") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{name} does not exist") from None
    except OSError as exc:
        raise InputError(f"Cannot read {name}: {_reason(exc)}") from None
    if len(data) > max_bytes:
        raise InputError(f"{name} is too large (more than {_megabytes(max_bytes)}, the limit)")
    if not data:
        raise InputError(f"{name} is empty")
    decoded = decode_bytes(data, name=name)
    if _BLANK_RE.fullmatch(decoded.text):
        raise InputError(f"{name} holds only blank space, no text")
    return decoded


def _reason(exc: BaseException) -> str:
    """A short, one-line reason for an OS error."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return " ".join(str(reason).split())
