"""Measure words: which kinds of quantity a question's unit and a figure's unit are, and whether
the figure can answer (unit_agreement). A figure of another kind is no answer however well its words
match: 1052万元 for 多少人, 86.5% for 多少个."""

from __future__ import annotations

from bot.core.params import DEFAULT_PARAMS, Params

YEARS_COUNTED = "年数"  # the unit 几年 and 多少年 ask: a number of years, never a date
NOT_COUNTED_BY_GE = frozenset({"届", "期", "轮", "年", "月", "天", "日期", "%", "个百分点", "成"})
MEASURED = frozenset({"吨", "千克", "公斤", "斤", "担", "克", "立方米", "方",  # weights, volumes, energy: never 个
                       "千瓦", "千瓦时", "度", "瓦", "兆瓦", "千伏安"})
UNIT_FAMILY = {
    "人": "people", "名": "people", "位": "people", "人次": "people",
    "元": "money", "资金": "money", "钱": "money",
    "项": "items", "条": "items", "种": "items", "类": "items", "款": "items",  # 30多款贷款产品
    "张": "sheets", "份": "sheets",  # 开了多少张发票, 15亿份: sheets of paper, counted either way
    "批": "batches", "批次": "batches",  # 参加了几批, 6批次: one count
    "起": "cases", "件": "cases", "件次": "cases",  # 破获刑事案件10.6万起, 办理案件38万件: cases, counted either way
    "枚": "count", "金": "count", "银": "count", "铜": "count",  # 枚 counts medals and badges as 个 does
    "株": "plants", "棵": "plants",  # 植树6.8亿株, asked 种了多少棵树
    "册": "volumes", "本": "volumes",  # 配送图书1800万册, asked 送了多少本书
    "台": "machines", "部": "machines",  # 在用电梯14.6万台, asked 有多少部电梯: machines, counted either way
    "块": "count",  # 多少块金牌, 3200余块 (足球场地): pieces, counted as 个 counts
    "个": "count", "个次": "count", "家": "count", "户": "count", "户次": "count", "所": "count", "座": "count",
    "处": "count", "间": "count",
    "场": "events", "次": "events", "场次": "events",  # 开展法治宣传活动5.6万场次, asked 搞了多少次
    "月": "duration", "天": "duration", "工作日": "duration", "小时": "duration", "分钟": "duration",
    "秒": "duration", "时长": "duration", "日期": "date",
    "长度": "length", "公里": "length", "千米": "length", "米": "length",
    "面积": "area", "亩": "area", "亩次": "area", "公顷": "area", "平方公里": "area", "平方千米": "area",
    "平方米": "area",
    # (光伏发电量 asked, 光伏发电装机容量400万千瓦 written: energy is no power.)
    "千瓦时": "energy", "度": "energy", "发电量": "energy", "用电量": "energy", "电量": "energy",
    "千瓦": "power", "兆瓦": "power", "瓦": "power", "装机容量": "power", "装机": "power",
}
# Units that count people or things one by one (an age or a bare number answers none of them).
COUNTING_UNITS = frozenset({"人", "名", "位", "个", "家", "户", "人次"})
OTHER_KIND = -1.0  # unit_agreement's verdict on a figure of another kind than asked: ruled out


def unit_agreement(asked: str | None, unit: str, is_year: bool = False, p: Params = DEFAULT_PARAMS) -> float:
    """A nudge from the measure word the question asks for, or OTHER_KIND when the figure is of
    another kind of quantity (家 for a figure in 人次), which rules it out; unknown words decide nothing, and 个
    (多少个) fits any count, people included (省劳模有几个), but not editions, periods, money or
    shares (两届, 十年, 1052万元, 86.5%).
    A year (2017年) is a date, not a quantity: 多少 does not ask for it, 哪一年 does."""
    if asked == YEARS_COUNTED:  # 几年, 多少年: a number of years (连续6年, 十年), never a date
        return OTHER_KIND if is_year or unit != "年" else p.unit_bonus
    if is_year and asked not in (None, "年", "日期"):
        return OTHER_KIND
    unit = "批" if unit == "批次" else unit  # 几批, 6批次: one unit
    money = unit.split("/", 1)[0].endswith("元")  # (1830元/人: money per head is money)
    if is_year and asked == "日期":
        return 0.0  # 什么时候开始的: a year answers "when" too
    if unit == "倍" and asked not in (None, "倍"):
        return OTHER_KIND  # 是2012年的2.8倍: a multiple answers 几倍, not how much or how many
    if asked == "多少":  # a quantity, of no named unit: anything but a date
        return OTHER_KIND if unit == "日期" else 0.0
    if asked == "产量":
        # 亩均产量是多少, of 亩均增收1200元: an amount produced, in any measure but money or a share.
        # (Nor an area, length, time or people: 稻渔综合种养面积230万亩 is no 亩均产量.)
        return OTHER_KIND if (money or unit in NOT_COUNTED_BY_GE or unit == "倍"
                              or UNIT_FAMILY.get(unit) in ("area", "length", "duration", "date", "people")) else 0.0
    if asked == "货物":
        # 中老铁路运了多少货, of 覆盖老挝、泰国等10多个国家: goods are weighed, or counted by the piece.
        return 0.0 if unit in MEASURED or unit in ("件", "箱", "标箱") else OTHER_KIND
    if asked == "个":
        # (Nor lengths, areas, weights or energy: 高铁站有多少个 is not 高铁运营里程1212公里.)
        return OTHER_KIND if (unit in NOT_COUNTED_BY_GE or money or unit in MEASURED
                              or UNIT_FAMILY.get(unit) in ("length", "area")) else 0.0
    if asked is None:
        return 0.0
    if unit == "数" and asked in COUNTING_UNITS:
        return 0.0  # 帮助200多万群众: a number with no measure word counts what follows it
    if asked == "%":  # a rate is no evidence by itself; 12.32/10万, 106.8部/百人 and 死亡率0.031 are rates too
        # (六成: tenths; 1:9, a ratio)
        return 0.0 if unit in ("%", "‰", "数", "成", "比") or "/" in unit else OTHER_KIND
    if asked == unit or (UNIT_FAMILY.get(asked) == "money" and money):
        return p.unit_bonus
    if asked in ("长度", "面积", "时长") and UNIT_FAMILY.get(unit) == UNIT_FAMILY[asked]:
        return p.unit_bonus  # 多长 is answered by any length (面积 by any area, 多久 by any duration)
    if asked == "种" and unit == "个":
        return 0.0  # 多少种药品, 涉及药品234个: kinds of a thing are counted one by one as well
    if {asked, unit} == {"条", "件"} or (asked == "条" and unit == "艘"):
        return 0.0  # 多少条法规 of 地方性法规86件, 多少条船 of 营运船舶1480艘: said either way
    if asked in ("名", "位") and unit.endswith("次"):
        return OTHER_KIND  # 多少名职工 counts heads; 100万人次 counts visits, one person many times
    return 0.0 if UNIT_FAMILY.get(asked, asked) == UNIT_FAMILY.get(unit, unit) else OTHER_KIND
