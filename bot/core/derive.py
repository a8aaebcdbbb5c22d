"""Figures the sources imply but do not print, each traceable to quoted figures: the change
between the two sides of 从A增长到B, its rate, the sum or difference of two counts, a part's
share of its whole.

The operands are found by the matcher, as ordinary questions ("全国劳模和省劳模一共多少名" is
"全国劳模多少名" and "省劳模多少名"), and each must be answered surely. Figures of different
units (人 and 人次) or scopes (a yearly figure and a ten-year total, two different years) are
never combined: the reply says why instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from bot.core.figure_context import YEAR_FIGURE, clause_of, fact_role
from bot.core.matching import Matcher, required_lead
from bot.core.models import Derived, Fact
from bot.core.question import CHANGE_ASKED, DIFFERENCE, GAP, asks_change

_RATE = re.compile(r"百分之|%|几成|增幅|涨幅|降幅|增长率|增速|幅度")
_TIMES_CHANGE = re.compile(r"几倍|多少倍")
_GREW_TIMES = re.compile(r"(?:增长|增加|提高|提升|上升|扩大|多)了?(?:几倍|多少倍)")
# 比2012年多了多少, 比十年前少了多少: a comparison with an earlier time is a change.
_TIME_ONLY = re.compile(r"(?:(?:19|20)\d\d年|十年前|10年前|以前|原来|过去|当初|最初|刚开始"
                        r"|前(?:\d+|[二三四五六七八九十两]+)年|上一?个?(?:\d+|十)年)(?:的时候|时|底|末)?")  # (前十年)
_SUM = re.compile(r"一共|总共|合计|加起来|加在一起|合起来|总和|之和|共计|总计|一起")
# Joins of items; not the 与 of 参与, the 及 of 惠及, the 同 of 同步.
_JOIN = re.compile(r"、|和|(?<![参给赋])与|加上|以及")
# The end of the last item joined: where the shared rest of the question starts.
_ITEM_END = re.compile(r"一共|总共|合计|加起来|加在一起|合起来|总和|之和|共计|总计|一起|分别|各|是|有|多少|几|相差|差"
                       r"|哪个|哪一个|谁")
# 技能人才里除了高技能人才还有多少: the whole (a) less the part (b).
_EXCEPT = re.compile(r"^(?P<a>.*?)(?:里面|里头|当中|里|中)?除了?(?P<b>.+?)(?:以外|之外)?"
                     r"(?:还有|其余|其他|剩下|别的)")
_SHARE = re.compile(r"^(?P<a>.+?)占(?!比|有)(?P<b>.+?)的?(?:比例|比重|百分之几|百分之多少|多少|几成|百分比|份额)")
_TIMES = re.compile(r"^(?P<a>.+?)是(?P<b>.+?)的(?:几倍|多少倍)")
# Per-year figures are never combined with totals over years.
_PER_YEAR = re.compile(r"每年|年均|平均每年|一年|当年|每月|月均")
_PART_WORDS = re.compile(r"其中|包括|含")
_APPROXIMATE = re.compile(r"多|余|约|近|超过|以上|左右")
_FIGURE_PARTS = re.compile(r"^[约近超过]*(?P<number>[\d.]+)(?P<scale>万亿|万|亿)?(?P<unit>.*)$")
_SCALES = {"万亿": 1_000_000_000_000, "亿": 100_000_000, "万": 10_000}
_PEOPLE = {"名": "人", "位": "人"}


# 年均增长多少, 增速是多少: a rate of change over the years, not the difference of two levels.
_RATE_OF_CHANGE = re.compile(r"年均|平均每年|每年平均|年平均|增速|增长率|增幅|涨幅|降幅")


@dataclass(frozen=True, slots=True)
class Combination:
    """A derived figure from its inputs, or why the inputs cannot be combined."""

    inputs: tuple[Fact, ...]
    derived: Derived | None = None
    refusal: str = ""
    # Asked for, but the operands were not all found surely: an ordinary answer may still do if
    # its sentence says these words (技术革新和发明创造 may be one figure); never one input.
    unresolved: tuple[str, ...] = ()


# "两个加起来一共多少?", "它们相差多少": a combination of the figures just given.
_OF_THE_LAST = re.compile(r"(?:两|2)(?:个数字|个数|个|者|项)|二者|它们|他们|这俩|俩")  # normalised: 两个 -> 2个
_LAST_SUM = re.compile(r"加起来|加在一起|合起来|一共|总共|合计|总和|之和|共")
_LASTGAP = re.compile(r"相差|差多少|差了多少|差距|差几|多多少|多了多少|少多少")


def of_the_last_two(text: str, earlier: Fact, last: Fact) -> Combination | None:
    """The sum or difference of the last two answers, when `text` asks for it and says nothing
    else (a pronoun, the operation, asking words)."""
    if not _OF_THE_LAST.search(text) and not re.fullmatch(r"(?:那么|那)?(?:加起来|一共|总共|合计)(?:呢|是)?.*", text):
        return None
    rest = _OF_THE_LAST.sub("", text)
    rest = re.sub(r"多少|几|呢|吗|是|有|了|的|那么|那|个|名|人|所|项", "", _LASTGAP.sub("", _LAST_SUM.sub("", rest)))
    if len(rest) > 2:
        return None
    if _LASTGAP.search(text):
        return _combine("difference", (earlier, last))
    if _LAST_SUM.search(text):
        return _combine("sum", (earlier, last))
    return None


# "除了高技能人才，技能人才还有多少?": the part first, in a clause of its own.
_EXCEPT_FIRST = re.compile(r"除了?(?P<b>[^，,。]+?)(?:以外|之外)?[，,](?P<a>[^，,。]+?)"
                           r"(?P<rest>(?:还有|其余|其他|剩下|别的).*)")


def except_first(question: str) -> str | None:
    """The question said whole-first ("技能人才里除了高技能人才还有多少?") when it is said part-first;
    the clause that asks would drop the part, and the whole would answer for the rest."""
    m = _EXCEPT_FIRST.search(question)
    return f"{m.group('a')}里除了{m.group('b')}{m.group('rest')}" if m else None


class Deriver:
    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._sentences: dict[str, list[Fact]] = defaultdict(list)
        for fact in matcher.facts:
            self._sentences[fact.sentence].append(fact)
        self._corpus = matcher.vocabulary.corpus  # the sentences, normalised

    def side_of_change(self, fact: Fact) -> bool:
        """`fact` is one side of a 从A到B change whose other side the sources give."""
        return self._pair_of(fact) is not None

    def combine(self, text: str) -> Combination | None:
        """The combination `text` (normalised) asks for, or None when it asks for none. When
        its operands are not all found surely, the Combination is `unresolved`."""
        if _RATE_OF_CHANGE.search(text):
            return None  # 年均增长多少: a rate, which only the sources print; no difference of levels
        if asks_change(text):
            return self._change(text)
        difference = DIFFERENCE.search(text)
        if difference and _TIME_ONLY.fullmatch(difference.group("b")):
            # 幼儿园比2012年多了多少所: the change since then, asked as a comparison.
            return self._change(difference.group("a") + "增加了多少" + text[difference.end():])
        excepted = _EXCEPT.search(text)
        if excepted:
            # 技能人才里除了高技能人才还有多少: the whole less the part.
            whole, part = excepted.group("a"), excepted.group("b")
            if not whole:
                return Combination((), unresolved=(part, "除"))  # the whole not said apart: no answer
            return self._many("difference", [whole + "有多少", part + "有多少"], (whole, part))
        times = _TIMES.search(text)
        if times and _TIME_ONLY.fullmatch(times.group("b")):
            return self._change(text)  # 现在是原来的几倍: the two sides of a change
        for pattern, kind in ((DIFFERENCE, "difference"), (_SHARE, "share"), (_TIMES, "times")):
            m = pattern.search(text)
            if m and kind == "share" and self._printed_share(text):
                return None  # the sources print the share itself: that is the answer
            if m:
                return self._many(kind, [m.group("a") + "有多少", m.group("b") + "有多少"],
                                  (m.group("a"), m.group("b")))
        if _SUM.search(text) or GAP.search(text):
            items = _joined_items(text)
            if any(joint in self._corpus for joint in joints(text)):
                return None  # the sources name them together (帮扶和送温暖活动): one thing, one figure
            if len(items) >= 2:
                return self._many("difference" if GAP.search(text) else "sum", [q for q, _ in items],
                                  joints(text))
        return None

    def _printed_share(self, text: str) -> bool:
        match = self._matcher.match(text)
        return match.answered and match.best is not None and match.best.unit in ("%", "‰", "成")  # (六成: tenths)

    def _operand(self, question: str) -> Fact | None:
        match = self._matcher.match(question)
        return match.best if match.answered and not match.derived and len(match.facts) == 1 else None

    def _many(self, kind: str, questions: list[str], items: tuple[str, ...]) -> Combination:
        facts = [self._operand(q) for q in questions]
        found = tuple(dict.fromkeys(f for f in facts if f is not None))
        if len(found) == 1 and None not in facts:
            # Every item finds the same fact: the sources give them as one figure (修订、制定制度
            # 130项 for "修改和新订的一共多少"), which is the answer, not an operand.
            return Combination(found, unresolved=())
        if len(found) < len(facts) or (kind != "sum" and len(found) != 2):
            return Combination(found, unresolved=items)
        return _combine(kind, found)

    def _change(self, text: str) -> Combination | None:
        """增长了多少: the best candidate for what changed must be one side of a 从A到B pair."""
        subject = CHANGE_ASKED.sub("有多少", text)  # 步道增加了多少公里 -> 步道有多少公里: the unit stays asked
        ranked = [(c.fact, c.score) for c in self._matcher.explain(subject).ranked
                  if not YEAR_FIGURE.fullmatch(c.fact.figure)]  # the years of 从2012年的A到2021年的B
        # Without a sure pair, an ordinary answer will do unless it is one side of a change
        # (a fact may print the change itself: 等级提升37万人次, 提高了5个百分点).
        unresolved = Combination(())
        if not ranked:
            return unresolved
        best, score = ranked[0]
        pair = self._pair_of(best)
        if pair is None:
            # 突破2.7万亿元 (a headline's round figure) and 从1.03万亿元增加到2.71万亿元 tell one
            # thing: the nearly as good candidate that is a side of a change is what changed.
            paired = next(((f, s) for f, s in ranked[1:4] if s >= score - CHANGE_TIE and _unit(f) == _unit(best)
                           and self._pair_of(f) is not None), None)
            if paired is not None:
                best, score = paired
                pair = self._pair_of(best)
        if pair is None or score < self._matcher.params.lone_threshold:
            return unresolved
        rivals = [s for f, s in ranked[1:] if f not in pair and f.figure not in (pair[0].figure, pair[1].figure)]
        if rivals and score - rivals[0] < required_lead(score, self._matcher.params):
            return Combination(pair)
        if _GREW_TIMES.search(text):
            # 增长了几倍: how many times the start it grew by, (B - A) / A; 增长了1倍 is doubled.
            return _combine("grew_times", pair, paired=True)
        if _TIMES_CHANGE.search(text):  # 是原来的几倍, 翻了几倍: B / A
            return _combine("times", (pair[1], pair[0]), paired=True)
        percent = pair[0].unit in ("%", "‰")  # 从76.8%提高到92.5%: a change in points, not a rate
        return _combine("growth_rate" if _RATE.search(text) and not percent else "change", pair, paired=True)

    def _pair_of(self, fact: Fact) -> tuple[Fact, Fact] | None:
        """(before, after) of the change `fact` is one side of, in its own sentence."""
        role, _ = fact_role(fact)
        if not role:
            return None
        want = "after" if role == "before" else "before"
        at = fact.at
        partners = [f for f in self._sentences[fact.sentence]
                    if f.id != fact.id and fact_role(f)[0] == want and _unit(f) == _unit(fact)]
        if not partners:
            return None
        partner = min(partners, key=lambda f: abs(f.at - at))
        return (fact, partner) if role == "before" else (partner, fact)


CHANGE_TIE = 0.05  # a side of a change this close to a best that is none stands for it


def _joined_items(text: str) -> list[tuple[str, str]]:
    """"全国劳模和省劳模一共多少名" -> [("全国劳模多少名", "全国劳模"), ("省劳模多少名", "省劳模")]:
    each item as a question, with the shared rest (the total's own words dropped), and alone."""
    joins = list(_JOIN.finditer(text))
    if not joins:
        return []
    tail_start = joins[-1].end()
    end = _ITEM_END.search(text, tail_start)
    if end is None or end.start() == tail_start:
        return []
    rest = _SUM.sub("", GAP.sub("", text[end.start():])) or "有多少"
    items = [piece for piece in _JOIN.split(text[:end.start()]) if piece]
    return [(item + rest, item) for item in items] if len(items) >= 2 else []


def joints(text: str) -> tuple[str, ...]:
    """The words either side of each join, as said: 修改和新订 of 规章制度中修改和新订的制度."""
    return tuple(text[max(0, j.start() - 2):j.end() + 2] for j in _JOIN.finditer(text))


def _unit(fact: Fact) -> str:
    return _PEOPLE.get(fact.unit, fact.unit)


def _scope_problem(facts: tuple[Fact, ...]) -> str:
    units = {_unit(f) for f in facts}
    if len(units) > 1 or any(isinstance(f.value, str) for f in facts):
        return "单位不同（" + "、".join(f.figure for f in facts) + "）"
    per_year = {bool(_PER_YEAR.search(clause_of(f))) for f in facts}
    if len(per_year) > 1:
        return "一个是每年的数字，一个是多年的累计"
    years = {fact_role(f)[1] for f in facts}
    if len(years) > 1:
        return "它们是不同年份的数字"
    return ""


def _part_of(part: Fact, whole: Fact) -> bool:
    """The sentence gives `part` as a part of `whole`: 技能人才428万人,其中,高技能人才135.7万人."""
    if part.sentence != whole.sentence:
        return False
    start, end = whole.sentence.find(whole.figure), part.sentence.find(part.figure)
    return 0 <= start < end and _PART_WORDS.search(whole.sentence[start:end]) is not None


def _combine(kind: str, facts: tuple[Fact, ...], paired: bool = False) -> Combination:
    """`paired`: the two sides of one change (从A到B), comparable by nature."""
    if not paired:
        problem = _scope_problem(facts)
        if problem:
            return Combination(facts, refusal=problem)
        if kind == "sum" and any(_part_of(a, b) for a in facts for b in facts if a is not b):
            return Combination(facts, refusal="一个是另一个的一部分，加起来会重复计算")
        roles = {fact_role(f)[0] for f in facts}
        if kind == "sum" and roles == {"before", "after"} and len({f.sentence for f in facts}) == 1:
            return Combination(facts, refusal="它们是同一个数在前后两个时间的值，加起来没有意义")
    elif _unit(facts[0]) != _unit(facts[1]):
        return Combination(facts, refusal=_scope_problem(facts))
    values = [float(f.value) for f in facts]  # not str: checked above
    approximate = any(_APPROXIMATE.search(f.figure) for f in facts)
    a, b = values[0], values[-1]
    first, last = facts[0].figure, facts[-1].figure
    if kind == "change" and all(f.figure.startswith("第") for f in facts):
        # 由第26位提升到第20位: a place, where a smaller number is ahead; no rate of growth.
        value = b - a
        word = "前进" if value < 0 else "后退" if value > 0 else "不变"
        figure = f"{_plain(abs(value))}{facts[0].unit}"
        return Combination(facts, Derived(kind, value, figure, f"{first} → {last}：{word}{figure}", f"名次{word}"))
    if kind == "change":
        value = b - a
        points = facts[0].unit == "%"  # 从76.8%提高到92.5%: 15.7 points, not 15.7%
        figure = f"{_plain(round(abs(value), 2))}个百分点" if points else _figure(abs(value), facts, approximate)
        word = "增加" if value >= 0 else "减少"
        rate = f"，{'增长' if value >= 0 else '下降'}{_percent(abs(value) / a)}" if a and not points else ""
        formula = f"{last} − {first} = {'' if value >= 0 else '−'}{figure}"
        return Combination(facts, Derived(kind, value, figure, formula, f"{word}{rate}"))
    if kind == "grew_times":
        if not a:
            return Combination(facts, refusal="起点是零，算不出倍数")
        value = (b - a) / a
        figure = f"约{_plain(round(value, 2))}倍"
        formula = f"({last} − {first}) ÷ {first} ≈ {figure.lstrip('约')}"
        return Combination(facts, Derived(kind, value, figure, formula, "增长的倍数"))
    if kind == "growth_rate":
        if not a:
            return Combination(facts, refusal="起点是零，算不出增长率")
        value = (b - a) / a * 100
        figure = _percent(abs(value) / 100)
        formula = f"({last} − {first}) ÷ {first} ≈ {'' if value >= 0 else '−'}{figure.lstrip('约')}"
        return Combination(facts, Derived(kind, value, figure, formula, "增长率" if value >= 0 else "下降幅度"))
    if kind == "sum":
        value = sum(values)
        figure = _figure(value, facts, approximate)
        formula = " + ".join(f.figure for f in facts) + f" = {figure}"
        return Combination(facts, Derived(kind, value, figure, formula, "合计"))
    if kind == "difference":
        value = a - b
        figure = _figure(abs(value), facts, approximate)
        bigger, smaller = (facts[0], facts[1]) if a >= b else (facts[1], facts[0])
        formula = f"{bigger.figure} − {smaller.figure} = {figure}"
        said = "多" if a >= b else "少"
        return Combination(facts, Derived(kind, value, figure, formula, f"前者比后者{said}"))
    if not b:
        return Combination(facts, refusal="作比较的数字是零")
    ratio = a / b
    if kind == "times":
        figure = f"约{_plain(round(ratio, 2))}倍"
        formula = f"{first} ÷ {last} ≈ {figure.lstrip('约')}"
        return Combination(facts, Derived(kind, ratio, figure, formula, "倍数"))
    if ratio > 1:
        return Combination(facts, refusal="前一个数字比后一个大，不是它的一部分")
    figure = _percent(ratio)
    formula = f"{first} ÷ {last} ≈ {figure.lstrip('约')}"
    return Combination(facts, Derived("share", ratio * 100, figure, formula, "占比"))


def _percent(share: float) -> str:
    exact = round(share * 100, 1) == share * 100
    return f"{'' if exact else '约'}{_plain(round(share * 100, 1))}%"


def _plain(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _figure(value: float, facts: tuple[Fact, ...], approximate: bool) -> str:
    """`value` written like its inputs: in 万 or 亿 when they use it, with their unit word."""
    parts = [_FIGURE_PARTS.match(f.figure) for f in facts]
    scales = [_SCALES[p.group("scale")] for p in parts if p and p.group("scale")]
    unit = next((p.group("unit").lstrip("多余") for p in parts if p), "")
    scale = max((s for s in scales if value >= s), default=1)
    number = _plain(round(value / scale, 2))
    word = {v: k for k, v in _SCALES.items()}.get(scale, "")
    return f"{'约' if approximate else ''}{number}{word}{unit}"
