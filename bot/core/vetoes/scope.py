"""The figure is of another scope than the one asked: another place or level, a sub-group the
sentence does not name, one item of a list asked where the figure is of them all.
"""

from __future__ import annotations

import itertools
import re

from bot.core.figure_context import (
    NEGATING,
    an_example,
    clause_around,
    clauses_before,
    listed_examples,
    mentions,
    one_of_listed,
    subject_clause,
)
from bot.core.models import Fact
from bot.core.question import GRADE_WORD, Analysis
from bot.core.readings import MEASURE, NOUN_TAGS, Readings
from bot.core.words import tagged

_SHARE_ASKED = re.compile(r"(?:率|比例|占比|比重)$")
# (每千人拥有企业数, 每千名老年人拥有养老床位)
_AVERAGE = re.compile(r"人均|年均|月均|日均|户均|均值|平均|每(?:十万|万|千|百)(?:名|个|位)?[\u4e00-\u9fff]{0,3}人")
_OPENING_CLAUSE = re.compile(r"[^，,；;。]*(?:显示|表明|据统计)[，,：:]")
_PER_HEAD_STANDARD = re.compile(r"标准|每人每[月年]|人均")
# 每个州（市）至少有, 每所学校都配备: what each of many has (not 每年, 每万人: other rules).
_PER_EACH = re.compile(r"每(?![年月日天周季万千百十\d])(?:一)?[个所家座户名位]?[\u4e00-\u9fff()（）]{0,8}?"
                       r"(?:都|均)?(?:至少|最少|最多)?(?:有|建有|配备|配有|设有|拥有|达到)?$")
_PER_POPULATION = re.compile(r"每(?:十万|10万|万|千|百)(?:人口|人|名)")
_PER_POPULATION_ASKED = re.compile(r"每(?:十万|10万|1?万|1?千|1?百|10000|1000|100)|(?:万|千|百)人(?:口)?(?:平均|均)"
                                   r"|密度|per|平均1?(?:万|千|百)个?人"
                                   # (一千个老人能摊上几张床位: so many people, then what they have.)
                                   r"|(?<![\d.])(?:100|1000|10000)个?[\u4e00-\u9fff]{0,3}人(?:口)?(?:里|中|能|有|平均)")
# 每万人, 平均1万个人 (not 每平方公里, 每年): a figure per so many people, asked as such.
_PER_PEOPLE_ASKED = re.compile(r"(?:每|平均)(?:十万|10万|1?万|1?千|1?百|10000|1000|100)(?:个?人|名|人口)"
                               r"|(?<![\d.])(?:100|1000|10000)个?[\u4e00-\u9fff]{0,3}人(?:口)?(?:里|中|能|平均)")
# 一斤多少钱, 每公斤卖多少钱: a price per unit of a good.
# 省级以上, 二级及以上, 3A级以上: a level and the ones above it.
_LEVEL_AND_ABOVE = re.compile(r"(国家级|州市级|地市级|省级|州级|市级|县级|乡级|[一二三四五\d]A?级)及?以上")
_NOT_OF = re.compile(r"非([\u4e00-\u9fff]{2,6})")  # 非建档立卡户: the others than a group
_RATE_WORD = re.compile(r"[\u4e00-\u9fff]{2}率")  # 发生率, 死亡率
_PER_MEASURE = re.compile(r"(?:一|每|1)(?:斤|公斤|千克|克|吨|两|瓶|盒|箱|袋|包)")  # 一吨甘蔗: one of the measure
_PRICE_ASKED = re.compile(rf"{_PER_MEASURE.pattern}[\u4e00-\u9fff]{{0,4}}?(?:要|卖|得|能卖)?多少钱")
# Two kinds of one thing right before the figure, joined by 和 (示范企业和优势企业98家).
_KINDS_PAIRED = re.compile(r"([\u4e00-\u9fff]{4,})(?:和|及|与)([\u4e00-\u9fff]{4,8})$")
# (全省建成国家知识产权示范企业…: where the things were made, no level of theirs.)
_COUNT_FRAME = re.compile(r"共|累计|现有|有|先后|已|建成|建立|创建|培育|认定|获批|获评|命名|设立")
# Qualifiers of measure, not of sub-group: 每人每年1836元 is no figure of another group than 农村.
PER_HEAD = frozenset({"人均", "生均", "平均"})
_CATEGORY = re.compile(r"等|这类|之类|这些|那些|一类|各类|各种|总共|一共|合计|加起来")  # asks for the whole list
_SHARE_OF = re.compile(r"占[^\d%‰]*")
_NAME_TAGS = frozenset({"ns", "nr", "nz", "nt"})  # proper names, as the tagger reads them
_JOINED = re.compile(r"[省市州县区]?[、和与及]")  # between names of places listed together
# What caused it (因干旱死亡, 因病致贫); not 因为 (because), 因此, 因素, 原因.
_CAUSE = re.compile(r"(?<![原基诱])因(?![为此而素地])([\u4e00-\u9fff]{1,6})")


