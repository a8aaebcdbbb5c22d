"""What a fact's sentence says around its figure: the clause, the thing counted, the side of a
change (从A增长到B) and the year the figure belongs to, a place listed with others."""

from __future__ import annotations

import functools
import re

from bot.core.models import Fact
from bot.core.question import PLANNED, Analysis
from bot.core.text_figures import CHANGE_FROM, CHANGE_VERB
from bot.core.words import words

YEAR_FIGURE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?")  # 2017年, 2017年8月

# Where a figure stands in a change (从A增长到B) and what the question asks of time.
_CHANGE_TO = re.compile(rf"{CHANGE_VERB}(?:到|至|为)")

_VERB_INSIDE = re.compile(r"建设|建成|新建|设立|创建|培育|组织|开展|举办|实施|发放|投入|覆盖|惠及|参加|参与|获得|入选")

_SPAN_EDGE = re.compile(r"[、，,；;。：:（）()]|\d")
_QUOTES = re.compile(r"[“”\"]")
_SHORT_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2})*)[）)]")


def without_short_brackets(text: str) -> str:
    """双拥模范城(县) -> 双拥模范城县, 示范县（市、区） -> 示范县市区: a short alternative in
    brackets is part of the noun."""
    return _SHORT_BRACKET.sub(lambda m: m.group(1).replace("、", ""), text)


def counted_span(fact: Fact) -> str:
    """The words right around the figure, between list commas: what it counts (56.54万个班组)."""
    at = fact.at
    if at < 0:
        return ""
    # (A name in quotes is part of the noun: 专精特新“小巨人”企业58户.)
    before = _QUOTES.sub("", without_short_brackets(fact.sentence[:at]))
    # 通车里程由2012年的2943公里增加到2021年的9947公里: both sides count what stands before 由.
    head = _SPAN_EDGE.split(without_change_frame(before))[-1]
    clauses = re.split(r"[，,；;]", before)
    if len(clauses) >= 2 and _ELIDED.fullmatch(clauses[-1]):
        # 城镇登记失业率始终控制在4%以内，2021年为3.3%: the noun left out is the clause's before.
        head = re.split(r"[\d（(]", clauses[-2])[0] + head
    after = _QUOTES.sub("", fact.sentence[at + len(fact.figure):])
    tail = _SPAN_EDGE.split(after)[0]
    if re.match(r"\d", after[len(tail):]):
        # 交办的5781件群众信访举报问题已办结5690件: what runs into the next figure is its own.
        predicate = _NEXT_PREDICATE.search(tail)
        tail = tail[:predicate.start()] if predicate else tail
    return head + tail


# The words of a change between two sides, up to either figure: 由2012年的 | 从445所增加到2021年的
# | 由2012年的全国第26位提升到2021年的.
# (由开通初期的10多种扩展到: a time said in words, too.)
_CHANGE_FRAME = re.compile(r"(?:由|从)(?:(?:19|20)\d\d年(?:底|末)?的?|[\u4e00-\u9fff]{2,6}?(?:初期|之初|前|时)的)?"
                           r"(?:全国|全省|全球)?"
                           r"(?:第?[\d.]+[^\d，,；;。、]{0,4}?"
                           r"(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|扩展|拓展|缩小|增|降|升)(?:到|至|为)"
                           r"(?:(?:19|20)\d\d年(?:底|末)?的?)?(?:全国|全省|全球)?)?$")


def without_change_frame(before: str) -> str:
    """The words before a figure without the change it is a side of (…由2012年的520万人增加到2021年的):
    what stands before 由 or 从 names what both sides count."""
    frame = _CHANGE_FRAME.search(before)
    return before[:frame.start()] if frame else before


# Words before a figure that name nothing (2021年为): its noun is the previous clause's.
_ELIDED = re.compile(r"(?:19|20)\d\d年(?:底|末)?(?:的|为|是|达到|达|降至|升至|增至)?")


# Where the words before a figure start saying what happened to it (已办结5690件, 累计帮助…).
_NEXT_PREDICATE = re.compile(r"已经|均已|已|累计|共计|达到")


# A verb after the figure starts what happened to the counted (6.72万名补充到农村学校任教).
_AFTER_VERB = re.compile(r"补充|参加|参与|参赛|分布|覆盖|惠及|用于|到|在|赴|去|来|前往|进入|实现|完成|获得")


def modified_span(fact: Fact) -> str:
    """The counted span without what follows a verb after the figure: the words that narrow the
    thing counted (全国劳模11人, 56.54万个班组), not where the counted went."""
    span = counted_span(fact)
    at = fact.at
    tail = _SPAN_EDGE.split(_QUOTES.sub("", fact.sentence[at + len(fact.figure):]))[0] if at >= 0 else ""
    if not tail or not span.endswith(tail):
        return span
    verb = _AFTER_VERB.search(tail)
    return span[:len(span) - len(tail)] + (tail[:verb.start()] if verb else tail)


