"""What the question counts is what another figure of the sentence counts, or a thing the
sentence never says.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.core.corpus import Corpus
from bot.core.modifiers import named_by_bound, same_kind
from bot.core.question import WEIGHED_AFTER, Analysis
from bot.core.readings import HAN_PAIR, NOUN_TAGS, SORTS, Readings, char_pairs, said_apart
from bot.core.terms import sound_alike
from bot.core.text_figures import is_rank
from bot.core.words import edges, is_word, tagged

_LINK_VERB = re.compile(r"(?:达到|达|为|是|超过|突破|保持在|稳定在|提高到|提高至|下降到|降至|增加到|增至|升至)$")
# 新建医院多少所, 有多少个医院: the thing counted, the words right before the question word.
_COUNTED_BEFORE_ASKING = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:有|共有|一共有|是)?(?:多少|几)"
                                    r"[个座家所条项名人处套位件户辆台种]?[?？]?$")
_ASKING_NEXT = re.compile(r"(?:是|有|为|达到|共|一共|累计)*(?:多少|几)")  # right after what is counted
_MEASURED_AS = re.compile(r"([\u4e00-\u9fff]{2})([量额率])")  # 出口量, 出口额, 就业率
_NUMBER_WORDS = frozenset({"数量", "数目", "总数", "个数"})  # the number of a thing, no thing
# 办件量, 覆盖率: a measure named by the two characters before its end.
_MEASURE_WORD = re.compile(r"[\u4e00-\u9fff]{2}[量率]")
_RATE_END = re.compile(r"率$|比例$|量$")  # a measure several things of a sentence may share
# 多少钱 (多少资金), 多少时间: a kind of amount, not a thing counted.
_KINDS_ASKED = frozenset({"资金", "经费", "费用", "金额", "时间", "面积", "比例", "人数", "人口", "数量", "距离",
                          "长度"})
# 出土了多少文物: the thing counted, the question's last word.
_COUNTED_LAST = re.compile(r"(?:多少|几)(?:个|名|位|件|项|种|家|所|座|处|套|条)?(?![个名位件项种家所座处套条人])"
                           r"([\u4e00-\u9fff]{2})$")
# 床位数是多少: the thing counted, named before 数 (not 人数, 次数: who or how often).
_NUMBER_OF_LAST = re.compile(r"([\u4e00-\u9fff]{2})(?<![人次户])数量?(?:是|有|为|达到|共有|一共有)?(?:多少|几)[?？]?$")
# 有多少座高速公路服务区: the nouns counted after a measure word, ending the question.
_MEASURED_LAST = re.compile(r"(?:多少|几)[个座家所条张辆台处套项件][\u4e00-\u9fff]{3,8}$")
# Who a count of people counts, by the word right before it: 死亡人数, 受灾人数, 参赛人次.
_WHO_COUNTED = re.compile(r"((?![多少几])[\u4e00-\u9fff](?![多少几])[\u4e00-\u9fff])(人数|人次)")


@functools.lru_cache(maxsize=16384)
def _twoedges(text: str) -> tuple[int, ...]:
    """Where the last two characters of a word of Chinese start, the word followed by another of
    two or more (职工|医保 -> 0, 城乡居民|医保 -> 2)."""
    out, start = [], 0
    words = tagged(text)
    for (word, tag), (after, _) in itertools.pairwise(words):
        start += len(word)
        # (Of a word of two or four, whose end is a word itself: 城乡居民 -> 居民, not 残疾人 -> 疾人.)
        if (len(word) == 2 or (len(word) == 4 and is_word(word[-2:]))) and len(after) >= 2 \
                and HAN_PAIR.fullmatch(word[-2:]) and tag[0] in "njb":  # (a noun: not 助力 of 助力脱贫)
            out.append(start - 2)
    return tuple(out)


def _one_noun(text: str) -> bool:
    """A noun of the dictionary (银牌), not two characters that happen to follow a measure word (县通)."""
    words = tagged(text)
    return len(words) == 1 and words[0][1].startswith("n") and is_word(text)


def _shared_start(a: str, b: str) -> int:
    """How many characters `a` and `b` begin with alike."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


# 多少个县, 几个村, 多少个贫困县 (the place closing the question).
_PLACES_COUNTED = re.compile(r"(?:多少|几)个?(乡镇|州市|县|村|乡|镇|州)"
                             r"|(?:多少|几)个?[\u4e00-\u9fff]{1,4}?(乡镇|州市|县|村|乡|镇|州)(?=[呢啊吧吗呀?？]*$)")
_MEASURING = frozenset("数量率额值人户次件个名位家所项种")  # what ends a measure, no kind of thing
_ASKING_WORDS = re.compile(r"百分之|多少|几|哪|什么")  # (百分之多少: how it asks, no thing)


# Characters that end the name of one thing of a kind (景洪港, 冷水鱼, 抚仙湖, 元阳县): the words
# before tell which one.
_KIND_HEADS = frozenset("港湖江河山岛海鱼茶花果树菜县市州区镇乡村站场馆园寺桥路厂矿城")


def _loose(sounds: str) -> str:
    """Syllables as many speakers of the south-west say them, and type them: zh, ch, sh as z, c, s
    and -ng as -n (中兴 typed for 中心)."""
    return re.sub(r"(?<=[zcs])h|(?<=n)g(?=\|)", "", sounds)


@functools.lru_cache(maxsize=256)
def _unknown_thing(head: str, corpus: Corpus) -> bool:
    """No run of two characters of `head` is in the sources, nor sounds like one of theirs (亚州象
    is 亚洲象 mistyped). The same for every candidate of a question: worked out once, since the
    sound test scans every run of the sources."""
    runs = char_pairs(head)
    return not any(p in corpus for p in runs) and not any(corpus.has_pair_sounding(p) for p in runs)


def _shared_end(*texts: str) -> int:
    """How many characters all `texts` end with alike (筛查 of 宫颈癌筛查 and 乳腺癌筛查: 2)."""
    shortest = min(map(len, texts))
    return next((k for k in range(shortest) if len({t[-1 - k] for t in texts}) > 1), shortest)


def _own_part_said(theirs: str, mine: str, text: str) -> bool:
    """Two items that end alike (宫颈癌筛查, 乳腺癌筛查): the text says what tells theirs apart
    (宫颈癌检查) and not what tells mine."""
    shared = _shared_end(theirs, mine)
    own, other = theirs[:len(theirs) - shared], mine[:len(mine) - shared]
    return (shared >= 2 and len(own) >= 2 and len(other) >= 2 and own in text and other not in text
            and own not in mine)


