"""The printed conventions of Chinese newspapers as patterns: page headers, bylines, datelines, credits."""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterable, Iterator

# Simplified and Traditional forms of the words the patterns look for.
BAO = "[报報]"
JI = "[记記]"
ZHE = "者"
SHE = "[摄攝]"
XUN = "[讯訊]"
DIAN = "[电電]"
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
NAME_CHARS = HAN + "·•"

SENTENCE_END = "。！？!?…；;"
CLOSERS = "”’」』）)》】"
# Whitespace inside a line: ASCII, U+3000, NBSP.
WS = r"[ \t\u3000\u00a0]"
WS_RE = re.compile(r"\s+")


def compact(s: str) -> str:
    """The text with every kind of white space removed (how CJK text compares)."""
    return WS_RE.sub("", s)


def ends_sentence(s: str) -> bool:
    """True when the (stripped) text ends a sentence: 。！？… possibly followed by closing quotes or brackets."""
    s = s.rstrip()
    # a trailing note in brackets after a full stop: …新成绩。（贺信全文另发）
    m = re.search(r"[。！？!?][（(][^（）()]{1,40}[）)]$", s)
    if m:
        return True
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and s[-1] in SENTENCE_END


# --- page furniture -----------------------------------------------------------------------------------
_PAGE_NO = r"(?P<page>\d{1,3}|[A-Z]\d{1,2})"
_SECTION = rf"(?P<section>[{HAN}A-Za-z·]{{2,10}})"
_DATE = r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
_WEEKDAY = r"(?:星期|周|禮拜|礼拜)[一二三四五六日天]"
PAGE_HEADER_PATTERNS = [
    # 人民日报 2025年4月17日 第06版 要闻 / 2025年3月1日 星期六 第04版 要闻 / 第01版：要闻
    re.compile(rf"^(?:[{HAN}]{{2,12}}[报報刊]\s+)?(?:{_DATE}\s*)?(?:{_WEEKDAY}\s*)?第\s*{_PAGE_NO}\s*[版頁页]"
               rf"\s*[：:·\-—]?\s*{_SECTION}?(?:\s*\d{{4}}\s*年[\d\s月日]+)?(?:\s*{_WEEKDAY})?$"),
    # 人民日报  社会  10版
    re.compile(rf"^(?:[{HAN}]{{2,12}}[报報刊]\s+)?{_SECTION}\s+{_PAGE_NO}\s*[版頁页]$"),
    # 01 要闻 / A03 国际
    re.compile(rf"^{_PAGE_NO}\s*{_SECTION}$"),
    # 要闻 01
    re.compile(rf"^{_SECTION}\s+{_PAGE_NO}$"),
]
JUMP_LINE = re.compile(
    r"^[（(]\s*(?:[下上][接转轉]|[转轉]\s*[自至]?)\s*第?\s*[\d一二三四五六七八九十]+\s*[版頁页]\s*[）)]$")
JUMP_TO = re.compile(r"[下][转轉接]|[转轉]\s*[至到]?\s*第")
JUMP_FROM = re.compile(r"[上][接转轉]|[转轉]\s*自")
EDITOR_LINE = re.compile(
    rf"^(?:[本此]版)?(?:责任编辑|責任編輯|责编|責編|美术编辑|美術編輯|编辑|編輯|校对|校對|审校|審校|值班编辑)"
    rf"\s*[：:]\s*(?P<names>[{NAME_CHARS}\s、，,]{{2,40}})$")


def match_page_header(s: str) -> dict[str, str | None] | None:
    """`{"page", "section", "date"}` when the line is a page header, else None."""
    line = s.strip()
    if len(line) > 60:
        return None
    for pat in PAGE_HEADER_PATTERNS:
        m = pat.match(line)
        if m:
            d = m.groupdict()
            page = d.get("page")
            if page and page.isdigit():
                page = page.zfill(2)
            return {"page": page, "section": d.get("section"), "date": d.get("date")}
    return None