# A level said right before a noun (省人大代表, 国家卫生村, 州市级文联): which level's things they are.
# (Not 全省, 本省, 省内: the province as the place everything is in, a level of nothing.)
_LEVEL_BEFORE = re.compile(r"(国家级|国家|全国|省级|(?<![全本])省(?![内外份会])|州市级|州（市）级|州市|市级"
                           r"|县级|县(?![城域])|乡镇级|乡镇|村级)")


def _says_group(context: str, group: str) -> bool:
    """`context` says the sub-group: as written, or a sex of a role as 成员中女性 says 女成员."""
    group = _SHARE_ASKED.sub("", group) or group  # (女代表比例, read 女代表率: the group is 女代表)
    if group == "出口":
        return re.search("(?<!进)出口", context) is not None  # (not the 出口 of 进出口总额: both ways)
    if group in context:
        return True
    if group == "国家级" and re.search(r"国家(?![级标])[\u4e00-\u9fff]", context):
        return True  # (国家知识产权示范企业: the level said without 级; not 国家标准)
    if group.endswith(("以上", "以下")) and f"{group[:-2]}及{group[-2:]}" in context:
        return True  # (本科以上 asked, 本科及以上学历 written: the same bound)
    if group == "城镇" and "城市" in context:
        return True  # (城里停电几个小时, read 城镇, of 城市用户年均停电时间: towns take in the cities)
    if group in ("平均", "人均") and re.search(r"\d元/?人(?!民)", context):
        return True  # (保险密度1830元/人: per head, said in the unit)
    if group == "平均":
        return _AVERAGE.search(context) is not None  # 月人均水平, 年均: averages said otherwise
    if group in ("农村", "城镇", "城市", "乡村") and "城乡" in context and _PER_HEAD_STANDARD.search(context):
        return True  # 城乡居民基础养老金最低标准…每人每月118元: one standard for town and country alike
    sex, role = group[:1], group[1:]
    return sex in "女男" and len(role) >= 2 and role in context and f"{sex}性" in context


def _told_by(sentence: str, word: str) -> bool:
    """The sentence opens with a clause that says who tells it, and `word` is in it
    (第七次全国人口普查数据显示，…): the word is of every figure after."""
    opening = _OPENING_CLAUSE.match(sentence)
    return opening is not None and word in opening.group()


def _named_for(fact: Fact, word: str) -> bool:
    """Whether `word`, said in the sentence before the figure's clause, is what that clause is
    about: said in the clause right before (罗非鱼年出口量达到3.5万吨，出口额1.3亿美元), or the
    subject every clause since goes on doing things of (省人大常委会共制定…60件，修改法规…，废止
    法规19件: each opens with its verb)."""
    clauses = clauses_before(fact)
    said = [k for k, clause in enumerate(clauses[:-1]) if word in clause]
    if not said:
        return False
    if said[-1] == len(clauses) - 2:
        return True
    return all(clause and tagged(clause)[0][1] == "v" for clause in clauses[said[-1] + 1:])


def _subject_carried(fact: Fact, word: str) -> bool:
    """The figure's clause opens with a verb, so the clause before it names who does it, and says
    `word` (全省高校共获得国家科技奖励23项，承担国家级科研项目6300余项: 高校 of both)."""
    clauses = clauses_before(fact)
    if len(clauses) < 2 or not clauses[-1]:
        return False
    first = tagged(clauses[-1])[0][1]
    return first.startswith("v") and first != "vn" and word in clauses[-2]