_HAN_WORD = re.compile("[\u4e00-\u9fff]+")


class CountedVetoes(Readings):
    """Vetoes on the thing counted: the question counts what another figure of the sentence
    counts, or a thing (a head noun, a measure, an item of a 分别 list) this sentence never says."""

    @staticmethod
    def _word_at(text: str, k: int) -> str:
        """The word of `text` that holds its k-th character."""
        starts = edges(text)
        begin = max(s for s in starts if s <= k)
        return text[begin:next(s for s in starts if s > k)]

    def _veto_counted_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 建成国家级农业科技园区8个，培育省级星创天地125家, asked 省级农业科技园区有几个: what the
        # question counts is what another figure of the sentence counts, not this one.
        if not analysis.counted:
            return ""
        # (The one rank of its sentence ranks what the sentence is about: 全省肉牛存栏达到930万头，…，
        # 存栏量位居全国第2位, asked 肉牛在全国排第几.)
        sentence = self.kb.facts[i].sentence
        if is_rank(self.kb.facts[i].figure) \
                and sum(is_rank(self.kb.facts[j].figure) for j in self._same_sentence[sentence]) == 1:
            return ""
        # (…监测对象58万人，已消除风险的占72%, asked 监测对象占多少: a share of what the clause
        # before counts, which is what the question names.)
        before = self._clauses[i][:max(self._clause_positions[i], 0)]
        if analysis.asked == "%" and re.search(r"占(?:比)?(?:达到|为)?$", before):
            return ""
        # (The whole this figure is a part of counts its last word too: 公益诉讼案件2.6万件，其中生态
        # 环境…领域1.5万件 counts 案件; not what names the whole alone: 已发现矿产 of 已发现矿产155种.)
        whole = self._whole_said_before(i)
        parts_own = "\n".join(self._counted[j] for j in self._other_counts(i) if j != whole)
        # (Nor when the question names the part by the word that sets it apart: 厅级领导干部 of
        # 对1.1万名领导干部开展经济责任审计，其中厅级领导干部420名 is asked with the whole's words.)
        # (Or by what the part did: 其中获省领导批示的达1860篇, asked 获省领导批示的调研分析.)
        named = whole is not None and (any(q in self._counted[i] and q not in self._counted[whole]
                                           for q in analysis.qualifiers)
                                       or (bool(self._did[i]) and self._did[i] in analysis.text))
        everyone = parts_own if named else self._others_counted(i)
        near = SORTS.sub("", self._near[i])  # 缴获各类毒品 says 缴获毒品
        for words in analysis.counted:
            # (挽回损失金额: 金额 says how it is measured, no thing another figure counts.)
            words = _AMOUNT_MEASURE.sub("", words) if len(words) > 4 else words
            starts = edges(words)
            for k in range(len(words) - 1):
                noun = words[k:]
                others = parts_own if k >= max(starts[:-1], default=0) else everyone
                if noun.startswith("的"):
                    continue  # (前三的矿产: a particle opens no noun)
                if noun in near or noun in self._scope_text:
                    # (Not when only the sentence's subject, which a draft keys a subject-less
                    # clause by, says it, and another figure counts it: 各级工商联组织146个；…
                    # 其中企业会员9.8万个, asked 工商联组织有多少个.)
                    # (Nor when its clause says a piece of it, 办案数 of 案件, or goes on from the
                    # figure right before, whose thing it is: 145项，位居全国第三.)
                    if not any(ch in self._clauses[i] for ch in noun) and any(
                            self._counted[j].endswith(noun) for j in self._other_counts(i)
                            if j not in (i, whole, self._figure_before(i))):
                        return f"the question counts {noun}, which the sentence says of another figure"
                    break
                if k not in starts and self._word_at(words, k) in near:
                    continue  # (运会金牌 of 全运会金牌, said by 在全运会上获得金牌: a piece of 奥运会金牌 too)
                if said_apart(others, noun) and not self._own_kind_said(i, noun, analysis.text):
                    return f"the question counts {noun}, which the sentence says of another figure"
        return ""

    def _veto_other_people_counted(self, i: int, analysis: Analysis) -> str:
        # 气象灾害造成的死亡人数下降了71%, asked 受灾人数: the word right before 人数 says who is
        # counted (those who died); another word there (those affected) is another count.
        for asked in _WHO_COUNTED.finditer(analysis.text):
            who, measure = asked.groups()
            if who in self._near[i] or tagged(analysis.text[:asked.end(1)])[-1][0] != who:
                continue  # (not a word of its own: 的总人数)
            written = [w for w, m in _WHO_COUNTED.findall(self._near[i]) if m == measure]
            if written and not any(same_kind(w, who) for w in written):
                return f"the question counts {who}{measure}, the figure {written[0]}{measure}"
        return ""

    def _veto_known_sibling(self, i: int, analysis: Analysis) -> str:
        # 城乡居民医保人均财政补助标准…580元, asked 职工医保人均财政补助: the sources say both 职工医保
        # and 居民医保; the question names the one this figure's words do not.
        text, near, corpus = analysis.text, self._near[i], self.vocabulary.corpus
        for k in _twoedges(text):
            noun, asked = text[k + 2:k + 4], text[k:k + 4]
            if noun not in near or asked in self._sentences[i] or asked not in corpus or self._holds_scope(asked[:2]):
                continue
            for at in _twoedges(near):
                written = near[at:at + 4]
                if at >= 2 and near[at - 2] + near[at] == asked[:2]:
                    continue  # 医保基金 asked, 医疗保险基金 written: the first characters of its words
                if (written[2:] == noun and written[:2] != asked[:2] and written in corpus and written not in text
                        and not self._holds_scope(written[:2])):
                    return f"the question asks about {asked}, which the sources tell apart from {written}"
        return self._sibling_in_sentence(i, text) or self._sibling_word(i, text)

    def _sibling_word(self, i: int, text: str) -> str:
        # 甘蔗机收面积达到15万亩, asked 甘蔗机播面积: before the same noun, this figure's words say a
        # word that begins as the asked one and ends otherwise, and the sources say both (机播率).
        near, corpus = self._near[i], self.vocabulary.corpus
        words = tagged(text)
        for (word, _), (noun, tag) in itertools.pairwise(words):
            if len(word) != 2 or len(noun) < 2 or tag not in NOUN_TAGS or word in near or word not in corpus \
                    or noun not in near or self._holds_scope(word):
                continue
            at = near.find(noun)
            written = near[max(0, at - 2):at]
            if len(written) == 2 and written[0] == word[0] and written != word and written not in text \
                    and at - 2 in edges(near):
                return f"the question asks about {word}{noun}; this figure is of {written}{noun}"
        # 省本级体育彩票公益金累计投入31亿元, asked 省本级福利彩票公益金: a word of four that ends as
        # one of this figure's words does and begins otherwise, both said by the sources.
        for word, _ in words:
            if len(word) != 4 or word in near or word not in corpus or self._holds_scope(word[:2]):
                continue
            for m in re.finditer(f"[\u4e00-\u9fff]{{2}}{re.escape(word[2:])}", near):
                written = m.group()
                if written not in text and written in corpus and is_word(written) and m.start() in edges(near):
                    return f"the question asks about {word}; this figure is of {written}"
        return ""

    def _sibling_in_sentence(self, i: int, text: str) -> str:
        # 在奥运会、亚运会、世界杯等国际赛事上共获得金牌30枚，其中奥运会金牌2枚, asked 亚运会金牌: a
        # word of the sentence names the noun's kind, and this figure's words name another kind of it.
        # (The kind is a noun said next to another figure of the sentence, not this one's clause;
        # the noun asked is the last of its run: 技能 of 职工技能大赛 is no thing asked.)
        sentence, near, clause = self._sentences[i], self._near[i], self._clauses[i]
        words = (*tagged(text), ("", ""))
        for (modifier, kind), (noun, tag), (_, after) in zip(words, words[1:], words[2:], strict=False):
            if (len(modifier) < 2 or len(noun) < 2 or kind not in NOUN_TAGS or kind == "vn" or tag not in NOUN_TAGS
                    or after in NOUN_TAGS or noun not in near or modifier in clause
                    or modifier + noun in sentence or modifier not in self._others_clauses(i)
                    or self._holds_scope(modifier)):
                continue
            written = self._noun_before(near, near.find(noun))  # (启动下基层: a verb's object, no kind)
            # (交通投资 asked, 交通固定资产投资 written: the modifier asked starts the written one.)
            if written and written not in text and modifier + written + noun not in near:
                return f"the question asks about {modifier}{noun}; this figure is of {written}{noun}"
        return ""

    def _veto_focus_unsaid(self, i: int, analysis: Analysis) -> str:
        # 在东京残奥会上获得金牌4枚, asked 拿了几枚银牌; 建成充电站1650座, asked 核电站有几座: a noun of
        # the question that no source says ends as the noun next to this figure does, and begins
        # otherwise: another thing of its kind.
        focus = analysis.focus
        nouns = [*analysis.strangers, *((focus,) if focus and focus not in self.vocabulary.corpus
                                        and focus not in analysis.strangers and _one_noun(focus) else ())]
        for noun in nouns:  # (多少个县通了高速: 县通 is no word)
            end = noun[-2:] if len(noun) >= 3 else noun[-1:]
            first = noun[-len(end) - 1]
            written = next((m.group() for m in re.finditer(f"[\u4e00-\u9fff]{re.escape(end)}", self._counted[i])
                            if m.group()[0] != first and _one_noun(m.group())), "")
            if written and not same_kind(written[:1], first):
                return f"the question counts {noun}, which no source says; the figure counts {written}"
        return ""

    def _veto_thing_unsaid(self, i: int, analysis: Analysis) -> str:
        # 开展考古发掘项目480余项, asked 考古发掘出土了多少文物: the thing counted, named last, is a
        # noun the sources use, and this figure's sentence never says it.
        last = _COUNTED_LAST.search(analysis.text) or _NUMBER_OF_LAST.search(analysis.text)
        # (Nor when the sentence says a character of it: 粮油加工企业 of 加工多少粮食, a word alike.)
        # (人数 is no word alike of 数据: a word of the sentence must begin as the noun does.)
        if last is None or any(word[0] == last.group(1)[0] or last.group(1)[1] in word
                               for word, _ in tagged(self._sentences[i] + "。" + self._near[i])):
            return ""
        noun = last.group(1)
        if (noun in self.vocabulary.corpus and _one_noun(noun) and not self._holds_scope(noun)
                and noun not in _KINDS_ASKED):
            return f"the question counts {noun}, which this figure's sentence never says"
        return ""

    def _veto_part_of_thing(self, i: int, analysis: Analysis) -> str:
        # …挂牌交易的银行网点达到86个, asked 全省有多少家银行: the question counts the things (银行);
        # the figure counts something of theirs (网点), named after them.
        # (Things counted by a measure word: 多少补贴 asks money, which 补贴资金 is.)
        last = _COUNTED_LAST.search(analysis.text)
        at = self._clause_positions[i]
        if last is None or at <= 0 or not re.match(r"(?:多少|几)[个家所座处套条件项种]", last.group()):
            return ""
        noun = last.group(1)
        before = _LINK_VERB.sub("", self._clauses[i][:at])
        found = re.search(re.escape(noun) + r"([\u4e00-\u9fff]{2,3})$", before)
        # (Nor another reading in brackets: 工种（项目）399个 counts 工种.)
        if found is None or found.group(1)[-1] in _MEASURING or noun + found.group(1) in analysis.text \
                or not _one_noun(found.group(1)) or found.group(1) in _KINDS_ASKED \
                or re.search(re.escape(noun) + r"[（(]", self.kb.facts[i].sentence):
            return ""
        return f"the question counts {noun}; the figure counts their {found.group(1)}"

    def _veto_other_kind_of_noun(self, i: int, analysis: Analysis) -> str:
        # 累计生产电视剧42部, asked 生产网络剧多少部: a noun no source says, made of a word they say
        # (网络) and the noun's last character (剧), which this figure's words make another kind of
        # (电视剧). (Not a measure: 企业数 is no kind of 人数.)
        words = tagged(analysis.counted[-1]) if analysis.counted else ()
        if len(words) >= 2 and len(words[-2][0]) == 2 and words[-2][1].startswith("n") and words[-1][1] == "n":
            asked = words[-2][0] + words[-1][0]  # (网络|剧, as the tagger cuts it)
        elif words and words[-1][1].startswith("n"):
            asked = words[-1][0]
        else:
            return ""
        corpus, near = self.vocabulary.corpus, self._near[i]
        # (Not a word the figure's words say: 服务中心(站) says 服务 and 站.)
        if len(asked) != 3 or asked in corpus or asked[:2] not in corpus or asked[2] in _MEASURING \
                or asked[:2] in near:
            return ""
        # (A word, not three characters across two: 盖学生 of 覆盖学生, asked 中学生.)
        other = next((m.group() for m in re.finditer(f"[\u4e00-\u9fff]{{2}}{asked[2]}", near)
                      if m.group()[:2] != asked[:2] and m.group() in corpus and _one_noun(m.group())), "")
        return f"the question counts {asked}; this figure's words say {other}" if other else ""

    def _veto_other_ending(self, i: int, analysis: Analysis) -> str:
        # 93%的乡镇卫生院设置了中医馆, asked 村卫生室设置中医馆的比例: a word of the dictionary no
        # source says, whose clause says another word of the dictionary that begins alike and ends
        # otherwise, names another thing of the family. (Not a longer word that goes on to the same
        # end, 人工造林 asked 人工林, 优抚资金 asked 优抚金; not a typo: the endings sound unlike.)
        # (The clause as written, and the whole's a part after 其中 is of: key phrases run into one
        # another in the figure's words.)
        whole = self._whole_said_before(i)
        near = self._clauses[i] + ("\n" + self._clauses[whole] if whole is not None else "")
        corpus = self.vocabulary.corpus
        for word, tag in tagged(analysis.text):
            if len(word) < 3 or word in corpus or tag[0] != "n" or not is_word(word):
                continue
            stem, ending = word[:-1], word[-1]
            # (Every time the clause says the stem: 社区卫生服务中心、…乡镇卫生院.)
            afters = [near[m.end():m.end() + 3] for m in re.finditer(re.escape(stem), near)]
            if not afters or any(ending in after for after in afters):
                continue
            other = next((after[:1] for after in afters if after and is_word(stem + after[0])
                          and stem + after[0] not in analysis.text and not sound_alike(after[0], ending)), "")
            if not other:
                continue
            return f"the question asks about {word}, which no source says; the figure's clause says {stem}{other}"
        return ""

    def _veto_other_of_same_head(self, i: int, analysis: Analysis) -> str:
        # 景洪港、水富港等重点港口完成升级改造，水富港年吞吐能力达到500万吨, asked 景洪港年吞吐能力;
        # 冷水鱼养殖产量达到4.2万吨…罗非鱼年出口量达到3.5万吨, asked 冷水鱼出口量: the question names
        # one thing of a kind (…港, …鱼) that the sources say, and this figure's clause another of
        # the same kind, measured alike (年吞吐, 出口).
        clause, text = self._clauses[i], analysis.text
        words = tagged(text)
        for k, (word, tag) in enumerate(words):
            at = text.find(word) + len(word)
            if len(word) < 2 or not tag.startswith("n") or word in clause or self._holds_scope(word) \
                    or not HAN_PAIR.match(text, at - 2) or at >= len(text):
                continue
            following, its_tag = words[k + 1] if k + 1 < len(words) else ("", "")
            if len(following) >= 2 and its_tag.startswith("n") and text.startswith(following, at):
                continue  # (not 城 of 数字化城市管理平台: the start of the noun 城市)
            head, rest = text[at], text[at + 1:at + 5]
            if head not in _KIND_HEADS or self._source_says(i, word + head) == 0:
                continue
            for said in re.finditer(f"([\u4e00-\u9fff]{{2}}){re.escape(head)}", clause):
                other = said.group(1)
                if other == word[-2:] or all(map(sound_alike, other, word[-2:])):
                    continue
                after = clause[said.end():said.end() + 5]
                if any(rest[k:k + 2] in after for k in range(len(rest) - 1) if HAN_PAIR.fullmatch(rest[k:k + 2])):
                    return f"the question names {word}{head}; this figure's clause names {other}{head}"
        return ""

    def _veto_measure_elsewhere(self, i: int, analysis: Analysis) -> str:
        # “一部手机办事通”用户突破2000万。全省上线政务服务事项2.3万项，累计办件量达到3.8亿件, asked
        # 一部手机办事通累计办件量: the question's measure (办件量, 覆盖率) is one the sources say
        # elsewhere; this figure's sentence says no word of it and its clause measures no such thing.
        sentence, clause, corpus = self._sentences[i], self._clauses[i], self.vocabulary.corpus
        for found in _MEASURE_WORD.finditer(analysis.text):
            measure = found.group()
            if measure[:2] in sentence or measure[1:] in sentence or measure[2] in clause \
                    or (measure[2] == "率" and self.kb.facts[i].unit in ("%", "‰")) or measure not in corpus:
                continue
            # (Where the sources say it, a word starts with it: not 访总量 of 信访总量.)
            at = corpus.find(measure)
            if at > 0 and is_word(corpus[at - 1:at + 1]):
                continue
            return f"the question asks {measure}, which the sources say of another figure"
        return ""

    def _veto_other_measure_end(self, i: int, analysis: Analysis) -> str:
        # 出口量居全国第一, asked 水果出口额在全国排第几: the same thing measured another way (量,
        # 额, 率: how much, how much money, what share), which this figure's clause does not say.
        clause = self._clauses[i]
        for m in _MEASURED_AS.finditer(analysis.text):
            said = re.search(f"{re.escape(m.group(1))}([量额率])", clause)
            if said and m.group() not in clause:
                return f"the question asks {m.group()}; the figure's clause says {said.group()}"
        return ""

    def _veto_narrowed_unsaid(self, i: int, analysis: Analysis) -> str:
        # 累计投入森林草原防火资金98亿元, asked 森林防火宣传资金: a word inside the question's noun
        # phrase, right before what it counts, that the source never says (nor sounds like a word
        # of it) narrows the thing to a kind the figure is not, while the phrase's other words are
        # the clause's own.
        # (What it counts closes the phrase, the question word right after: not 工资集体协商机制的
        # 企业, 集体 of 集体协商制度.)
        words = tagged(analysis.text)
        clause = self._clauses[i]
        for k in range(1, len(words) - 2):
            word, tag = words[k]
            head, before = words[k + 1], words[k - 1]
            if (len(word) == 2 and tag in ("n", "vn") and head[1] == "n" and len(head[0]) >= 2
                    and _ASKING_NEXT.match("".join(w for w, _ in words[k + 2:]))
                    and head[0] in clause and len(before[0]) >= 2 and before[1][0] in "nv"
                    and before[0] in clause and not self._source_says(i, word)
                    and not self.vocabulary.corpus.has_pair_sounding(word)
                    # (Nor a typo by shape: 执业药帅注册人数 of 执业药师注册人数.)
                    and not re.search(f"(?:{re.escape(word[0])}.|.{re.escape(word[1])}){re.escape(head[0])}", clause)):
                return f"the question's {word}{head[0]} narrows it to what the source never says"
        return ""

    def _veto_named_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 全省现有吸毒人员…7.1万名, and in another sentence 新发现吸毒人员连续6年下降, asked
        # 新发现吸毒人员有多少名: the sources name the thing asked, in full, elsewhere; this figure's
        # clause says its noun of another kind.
        counted = analysis.counted[-1] if analysis.counted else ""
        # (自然保护地面积 asked of 生态保护红线面积11.84万平方公里: the end the clause says, where
        # the question says nothing else of it; not 乌东德电站能源装机, whose station it names.)
        rest = analysis.text.replace(counted, "\n").replace(analysis.asked or "\n", "\n")
        if not any(b in self._clauses[i] and not self._holds_scope(b) for b in char_pairs(rest)):
            while len(counted) > 2 and counted not in self._clauses[i]:
                counted = counted[1:]
        text, sentence = analysis.text, self._sentences[i]
        end = text.find(counted) + len(counted)
        if len(counted) < 2 or counted not in self._clauses[i]:
            return ""
        # (From where a word starts, two to four characters before the noun, none a scope word:
        # not 全省吸毒人员, which names no kind.)
        corpus, starts = self.vocabulary.corpus, edges(text)
        named = next((text[start:end] for start in range(max(0, end - len(counted) - 4), end - len(counted) - 1)
                      if start in starts and not re.search(r"[\d年]", text[start:end]) and text[start:end] in corpus
                      and text[start:end - len(counted)] not in self._scope_text), "")
        # (研究资金投入 of a headline, 研究与开发资金投入 of this sentence: its words, shortened.)
        if not named or named in sentence or named[:-len(counted)] in sentence:
            return ""
        return f"the question counts {named}, which the sources say of another figure"

    def _kinds_listed(self, i: int) -> str:
        """The words after 其中 where the figure is a whole whose parts its sentence, or the next
        one, lists (缴获各类毒品216吨。其中，缴获海洛因58.3吨 -> 缴获海洛因58.3吨), else ''."""
        fact = self.kb.facts[i]
        found = re.search(r"其中[，,]?(.{0,12})", fact.sentence[max(self._positions[i], 0):])
        if found is None:
            text, at = self._in_source(i)
            if at >= 0:
                found = re.match(r"\s*其中[，,]?(.{0,12})", text[at + len(fact.sentence):])
        return found.group(1) if found else ""

    def _veto_thing_unknown(self, i: int, analysis: Analysis) -> str:
        # 全省登记的基金会有多少个, of sources that never say 基金会 (nor 基金, nor 金会): a thing no
        # source speaks of is asked, and a figure of what shares its other words (登记社会组织
        # 2.56万个) is no answer. (Three characters or more, none of whose runs the sources say or
        # sound alike: no typo of a word of theirs.)
        # (缴获海洛因多少吨, 新能源汽车保有量是多少: the words counted stand before the question word.)
        # (Its nouns: 升上去 of 技能等级升上去的有多少 says what they did.)
        heads = analysis.number_of[-1:]
        if not heads and analysis.counted:
            heads = tuple(w for w, tag in tagged(analysis.counted[-1]) if tag.startswith("n"))
        # (Two characters too where the figure is a whole whose kinds follow: 缴获的大麻有多少吨 of
        # 缴获各类毒品216吨。其中，缴获海洛因…: a kind the sources do not give, no colloquial word.)
        kinds = self._kinds_listed(i) if any(len(head) == 2 for head in heads) else ""
        for head in heads:
            # (Two characters only after the verb the kinds are listed with: 缴获的大麻, of 其中，缴获
            # 海洛因…; not 客人, 计划, words of everyday speech.)
            shortest = 2 if kinds and re.search(f"{re.escape(kinds[:2])}的?{re.escape(head)}", analysis.text) else 3
            # (40岁以下的年轻人 of 40岁以下职工: people the clause's own bound picks.)
            # (公思 of 航空公司, which normalising made 企业: no unknown thing if the sentence as
            # written sounds it.)
            if len(head) >= shortest and not _ASKING_WORDS.search(head) \
                    and _unknown_thing(head, self.vocabulary.corpus) \
                    and not named_by_bound(head, analysis.text, self._clauses[i]) \
                    and not (len(head) < 3 and self._sounds(head) in self._sounds(self.kb.facts[i].sentence)):
                return f"the question counts {head}, which no source says"
        return ""

    def _veto_places_unsaid(self, i: int, analysis: Analysis) -> str:
        # 中央定点帮扶单位有70家，帮扶全省73个县, asked 定点帮扶了多少个县: the question counts
        # places (县, 村), which the figure's own clause does not count.
        found = _PLACES_COUNTED.search(analysis.text)
        place = (found.group(1) or found.group(2)) if found else ""
        if place and place not in self._clauses[i]:
            return f"the question counts {place}, which this figure's clause does not"
        # 2860家民营企业结对帮扶3415个村, asked 帮扶了多少个村: the clause counts the places by
        # another figure (3415个村); this one counts what comes after it (民营企业).
        if place and self._counted_by_other(i, place):
            return f"the question counts {place}, which another figure of the clause counts"
        return ""

    def _figure_before(self, i: int) -> int | None:
        """The fact of the figure right before fact i's in its sentence, if any."""
        before = [j for j in self._same_sentence[self.kb.facts[i].sentence] if self._positions[j] < self._positions[i]]
        return max(before, key=lambda j: self._positions[j], default=None)

    def _counted_by_other(self, i: int, noun: str) -> bool:
        """Whether another figure of fact i's clause is followed by `noun` (3415个村) and fact i's
        figure by something else, with `noun` unsaid before it in the clause."""
        fact = self.kb.facts[i]
        sentence, end = fact.sentence, fact.at + len(fact.figure)
        start = max(sentence.rfind(p, 0, fact.at) for p in "，,；;。：:") + 1
        if sentence.startswith(noun, end) or noun in sentence[start:fact.at]:
            return False
        stop = min((k for p in "，,；;。" if (k := sentence.find(p, end)) >= 0), default=len(sentence))
        return any(start <= (other := self.kb.facts[j]).at < stop and j != i
                   and sentence.startswith(noun, other.at + len(other.figure))
                   for j in self._same_sentence[sentence])

    def _veto_head_unsaid(self, i: int, analysis: Analysis) -> str:
        # 16个州（市）中有12个通动车, under 高铁运营里程1212公里; asked 高铁站有多少个: the thing whose
        # number is asked ends in a character the sentence never says (站), nor one that sounds
        # alike (a typo: 人材 for 人才), while its words before say what the sentence is about (高铁).
        # (红十字会有多少专职工作人员: the nouns after 多少 that close it are the thing counted, of
        # the whole before.)
        after = _nouns_after_asked(analysis.text)
        words = ((*analysis.number_of, *after) if after else
                 analysis.number_of or _nouns_counted_last(analysis.text) or _nouns_before_asked(analysis.text))
        # (企业数量 asks how many 企业: 数量 is no thing.)
        words = tuple(words[:-1]) if len(words) > 1 and words[-1] in _NUMBER_WORDS else tuple(words)
        noun = "".join(words)
        noun = self._home.sub("", noun) if self._home is not None else noun
        # The last word (站; 队伍, of which 团队 says 队, is a paraphrase, no other thing).
        head, sentence = (words[-1] if words else ""), self._sentences[i]
        # (A head of three characters or more, 服务区, is said by two of them together: the 区 of
        # 县（市、区） is another word.)
        pieces = char_pairs(head) if len(head) >= 3 else list(head)
        if len(head) >= 3 and head[:-1] in sentence and head[-1] not in sentence and head[-1] not in self._near[i] \
                and self._sounds(head[-1]) not in self._sounds(sentence):
            # 示范村 asked of 民族团结进步示范区（单位）171个: what the sentence says, but of another
            # kind of thing (村, not 区).
            return f"the question counts {head}; the sentence says {head[:-1]}, never {head}"
        # (Heard in the sentence as written too: 航空公思 of 航空公司, which normalising made 企业.)
        written = self.kb.facts[i].sentence
        if (len(noun) < 3 or len(head) >= len(noun) or noun in self.vocabulary.corpus
                or any(p in sentence or p in self._near[i] or self._sounds(p) in self._sounds(sentence)
                       or self._sounds(p) in self._sounds(written) for p in pieces)):
            return ""
        said = next((run for run in char_pairs(noun[:-len(head)]) if run in sentence), "")
        return f"the question counts {noun}; the sentence says {said}, never {head}" if said else ""

    def _veto_said_later(self, i: int, analysis: Analysis) -> str:
        if (self._is_year[i] or self.kb.facts[i].unit == "日期") and analysis.asked in ("年", "日期"):
            return ""  # 从2021年开始，对…给予补助: asked when, the words after a year tell its event
        later = self._said_later(i, analysis.text, any_unit=analysis.asked is None)
        return f"{later} is said after this figure, of another" if later else ""

    def _veto_words_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 累计关停淘汰燃煤小锅炉3600余台，完成1.4万个行政村环境整治, asked 关停了多少家燃煤电厂: the
        # question's rare words are all in the other figure's clause and none in this one's, so it
        # is about the other (here ruled out by its unit), not this one. Not when the question asks
        # this figure's own unit (水利投资翻了几倍 of …3100亿元，是前十年的5.2倍; 生态环保项目投了多少钱
        # of 实施生态环境保护项目1.2万个，投入资金约1100亿元: the words name what both clauses are of).
        if analysis.asked == self.kb.facts[i].unit or self._unit_fit(i, analysis) > 0:
            return ""
        text, own = analysis.text, self._near[i]
        bigrams = char_pairs(text)
        if any(b in own and b not in self._scope_text for b in bigrams):
            return ""
        others = self._others_clauses(i)
        elsewhere = next((b for b in bigrams if self._clause_df.get(b, 0) <= 2 and b in others
                          and b not in self._scope_text), "")
        return f"the question's {elsewhere} is said of another figure, none of its words of this one" \
            if elsewhere else ""

    def _veto_other_measured(self, i: int, analysis: Analysis) -> str:
        # 电子运单使用率达到99%，可循环中转袋使用率达到95%, asked 纸质运单使用率: figures of one
        # sentence measured alike (…使用率) are told apart by the words before the measure; a word
        # of another's (运单), none of this one's, names that other thing.
        counted = _LINK_VERB.sub("", self._counted[i])
        text = re.sub(r"多少|几", "", analysis.text)  # (覆盖多少比例: 覆盖率, once normalised)
        measure = next((counted[k:] for k in range(max(0, len(counted) - 3), len(counted) - 1)
                        if counted[k:] in text and _RATE_END.search(counted[k:])), "")
        if not measure:
            return ""
        before = text[:text.find(measure)]
        mine = self._clauses[i]
        for j in self._other_counts(i):
            theirs = _LINK_VERB.sub("", self._counted[j])
            if self._clauses[j] == mine or not theirs.endswith(measure) or self._whole_said_before(i) == j:
                continue  # (nor the whole this figure is a part of: its words are the part's too)
            # (Nor the home region, which names nothing apart: 云南累计外送电量, 其中送广东电量.)
            word = next((b for b in char_pairs(before) if b in theirs and b not in mine
                         and not self._holds_scope(b)), "")
            if word and not any(b in mine for b in char_pairs(before) if b not in self._scope_text):
                return f"the question's {word} names what another figure of its sentence measures ({theirs})"
        return ""

    def _veto_listed_item_measured(self, i: int, analysis: Analysis) -> str:
        # 抽检药品、医疗器械、化妆品样品9.8万批次，药品抽检合格率稳定在98%以上, asked 医疗器械抽检
        # 合格率; 三七、灯盏花等中药材产量…, asked 三七种植面积 of 中药材种植面积900万亩: the question
        # measures an item the sentence lists, and this figure measures another.
        counted, text = _LINK_VERB.sub("", re.sub(r"(?:以上|以下|左右)$", "", self._counted[i])), analysis.text
        measure = next((counted[k:] for k in range(len(counted) - 3) if counted[k:] in text), "")
        at = text.find(measure) if measure else -1
        words = tagged(text[:at]) if at > 0 else ()
        asked = words[-1][0] if words else ""
        if len(asked) < 2 or asked in self._near[i] or self._holds_scope(asked):
            return ""
        sentence = self.kb.facts[i].sentence  # (as written: its list commas)
        # (A whole item of the list, 、医疗器械、 or ，三七、; not 技能 of 比质量、比技能: a word inside one.)
        if re.search(f"(?:^|[、，,；;：:]){re.escape(asked)}、|、{re.escape(asked)}(?:、|等|和|及)", sentence):
            return f"the question measures {asked}, an item the sentence lists; this figure measures {counted}"
        return ""

    def _veto_weighed_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 相当于减少标准煤消耗4300万吨，减排二氧化碳1.1亿吨, asked 省了多少吨煤: what the weight asked
        # is of (煤), said next to another figure of the sentence and never in this one's words, is
        # no thing this figure weighs. (One character is enough here: the measure word before it
        # says it is the thing weighed.)
        weighed = WEIGHED_AFTER.search(analysis.text)
        if weighed is None or weighed.group(1) in self._near[i]:
            return ""
        thing = weighed.group(1)
        if thing in self._others_clauses(i):
            return f"the question weighs {thing}, which the sentence says of another figure"
        return ""

    def _veto_other_listed_noun(self, i: int, analysis: Analysis) -> str:
        # 全省有省级文艺家协会13个、州（市）文联16个、县级文联129个, asked 县级文艺家协会: the
        # thing asked is another item's (文艺家协会), and this item's own (文联) goes unsaid.
        nouns = self._listed_nouns(self.kb.facts[i].sentence)
        mine = nouns.get(i, "")
        if len(mine) < 2 or mine in analysis.text:
            return ""
        theirs = next((n for j, n in nouns.items() if j != i and len(n) >= 2 and mine not in n and n not in mine
                       and (n in analysis.text or _own_part_said(n, mine, analysis.text))), "")
        return f"the question names {theirs}, another item of the list; this one is {mine}" if theirs else ""

    def _veto_unlisted_kind(self, i: int, analysis: Analysis) -> str:
        # 新增铜资源量460万吨、铅锌资源量1380万吨、磷矿石资源量12亿吨, asked 新增金资源量: items
        # alike but for what each is of; the question says the shared end after another (金),
        # which the sentence never says.
        nouns = self._listed_nouns(self.kb.facts[i].sentence)
        if i not in nouns or len(nouns) < 3:
            return ""
        items = list(nouns.values())
        shared = _shared_end(*items)
        end = items[0][len(items[0]) - shared:]
        at = analysis.text.find(end)
        if shared < 2 or at <= 0 or any(n[:len(n) - shared][-2:] in analysis.text for n in items):
            return ""
        words = tagged(analysis.text[:at])
        other = words[-1][0] if words else ""
        if not other or other in self._sentences[i] or self._holds_scope(other) or not _HAN_WORD.fullmatch(other) \
                or any(sound_alike(c, n[len(n) - shared - 1]) for c in other[-1:] for n in items if len(n) > shared):
            return ""
        return f"the question names {other}{end}, no item of the list ({'、'.join(items)})"

    def _veto_unlisted_item(self, i: int, analysis: Analysis) -> str:
        # 安置区配套新建或改扩建学校637所、幼儿园453所、卫生院（室）1018个, asked 新建医院多少所: the
        # figure is an item of a list of things, and the thing the question counts is none of them
        # nor anything its sentence says.
        sentence = self.kb.facts[i].sentence
        nouns = self._listed_nouns(sentence)
        if i not in nouns or any(n in analysis.text for n in nouns.values() if len(n) >= 2):
            return ""
        asked = _COUNTED_BEFORE_ASKING.search(analysis.text)
        if asked is None:
            return ""
        # (A thing, not a measure of it: 总人数; nor a typo of a word the sentence says: 网店 of 网点.)
        noun = tagged(asked.group(1))[-1][0]
        sentence = self._sentences[i]
        if len(noun) < 2 or any(run in sentence for run in char_pairs(noun)) or not _one_noun(noun) \
                or noun in _KINDS_ASKED or noun[-1] in "数量率" or self._holds_scope(noun) \
                or _loose(self._sounds(noun)) in _loose(self._sounds(sentence)):
            return ""
        return f"the question counts {noun}, which no item of the list is"

    def _listed_nouns(self, sentence: str) -> dict[int, str]:
        """The noun of each item of a list of things with their figures, after its level (省级文艺家
        协会13个、州（市）文联16个 -> 文艺家协会, 文联), normalised; {} when the sentence has no
        such list."""
        if sentence in self._nouns_listed:
            return self._nouns_listed[sentence]
        facts = sorted(self._same_sentence[sentence], key=lambda j: self._positions[j])
        out: dict[int, str] = {}
        previous_end = 0
        for j in facts:
            at = self._positions[j]
            start = max(previous_end, *(sentence.rfind(p, 0, at) + 1 for p in "、，,；;：:。"))
            if sentence[start - 1:start] == "、" or sentence[at + len(self.kb.facts[j].figure):][:1] == "、":
                item = _LEVEL_FIRST.split(sentence[start:at])[-1].removeprefix("其中")
                out[j] = self.normalizer.normalize(item)
            previous_end = at + len(self.kb.facts[j].figure)
        if len(out) >= 2:
            first, *rest = out  # (in the order the sentence lists them)
            out[first] = self._first_item(out[first], *(out[j] for j in rest))
        self._nouns_listed[sentence] = out if len(out) >= 2 else {}
        return self._nouns_listed[sentence]

    def _lead_of_list(self, i: int, word: str) -> bool:
        """`word` is said before the first item of the list fact i opens, so of every item alike
        (农村 of 为农村妇女免费开展宫颈癌筛查680万人次、乳腺癌筛查420万人次)."""
        sentence = self.kb.facts[i].sentence
        nouns = self._listed_nouns(sentence)
        if not nouns or next(iter(nouns)) != i or any(word in n for n in nouns.values()):
            return False
        head = self.normalizer.normalize(sentence[:self._positions[i]])
        at = head.rfind(nouns[i])
        said = head.rfind(word, 0, at)
        # (A verb between them: 农村 of 为农村妇女开展; not 全国 of 表彰全国文化先进集体3个、文化先进
        # 集体12个, which says the first item's level.)
        return said >= 0 and any(tag.startswith("v") for _, tag in tagged(head[said + len(word):at]))

    @staticmethod
    def _first_item(first: str, *others: str) -> str:
        """The first item of a list, without the lead of the sentence it opens: 宫颈癌筛查 of
        为农村妇女免费开展宫颈癌筛查680万人次、乳腺癌筛查420万人次. Where all the items end with
        one word, the first is its last words, as long as the longest other item."""
        ending = {w[-1][0] for w in map(tagged, others) if w}
        head = tagged(first)
        if len(ending) != 1 or len(head) < 2 or head[-1][0] not in ending or len(head[-1][0]) < 2:
            return first
        item, longest = "", max(map(len, others))
        for word, _ in reversed(head):
            if len(item) >= longest:
                break
            item = word + item
        # (示范企业和优势企业98家、省级知识产权优势企业410家: a first item of two joined kinds is
        # left whole.)
        return first if re.search("[和及与]", item) else item

    def _veto_other_item(self, i: int, analysis: Analysis) -> str:
        # 职工医保和居民医保住院费用报销比例分别达到85%和70%, asked 居民医保住院报销比例: items of one
        # clause, keyed alike but for their names, are told apart by their key phrases only; a word
        # of the other's name, and none of this one's, names the other.
        mine = self._keys[i]
        if not mine or "分别" not in self._clauses[i]:
            return ""  # (items of a 分别 clause only: elsewhere the draft's key phrases may be rough)
        text = analysis.text
        for j in self._same_sentence[self.kb.facts[i].sentence]:
            if j == i or self._clauses[j] != self._clauses[i] or not self._keys[j]:
                continue
            theirs = self._keys[j][0]
            if mine[0] in theirs:
                continue  # (起数和死亡人数, a year's key: the list itself, which names this one too)
            # (茶叶合格率 and 水产品合格率: names of two characters or three, one end of three.)
            if len(theirs) < 5 or _shared_end(theirs, mine[0]) < 3:
                continue  # not two items of one list (…报销比例 and …报销比例): no names to tell apart
            own = [b for b in char_pairs(mine[0]) if b not in theirs]  # (a level too: 省级运动员 of 国家级运动员)
            # (城镇 and 农村 of 城镇和农村居民人均可支配收入: words of place are names here too.)
            their = next((b for b in char_pairs(theirs) if b in text and not any(b in k for k in mine)), "")
            if their and not any(b in text for b in own):
                return f"the question's {their} names {theirs}, another figure of its clause"
        return ""

    def _said_later(self, i: int, text: str, any_unit: bool = False) -> str:
        """A rare word of the question (in two clauses at most) that the sentence says only after
        this figure, next to a later figure of the same unit (…旅客吞吐量达到7000万人次，昆明长水
        国际机场旅客吞吐量4807万人次): it tells which of the two is asked, and it is not this one,
        whose subject comes before it. '' when there is none."""
        sentence, end, unit = self._sentences[i], self._figure_ends[i], self.kb.facts[i].unit
        # (Not a part after 其中, 其中5A级景区9个: its words narrow this figure's own.)
        # (A year dates its own clause: a later figure of any unit tells it apart.)
        # (Nor when nothing tells the unit asked: 幼儿园 学位, searched for.)
        dated = self._is_year[i] or unit == "日期" or any_unit
        later = [j for j in self._same_sentence[self.kb.facts[i].sentence] if self._positions[j] > self._positions[i]
                 and (dated or self.kb.facts[j].unit == unit) and not self._parts[j]]
        if not later:
            return ""
        # This figure's own words: its clause and key phrases, not the paragraph's topic a draft
        # keys a figure by when nothing else does (质量安全水平 says nothing of 公安).
        topic = self.normalizer.normalize(self.kb.facts[i].topic)
        # (Of a list whose items name their figures first, 遗体捐献1120例、人体器官捐献1835例, the
        # words after this figure are the next item's.)
        fact = self.kb.facts[i]
        listed = fact.sentence[fact.at + len(fact.figure):][:1] in ("、", "，", ",") and self._clause_positions[i] > 0
        clause = self._clauses[i][:self._clause_positions[i]] if listed else self._clauses[i]
        own = clause + "".join(k[_shared_start(k, topic):] for k in self._keys[i])
        # (Nor the words after the list's last figure, which all its items share: 选派挂职干部1380名、
        # 专业技术人才1.06万名到云南.)
        tail = max((self._positions[j] for j in later if self._clauses[j] == self._clauses[i]), default=len(sentence)) \
            if listed else len(sentence)
        for word in (text[k:k + n] for n in (2, 3) for k in range(len(text) - n + 1)):
            # Rare, and none of it this figure's own (not 场游 of 机场游客, 游客 being its own word).
            # (Nor a piece of a number: 0年 of 前10年.)
            if (self._clause_df.get(word, 0) <= 2 and end <= sentence.find(word) < tail and not _DIGIT.search(word)
                    and not any(ch in own for ch in word)
                    and any(word in self._near[j] for j in later)
                    and not any(word in r for r in self._restrictors)
                    # (Nor the home region, which a ranking's name may say: 入选“云南企业100强”.)
                    and not (self._home is not None and self._home.search(word))):
                return word
        return ""


