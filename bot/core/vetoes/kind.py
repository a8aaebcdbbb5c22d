"""The figure is of another kind than the one asked: another unit, an age, a span of time or a
year where none is asked, a bound that names a kind, a change, another measure of the same thing.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.core.numerals import chinese_to_digits, parse_chinese
from bot.core.question import Analysis
from bot.core.readings import KIND_REASON, MEASURE, TOTAL_ASKED, Readings
from bot.core.units import COUNTING_UNITS, OTHER_KIND, UNIT_FAMILY

# 居全国第一位, 前三位, 排第3名, 前三的: a rank or a top so many (not 第三次, 第二届, 第一书记).
_RANK = re.compile(r"(第|前)(\d+|[一二两三四五六七八九十]+)(?=[位名的]|[^\u4e00-\u9fff]|$)")
# 中国民营企业500强, 云南企业百强: a list of the top so many, a rank too.
# 宽度, 多深, 水深, 多高: a dimension asked, by its character.
# (Not 多高, which asks the level of a rate as often: 比例有多高.)
# (Asked: not 深度融合, which says how closely.)
_DIMENSION_ASKED = re.compile(r"(宽|深|高|厚)度(?:是|有|为|大概|大约)*(?:多少|几|多[大宽深高厚])|多(宽|深|厚)"
                              r"|水(深)(?:是|有)*多")
_DIMENSIONS = {"宽": "wide", "深": "deep", "高": "high", "厚": "thick"}
_TOP_LIST = re.compile(r"(\d+|[一二两三四五六七八九十百千]+)强")
_ASKS_BOUND = re.compile(r"以上|以下|超过|不到|标准|门槛|界限|算")
_ASKS_AGE = re.compile(r"几岁|多少岁|岁数|年龄|年纪|多大|寿命|age")
# 本科以上学历, 研究生以上: a bound of schooling.
_DEGREE_BOUND = re.compile(r"(初中|高中|中专|大专|专科|本科|研究生|硕士|博士)及?以上")
# 6级以上, 80岁以上; 万克以上 (a magnitude alone: 千克以上 is another bound).
_BOUND_NUMBER = r"(\d+(?:\.\d+)?[十百千万亿]?|[十百千万亿])"
_BOUND_ASKED = re.compile(_BOUND_NUMBER + r"([\u4e00-\u9fff]{1,2}?)及?(以上|以下)")
# 年销售额超亿元的企业, 超过10亿元的, 1000万元以上的: a threshold that picks what is counted. (A
# bare magnitude, 超亿元, is one of it; 的 after it: it qualifies a noun, it is not the figure.)
_THRESHOLD = re.compile(r"(?:超过?|逾|高于|大于|多于|不少于|不低于)(\d+(?:\.\d+)?)?个?([十百千万亿]*)[元人户家吨亩]?的"
                        r"|(\d+(?:\.\d+)?)([十百千万亿]*)[元人户家吨亩]?及?以上的")
_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# A change asked by its verb, or by more or less once 多少 is set aside (少损失多少钱, 多下多少水);
# 降水 is no 降.
# (省 as saved: 节省, 省了, 能省多少; never the province of 全省, 我省, 云南省多少家.)
_CHANGE_WORD = re.compile(r"[增加多减少]|节省|省(?=[了下去钱出])"
                          r"|(?:(?<=[能可要会还就])|(?<![\u4e00-\u9fff]))省(?=多少|几|$|[？?吗呢])"
                          r"|(?<=[能可要会还就])省(?=[\u4e00-\u9fff]{1,4}$)"  # (能省多少交通费: 多少 is gone)
                          r"|降(?!水)|提高|提升|上升|涨|升|压缩|缩短|缩小|扩大|延长|节约|削减|压减"
                          r"|变化|翻|change|increase|grow|fell|drop")
# A question that asks a share (站比 mistyped for 占比 says 比 still).
_SHARE_WORDS = re.compile(r"占|比|率|百分|成|份额|几分之")
_AMOUNT_ASKED = re.compile(r"(?:总量|总额|总数)(?:是|有|为|达到|大概|大约)*(?:多少|几)")
# A clause that tells what was added (新建, 增加, 培育…): its figure may answer 新增.
_ADDED = re.compile(r"新[建开设认培招发引]|增加|增长|净增|累计|培育|建成|开工|引进|招引|发展")
_ASKS_HOW_LONG = re.compile(r"多久|多长时间|时间|时长|时限|用时|耗时"
                            r"|几年|多少年|几个月|多少天|几天|年限|期限|周期|工期|how long|years")
_DURATIONS = ("年", "月", "天", "工作日", "小时", "分钟")
_ASKS_WHEN = re.compile(r"哪|何时|什么时候|啥时候|时间|when|year")
# What a count counts by: heads, cases, times, households (死亡人数, 发生起数, 立案数 aside).
_COUNTED_BY = re.compile(r"人数|起数|件数|次数|户数|家数|人次")
_FIGURE_MEASURE = re.compile(r"(?<=[\d万亿])人次")


# Units that count places and bodies, never people.
_PLACES_COUNTED = frozenset({"家", "所", "座", "处", "间", "个"})
_TAX_ASKED = re.compile(r"纳税|缴税|交税|税收|税款|税费|税金")
_ONE_WAY = re.compile(r"(?<!进)出口|进口")  # (not the 出口 of 进出口)


class KindVetoes(Readings):
    """Vetoes on the kind of figure: a unit of another kind, an age, a year or a span of time
    where none is asked, a bound naming a kind, a change, another measure or count of one thing."""

    def _veto_kind(self, i: int, analysis: Analysis) -> str:
        # A figure of another kind than the one asked (a count for 胜诉率, a date for 多少人) is
        # no answer however well its words match: a wrong figure is worse than none.
        fact = self.kb.facts[i]
        if fact.unit in ("%", "‰") and analysis.asked != "%" and (TOTAL_ASKED.search(analysis.text)
                                                                   or _AMOUNT_ASKED.search(analysis.text)):
            # 民生支出一共多少: not 70%; 全国缴获毒品总量是多少: not 占全国同期缴毒总量的40%.
            return f"{KIND_REASON}a total, the figure is a share"
        before = self._clauses[i][:max(self._clause_positions[i], 0)]
        if fact.unit in ("%", "‰") and analysis.asked != "%" and "占" in before \
                and not _SHARE_WORDS.search(analysis.text):
            # 全省平均工资是多少, of 人均工资性收入…占可支配收入的40.6%: a share of something answers
            # only a question that asks a share.
            return f"{KIND_REASON}no share, the figure is a share"
        if self._unit_fit(i, analysis) == OTHER_KIND or (
                analysis.counts_things and UNIT_FAMILY.get(fact.unit) == "people"):
            return f"{KIND_REASON}{analysis.asked}, the figure is in {fact.unit}"
        if analysis.counts_people and fact.unit in _PLACES_COUNTED:
            return f"{KIND_REASON}people, the figure is in {fact.unit}"  # 多少律师, 律师事务所1080家
        return ""

    def _veto_other_dimension(self, i: int, analysis: Analysis) -> str:
        # 建成防火隔离带2.4万公里, asked 防火隔离带宽度是多少米: a length is no width, depth,
        # height or thickness; the clause would say which it measures.
        asked = _DIMENSION_ASKED.search(analysis.text)
        if asked is None:
            return ""
        said = next(g for g in asked.groups() if g)
        return f"the question asks how {_DIMENSIONS[said]}; the figure's clause says nothing of it" \
            if said not in self._clauses[i] and not (said == "高" and "海拔" in self._clauses[i]) else ""

    def _veto_other_measure(self, i: int, analysis: Analysis) -> str:
        # 绿色铝产能达到610万吨, asked 绿色铝产量: the thing the figure's words say, measured another way.
        for asked in MEASURE.finditer(analysis.text):
            thing = analysis.text[max(0, asked.start() - 2):asked.start()]
            if len(thing) < 2 or thing + asked.group() in self._near[i]:
                continue
            # (光伏发电装机容量: the thing, then the verb of its measure, then the measure.)
            written = next((m.group() for m in MEASURE.finditer(self._near[i])
                            if thing in self._near[i][max(0, m.start() - 4):m.start()]), "")
            if written and not (written in asked.group() or asked.group() in written):
                return f"the question asks the {asked.group()} of {thing}; the figure is its {written}"
        return ""

    def _veto_age_unasked(self, i: int, analysis: Analysis) -> str:
        # 80岁以上老年人高龄津贴: an age says who is counted; it answers only a question about age.
        # (A typo of 寿命 may hide that one is asked: only a question that gives an age of its own
        # or counts people or things is surely about no age.)
        if (self.kb.facts[i].unit == "岁" and not _ASKS_AGE.search(analysis.text)
                and (re.search(r"\d岁", analysis.text) or analysis.asked in COUNTING_UNITS)):
            return "asks no age; the figure is one"
        return ""

    def _veto_change_unasked(self, i: int, analysis: Analysis) -> str:
        # 全省境内外上市公司达到54家，比2012年增加20家, asked 上市公司: the change answers only a
        # question about a change.
        asked = analysis.text.replace("多少", "")
        # (学位增加1200个, searched for as 幼儿园 学位: no level of those is said beside it, and a
        # search asks what the sources say of it.)
        searched = not re.search(r"多少|几", analysis.text) and not any(
            self.kb.facts[j].unit == self.kb.facts[i].unit and not self._change_stated[j]
            for j in self._same_sentence[self.kb.facts[i].sentence] if j != i)
        if self._change_stated[i] and not analysis.change and not _CHANGE_WORD.search(asked) \
                and self.kb.facts[i].unit != "倍" and not searched:
            return "the figure is a change, and the question asks none"
        return ""

    def _veto_level_for_change(self, i: int, analysis: Analysis) -> str:
        # 有9部作品入选…，比上一个十年增加5部, asked 比前十年多了几部: the change asked is the
        # figure that states it; the level beside it is none.
        if (analysis.change and not self._change_stated[i] and not self._roles[i][0]
                and any(self._change_stated[j] and self.kb.facts[j].unit == self.kb.facts[i].unit
                        for j in self._same_sentence[self.kb.facts[i].sentence] if j != i)):
            return "the question asks a change, which another figure of the sentence states"
        return ""

    def _veto_tax_unsaid(self, i: int, analysis: Analysis) -> str:
        # 投入帮扶资金95亿元, asked 民营企业缴税多少: the money asked is tax, which the figure's
        # sentence never speaks of.
        if _TAX_ASKED.search(analysis.text) and "税" not in self.kb.facts[i].sentence:
            return "the question asks about tax; the sentence never speaks of it"
        return ""

    def _veto_one_direction(self, i: int, analysis: Analysis) -> str:
        # 其中出口1494亿元，进口1650亿元, asked 进出口额: imports and exports together are asked;
        # the figure is of one way only.
        clause = self._clauses[i]
        if "进出口" in analysis.text and "进出口" not in clause and _ONE_WAY.search(clause):
            return "the question asks imports and exports together; the figure is of one way"
        return ""

    def _veto_addition_unsaid(self, i: int, analysis: Analysis) -> str:
        # 高新技术企业由2012年的530家增加到2021年的2202家, asked 2021年新增高新技术企业多少家: what
        # was added is asked; a level (a side of a change, or a stock its clause adds nothing to)
        # is how many there are.
        if "新增" not in analysis.text or "新增" in self._clauses[i]:
            return ""
        role, _ = self._roles[i]
        if role or not _ADDED.search(self._clauses[i]):
            return "the question asks what was added; the figure is how many there are"
        return ""

    def _veto_other_bound(self, i: int, analysis: Analysis) -> str:
        # 6级以上地震 asked, 成功应对5级以上地震36次 written: the figure counts above another bound.
        # (60岁及以上老年人口725万人，…其中…80岁及以上高龄老人98万人, asked 80岁以上: the bound of
        # the figure's own clause, where it says one.)
        # (本科以上学历的占78%, asked 研究生以上: another schooling bound.)
        asked_degree = _DEGREE_BOUND.findall(analysis.text)
        written_degree = _DEGREE_BOUND.findall(self._clauses[i])
        if asked_degree and written_degree and not set(asked_degree) & set(written_degree):
            return f"the question asks {asked_degree[0]}以上; the sentence gives {written_degree[0]}以上"
        # (40岁以下职工贷款占比67%, asked 50岁以上: a bound on either side is another one.)
        for number, unit, side in _BOUND_ASKED.findall(analysis.text):
            bound = f"{_BOUND_NUMBER}{re.escape(unit)}及?(以上|以下)"
            written = re.findall(bound, self._clauses[i]) or re.findall(bound, self._sentences[i])
            if written and (number, side) not in written:
                given, given_side = written[0]
                return f"the question asks {number}{unit}{side}; the sentence gives {given}{unit}{given_side}"
        return ""

    def _veto_other_rank(self, i: int, analysis: Analysis) -> str:
        # 有25种矿产资源储量居全国前三位, asked 居全国第一位的有几种: another rank than the sentence's.
        # (3家入选“中国民营企业500强”，18家入选“云南企业100强”, asked 500强: a top list is of
        # its own clause; the sentence's other clause names another.)
        asked = _ranks(analysis.text)
        written = {r for r in _ranks(self._sentences[i]) if r[0] != "强"} | \
            {r for r in _ranks(self._clauses[i]) if r[0] == "强"}
        if any((mine := {r for r in asked if (r[0] == "强") == top})
               and (theirs := {r for r in written if (r[0] == "强") == top}) and not mine & theirs
               for top in (False, True)):
            return "the question asks about another rank than the sentence gives"
        return ""

    def _veto_other_threshold(self, i: int, analysis: Analysis) -> str:
        # 年销售额超亿元的企业37家, asked 超十亿元的企业有多少家: those above another threshold;
        # 社有企业486家, asked the same: all of them, not those above it.
        asked = _thresholds(analysis.text)
        if not asked or analysis.confirms:
            return ""
        written = _thresholds(chinese_to_digits(self._clauses[i]))
        if not written:
            return "the question counts those above a threshold; the figure counts them all"
        if not asked & written:
            return "the question counts those above another threshold than the sentence"
        return ""

    def _veto_bound(self, i: int, analysis: Analysis) -> str:
        # 56人以上大班额: the figure tells which classes are counted; it answers a question about
        # that bound (大班额是多少人以上), not one that counts people.
        # (满足城市居民15天以上的消费需求, asked 够吃几天: a span asked by its own unit is the bound.)
        if self._bound[i] and not _ASKS_BOUND.search(analysis.text) \
                and not (analysis.asked == self.kb.facts[i].unit and UNIT_FAMILY.get(analysis.asked) == "duration"):
            return "the figure is a bound that names a kind (…以上…), and the question asks no bound"
        return ""

    def _duration_keyed(self, i: int, text: str) -> bool:
        """A span of time that is what its clause measures (强对流天气预警提前量达到45分钟, the figure
        ending its clause), asked by its key phrase: no frame of the sentence (十年来…)."""
        fact = self.kb.facts[i]
        after = fact.sentence[self._positions[i] + len(fact.figure):][:1]
        return after in ("，", "。", "；", ",", ";", "") and self._keyed(i, text)

    def _veto_other_count_measure(self, i: int, analysis: Analysis) -> str:
        # 道路交通事故死亡人数下降了38%, asked 交通事故发生起数下降了多少: one thing counted two
        # ways (how many died, how many happened); a count by the other is no answer.
        # (来信2.3万件、来访6.9万人次, asked 来信件数: 人次 there is another figure's measure word.)
        asked = _COUNTED_BY.findall(analysis.text)
        written = _COUNTED_BY.findall(_FIGURE_MEASURE.sub("", self._clauses[i]))
        if asked and written and not set(asked) & set(written):
            return f"the question counts {asked[0]}, the figure {written[0]}"
        return ""

    def _veto_year_unasked(self, i: int, analysis: Analysis) -> str:
        # "中老铁路 旅客", "滇中引水": words with no question word ask what the sources count, not
        # the year something began; a year answers only a question about when.
        if self._is_year[i] and analysis.asked is None and not analysis.event and not _ASKS_WHEN.search(analysis.text):
            return "asks no time; the figure is a year"  # (a kind veto: never offered as nearest)
        # 舞台艺术作品 of 十年来全省共创作舞台艺术作品900余部: nor how long, which 十年来 tells.
        # (十年来…累计实际利用外资120亿美元, asked 对外投资投了多少: a quantity, not a duration, unless
        # the question says time: 开办企业时间压缩到了多少.)
        if (self.kb.facts[i].unit in _DURATIONS and analysis.asked in (None, "多少") and not analysis.event
                and not _ASKS_HOW_LONG.search(analysis.text) and not self._duration_keyed(i, analysis.text)):
            return "asks no time; the figure is how long"
        return ""

    def _veto_unsaid(self, i: int, analysis: Analysis) -> str:
        return f"the question asks about {analysis.unsaid}, which no source says" if analysis.unsaid else ""

    def _veto_given_figure(self, i: int, analysis: Analysis) -> str:
        numbers = self._figure_numbers[i]
        if analysis.numbers and not analysis.confirms and numbers and numbers <= analysis.numbers \
                and self._said_with_unit(i, analysis.text):
            return "the question itself gives this figure"
        return ""

    def _said_with_unit(self, i: int, text: str) -> bool:
        """The question says fact i's number with its measure word, or the fact has none: 开一家公司
        (1家) gives no 1个工作日."""
        fact = self.kb.facts[i]
        unit = fact.unit if fact.unit not in ("数", "") else ""
        if not unit or unit in ("%", "‰") or self._is_year[i]:
            return True
        digits = re.search(r"\d+(?:\.\d+)?", fact.figure)
        if digits is None:
            return True  # 十年: written in words
        first = "个" if fact.figure.endswith("个" + unit) else unit[0]
        said = rf"(?<![\d.]){re.escape(digits.group())}[多余]?(?:万亿|万|亿)?{re.escape(first)}"
        return re.search(said, text) is not None


def _thresholds(text: str) -> set[Decimal]:
    """The values of the thresholds `text` sets: 超亿元的 -> 1亿, 超过10亿元的 -> 10亿."""
    values = set()
    for m in _THRESHOLD.finditer(text):
        digits, magnitude = (m.group(1), m.group(2)) if m.group(1) or m.group(2) else (m.group(3), m.group(4))
        if not digits and not magnitude:
            continue
        value = Decimal(digits or "1")
        for unit in magnitude:
            value *= _MAGNITUDE[unit]
        values.add(value)
    return values


def _ranks(text: str) -> set[tuple[str, int]]:
    """The ranks a text says: {("第", 1)} for 第一位, {("前", 3)} for 前三位, {("强", 500)} for
    500强."""
    found = set()
    for side, numeral in (*_RANK.findall(text), *(("强", n) for n in _TOP_LIST.findall(text))):
        value = int(numeral) if numeral.isdigit() else parse_chinese(numeral)
        if value is not None:
            found.add((side, int(value)))
    return found