def _frames(level: str, counted: str) -> bool:
    """全省共有45部作品获得…国家级奖项: the level word opens the words and a count frame follows
    it; it says where the things are counted, no level of theirs."""
    return counted.startswith(level) and _COUNT_FRAME.match(counted, len(level)) is not None


class ScopeVetoes(Readings):
    """Vetoes on scope: a place said of another figure, a level or sub-group the figure's words
    lack, one item of a list asked where the figure is of the whole list, a density or a figure
    for each one of many."""

    def _veto_level_and_above(self, i: int, analysis: Analysis) -> str:
        # 培育蔬菜产业省级以上龙头企业145户，其中国家级12户, asked 省级龙头企业: the figure counts
        # that level and the ones above it; the level alone is another, smaller count.
        for m in _LEVEL_AND_ABOVE.finditer(self._clauses[i]):
            level = m.group(1)
            if level in analysis.text and not re.search(f"{re.escape(level)}(?:及|和)?(?:以上|以下)", analysis.text):
                return f"the figure counts {m.group()}; the question asks of {level} alone"
        return ""

    def _rate_named(self, i: int, text: str) -> bool:
        """The question names the rate fact i's clause says (发生率降到了多少)."""
        return any(m.group() in self._clauses[i] for m in _RATE_WORD.finditer(text))

    def _veto_negated_group(self, i: int, analysis: Analysis) -> str:
        # 成年国民综合阅读率达到81.2%, asked 未成年人阅读率: a group named by negating the one the
        # figure's words say (未成年人, 非学历生) is the others, whom the figure does not count.
        near = self._near[i]
        words = tagged(analysis.text)
        for (word, tag), (following, _) in zip(words, (*words[1:], ("", "")), strict=True):
            if (len(word) >= 3 and word[0] in NEGATING and tag in NOUN_TAGS and word not in near
                    and word[1:3] in near):
                return f"the question asks of {word}; the figure's words say {word[1:]}"
            # (The other way: 成年人 asked, and the figure's words say it only as 未成年人.)
            at = [m.start() for m in re.finditer(re.escape(word), near)] if len(word) >= 3 and tag in NOUN_TAGS \
                else []
            # (Not when the question says it so too, split by the tagger: 非/遗工坊 of 非遗工坊.)
            if at and all(k > 0 and near[k - 1] in NEGATING for k in at) \
                    and near[at[0] - 1] + word not in analysis.text:
                return f"the question asks of {word}; the figure's words say {near[at[0] - 1]}{word}"
            # (非 or 不 as a word of its own: 非实名注册 of 实名注册青年志愿者, 不批准逮捕 of 批准逮捕.)
            # (Not a question's A-不-A: 安不安全, 好不好.)
            if word in ("非", "不") and len(following) >= 2 and following in near and word + following not in near \
                    and analysis.text[max(0, analysis.text.find(word + following) - 1)] != following[0]:
                return f"the question asks of {word}{following}; the figure's words say {following}"
        return ""

    def _veto_other_level_of_noun(self, i: int, analysis: Analysis) -> str:
        # 省人大代表共提出…建议1.2万件, asked 州市人大代表提出建议多少件; 全省建成省级卫生村1.2万个,
        # asked 国家卫生村: the question names the same things at another level than this figure's.
        # (Not a clause of several levels, 国家级…基地12个、省级…86个: one of them is this figure's,
        # which the rules on lists tell.)
        levels = self.vocabulary.levels

        def level_of(word: str) -> str:
            return levels.get(word, levels.get(word + "级", word))

        clause = self._clauses[i]
        written = {level_of(m.group()) for m in _LEVEL_BEFORE.finditer(clause)}
        if len(written) != 1:
            return ""
        for asked in _LEVEL_BEFORE.finditer(analysis.text):
            if level_of(asked.group()) in written:
                continue
            after = analysis.text[asked.end():].removeprefix("级")
            noun = next((after[:n] for n in (4, 3, 2) if len(after) >= n and after[:n] in clause), "")
            own = re.search(_LEVEL_BEFORE.pattern + "$", clause[:clause.find(noun)]) if noun else None
            if own is not None:
                return f"the question asks of {asked.group()}{noun}; the figure is of {own.group()}{noun}"
            # 省人大及其常委会共制定地方性法规86件, asked 州市制定了多少件: the level that did it (a verb
            # right after it, which the clause says after its own level) is another.
            verb = tagged(after)[0] if after else ("", "")
            at = clause.find(verb[0]) if len(verb[0]) >= 2 and verb[1] == "v" else -1
            if at > 0 and _LEVEL_BEFORE.search(clause[:at]):
                return f"the question asks what {asked.group()} {verb[0]}; the figure is of what another level did"
        return ""

    def _veto_part_of_home(self, i: int, analysis: Analysis) -> str:
        # 昆明市生活垃圾回收利用率达到36%, asked 全省生活垃圾回收利用率: the question asks of the whole
        # home region, the figure is of one place (not where the sentence lists places by example).
        if analysis.places or self._home is None or not self._home.search(analysis.text):
            return ""
        # (A place by its administrative name, 昆明市, 德宏州: a part of some province, not a partner
        # abroad, 越南, 东南亚, which the question's whole province may deal with.)
        sentence = self.kb.facts[i].sentence
        place = next((w for w in self._modified_restrictors[i] if w in self._places and w not in analysis.text
                      and re.search(re.escape(w) + "[市州县区]", sentence) and not an_example(w, self._modified[i])
                      and not self._example_only(i, w)), "")
        return f"the question asks of the whole province; the figure is of {place}" if place else ""

    def _veto_place_elsewhere(self, i: int, analysis: Analysis) -> str:
        sentence = self.kb.facts[i].sentence
        timed = self.kb.facts[i].unit in ("年", "月", "天", "日期")  # 十年来…: the whole sentence is its event
        elsewhere = [p for p in analysis.places if not timed and p not in self._counted[i]
                     and not any(p in k for k in self._keys[i])  # (经济总量在全国的位次: its own words)
                     and any(p in self._counted[j] for j in self._other_counts(i)
                             if not self._is_year[j] and not self._shares_subject(i, j, p))]  # (a year counts nothing)
        if elsewhere:
            return f"{elsewhere[0]} is said next to another figure of the sentence"
        # (Not when the figure's own clause names the place alone: 昆明、玉溪等16个州（市）…，昆明市生活
        # 垃圾回收利用率达到36%.)
        clause = self._clauses[i]
        listed = [p for p in analysis.places if one_of_listed(p, sentence, analysis)
                  and (p not in clause or one_of_listed(p, clause, analysis))] or self._joined_alone(i, analysis)
        if listed:
            return f"the figure is for {listed[0]} and other places together"
        # 全国和省级职工书屋1300多个: one figure for two levels; asked of one of them alone, it is no answer.
        levels = [w for w in self._written_levels if w in analysis.text]
        joined = [w for w in levels if self._levels_together(i, w)
                  and not any(other in analysis.text for other in self._written_levels if other != w
                              and other in self._contexts[i])]
        return f"the figure is for {joined[0]} and another level together" if joined else ""

    def _veto_one_of_many(self, i: int, analysis: Analysis) -> str:
        # 在奥运会、世锦赛、亚运会等国际大赛上共获得金牌42枚, asked 世锦赛金牌有多少: the figure
        # counts what all the examples together yielded; what one of them did alone (the thing
        # counted right after its name) the sentence does not say. (Not 走访慰问职工、困难职工等
        # 317.8万人次 asked of 职工: the listed ones are what it counts.)
        fact = self.kb.facts[i]
        items, after = listed_examples(clause_around(fact)[0])
        if not items or not after:
            return ""
        after = self.normalizer.normalize(after)
        named = [self.normalizer.normalize(item) for item in items]
        said = [item for item in named if item in analysis.text]
        if len(said) != 1:
            return ""
        at = analysis.text.find(said[0]) + len(said[0])
        counted = analysis.text[at:at + 2]
        if len(counted) < 2 or counted not in after or after.startswith(counted):
            return ""  # (接待新加坡等工会来访: 新加坡工会 names the whole again)
        return f"the question asks of {said[0]} alone; the figure is of {'、'.join(items)}等 together"

    def _veto_proper_name_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 滇池全湖水质由劣Ⅴ类提升到Ⅳ类 in one sentence, 建成湖滨生态带面积1.8万亩 in another; asked
        # 滇池的面积有多大: the question names something by its proper name (滇池, 抚仙湖), which
        # the sources say elsewhere and this figure's words never: it is about that one, not this.
        # (Places of the lexicon and the home region have rules of their own; a name said more
        # than once is what the article is about, 红十字会, which every figure is of.)
        tags = dict(tagged(analysis.text))
        names = [w for w, tag in tags.items() if tag in _NAME_TAGS and len(w) >= 2 and w not in self._places
                 and not (self._home is not None and self._home.fullmatch(w))]
        if not names:
            return ""
        own = self._sentences[i] + self._near[i] + self.normalizer.normalize(self.kb.facts[i].topic)
        for word in names:
            # (Nor a short form of what this figure's words say: 全运会 of 全国运动会.)
            if word not in own and not re.search(".{0,3}".join(map(re.escape, word)), own) \
                    and self._source_says(i, word) == 1:
                return f"the question names {word}, which the sources say of other figures only"
            # 云南大学进入…行列,…博士学位授权一级学科从23个增加到61个,建成国家级一流本科专业建设点
            # 213个, asked 云南大学的一流本科专业建设点: named in the sentence, but in a clause before
            # the one before this figure's, and the clauses since have subjects of their own.
            # (Names of places and bodies only, of three characters or more: the tagger takes 友城,
            # 镇志, 成果展 and 法律援助 for names of people or things.)
            if len(word) >= 3 and tags[word] in ("ns", "nt") and word in self._sentences[i] \
                    and word not in self._clauses[i] \
                    and self._source_says(i, word) == 1 \
                    and not _named_for(self.kb.facts[i], word):
                return f"the question names {word}, which its sentence says in another clause"
        return ""

    def _joined_alone(self, i: int, analysis: Analysis) -> list[str]:
        """The place asked, where the figure's clause opens with it joined to other places and the
        question names none of them (上海、广东累计选派挂职干部1380名, asked 广东选派了多少名: no 等
        nor count closes the list, but the figure is of them together); else []. (Not of a 分别
        list, which pairs each with its own.)"""
        clause = self._clauses[i]
        if len(analysis.places) != 1 or "分别" in clause or "各" in clause:
            return []
        place = analysis.places[0]
        before = clause_around(self.kb.facts[i])[0]
        if place not in before:
            return []
        found = sorted((m.start(), m.end(), name) for name in self._places if len(name) >= 2 and name in before
                       for m in re.finditer(re.escape(name), before))
        chain: list[str] = []
        for (_, end, name), (start, _, _) in itertools.pairwise([*found, (-1, -1, "")]):
            chain.append(name)
            # (上海市、广东省; not 昆明市五华区, a place within another.)
            if _JOINED.fullmatch(before[end:start]):
                continue
            if len(chain) >= 2 and place in chain \
                    and not any(other in analysis.text for other in chain if other != place):
                return [place]
            chain = []
        return []

    def _shares_subject(self, i: int, j: int, place: str) -> bool:
        """昆明市轨道交通运营线路达到5条、里程165公里: the place opens the clause both figures are in
        and this figure's own words name no place or level of their own (as 省劳模 of 全国劳模11人、
        省劳模… does): both figures are said of it."""
        clause = self._clauses[i]
        opens = clause.find(place)
        # (Or it opens the sentence, which names no other: 昆明地铁运营线路达到6条，…，日均客运量约80万人次.)
        both_after = clause == self._clauses[j] and 0 <= opens < min(self._clause_positions[i],
                                                                     self._clause_positions[j])
        return ((both_after or self._sentence_of_place(i, place))
                and not any(r in self._counted[i] for r in self._restrictors))

    def _veto_other_cause(self, i: int, analysis: Analysis) -> str:
        # 因洪涝灾害死亡失踪人数下降了68%, asked 因干旱死亡人数下降了多少: of another cause. (Only
        # where the sentence names a cause: of one that names none, other rules judge the words.)
        asked = _CAUSE.search(analysis.text)
        if asked is None:
            return ""
        cause = tagged(asked.group(1))[0][0]
        sentence = self._sentences[i]
        if cause in sentence or _CAUSE.search(sentence) is None:
            return ""
        return f"the question asks about what {cause} caused; the sentence names another cause"

    def _veto_kind_told_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 其中普洱茶产量16.2万吨 in one sentence, 全省茶叶出口量…出口额1.6亿美元 in another, asked
        # 普洱茶出口额: the sources tell 普洱茶 apart as a kind of 茶; a figure of tea that never
        # names it is of all kinds, no answer about one.
        sentence = self._sentences[i]
        kind = next((k for k, said in self._kinds_told().items()
                     if k in analysis.text and k not in sentence and k[-1] in sentence and sentence not in said), "")
        return f"the question asks of {kind}, a kind the sources tell apart; this figure is of every kind" \
            if kind else ""

    def _kinds_told(self) -> dict[str, frozenset[str]]:
        """Kinds the sources name as a part after 其中 (普洱茶 of 其中普洱茶产量16.2万吨), without the
        measure, with the sentences that name them."""
        if self._kinds is None:
            kinds: dict[str, set[str]] = {}
            for part_words, sentence in zip(self._parts, self._sentences, strict=True):
                for part in part_words:
                    kind = MEASURE.sub("", part)
                    if kind != part and len(kind) >= 3:
                        kinds.setdefault(kind, set()).add(sentence)
            self._kinds = {k: frozenset(v) for k, v in kinds.items()}
        return self._kinds

    def _veto_restriction(self, i: int, analysis: Analysis) -> str:
        for m in _NOT_OF.finditer(analysis.text):
            # 非建档立卡户危房改造了多少户, of 完成农村危房改造196万户，其中建档立卡贫困户76.4万户: the
            # others than a part the sentence names, which neither its whole nor the part is.
            after = m.group(1)
            part = next((after[:k] for k in range(len(after), 1, -1) if after[:k] in self._sentences[i]), "")
            if part and "非" + part not in self._sentences[i]:
                return f"the question asks of those not {part}; the sentence gives no such figure"
        if _PRICE_ASKED.search(analysis.text) and "/" not in self.kb.facts[i].unit and "每" not in self._clauses[i]:
            # 普洱茶一斤多少钱, of 品牌价值81亿元: a price per unit, which no total is.
            return "the question asks a price per unit; the figure is no price"
        # (A rate asked, 出生缺陷发生率, of 每万人112例: a rate per so many people answers it.)
        if _PER_POPULATION.search(self._clauses[i]) and not _PER_POPULATION_ASKED.search(analysis.text) \
                and not (self.kb.facts[i].unit.endswith("人") and self._rate_named(i, analysis.text)):
            # 每万人口发明专利拥有量2.6件 is a density, no answer to how many there are.
            return "the figure is per so many people; the question does not ask so"
        if _PER_PEOPLE_ASKED.search(analysis.text) and not re.search(r"(?:[万千百]|\d00)人", self._clauses[i]) \
                and not _PER_POPULATION.search(self._clauses[i]):  # (每千名老年人拥有…)
            # 平均一万个人有几个5G基站, of 全省累计建成5G基站5.3万个: a total, no density.
            return "the question asks per so many people; the figure is not"
        before = self._clauses[i][:max(self._clause_positions[i], 0)]
        if _PER_EACH.search(before) and "每" not in analysis.text and not _PER_MEASURE.search(analysis.text):
            # 实现每个州（市）至少有1家三级医院: the figure is for each of them, no total.
            return "the figure is for each one of many; the question does not ask so"
        # (进出口 names imports and exports together: it says neither 出口 nor 进口 alone.)
        # (Nor what a clause going on about the one before says there: 农村居民…年均增长11.2%，比城镇
        # 居民高2.6个百分点.)
        if i not in self._subject_said:
            self._subject_said[i] = self.normalizer.normalize(subject_clause(self.kb.facts[i]))
        said = self._statements[i] + self._subject_said[i]
        lacking = [q for q in analysis.qualifiers if not _says_group(said.replace("进出口", ""), q)
                   and not self._level_bracketed(i, q)]
        # A grade (二级医院) is said next to the figure it grades, not anywhere in its sentence
        # (县级医院全部达到二级以上水平，…有110个县级综合医院…).
        # (Not a count the sentence gives as a figure of its own: 建档立卡贫困户等4类重点对象.)
        sentence = self.kb.facts[i].sentence
        lacking += [q for q in analysis.qualifiers
                    if q not in lacking and GRADE_WORD.fullmatch(q) and q not in self._graded[i]
                    and not any(f.sentence == sentence for f in self._figures.get(q, ()))]
        # 国家级…213个、省级…527个: the level asked is said next to another figure of the list,
        # and next to this one stands another level.
        # (占城镇单位从业人员的43.2%: the words after 占 name the whole a share is of, not what it counts.)
        counted = _SHARE_OF.sub("", self._counted[i])
        if said != self._statements[i]:
            counted = ""  # (比城镇居民高2.6个百分点: 城镇居民 is what it is compared with)
        # (Nor when the word it names is asked too and the clause says this one: 乡村振兴示范县20个、
        # 示范乡镇100个, asked 乡村振兴示范乡镇; or the one asked names what tells every figure:
        # 第七次全国人口普查数据显示，…；全省城镇人口2363.6万人, asked 第七次普查城镇人口.)
        lacking += [q for q in analysis.qualifiers if not _says_group(counted, q) and q not in lacking
                    and any(other in counted for other in self._qualifiers
                            if other not in q and q not in other and other not in PER_HEAD
                            and not (other in analysis.qualifiers and (q in self._clauses[i]
                                                                      or _told_by(sentence, q)
                                                                      or _subject_carried(self.kb.facts[i], q))))]
        # (省级 asked, 获评全国双拥模范城的有3个 written: another level stands next to this figure.)
        levels = self.vocabulary.levels
        # (Not a level word that ends what is counted: 示范州（市）5个 counts prefectures, at 省级.)
        lacking += [q for q in analysis.qualifiers if q in levels and q not in counted and q not in lacking
                    and any(w in counted and not _frames(w, counted)
                            and not re.search(re.escape(w) + r"(?:市区|市|区)?$", counted)
                            # (达到国家标准的有118个: the level is the standard's, not the things'.)
                            and not re.search(re.escape(w) + r"级?标准", counted)
                            for w in self._written_levels
                            if levels.get(w) not in (levels[q], "各级") and w not in q and q not in w)]
        lacking += [q for q in analysis.parts if not (mentions(self._near[i], q) or _says_group(self._near[i], q))]
        # 营业网点1.3万处,其中农村地区网点7800多处, asked 农村营业网点: the sub-group names a part
        # after 其中, another figure; the whole is of every kind.
        # (Not when this figure's key phrase says the part: 年均增长35.8% after 其中省级以上…资金1470亿元
        # is the part's growth.)
        others = [j for j in self._same_sentence[self.kb.facts[i].sentence] if j != i]
        lacking += [q for q in analysis.qualifiers if q not in lacking and not _says_group(self._counted[i], q)
                    and not _says_group(self._near[i], q) and not self._parts[i]
                    and any(q in part for j in others for part in self._parts[j])]
        if lacking:
            return "the question restricts to " + "、".join(lacking)
        # 劳模、工匠、职工创新工作室和技师工作站等创新平台3800多个: one figure for all the items;
        # a question that names one of them alone (but the first) is no question about all of them.
        # 国家知识产权示范企业和优势企业98家, asked 示范企业: two kinds of one thing (…企业), counted
        # together; a question that names one kind alone asks of it alone.
        pair = _KINDS_PAIRED.search(clause_around(self.kb.facts[i])[0])
        if pair and pair.group(1)[-2:] == pair.group(2)[-2:]:
            mine, other = pair.group(1)[-4:-2], pair.group(2)[:-2]
            if mine in analysis.text and other not in analysis.text and len(other) >= 2:
                return f"the figure is for {pair.group(1)[-4:]} and {pair.group(2)} together"
        items = self._listed[i]
        # An item is named by itself or by its head noun (民宿 of 高端民宿).
        named = [item for item in items if mentions(analysis.text, item)
                 or (len(item) >= 4 and item[-2:] in analysis.text)]
        # (Not the first item of the things counted: the list is named by its head, 组织一线职工、劳模等
        # 28万人次 asked of 一线职工; but 获得A、B等奖项 asked of A is asked of one prize.)
        head = items[0] if self._counted_listed[i] else None
        if len(named) == 1 and len(items) >= 2 and named[0] != head and not _CATEGORY.search(analysis.text):
            return f"the figure is for {named[0]} and other things together"
        return ""
