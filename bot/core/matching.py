"""Find the one fact a question means, or decline.

Text is cut into terms: character bigrams of Chinese runs (Chinese has no spaces, and
bigrams beat a segmenter here: no dictionary to load, no segmentation errors on typos),
numbers as whole values, latin words whole. Terms are weighted by rarity (IDF) across facts.

A fact scores by two things: how completely one of its key phrases (keywords, aliases) is in
the question, and how much of the question's known vocabulary the fact explains. The measure
word asked for (多少人次, 几届, 哪一年) lifts facts in that unit and sinks those in another kind of
unit. Facts that conflict with a place, year or time word of the question are out. The engine answers only when
the best fact is clearly good and clearly ahead of any fact with a different figure; a wrong
figure is worse than no answer. When the characters fail, the same scoring runs on pinyin, which
forgives homophone typos (人材 for 人才).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from bot.core.knowledge import KnowledgeBase
from bot.core.models import Candidate, Fact, Match
from bot.core.normalize import Normalizer
from bot.core.numerals import MEASURE_WORDS, format_decimal, number_value
from bot.core.screening import MAX_QUESTION_CHARS

_TOKEN = re.compile(r"(\d+(?:\.\d+)?)多?(万|亿)?|([a-z]+)|([\u3400-\u4dbf\u4e00-\u9fff]+)")
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d年")
_YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20\d\d)(?=年)")
# What is left of a reverse question once its number is taken out: "135.7万是什么" -> "".
_REVERSE_REST = re.compile(r"^[多余约近超过个]*$")

# The measure word a question asks for ("多少人次", "几届", "哪一年") against the fact's unit.
_ASKED_UNIT = re.compile(
    r"(哪一?年)|(几月几[号日]|哪天|几号|什么时候|何时)|(多久|多长时间)"
    r"|(?<![这那近前头后十])(?:多少|几)(人次|户次|个次|平方米|个|名|位|人|项|家|户|件|场|次|届|批|元|资金|钱|年|月|天|级|条"
    r"|德|癌|台|册|本|张|辆|座|所|间|岁|小时|分钟|点|公里|斤|吨|套|处|支|只|份|篇|部"
    r"|栋)"
)
_UNIT_BEFORE = re.compile(r"(人次|户次|个次|人数|户数|次数|家数|项数|金额|钱数|资金"
                          r"|人员|干部|工人|职工|学生|教师|志愿者)"
                          r"(?:是|有|为|达到|共|一共|总共|累计)*(?:多少|几|$)")
_COUNT_NOUNS = {"人数": "人", "户数": "户", "次数": "次", "家数": "家", "项数": "项", "金额": "元", "钱数": "元",
                **dict.fromkeys(("人员", "干部", "工人", "职工", "学生", "教师", "志愿者"), "人")}
_UNIT_FAMILY = {
    "人": "people", "名": "people", "位": "people", "人次": "people",
    "元": "money", "资金": "money", "钱": "money",
    "项": "items", "条": "items",
    "个": "count", "个次": "count", "家": "count", "户": "count", "户次": "count", "所": "count", "座": "count",
    "处": "count", "间": "count",
    "月": "duration", "天": "duration", "日期": "date",
}
# "多少台饮水机": the thing counted, right after the measure word. A fact that never mentions it
# does not count it, however well the rest of the question matches.
_FOCUS = re.compile(r"(?:多少|几)(?:个|名|位|台|家|户|件|项|册|本|张|辆|座|所|间|条|批|种|套|处)"
                    r"(?![这那哪什其])([\u4e00-\u9fff]{2})")
# Units a search-box question writes as a word of their own ("出访 人次").
_BARE_UNITS = frozenset({"人次", "户次", "个次", "平方米", "批", "届", "项", "件", "场", "元", "家", "户"})

@dataclass(frozen=True, slots=True)
class Params:
    """Every number that steers scoring and deciding. The defaults are what `scripts/tune.py`
    picked on the development question sets (other authors' questions, the tune part only);
    run it again to check or to re-pick them."""

    key_share: float = 0.35  # of the score from the best key phrase; the rest from coverage of the question
    key_saturation: float = 3.0  # idf mass at which a matched key phrase counts half; see _key_phrase_score
    unknown_weight: float = 0.5  # a question term that no fact has, against ~1-4.5 for known ones
    unit_bonus: float = 0.06  # the question asks for exactly this fact's unit
    unit_penalty: float = 0.4  # it asks for a different kind of quantity (家 for a figure in 人次)
    focus_penalty: float = 0.2  # the fact never mentions the thing counted
    pinyin_discount: float = 0.92  # a pinyin match is a little less sure than a character match
    pinyin_min_key: float = 0.9  # by sound, only a whole key phrase counts: no loose pinyin matches
    char_weight: float = 0.0  # of a single character's rarity, against a bigram's
    side_weight: float = 0.5  # a question word found only in the fact's wider sentence or topic
    time_fit: float = 0.06  # the fact's side of a change (before/after) or year agrees with the question
    counted_bonus: float = 0.08  # the thing the question counts stands right next to this fact's figure
    threshold: float = 0.6  # below it the engine declines ...
    margin: float = 0.03  # ... and the best must lead a fact with another figure by this much;
    # or a weaker best that is the only serious candidate: at least lone_threshold and ahead of
    # every fact with another figure by lone_margin (a paraphrase shares fewer words, but no rival).
    lone_threshold: float = 0.5
    lone_margin: float = 0.15
    # A question that several facts with other figures explain in full ("投入了多少资金") is
    # ambiguous unless the best fact's key phrase is this much surer than theirs. A product rule,
    # not tuned (see scripts/tune.py): the smallest gap that still offers the candidates.
    ambiguity_gap: float = 0.15


DEFAULT_PARAMS = Params()
SUGGEST_FLOOR = 0.3  # weaker facts are not worth suggesting
SUGGEST_MIN_KEY = 0.08  # nor facts that only share scattered characters with the question
MAX_CANDIDATES = 24  # facts scored in full per question, by shared-word mass (bounds time at 10k facts)
COMMON_SHARE = 0.05  # a word in more than this share of the facts is "common" ...
COMMON_MIN_DOCS = 200  # ... once the knowledge is large enough for that to matter
SHORTLIST_SHARE = 0.25  # ... and only those with at least this share of the best one's shared mass

# A reverse question asks what a figure is: "329.69亿元是用在哪方面的钱", "6.72万名说的是什么人".
_REVERSE_ASK = re.compile(r"什么|啥|哪|指的|说的是|代表|意思|干嘛|用途|用在|对应")
_ASKS_WHAT = re.compile(r"有什么|是什么|有哪些|是哪些|什么样|怎么样|干什么|做什么")
_ASKS_QUANTITY = re.compile(r"多少|几|多大|多高|多长|多久|哪一?年|哪天|什么时候|何时")
# Clauses of a message; the one that asks carries the question, the others are backstory.
_CLAUSES = re.compile(r"[^，,。.!！?？;；\n]+[，,。.!！?？;；\n]*")
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
_ASKING = re.compile(r"多少|几|哪|什么|啥|吗|么|是否|有没有|怎样|how|what|which|when|\?|？")
# "X中(的)Y有多少", "其中Y", "X里面Y": Y restricts the question to a part of X.
_PART_OF = re.compile(r"(?:其中|当中|之中|中间|里面|里头)的?([\u4e00-\u9fff]{2,6}?)的?(?=有|是|占|共|一共|总共|多少|几)"
                      r"|(?<=[\u4e00-\u9fff]{2})中的?([\u4e00-\u9fff]{2,6}?)的?(?=有|是|占)")
# 慰问金多少, 投入了多少: money is asked although no 元 is said.
_MONEY_ASKED = re.compile(r"(?:金|款|钱|费|资金|经费|投入|投资|拨付|筹集|花)(?:了|是|有|为|达|共|一共|总共)*多少"
                          r"|多少[\u4e00-\u9fff]{0,3}?(?:金|款|钱|资金|经费|money|损失|费用|工资|收入)")
# 第五届, 第2次: an ordinal names one edition, which the sentence must name too.
_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十]+[届次期批轮]")
_CONFIRMS = re.compile(r"是不是|是否|吗|没有|还是|对不对|对吗|有没有")
_SINGLE_YEAR = re.compile(r"当年|那一年|这一年|全年|单年")
# Where a figure stands in a change (从A增长到B) and what the question asks of time.
_CHANGE_TO = re.compile(r"(?:增长|提高|增加|提升|上升|扩大|下降|减少|降低|缩小|增|降|发展|变)(?:到|至|为)")
_BEFORE_WORDS = re.compile(r"原来|以前|之前|当初|起初|最初|刚开始|过去|那时|此前|十年前|10年前|起步时|原先|早先")
_NOW_WORDS = re.compile(r"现在|目前|如今|最新|现有|至今|眼下|当前|提高到|增长到|增加到|提升到|达到|升到|降到")


def asking_part(question: str) -> str:
    """The clause that asks, with the one before it when it is short ("是多少?"); the whole
    message when it is one clause or none asks. Backstory ("我是曲靖一家煤矿的工会主席") must not
    constrain or dilute the question."""
    protected = _DECIMAL_POINT.sub("\x00", question)  # 92.5% is no sentence end
    clauses = [c.replace("\x00", ".") for c in _CLAUSES.findall(protected) if c.strip(" ，,。.!！?？;；\n")]
    if len(clauses) <= 1:
        return question
    asking = [i for i, c in enumerate(clauses) if _ASKING.search(c) and len(c.strip()) > 2]
    if not asking:
        return question
    strong = [i for i in asking if re.search(r"多少|几|哪", clauses[i])]
    i = (strong or asking)[-1]
    part: str = clauses[i]
    if len(re.sub(r"[^\u4e00-\u9fffa-z0-9]", "", part)) < 8 and i > 0:
        part = clauses[i - 1] + part
    return part


_COUNTED = re.compile(r"([\u4e00-\u9fff]{2})(?:有|是|达到|达|共有|一共有|总共有|一共|总共|共|累计)?(?:多少|几)")
_VERB_INSIDE = re.compile(r"建设|建成|新建|设立|创建|培育|组织|开展|举办|实施|发放|投入|覆盖|惠及|参加|参与|获得|入选")
_SPAN_EDGE = re.compile(r"[、，,；;。：:（）()“”]|\d")


def _counted_span(fact: Fact) -> str:
    """The words right around the figure, between list commas: what it counts (56.54万个班组)."""
    at = fact.sentence.find(fact.figure)
    if at < 0:
        return ""
    before = fact.sentence[:at]
    head = _SPAN_EDGE.split(before)[-1]
    if re.search(r"\d$", before[: len(before) - len(head)]):
        # Right after another figure (25个县(市)建设国门学校146所), the head's first noun counts
        # that figure: what this one counts starts after the verb.
        verb = _VERB_INSIDE.search(head)
        head = head[verb.end():] if verb else head
    tail = _SPAN_EDGE.split(fact.sentence[at + len(fact.figure):])[0]
    return head + tail


@functools.lru_cache(maxsize=1024)
def _listed_pattern(place: str) -> re.Pattern[str]:
    word = "([\u4e00-\u9fff]{2,4})"
    return re.compile(f"{word}[、和及与]{re.escape(place)}|{re.escape(place)}[、和及与]{word}")


def _one_of_listed(place: str, sentence: str, analysis: Analysis) -> bool:
    """The sentence gives the figure for `place` and others together (上海、深圳等地 13个), and the
    question asks about `place` alone: it names none of the others and no 等."""
    if "等" in analysis.text:
        return False
    neighbours = _listed_pattern(place).findall(sentence)
    others = [n for pair in neighbours for n in pair if n]
    if others:
        return not any(o[:2] in analysis.text or o[-2:] in analysis.text for o in others)
    return bool(re.search(f"{place}[^，,。；;]{{0,12}}等", sentence))


def _asked_money(normalized: str, asked: str | None) -> str | None:
    return "元" if asked in (None, "多少") and _MONEY_ASKED.search(normalized) else asked


def _part_of(text: str) -> tuple[str, ...]:
    found = (m.group(1) or m.group(2) for m in _PART_OF.finditer(text))
    return tuple(p for p in found if not _ASKING.match(p) and not p.endswith("了"))


def _mentions(context: str, phrase: str) -> bool:
    """The context says the phrase, or at least most of its character pairs."""
    if phrase in context:
        return True
    pairs = [phrase[i:i + 2] for i in range(len(phrase) - 1)]
    return bool(pairs) and sum(p in context for p in pairs) * 3 >= len(pairs) * 2


def _orientation(text: str) -> str:
    if _BEFORE_WORDS.search(text):
        return "before"
    if _NOW_WORDS.search(text):
        return "after"
    return ""


def _fact_role(fact: Fact) -> tuple[str, str]:
    """('before'|'after'|'', year) of the figure in its sentence: 从A增长到B, 2012年的A."""
    sentence = fact.sentence
    at = sentence.find(fact.figure)
    if at < 0:
        return "", ""
    head, tail = sentence[:at], sentence[at + len(fact.figure):]
    year_match = re.search(r"((?:19|20)\d\d)年(?:底|末)?的?$", head)
    year = year_match.group(1) if year_match else ""
    role = ""
    clause_head = re.split(r"[，,；;。]", head)[-1]
    clause_tail = re.split(r"[，,；;。]", tail)[0]
    if "从" in clause_head[-14:] and _CHANGE_TO.search(clause_tail[:16]):
        role = "before"
    elif _CHANGE_TO.search(clause_head[-16:]) and "从" in clause_head:
        role = "after"
    return role, year


def _time_fit(analysis: Analysis, role: str, year: str, sentence_years: tuple[str, ...], fit: float) -> float:
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


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the asking part of a question requires of a fact."""

    asked: str | None = None  # the measure word asked for: 人次, 年, 日期, 多少 (any quantity)
    focus: str | None = None  # the thing counted: 多少台饮水机 -> 饮水
    places: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()  # words of a sub-group: 女职工, 人均 (the sentence must say them)
    parts: tuple[str, ...] = ()  # 其中Y, X里面Y: Y must be said next to the figure
    numbers: frozenset[str] = frozenset()  # numbers the question itself gives
    when: str = ""  # 'before' (原来, 十年前), 'after' (现在, 达到) or '' (unsaid)
    counted: tuple[str, ...] = ()  # the noun asked about: 班组有多少个 -> 班组
    single_year: bool = False  # 当年, 那一年: one year, not a total since then
    confirms: bool = False  # 是不是十届, 办了两届吗: checks a figure the question gives
    asks_what: bool = False  # 有什么优惠: asks what, not how many (a named figure like 1+10 may answer)
    text: str = ""  # the normalised asking part


@dataclass(frozen=True, slots=True)
class Scored:
    fact: Fact
    base: float  # key_share * key + (1 - key_share) * coverage
    key: float  # how completely and surely a key phrase is in the question
    coverage: float  # how much of the question the fact explains
    adjustments: tuple[tuple[str, float], ...] = ()  # (why, how much) from the question's analysis

    @property
    def score(self) -> float:
        return round(self.base + sum(d for _, d in self.adjustments), 4)

    @property
    def candidate(self) -> Candidate:
        return Candidate(self.fact, self.score)


@dataclass(frozen=True, slots=True)
class Explanation:
    question: str
    text: str  # the asking part, normalised, fillers dropped: what was matched
    match: Match
    analysis: Analysis = Analysis()
    ranked: list[Scored] = field(default_factory=list)
    reason: str = ""
    by_sound: bool = False
    vetoed: tuple[tuple[Fact, float, str], ...] = ()  # (fact, score it had, why it was ruled out)

    def lines(self, limit: int = 5) -> list[str]:
        a = self.analysis
        out = [f"question: {self.question}", f"matched text: {self.text}",
               f"asks: {a.asked or '-'}; focus: {a.focus or '-'}; places: {list(a.places)}; years: {list(a.years)}; "
               f"periods: {list(a.times)}; restricted to: {[*a.qualifiers, *a.parts]}; time: {a.when or '-'}"]
        if self.by_sound:
            out.append("matched by pinyin (the characters found nothing decisive)")
        for c in self.ranked[:limit]:
            parts = "".join(f"; {why} {delta:+.2f}" for why, delta in c.adjustments)
            out.append(f"  {c.score:.3f} {c.fact.id} {c.fact.figure}: "
                       f"key {c.key:.2f}, coverage {c.coverage:.2f}{parts}")
        for fact, base, why in sorted(self.vetoed, key=lambda v: -v[1])[:3]:
            out.append(f"  ruled out {fact.id} {fact.figure} ({base:.3f}): {why}")
        verdict = f"answered {', '.join(f.figure for f in self.match.facts)}" if self.match.answered else "declined"
        out.append(f"decision: {verdict} ({self.reason})")
        return out


def _number_term(digits: str, big: str) -> str:
    value = number_value(digits, big)
    return "#" + (format_decimal(value) if value is not None else digits)


def char_unigrams(text: str) -> list[str]:
    """Each Chinese character as a weak term ("'伤"), for paraphrases that share no bigram."""
    return ["'" + ch for ch in text if "\u4e00" <= ch <= "\u9fff"]


def char_terms(text: str) -> list[str]:
    """Terms of normalised text: '#1357000' for 135.7万, '@how' for latin, bigrams for Chinese."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        digits, big, latin, han = m.groups()
        if digits:
            out.append(_number_term(digits, big or ""))
        elif latin:
            out.append("@" + latin)
        elif len(han) == 1:
            out.append(han)
        else:
            out.extend(han[i : i + 2] for i in range(len(han) - 1))
    return out


class _Doc(NamedTuple):  # a tuple: thousands of them are read back from the cache at start
    phrases: tuple[tuple[str, ...], ...]  # terms of each keyword and alias
    phrase_texts: tuple[str, ...]
    bag: dict[str, float]  # term -> how surely it speaks of this fact (its zone's weight)


class _Index:
    """Inverted index and IDF over one term space (characters or pinyin)."""

    def __init__(self, docs: list[_Doc], params: Params, by_sound: bool = False) -> None:
        self.docs = docs
        self.params = params
        self.by_sound = by_sound
        df: dict[str, int] = defaultdict(int)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.zone: list[dict[str, float]] = []
        for i, doc in enumerate(docs):
            for term in doc.bag:
                df[term] += 1
                self.postings[term].append(i)
            self.zone.append(doc.bag)
        n = len(docs) + 1
        # Single characters are weak evidence (工伤 ~ 工作受伤, 举措 ~ 措施): a fraction of a bigram.
        self.idf = {t: math.log(n / (c + 0.5)) * (params.char_weight if t[0] == "'" else 1.0)
                    for t, c in df.items()}
        self.unknown_idf = math.log(n / 0.5)
        # Postings longer than this are not walked per question (bounds the time at 10k facts).
        self.common = max(COMMON_MIN_DOCS, int(len(docs) * COMMON_SHARE))
        # Each key phrase's weighted terms and total weight, computed once, not per question.
        self.weighted: list[list[tuple[tuple[tuple[str, float], ...], float, str]]] = [
            [
                (weighted, sum(w for _, w in weighted), phrase_text)
                for phrase, phrase_text in zip(doc.phrases, doc.phrase_texts, strict=True)
                if (weighted := tuple((t, self.idf.get(t, self.unknown_idf)) for t in phrase))
            ]
            for doc in docs
        ]

    def scores(self, terms: set[str], text: str, min_key: float = 0.0) -> list[tuple[float, int, float, float]]:
        """(score, doc, key-phrase score, coverage), best first, for the docs sharing a term with
        the question. Coverage weighs each question term by the zone of the fact that holds it:
        key phrases and the figure's clause fully, the rest of the sentence and the topic less."""
        mass = 0.0
        acc: dict[int, float] = defaultdict(float)
        deferred: list[tuple[str, float]] = []
        for term in terms:
            weight = self.idf.get(term)
            if weight is None:
                # Words no fact knows dilute the question a little: chatty padding must not
                # sink a good match, but a question mostly about something else should score low.
                mass += self.params.unknown_weight * (self.params.char_weight if term[0] == "'" else 1.0)
                continue
            mass += weight
            postings = self.postings[term]
            if term[0] == "'" or len(postings) > self.common:
                # Single characters and words in a large share of the facts: too common to walk
                # their postings; they count for the facts the rarer words shortlist.
                deferred.append((term, weight))
                continue
            for i in postings:
                acc[i] += weight * self.zone[i][term]
        if not acc:
            # No rare word shared: walk the common words, or else the characters.
            words = [tw for tw in deferred if tw[0][0] != "'"]
            walk = words or deferred
            for term, weight in walk:
                for i in self.postings[term]:
                    acc[i] += weight * self.zone[i][term]
            deferred = [tw for tw in deferred if tw not in walk]
            if not acc:
                return []
        top = heapq.nlargest(MAX_CANDIDATES, acc.items(), key=lambda kv: kv[1])
        floor = top[0][1] * SHORTLIST_SHARE
        results = []
        for i, found in top:
            if found < floor:
                break
            zone = self.zone[i]
            found += sum(weight * zone[t] for t, weight in deferred if t in zone)
            key, completeness = self._key_phrase_score(i, terms, text)
            if completeness >= min_key:
                coverage = found / mass
                share = self.params.key_share
                results.append((share * key + (1 - share) * coverage, i, key, coverage))
        results.sort(reverse=True)
        return results

    def _key_phrase_score(self, i: int, terms: set[str], text: str) -> tuple[float, float]:
        """(score, completeness) of doc i's best key phrase: how surely, and how much of it,
        the question holds."""
        best, complete = 0.0, 0.0
        for weighted, total, phrase_text in self.weighted[i]:
            found = sum(w for t, w in weighted if t in terms)
            if not found and not self.by_sound:
                continue  # shares nothing: not even a typo of it (a typo keeps some of its words)
            # The more (and the rarer) words a matched phrase holds, the surer the match:
            # 高技能人才 in the question is better evidence than 技能人才 alone.
            fraction = found / total
            saturation = self.params.key_saturation
            score = fraction * (found / (found + saturation))
            # A typo in a phrase the question holds: the phrase must fit in the question, or
            # partial_ratio would align the question inside the phrase instead.
            if fraction < 1.0 and 3 <= len(phrase_text) <= len(text):
                ratio = fuzz.partial_ratio(phrase_text, text) / 100
                if ratio >= 1 - 1.0 / len(phrase_text) - 1e-9:
                    score = max(score, 0.85 * ratio * total / (total + saturation))
                    fraction = max(fraction, 0.85 * ratio)
            if self.by_sound and sum(ch in text for ch in phrase_text) * 2 < len(phrase_text):
                # A typo keeps most of a word's characters; a phrase that only sounds alike
                # (颐占 for 驿站) is a coincidence, not a typo.
                fraction = 0.0
            best, complete = max(best, score), max(complete, fraction)
        return best, complete


class Matcher:
    """Built once per knowledge base (immutable afterwards, so it can be swapped atomically)."""

    def __init__(self, kb: KnowledgeBase, params: Params = DEFAULT_PARAMS) -> None:
        self.kb = kb
        self.params = params
        self.normalizer = Normalizer(kb.lexicon)
        norm = self.normalizer
        self._places = [p for p in {norm.normalize(w) for w in kb.lexicon.places} if p]
        self._time_words = [w for w in {norm.normalize(w) for w in kb.lexicon.time_words} if w]
        self._not_figures = [w for w in {norm.normalize(w) for w in kb.lexicon.not_figures} if w]
        self._qualifiers = [w for w in {norm.normalize(w) for w in kb.lexicon.qualifiers} if w]
        self._roles = [_fact_role(f) for f in kb.facts]
        self._counted = [norm.normalize(_counted_span(f)) for f in kb.facts]
        self._sentence_years = [tuple(sorted(set(_YEAR.findall(norm.normalize(f.sentence))))) for f in kb.facts]
        # A qualifier (其中国家级, 女职工) must be said next to the figure, not anywhere in its sentence.
        self._near = [norm.normalize(_clause(f) + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "")
                      for f in kb.facts]
        self._is_year = [bool(_YEAR_FIGURE.fullmatch(f.figure)) for f in kb.facts]
        # A key phrase may hold several words ("医疗互助 补助金"): all must be in the question,
        # in any order, so no bigram spans the space between them.
        self._fact_texts: list[tuple[list[tuple[str, ...]], list[tuple[str, float]]]] = []
        for fact in kb.facts:
            phrases = [tuple(w for w in map(norm.content, p.split()) if w) for p in (*fact.keywords, *fact.aliases)]
            extra = [(norm.content(_clause(fact)), 1.0), (norm.content(fact.question), 1.0),
                     (norm.content(fact.topic), params.side_weight),
                     (norm.content(fact.sentence), params.side_weight)]
            self._fact_texts.append(([p for p in dict.fromkeys(phrases) if p], extra))
        self._contexts = [
            norm.normalize(f.sentence + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "") for f in kb.facts
        ]
        self._figure_numbers = [
            frozenset(t for t in char_terms(norm.normalize(f.figure)) if t.startswith("#"))
            for f in kb.facts
        ]
        self._figures: dict[str, list[Fact]] = defaultdict(list)  # a figure as asked: "5项工作"
        for fact in kb.facts:
            self._figures[norm.content(fact.figure)].append(fact)
        self._chars = self._build(char_terms)
        self._char_bags = [doc.bag for doc in self._chars.docs]  # what the counted noun is checked in
        self._pinyin: _Index | None = None  # built on the first question that needs it
        self._syllable_table: dict[str, str] | None = None  # pypinyin's, kept once prepared

    def _build(self, term_fn: Callable[[str], list[str]], by_sound: bool = False) -> _Index:
        docs = []
        for phrases, extra in self._fact_texts:
            # Terms are interned: one string per term in memory and in the cache, not one per use.
            phrase_terms = tuple(tuple(dict.fromkeys(sys.intern(t) for w in p for t in term_fn(w)))
                                 for p in phrases)
            bag: dict[str, float] = {}
            zones: list[tuple[str, float]] = [*((w, 1.0) for p in phrases for w in p), *extra]
            for text, weight in zones:
                for t in [*term_fn(text), *char_unigrams(text)]:
                    t = sys.intern(t)
                    bag[t] = max(bag.get(t, 0.0), weight)
            docs.append(_Doc(phrase_terms, tuple("".join(p) for p in phrases), bag))
        return _Index(docs, self.params, by_sound)

    def prepare(self) -> None:
        """Build what is otherwise built on first use (the pinyin index and its table), so that
        an engine read back from the cache needs no more work, nor pypinyin's import."""
        self._pinyin_index()
        self._syllable_table = _syllables()

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.kb.facts

    def match(self, question: str) -> Match:
        return self.explain(question).match

    def explain(self, question: str) -> Explanation:
        """The verdict with how it was reached: the part of the message that asks, the
        constraints read from it, every scored candidate with the parts of its score, and why."""
        if len(question) > MAX_QUESTION_CHARS:
            return Explanation(question, "", Match(question, False, (), 0.0, ()), reason="a paste, not a question")
        normalized = self.normalizer.normalize(question)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return Explanation(question, "", Match(question, False, (), 0.0, ()), reason="no words that say what about")
        if any(w in normalized for w in self._not_figures):
            return Explanation(question, text, Match(question, False, (), 0.0, ()),
                               reason="asks for no figure (who, where, why, an attribute the sources never give)")
        reverse = self._reverse(question, text, normalized)
        if reverse is not None:
            return Explanation(question, text, reverse, reason="a figure asked in reverse")
        asking = asking_part(question)
        explanation = self._explain_part(question, asking)
        if not explanation.match.answered and asking != question:
            whole = self._explain_part(question, question, constraints_from=asking)
            if whole.match.answered:
                return whole
        return explanation

    def _explain_part(self, question: str, part: str, constraints_from: str | None = None) -> Explanation:
        normalized = self.normalizer.normalize(part)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return Explanation(question, text, Match(question, False, (), 0.0, ()), reason="nothing left to match")
        constraints = normalized if constraints_from in (None, part) else self.normalizer.normalize(constraints_from)
        analysis = self._analyse(question, normalized, constraints)
        vetoed: list[tuple[Fact, float, str]] = []
        ranked = self._rank(self._chars, {*char_terms(text), *char_unigrams(text)}, text, analysis, vetoed=vetoed)
        by_sound_used = False
        if not decisive(ranked, self.params):
            by_sound = self._rank(self._pinyin_index(), set(pinyin_terms(text, self._syllable_table)), text, analysis,
                                  discount=self.params.pinyin_discount, min_key=self.params.pinyin_min_key)
            if decisive(by_sound, self.params) or (by_sound and (not ranked or by_sound[0].score > ranked[0].score)):
                ranked, by_sound_used = by_sound, True
        match, reason = self._decide(question, ranked, analysis)
        if not match.answered and vetoed and (not ranked or max(v[1] for v in vetoed) > ranked[0].base):
            fact, _, why = max(vetoed, key=lambda v: v[1])
            reason = f"{reason}; the closest fact, {fact.figure}, was ruled out: {why}"
        return Explanation(question, text, match, analysis, ranked, reason, by_sound_used, tuple(vetoed))

    def search(self, query: str, limit: int = 10) -> list[Candidate]:
        """Facts worth listing for a search box (inline mode), best first, one per figure."""
        normalized = self.normalizer.normalize(query)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return []
        reverse = self._reverse(query, text, normalized)
        if reverse is not None:
            return [Candidate(f, reverse.score) for f in reverse.facts][:limit]
        ranked = self._rank(self._chars, set(char_terms(text)), text, self._analyse(query, normalized, normalized))
        return list(_clamped(_distinct([c.candidate for c in ranked], SUGGEST_FLOOR), limit))

    def _analyse(self, question: str, normalized: str, constraint_text: str) -> Analysis:
        focus_match = _FOCUS.search(normalized)
        counted = tuple(m.group(1) for m in _COUNTED.finditer(normalized))
        return Analysis(
            asked=_asked_money(normalized, asked_unit(normalized) or bare_unit(question)),
            focus=focus_match.group(1) if focus_match else None,
            places=tuple(p for p in self._places if p in constraint_text),
            times=tuple(w for w in self._time_words if w in constraint_text),
            years=tuple(_YEAR.findall(constraint_text)),
            qualifiers=tuple(w for w in self._qualifiers if w in constraint_text)
            + tuple(_ORDINAL.findall(constraint_text)),
            single_year=bool(_SINGLE_YEAR.search(constraint_text)),
            confirms=bool(_CONFIRMS.search(normalized)),
            asks_what=bool(_ASKS_WHAT.search(normalized)) and not _ASKS_QUANTITY.search(normalized),
            text=constraint_text,
            parts=_part_of(constraint_text),
            numbers=frozenset(t for t in char_terms(normalized) if t.startswith("#")),
            when=_orientation(constraint_text),
            counted=counted + ((focus_match.group(1),) if focus_match else ()),
        )

    def _rank(
        self, index: _Index, terms: set[str], text: str, analysis: Analysis, discount: float = 1.0,
        min_key: float = 0.0, vetoed: list[tuple[Fact, float, str]] | None = None,
    ) -> list[Scored]:
        ranked = []
        for base, i, key, coverage in index.scores(terms, text, min_key):
            veto = self._veto(i, analysis)
            if veto:
                if vetoed is not None:
                    vetoed.append((self.kb.facts[i], base, veto))
                continue
            adjustments = self._adjustments(i, analysis)
            ranked.append(Scored(self.kb.facts[i], round(base * discount, 4), key, coverage, adjustments))
        ranked.sort(key=lambda c: c.score, reverse=True)
        return ranked

    def _veto(self, i: int, analysis: Analysis) -> str:
        """Why fact i cannot be meant, or ''. A constraint of the asking clause that the fact's
        sentence does not meet rules it out: another place, year, period or sub-group."""
        context = self._contexts[i]
        missing = [w for w in (*analysis.places, *analysis.years) if w not in context]
        if missing:
            return "the question names " + "、".join(missing)
        sentence = self.kb.facts[i].sentence
        listed = [p for p in analysis.places if _one_of_listed(p, sentence, analysis)]
        if listed:
            return f"the figure is for {listed[0]} and other places together"
        if analysis.single_year and "以来" in context:
            return "the question asks about one year, the figure is a total since then"
        if not analysis.years and any(w not in context for w in analysis.times):
            return "the question names a period the sentence does not"
        lacking = [q for q in analysis.qualifiers if q not in context]
        # 国家级…213个、省级…527个: the level asked is said next to another figure of the list,
        # and next to this one stands another level.
        counted = self._counted[i]
        lacking += [q for q in analysis.qualifiers if q not in counted and q not in lacking
                    and any(other in counted for other in self._qualifiers if other not in q and q not in other)]
        lacking += [q for q in analysis.parts if not _mentions(self._near[i], q)]
        if lacking:
            return "the question restricts to " + "、".join(lacking)
        if (analysis.numbers and not analysis.confirms and self._figure_numbers[i]
                and self._figure_numbers[i] <= analysis.numbers):
            return "the question itself gives this figure"
        return ""

    def _adjustments(self, i: int, analysis: Analysis) -> tuple[tuple[str, float], ...]:
        fact = self.kb.facts[i]
        out: list[tuple[str, float]] = []
        unit = unit_agreement(analysis.asked, fact.unit, self._is_year[i], self.params)
        if unit:
            out.append((f"asks {analysis.asked}, the figure is in {fact.unit}", unit))
        if analysis.focus and analysis.focus not in self._char_bags[i]:
            out.append((f"never mentions {analysis.focus}", -self.params.focus_penalty))
        counted = [w for w in analysis.counted if w in self._counted[i]]
        if counted:
            out.append((f"counts {counted[0]}", self.params.counted_bonus))
        role, year = self._roles[i]
        if role or year:
            shift = _time_fit(analysis, role, year, self._sentence_years[i], self.params.time_fit)
            if shift:
                out.append((f"time: the fact is {role or year}, the question {analysis.when or analysis.years}", shift))
        return tuple(out)

    def _decide(self, question: str, ranked: list[Scored], analysis: Analysis) -> tuple[Match, str]:
        """Scores may pass 1 by a bonus while deciding; what is reported stays in [0, 1]."""
        if not ranked:
            return Match(question, False, (), 0.0, ()), "no fact shares a word with the question"
        best = ranked[0]
        candidates = [c.candidate for c in ranked]
        p = self.params
        if analysis.asks_what and not isinstance(best.fact.value, str):
            return (Match(question, False, (), min(1.0, max(0.0, best.score)), ()),
                    "asks what or which, not how many: no quantity answers that")
        if best.score < p.threshold and not decisive(ranked, p):
            reason = (f"best {best.score:.2f} is below the threshold {p.threshold} and not alone "
                      f"(≥ {p.lone_threshold}, {p.lone_margin} ahead)")
        elif not decisive(ranked, p):
            rival = next(c for c in ranked[1:] if c.fact.figure != best.fact.figure)
            reason = ("ambiguous: other figures explain the question as fully"
                      if _ambiguous(best, ranked, p) else
                      f"{best.fact.figure} leads {rival.fact.figure} by less than {p.margin}")
        else:
            others = _clamped(c for c in _distinct(candidates[1:], SUGGEST_FLOOR) if c.fact is not best.fact)
            return (Match(question, True, (best.fact,), min(1.0, best.score), others),
                    f"{best.fact.figure} is above the threshold and clearly ahead")
        # Only facts that share a key phrase with the question are worth suggesting.
        suggestions = _clamped(_distinct([c.candidate for c in ranked if c.key >= SUGGEST_MIN_KEY], SUGGEST_FLOOR))
        return Match(question, False, (), min(1.0, max(0.0, best.score)), suggestions), reason

    def _reverse(self, question: str, text: str, normalized: str) -> Match | None:
        """A question that is a figure ('135.7万是什么', '2131', '1135所是什么学校'): the facts
        that have it. The number must be more than a bare digit, and the rest may only ask what
        it is, or name what the fact says."""
        exact = self._figures.get(text)
        if exact:
            return Match(question, True, tuple(exact), 1.0, (), reverse=True)
        tokens = list(_TOKEN.finditer(text))
        if not tokens or not any(m.group(1) for m in tokens):
            return None
        numbers = frozenset(_number_term(m.group(1), m.group(2) or "") for m in tokens if m.group(1))
        rest = _TOKEN.sub(lambda m: "" if m.group(1) else m.group(), text)
        rest = "".join(ch for ch in rest if ch not in MEASURE_WORDS)
        asks_what = (len(numbers) == 1 and _REVERSE_ASK.search(normalized) is not None
                     and not _ASKS_QUANTITY.search(normalized))
        if not (tokens[0].group(1) and _REVERSE_REST.match(rest)) and not asks_what:
            return None
        if all(len(n) <= 2 for n in numbers) and not asks_what:
            return Match(question, False, (), 0.0, (), reverse=True)  # "1", "8": no figure, a typo
        hits = tuple(f for f, nums in zip(self.kb.facts, self._figure_numbers, strict=True)
                     if nums and nums <= numbers)
        if not hits and asks_what:
            return None
        return Match(question, bool(hits), hits, 1.0 if hits else 0.0, (), reverse=True)

    def _pinyin_index(self) -> _Index:
        if self._pinyin is None:
            self._pinyin = self._build(pinyin_terms, by_sound=True)
        return self._pinyin


def _ambiguous(best: Scored, ranked: list[Scored], p: Params) -> bool:
    if best.coverage < AMBIGUOUS_COVERAGE:
        return False
    # The rules may still tell them apart (unit, time, counted noun): then it is no ambiguity.
    told_apart = p.margin + 1e-9
    return any(c.fact.figure != best.fact.figure and c.coverage >= AMBIGUOUS_COVERAGE
               and best.key - c.key < p.ambiguity_gap and best.score - c.score < AMBIGUOUS_LEAD
               and best.score - best.base - (c.score - c.base) < told_apart
               for c in ranked[1:6])


AMBIGUOUS_COVERAGE = 0.9  # "explains the question in full"
AMBIGUOUS_LEAD = 0.15  # a rival further behind (another unit, another time) is no ambiguity


def decisive(ranked: list[Scored], p: Params) -> bool:
    """Good enough, and clearly ahead of every fact with another figure."""
    if not ranked or ranked[0].score < min(p.threshold, p.lone_threshold):
        return False
    best = ranked[0]
    rival = next((c for c in ranked[1:] if c.fact.figure != best.fact.figure), None)
    lead = best.score - rival.score if rival is not None else best.score
    if rival is not None and _ambiguous(best, ranked, p):
        return False
    if best.score >= p.threshold:
        return lead >= p.margin
    return lead >= p.lone_margin


def asked_unit(normalized: str) -> str | None:
    m = _ASKED_UNIT.search(normalized)
    if m is None:
        # "参与人次是多少", "新型学徒人数": the unit named before the question word, or a count noun.
        before = _UNIT_BEFORE.search(normalized)
        if before:
            return _COUNT_NOUNS.get(before.group(1), before.group(1))
        return "多少" if "多少" in normalized else None
    year, date, duration, unit = m.groups()
    return unit or ("年" if year else "日期" if date else "月" if duration else None)


def bare_unit(question: str) -> str | None:
    """A unit written as a word of its own, as in a search box: "出访 人次"."""
    words = question.split()
    return next((w for w in reversed(words) if w in _BARE_UNITS), None) if len(words) > 1 else None


def unit_agreement(asked: str | None, unit: str, is_year: bool = False, p: Params = DEFAULT_PARAMS) -> float:
    """A nudge from the measure word the question asks for; 个 and unknown words decide nothing.
    A year (2017年) is a date, not a quantity: 多少 does not ask for it, 哪一年 does."""
    if is_year and asked not in (None, "年"):
        return -p.unit_penalty
    if asked == "多少":  # a quantity, of no named unit: anything but a date
        return -p.unit_penalty if unit == "日期" else 0.0
    if asked is None or asked == "个":
        return 0.0
    if asked == unit or (_UNIT_FAMILY.get(asked) == "money" and unit.endswith("元")):
        return p.unit_bonus
    return 0.0 if _UNIT_FAMILY.get(asked, asked) == _UNIT_FAMILY.get(unit, unit) else -p.unit_penalty


def _clamped(candidates: Iterable[Candidate], limit: int = 3) -> tuple[Candidate, ...]:
    return tuple(Candidate(c.fact, min(1.0, c.score)) for c in itertools.islice(candidates, limit))


def _distinct(ranked: Iterable[Candidate], floor: float) -> Iterable[Candidate]:
    """Candidates above `floor`, one per figure, best first."""
    seen: set[str] = set()
    for c in ranked:
        if c.score >= floor and c.fact.figure not in seen:
            seen.add(c.fact.figure)
            yield c


def _clause(fact: Fact) -> str:
    """The part of the sentence around the figure, between commas: what the figure counts."""
    start = fact.sentence.find(fact.figure)
    head = re.split(r"[,，;；。:：]", fact.sentence[:start])[-1]
    tail = re.split(r"[,，;；。:：]", fact.sentence[start:])[0]
    return head + tail


@functools.lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Every character's toneless pinyin (its first reading), from pypinyin's character table.
    Read once; the phrase tables of pypinyin are not needed for single characters."""
    from pypinyin.pinyin_dict import pinyin_dict

    table = {}
    for code, readings in pinyin_dict.items():
        first = unicodedata.normalize("NFD", readings.split(",")[0].replace("ü", "v"))
        table[chr(code)] = "".join(c for c in first if not unicodedata.combining(c))
    return table


def _syllable(ch: str, table: dict[str, str] | None = None) -> str:
    return (table if table is not None else _syllables()).get(ch, ch)


def pinyin_terms(text: str, table: dict[str, str] | None = None) -> list[str]:
    """char_terms over toneless pinyin, so homophones share terms."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        digits, big, latin, han = m.groups()
        if digits:
            out.append(_number_term(digits, big or ""))
        elif latin:
            out.append("@" + latin)
        else:
            syllables = [_syllable(ch, table) for ch in han]
            if len(syllables) == 1:
                out.append("~" + syllables[0])
            out.extend(f"~{a}|{b}" for a, b in itertools.pairwise(syllables))
    return out