@functools.lru_cache(maxsize=1024)
def _listed_pattern(place: str) -> re.Pattern[str]:
    # The place must be a whole item of the list: 上海、深圳等地, 全国和省级; not 全国最美职工.
    word, name = "([\u4e00-\u9fff]{2,4})", re.escape(place)
    return re.compile(f"{word}[、和及与]{name}(?=[、和及与等地])|{name}[、和及与]{word}")


def one_of_listed(place: str, sentence: str, analysis: Analysis) -> bool:
    """The sentence gives the figure for `place` and others together (上海、深圳等地 13个), and the
    question asks about `place` alone: it names none of the others and no 等."""
    if "等" in analysis.text:
        return False
    neighbours = _listed_pattern(place).findall(sentence)
    # The word next to the place: the end of the one before it, the start of the one after it.
    others = [before[-2:] for before, _ in neighbours if before] + [after[:2] for _, after in neighbours if after]
    if others:
        return not any(other in analysis.text for other in others)
    # (普洱、保山、临沧、德宏4个州市, asked of all four: the last item has no neighbour after it.)
    run = re.search(f"(?:[\u4e00-\u9fff]{{2,4}}[、和及与])+{re.escape(place)}", sentence)
    items = re.split(r"[、和及与]", run.group()) if run else []
    return an_example(place, sentence) and not any(item[-2:] in analysis.text for item in items[:-1])


def an_example(word: str, text: str) -> bool:
    """`word` is one item of a list closed by 等 (新加坡、意大利等): an example, not all it covers;
    or by how many the items are (昆明、红河、德宏三个片区): one of all the figure is of."""
    w = re.escape(word)
    return re.search(f"{w}(?:[、和及与][^，,。；;]{{0,12}})?等"
                     f"|(?:[、和及与]{w}|{w}[、和及与][^，,。；;]{{0,12}}?)(?:\\d+|[两二三四五六七八九十]+)个",
                     text) is not None


_EXAMPLE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等")


@functools.lru_cache(maxsize=4096)
def listed_examples(text: str) -> tuple[tuple[str, ...], str]:
    """The items of the last list closed by 等 in `text`, and the words after it: 在奥运会、世锦赛、
    亚运会等国际大赛上共获得金牌 -> ((奥运会, 世锦赛, 亚运会), 国际大赛上共获得金牌); the first
    item begins where its last word does (在奥运会 -> 奥运会). ((), '') when there is none."""
    lists = list(_EXAMPLE_LIST.finditer(text))
    if not lists:
        return (), ""
    found = lists[-1]
    first, *rest = found.group(1).split("、")
    return (words(first)[-1], *rest), text[found.end():]


# What opens a group named by negating another: 非学历生, 未成年人.
NEGATING = "非未无没不"


_ALIKE_PAIR = re.compile(r"([\u4e00-\u9fff]{2,3})(?:和|与|及|、)([\u4e00-\u9fff]{2,3})")


def mentions(context: str, phrase: str) -> bool:
    """The context says the phrase, or at least most of its character pairs."""
    if phrase in context:
        return True
    if phrase[:1] in NEGATING:
        return False  # 非学历生: what the context says without its negation is the other group
    both = _ALIKE_PAIR.fullmatch(phrase)
    if both and both.group(1)[-1] == both.group(2)[-1] and both.group(1)[:-1] + both.group(2) in context:
        return True  # 新建和改建, said 新改建 (大型和中型, 大中型): two words that end alike, said once
    pairs = [phrase[i:i + 2] for i in range(len(phrase) - 1)]
    return bool(pairs) and sum(p in context for p in pairs) * 3 >= len(pairs) * 2


def fact_role(fact: Fact) -> tuple[str, str]:
    """('before'|'after'|'', year) of the figure in its sentence: 从A增长到B, 2012年的A."""
    sentence = fact.sentence
    at = fact.at
    if at < 0:
        return "", ""
    head, tail = sentence[:at], sentence[at + len(fact.figure):]
    # 2012年的A, and 分别是2012年的A和B: the year is said of every item of the list.
    # 2021年为3.3%: the year said right before the figure, with the verb that gives it.
    # (由2012年的每吨400元: a price per unit, said after the year.)
    year_match = re.search(r"((?:19|20)\d\d)年(?:底|末)?(?:的|为|是|达到|达|降至|升至)?"
                           r"(?:[^，,；;。\d]{0,4}\d[^，,；;。]{0,8}[和、及与])?(?:每[\u4e00-\u9fff]{1,2})?$", head)
    # 恢复到2019年的80.5%, 是2012年的3.4倍: the year of the base compared with, not of the figure.
    compared = year_match is not None and re.search(r"(?:恢复到|恢复至|相当于|是|为|占)$",
                                                    head[:year_match.start()]) is not None
    year = year_match.group(1) if year_match and not compared else ""
    role = ""
    clause_head = re.split(r"[，,；;。]", head)[-1]
    clause_tail = re.split(r"[，,；;。]", tail)[0]
    if CHANGE_FROM.search(clause_head[-14:]) and _CHANGE_TO.search(clause_tail[:16]):
        role = "before"
    elif _CHANGE_TO.search(clause_head[-16:]) and CHANGE_FROM.search(clause_head):
        role = "after"
    return role, year