_DIGIT = re.compile(r"\d")
# A level before the noun of a listed item: 省级文艺家协会13个, 州（市）文联16个.
_LEVEL_FIRST = re.compile(r"国家级|省级|州（市）级?|州\(市\)级?|州市级?|市级|县（市、区）级?|县级|乡镇（街道）级?|乡级"
                          r"|村（社区）级?|村级")
_AMOUNT_MEASURE = re.compile(r"(?:金额|总额|数额)$")
# 全省建成地震安全示范村多少个: the thing counted ends right before the question word.
_NOUNS_THEN_ASKED = re.compile(r"([\u4e00-\u9fff]{3,10}?)(?:一共|总共|共|累计|现在|目前|如今|到底|还|也|有|是)*"
                               r"(?:多少|几)[个座家所条处]$")


def _nouns_before_asked(text: str) -> tuple[str, ...]:
    """The nouns of the thing counted right before 多少个 at the end of `text` (示范|村), or ()."""
    found = _NOUNS_THEN_ASKED.search(text)
    run: list[str] = []
    # (Only the run of nouns that ends it: 全省建成|地震安全示范村 leaves the verb and before out.)
    for word, tag in reversed(tagged(found.group(1)) if found else ()):
        if tag not in NOUN_TAGS:
            break
        run.insert(0, word)
    return tuple(run) if len("".join(run)) >= 3 else ()


_NOUNS_AFTER_ASKED = re.compile(r"有(?:多少|几)((?![个名位件项种家所座处套条人])[\u4e00-\u9fff]{3,8})$")


def _nouns_after_asked(text: str) -> tuple[str, ...]:
    """The nouns closing `text` right after 有多少, no measure word between (有多少专职工作人员:
    专职|工作人员), or ()."""
    found = _NOUNS_AFTER_ASKED.search(text)
    words = tagged(found.group(1)) if found else ()
    return tuple(w for w, _ in words) if len(words) >= 2 and words[-1][1] in NOUN_TAGS \
        and all(tag in NOUN_TAGS or tag == "b" for _, tag in words) else ()


def _nouns_counted_last(text: str) -> tuple[str, ...]:
    """The nouns of the thing counted after 多少座 at the end of `text` (高速公路|服务区), or ()."""
    found = _MEASURED_LAST.search(text)
    if found is None:
        return ()
    words = list(tagged(found.group()[3:] if found.group().startswith("多少") else found.group()[2:]))
    # (After 多少座 no word is a person's name: the tagger reads 光荣院 as one.)
    return tuple(w for w, _ in words) if words and all(tag in NOUN_TAGS or tag == "nr" for _, tag in words) else ()
