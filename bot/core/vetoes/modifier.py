"""The question narrows the thing counted by a word (a modifier, a code, a grade) that the
figure's own words say otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot.core.modifiers import clash, head_clash, modifier_before, same_kind
from bot.core.question import Analysis
from bot.core.readings import CUMULATIVE, NOUN_TAGS, SORTS, TOTAL_ASKED, Readings, char_pairs, said_apart, says_some_of
from bot.core.terms import sound_alike
from bot.core.words import edges, tagged

# A name and what kind of place or work it names: 乌东德水电站, 长水机场, 中老铁路.
_NAMED = re.compile(r"([\u4e00-\u9fff]{1,3}?)(水电站|电站|机场|铁路|高速公路|大桥|水库|隧道|口岸|港口|工程|湿地公园"
                    r"|运会|奥会)")
_NAME_LENGTH = {"运会": 1, "奥会": 1}  # 亚运会, 全运会, 残奥会: games named by one character
# 涉枪, 涉黑, 涉毒: involving one thing (not 涉及, 涉嫌, 涉足: verbs).
_INVOLVING = re.compile(r"涉(?![及嫌足])([\u4e00-\u9fff])")
_FIELD = re.compile(r"([\u4e00-\u9fff]{2,4})(领域|方面|行业)")  # 食品药品安全领域
_SAME_KIND = {"奥会": "运会"}  # 残奥会 and 残运会: games alike
_PARTICLE = re.compile(r"[的了是有在和与及之]")  # no part of a word that narrows a noun
# A name of letters and a number: pm2.5, cop15; or of a digit and letters: 5g (4a is a grade).
_CODE = re.compile(r"(?<![a-z])[a-z]{1,5}\d+(?:\.\d+)?(?![\d.])|(?<![\d.a-z])\d[a-z]{1,2}(?![a-z])")
_MAY_NAME = re.compile(r"[0-9a-z五兆级]")
# (500千伏变电站; 110千伏及以上变电站 names the class 110 and above of them.)
_HOURS_NAMED = re.compile(r"(?<![\d.])(\d+)(小时|分钟|个月|天|届|千伏|伏)(?:及?以[上下])?([\u4e00-\u9fff]{2})")
# (千亿级 is read 1000亿级; one digit is a grade, 一级公路: other rules.)
_MAGNITUDE_NAMED = re.compile(r"(?<![\d.百千万亿])((?:\d{2,}|[百千万])[万亿]?)(兆|级)([\u4e00-\u9fff]{2})")
_LETTER_NAMED = re.compile(r"(?<![a-z])([a-z]{1,3})()([\u4e00-\u9fff]{2})")
_SCALE = re.compile(r"(\d+)\s?比例尺")
_PLAN_PERIOD = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}五"
                          r"(?=[”\"]?(?:普法|规划|时期|期间|计划|末|以来))")
_COUNT_MEASURE = re.compile(r"人数|总数|数量|人口$")
# Sizes counted together (大中型灌区, 中小河流, 中小学) and what they size.
_SIZES_TOGETHER = re.compile(r"(大中小|大中|中小微|中小)((?:型|微型)?[\u4e00-\u9fff]{2})")
_SIZED = re.compile(r"(大中小|中小微|大中|中小|大|中|小|微)(型[\u4e00-\u9fff]{2})")  # 大型水库, 中小型企业
# 老年志愿者, 青年志愿者: groups of age, which the tagger calls words of time.
_AGE_GROUPS = frozenset({"老年", "青年", "中年", "少年", "幼年", "成年", "童年", "晚年"})


def _word_before(text: str, at: int, length: int, inside: bool = False) -> tuple[str, str] | None:
    """(modifier, noun): the two-character word that stands right before a noun of `text` (at `at`,
    `length` long, or a shorter end of it that starts a word), when it is one that can sort the
    noun (not a number, time, place, pronoun or particle); None if there is none. `inside` (the
    sentence's side): the noun may also start inside a word, whose two characters before it are
    then the modifier."""
    # (As written, any word but a number, particle, pronoun (其中) or place sorts: 永久 of 永久基本农田, an adverb
    # to the tagger; asked, an adverb or a pronoun is no kind: 现在, 那些.)
    excluded = "mpucr" if inside else "mtfrpucdq"
    start = 0
    for word, tag in tagged(text):
        end = start + len(word)
        sorts = _sorts(word, tag, excluded)
        if inside and start + 2 <= at < end:
            return text[at - 2:at], text[at:at + length]  # 工伤保险, one word to the tagger
        if at < end < at + length - 2 and sorts:
            return word, text[end:at + length]
        if end == at and sorts:
            return word, text[at:at + length]
        if end > at:
            return None
        start = end
    return None


def _sorts(word: str, tag: str, excluded: str) -> bool:
    """Whether a tagged word of two characters can sort a noun into kinds: not of a tag `excluded`
    (numbers, particles, pronouns…) unless a group of age, nor a place, nor how much in all (一共,
    累计: the tagger may call them short forms)."""
    return (len(word) == 2 and (tag[0] not in excluded or word in _AGE_GROUPS) and not tag.startswith("ns")
            and not TOTAL_ASKED.fullmatch(word) and not CUMULATIVE.fullmatch(word))


def _word_across(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(modifier, noun) when the noun the figure's words say begins inside a two-character word of
    the question: 听力残疾 asked, 视力残疾 written (力残疾 in both) -> (听力, 残疾)."""
    start = 0
    for word, tag in tagged(text):
        stop = start + len(word)
        if start < at < stop:
            fits = _sorts(word, tag, "mtfrpucdq") and end - stop >= 2
            return (word, text[stop:end]) if fits else None
        if start >= at:
            return None
        start = stop
    return None



def _sounds_in(word: str, text: str) -> bool:
    """Whether `text` holds `word`, or a run of characters that sound as its do (a typo of it)."""
    return any(all(sound_alike(a, b) for a, b in zip(word, text[k:k + len(word)], strict=True))
               for k in range(len(text) - len(word) + 1))


def _of_kind(words: str, noun: str) -> bool:
    """`words` (what a narrowing word is said before) name a thing of the kind `noun` names: its
    last character (治理率 and 处理率 are both rates) or a run of two of its characters (装机 of
    风电装机 and 装机占比); or nothing, the kind left to the whole (其中生态环境…领域1.5万件)."""
    return not noun or not words or noun[-1] in words or any(noun[k:k + 2] in words for k in range(len(noun) - 1))


class ModifierVetoes(Readings):
    """Vetoes on modifiers: a word narrowing the thing asked (a kind, a code, a plan period)
    that the figure's words, or those of the whole it is part of, say otherwise."""

    def _inside_other_count(self, i: int, word: str, kind: str = "") -> bool:
        """Whether another figure of i's sentence counts a thing with `word` inside its name, and
        the sentence does not open with it (中老铁路…累计发送旅客…，其中跨境货物: all its figures'
        subject). With `kind` (the noun `word` narrows), only a thing of that kind after `word`:
        统计违法案件 is no kind of 统计违法典型案例, whose 违法 says what the cases were about."""
        first = min(self._positions[j] for j in self._same_sentence[self.kb.facts[i].sentence])
        # (Not a year's words: 2018年以来 counts nothing.)
        return (self.kb.facts[i].sentence.find(word) > first
                and any(word in (counted := self._counted[j])
                        and _of_kind(counted[counted.find(word) + len(word):], kind)
                        for j in self._other_counts(i)
                        if not self._is_year[j] and self.kb.facts[j].unit != "日期" and not self._whole_of(j, i)))

    def _whole_of(self, j: int, i: int) -> bool:
        """Whether figure j is the whole that figure i is a part of: 接收安置退役士兵5.4万名，其中安排
        工作2.7万名 (what j counts, i counts some of)."""
        sentence = self.kb.facts[i].sentence
        start, end = self._positions[j] + len(self.kb.facts[j].figure), self._positions[i]
        between = sentence[start:end] if 0 <= start <= end else ""
        return between.startswith(("，其中", ",其中", "；其中", "其中")) and not re.search(r"\d", between)

    def _veto_modifier(self, i: int, analysis: Analysis) -> str:
        reason = self._modifier_of_other_kind(i, analysis)
        whole = self._whole_said_before(i) if not reason else None
        if whole is not None and not self._part_named(i, analysis.text):
            # 货物贸易进出口总额3144亿元…其中出口1416亿元, asked 服务贸易进出口总额: a part is of the
            # kind its whole is.
            reason = self._modifier_of_other_kind(whole, analysis, inherited=True)
        return reason

    def _part_named(self, i: int, text: str) -> bool:
        """The question names what part i counts as words of its own (高技能人才 of 云南高技能人才;
        not 出口 inside 进出口总额)."""
        part = SORTS.sub("", self._counted[i]).removeprefix("其中")
        at = text.find(part) if len(part) >= 2 else -1
        return at >= 0 and at in edges(text)

    def _modifier_of_other_kind(self, i: int, analysis: Analysis, inherited: bool = False) -> str:
        """Why i counts another kind of what is asked, or ''. `inherited`: i is the whole of the
        figure judged, whose own kind only is asked after (what the sentence's other figures
        count may be that very part: 其中2019年…新增减税降费315亿元)."""
        # 花卉种植面积和产值居全国第一…茶叶种植面积达到740万亩, asked 花卉种植面积: the sentence
        # says that kind next to another figure, and this one is of another kind. (In a list of
        # figures, 国家级“小巨人”企业58户、省级专精特新中小企业800户, a figure's own words are its
        # key phrases and the words around it, not the whole list.)
        clause, own = self._clauses[i], self._graded[i]
        for words in analysis.counted:
            # (智力残疾人数是多少: the noun is 残疾 of 视力残疾14.2万人; 人数 measures it.)
            measured = _COUNT_MEASURE.sub("", words)
            words = measured if len(measured) >= 2 else words
            end = analysis.text.find(words) + len(words)
            # The longest end of the words that this figure's own words say.
            nouns = [analysis.text[k:end] for k in range(end - 1) if analysis.text[k:end] in own]
            noun = nouns[0] if nouns else ""
            at = end - len(noun)
            for candidate in nouns[:1]:
                start = end - len(candidate)
                # The shortest narrower kind the sentence says and this clause does not (养老服务设施
                # is in both; 社区养老服务设施 only next to another figure; 存款余额 of 款余额, where
                # the noun met inside a word).
                kinds = [analysis.text[start - n:start] + candidate for n in range(1 if len(candidate) >= 3 else 2, 7)
                         if start >= n]
                # (A kind in this clause counts only when another figure of the list counts it.)
                kind = next((k for k in kinds if k not in own and (k not in clause or any(
                    k in self._count_words[j] for j in self._other_counts(i)))), "")
                if (kind and not inherited and said_apart(self._unquoted[i], kind)
                        and not self._holds_scope(kind)):
                    theirs = modifier_before(clause, candidate)  # tagged only here: rarely
                    # (帮农民工要工资的法律援助案子, of 其中农民工讨薪案件: the question says this one's own kind too.)
                    # (Nor when the place asked sorts it: 往广东送了多少电, of 其中送广东电量.)
                    if (theirs and not says_some_of(analysis.text, theirs, self._scope_text, self._others_counted(i))
                            and not any(p in theirs for p in analysis.places)):
                        return f"the question's {kind} is said of another figure; this one is of {theirs}{candidate}"
            # 农村生活污水治理率达到38%，城市生活垃圾无害化处理率达到99%, asked 城市生活污水处理率:
            # the word that narrows the noun (污水) names what another figure counts, inside its
            # words (not its opening subject, which later figures may share), and this one has
            # its own (垃圾无害化).
            narrowing = next((word for n in (2, 3, 4) if at >= n
                              and (word := analysis.text[at - n:at]) not in self._near[i]
                              and not _PARTICLE.search(word) and self._clause_df.get(word[-2:], 0) <= 2
                              and self._inside_other_count(i, word, noun)
                              and not self._said_of_whole(i, word)), "")
            if narrowing and not inherited and not self._holds_scope(narrowing):
                theirs = modifier_before(clause, noun)
                if theirs and narrowing not in theirs and not self._own_kind_said(i, noun, analysis.text):
                    return f"the question's {narrowing} is what another figure counts; this one is of {theirs}{noun}"
            if not noun and end and analysis.text[end - 1] in own:
                noun, at = analysis.text[end - 1], end - 1  # 护士数 asked, 医师数: the measure noun alone
            sibling = self._sibling_kind(i, analysis.text, at, noun)
            if sibling:
                return sibling
        # 光伏发电量 asked, 绿色能源发电量 written: another kind of the thing, a near miss.
        # 注册教练员 asked, 注册运动员 written: another thing of that kind.
        # 飞播造林 asked, 完成营造林4860万亩…退耕还林还草1020万亩: the noun narrowed (造林), the
        # last the question names, is what another figure of the sentence counts, and this one's
        # words never say it (its clause, or its key phrases where the clause has no subject:
        # …收入达到13268元，比2012年增长1.8倍).
        head = next((h for m, h in analysis.modifiers if h not in self._near[i] and h in self._others_clauses(i)
                     and not self._holds_scope(h) and self._asked_of(analysis.text, m + h)), "")
        if head and not inherited:
            return f"the question asks about a kind of {head}, which another figure of the sentence counts"
        # (村级公共法律服务工作室 asked, 村（社区）公共法律服务工作室 written: the level is the same,
        # written with its units in brackets; the scope vetoes judge levels.)
        # (Nor a typo of the sentence's own modifier: 结队医院 of 两地结对学校1860对、医院642对.)
        clause = self._clauses[i]
        pairs = tuple((m, h) for m, h in analysis.modifiers
                      if not any(m.startswith(q) and self._level_bracketed(i, q) for q in analysis.qualifiers)
                      and (m in clause or self._sounds(m) not in self._sounds(clause)))
        return (clash(self._clauses[i], pairs, analysis.text, self._keys[i])
                or head_clash(self._clauses[i], analysis.heads))

    def _veto_other_part(self, i: int, analysis: Analysis) -> str:
        # 授权专利数量达到1.2万件，其中发明专利2100件, asked 实用新型专利: the sentence sorts the
        # whole into kinds and gives one (发明); another kind asked is no part it gives, and the
        # whole, of every kind, is no answer either.
        for j in self._same_sentence[self.kb.facts[i].sentence]:
            if j == i or self._whole_said_before(j) != i:
                continue
            for part in (p.removesuffix("的") for p in self._parts[j]):  # (其中具有…职称的1860人)
                # Its head: the last word (科技馆 of 达标科技馆), or its last two characters (专利 of
                # 发明专利, one word to the tagger).
                words = tagged(part)
                noun = next((n for n in (words[-1][0] if words else "", part[-2:])
                             if len(n) >= 2 and n in analysis.text and n != part), part[-2:])
                at = analysis.text.find(noun)
                kind = self._noun_before(analysis.text, at) if at >= 2 else ""
                mine = part[:-len(noun)]
                # (Nor a word of the whole's or the part's, or a typo of one: 烈士技念设施.)
                # (Nor what the whole is of, said before it: 各级工商联组织146个；会员总数达到
                # 15.2万个，其中企业会员9.8万个, asked 工商联会员.)
                if (kind and mine and not _sounds_in(kind, self._near[i] + part)
                        and not same_kind(mine, kind) and not self._holds_scope(kind)
                        and kind not in self.kb.facts[i].sentence[:self._positions[i]]):
                    return f"the question asks of {kind}{noun}; the sentence gives only {part} of its {noun}"
        return ""

    @staticmethod
    def _asked_of(text: str, phrase: str) -> bool:
        """`phrase` is in `text` with what is asked of it after it, and no other noun (飞播造林 of
        飞播造林完成亩; not 改善计划 of 改善计划里中央资金有, nor a search's last word, 制度创新成果
        自贸试验区)."""
        at = text.find(phrase)
        rest = tagged(text[at + len(phrase):]) if at >= 0 else ()
        return bool(rest) and not any(tag in NOUN_TAGS for _, tag in rest)

    def _said_of_whole(self, i: int, word: str) -> bool:
        """Whether fact i is a part after 其中 and `word` is said of its whole, before 其中 (获国家
        科学技术奖…，其中一等奖8项: the prize's words narrow the part as well)."""
        # (Or one of a 分别 list after 其中, which names no part of its own: 例行监测总体合格率…，其中蔬菜、
        # 水果…合格率分别达到…)
        sentence = self._sentences[i]
        return (bool(self._parts[i]) or self._whole_said_before(i) is not None) \
            and word in sentence[:sentence.find("其中")]

    def _sibling_kind(self, i: int, text: str, at: int, noun: str) -> str:
        """人民调解员10.2万名，其中专职人民调解员8600名, asked 兼职人民调解员: the sentence sorts
        the noun by a word (专职) and the question by another it never says (兼职); the figure of
        the bare noun counts them all, no answer for that kind. Why it is ruled out, or ""."""
        # (The noun this figure's words say may have begun inside the modifier: 职人民调解员 of
        # 专职人民调解员; the question's modifier stands before a shorter end of it.)
        # (一般基本农田保护面积: the figure's own words run back over 基本农田 to the word that sorts.)
        end_at = at + len(noun)
        while at > 0 and text[at - 1:end_at] in self._counted[i]:
            at -= 1
        noun = text[at:end_at]
        asked = _word_before(text, at, len(noun)) or _word_across(text, at, end_at)
        if asked is None:
            return ""
        modifier, end = asked
        if len(end) < 2 or end[0] in "的了":
            return ""  # (留在云南工作的有多少: 的 ends a clause of those who did something, no noun)
        if modifier in self._contexts[i] or modifier in self._scope_text or self._holds_scope(modifier):
            return ""
        if not self.normalizer.strip_fillers(modifier):
            return ""  # (请问国家级博士后科研工作站: a word of asking, no kind)
        if self._sounds(modifier) in self._sounds(self._contexts[i]):
            # (电信网络炸骗: the sentence's 诈骗, mistyped by sound.)
            return ""
        if len(modifier) == 2 and re.search(f"{modifier[0]}[\u4e00-\u9fff]{modifier[1]}", self._contexts[i]):
            return ""  # (社保资金 of 社会保障资金: the first characters of its words)
        kinds = []
        for j in self._same_sentence[self.kb.facts[i].sentence]:
            counted = self._counted[j]
            written = _word_before(counted, counted.find(end), len(end), inside=True) if end in counted else None
            if written is not None and written[1] == end and written[0] not in self._scope_text:
                kinds.append(written[0])
        # (This figure's own kind, 专职人民调解员, is no 兼职 one either; 工商保险 is 工伤保险 mistyped.)
        # (先进模范典型 says the sentence's 先进 too: one kind, said more fully.)
        if kinds and not any(same_kind(kind, modifier) or kind in text for kind in kinds):
            return f"the question's {modifier}{end} is no kind the sentence counts; it counts {kinds[0]}{end}"
        return ""

    def _veto_other_size(self, i: int, analysis: Analysis) -> str:
        # 建成大中型灌区126处, asked 中型灌区: the sentence counts two sizes together; one of them
        # asked alone is a part it does not give.
        clause = self._clauses[i]
        for together in _SIZES_TOGETHER.finditer(clause):
            sizes, rest = together.group(1), together.group(2)
            for size in sizes:
                alone = re.search(f"(?<![{sizes}]){size}{re.escape(rest)}", analysis.text)
                if alone and sizes + rest not in analysis.text:
                    return f"the question asks {size}{rest} alone; the sentence counts {sizes}{rest} together"
        # (其中大型变电站40座, asked 中型变电站: another size of the same thing.)
        asked = {m.group(2): m.group(1) for m in _SIZED.finditer(analysis.text)}
        written = [(m.group(1), m.group(2)) for m in _SIZED.finditer(clause) if m.group(2) in asked]
        if written and not any(size == asked[rest] for size, rest in written):
            size, rest = written[0]
            return f"the question asks {asked[rest]}{rest}; the sentence gives {size}{rest}"
        return ""

    def _veto_opposite(self, i: int, analysis: Analysis) -> str:
        # 全省离婚登记有多少对, of 办理结婚登记36万对: the question says a word whose opposite the
        # figure's clause says, and not the word itself (the general lexicon's opposites).
        # (The clause, or a key phrase: 在用特种设备电梯数量, of a sentence that opens with 在用特种设备.)
        # (Or the sentence, when it never says the word asked: 轻度残疾人护理补贴 asked, of a sentence
        # whose subsidies are of 重度残疾人.)
        clause, sentence = "|".join((self._clauses[i], *self._keys[i])), self._sentences[i]
        for asked, written in self._opposites:
            if asked not in analysis.text or written in analysis.text:
                continue
            if (written in clause and asked not in clause) or (written in sentence and asked not in sentence):
                return f"the question asks about {asked}; the sentence says {written}"
        return ""

    def _veto_other_involving(self, i: int, analysis: Analysis) -> str:
        # 起诉涉黑涉恶犯罪1.2万人, asked 起诉涉枪犯罪多少人: 涉 and one character name a kind of
        # crime (involving guns, gangs, drugs); one the figure's words do not say is another kind.
        # (Said in the sentence: 涉黑 before another figure of it says its figures are sorted so.)
        # (By sound: 涉抢 is 涉枪 mistyped.)
        asked = set(_INVOLVING.findall(analysis.text))
        written = set(_INVOLVING.findall(self._near[i] + self._sentences[i]))
        if asked and written and not any(sound_alike(a, w) for a in asked for w in written):
            return f"the question asks about 涉{min(asked)}; the sentence sorts by 涉{min(written)}"
        return ""

    def _veto_other_field(self, i: int, analysis: Analysis) -> str:
        # 公益诉讼案件2.6万件，其中生态环境和资源保护领域1.5万件, asked 食品药品安全领域公益诉讼案件:
        # a field (…领域, …方面, …行业) the figure's words say of another.
        # (No run of two of the field's characters said: 脱贫攻艰 is 脱贫攻坚 mistyped.)
        near = self._near[i]
        for asked in _FIELD.finditer(analysis.text):
            field, word = asked.groups()
            if re.search(r"[这那些]", field):
                continue  # (绿色能源这些重点领域: the field said before, pointed at)
            if field + word in self._sentences[i]:
                continue  # (全省烟草行业…，实施帮扶项目2600个: the sentence's subject is the field asked)
            if word in near and not any(p in near for p in char_pairs(field.rstrip("等"))):
                return f"the question asks about the field of {field}; the figure is of another"
        return ""

    def _part_holding(self, i: int) -> str:
        """The part of fact i's sentence, up to its ；, that holds the figure's clause (normalised)."""
        return _part_holding(self.normalizer.normalize, self.kb.facts[i].sentence, self._clauses[i])

    def _veto_other_name(self, i: int, analysis: Analysis) -> str:
        # 乌东德水电站总装机容量1020万千瓦…；白鹤滩水电站左岸机组全部投产, asked 白鹤滩水电站总装机
        # 容量: the sources name the question's 白鹤滩水电站 (here in another clause); this figure's
        # clause is of another one of that kind (乌东德水电站). So too 亚运会, of 全运会上获得12枚金牌.
        sentence = self._sentences[i]
        for asked in _NAMED.finditer(analysis.text):
            head = asked.group(2)
            name = asked.group(1)[-_NAME_LENGTH.get(head, 2):]
            # (Said in this sentence, the name is told apart part by part, a part ending at ；
            # (在东京残奥会上，我省运动员获得金牌3枚；在…全国残运会上，我省获得金牌42枚); else by the sentence.)
            where = self._part_holding(i) if name + head in sentence else sentence
            if self._holds_scope(name):
                continue  # (全省机场: where, no name)
            if name + head in self.vocabulary.corpus and name + head not in where:
                kind = _SAME_KIND.get(head, head)
                other = next((m.group() for m in _NAMED.finditer(where)
                              if _SAME_KIND.get(m.group(2), m.group(2)) == kind), "")
                if other and not other.endswith(name + head):
                    return f"the question asks about {asked.group()}; this figure is of {other}"
        return ""

    def _veto_code(self, i: int, analysis: Analysis) -> str:
        # PM10 asked, PM2.5 written (COP15, 5G, 4A): letters with a number name one thing; the
        # same letters with another number are another.
        if not _MAY_NAME.search(analysis.text):
            return ""  # no digit, letter or 五: none of the names below (most questions)
        for code in _CODE.findall(analysis.text):
            if code[0].isdigit():  # 4g asked, 5g written
                letters = code.lstrip("0123456789")
                other = re.search(r"(?<![\d.])\d" + re.escape(letters) + "(?![a-z])", self._sentences[i])
            else:
                letters = code.rstrip("0123456789.")
                other = re.search(re.escape(letters) + r"\d", self._sentences[i])
            if code not in self._sentences[i] and other:
                return f"the question asks about {code}; the sentence names another {letters}"
        # 48小时晴雨预报 asked, 24小时… written; C波段 asked, X波段天气雷达 written: a number of
        # hours or a letter before a noun names one kind of it.
        # (千兆宽带 written, 百兆宽带 asked; 千亿级产业 and 百亿级: a magnitude names one kind too.)
        for pattern in (_HOURS_NAMED, _LETTER_NAMED, _MAGNITUDE_NAMED):
            for name in pattern.finditer(analysis.text):
                if name.group() not in self._sentences[i] and any(
                        m.group(2, 3) == name.group(2, 3) for m in pattern.finditer(self._sentences[i])):
                    return f"the question asks about {name.group()}; the sentence names another"
        # 1:500比例尺 asked, 1:2000比例尺 written: a map scale is a name.
        for scale in _SCALE.findall(analysis.text):
            if _SCALE.search(self._sentences[i]) and scale not in _SCALE.findall(self._sentences[i]):
                return f"the question asks about the scale {scale}; the sentence names another"
        # 六五普法 asked, “七五”普法 written; 十三五 and 十四五: a five-year period named by its number.
        for plan in _PLAN_PERIOD.findall(analysis.text):
            if plan not in self._sentences[i] and _PLAN_PERIOD.search(self._sentences[i]):
                return f"the question asks about {plan}; the sentence names another five-year period"
        return ""


@functools.lru_cache(maxsize=1024)
def _part_holding(normalize: Callable[[str], str], sentence: str, clause: str) -> str:
    """The part of `sentence` between ；s that holds `clause`, normalised (worked out once per
    sentence and clause: asked of every candidate of a question that names a thing)."""
    parts = (normalize(p) for p in re.split(r"[；;]", sentence))
    return next((p for p in parts if clause in p), clause)