# --- bylines ------------------------------------------------------------------------------------------
# Role labels, longest first, with the byline role each stands for.
ROLE_LABELS: list[tuple[str, str]] = [
    (rf"本{BAO}特约{JI}{ZHE}", "reporter"),
    (rf"本{BAO}{JI}{ZHE}", "reporter"),
    (rf"本{BAO}[特約约]*評論員|本{BAO}[特約约]*评论员", "reporter"),
    (rf"本{BAO}通[讯訊][员員]", "correspondent"),
    (rf"特约{JI}{ZHE}|特約{JI}{ZHE}", "reporter"),
    (rf"实习{JI}{ZHE}|實習{JI}{ZHE}|实习生|實習生", "intern"),
    (r"通[讯訊][员員]", "correspondent"),
    (rf"新[华華]社{JI}{ZHE}|中新社{JI}{ZHE}|[{HAN}]{{1,6}}网{JI}{ZHE}|[{HAN}]{{1,6}}網{JI}{ZHE}", "reporter"),
    (rf"{JI}{ZHE}", "reporter"),
    (r"[文撰]\s*[/／]", "reporter"),
    (r"[图圖]\s*[/／]|摄影\s*[/／：:]?|攝影\s*[/／：:]?", "photographer"),
    (r"责任编辑[：:]?|責任編輯[：:]?|责编[：:]?|責編[：:]?", "editor"),
]
_LABEL_RE = re.compile("|".join(f"(?P<l{i}>{p})" for i, (p, _r) in enumerate(ROLE_LABELS)))

# A line that is nothing but a byline: labels and names.
OWN_LINE_BYLINE = re.compile(
    rf"^[□■◇◆●○]?\s*(?:{'|'.join(p for p, _ in ROLE_LABELS)})")
# 本报讯 / 本报北京3月1日电 / 新华社北京2月28日电 / 本報訊
DATELINE = re.compile(
    rf"^(?P<dateline>本{BAO}{XUN}|(?:本{BAO}|新[华華]社|中新社|[{HAN}]{{2,8}}社)[{HAN}]{{0,10}}?"
    rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日\s*{DIAN})"
    rf"(?P<gap>{WS}*)(?P<bracket>[（(]\s*(?P<byline>[^（）()]{{1,80}})[）)])?")
# (通州区应急管理局发布)(冯维静)  /  （本报记者A、B）  / （X参与采写）
SOURCE_CREDIT = re.compile(r"^[（(](?P<source>[^（）()]{2,40}?)(?:发布|發布|供稿|供图|供圖|提供)[）)]")
TRAILING_NAME = re.compile(rf"[（(](?P<name>[{NAME_CHARS}\s]{{2,12}})[）)]$")
END_CREDIT = re.compile(rf"^[（(]\s*(?P<body>(?:本{BAO}|新[华華]社)?{JI}{ZHE}[^（）()]{{2,120}})[）)]$")
CONTRIB_CREDIT = re.compile(rf"^[（(](?P<names>[{NAME_CHARS}\s、，,]{{2,60}})参与采写[）)]$")
WIRE_CREDIT = re.compile(rf"^[（(](?P<agency>新[华華]社|中新社)[{HAN}\d\s]*{DIAN}[）)]$")
LABEL_CREDIT = re.compile(
    r"^(?:制图|製圖|版式设计|版式設計|本期统筹|本期統籌|数据来源|數據來源|资料来源|資料來源|图表制作|圖表製作|"
    r"视觉设计|視覺設計|设计|設計|统筹|統籌|策划|策劃|图片来源|圖片來源|来源|來源|本版统筹|本版統籌)\s*[：:]")
ADAPTED_CREDIT = re.compile(r"^[（(](?:摘编自|摘編自|摘自|来源|來源|原载|原載|转载自|轉載自)")

# Caption endings: …记者 唐建/摄, …张三摄（人民视觉）, …供图, 资料图片
CAPTION_CREDIT = re.compile(
    rf"(?:{SHE}(?:影)?|供[图圖]|提供|[资資]料[图圖]片|[资資]料照片|[图圖]片来源[^。]*|視覺中國|视觉中国)"
    rf"(?:\s*[（(][^（）()]{{1,20}}[）)])?\s*$")