def is_target(fact: Fact) -> bool:
    """A figure the sources plan for (到2025年，…将达到1.5万公里), not one they report."""
    at = fact.at
    return at > 0 and PLANNED.search(fact.sentence[:at]) is not None


def time_fit(analysis: Analysis, role: str, year: str, sentence_years: tuple[str, ...], fit: float) -> float:
    """A nudge for the side of a change the question asks about: by its year (从2012年的A到2021年的B;
    the earliest year of the sentence is the before side), its words (原来, 现在), else the
    present, which is what a question without a time means."""
    if year and analysis.years:
        return fit if year in analysis.years else -2 * fit
    if role and analysis.years and len(sentence_years) >= 2:
        asked_year = analysis.years[0]
        side = "before" if asked_year == sentence_years[0] else "after" if asked_year == sentence_years[-1] else ""
        if side:
            return fit if side == role else -2 * fit
    if role == "before":
        return fit if analysis.when == "before" else -fit
    if role == "after":
        return -fit if analysis.when == "before" else fit
    return 0.0


def item_of(fact: Fact) -> str:
    """The list item that holds the figure, with it: 省级运动员310名 of 国家级运动员46名、省级运动员310名."""
    start = fact.at
    if start < 0:
        return fact.figure
    head = re.split(r"[、,，;；。:：]", fact.sentence[:start])[-1]
    tail = re.split(r"[、,，;；。:：]", fact.sentence[start + len(fact.figure):])[0]
    return head + fact.figure + tail


def clause_of(fact: Fact) -> str:
    """The part of the sentence around the figure, between commas: what the figure counts."""
    before, after = clause_around(fact)
    return before + fact.figure + after if fact.at >= 0 else before + after


# 比2015年增加2个, 是前一个十年的5.3倍, 同比增长8%: a clause that goes on about the one before.
_GOES_ON_ABOUT = re.compile(r"^(?:比|较|同比|是|相当于)")


def clauses_before(fact: Fact) -> list[str]:
    """The clauses of the sentence up to the figure, the last one the figure's own words before it
    ([] when the sentence does not hold the figure)."""
    return re.split(r"[,，;；]", fact.sentence[:fact.at]) if fact.at >= 0 else []


def subject_clause(fact: Fact) -> str:
    """The clause before the figure's when the figure's own has no subject and goes on about it
    (九湖中水质达到或优于Ⅲ类的湖泊有5个，比2015年增加2个 -> …湖泊有5个), else ''."""
    clauses = clauses_before(fact)
    return clauses[-2] if len(clauses) >= 2 and _GOES_ON_ABOUT.match(clauses[-1]) else ""


def clause_around(fact: Fact) -> tuple[str, str]:
    """The words of the figure's clause before it and after it."""
    start = fact.at
    head = re.split(r"[,，;；。:：]", fact.sentence[:start])[-1]
    tail = re.split(r"[,，;；。:：]", fact.sentence[start:])[0]
    return head, tail[len(fact.figure):] if start >= 0 else tail


def states_change(fact: Fact) -> bool:
    """The figure is itself a change (提高了41.28个百分点, 年均增长8.7%), not a level (达到1.46万元):
    only such a figure answers 增长了多少 when no 从A到B pair gives one."""
    at = fact.at
    # (年均分别增长18.6%和30.4%, 分别增长1.1倍和42%: the later figures of a list after the verb
    # state it too.)
    before = re.sub(r"(?:[\d.]+(?:[%‰倍]|个百分点)?[和、及])+$", "", fact.sentence[:at]) if at >= 0 else ""
    # (巩固提升了2150万农村人口的饮水安全: whose water was made safer, counted; not by how much.)
    whose = _WHOSE.match(fact.sentence, at + len(fact.figure)) if at >= 0 else None
    return at >= 0 and whose is None and (_CHANGED_BY.search(before) is not None
                                          or _AMOUNT_CHANGED.search(before) is not None)


def counts_added(fact: Fact) -> bool:
    """The figure counts what was added (新增蓄水库容28亿立方米): it answers 增加了多少 as a change
    does, though it is no change of a level the sources give."""
    head = re.split(r"[，,；;。]", fact.sentence[:fact.at])[-1] if fact.at >= 0 else ""
    return re.search(r"新增[\u4e00-\u9fff]{0,10}$", head) is not None


_WHOSE = re.compile(r"[\u4e00-\u9fff]{1,8}的[\u4e00-\u9fff]{2}")
_CHANGED_BY = re.compile(r"(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小|压缩|缩短|延长|前移|后移|增|减)"
                         r"了?(?:约|近)?$")
# 年均增加降水量16亿立方米, 压减法人户数1260户: the verb, then what it added or cut, then how much
# (not 增加到现在的300头: the level reached).
_AMOUNT_CHANGED = re.compile(r"(?:增加|减少|压减|削减|节约|节省|减排)(?![到至为了])[\u4e00-\u9fff]{2,8}$")
