"""Figures as an article writes them: digits with 万/亿/多/余/%/a measure word, years, dates,
a named formula (1+10), and counts in Chinese numerals (两届, 五项工作, 四级联动, 上万名).

Read by `draft`; each figure keeps its place in the sentence, its value and its measure word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.core.numerals import format_decimal, parse_chinese
from bot.core.words import tagged

# Measure words a figure may end with, longest first so 万人次 is not read as 万人.
_UNITS = sorted(
    " ".join((
        "人次 户次 个次 场次 个月 个小时 个工作日 工作日 万元 亿元 平方米 公里 千米 百分点 个百分点 小时 分钟 个等级",
        "人 名 位 个 项 家 户 件 场 次 届 批 所 门 座 条 趟",
        "种 期 篇 部 本 册 台 辆 间 处 支 只 份 栋 张 年 月 天 倍 岁 吨 亩 公顷 级 元 校 套 块 轮 类 艘 架 株 头 首 节",
        # (分: a score; 列: trains; 笔: loans, 发放贷款68.5万笔; 盆: potted flowers; 道: ferries,
        # 渡口改造620道; 尾: fish, 放流苗种12.6亿尾; 单: trusts or orders, 备案慈善信托23单)
        "课时 学时 床 米 周 版 集 幅 枝 朵 棵 匹 对 枚 起 秒 款 万 亿 分 页 卷 盘 列 笔 盆 道 尾 单",
        "剂次 剂 例 管 批次 架次 车次 班次 台次 项次 家次 件次 亩次 吨次 辆次 艘次 航次 种次",
        "千伏安 兆瓦 千瓦时 千瓦 立方米 标箱 箱 担 公斤 千克",  # 卷烟销量720万箱, 收购烟叶1800万担
        "微克/立方米 毫克/立方米 元/人 元/亩",  # 保险密度1830元/人: per head, said in the unit
        "平方公里 平方千米 公顷 立方 升 克 美元 欧元 港元 日元 英镑",
        "Tbps Gbps Mbps TB PB T",  # bandwidth and storage (出省带宽28T); not G, the 5G of a network
    )).split(),
    key=len, reverse=True,
)
_UNIT = "|".join(map(re.escape, dict.fromkeys(_UNITS)))
_MEDALS = re.compile(r"(?<![\d.])(\d+)金(?:(\d+)银)?(?:(\d+)铜)?(?=[，,。；;、和及]|$)")
# 9月27日, and a season that spans two years (2021/2022榨季, 2021—2022学年): when, no amount.
_DATE_FIGURE = re.compile(r"(?<![\d.])(?:\d{1,2}月)?\d{1,2}[日号](?![\d内])"
                          r"|(?<![\d.])(?:19|20)\d\d[/—–-](?:19|20)\d\d(?=年度|学年|榨季|赛季|雪季|年)")
DIGIT_FIGURE = re.compile(
    # (出省带宽4.8万G: G after a magnitude is bandwidth; alone, the 5G of a network.)
    rf"(?<![\d.A-Za-z])(?:近|约|超过|逾)?(\d+(?:\.\d+)?)(?!\d|\.\d)(多|余)?(万亿|万|亿)?(多|余)?(%|‰|{_UNIT}|(?<=[万亿])G)?(多|余)?"
    # 5A级景区, 5G基站: a grade or a name, no figure (nor its first digits: 2 of 28G); so is a
    # voltage, which names a class of lines and substations (110千伏及以上变电站; not 千伏安, a capacity);
    # so is a type (2型糖尿病).
    r"(?![A-Za-z]|千伏(?!安)|型)"
)
_SERVICE_NAMED = re.compile(r"(?:政务|便民|服务|投诉|举报|咨询|求助){0,3}(?:热线|平台|专线|电话|号码|网站|客户端)"
                            # 12348公共法律服务热线: a hotline's name may say what it serves.
                            r"|[\u4e00-\u9fff]{2,8}?服务(?:热线|专线)")
# 从2012年的…增加到, 由上世纪80年代的193头增加到300头: where the first side of a change starts.
CHANGE_FROM = re.compile(r"从|(?<![自理缘来经])由")
# 增加到, 精简到, 压减至: the verb that takes a change to its second side.
CHANGE_VERB = (r"(?:增长|提高|增加|提升|上升|扩大|扩展|拓展|扩充|下降|减少|降低|缩小|压缩|压减|精简|削减|缩减|缩短|延长"
               r"|攀升|跃升|前移|后移|增|降|减|发展|变)")
# 到印尼、马来西亚等地, 等国家: the end of a list of places (not 等国家级奖项, a level).
PLACES_LISTED = r"等(?:地区|地|国家(?!级)|国(?!家)|省|市)"

# 居全国第二位, 排第3名: a rank, which 排第几 asks (after 第, a numeral is no count).
# 居全国第二位, 排第18名, and 居全国第一 (after 居/排/列, the 位 may go unsaid; 第一书记 is no rank).
# (进入全国前20名: a rank too, the last of a range from the top.)
_RANK_FIGURE = re.compile(r"(?:第|(?<![提目当之])前)([一两二三四五六七八九十]{1,3}|\d{1,3})(位|名)"
                          r"|(?<=[居排列])[\u4e00-\u9fff]{0,6}?(第([一两二三四五六七八九十]{1,3}|\d{1,3}))"
                          r"(?![\u4e00-\u9fff\d])")


def is_rank(figure: str) -> bool:
    """第二位, 第3名, 前20名: a place in an order, no count."""
    return figure.startswith(("第", "前"))


_MONTH_OF_YEAR = re.compile(r"第|初|底|末|中旬|上旬|下旬|份|\d{1,2}[日号]")
_ALTERNATIVE_MEASURE = re.compile(r"[（(][\u4e00-\u9fff](?:、[\u4e00-\u9fff])*[)）](次)")
# 孕产妇死亡率12.32/10万, 移动电话普及率106.8部/百人: a rate per so many (people).
_PER_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([\u4e00-\u9fff]?)/(10万人|万人|千人|百人|10万|万|千|百)")
# 出生缺陷发生率下降到每万人112例: a rate said per so many people, the number right after them.
_PER_PEOPLE_FIGURE = re.compile(r"每(十万|10万|万|千|百)(?:人口|人)(\d+(?:\.\d+)?)(例|人|张|个|件|名)")
_CN = "两二三四五六七八九十百千"
# 占…的六成以上, 近九成, 8成: a share in tenths. Only after a word that gives a share and before a
# bound or the clause's end (not 建成, 一成不变, 九成新).
_TENTHS_FIGURE = re.compile(r"(?<=[占达约近过逾的为是有到了，,])([一二三四五六七八九]|\d)成"
                            r"(?=以上|以下|左右|多|的|[，,。；;、）)]|$)")
# Chinese-numeral counts: 两届, 五项工作, 四级联动, 十年. A lone 一 is a word (一线, 一批) and so is
# a numeral after 第/每/哪 (第二届 is an ordinal, not a count).
_CN_FIGURE = re.compile(
    rf"(?<![第每哪这那某同唯统星礼周初一{_CN}])([{_CN}]{{1,4}})(项|届|级|个|名|批|种|大|类|支|家|次|年|条|期|轮|方面|所|位|件)"
    r"|(上[万千百])(名|人|个|家|次|人次|项)"
)


@dataclass
class TextFigure:
    text: str
    start: int  # in the sentence
    end: int
    value: Decimal
    unit: str
    chinese: bool = False
    year: bool = False


def inside_quotes(text: str, at: int) -> bool:
    """Whether offset `at` of `text` is inside “…” (a name: “强信心、战疫情”, “五个一工程”)."""
    return text.count("“", 0, at) > text.count("”", 0, at)


_RATIO_FIGURE = re.compile(r"(?<![\d.:：])(\d+(?:\.\d+)?)[:：](\d+(?:\.\d+)?)(?![\d.:：])")


def find_figures(sentence: str) -> list[TextFigure]:
    out: list[TextFigure] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE_FIGURE.finditer(sentence):
        out.append(TextFigure(m.group(), m.start(), m.end(), Decimal(0), "日期"))
        taken.append((m.start(), m.end()))
    for m in _PER_FIGURE.finditer(sentence):  # 孕产妇死亡率12.32/10万: a rate per so many
        out.append(TextFigure(m.group(), m.start(), m.end(), Decimal(m.group(1)), m.group(2) + "/" + m.group(3)))
        taken.append((m.start(), m.end()))
    for m in _PER_PEOPLE_FIGURE.finditer(sentence):
        per = "10万" if m.group(1) == "十万" else m.group(1)
        out.append(TextFigure(m.group(), m.start(), m.end(), Decimal(m.group(2)), f"{m.group(3)}/{per}人"))
        taken.append((m.start(), m.end()))
    for m in _RANK_FIGURE.finditer(sentence):
        numeral = m.group(1) or m.group(4)
        rank = parse_chinese(numeral) if not numeral.isdigit() else Decimal(numeral)
        text, start = (m.group(), m.start()) if m.group(1) else (m.group(3), m.start(3))
        if rank:
            out.append(TextFigure(text, start, m.end(), Decimal(rank), m.group(2) or "位"))
            taken.append((start, m.end()))
    for m in _MEDALS.finditer(sentence):  # 获得8金5银10铜: medals of each kind
        for k, unit in ((1, "金"), (2, "银"), (3, "铜")):
            if m.group(k):
                out.append(TextFigure(m.group(k) + unit, m.start(k), m.end(k) + 1, Decimal(m.group(k)), unit))
        taken.append((m.start(), m.end()))
    for m in _RATIO_FIGURE.finditer(sentence):  # 拉动比例达到1:9: one ratio, not a 1 and a 9
        # (Its value is the term that is not 1, as said: 9 of 1:9, 1.6 of 1.6:1.)
        first, second = Decimal(m.group(1)), Decimal(m.group(2))
        out.append(TextFigure(m.group(), m.start(), m.end(), second if first == 1 else first, "比"))
        taken.append((m.start(), m.end()))
    for m in re.finditer(r"(?<![\d.])\d+\+\d+(?![\d.])", sentence):  # “1+10”帮扶体系: one name
        out.append(TextFigure(m.group(), m.start(), m.end(), Decimal(0), "体系"))
        taken.append((m.start(), m.end()))
    for m in _TENTHS_FIGURE.finditer(sentence):
        tenths = Decimal(m.group(1)) if m.group(1).isdigit() else parse_chinese(m.group(1))
        if tenths:
            out.append(TextFigure(m.group(), m.start(), m.end(), tenths, "成", chinese=not m.group(1).isdigit()))
            taken.append((m.start(), m.end()))
    for m in DIGIT_FIGURE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        digits, more1, big, _more2, unit, _more3 = m.groups()
        start = m.start(1) if m.group().startswith(("近", "约", "超过", "逾")) else m.start()
        text = sentence[start:m.end()]
        amount = Decimal(digits) * (Decimal(10) ** {"万": 4, "亿": 8, "万亿": 12}.get(big or "", 0))
        is_year = (unit == "年" and not big and not more1 and len(digits) == 4 and digits[:2] in ("19", "20"))
        if unit == "年" and sentence[m.end():m.end() + 1] == "代":
            continue  # 上世纪80年代: a decade, no figure
        month = re.match(r"\d{1,2}月(?![\d日号])", sentence[m.end():]) if is_year else None
        if month:
            # 2017年8月开工建设: one date, the year with its month (8月 is no count of months).
            text += month.group()
            out.append(TextFigure(text, start, m.end() + month.end(), amount, "年", year=True))
            taken.append((start, m.end() + month.end()))
            continue
        if not unit and not big and not more1 and "." not in digits and len(digits) >= 3 \
                and _SERVICE_NAMED.match(sentence, m.end()):
            continue  # 12315平台, 12345热线: a number that names a service, no figure
        end = m.end()
        # 18.6万件（人）次, 460万辆（架、艘）次: one figure in two measures or more (件次, 人次); the
        # first reading is its unit.
        alternative = _ALTERNATIVE_MEASURE.match(sentence, end) if unit else None
        if alternative and unit + alternative.group(1) in _UNITS:
            end, unit = alternative.end(), unit + alternative.group(1)
            text = sentence[start:end]
        if unit in ("万", "亿"):
            unit = ""
        elif unit == "个月":
            unit = "月"  # 3个月 is a duration, as 月 is: not 3 of something called 月
        elif unit == "月" and not big and (_MONTH_OF_YEAR.match(sentence, end) or sentence[:start].endswith("每年")):
            unit = "日期"  # 每年9月第三个星期六: a month of the year, when, no span
        elif unit in ("个工作日", "个小时"):
            unit = unit[1:]  # 1个工作日, 14个小时: a duration, in working days or hours
        out.append(TextFigure(text, start, end, amount, unit or "", year=is_year))
        taken.append((start, end))
    for m in _CN_FIGURE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if inside_quotes(sentence, m.start()) and \
                re.match(r"[\d一二三四五六七八九十百千万]", sentence[m.end():m.end() + 1]):
            continue  # “五个一工程”奖: numerals run on inside a quoted name, no figure (“七项行动” is one)
        numeral, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if re.search("[一两二三四五六七八九]{2}", numeral):
            continue  # 三七种植面积: digits side by side make no number (三十七 does), a name (三七)
        value: Decimal | None
        if numeral.startswith("上"):
            value = Decimal(10) ** {"万": 4, "千": 3, "百": 2}[numeral[1]]
        else:
            value = parse_chinese(numeral)
        if value is None or value == 0:
            continue
        if unit == "年" and not (re.match(r"[来间内中里后前以，,。、；]", sentence[m.end():m.end() + 1])
                                or re.search(r"(连续|近|这|用|了|过|满|历时)$", sentence[:m.start()])):
            continue  # 学前三年毛入园率, 九年义务教育: part of a name, not a count
        if unit == "位" and sentence[m.end():m.end() + 1] == "数":
            continue  # 保持两位数增长: double digits, no count of people
        if unit == "大" and (sentence[:m.start()].endswith("党的")
                            or re.match(r"以来|以后|召开|精神|报告|期间", sentence[m.end():])):
            continue  # 党的十八大以来: a congress, named by its number
        if unit == "级" and re.match(r"(?:及|以|或)", sentence[m.end():]):
            continue  # 二级及以上公路: a grade, not a count of levels
        # 五项工作, 四级联动: keep the word the count belongs to, as the article says it.
        end = m.end()
        tail = re.match(r"[\u4e00-\u9fff]{2}", sentence[end:])
        if unit == "级" and not re.match(r"(?:联动|体系|架构|网络|梯队|管理|服务|书记|[”\"的，,、；;。]|$)",
                                         sentence[m.end():]):
            continue  # 三级医院, 一级学科: a grade; 四级联动, “双线四级”: a count of levels
        if unit == "大" and tail:
            # 九大高原湖泊, 三大攻坚战: the name the count belongs to, up to four characters of nouns.
            name = _name_after(sentence[end:])
            end += len(name) if len(name) >= 2 else 2
        elif unit in ("项", "级") and tail:
            end += 2
        out.append(TextFigure(sentence[m.start():end], m.start(), end, value, unit, chinese=True))
    out.sort(key=lambda f: f.start)
    return out


def _name_after(text: str) -> str:
    """The nouns that open `text`, whole words, until four characters: 高原湖泊 of 高原湖泊水质…,
    攻坚战 of 攻坚战,…"""
    name = ""
    for k, (word, tag) in enumerate(tagged(text)):
        noun = tag.startswith("n") or tag == "vn" or (k == 0 and tag in ("i", "l", "j") and len(word) >= 2)
        if not noun or len(name) >= 4:
            break
        name += word
    return name


def value_of(figure: TextFigure) -> int | float:
    if figure.value == figure.value.to_integral_value():
        return int(figure.value)
    return float(format_decimal(figure.value))