CAPTION_START = re.compile(
    r"^(?:[图圖]\s*[①-⑳\d一二三四五六七八九十]+\s*[：:]?|[图圖]为|[图圖]為|[上下左右中]图[：:]?|[上下左右中]圖[：:]?)")
PHOTO_CREDIT_TAIL = re.compile(
    rf"(?P<credit>[^。！？!?]*?)\s*[/／]?\s*{SHE}(?:影)?(?:\s*[（(][^（）()]{{1,20}}[）)])?\s*$")
_CREDIT_LEAD = re.compile(
    rf"^.*(?:以上[图圖]片均?[为為]|[图圖]片均?[为為]|[图圖][为為]|{JI}{ZHE}|通[讯訊][员員]|[图圖]\s*[/／])")

LEADING_NUMBER = re.compile(r"^(?:[（(]?[一二三四五六七八九十]+[）)、.．]|\d{1,2}[、.．)]|[①-⑳]|【)")
COLUMN_TAG = re.compile(r"[（(][^（）()]{2,30}(?:[（(][^（）()]*[）)])?[^（）()]*[）)]\s*$")


def split_names(s: str) -> list[str]:
    """Names in a byline fragment: split on 、，, and spaces; rejoin 2-character names printed padded (`李  翔`)."""
    s = s.strip().strip("：:，,、")
    if not s:
        return []
    parts = [p for p in re.split(r"[、，,；;和及与\s]+", s) if p]
    names: list[str] = []
    pending = ""
    for p in parts:
        p = p.strip("/／")
        if not p:
            continue
        if len(p) == 1 and re.match(f"[{HAN}]", p):
            # a padded two-character name prints as two one-character parts
            if pending:
                names.append(pending + p)
                pending = ""
            else:
                pending = p
            continue
        if pending:
            names.append(pending)
            pending = ""
        names.append(p)
    if pending:
        names.append(pending)
    out: list[str] = []
    for n in names:
        out.extend(split_run_together(n))
    return [n for n in out if looks_like_name(n)]


# The names of people the archive knows (the roster), in force while an issue is detected or composed.
_known_names: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("known_names", default=frozenset())


@contextlib.contextmanager
def known_names(names: Iterable[str] | None) -> Iterator[None]:
    token = _known_names.set(frozenset(names or ()))
    try:
        yield
    finally:
        _known_names.reset(token)


def roster() -> frozenset[str]:
    return _known_names.get()


def split_run_together(name: str) -> list[str]:
    """Names printed without a separator (`李冬梅高瑶`) split with the roster, else by surnames (3+3)."""
    known = _known_names.get()
    if name in known or len(name) <= 4 or "·" in name:
        return [name]
    # whole segmentation into known names (longest first)
    best = _segment_known(name, known)
    if best:
        return best
    for cut in (3, 2, 4):
        head, tail = name[:cut], name[cut:]
        if head in known and 2 <= len(tail) <= 4 and has_surname(tail):
            return [head, tail]
        if tail in known and 2 <= len(head) <= 4 and has_surname(head):
            return [head, tail]
    if len(name) == 6 and has_surname(name) and has_surname(name[3:]):
        return [name[:3], name[3:]]
    if len(name) in (5, 7, 8) and has_surname(name):
        cut = 3 if len(name) != 8 else 4
        if has_surname(name[cut:]):
            return [name[:cut], name[cut:]] if len(name) - cut <= 4 else [name]
    return [name]


def _segment_known(name: str, known: frozenset[str]) -> list[str] | None:
    if not known:
        return None
    ways: dict[int, list[str]] = {0: []}
    for i in range(len(name)):
        if i not in ways:
            continue
        for k in (4, 3, 2):
            part = name[i:i + k]
            if len(part) == k and part in known and i + k not in ways:
                ways[i + k] = ways[i] + [part]
    return ways.get(len(name))


def looks_like_name(n: str) -> bool:
    if not 2 <= len(n) <= 12:
        return False
    if "·" in n or "•" in n:
        return bool(re.fullmatch(f"[{NAME_CHARS}]+", n))
    return bool(re.fullmatch(f"[{HAN}]{{2,4}}", n))


def parse_byline(text: str, default_role: str = "reporter") -> list[tuple[str, str]]:
    """`[(role, name)]` from a byline such as `本报记者 陈施君 实习记者 谢可欣` or `记者 郭丽君 通讯员 潘若菀`."""
    s = text.strip().lstrip("□■◇◆●○ \u3000")
    s = re.sub(r"[（(][^（）()]*[）)]", " ", s) if not s.startswith(("（", "(")) else s.strip("（）()")
    out: list[tuple[str, str]] = []
    matches = list(_LABEL_RE.finditer(s))
    if not matches:
        return [(default_role, n) for n in split_names(s)]
    # text before the first label (rare: `X 本报记者`) belongs to the default role
    head = s[: matches[0].start()]
    out.extend((default_role, n) for n in split_names(head))
    for k, m in enumerate(matches):
        role = next(ROLE_LABELS[int(g[1:])][1] for g, v in m.groupdict().items() if v)
        seg_end = matches[k + 1].start() if k + 1 < len(matches) else len(s)
        seg = s[m.end(): seg_end]
        seg_role = role
        # `X摄` inside a byline line marks a photographer
        seg_names = []
        for frag in re.split(r"\s+", seg.strip()):
            if not frag:
                continue
            if re.search(f"{SHE}$", frag) and len(frag) > 2:
                out.extend(("photographer", n) for n in split_names(frag[:-1]))
                continue
            seg_names.append(frag)
        out.extend((seg_role, n) for n in split_names(" ".join(seg_names)))
    return out


def photo_credit(caption: str) -> tuple[str, str] | None:
    """`(role, name)` of the photographer credited at the end of a caption (`记者 唐建/摄`, `王  超摄`)."""
    m = PHOTO_CREDIT_TAIL.search(caption.strip())
    if not m:
        return None
    # the credit follows the caption sentence: take what comes after the last sentence end
    credit = re.split(r"[。！？!?）)]", m.group("credit"))[-1].strip()
    labelled = bool(_CREDIT_LEAD.match(credit))
    credit = _CREDIT_LEAD.sub("", credit).strip(" \t\u3000/／：:")
    name = compact(credit)
    if looks_like_name(name) and (labelled or has_surname(name) or "·" in name):
        return ("photographer", name)
    # no sentence end before the credit: the name is the last group, maybe padded (`王  超`)
    m2 = re.search(rf"(?:^|[\s\u3000])((?:[{HAN}][ \u3000]{{1,2}}[{HAN}])|[{HAN}]{{2,4}})$", credit)
    if m2:
        name = compact(m2.group(1))
        if looks_like_name(name) and has_surname(name):
            return ("photographer", name)
    return None

# A character that can sit inside a word (for the column-break word test).
HAN_RE = re.compile(f"[{HAN}0-9A-Za-z]")

# Common Chinese family names (Simplified and Traditional), to tell a printed name from a two-character word.
SURNAMES = set(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董"
    "袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹"
    "薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐"
    "颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷"
    "盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆"
    "麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮"
    "巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼"
    "蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋"
    "相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀"
    "亢嵇公哈湛宾賓达達戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由"
)
COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲",
                     "公孙", "公孫", "慕容", "夏侯", "令狐", "宇文", "长孙", "長孫", "司徒", "端木", "西门", "西門",
                     "独孤", "獨孤", "南宫", "南宮", "万俟", "闻人", "聞人", "澹台", "澹臺", "公冶", "宗政", "濮阳",
                     "濮陽", "申屠", "太史", "拓跋", "呼延", "赫连", "赫連")


def has_surname(name: str) -> bool:
    return bool(name) and (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES))
